"""The record nouns' count: a noun right before "number" and a digit names a record; a function word does not."""
import json
from pathlib import Path

import pytest

from training.count_record_nouns import count

TABLE = Path(__file__).resolve().parents[2] / "viewer" / "analysis" / "claims" / "record_nouns.json"
_FUNCTION_WORDS = frozenset({"the", "this", "a"})


@pytest.mark.parametrize("text, expected", [
    ("Call and reference case number 17-83784.", {"case": 1}),
    ("He lives in room number 8 and room number 9.", {"room": 2}),
    ("It is the number 1 club in the country.", {}),  # a function word: a rank, no record
    ("This number 300 is in our city.", {}),  # capitalised: no noun read
    ("A record number of people came.", {}),  # no digit after "number"
])
def test_a_noun_is_counted_where_a_number_after_it_names_a_record(text, expected):
    assert dict(count([text], _FUNCTION_WORDS)[0]) == expected


def test_the_table_says_where_its_nouns_come_from():
    table = json.loads(TABLE.read_text(encoding="utf-8"))
    assert "count_record_nouns.py" in table["provenance"]["command"]
    assert table["entries"] and all(entry["count"] > 0 for entry in table["entries"].values())
