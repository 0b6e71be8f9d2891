"""A set of the AllSides draws' stories whose ledes tell a figure moving: one running subject's stories side by side.

Each AllSides draw holds twenty stories of one month or another, so two weeks' jobless claims or two months' covid
cases never meet in one draw's corpus, and the links a linker makes across them are never counted. This set pools,
from the draws named, every story one of whose reports' ledes tells a trend (`trends.trends`, read as
`bench/trend_links.py` reads it), with all its reports, so `bench/quality.py` counts links across stories (wrong by
the labels) and same-story pairs found (what must not be lost) where the trend sign can act. Chosen by this rule
alone, never by reading what the linker does with them.

    python bench/trend_set.py DATA OUT --draws allsidesA,...,allsidesN [--every-story]

With ``--every-story`` the draws are pooled whole: two stories of one running subject told in two draws' months meet,
the rows a story-gate fit needs to learn them apart (session 80, recall80: `fit_story_opening`'s pooled draws).

Session 75, across75 (docs/linking.md): OUT is written as a set (``docs/``, ``events.json``); run with
`bench/quality.py OUT_PARENT --sets NAME --links-only`, OUT under a ``sets`` folder.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from event_set import write_event_set  # noqa: E402
from trend_links import document_trends  # noqa: E402


def trend_stories(data: Path, draws: list[str], every: bool = False) -> list[tuple[str, str, dict]]:
    """(file name, text, record) of every report of each story of ``draws`` one of whose reports' ledes tells a
    trend (``every``: of every story, the draws pooled whole)."""
    found = []
    for name in draws:
        folder = data / "sets" / name
        records = json.loads((folder / "events.json").read_text(encoding="utf-8"))["documents"]
        stories = {r["event"] for f, r in records.items() if every or document_trends(folder / "docs" / f)}
        found += [(f, (folder / "docs" / f).read_text(encoding="utf-8"), {**r, "draw": name})
                  for f, r in sorted(records.items()) if r["event"] in stories]
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--draws", required=True)
    parser.add_argument("--every-story", action="store_true", help="pool every story of the draws, trend or not")
    ns = parser.parse_args()
    draws = [d for d in ns.draws.split(",") if d]
    documents = trend_stories(ns.data, draws, ns.every_story)
    told = "every story" if ns.every_story else "every story whose reports' ledes tell a trend"
    index = {"source": f"AllSides draws {', '.join(draws)}: {told} (bench/trend_set.py)",
             "events": sorted({r['event'] for _f, _t, r in documents})}
    print(write_event_set(ns.out, index, documents), "reports of", len(index["events"]), "stories")


if __name__ == "__main__":
    main()
