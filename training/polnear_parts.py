"""The two parts of PolNeAR's train split used here: one to fit on, one to check on.

Articles are assigned by a hash of their name (one in five to ``check``), so the split is fixed
without anyone choosing articles by reading them. PolNeAR's own dev and test splits are never
read: they are kept for measuring what nobody fitted on.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

PARTS = ("fit", "check")


def part_of(article: str) -> str:
    """``fit`` or ``check`` for an article name (with or without ``.txt``)."""
    digest = hashlib.sha256(article.removesuffix(".txt").encode("utf-8")).hexdigest()
    return "check" if int(digest[:8], 16) % 5 == 0 else "fit"


def write_part(prepared: Path, part: str, out: Path, limit: int = 0) -> Path:
    """A prepared folder (``gold.json`` + ``docs/``, as polnear.py scores) holding one part only,
    or its first ``limit`` articles."""
    gold = json.loads((prepared / "gold.json").read_text(encoding="utf-8"))
    documents = [d for d in gold["documents"] if part_of(d["name"]) == part][: limit or None]
    names = {d["name"] for d in documents}
    (out / "docs").mkdir(parents=True, exist_ok=True)
    for name in names:
        target = out / "docs" / name
        if not target.exists():
            target.write_bytes((prepared / "docs" / name).read_bytes())
    kept = dict(gold, documents=documents, attributions=[a for a in gold["attributions"] if a["doc"] in names])
    (out / "gold.json").write_text(json.dumps(kept, ensure_ascii=False), encoding="utf-8")
    return out
