"""How each side of a judged link tells its main acts in time (to come, intended, possible, done, present), and the
R/P/W of the links the kept exports make, and no veto parts, by the pair of readings (session 66).

    python bench/act_times.py DATA --base DIR [--judged TSV ...] [--show]

Every judged dev link (`background_acts.dev_link_files`, re-judged verdicts over the first ones) that an export of
``--base`` makes is read as `bench/stage_wrongs.py` reads it. Each side's main verbs (`acts.main_verbs`) are read by
their auxiliaries: "will" or "shall" an act to come, "could", "may", "would" a possible one, a verb of intention with
its clause ("is expected to announce", "plans to", "tried to") an intended one, "to" alone a headline's act to come
("Mattis to leave"), a past form or perfect done, anything else present. ``--show`` lists the links where one side
reads to come or intended and the other does not. It measured the brief's "future or modal against done" reading of
political and official steps in sequence ("House Intelligence Committee Will Subpoena Flynn" / "The Senate committee
responded with two additional subpoenas").

Session 66 (main 4a82d660's exports in /work/data/final66/base): to come / done R 5, P 9, W 5; intended / done R 10,
P 7, W 8; possible / done R 16, P 4, W 8; the R are previews of the act reported done ("Total will finally sign … on
Monday" / "Iran has signed … on Monday"), so nothing was built (docs/linking.md).
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from background_acts import dev_link_files  # noqa: E402
from stage_wrongs import _shown, read, stage_arguments  # noqa: E402

from viewer.analysis.claims.acts import main_verbs  # noqa: E402

TO_COME = {"will", "'ll", "shall", "wo"}
POSSIBLE = {"could", "may", "might", "would", "should", "can", "must", "ca"}
INTENDING = {"expect", "plan", "intend", "schedule", "set", "hope", "want", "vow", "promise", "threaten", "aim",
             "prepare", "propose", "consider", "seek", "try", "attempt", "go", "poise"}
_PAST_AUXILIARIES = {"has", "have", "had", "was", "were", "'s"}
FORWARD = {"to come", "intended", "to come (headline)"}


def verb_time(verb) -> str:
    """How one main verb tells its act in time, read from its auxiliaries and its form."""
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if auxiliaries & TO_COME:
        return "to come"
    if auxiliaries & POSSIBLE:
        return "possible"
    if verb.lemma_.lower() in INTENDING and any(c.dep_ == "xcomp" for c in verb.children):
        return "intended"
    if auxiliaries == {"to"}:
        return "to come (headline)"
    if verb.tag_ in ("VBD", "VBN") or auxiliaries & _PAST_AUXILIARIES:
        return "done"
    return "present"


def unit_time(tokens) -> str:
    """The readings of the unit's main verbs, joined ("done+intended"), or "none" for a verbless unit."""
    return "+".join(sorted({verb_time(v) for v in main_verbs(tokens)})) or "none"


def counts(data: Path, base: Path, files: list[Path], show: bool) -> list[str]:
    from viewer.analysis.claims.verifier import never_one_claim

    by, shown = Counter(), []
    for row, _made, (a, b), tokens, texts in read(data, base, files):
        if never_one_claim(a, b) or None in tokens:
            continue
        times = sorted(unit_time(t) for t in tokens)
        by[(" / ".join(times), row["verdict"])] += 1
        forward = [bool(FORWARD & set(t.split("+"))) for t in times]
        if show and forward[0] != forward[1]:
            shown.append(f"  {row['verdict']} [{' / '.join(times)}] {_shown(row, texts)}")
    pairs = sorted({pair for pair, _verdict in by})
    return [f"{pair:44} " + " ".join(f"{v} {by[(pair, v)]}" for v in "RPW" if by[(pair, v)]) for pair in pairs] + shown


def main(argv: list[str] | None = None) -> None:
    args = stage_arguments(__doc__, 914).parse_args(argv)
    print("\n".join(counts(args.data, args.base, dev_link_files(args.judged), args.show)))


if __name__ == "__main__":
    main()
