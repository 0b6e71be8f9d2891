"""The folder every multi-outlet set is written as: ``docs/*.txt`` and ``events.json``.

``quality.py`` reads any set in this shape, so each set's builder only says which articles it
draws and what it records about them.
"""
from __future__ import annotations

import argparse
import json
from collections.abc import Iterable, Sequence
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


def drawn_before(exclude: Sequence[Path], key: str = "events") -> set[str]:
    """The events (``key``) of the sets drawn earlier: a fresh draw leaves them out, so it is blind to them."""
    return {event for earlier in exclude
            for event in json.loads((earlier / "events.json").read_text(encoding="utf-8"))[key]}


def draw_arguments(doc: str, source: str, events: int, unit: str = "events") -> argparse.ArgumentParser:
    """The builders' common command line: where the public data is, the set to write, how many ``unit`` to draw and
    the sets drawn earlier."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument(source, type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--events", type=int, default=events)
    parser.add_argument("--exclude", type=Path, action="append", default=[],
                        help=f"a set drawn earlier; its {unit} are not drawn again")
    return parser
