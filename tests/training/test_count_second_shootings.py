"""The second-shooting counter reads "a second shooting" as `recalled.OTHER` reads "another shooting", for its own
process only."""
from __future__ import annotations

from viewer.analysis.claims import recalled

from training.count_second_shootings import read_second


def test_a_second_shooting_is_read_as_another_only_once_patched(monkeypatch):
    monkeypatch.setattr(recalled, "OTHER", recalled.OTHER)
    assert not recalled.marked("A second shooting took place less than two miles away.")
    read_second()
    assert recalled.marked("A second shooting took place less than two miles away.")
    assert recalled.marked("In a separate attack, four people were shot.")
