"""The discrepancy lines this checkout's stage writes again on kept corpora that the stored analysis did not, and
those it no longer writes, each beside its hand verdict.

A line fix changes only the discrepancy stage, so it is measured in seconds by running that stage again on corpora
analysed before the fix (`discrepancy_signs.staged`), instead of analysing every set anew. Each line gone (``-``) or
added (``+``) is printed with its verdict ("?" unjudged) and class, then a count of gone and added by verdict.

    python bench/rerun_lines.py STEM[,STEM...] --judged FILE [--judged FILE ...] [--tsv OUT]

STEM is a kept corpus without ".corpus" (its file name is the set's name in the judged files).
"""
from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from discrepancy_signs import report, staged  # noqa: E402

from viewer.analysis.model import Discrepancy  # noqa: E402
from viewer.corpus.store import Corpus  # noqa: E402

FIELDS = ["set", "change", "kind", "verdict", "class", "where", "explanation"]


def changed(stem: str, judged: dict[tuple, tuple[str, str]]) -> list[dict[str, object]]:
    """The lines of one kept corpus that the stage run again writes and the stored claims lack (+), or the reverse."""
    with Corpus(Path(stem + ".corpus")) as corpus:
        stored, claims, *_rest = staged(corpus)
        files = {d: corpus.document(d, with_text=False).file_name for d in corpus.document_ids()}
        return differences(keyed((d for c in stored for d in c.discrepancies), files),
                           keyed((d for c in claims for d in c.discrepancies), files), judged, Path(stem).name)


def keyed(lines: Iterable[Discrepancy], files: dict[int, str]) -> dict[tuple, str]:
    """Two-mention lines by kind and both mentions (file, start, end), as the judged files key them, with the words."""
    return {(d.kind, *((files[m.document], m.start, m.end) for m in d.mentions)): d.explanation
            for d in lines if len(d.mentions) == 2}


def differences(before: dict[tuple, str], after: dict[tuple, str], judged: dict[tuple, tuple[str, str]],
                name: str) -> list[dict[str, object]]:
    """The lines only ``before`` writes (-) and those only ``after`` writes (+), each with its verdict."""
    out = []
    for change, these, others in (("-", before, after), ("+", after, before)):
        for key in sorted(set(these) - set(others)):
            verdict, cls = judged.get((name, *key), ("?", ""))
            out.append({"set": name, "change": change, "kind": key[0], "verdict": verdict, "class": cls,
                        "where": " ".join(f"{f}:{s}" for f, s, _e in key[1:]), "explanation": these[key][:120]})
    return out


def summary(rows: list[dict[str, object]]) -> list[str]:
    counts = Counter((r["change"], r["kind"], r["verdict"]) for r in rows)
    return [f"{change} {kind:12} {verdict}: {n}" for (change, kind, verdict), n in sorted(counts.items())] or ["no change"]


def main() -> None:
    report(__doc__, changed, FIELDS, summary)


if __name__ == "__main__":
    main()
