"""Judged headline links by whether the other unit states the headline's main predicate: the readings of "a headline
beside another claim" session 76 counted and refused (headline76).

    python bench/headline_predicates.py DATA --base DIR [--judged TSV ...] [--show READING]

Every judged dev link (`background_acts.dev_link_files`, re-judged verdicts and classes over the first ones) that an
export of ``--base`` (`bench/quality.py --keep`) makes with a side in its document's first line (the headline, parsed
alone as the analysis parses headlines; the other side read in its document parsed whole) is filed under each reading
that fires on it, with R/P/W (the class "headline beside another claim" apart as "W headline"):

- ``unstated``: no word of the headline's main predicate (its main verbs, as `background_acts.main_verbs` reads them,
  and their objects and complements) is a term of the other unit or a synonym of one (`synonyms.meanings`);
- ``unstated, subject``: that, and half or more of the terms the two share lie in the headline's subject
  (`framing.term_places`): a headline whose subject carries the shared fact and whose predicate says something else
  ("Americans' Failure to Get 2nd COVID Shot Shows Need for 1-Dose Vaccine");
- ``judgement``: the headline's root is "be" with a plain adjective as its complement and no reporting verb in the line
  ("… is troubling"), whether or not the other states it;
- ``judgement, unstated``: that, and the adjective is not a term of the other;
- ``unstated both ways``: ``unstated``, and no word of the other unit's main predicate is a term of the headline or a
  synonym of one (session 77: each tells its own act, "Santa Monica shooter John Zawahri left a note" / "… was killed
  by police officers");
- ``other hedged``: the other unit's verbs carry "could", "might" or "may" ("the justices could issue a split decision"
  beside "Justices Take Up Crucial Issue in Wal-Mart Suit").

``--show READING`` lists the links a reading fires on. Run in session 76 on main 474724c1's exports
(/work/data/final76/base): docs/linking.md "A headline that only asks", the paragraph after it; the last two readings in
session 77 (headline77) on main bbed7c15's (/work/data/final77/base): docs/linking.md "A first word in capitals", the
paragraph after it.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from background_acts import dev_link_files, made_links, main_verbs  # noqa: E402
from stage_wrongs import _classes, _key  # noqa: E402
from wound_links import judged_rows  # noqa: E402

HEADLINE_CLASS = "headline beside another claim"
READINGS = ("unstated", "unstated, subject", "judgement", "judgement, unstated", "unstated both ways", "other hedged")
_HEDGES = {"could", "might", "may"}  # the modals of a possibility, counted on the judged links only (a measurement)
_COMPLEMENTS = {"dobj", "attr", "acomp", "oprd", "xcomp", "ccomp"}


def predicate_terms(tokens) -> set[str]:
    """The term keys of the span's main verbs and their objects and complements (the root when no verb is read)."""
    from viewer.analysis.claims.units import _token_term

    keys = set()
    for verb in main_verbs(tokens) or [tokens.root]:
        for token in (verb, *(c for c in verb.children if c.dep_ in _COMPLEMENTS)):
            key, _name = _token_term(token)
            if key:
                keys.add(key)
    return keys


def judged_adjective(tokens) -> str | None:
    """The plain adjective a "be" root takes as its complement ("… is troubling"), unless a verb reports the line."""
    from viewer.analysis.claims.vocabulary import REPORTING

    root = tokens.root
    if root.lemma_ != "be" or any(t.pos_ == "VERB" and t.lemma_.lower() in REPORTING for t in tokens):
        return None
    return next((c.lemma_.lower() for c in root.children if c.dep_ == "acomp" and c.tag_ == "JJ"), None)


def readings(head, other) -> list[str]:
    """The readings that fire on a headline unit beside another unit, each given as (features, tokens)."""
    from viewer.analysis.claims.synonyms import meanings
    from viewer.analysis.claims.vocabulary import term

    (features, tokens), (theirs, their_tokens) = head, other
    said = predicate_terms(tokens)
    unstated = not (said & set(theirs.terms)) and not (meanings(said) & meanings(theirs.terms))
    shared = set(features.terms) & set(theirs.terms)
    fired = ["unstated"] if unstated else []
    if unstated and shared and 2 * len(shared & set(features.subject_terms)) >= len(shared):
        fired.append("unstated, subject")
    theirs_said = predicate_terms(their_tokens)
    if unstated and not (theirs_said & set(features.terms)) and not (meanings(theirs_said) & meanings(features.terms)):
        fired.append("unstated both ways")
    if any(t.lower_ in _HEDGES and t.dep_ == "aux" for t in their_tokens):
        fired.append("other hedged")
    adjective = judged_adjective(tokens)
    if adjective:
        fired.append("judgement")
        if term(adjective) not in theirs.terms:
            fired.append("judgement, unstated")
    return fired


def counts(data: Path, base: Path, files: list[Path], show: str | None) -> list[str]:
    """R/P/W of the made judged headline links by each reading that fires on them, and the links ``show`` fires on."""
    from viewer.analysis.claims.headlines import parsed_headline
    from viewer.analysis.claims.units import unit_features
    from viewer.analysis.nlp import english
    from viewer.corpus.spans import Span

    nlp, parsed, made, classes = english(), {}, made_links(base), _classes()
    by, shown = {r: Counter() for r in ("all",) + READINGS}, []
    for key, row in judged_rows(files).items():
        if key not in made:
            continue
        sides = []
        for name, start, end in key[1:]:
            path = data / "sets" / key[0] / "docs" / name
            text = path.read_text(encoding="utf-8")
            first = text.find("\n")
            head = 0 <= start < first
            if (path, head) not in parsed:
                parsed[(path, head)] = parsed_headline(text[:first], text[first:]) if head else nlp(text)
            doc = parsed[(path, head)]
            sides.append((head, unit_features(doc, Span(start, end)), doc.char_span(start, end, alignment_mode="expand"),
                          " ".join(text[start:end].split())))
        cls = classes.get(_key(row)) or row.get("class") or ""
        verdict = "W headline" if row["verdict"] == "W" and cls == HEADLINE_CLASS else row["verdict"]
        for i, (head, features, tokens, text) in enumerate(sides):
            if not head:
                continue
            other = sides[1 - i]
            fired = readings((features, tokens), (other[1], other[2]))
            for reading in ("all", *fired):
                by[reading][verdict] += 1
            if show in fired:
                shown.append(f"  {verdict} {row['file']} {key[0]}: {text!r} | {other[3][:150]!r}")
    return [f"{reading:20} " + " ".join(f"{v} {c[v]}" for v in ("R", "P", "W", "W headline", "U") if c[v])
            for reading, c in by.items()] + shown


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--base", type=Path, required=True)
    parser.add_argument("--judged", nargs="*", type=Path)
    parser.add_argument("--show", choices=READINGS)
    args = parser.parse_args(argv)
    print("\n".join(counts(args.data, args.base, dev_link_files(args.judged), args.show)))


if __name__ == "__main__":
    main()
