"""Count the annotated attributions of one PolNeAR part that an export misses, by their cue.

    python training/count_missed_cues.py PREPARED EXPORT.json [--part fit] [--cache FILE] [--top N]

The classes of training/polnear_errors.py say where a miss was lost; this says which cue words lose
the most, whatever the class: a frame worth writing is a cue word missed often, with the class
its misses fall in telling what to fix ("cite": content found but the source relayed, "say": the
verb accepted but negated or a question). Each cue is read at its head word in the parse (the word
the content hangs from) as a lemma, with its shape (training/polnear_errors.py ``cue_shape``) and the
commonest class. Only articles of ``--part`` are read (develop on ``fit``).
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT.parent / "shared" / "eval"))

from training.fit_cues import parse  # noqa: E402
from training.polnear_errors import _cue_head, classify, cue_shape  # noqa: E402
from training.polnear_parts import part_of  # noqa: E402


def main() -> None:
    """Print the cue lemmas of the part's missed attributions, commonest first."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("prepared", type=Path)
    parser.add_argument("export", type=Path)
    parser.add_argument("--part", default="fit", choices=("fit", "check"))
    parser.add_argument("--cache", type=Path, help="parses of all prepared articles in gold.json's order")
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--show", help="print every miss of this cue lemma instead, with its class")
    args = parser.parse_args()
    gold = json.loads((args.prepared / "gold.json").read_text(encoding="utf-8"))
    export = json.loads(args.export.read_text(encoding="utf-8"))
    texts = {d["name"]: (args.prepared / "docs" / d["name"]).read_text(encoding="utf-8") for d in gold["documents"]}
    names = list(texts) if args.cache else [n for n in texts if part_of(n) == args.part]
    parses = parse(args.prepared, names, args.cache)
    misses = [r for r in classify(gold, texts, export, args.part, parses) if r["error"] == "miss"]
    groups = count_cues(misses, parses)
    if args.show:
        for r in groups.get(args.show, []):
            print(f"{r['cls'].split(': ')[-1]:32s} {r['doc'][:20]} {r['source'][:30]!r} | {r['cue'][:30]!r} | "
                  f"{r['content'][:70]!r}")
    else:
        print_counts(groups, len(misses), args.top)


def count_cues(misses: list[dict], parses: dict) -> dict[str, list[dict]]:
    """The misses grouped by the lemma of their cue's head (``?`` where the article's parse differs)."""
    groups: dict[str, list[dict]] = defaultdict(list)
    for row in misses:
        doc = parses.get(row["doc"])
        head = None
        if doc is not None and row["cls"] != "content not found: not parsed":
            head = _cue_head({"cue": row["cue_spans"], "parts": []}, doc)
        groups["?" if head is None else head.lemma_.lower()].append(row)
        if head is not None:
            tokens = [t for s, e in row["cue_spans"] for t in doc.char_span(s, e, alignment_mode="expand") or []]
            row["shape"] = cue_shape(tokens)
    return groups


def print_counts(groups: dict[str, list[dict]], total: int, top: int) -> None:
    """Each cue lemma with its misses, its commonest shapes and classes, and one example."""
    print(f"missed: {total}")
    for lemma, rows in sorted(groups.items(), key=lambda kv: -len(kv[1]))[:top]:
        shapes = Counter(r.get("shape", "?") for r in rows).most_common(3)
        classes = Counter(r["cls"].split(": ")[-1] for r in rows).most_common(3)
        print(f"{len(rows):6d}  {lemma:14s} shapes {shapes}")
        print(f"        classes {classes}")
        r = rows[0]
        print(f"        e.g. {r['source'][:30]!r} | {r['cue'][:25]!r} | {r['content'][:60]!r}")


if __name__ == "__main__":
    main()
