"""The change words' directions: each word before "from A to B" or "to B from A" votes the way the figure moved."""
import json
from pathlib import Path

from training.count_change_directions import antonym_ways, votes, wordnet_entries, wordnet_ways

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


# offset lex_filenum ss_type w_cnt (word lex_id)… p_cnt (ptr offset pos src/tgt)… | gloss; the two seeds' real offsets
_VERBS = "\n".join([
    "00156601 30 v 01 increase 0 002 ~ 00000001 v 0000 ~ 00000002 v 0000 | become bigger or greater in amount",
    "00000001 30 v 02 climb 0 rise 0 001 ~ 00000003 v 0000 | go up or advance",
    "00000003 30 v 01 soar 0 000 | go or move upward",
    "00000002 30 v 01 age 0 000 | grow old or older",
    "00151689 30 v 02 decrease 0 fall 0 001 ~ 00000004 v 0000 | decrease in size, extent, or range",
    "00000004 30 v 02 dip 0 rise 1 000 | go down momentarily",
])


def _wordnet(tmp_path: Path) -> Path:
    (tmp_path / "data.verb").write_text(_VERBS + "\n", encoding="utf-8")
    (tmp_path / "verb.exc").write_text("rose rise\n", encoding="utf-8")
    return tmp_path


def test_a_wordnet_verb_takes_the_way_of_the_one_seed_it_lies_below(tmp_path):
    ways = wordnet_ways(_wordnet(tmp_path))
    assert ways["climb"] == "up" and ways["soar"] == "up" and ways["dip"] == "down" and ways["fall"] == "down"
    assert "rise" not in ways  # a sense below each seed: no way


def test_a_wordnet_verb_is_kept_only_where_news_moves_a_figure_with_it_as_a_verb_with_a_subject(tmp_path):
    texts = ["The seven-day average dipped to 27,815 on Friday.", "Prices dipped 3% last month.",
             "The jackpot has climbed to $360 million.", "Authorities later revised the victim's age to 11.",
             "The victim, aging to 40, left."]
    entries, _examples = wordnet_entries(texts, _wordnet(tmp_path), {"fal"}, 2)
    assert set(entries) == {"dip"}
    assert entries["dip"]["direction"] == "down" and entries["dip"]["seen"] == 2 and entries["dip"]["wordnet"] == "dip"


def test_the_table_gives_the_wordnet_verbs_news_moves_figures_with():
    entries = json.loads(TABLE.read_text(encoding="utf-8"))["entries"]
    assert {k: entries[k]["direction"] for k in ("climb", "soar", "surge", "dip")} == {
        "climb": "up", "soar": "up", "surge": "up", "dip": "down"}
    assert "wordnet" in entries["climb"] and "age" not in entries and "include" not in entries
