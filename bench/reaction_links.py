"""Two readings of the stage class counted before any veto was built (session 73, stage73): a reaction beside the act
it reacts to, and a court's ruling beside the civil suit it rules on.

    python bench/reaction_links.py DATA --base DIR [--judged TSV ...] [--reading reaction,structure,loose,ruling] [--show]
    python bench/reaction_links.py DATA --sets basil,basilB,basilD,wcepA [--reading …] [--sample N]
    python bench/reaction_links.py DATA --crawl CORPUS --reading ruling [--sample N]

- "reaction" (`reacts_to`): one unit's main verb is a verb of reaction (`REACTION_VERBS`, session 69's exploratory
  list, kept here only to count with); its doer (the subject of a main verb, or a passive's agent) shares no word with
  the other unit's doer and appears nowhere in the other unit; the other unit's doer stands in the reacting unit's
  object or cause ("Democrats criticize FBI's handling of tip line …" beside "FBI … acknowledged …"); the two units'
  main acts differ. "structure" is the same reading with no verb list: any main verb; "loose" the same with the list
  but with the reacting party allowed in the other unit.
- "ruling": the veto `rulings.ruling_beside_suit` on the two units' features: a court or judge does one unit's main
  act, and the other holds a suit word and no court word ("Judge dismisses FTC and state antitrust complaints against
  Facebook" / "FTC files renewed antitrust complaint against Facebook"); ``bench/veto_counts.py --veto
  ruling_beside_suit`` counts it on the judged links and the crawl.

The judged count reads every judged dev link as `bench/stage_kinds.py` does (each side's document parsed whole) and
prints R/P/W by source group (political and world: AllSides, BASIL, WCEP; GVA; the rest), W of the stage class apart
and whether ``--base``'s exports make the link. ``--sets`` reads every sentence pair of two reports of one event in the
named unjudged sets sharing two content terms or more, and prints ``--sample`` of the pairs the reading fires on
(drawn at random, seed 73), to be read by hand; ``--crawl`` the same over the first two usable reports of each GVA
crawl incident that has two, sharing three (for the ruling only report pairs holding a suit word are parsed).

Run in session 73 on main d2ee4b40's exports (/work/data/final73/base) and on basil, basilB, basilD and wcepA:
docs/linking.md "A reaction beside its act, and a ruling beside its suit".
"""
from __future__ import annotations

import argparse
import itertools
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from background_acts import dev_link_files  # noqa: E402
from dev_sets import political, source_of  # noqa: E402
from stage_wrongs import STAGE_CLASS, _classes, _key, _shown, read  # noqa: E402
from veto_counts import reports_by_event, sampled_pairs  # noqa: E402

from viewer.analysis.claims.acts import main_verbs, verb_act  # noqa: E402
from viewer.analysis.claims.rulings import ruling_beside_suit  # noqa: E402
from viewer.analysis.claims.units import unit_features  # noqa: E402
from viewer.corpus.spans import Span  # noqa: E402

# Session 69's verbs of reaction (bench counts only, docs/linking.md "An act intended beside the act done"), with the
# reactions session 72 read by hand among the stage-class W ("accuse", "sue", "vow", "fight", "scramble", "clarify").
REACTION_VERBS = frozenset({
    "blast", "slam", "criticize", "criticise", "condemn", "praise", "decry", "denounce", "rip", "applaud", "welcome",
    "react", "respond", "apologize", "apologise", "defend", "protest", "challenge", "attack", "hail", "celebrate",
    "mourn", "lament", "question", "mock", "fault", "assail", "lambaste", "bash", "cheer", "thank", "urge", "accuse",
    "scramble", "sue", "vow", "fight", "push", "clarify", "oppose", "reject", "blame"})
_CONTENT = frozenset({"NOUN", "PROPN", "ADJ"})
# What a reacting verb takes its act as: its object, a phrase ("over …", "for …"), a clause ("after he …").
_TARGETS = frozenset({"dobj", "prep", "advcl", "ccomp", "xcomp", "pcomp", "attr", "dative", "npadvmod", "acomp",
                      "nsubjpass"})


def _words(tokens) -> set[str]:
    return {t.lemma_.lower() for t in tokens if t.pos_ in _CONTENT and not t.is_stop}


def who_acts(span) -> dict:
    """The unit's main verbs, their doers' words (a subject's, a passive's agent's), the words of what they take as
    object or cause, whether a doer is a pronoun (unread), and all the unit's content words."""
    inside = range(span.start, span.end)
    verbs, doers, targets, pronoun = main_verbs(span), set(), set(), False
    for verb in verbs:
        for child in (c for c in verb.children if c.i in inside):
            below = [t for t in child.subtree if t.i in inside]
            if child.dep_ in ("nsubj", "agent"):
                doers |= _words(below)
                pronoun |= child.pos_ == "PRON"
            elif child.dep_ in _TARGETS:
                targets |= _words(below)
    return {"verbs": verbs, "acts": {verb_act(v) for v in verbs}, "doers": doers, "targets": targets,
            "pronoun": pronoun, "words": _words(span)}


def reacts_to(reacting: dict, acting: dict, verbs: frozenset[str] | None = REACTION_VERBS, absent: bool = True) -> bool:
    """Whether ``reacting`` reacts to the act ``acting`` tells (module docstring); ``verbs`` None reads any main verb,
    ``absent`` False lets the reacting party appear in the acting unit ("loose")."""
    if verbs is not None and not {v.lemma_.lower() for v in reacting["verbs"]} & verbs:
        return False
    if not reacting["doers"] or not acting["doers"] or reacting["pronoun"] or acting["pronoun"]:
        return False
    return (bool((acting["doers"] & reacting["targets"]) - reacting["doers"])
            and not (absent and reacting["doers"] & acting["words"]) and not reacting["acts"] & acting["acts"])


def fires(reading: str, one, other) -> bool:
    """Whether the reading parts the two spans, read either way round; "ruling" is the veto
    `rulings.ruling_beside_suit` on the spans' features."""
    if reading == "ruling":
        return ruling_beside_suit(*(unit_features(s.doc, Span(s.start_char, s.end_char)) for s in (one, other)))
    verbs = None if reading == "structure" else REACTION_VERBS
    return any(reacts_to(who_acts(a), who_acts(b), verbs, reading != "loose") for a, b in ((one, other), (other, one)))


def judged_counts(data: Path, base: Path, files: list[Path], readings: list[str], show: bool) -> list[str]:
    """R/P/W (stage-class W apart) of the judged dev links each reading parts, by source group and made by ``base``."""
    classes, by, shown = _classes(), Counter(), []
    for row, made, _units, tokens, texts in read(data, base, files, made_only=False):
        for reading in (r for r in readings if fires(r, *tokens)):
            stage = row["verdict"] == "W" and (classes.get(_key(row)) or row.get("class")) == STAGE_CLASS
            verdict = "W stage" if stage else row["verdict"]
            by[(reading, _group(row["set"]), verdict, "made" if made else "not made")] += 1
            if show:
                shown.append(f"  {reading} {verdict}{' made' if made else ''} {_shown(row, texts)}")
    return [f"{reading:9} {group:16} {verdict:8} {made:9} {n}"
            for (reading, group, verdict, made), n in sorted(by.items())] + shown


def _group(set_name: str) -> str:
    return "political/world" if political(set_name) else "GVA" if source_of(set_name) == "gva" else "the rest"


def set_pairs(data: Path, names: list[str], reading: str) -> list[tuple[str, str, str]]:
    """The sentence pairs of two reports of one event, sharing two content terms or more, the reading parts."""
    from viewer.analysis.nlp import english

    nlp, out = english(), []
    for name in names:
        for paths in reports_by_event(data, name).values():
            out += [(name, a, b) for a, b in close_pairs([nlp(p.read_text(encoding="utf-8")) for p in paths], 2, reading)]
    return out


def crawl_pairs(corpus: Path, reading: str) -> list[tuple[str, str, str]]:
    """`close_pairs` of the first two usable reports of each crawl incident that has two, sharing three content terms;
    for the ruling reading only the report pairs holding a suit word are parsed."""
    from gva import incidents_with_two, report_text

    from viewer.analysis.nlp import english

    nlp, out = english(), []
    for items in incidents_with_two(corpus, 100000):
        texts = [report_text(item) for _n, item in items[:2]]
        if reading != "ruling" or any(w in t.lower() for t in texts for w in ("suit", "complaint", "petition")):
            out += [("gva", a, b) for a, b in close_pairs([nlp(t) for t in texts], 3, reading)]
    return out


def close_pairs(docs: list, shared: int, reading: str) -> list[tuple[str, str]]:
    """The sentence pairs of two parsed reports or more sharing ``shared`` content words or more the reading parts."""
    sentences = [[s for s in doc.sents if len(s) > 3] for doc in docs]
    return [(a.text, b.text) for one, two in itertools.combinations(sentences, 2) for a, b in itertools.product(one, two)
            if len(_words(a) & _words(b)) >= shared and fires(reading, a, b)]



def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--base", type=Path)
    parser.add_argument("--judged", nargs="*", type=Path)
    parser.add_argument("--reading", default="reaction", help="reaction, structure, loose or ruling; several, comma-separated, "
                        "for the judged count")
    parser.add_argument("--show", action="store_true")
    parser.add_argument("--sets")
    parser.add_argument("--crawl", type=Path)
    parser.add_argument("--sample", type=int, default=30)
    args = parser.parse_args(argv)
    if args.sets:
        print("\n".join(sampled_pairs(set_pairs(args.data, args.sets.split(","), args.reading), args.sample, 73)))
    elif args.crawl:
        print("\n".join(sampled_pairs(crawl_pairs(args.crawl, args.reading), args.sample, 73)))
    elif args.base is None:
        parser.error("the judged count needs --base")
    else:
        print("\n".join(judged_counts(args.data, args.base, dev_link_files(args.judged), args.reading.split(","), args.show)))


if __name__ == "__main__":
    main()
