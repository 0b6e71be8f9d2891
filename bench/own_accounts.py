"""Whose account each side of a link is (session 80, stage80): the reacting party's own words beside the act it answers.

    python bench/own_accounts.py DATA --base DIR [--judged TSV ...] [--show VARIANT]
    python bench/own_accounts.py DATA --sets basil,basilB,basilD,wcepA [--variant VARIANT] [--sample N]

Session 79 (reaction79) left the stage class's reactions with one sign to count: a reaction link is wrong when one
side tells the act and the other the party acted on answering it, in its own voice. Each side's *voice* is read from
what the analysis already stores: the speakers of the attributions (`attribution`, kept in ``--base``'s exports) whose
content or cue lies in the unit, named by the export's speaker name and aliases; with no attribution, the doers of
its main verbs (a subject, a passive's agent: `reaction_links.who_acts`). Its *targets* are the words of what its main
verbs take as object or cause (who_acts). Variants, each read both ways round:

- ``swap``: the two voices share no word, and one side's voice stands in the other's targets ("Facebook suspends Trump
  accounts" / "Trump slams Facebook …"; "Biden tells Netanyahu …" / "Netanyahu brushes off Biden call …").
- ``account``: the same, with the side whose voice the other acts on attributed (a quotation or a said clause whose
  speaker the analysis names): the answering party in its own words beside the act on it.
- ``account_absent``: ``account`` with the attributed party named nowhere in the other side but its targets' phrase.

Prints R/P/W (W of the stage class apart) by source group of the made judged dev links each variant fires on.
"""
from __future__ import annotations

import argparse
import itertools
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from background_acts import dev_link_files, made_links  # noqa: E402
from reaction_links import _TARGETS, _group  # noqa: E402
from stage_wrongs import STAGE_CLASS, _classes, _key  # noqa: E402

from viewer.analysis.claims.acts import main_verbs  # noqa: E402
from wound_links import judged_rows  # noqa: E402

VARIANTS = ("swap", "account", "account_absent", "mutual", "mutual_account", "answer")
# Prepositions that set a place or a time, not what the act is done to ("in Essex", "at the border").
_PLACES = frozenset({"in", "at", "on", "near", "from", "across", "inside", "outside", "during", "since", "after",
                     "before", "around", "throughout"})
_GENERIC = frozenset({"official", "officials", "police", "president", "secretary", "department", "office", "state",
                      "states", "house", "senate", "committee", "u.s.", "us", "the", "mr.", "ms.", "gov.", "sen."})


def attributions(base: Path, set_name: str) -> dict[str, list[tuple[int, int, set[str]]]]:
    """Per document file name, each attribution's (start, end) of its content and cue with its speaker's words."""
    export = json.loads((base / f"{set_name}.json").read_text(encoding="utf-8"))
    names = {d["id"]: Path(d["source"]["path"]).name for d in export["documents"]}
    speakers = {s["id"]: " ".join([s["name"], *s.get("aliases", [])]) for s in export.get("speakers", [])}
    out: dict[str, list] = {}
    for a in export.get("attributions", []):
        words = _words(speakers.get(a.get("speaker"), "") + " " + (a.get("speaker_name") or ""))
        spans = [a[k] for k in ("content", "cue", "speaker_text") if a.get(k)]
        start, end = min(s["start"] for s in spans), max(s["end"] for s in spans)
        if words:
            out.setdefault(names[a["document"]], []).append((start, end, words))
    return out


def _words(text: str) -> set[str]:
    return {w.strip("'’s,.").lower() for w in text.split()} - _GENERIC - {""}


def voice(span, held: list[tuple[int, int, set[str]]]) -> tuple[set[str], bool]:
    """The unit's speakers' words (attributions lying half in it or more, or holding it), else its doers'; and whether
    they are speakers."""
    start, end = span.start_char, span.end_char
    said = set()
    for s, e, words in held:
        overlap = min(e, end) - max(s, start)
        if overlap > 0 and (overlap >= (end - start) / 2 or overlap >= (e - s) / 2):
            said |= words
    if said:
        return said, True
    return named(span)[0], False


def named(span) -> tuple[set[str], set[str]]:
    """The names (proper nouns) among the unit's main verbs' doers (a subject, a passive's agent) and among what they
    take as object or cause (`reaction_links._TARGETS`)."""
    inside = range(span.start, span.end)
    doers, targets = set(), set()
    for verb in main_verbs(span):
        for child in (c for c in verb.children if c.i in inside):
            names = {t.text.strip("'’s,.").lower() for t in child.subtree
                     if t.i in inside and t.pos_ == "PROPN"} - _GENERIC - {""}
            if child.dep_ in ("nsubj", "agent"):
                doers |= names
            elif child.dep_ in _TARGETS and not (child.dep_ == "prep" and child.lower_ in _PLACES):
                targets |= names
    return doers, targets


def _names(span) -> set[str]:
    return {t.text.strip("'’s,.").lower() for t in span if t.pos_ == "PROPN"} - _GENERIC - {""}


def readings(one, other, held_one, held_other) -> set[str]:
    """The variants that fire on the two spans, read both ways round."""
    out = set()
    sides = [(one, *voice(one, held_one)), (other, *voice(other, held_other))]
    for (_span, said, quoted), (o_span, o_said, _o_quoted) in (sides, sides[::-1]):
        if not said or not o_said or said & o_said:
            continue
        targets = named(o_span)[1]
        if not said & targets:
            continue
        out.add("swap")
        if o_said & _names(_span) - said:
            out.add("mutual")
            if quoted or _o_quoted:
                out.add("mutual_account")
        if quoted:
            out.add("account")
            rest = {t.text.strip("'’s,.").lower() for t in o_span} - targets
            if not said & rest:
                out.add("account_absent")
    if answers(one, other, held_one, held_other) or answers(other, one, held_other, held_one):
        out.add("answer")
    return out


def answers(one, other, held_one, held_other) -> bool:
    """Whether ``one`` is a party's own account (a speaker the analysis names) answering ``other``'s act on it: the
    speaker stands in the other's object and is none of its doers or speakers, and the other's doer is named in
    ``one``."""
    said, quoted = voice(one, held_one)
    doers, targets = named(other)
    o_said, _ = voice(other, held_other)
    return (quoted and bool(doers) and not said & (doers | o_said) and bool(said & targets)
            and bool(doers & _names(one) - said))


def judged_counts(data: Path, base: Path, files: list[Path], show: str | None) -> list[str]:
    """R/P/W by variant and source group of the made judged links each variant fires on; ``show``'s links listed."""
    from viewer.analysis.nlp import english

    nlp, docs, made, classes = english(), {}, made_links(base), _classes()
    held: dict[str, dict] = {}
    by, shown, total = Counter(), [], Counter()
    for key, row in judged_rows(files).items():
        if key not in made:
            continue
        set_name = key[0]
        if set_name not in held:
            held[set_name] = attributions(base, set_name)
        spans = []
        for name, start, end in key[1:]:
            path = data / "sets" / set_name / "docs" / name
            if path not in docs:
                docs[path] = nlp(path.read_text(encoding="utf-8"))
            spans.append(docs[path].char_span(start, end, alignment_mode="expand"))
        if any(s is None for s in spans):
            continue
        stage = row["verdict"] == "W" and (classes.get(_key(row)) or row.get("class")) == STAGE_CLASS
        verdict = "W stage" if stage else row["verdict"]
        total[(_group(set_name), verdict)] += 1
        fired = readings(*spans, held[set_name].get(key[1][0], []), held[set_name].get(key[2][0], []))
        for variant in fired:
            by[(variant, _group(set_name), verdict)] += 1
        if show in fired:
            shown.append(f"  {verdict} [{set_name}] A: {spans[0].text[:200]}\n      B: {spans[1].text[:200]}")
    lines = [f"all {g:16} {v:8} {n}" for (g, v), n in sorted(total.items())]
    lines += [f"{variant:15} {g:16} {v:8} {n}" for (variant, g, v), n in sorted(by.items())]
    return lines + shown


def set_pairs(data: Path, names: list[str], variant: str) -> list[tuple[str, str, str]]:
    """The sentence pairs of two reports of one event in the named sets, sharing two content words or more, that
    ``variant`` fires on; each report parsed as the analysis parses it and its attributions found as it finds them."""
    from veto_counts import reports_by_event

    from viewer.analysis.attribution.statements import find_attributions
    from viewer.analysis.segment import parse

    out = []
    for name in names:
        for paths in reports_by_event(data, name).values():
            reports = []
            for path in paths:
                parsed = parse(1, path.read_text(encoding="utf-8"), [])
                held = [(min(s.start for s in spans), max(s.end for s in spans), _words(a.speaker_name))
                        for a in find_attributions(parsed)
                        for spans in [[x for x in (a.content, a.cue, a.speaker) if x is not None]]]
                reports.append(([s for s in parsed.doc.sents if len(s) > 3], [h for h in held if h[2]]))
            for (sents_a, held_a), (sents_b, held_b) in itertools.combinations(reports, 2):
                out += [(name, a.text, b.text) for a in sents_a for b in sents_b
                        if len(_content(a) & _content(b)) >= 2 and variant in readings(a, b, held_a, held_b)]
    return out


def _content(span) -> set[str]:
    return {t.lemma_.lower() for t in span if t.pos_ in ("NOUN", "PROPN", "VERB", "ADJ") and not t.is_stop}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--base", type=Path)
    parser.add_argument("--sets", help="unjudged one-story sets, comma-separated: count close sentence pairs instead")
    parser.add_argument("--variant", choices=VARIANTS, default="answer")
    parser.add_argument("--sample", type=int, default=30)
    parser.add_argument("--judged", nargs="*", type=Path)
    parser.add_argument("--show", choices=VARIANTS)
    args = parser.parse_args(argv)
    if args.sets:
        from veto_counts import sampled_pairs

        print("\n".join(sampled_pairs(set_pairs(args.data, args.sets.split(","), args.variant), args.sample, 80)))
        return
    print("\n".join(judged_counts(args.data, args.base, dev_link_files(args.judged), args.show)))


if __name__ == "__main__":
    main()
