"""Two sentences describing people the reports do not name, by different ages, are two claims."""
from __future__ import annotations

import pytest

from viewer.analysis.claims.ages import ages_in
from viewer.analysis.claims.features import UnitFeatures
from viewer.analysis.claims.linking import claim_units, link_claims
from viewer.analysis.claims.units import unit_features
from viewer.analysis.claims.persons import (ages_apart, carried_ages, compared, compared_age, refers_back, subject_ages,
                                            unnamed_ages)
from viewer.corpus.spans import Span

# Two weekend round-ups of one city's shootings: each tells its own victims in sentences of one shape.
_ROUNDUP_A = ("At least 12 people were shot across Chicago over the weekend, police said. "
              "About 9:50 p.m. Saturday, a 15-year-old boy was shot in the chest in the 6700 block of South Winchester "
              "Avenue and was taken to Stroger Hospital in critical condition, police said. "
              "Police said the shooting may be gang-related.")
_ROUNDUP_B = ("Nine people were shot across Chicago since Friday evening, police said. "
              "About 10:15 p.m. Sunday, a 17-year-old boy was shot in the chest in the 6700 block of South Winchester "
              "Avenue and was taken to Stroger Hospital in critical condition, police said. "
              "Detectives were investigating.")
# A second report of round-up A's shooting, in other words, giving the boy the same age.
_SAME_BOY = ("A teenager was critically wounded in West Englewood on Saturday night. "
             "A 15-year-old boy was shot in the chest about 9:50 p.m. Saturday in the 6700 block of South Winchester "
             "Avenue and was taken in critical condition to Stroger Hospital, police said. "
             "No one was in custody.")


def _claims_telling(words: str, texts: list[str]) -> list[list[int]]:
    """The documents of each claim with a mention holding ``words``."""
    from viewer.analysis.segment import parse

    docs = dict(enumerate(texts))
    units = [u for k, text in docs.items() for u in claim_units(parse(k, text, []))]
    claims = [c for c in link_claims(units, docs) if any(words in m.text for m in c.mentions)]
    return sorted(sorted({m.document for m in c.mentions}) for c in claims)


# The next round-ups tell each victim in two sentences; the second names no one.
_LATER_A = ("Four people were shot across Chicago on Saturday, police said. "
            "A 20-year-old man was shot in the back in the 100 block of West 105th Street. "
            "He was taken to Stroger Hospital in critical condition, police said. "
            "Officers were canvassing the area.")
_LATER_B = ("Three people were wounded in shootings across the city on Sunday, police said. "
            "A 33-year-old man was shot in the back in the 4700 block of South Ashland Avenue. "
            "He was taken to Stroger Hospital in critical condition, police said. "
            "Area detectives are investigating.")
_LATER_SAME = ("A man was wounded on the Far South Side on Saturday. "
               "Police said a 20-year-old man was shot in the back on West 105th Street. "
               "He was taken to Stroger Hospital in critical condition. "
               "No one was in custody.")


def test_the_same_hospital_line_about_two_roundups_victims_does_not_link(nlp):
    # "He" is the man the sentence before shot: a 20-year-old in one round-up, a 33-year-old in the other
    assert _claims_telling("He was taken", [_LATER_A, _LATER_B]) == []


def test_the_hospital_line_about_one_victim_still_links(nlp):
    assert [0, 2] in _claims_telling("He was taken", [_LATER_A, _LATER_B, _LATER_SAME])


def test_two_roundups_telling_boys_of_different_ages_shot_do_not_link(nlp):
    assert _claims_telling("shot in the chest", [_ROUNDUP_A, _ROUNDUP_B]) == []


def test_a_second_report_of_the_same_boy_still_links(nlp):
    assert [0, 2] in _claims_telling("shot in the chest", [_ROUNDUP_A, _ROUNDUP_B, _SAME_BOY])


def _features(nlp, sentence: str) -> UnitFeatures:
    doc = nlp(sentence)
    return UnitFeatures(names=unit_features(doc, Span(0, len(sentence))).names, ages=ages_in(doc, Span(0, len(sentence))),
                        unnamed_ages=unnamed_ages(doc[:]))


@pytest.mark.parametrize(("first", "second", "apart"), [
    ("A 20-year-old man was shot in the chest.", "A 17-year-old boy was shot in the back.", True),
    ("Another man, 32, was taken to Stroger in stable condition.", "A 20-year-old male was taken to Stroger Hospital.", True),
    # the same age, a year apart, or no age on one side: nothing tells two people
    ("The bullet struck his 11-year-old son in the cheek.", "The bullet struck a 10-year-old boy in the cheek.", False),
    ("A 15-year-old boy was shot in the chest.", "The 15-year-old was taken to Stroger Hospital.", False),
    ("A 20-year-old man was shot in the chest.", "He was taken to Stroger Hospital in critical condition.", False),
    # the wife of one report is the named woman of the other
    ("Bowser then went to the home of his 47-year-old estranged wife.",
     "Officers found 47-year-old Zina Bowser and her 28-year-old daughter dead.", False),
    # an age of a thing, or of a named man, is no unnamed person's
    ("The 100-year-old house burned down on Sunday.", "A 17-year-old boy set fire to the house.", False),
    ("The 22-year-old Jesse Dobbs was charged on Monday.", "A 17-year-old boy was charged on Monday.", False),
    # two named people of one surname, ages apart; one man given two ages, or his name spelt apart
    ("45-year-old Marcus Fenwick died from several gunshot wounds.",
     "37-year-old Dorian Fenwick was taken to the hospital with a gunshot wound.", True),
    ("Lena Orsini, 29, was shot in the leg.", "Tobias Crane, 52, was shot in the arm.", True),
    ("Marcus Fenwick, 45, died at the scene.", "Marcus Fenwick, 41, died at the scene.", False),
    ("Joanne Sinclaire, 64, died at the scene.", "Joanne Sinclair, 66, died at the scene.", False),
    ("Lena Orsini, 29, was shot in the leg.", "Lina Orsini, 29, was shot in the leg.", False),
    # a person one names with an age, the other names without one
    ("Clara Voss wrote that Mia and Ada Brandt, aged 16 and 13, should show more class.",
     "Clara Voss, 31, wrote that the two teenagers should show more class.", False),
])
def test_ages_apart(nlp, first, second, apart):
    assert ages_apart(_features(nlp, first), _features(nlp, second)) is apart


@pytest.mark.parametrize(("sentence", "ages"), [
    ("A 12-year-old boy was shot in the leg and a 15-year-old boy in the buttocks.", [12, 15]),
    ("Authorities said a 12-year-old boy shot and killed an 11-year-old last Friday.", [12, 11]),
    ("Another girl, 17, was also shot in the buttocks.", [17]),
    ("Two 15-year-olds were also wounded in the shooting.", [15]),
    ("Smith, 32, was arrested.", []),
    ("The man accused is Anthony LaCalamita III, a 38-year-old Troy resident.", []),
    # an age a copula gives a person noun; not a thing's, a name's (`ages` reads those) nor a range
    ("The victim was 25 years old.", [25]),
    ("The house is 100 years old.", []),
    ("Brown was 21 years old.", []),
    ("The younger children all are between 5 and 7 years old.", []),
])
def test_unnamed_ages(nlp, sentence, ages):
    assert unnamed_ages(nlp(sentence)[:]) == ages


@pytest.mark.parametrize(("sentence", "back"), [
    ("He was taken to Stroger Hospital in critical condition, police said.", True),
    ("His condition was stabilized.", True),
    ("The man was hit in the back and taken to Stroger.", True),
    ("Both were taken to Stroger Hospital.", True),
    ("and was also taken to Mount Sinai in stable condition.", True),
    ("A 20-year-old man was shot.", False),
    ("The 47-year-old man suffered multiple gunshot wounds.", False),
    ("The shooting happened just after midnight.", False),
    ("The victim, Emma Colmenares, is in the hospital.", False),
    ("The Ukrainian champion dropped Thompson again in the sixth.", False),
])
def test_refers_back(nlp, sentence, back):
    assert refers_back(nlp(sentence)[:]) is back


def test_ages_are_carried_one_step_from_the_sentence_before():
    units = [([17], [17], False, 7, ""), ([18], [18], False, 7, ""), ([], [], True, 8, ""), ([], [], True, 9, ""),
             ([14], [14], False, 12, ""), ([], [], False, 13, ""), ([], [], True, 15, ""), ([12], [], False, 16, ""),
             ([], [], True, 17, "")]
    # "They were both taken…" after a sentence telling two victims; nothing after a line that carried, two sentences
    # on, or after a sentence whose aged person is not its subject ("Prosecutors played a tape of the 12-year-old")
    assert carried_ages(units) == [[17], [18], [17, 18], [], [14], [], [], [12], []]


@pytest.mark.parametrize(("sentence", "ages"), [
    ("A 20-year-old man was shot in the chest, police said.", [20]),
    ("Prosecutors played a recording of Jeffs with a 12-year-old girl.", []),
])
def test_subject_ages(nlp, sentence, ages):
    assert subject_ages(nlp(sentence)[:]) == ages


@pytest.mark.parametrize(("sentence", "how"), [
    ("The younger girl was the most seriously injured.", "two least"),
    ("The older man had gunshot wounds to his left hand and abdomen.", "two most"),
    ("The youngest victim was shot in the head.", "least"),
    # several people, a thing, or a subject no age tells apart
    ("Police say the youngest children died from carbon monoxide poisoning.", ""),
    ("The older house was demolished.", ""),
    ("The man was taken to Mercy Hospital.", ""),
])
def test_compared(nlp, sentence, how):
    assert compared(nlp(sentence)[:]) == how


def test_a_subject_told_apart_by_age_takes_the_ages_given_just_before():
    # "A 49-year-old man and a 21-year-old man went to St. Francis." (sentence 3) "The older man had gunshot wounds…"
    # (4) "The younger man had been shot in the shoulder" (5)
    units = [([49, 21], [49, 21], False, 3, ""), ([], [], False, 4, "two most"), ([], [], False, 5, "two least")]
    assert carried_ages(units) == [[49, 21], [49], [21]]
    # three sentences back is too far; a comparative among three ages picks no one; a superlative does
    assert compared_age([([30, 40], [], False, 1, "")], 5, "two least") == []
    assert compared_age([([17, 14, 13], [], False, 1, "")], 2, "two most") == []
    assert compared_age([([17, 14, 13], [], False, 1, "")], 2, "least") == [13]


# Two reports of one shooting of two men, each telling one of them in a sentence of one shape: the older man by
# comparison in one, the younger by the age a copula gives him in the other.
_TWO_MEN_A = ("Two men were wounded in a shooting on Elm Street on Saturday night, police said. "
              "A 52-year-old man and a 19-year-old man were taken to Mercy Hospital. "
              "The older man was shot in the leg and was in critical condition. "
              "Detectives are investigating.")
_TWO_MEN_B = ("Two men were shot on Elm Street late Saturday, police said. "
              "The second man was 19 years old and was shot in the leg and listed in critical condition. "
              "No arrests have been made.")
_TWO_MEN_SAME = ("Two men were shot on Elm Street late Saturday, police said. "
                 "The first man was 52 years old and was shot in the leg and listed in critical condition. "
                 "No arrests have been made.")


def test_the_older_man_is_not_the_man_said_to_be_19(nlp):
    assert _claims_telling("shot in the leg", [_TWO_MEN_A, _TWO_MEN_B]) == []


def test_the_older_man_is_the_man_said_to_be_52(nlp):
    assert [0, 1] in _claims_telling("shot in the leg", [_TWO_MEN_A, _TWO_MEN_SAME])
