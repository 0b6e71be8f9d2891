"""The folder every multi-outlet set is written as: ``docs/*.txt`` and ``events.json``.

``quality.py`` reads any set in this shape, so each set's builder only says which articles it
draws and what it records about them.
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path


def write_event_set(out: Path, index: dict, documents: Iterable[tuple[str, str, dict]]) -> int:
    """Write each (file name, text, record) to ``out/docs`` and the records, under ``index``'s
    other keys, to ``out/events.json``; return how many documents were written.

    Every record gets an empty ``sentences`` list: hand gold is written beside the set, not in it.
    """
    docs = out / "docs"
    docs.mkdir(parents=True, exist_ok=True)
    records = {}
    for name, text, record in documents:
        (docs / name).write_text(text, encoding="utf-8")
        records[name] = {**record, "sentences": []}
    (out / "events.json").write_text(json.dumps({**index, "documents": records}, indent=1), encoding="utf-8")
    return len(records)
