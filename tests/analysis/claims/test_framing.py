"""Two units whose shared words lie in one's framing phrase ("despite …", "amid …", "in response to …") and in the
other's main clause are never one claim; shared words in a phrase of time, in both main clauses or in one unit's
subject leave the pair to the pair model."""
from __future__ import annotations

import pytest

from viewer.analysis.claims.framing import framed_beside_stated, term_places

_RED_LINE = "Marlow Republicans drew a red line on taxes for the infrastructure plan."


@pytest.mark.parametrize("other, apart", [
    ("Governor Marlow sees a compromise on roads, despite a Republican red line on taxes.", True),
    ("Governor Marlow sees a compromise on roads amid a Republican red line on taxes.", True),
    # the same words in a phrase of time: an "after" phrase states what it holds
    ("Governor Marlow sees a compromise on roads after a Republican red line on taxes.", False),
    # the same words in the main clause: one claim told twice
    ("Republicans in Marlow drew a red line on taxes, despite the governor's plea.", False),
])
def test_words_shared_only_in_a_frame_part_the_units(apart_both_ways, other, apart):
    assert apart_both_ways(framed_beside_stated, _RED_LINE, other) == (apart, apart)


def test_in_response_to_frames_what_follows(apart_both_ways):
    assert apart_both_ways(framed_beside_stated,
                           "Marlow scrambled fighter jets in response to a naval exercise near the islands.",
                           "The navy held a naval exercise near the islands on Sunday.") == (True, True)


def test_the_subject_and_a_word_also_outside_the_frame_are_not_framed(nlp):
    doc = nlp("Senator Marlow was fired by the bureau despite the advice of Senator Marlow's staff.")
    keyed = [(t, t.lemma_.lower(), False) if t.pos_ in ("NOUN", "PROPN", "VERB") else (t, "", False) for t in doc]
    subject, framed, stated = term_places(keyed, range(len(doc)))
    assert "marlow" in subject and "marlow" not in framed
    assert framed == ["advice", "staff"]
    assert "bureau" in stated and "fire" in stated


_FIRST = ("Marlow governor sees road compromise, despite Republican red line on fuel taxes\n\nGovernor Ann Marlow sees a "
          "compromise on the road bill, despite the Republican red line on fuel taxes for the road bill.")
_SECOND = ("Marlow Republicans draw red line on fuel taxes for road bill\n\nMarlow Republicans drew a red line on fuel "
           "taxes for the road bill on Wednesday.")


def test_the_compromise_and_the_red_line_are_not_linked(kept_apart_by):
    assert kept_apart_by("framed_beside_stated", _FIRST, _SECOND, "compromise")


_ADMISSION = "Dr. Ann Marlow told podcast host Tom Pell that the network should not have mocked his treatment."


@pytest.mark.parametrize("other, apart", [
    ("During a long interview with Dr. Ann Marlow on his podcast, host Tom Pell said he is not against vaccines.", True),
    # the same phrase after its verb: the judges read such a "during" as telling the event itself too often
    ("Host Tom Pell said he is not against vaccines during a long interview with Dr. Ann Marlow on his podcast.", False),
])
def test_an_opening_during_phrase_frames_what_it_holds(apart_both_ways, other, apart):
    assert apart_both_ways(framed_beside_stated, _ADMISSION, other) == (apart, apart)


def test_during_after_its_verb_leaves_the_event_to_the_pair_model(apart_both_ways):
    assert apart_both_ways(framed_beside_stated, "Ten people were injured during a shooting at a party in Brownsville.",
                           "A shooting at a Brownsville party left ten people injured.") == (False, False)
