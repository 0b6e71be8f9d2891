"""Table rows kept as JSON and put back as they were: what a removal keeps so it can be taken back.

A block is ``{"columns": [...], "rows": [[...], ...]}`` read with the table's own column names, so
a column added by a later migration is kept too and a block kept before it puts back what it has
(the new column takes its default). Bytes (a unit's embedding) travel as base64.
"""
from __future__ import annotations

import base64
from collections.abc import Mapping, Sequence
from typing import Any

from sqlite_utils import Database

from viewer.corpus.id_lists import IN_IDS, id_list

Block = dict[str, list]
_BYTES = "base64"


def read_block(db: Database, sql: str, params: Sequence[Any] = ()) -> Block:
    """The rows a SELECT returns, by column name, ready for JSON."""
    cursor = db.execute(sql, params)
    columns = [d[0] for d in cursor.description]
    return {"columns": columns, "rows": [[_packed(v) for v in row] for row in cursor.fetchall()]}


def put_back(db: Database, table: str, block: Mapping[str, list], *, changed: Mapping[str, Any] | None = None,
             renumber: bool = False) -> int:
    """Insert a kept block into ``table`` (a name of ours, never input), with ``changed`` columns set to a
    value; ``renumber`` leaves out the ``id`` column, so rows whose ids were taken since get new ones."""
    columns = [c for c in block["columns"] if not (renumber and c == "id")]
    if not block["rows"]:
        return 0
    at = {c: i for i, c in enumerate(block["columns"])}
    values = [[changed[c] if changed and c in changed else _unpacked(row[at[c]]) for c in columns]
              for row in block["rows"]]
    names = ", ".join(f'"{c}"' for c in columns)
    db.conn.executemany(f'INSERT INTO "{table}" ({names}) VALUES ({", ".join("?" * len(columns))})', values)
    return len(values)


def column(block: Mapping[str, list], name: str) -> list:
    """One column of a block's rows, unpacked."""
    at = block["columns"].index(name)
    return [_unpacked(row[at]) for row in block["rows"]]


def ids_taken(db: Database, table: str, block: Mapping[str, list]) -> bool:
    """Whether any of the block's ``id`` values is used in ``table`` now (by a row added since)."""
    if "id" not in block["columns"] or not block["rows"]:
        return False
    ids = id_list(column(block, "id"))
    return db.execute(f'SELECT 1 FROM "{table}" WHERE id {IN_IDS} LIMIT 1', (ids,)).fetchone() is not None


def _packed(value: Any) -> Any:
    if isinstance(value, (bytes, memoryview)):
        return {_BYTES: base64.b64encode(bytes(value)).decode("ascii")}
    return value


def _unpacked(value: Any) -> Any:
    if isinstance(value, dict) and _BYTES in value:
        return base64.b64decode(value[_BYTES])
    return value
