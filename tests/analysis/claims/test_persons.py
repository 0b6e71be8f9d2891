"""Two sentences describing people the reports do not name, by different ages, are two claims; so are two sentences
whose subjects are two people both reports name."""
from __future__ import annotations

import pytest

from viewer.analysis.claims.ages import ages_in
from viewer.analysis.claims.features import UnitFeatures
from viewer.analysis.claims.linking import claim_units, link_claims
from viewer.analysis.claims.units import found_units, unit_features
from viewer.analysis.claims.persons import (ages_apart, carried_ages, document_people, named_subjects, refers_back,
                                            subject_ages, subjects_apart, two_people, unnamed_ages)
from viewer.analysis.claims.verifier import never_one_claim
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
    ("The victim was 25 years old.", []),
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
    units = [([17], [17], False, 7), ([18], [18], False, 7), ([], [], True, 8), ([], [], True, 9), ([14], [14], False, 12),
             ([], [], False, 13), ([], [], True, 15), ([12], [], False, 16), ([], [], True, 17)]
    # "They were both taken…" after a sentence telling two victims; nothing after a line that carried, two sentences
    # on, or after a sentence whose aged person is not its subject ("Prosecutors played a tape of the 12-year-old")
    assert carried_ages(units) == [[17], [18], [17, 18], [], [14], [], [], [12], []]


@pytest.mark.parametrize(("sentence", "ages"), [
    ("A 20-year-old man was shot in the chest, police said.", [20]),
    ("Prosecutors played a recording of Jeffs with a 12-year-old girl.", []),
])
def test_subject_ages(nlp, sentence, ages):
    assert subject_ages(nlp(sentence)[:]) == ages


# Two reports of one crash of three brothers, each naming all three: the same seat detail of two of them.
_BROTHERS_A = ("Three brothers died in a crash near Tahoka on Sunday.\n\n"
               "The victims were Jeremy Contreras, 17, Garett Contreras, 15, and Avery Contreras, 12. "
               "Jeremy was found in the driver's seat, deputies said.")
_BROTHERS_B = ("Three Contreras brothers were killed in a crash outside Tahoka.\n\n"
               "Jeremy, Garett and Avery Contreras were pronounced dead at the scene. "
               "Avery was found in the rear passenger seat, deputies said.")


def _subjects(nlp, text: str, sentence: str) -> list[list[str]]:
    doc = nlp(text)
    start = text.index(sentence)
    return named_subjects(doc.char_span(start, start + len(sentence), alignment_mode="expand"), document_people(doc))


@pytest.mark.parametrize(("text", "sentence", "subjects"), [
    # the reporting frame is not the subject; the name is widened to the fuller one its report gives
    ("Kirsten Fritch was last seen on Friday. Police said Fritch is a white female.", "Police said Fritch is a white female.",
     [["fritch", "kirsten"]]),
    # an appositive names the subject; a given name the parser takes for an organisation still names a person
    ("Booker's friend, Ashley Kendall, believes it was accidental.", "Booker's friend, Ashley Kendall, believes it was accidental.",
     [["ashlei", "kendal"]]),
    ("Avery was found in the rear passenger seat.", "Avery was found in the rear passenger seat.", [["averi"]]),
    # a pronoun, a common noun or a speaker alone names no one
    ("He is charged with murder and burglary.", "He is charged with murder and burglary.", []),
    ("The victim was found in the rear passenger seat.", "The victim was found in the rear passenger seat.", []),
])
def test_named_subjects(nlp, text, sentence, subjects):
    assert _subjects(nlp, text, sentence) == subjects


@pytest.mark.parametrize(("p", "q", "two"), [
    ({"ieremi", "contreras"}, {"averi", "contreras"}, True),  # brothers: one surname, two given names
    ({"fritch", "kirsten"}, {"fritch", "kirsten"}, False),
    ({"smith"}, {"iohn", "smith"}, False),  # nothing of the one's name the other lacks
    ({"sinclaire", "ioane"}, {"sinclair", "ioane"}, False),  # spelt a letter apart
    ({"mike", "smith"}, {"michael", "smith"}, False),  # a given name and its diminutive
])
def test_two_people(p, q, two):
    assert two_people(p, q) is two


def test_subjects_apart_needs_both_reports_to_name_both_people():
    jeremy = UnitFeatures(names=["ieremi"], subjects=[["contreras", "ieremi"]])
    avery = UnitFeatures(names=["averi"], subjects=[["averi", "contreras"]])
    both = {"ieremi", "averi", "garet", "contreras"}
    assert subjects_apart(jeremy, avery, both, both)
    assert never_one_claim(jeremy, avery, (both, both)) and not never_one_claim(jeremy, avery)
    # a report that never names Jeremy may be telling of him under another name: nothing says two people
    assert not subjects_apart(jeremy, avery, both, {"averi", "contreras"})


def test_subjects_apart_leaves_a_claim_naming_both_people():
    smith = UnitFeatures(names=["smith", "iones"], subjects=[["smith"]])  # "Smith shot Jones"
    jones = UnitFeatures(names=["iones", "smith"], subjects=[["iones"]])  # "Jones was shot by Smith"
    assert not subjects_apart(smith, jones, {"smith", "iones"}, {"smith", "iones"})


def test_two_brothers_seats_do_not_link(nlp):
    assert _claims_telling("was found in the", [_BROTHERS_A, _BROTHERS_B]) == []


def test_a_name_another_clause_gives_does_not_join_two_people():
    # "Jeremy was found in the driver's seat, … and Avery was found in the rear passenger seat": each clause's unit
    # holds the sentence's other names too
    jeremy = UnitFeatures(names=["averi", "ieremi"], clause_names=["ieremi"], subjects=[["contreras", "ieremi"]])
    avery = UnitFeatures(names=["averi"], subjects=[["averi", "contreras"]])
    both = {"ieremi", "averi", "contreras"}
    assert subjects_apart(jeremy, avery, both, both)


def test_clauses_of_one_sentence_keep_their_own_names(nlp):
    from viewer.analysis.segment import parse

    text = "Jeremy was found in the driver's seat, and Avery was found in the rear passenger seat."
    units = found_units(parse(0, text, []))
    assert [u.features.clause_names for u in units] == [["ieremi"], ["averi"]]
    assert all(sorted(u.features.names) == ["averi", "ieremi"] for u in units)
