"""The progress line on a terminal: the step said whole where the terminal has room, file names cut first."""
from __future__ import annotations

import io

import pytest

from viewer.terminal import ProgressLine

FILE = "/home/researcher/reports/gva500/486209_89d3ec9c_police_say_shooting_was_targeted.html"
READING = f"reading {FILE}: finding its dates (3 of 7 readings)"
MARKING = "marking page junk again (its rules changed since the import): 12 of 400 documents"


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def drawn(labels: list[str], columns: int, monkeypatch) -> list[str]:
    """The lines a terminal ``columns`` wide shows, one for each label in turn."""
    monkeypatch.setenv("COLUMNS", str(columns))
    terminal = Terminal()
    line = ProgressLine(terminal)
    for label in labels:
        line(1, 4, label)
        line._last = 0.0  # the next step is drawn at once, not 0.1 s later
    return terminal.getvalue().split("\r")[1:]


@pytest.mark.parametrize("columns", [200, 180])
def test_a_step_that_fits_is_said_whole(columns, monkeypatch):
    [reading, marking] = drawn([READING, MARKING], columns, monkeypatch)
    assert READING in reading and MARKING in marking
    assert len(reading) == len(marking) == columns - 1  # a shorter step covers a longer one; the last column stays free


def test_on_a_narrower_terminal_the_folders_go_first_then_the_file_name_s_middle(monkeypatch):
    [wide] = drawn([READING], 140, monkeypatch)
    assert len(wide) == 139
    assert "…/486209_89d3ec9c_police_say_shooting_was_targeted.html: finding its dates (3 of 7 readings)" in wide
    assert wide.split("% ", 1)[1].startswith("reading /home/")
    [narrow] = drawn([READING], 80, monkeypatch)
    assert len(narrow) == 79
    said = narrow.split("% ", 1)[1]
    assert said.startswith("reading 4862") and said.endswith(".html: finding its dates (3 of 7 readings)")
    assert said.count("…") == 1


def test_a_step_without_a_file_name_loses_its_middle_and_keeps_its_count(monkeypatch):
    [line] = drawn([MARKING], 60, monkeypatch)
    said = line.split("% ", 1)[1]
    assert len(line) == 59 and said.startswith("marking page") and said.endswith("12 of 400 documents")


def test_a_very_narrow_terminal_keeps_the_line_within_it(monkeypatch):
    [line] = drawn([READING], 30, monkeypatch)
    assert len(line) <= 29 and line.startswith("[")
