"""The crawl counter reads people named with an age and puts two of one incident's reports in a class."""
from __future__ import annotations

from training.count_named_people import named_ages, pair_class


def test_people_are_read_with_their_ages_in_either_shape():
    text = "Prentiss Jackson, 45, died at the scene. Police said 37-year-old Derrick Jackson was taken to UMMC."
    assert named_ages(text) == [("prentiss", "jackson", 45), ("derrick", "jackson", 37)]
    assert named_ages("On Monday, 12, police said.") == []  # a weekday and a number name no one


def test_two_named_people_fall_in_the_class_their_names_and_reports_give():
    reports = ["derrick jackson was wounded.", "prentiss jackson died."]
    assert pair_class(("prentiss", "jackson", 45), ("prentiss", "jackson", 46), reports) == "one person, ages differ"
    assert pair_class(("prentiss", "jackson", 45), ("derrick", "jackson", 37), reports) == "given name apart"
    assert pair_class(("prentiss", "jackson", 45), ("derrick", "jackson", 37),
                      ["prentiss jackson and derrick jackson were shot."]) == "two people, one report names both"
    assert pair_class(("joanne", "sinclaire", 30), ("joanne", "sinclair", 30), reports) == "surname alike"
    assert pair_class(("joanne", "sinclair", 30), ("mark", "owens", 52), reports) == "names apart"
