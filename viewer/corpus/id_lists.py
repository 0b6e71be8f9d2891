"""Any number of row ids, or of passages, bound to a query as one parameter.

SQLite caps the variables one statement may bind (999 before 3.32, 32,766 since: the builds the
Windows and macOS Pythons ship), and an archive's documents or claims exceed either. The ids
travel as one JSON array that `json_each` unpacks, so neither the bindings nor the SQL text grow."""
from __future__ import annotations

import json
from collections.abc import Iterable

IN_IDS = "IN (SELECT value FROM json_each(?))"


def id_list(ids: Iterable[int]) -> str:
    """The value to bind where a query says ``IN_IDS``."""
    return json.dumps(list(ids))


# The passages of `span_list` as rows (document, start, "end"), to join where a query names a table.
SPANS = ("(SELECT json_extract(value, '$[0]') AS document, json_extract(value, '$[1]') AS start, "
         "json_extract(value, '$[2]') AS \"end\" FROM json_each(?))")


def span_list(spans: Iterable[tuple[int, int, int]]) -> str:
    """The value to bind where a query joins ``SPANS``: (document, start, end) passages, read in
    one statement rather than one each."""
    return json.dumps([list(span) for span in spans])

