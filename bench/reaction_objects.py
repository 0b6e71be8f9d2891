"""A reaction whose object carries the act it answers, beside a unit telling that act: counted before any veto was built
(session 77, stage77).

    python bench/reaction_objects.py DATA --base DIR [--judged TSV ...] [--groups PREFIX,...] [--show]
    python bench/reaction_objects.py DATA --sets basil,basilB,basilD,wcepA [--sample N]

The judges read a unit whose main clause is one party's answer to an act, the act carried only in its object, beside a
unit stating that act as W "another stage or action" ("The US National Security Agency (NSA) has hit back at allegations
by Fox News host Tucker Carlson that it is spying on him …" / Carlson "said Monday that the National Security Agency is
'spying on him'", links76x; "Trump Slams Facebook For 'Censoring And Silencing' After Two-Year Suspension" / "Facebook
suspends Trump accounts for two years", links74y). Sessions 69 and 73 read the reaction by its verb and by who acts
(`bench/reaction_links.py`) and refused it. This reading adds what the judging standard names: the other unit's act is
inside the reaction's object.

- The reaction (`REACTION_ROOTS`): a main verb (`acts.main_verbs`) whose first WordNet 3.0 sense (the most frequent in
  tagged text, /usr/share/wordnet, Debian ``wordnet-base``) is WordNet's "react, respond" itself, or lies under "answer,
  reply, respond" ("react verbally"), "knock, criticize" ("find fault with; express criticism of") or "praise"
  ("express approval of"): 70 one-word verbs. The roots are the synsets WordNet glosses as a response or as a judgement
  spoken of something; "react, respond"'s own hyponyms are left out (WordNet files "approve", "ratify", "authorize"
  under it, acts of their own in news).
- The object carries the act ("carried"): the words of the reaction verb's object, its phrases ("over", "for", "at",
  "after", "in response to" …) and an "after" clause hold the other unit's act: one of its main verbs by lemma or by a
  noun WordNet derives from it ("suspend" / "suspension", "allege" / "allegation"), or half its content words or more
  (two at least).
- The other unit is no telling of the reaction ("apart"): none of its main verbs is a reaction verb, its words hold
  neither the reaction verb nor a noun derived from it ("posted an apology" tells "apologized"), and its doers (a main
  verb's subject or a passive's agent) share no word with the reaction's doers.

Printed: R/P/W (the stage class's W apart) for the verb alone, the verb with "carried", and all three, by source group
and by whether ``--base``'s exports make the link; ``--show`` lists the links all three part. ``--sets`` prints
``--sample`` of the sentence pairs of two reports of one event in unjudged sets (two content words shared) that all
three part, drawn at random (seed 77), to be read by hand.

Run in session 77 on main bbed7c15's exports (/work/data/final77/base). Political and world sets: the verb alone R 17,
P 18, W 19, stage W 1; all three P 3 (2 made), W 7 (none made, none of the stage class); GVA sets: all three P 8 (all
made: "police responded to …"), R 1, W 1. None of the 21 stage-class W of the shape main makes is reached (headlines
parsed with no reacting verb, reactions said with a noun or an idiom). ``--sets basil,basilB,basilD,wcepA``: 34 close
pairs, read by hand: 6 the reaction beside the act it answers, 4 (and 2 borderline) the same reaction told twice.
Refused: docs/linking.md "A reaction whose object carries the act it answers".
"""
from __future__ import annotations

import argparse
import itertools
import sys
from collections import Counter
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from background_acts import dev_link_files, made_links  # noqa: E402
from dev_sets import SOURCES  # noqa: E402
from reaction_links import who_acts  # noqa: E402
from stage_wrongs import STAGE_CLASS, _classes, _key, _shown  # noqa: E402
from wound_links import judged_rows  # noqa: E402
from veto_counts import reports_by_event, sampled_pairs  # noqa: E402

from training import wordnet  # noqa: E402
from viewer.analysis.claims.acts import main_verbs  # noqa: E402

WORDNET = Path("/usr/share/wordnet")
# WordNet 3.0 offsets (data.verb): "react, respond" (the synset alone), then the roots whose hyponyms are kept too.
REACT = "00717376"
REACTION_ROOTS = ("00815704", "00826527", "00856842")  # answer/reply/respond; knock/criticize; praise
_CONTENT = frozenset({"NOUN", "PROPN", "ADJ", "VERB"})
_TARGETS = frozenset({"dobj", "prep", "advcl", "pcomp", "dative", "npadvmod", "attr"})
_SAYING = frozenset({"say", "write", "tell", "add", "note"})
READINGS = ("verb", "carried", "apart")


def _synsets(pos: str) -> dict[str, tuple[list[str], list[tuple[str, str, str]]]]:
    """WordNet's synsets of one part of speech: offset -> (lemmas, pointers as (symbol, offset, part of speech))."""
    return {synset.offset: (list(synset.lemmas), [(p.symbol, p.offset, p.pos) for p in synset.pointers])
            for synset in wordnet.synsets((WORDNET / f"data.{pos}").read_text(encoding="latin-1"))}


def _first_senses(pos: str) -> dict[str, str]:
    """Each lemma of ``index.POS`` with its first synset's offset."""
    return {entry.lemma: entry.offsets[0]
            for entry in wordnet.index_entries((WORDNET / f"index.{pos}").read_text(encoding="latin-1"))}


@cache
def reaction_verbs(any_sense: bool = False) -> frozenset[str]:
    """The one-word verbs whose first sense is "react, respond" or lies under a root of `REACTION_ROOTS` (with
    ``any_sense``, any of their senses: "blast", "rip", "assail", "lambaste", and "attack")."""
    verbs = _synsets("verb")
    kept, todo = {REACT}, list(REACTION_ROOTS)
    while todo:
        offset = todo.pop()
        if offset not in kept:
            kept.add(offset)
            todo += [o for symbol, o, _pos in verbs[offset][1] if symbol == "~"]
    if any_sense:
        return frozenset(w for offset in kept for w in verbs[offset][0] if w.isalpha())
    return frozenset(w for w, first in _first_senses("verb").items() if first in kept and w.isalpha())


@cache
def derived_nouns() -> dict[str, frozenset[str]]:
    """Each verb lemma with the nouns WordNet derives from any of its senses ("suspend": "suspension")."""
    verbs, nouns = _synsets("verb"), _synsets("noun")
    out: dict[str, set[str]] = {}
    for lemmas, pointers in verbs.values():
        derived = {w for symbol, o, pos in pointers if symbol == "+" and pos == "n" for w in nouns[o][0]}
        for lemma in lemmas:
            out.setdefault(lemma, set()).update(derived)
    return {k: frozenset(v) for k, v in out.items()}


def _words(tokens) -> set[str]:
    return {t.lemma_.lower() for t in tokens if t.pos_ in _CONTENT and not t.is_stop}


def reaction_object(span, any_sense: bool = False) -> tuple[str, set[str]] | None:
    """The unit's first main verb of reaction and the words of what it reacts to (its object, phrases and "after"
    clause; not a "saying …" clause, which tells the reaction's own words); None when no main verb is one."""
    inside = range(span.start, span.end)
    for verb in main_verbs(span):
        if verb.lemma_.lower() not in reaction_verbs(any_sense):
            continue
        target = [t for c in verb.children if c.i in inside and c.dep_ in _TARGETS
                  and not (c.dep_ == "advcl" and c.lemma_.lower() in _SAYING) for t in c.subtree if t.i in inside]
        return verb.lemma_.lower(), _words(target)
    return None


def carried(target: set[str], acting) -> bool:
    """Whether the reaction's object words hold the other unit's act (module docstring)."""
    acts = {v.lemma_.lower() for v in main_verbs(acting)} - {"be", "have", "say"}
    if any(a in target or derived_nouns().get(a, frozenset()) & target for a in acts):
        return True
    words = _words(acting)
    return len(words & target) >= max(2, len(words) / 2)


def apart(verb: str, reacting, acting, any_sense: bool = False) -> bool:
    """Whether the acting unit is no telling of the reaction itself (module docstring)."""
    if {v.lemma_.lower() for v in main_verbs(acting)} & reaction_verbs(any_sense):
        return False
    words = _words(acting) | {t.lemma_.lower() for t in acting}
    if verb in words or derived_nouns().get(verb, frozenset()) & words:
        return False
    one, other = who_acts(reacting), who_acts(acting)
    return not one["doers"] & other["doers"]


def readings(one, other, any_sense: bool = False) -> set[str]:
    """Which of `READINGS` part the two spans, read either way round."""
    out = set()
    for reacting, acting in ((one, other), (other, one)):
        found = reaction_object(reacting, any_sense)
        if found is None:
            continue
        out.add("verb")
        if carried(found[1], acting):
            out.add("carried")
            if apart(found[0], reacting, acting, any_sense):
                out.add("apart")
    return out


def judged_counts(data: Path, base: Path, files: list[Path], groups: tuple[str, ...], show: bool,
                  any_sense: bool = False) -> list[str]:
    """R/P/W (stage-class W apart) of the judged dev links of ``groups`` each reading parts, by made by ``base``."""
    classes, by, shown = _classes(), Counter(), []
    for row, made, tokens, texts in _judged_spans(data, base, files, groups):
        found = readings(*tokens, any_sense)
        stage = row["verdict"] == "W" and (classes.get(_key(row)) or row.get("class")) == STAGE_CLASS
        verdict = "W stage" if stage else row["verdict"]
        for reading in found:
            by[(reading, verdict, "made" if made else "not made")] += 1
        if show and "apart" in found:
            shown.append(f"  {verdict}{' made' if made else ''} {_shown(row, texts)}")
    return [f"{reading:8} {verdict:8} {made:9} {n}" for (reading, verdict, made), n in
            sorted(by.items(), key=lambda x: (READINGS.index(x[0][0]), x[0][1:]))] + shown


def _judged_spans(data: Path, base: Path, files: list[Path], groups: tuple[str, ...]):
    """(row, made by ``base``, the two sides' token spans, their texts) for each judged link of a set of ``groups``,
    each document parsed whole once."""
    from viewer.analysis.nlp import english

    nlp, docs, made = english(), {}, made_links(base)
    for key, row in judged_rows(files).items():
        if not key[0].startswith(groups):
            continue
        spans = []
        for name, start, end in key[1:]:
            path = data / "sets" / key[0] / "docs" / name
            if path not in docs:
                docs[path] = _parsed(nlp, path.read_text(encoding="utf-8"))
            body, headline = docs[path]
            line_end = len(headline.text) if headline is not None else -1
            doc = headline if end <= line_end else body
            spans.append(doc.char_span(start, end, alignment_mode="expand"))
        if None not in spans:
            yield row, key in made, spans, [s.text for s in spans]


def _parsed(nlp, text: str) -> tuple:
    """The report parsed whole, and its first line (where the sets lay the headline) parsed alone as the pipeline
    parses a headline (`headlines.parsed_headline`: in sentence case when title-cased), offsets kept."""
    from viewer.analysis.claims.headlines import parsed_headline

    line = text.split("\n", 1)[0]
    return nlp(text), parsed_headline(line, text[len(line):]) if line.strip() else None


def set_pairs(data: Path, names: list[str], any_sense: bool = False) -> list[tuple[str, str, str]]:
    """The sentence pairs of two reports of one event, sharing two content words or more, all three readings part."""
    from viewer.analysis.nlp import english

    nlp, out = english(), []
    for name in names:
        for paths in reports_by_event(data, name).values():
            docs = [_sentences(*_parsed(nlp, p.read_text(encoding="utf-8"))) for p in paths]
            out += [(name, a.text, b.text) for one, two in itertools.combinations(docs, 2)
                    for a, b in itertools.product(one, two)
                    if len(_words(a) & _words(b)) >= 2 and "apart" in readings(a, b, any_sense)]
    return out


def _sentences(body, headline) -> list:
    """The report's sentences of more than three tokens, its headline's from its own parse."""
    end = len(headline.text) if headline is not None else -1
    return [s for s in body.sents if len(s) > 3 and s.start_char >= end] + \
        ([headline[:]] if headline is not None and len(headline) > 3 else [])


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--base", type=Path)
    parser.add_argument("--judged", nargs="*", type=Path)
    parser.add_argument("--groups", default=",".join(SOURCES), help="set name prefixes (default: every news source)")
    parser.add_argument("--show", action="store_true")
    parser.add_argument("--sets")
    parser.add_argument("--sample", type=int, default=30)
    parser.add_argument("--any-sense", action="store_true", help="reaction verbs by any WordNet sense, not the first")
    args = parser.parse_args(argv)
    if args.sets:
        pairs = set_pairs(args.data, args.sets.split(","), args.any_sense)
        print("\n".join(sampled_pairs(pairs, args.sample, 77)))
    elif args.base is None:
        parser.error("the judged count needs --base")
    else:
        groups = tuple(args.groups.split(","))
        files = dev_link_files(args.judged)
        print("\n".join(judged_counts(args.data, args.base, files, groups, args.show, args.any_sense)))


if __name__ == "__main__":
    main()
