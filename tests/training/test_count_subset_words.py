"""The subset words' count: a word picking a part out of a group stands right by a count; "all three of them" is the whole."""
import json
from pathlib import Path

import pytest

from training.count_subset_words import count

TABLE = Path(__file__).resolve().parents[2] / "viewer" / "analysis" / "subset_counts.json"


@pytest.mark.parametrize("text, expected", [
    ("Seventeen others were wounded, including eight shot.", {("before", "including"): 1}),
    ("Four people were shot, two of whom died.", {("after", "of whom"): 1}),
    ("Five men were shot, three of them fatally.", {("after", "of them"): 1}),
    ("Six children were hurt, all three of them girls.", {}),
    ("The deal, including taxes, was signed.", {}),
])
def test_a_word_is_counted_where_it_picks_a_part_by_a_count(text, expected):
    assert dict(count([text])[0]) == expected


def test_the_table_says_where_its_words_come_from():
    table = json.loads(TABLE.read_text(encoding="utf-8"))
    assert "count_subset_words.py" in table["provenance"]["command"]
    assert all(entry["count"] > 0 for side in table["entries"].values() for entry in side.values())
