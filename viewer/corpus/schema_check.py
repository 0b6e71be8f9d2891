"""Is this SQLite file a corpus we wrote? Compare its schema with what its migrations create.

Researchers exchange corpus files, so a file is untrusted input: a trigger or view added to a
copy of a normal corpus would otherwise run its own SQL whenever the corpus is written. The
expected schema is never listed by hand: it is built by running the numbered migrations on an
in-memory database, so a new migration is expected automatically.
"""
from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field
from functools import lru_cache

from sqlite_utils import Database

from viewer.corpus.migrations import LATEST, MIGRATIONS, apply

# SQLite's own bookkeeping tables: created by AUTOINCREMENT or ANALYZE, never able to run SQL.
_INTERNAL = re.compile(r"^sqlite_(sequence|stat\d)$")
_QUOTED_NAME = re.compile(r"""["`\[](\w+)["`\]]""")
_KINDS = ("trigger", "view", "index", "table")

Object = tuple[str, str]  # (type, name)


@dataclass(frozen=True)
class SchemaObject:
    type: str
    name: str
    table: str
    sql: str | None

    def describe(self) -> str:
        on = f" on {self.table}" if self.type in ("trigger", "index") and self.table != self.name else ""
        return f"{self.type} {self.name}{on}"


@dataclass
class Findings:
    """What a corpus file holds beyond, or short of, what its recorded migrations create."""

    version: int
    foreign: list[SchemaObject] = field(default_factory=list)  # not created by any migration
    changed: list[SchemaObject] = field(default_factory=list)  # one of ours, with other SQL
    missing: list[SchemaObject] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not (self.foreign or self.changed or self.missing)

    @property
    def strippable(self) -> bool:
        """Foreign objects can be dropped, and changed triggers/views/indexes recreated; a changed
        or missing table cannot be put right without guessing at its data."""
        return not self.missing and all(item.type != "table" for item in self.changed)

    def listing(self) -> list[str]:
        return (
            [item.describe() for item in self.foreign]
            + [f"{item.describe()} (differs from the one Provenance Viewer creates)" for item in self.changed]
            + [f"{item.describe()} (missing)" for item in self.missing]
        )


def recorded_version(conn: sqlite3.Connection) -> int | None:
    """The schema version recorded in the file; None when the file has no migrations table."""
    row = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'corpus_migrations'"
    ).fetchone()
    if row is None:
        return None
    return conn.execute("SELECT coalesce(max(version), 0) FROM corpus_migrations").fetchone()[0]


def user_objects(conn: sqlite3.Connection) -> list[SchemaObject]:
    """Every schema object of the main database except SQLite's own bookkeeping tables."""
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM main.sqlite_master ORDER BY type, name")
    return [SchemaObject(*row) for row in rows if not _INTERNAL.match(row[1])]


def inspect(conn: sqlite3.Connection, version: int) -> Findings:
    """Compare the file's schema with the schema of a corpus at ``version`` (≤ LATEST)."""
    expected = expected_schema(version)
    actual = {(item.type, item.name): item for item in user_objects(conn)}
    findings = Findings(version)
    for key, item in actual.items():
        if key not in expected:
            findings.foreign.append(item)
        elif _normal(item.sql) != _normal(expected[key].sql):
            findings.changed.append(item)
    findings.missing = [item for key, item in expected.items() if key not in actual]
    order = {kind: rank for rank, kind in enumerate(_KINDS)}
    for group in (findings.foreign, findings.changed, findings.missing):
        group.sort(key=lambda item: (order.get(item.type, len(order)), item.name))
    return findings


@lru_cache(maxsize=None)
def expected_schema(version: int = LATEST) -> dict[Object, SchemaObject]:
    """What migrations 1..version create, read back from an in-memory database."""
    conn = sqlite3.connect(":memory:")
    conn.isolation_level = None
    db = Database(conn)
    for number, name, change in MIGRATIONS:
        if number <= version:
            apply(db, number, name, change)
    schema = {(item.type, item.name): item for item in user_objects(conn)}
    conn.close()
    return schema


def strip(conn: sqlite3.Connection, findings: Findings) -> list[str]:
    """Drop foreign objects and recreate changed ones as the migrations made them; the caller
    holds the transaction. Returns what was removed or restored, for the researcher."""
    if not findings.strippable:
        raise ValueError("a changed or missing table cannot be stripped")
    expected = expected_schema(findings.version)
    done: list[str] = []
    for item in findings.foreign + findings.changed:
        still_there = conn.execute(
            "SELECT 1 FROM main.sqlite_master WHERE type = ? AND name = ?", (item.type, item.name)
        ).fetchone()
        if still_there is None:  # went with its table
            continue
        if item.type == "index" and item.sql is None:
            continue  # an automatic index goes with its table
        conn.execute(f"DROP {item.type.upper()} main.{_quote(item.name)}")
        done.append(f"removed {item.describe()}")
    for item in findings.changed:
        conn.execute(expected[(item.type, item.name)].sql)
        done[done.index(f"removed {item.describe()}")] = f"restored {item.describe()}"
    return done


def _normal(sql: str | None) -> str | None:
    """SQL as SQLite may reword it across versions: spacing and identifier quotes ignored."""
    if sql is None:
        return None
    return " ".join(_QUOTED_NAME.sub(r"\1", sql).split())


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'
