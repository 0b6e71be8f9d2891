"""The compared times whose climb to their event passes a bullet, read in a made-up round-up's whole parse."""
from bench.marked_time_events import marked_times


def test_a_bulleted_item_climbs_through_its_bullet_to_its_act():
    page = ("Five people were shot across the city overnight, police said.\n\n"
            "• About 2:55 a.m., a 29-year-old man was shot multiple times in South Austin.")
    read = list(marked_times([page]))
    assert [(marked, event) for marked, event, _sentence in read] == [(True, "shoot")]


def test_a_time_without_a_bullet_climbs_through_none():
    read = list(marked_times(["The man was shot at 10:15 a.m. and died at 11:40 a.m."]))
    assert [(marked, event) for marked, event, _sentence in read] == [(False, "shoot"), (False, "die")]
