"""The count of words before "by" and a figure: a word of change says by how much a figure moved."""
import json
from pathlib import Path

import pytest

from training.count_change_by import CHANGES, count

TABLE = Path(__file__).resolve().parents[2] / "viewer" / "analysis" / "claims" / "change_by_words.json"


@pytest.mark.parametrize("text, expected, hedged", [
    ("Initial claims fell by 92,000 to 498,000 last week.", {"fell": 1}, {}),
    ("The number of jobs rose by about 1 million to 9.3 million.", {"rose": 1}, {"rose": 1}),
    ("Four victims were shot by two men.", {"shot": 1}, {}),  # counted, left for the reader of the counts to judge
    ("The road will be finished by 2030.", {}, {}),  # a year is no figure
])
def test_the_word_before_by_and_a_figure_is_counted(text, expected, hedged):
    seen, hedged_pairs, _examples = count([text])
    assert (dict(seen), dict(hedged_pairs)) == (expected, hedged)


def test_the_table_keeps_only_words_of_change_and_says_where_they_come_from():
    table = json.loads(TABLE.read_text(encoding="utf-8"))
    assert "count_change_by.py" in table["provenance"]["command"]
    assert table["entries"] and set(table["entries"]) <= CHANGES
    assert all(entry["count"] > 0 for entry in table["entries"].values())
