"""The change words' count: the word before two rising numbers joined by "to"; a falling pair is two counts."""
import json
from pathlib import Path

import pytest

from training.count_change_words import CHANGES, count

TABLE = Path(__file__).resolve().parents[2] / "viewer" / "analysis" / "claims" / "change_words.json"


@pytest.mark.parametrize("text, expected", [
    ("Initial claims rose by 37,000 to 412,000 last week.", {"rose": 1}),
    ("License sales fell 21 percent to $107.6 million.", {"fell": 1}),
    ("The number of transplants increased from 30 to 64.", {"increased": 1}),
    ("He was sentenced to 15 to 30 years.", {"to": 1}),  # counted, left for the reader of the counts to judge
    ("The Colts won 24 to 17.", {}),  # falling: two counts, never a range
])
def test_the_word_before_a_rising_pair_is_counted(text, expected):
    assert dict(count([text])[0]) == expected


def test_the_table_keeps_only_words_of_change_and_says_where_they_come_from():
    table = json.loads(TABLE.read_text(encoding="utf-8"))
    assert "count_change_words.py" in table["provenance"]["command"]
    assert table["entries"] and set(table["entries"]) <= CHANGES
    assert all(entry["count"] > 0 for entry in table["entries"].values())
