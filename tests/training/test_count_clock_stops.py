"""The clock-stop counter tells the word after "a.m."/"p.m." by kind, a capital by whether the clock time opens its
sentence, and reads annotated sentences against those stops."""
from __future__ import annotations

import json

from training.count_clock_stops import count, gold_starts, kind_of


def test_the_word_after_a_clock_stop_is_read_by_kind():
    assert kind_of("as") == "lower case"
    assert kind_of("Monday,") == "weekday"
    assert kind_of("Jan.") == "month"
    assert kind_of("ET") == "time zone"
    assert kind_of("The") == "capitalised"
    assert kind_of("(local") == "lower case"
    assert kind_of("") == "line end"


def test_the_stops_of_a_folder_are_counted(tmp_path):
    text = ("Police came at 3:17 p.m. as school let out. It began at 9 a.m. Monday.\n"
            "He left at 4 p.m. The car was found. At 5 p.m. Officers arrived.")
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    kinds, lower = count([tmp_path])
    assert kinds == {"lower case": 1, "weekday": 1, "capitalised, after a clause": 1,
                     "capitalised, clock opens its sentence": 1}
    assert lower and "3:17 p.m. as school" in lower[0]


def test_annotated_sentences_are_read_against_the_stops(tmp_path):
    text = "He left at 4 p.m. The car was found at 5 p.m. near the river."
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text(text, encoding="utf-8")
    sentences = [[0, 17], [18, len(text)]]
    (tmp_path / "gold.json").write_text(json.dumps({"documents": [{"name": "a.txt", "sentences": sentences}]}))
    assert gold_starts(tmp_path) == {("capitalised, after a clause", "starts"): 1, ("lower case", "goes on"): 1}
