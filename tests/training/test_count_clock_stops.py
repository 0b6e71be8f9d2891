"""The clock-stop counter tells the word after "a.m."/"p.m." by kind."""
from __future__ import annotations

from training.count_clock_stops import count, kind_of


def test_the_word_after_a_clock_stop_is_read_by_kind():
    assert kind_of("as") == "lower case"
    assert kind_of("Monday,") == "weekday"
    assert kind_of("The") == "capitalised"
    assert kind_of("(local") == "lower case"
    assert kind_of("") == "line end"


def test_the_stops_of_a_folder_are_counted(tmp_path):
    (tmp_path / "a.txt").write_text("Police came at 3:17 p.m. as school let out. It began at 9 a.m. Monday.\n"
                                    "He left at 4 p.m. The car was found.", encoding="utf-8")
    kinds, lower = count([tmp_path])
    assert kinds == {"lower case": 1, "weekday": 1, "capitalised": 1}
    assert lower and "3:17 p.m. as school" in lower[0]
