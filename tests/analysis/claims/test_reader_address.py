"""Lines a report speaks to its reader with (tip-line appeals, imperatives, "What we know" heads) are no claim
units, so two reports of one robbery are not linked by their stock appeal; claims beside them stay units."""
from __future__ import annotations

import pytest

from viewer.analysis.claims.linking import link_claims
from viewer.analysis.claims.units import claim_units

STATION = (
    "What we know about the Elm Street pharmacy robbery\n\n"
    "Two men robbed a pharmacy on Elm Street on Tuesday night and fled with cash and prescription drugs, "
    "police said.\n\n"
    "The clerk was not hurt. Anyone with information is asked to call the Dayton Police tip line at 555-0142.\n"
)
PAPER = (
    "Armed robbers hit Elm Street pharmacy\n\n"
    "DAYTON — Two armed men held up the Elm Street pharmacy late Tuesday and escaped with cash and drugs.\n\n"
    "Police are asking anyone who saw the men to call the tip line at 555-0142. "
    "Call Crime Stoppers at 555-0199 to stay anonymous. "
    "If you saw the robbers, you can call the tip line at 555-0142.\n"
)


def _wordings(parsed, text: str, document_id: int = 1) -> list[str]:
    return [text[u.span.start:u.span.end] for u in claim_units(parsed(text, document_id=document_id))]


@pytest.mark.parametrize("line", [
    "What we know about the Elm Street pharmacy robbery",
    "Anyone with information is asked to call the Dayton Police tip line at 555-0142.",
    "Police are asking anyone who saw the men to call the tip line at 555-0142.",
    "Call Crime Stoppers at 555-0199 to stay anonymous.",
    "If you saw the robbers, you can call the tip line at 555-0142.",
])
def test_appeals_and_teaser_heads_are_not_units(parsed, line):
    assert line not in _wordings(parsed, STATION) + _wordings(parsed, PAPER, 2)


def test_the_claims_beside_them_stay_units(parsed):
    assert "The clerk was not hurt." in _wordings(parsed, STATION)
    assert "Armed robbers hit Elm Street pharmacy" in _wordings(parsed, PAPER, 2)


@pytest.mark.parametrize("sentence", [
    "A neighbor called 911 after she heard three shots outside the pharmacy.",
    "She would never hurt anyone with a gun, her mother told reporters.",
    "Anyone inside the store was ordered to lie on the floor, the clerk said.",
    "Police asked residents of the block to keep their doors locked overnight.",
    "Tuesday is usually when we restock the pharmacy shelves, the owner said.",
    "The chief, noting that the case was still open, did not release the clerk's name.",
    "Even those who saw the robbers have been reluctant to give details to the police.",
    "You never think it could happen on your own street, the owner said.",
    # a story's anonymous people, and those who act in it
    "A neighbor who asked to remain anonymous said the men ran toward the river.",
    "The caller who reported the robbery was anonymous, police said.",
    "Those who loved the old pharmacist live with the loss every day, his daughter said.",
    "The mayor said that those who plan to rebuild the store should look elsewhere.",
    "Those who robbed the store will face charges of armed robbery, the prosecutor said.",
    "It is a robbery that leaves one winner, those who seek to profit from the drugs.",
])
def test_claims_with_the_same_words_stay_units(parsed, sentence):
    assert sentence in _wordings(parsed, f"Pharmacy robbed on Elm Street\n\n{sentence}\n")


def test_a_quoted_order_stays_a_unit(parsed):
    """Someone's imperative is their words, which two reports may both quote; only the writer's own speak to the
    reader."""
    text = ("Pharmacy robbed on Elm Street\n\n"
            "“Get on the floor and give me the cash,” one of the men shouted at the clerk.\n")
    assert "Get on the floor and give me the cash" in _wordings(parsed, text)


def test_two_reports_are_not_linked_by_their_appeals(parsed):
    texts = {1: STATION, 2: PAPER}
    units = claim_units(parsed(STATION, document_id=1)) + claim_units(parsed(PAPER, document_id=2))
    claims = link_claims(units, texts)
    linked = [m.text for c in claims if len({m.document for m in c.mentions}) > 1 for m in c.mentions]
    assert not any("555-0142" in text or "What we know" in text for text in linked), linked
    assert any("pharmacy" in text for text in linked), linked


@pytest.mark.parametrize("line", [
    "Police asked anyone with information about the robbery to call 1-866-411-TIPS.",
    "The agency's anonymous tip line is 937-333-TIPS (8477).",
    "Crime Stoppers tips can be submitted by calling 1-800-873-8477.",
    "Reporter Dana Reyes can be reached at (937) 225-2000.",
    # a tip line's terms without a number
    "Callers may remain anonymous.",
    "Detective Ruiz said calls may be made anonymously.",
    "The tip line is anonymous.",
    "Tipsters can remain anonymous and reward money is available.",
])
def test_a_line_that_gives_a_telephone_number_or_a_tip_line_s_terms_is_no_unit(parsed, line):
    text = f"Pharmacy robbed on Elm Street\n\nTwo men robbed the Elm Street pharmacy on Tuesday night.\n\n{line}\n"
    wordings = _wordings(parsed, text)
    assert line not in wordings and "Two men robbed the Elm Street pharmacy on Tuesday night." in wordings


def test_a_telephone_number_in_someone_s_words_stays_theirs(parsed):
    text = ("Pharmacy robbed on Elm Street\n\n"
            "“Call 937-333-8477 if you see them,” the clerk told customers before the robbers returned.\n")
    assert any("937-333-8477" in w for w in _wordings(parsed, text))


@pytest.mark.parametrize("line", [
    "Don't miss a thing.",  # the parser tags this "Do" VBP, not VB
    "Do not approach the men, who may be armed.",
    "Get alerted to news events as they happen or sign up for a scheduled news headline email.",  # a passive
    "Be advised that Elm Street stays closed to traffic until noon.",
])
def test_a_bidding_with_do_or_a_passive_helper_speaks_to_the_reader(parsed, line):
    text = f"Pharmacy robbed on Elm Street\n\nTwo men robbed the Elm Street pharmacy on Tuesday night.\n\n{line}\n"
    wordings = _wordings(parsed, text)
    assert line not in wordings and "Two men robbed the Elm Street pharmacy on Tuesday night." in wordings


@pytest.mark.parametrize("sentence", [
    "Two clerks were tied up and left in the back room.",
    "Shot twice in the leg, the clerk was taken to Miami Valley Hospital.",
    "They don't know who the men were, police said.",
])
def test_passives_and_negations_with_their_subjects_stay_units(parsed, sentence):
    assert sentence in _wordings(parsed, f"Pharmacy robbed on Elm Street\n\n{sentence}\n")
