"""The days units state with the events they date, and when two units give one event two days."""
from __future__ import annotations

import pytest

from viewer.analysis.claims.stated_days import dated_events, one_event_apart
from viewer.analysis.nlp import english


def _dated(text: str) -> list:
    return dated_events(english()(text), 0, text)


def test_each_day_is_kept_with_its_event_and_a_day_of_telling_is_left_out():
    found = _dated("On Tuesday, police said the man was stabbed Monday night.")
    assert [(event, weekday, part) for event, _kind, _y, _m, _d, weekday, part in found] == [("stab", 0, "late")]


def test_a_unit_offset_in_its_document_reads_its_days_from_the_document_parse():
    text = "The first report came in. The woman was arraigned Thursday."
    doc = english()(text)
    start = text.index("The woman")
    assert [d[0] for d in dated_events(doc, start, text[start:])] == ["arraign"]


@pytest.mark.parametrize(("first", "second", "apart"), [
    ("Her son shot himself late Monday night.", "The father's son shot himself Wednesday night.", True),
    ("The visitation will be held Tuesday at the funeral home.", "Services will be held Wednesday at the funeral home.", True),
    ("The boy was shot Monday night.", "The boy was shot Monday.", False),  # one day, more or less precisely
    ("The boy was shot late Monday.", "The boy was shot early Tuesday.", False),  # can be one night
    ("Police identified the gunman Tuesday night.", "The gunman opened fire on Monday.", False),  # two events' days
    ("The boy was shot Monday.", "The boy was shot yesterday.", False),  # "yesterday" is not read
    ("The boy was shot Monday.", "The boy was shot at home.", False),  # one side undated
])
def test_two_units_are_apart_only_where_they_give_one_event_days_that_cannot_be_one(first, second, apart):
    assert one_event_apart(_dated(first), _dated(second)) == apart
