"""How closely the two mentions under each discrepancy line state one thing, beside the line's hand verdict.

A discrepancy line says two sources differ on one thing. Linking joins mentions through others, so the two mentions a
line is drawn between may tell two things of one story (an arraignment "Tuesday" / "Thursday" for a mother and a
father), and the judges class such lines "not one statement". An attribution line is written only between mentions
that pass `confident_pairs.ConfidentPairs` (their main clauses state one act, or the pair model reaches its bar) and
`discrepancies._one_statement`; a day line one that `two_acts` does not refuse. This reruns the discrepancy stage of this checkout on
kept corpora and prints, for every line of every kind, the pair model's probability, whether the main clauses share an
act or each state another (`ConfidentPairs.two_acts`, which withholds a day line), whether the confident test passes,
and the verdict, so a bar can be counted on the judged lines before it is set.

    python bench/line_pairs.py STEM[,STEM...] --judged FILE [--judged FILE ...] [--tsv OUT]

STEM is a kept corpus without ".corpus" (its file name is the set's name in the judged files).
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from discrepancy_signs import report, staged  # noqa: E402

from viewer.analysis.confident_pairs import ConfidentPairs, bar  # noqa: E402
from viewer.analysis.discrepancies import _readings, _say_one_thing  # noqa: E402
from viewer.analysis.model import Claim, Mention  # noqa: E402
from viewer.corpus.store import Corpus  # noqa: E402

FIELDS = ["set", "claim", "kind", "verdict", "class", "p", "acts", "two_acts", "confident", "main_ab", "main_ba", "shared", "share",
          "where", "a", "b"]


def holder(line_mention: Mention, claim: Claim) -> Mention | None:
    """The claim's mention a line's (possibly shorter) mention lies in: a time or figure line names only its words."""
    return next((m for m in claim.mentions if m.document == line_mention.document
                 and m.start <= line_mention.start and line_mention.end <= m.end), None)


def lines(stem: str, judged: dict[tuple, tuple[str, str]]) -> list[dict[str, object]]:
    """Every two-mention line the stage writes on one kept corpus, with the pair reading of the mentions it joins."""
    name, out = Path(stem).name, []
    with Corpus(Path(stem + ".corpus")) as corpus:
        stored, claims, units, *_read = staged(corpus)
        at = {(u.document, u.span.start, u.span.end): u for u in units}
        recorded = {k: u.features for k, u in at.items()}
        pairs = ConfidentPairs(units)
        for c, claim in zip(stored, claims):
            for d in claim.discrepancies:
                if len(d.mentions) != 2:
                    continue
                key = tuple((corpus.document(m.document).file_name, m.start, m.end) for m in d.mentions)
                verdict, cls = judged.get((name, d.kind, *key), ("?", ""))
                a, b = (holder(m, claim) for m in d.mentions)
                ua = at.get((a.document, a.start, a.end)) if a else None
                ub = at.get((b.document, b.start, b.end)) if b else None
                readable = ua is not None and ub is not None and ua.vector is not None and ub.vector is not None
                read = _readings([a, b], recorded) if a and b else {}
                shared, share = _say_one_thing(a, b, read) if read else ("", "")
                out.append({"set": name, "claim": f"c{c.id}", "kind": d.kind, "verdict": verdict, "class": cls,
                            "p": round(pairs.probability(ua, ub), 3) if readable else "",
                            "acts": int(bool(set(ua.features.acts) & set(ub.features.acts))) if readable else "",
                            "two_acts": int(pairs.two_acts(a, b)) if a and b else "",
                            "confident": int(pairs(a, b)) if a and b else "",
                            "main_ab": len(read[a].main & (read[b].content | read[b].names)) if read else "",
                            "main_ba": len(read[b].main & (read[a].content | read[a].names)) if read else "",
                            "shared": shared, "share": round(share, 2) if read else "",
                            "where": f"{key[0][0]}:{key[0][1]} {key[1][0]}:{key[1][1]}",
                            "a": (a.text if a else "")[:70].replace("\n", " "),
                            "b": (b.text if b else "")[:70].replace("\n", " ")})
    return out


def summary(rows: list[dict[str, object]]) -> list[str]:
    """Per kind and test (the confident pair at the bar; two acts), the lines that pass and fail it, by verdict."""
    out = [f"bar {bar()}"]
    for test in ("confident", "two_acts"):
        counts = Counter((r["kind"], r["verdict"] if r["verdict"] in ("R", "W") else "unjudged", r[test]) for r in rows)
        for kind in sorted({k for k, _v, _c in counts}):
            cells = " ".join(f"{v} {counts[(kind, v, 1)]}/{counts[(kind, v, 0)]}" for v in ("R", "W", "unjudged"))
            out.append(f"{test} {kind}: yes/no  {cells}")
    return out


def main() -> None:
    report(__doc__, lines, FIELDS, summary)


if __name__ == "__main__":
    main()
