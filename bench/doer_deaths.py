"""How often a report tells the death of the one who did the shooting ("Teen suspect in New Year's murder of 16-year-old
girl dies", "The Kerr County man suspected in the shooting deaths … died Tuesday") beside a report that tells only the
killing he did ("15-Year-Old Boy Kills 16-Year-Old Girl"), and how the judges read a link between the two.

    python bench/doer_deaths.py DATA [--judged TSV ...] [--base DIR]
    python bench/doer_deaths.py DATA --gva CORPUS [--incidents N]

A unit tells the doer's death when one of its main verbs (`background_acts.main_verbs`) is "die" ("dead" as a
complement), or "kill"/"shoot" with a reflexive object ("then gunman kills himself"), and its subject's head is a word
for the doer (suspect, gunman, shooter, …) or a person "suspected"/"accused" of it. The other unit is filed under
``self`` when it tells a death of the doer too in any words (a reflexive, "self", "suicide": "Gunman kills 4 people,
self"), else ``killing`` when it tells a killing or a shooting, else ``other``. Judged links: every
``training/judged/links*.tsv`` but the blind draws' (`background_acts.BLIND`) (one verdict per link, a later file's wins). ``--gva``: on the
crawl, for each two reports of one incident, each doer's-death sentence of one and what the other report's sentences
that tell a killing are (descriptive: how often the shape can meet a report of the killing alone).
Measured for session 60: docs/linking.md, "A suspect's death beside the killing he did".
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

import background_acts as background  # noqa: E402  (a sibling bench script)
import gva  # noqa: E402
from viewer.analysis.nlp import english  # noqa: E402

DOERS = {"suspect", "gunman", "gunmen", "shooter", "assailant", "attacker", "killer", "perpetrator"}
_SUSPECTED = {"suspect", "accuse"}  # "the boy suspected of killing…", "the man accused in…"
_SELF = {"himself", "herself", "themselves", "self", "suicide"}
_KILLING = {"kill", "shoot", "die", "slay", "murder", "dead", "stab"}


def _doer(subject) -> bool:
    """Whether a subject is the one who did the shooting: a doer's noun, or a person suspected or accused of it."""
    return subject.lemma_.lower() in DOERS or any(
        c.dep_ in ("acl", "amod", "relcl") and c.lemma_.lower() in _SUSPECTED for c in subject.children)


def doer_dies(span) -> bool:
    """Whether a main verb of the span tells the doer's death (module docstring)."""
    for verb in background.main_verbs(span):
        lemma = verb.lemma_.lower()
        dies = lemma in ("die", "dead") or (lemma in ("kill", "shoot") and any(
            c.dep_ == "dobj" and c.lower_ in _SELF for c in verb.children))
        holder = verb.head if verb.pos_ == "ADJ" else verb  # "the gunman was dead": the subject hangs from "was"
        if dies and any(c.dep_ in ("nsubj", "nsubjpass") and _doer(c) for c in holder.children):
            return True
    return False


def other_side(span) -> str:
    """``self``, ``killing`` or ``other`` (module docstring)."""
    if doer_dies(span) or any(t.lower_ in _SELF for t in span):
        return "self"
    return "killing" if any(v.lemma_.lower() in _KILLING for v in background.main_verbs(span)) else "other"


def judged_table(data: Path, files: list[Path], base: Path | None) -> list[str]:
    """R/P/W of judged links with exactly one side telling the doer's death, by the other side, and the links."""
    by, shown = defaultdict(Counter), []
    for row, (a, b) in background.judged_spans(data, files, base):
        if doer_dies(a) == doer_dies(b):
            continue
        dying, other = (a, b) if doer_dies(a) else (b, a)
        group = other_side(other)
        by[group][row["verdict"]] += 1
        shown.append(f"{group}\t{row['verdict']}\t{row['file']}\t{row['set']}\n  D {dying.text[:140]!r}\n"
                     f"  O {other.text[:140]!r}")
    table = [f"  {g:8} {' '.join(f'{v} {c[v]}' for v in 'RPWU' if c[v])}" for g, c in sorted(by.items())]
    return table + shown


def gva_counts(corpus: Path, incidents: int) -> Counter:
    """On the crawl's first ``incidents`` incidents with two usable reports, for each ordered pair of their first two
    reports: the doer's-death sentences of one, and whether the other tells the doer's death anywhere, or else holds
    sentences that tell the killing (the only partners such a sentence can have), or neither."""
    out = Counter()
    for first, second in gva.parsed_report_pairs(corpus, incidents, english()):
        out["incidents read"] += 1
        for one, two in ((first, second), (second, first)):
            dying = [s for s in one.sents if doer_dies(s)]
            if not dying:
                continue
            sides = Counter(other_side(s) for s in two.sents)
            out["doer's-death sentences"] += len(dying)
            key = "the other report tells the doer's death too" if sides["self"] else \
                "the other report tells only the killing" if sides["killing"] else "the other report tells no killing"
            out[f"doer's-death sentences: {key}"] += len(dying)
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--judged", nargs="*", type=Path)
    parser.add_argument("--base", type=Path, help="only the judged links the exports here make (SET.json)")
    parser.add_argument("--gva", type=Path, help="the GVA crawl: count doer's-death sentences and their partners")
    parser.add_argument("--incidents", type=int, default=1000)
    args = parser.parse_args(argv)
    lines = [f"{v:6}  {k}" for k, v in gva_counts(args.gva, args.incidents).most_common()] if args.gva else \
        judged_table(args.data, background.dev_link_files(args.judged), args.base)
    print("\n".join(lines))


if __name__ == "__main__":
    main()
