"""bench/frame_signs.py: a mention's frame read without its reporting frame, the signs of two frames, and the rows
written for `link_judge.py` with the signs appended."""
import pytest

from viewer.analysis.nlp import english

ARREST = "Police arrested Mark Jones on Friday."
PASSIVE = "Mark Jones was arrested by police on Friday."
LONGER = "Police arrested Mark Jones on Friday after a chase through the park."
HOSPITAL = "The victim was taken to a hospital, police said."
SCENE = "The victim was pronounced dead at the scene."


@pytest.fixture
def frames(bench_script):
    return bench_script("frame_signs")


@pytest.fixture
def signs(frames):
    """Each made-up pair's signs, by name."""
    read = frames.frames([ARREST, PASSIVE, LONGER, HOSPITAL, SCENE])
    return lambda a, b: dict(zip(frames.SIGNS, frames.pair_signs(read[a], read[b])))


def test_the_frame_leaves_out_who_reports_it(frames):
    frame = frames.frame_of(english()("Police said the suspect fled the scene."))
    assert frame.predicates == {"flee"}
    assert not {"say", "police"} & frame.lemmas
    assert ("flee", "object", "scene") in frame.acts


def test_two_details_of_one_incident_each_tell_more_and_share_no_predicate(signs):
    details = signs(HOSPITAL, SCENE)
    assert details["both_tell_more"] > 0.5
    assert details["predicates_held"] == 0.0


def test_a_rewording_or_a_mention_holding_the_other_tells_nothing_more_on_both_sides(signs):
    reworded, held = signs(ARREST, PASSIVE), signs(ARREST, LONGER)
    assert reworded["both_tell_more"] == held["both_tell_more"] == 0.0
    assert reworded["predicates_held"] == held["predicates_held"] == 1.0
    assert held["acts_shared"] == 1.0


def test_rows_for_the_judge_carry_the_signs_after_their_own(frames):
    rows = {"gvaX": {"rows": [{"x": [0.9, 0.8], "texts": [HOSPITAL, SCENE], "y": 0}]}}
    signed = frames.with_signs(rows, frames.frames([HOSPITAL, SCENE]))
    x = signed["gvaX"]["rows"][0]["x"]
    assert len(x) == 2 + len(frames.SIGNS) and x[:2] == [0.9, 0.8]
    assert rows["gvaX"]["rows"][0]["x"] == [0.9, 0.8]
