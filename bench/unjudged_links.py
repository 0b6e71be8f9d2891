"""The links of kept exports that no judged file holds, with their passages, to be judged by hand.

    python bench/unjudged_links.py DATA DIR [--sets A,B,...] [--beside OLD] [--context 200]

Reads DIR/SET.json (`bench/quality.py --keep DIR`) and every judged link file `bench/dev_sets.py` reads (all but the
blind draws', with the re-judged files beside them), and prints per link that none of them holds: the set, the two
mentions (file, start, end: the columns of a judged file, verdict and class left to fill), whether DATA/sets/SET's
events.json puts the two reports in one event, and each mention with ``context`` characters of its article either side
(the passage read in its article, as training/judged/README.md asks). With ``--beside OLD``, only the links OLD/SET.json
(an earlier run) does not make: what a change added. Session 69 judged the story gate's probe links
(links_gate.tsv) from its printout.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import dev_sets  # noqa: E402
import quality  # noqa: E402


def unjudged(export: dict, verdicts: dict) -> list[tuple[tuple, tuple]]:
    """The export's cross-article links (`quality._links`) no verdict holds, each mention (file, start, end)."""
    texts = {Path(d["source"]["path"]).name: d["text"] for d in export["documents"]}
    return [(a, b) for a, b in quality._links(export)
            if quality.verdict_of(verdicts, (a[0], texts[a[0]][a[1]:a[2]], *a[1:]),
                                  (b[0], texts[b[0]][b[1]:b[2]], *b[1:])) is None]


def passage(text: str, start: int, end: int, context: int) -> str:
    """The mention in brackets with ``context`` characters of its article either side, on one line."""
    shown = f"{text[max(0, start - context):start]}[[{text[start:end]}]]{text[end:end + context]}"
    return " ".join(shown.split())


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--sets", help="comma-separated set names (default: every export in DIR)")
    parser.add_argument("--beside", type=Path, metavar="OLD", help="leave out the links OLD/SET.json makes too")
    parser.add_argument("--context", type=int, default=200)
    ns = parser.parse_args(argv)
    files = dev_sets.dev_files("links*.tsv")
    verdicts = quality.read_verdicts(files + quality.rejudged_beside(files))
    names = ns.sets.split(",") if ns.sets else sorted(p.stem for p in ns.folder.glob("*.json"))
    for name in names:
        export = json.loads((ns.folder / f"{name}.json").read_text(encoding="utf-8"))
        events = json.loads((ns.data / "sets" / name / "events.json").read_text(encoding="utf-8"))["documents"]
        texts = {Path(d["source"]["path"]).name: d["text"] for d in export["documents"]}
        old = set(quality._links(json.loads((ns.beside / f"{name}.json").read_text(encoding="utf-8")))) if ns.beside else set()
        for a, b in (link for link in unjudged(export, verdicts) if link not in old and link[::-1] not in old):
            same = "same event" if events[a[0]]["event"] == events[b[0]]["event"] else "ACROSS EVENTS"
            print("\t".join(map(str, (name, *a, *b))) + f"\t\t\t# {same}")
            print(f"  A: {passage(texts[a[0]], a[1], a[2], ns.context)}")
            print(f"  B: {passage(texts[b[0]], b[1], b[2], ns.context)}")


if __name__ == "__main__":
    main()
