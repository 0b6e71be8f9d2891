"""Whether two stated ages are one person's: made-up names."""
from __future__ import annotations

from viewer.analysis.claims.ages import StatedAge, differing_ages


def _age(who: str, surname: str, given: str, age: int) -> StatedAge:
    return StatedAge(who, surname, given, age, 0, 2)


def test_a_given_name_written_among_the_others_names_is_one_person():
    read_from_the_middle = _age("Tomas Emilio Vargas-Ruiz", "ruiz", "emilio", 41)
    assert read_from_the_middle.same_person(_age("Tomas Vargas-Ruiz", "ruiz", "tomas", 40))
    assert differing_ages([read_from_the_middle], [_age("Tomas Vargas-Ruiz", "ruiz", "tomas", 40)])


def test_two_given_names_neither_among_the_others_names_are_two_people():
    assert not _age("Ronald Wilkson", "wilkson", "ronald", 50).same_person(_age("Valerie Wilkson", "wilkson", "valerie", 48))
