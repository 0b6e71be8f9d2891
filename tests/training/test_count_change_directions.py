"""The change words' directions: each word before "from A to B" or "to B from A" votes the way the figure moved."""
import json
from pathlib import Path

from training.count_change_directions import antonym_ways, votes

TABLE = Path(__file__).resolve().parents[2] / "viewer" / "analysis" / "claims" / "change_directions.json"


def test_a_change_word_votes_the_way_its_two_ends_go():
    seen, _ = votes(["The jobless rate fell to 5.8% from 6.1% in April.",
                     "Transplants increased from 30 to 64.",
                     "Claims rose by 37,000 from 375,000 to 412,000.",
                     "Ages ranging from 18 to 24."], frozenset({"fell", "increased", "rose"}))
    assert {w: dict(c) for w, c in seen.items()} == {"fell": {"down": 1}, "increased": {"up": 1}, "rose": {"up": 1}}


def test_a_change_word_no_passage_votes_for_takes_its_antonym_s_opposite_way():
    assert antonym_ways({"increase": "up"}, {"increase", "decrease"}) == {"decrease": "down"}


def test_the_table_says_where_its_ways_come_from():
    table = json.loads(TABLE.read_text(encoding="utf-8"))
    assert "count_change_directions.py" in table["provenance"]["command"]
    assert table["entries"]["rise"]["direction"] == "up" and table["entries"]["fal"]["direction"] == "down"
