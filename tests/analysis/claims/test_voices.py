"""Two people's own different words are two claims; one quotation given to two speakers, or to one person under two
names the resolution left apart, is one."""
from __future__ import annotations

import pytest

from viewer.analysis import store
from viewer.analysis.claims.features import ClaimUnit, UnitFeatures
from viewer.analysis.claims.voices import (Quotation, Voice, another_sentence, retold, two_statements, two_voices,
                                            voice_of)
from viewer.corpus.spans import Span
from viewer.corpus.store import Corpus

from tests.conftest import _analysed_reports


def _voice(speaker: int, name: str, words: str) -> Voice:
    return Voice(speaker, frozenset(name.casefold().split()), words)


@pytest.mark.parametrize(("a", "b", "apart"), [
    (_voice(1, "Frank Delgado", "the community has a right to be angry"),
     _voice(2, "Ruth Okafor", "they have every right to protest"), True),
    # one quotation given to two speakers: the actress and her spokesman
    (_voice(1, "Tara Reid", "tara reid has checked herself into promises"),
     _voice(2, "Jack Ketsoyan", "tara reid has checked herself into promises"), False),
    # one person the resolution left as two: a name word in common
    (_voice(1, "James Gage", "he probably realised he was going to be shot"),
     _voice(2, "Undersheriff Gage", "he probably realized he was going to be shot"), False),
    # one witness two outlets spelled two ways
    (_voice(1, "Tolu Adeseha", "you got to stay silent or play dead"),
     _voice(2, "Taye Adesha", "either play dead or just be quiet"), False),
    (_voice(1, "Frank Delgado", "we are angry"), _voice(1, "Frank Delgado", "we want answers"), False),
    (_voice(1, "Frank Delgado", "we are angry"), None, False),
])
def test_two_voices(a, b, apart):
    assert two_voices(a, b) is apart
    assert two_voices(b, a) is apart


# Two made-up reports of one vigil: the pastor's words in the first, the mayor's in the second, close in words and
# subject; the two reports share their facts, so the story gate passes them. The family's statement is quoted in both,
# given to the aunt in one and to the family's spokesman in the other: one statement.
_FACTS = ("About 300 people gathered outside Grace Church in Millbrook on Sunday for a vigil for Dana Ruiz, 19, who was"
          " shot dead by a police officer on Friday night.\n\nThe officer, who has not been named, was placed on"
          " administrative leave, the Millbrook Police Department said.\n\n")
VIGIL = {
    "pastor.txt": "Title: Hundreds hold vigil for Dana Ruiz\nDate: 2024-05-12\n\n" + _FACTS
                  + "\"The community has every right to be angry about what happened to Dana,\" said Frank Delgado,"
                  " the pastor of Grace Church.\n\n\"Dana was a kind young woman who loved her family and her church,\""
                  " her aunt, Maria Lopez, said in a statement.\n",
    "mayor.txt": "Title: Millbrook vigil for teen shot by officer\nDate: 2024-05-12\n\n" + _FACTS
                 + "\"People have every right to be angry about what happened to Dana,\" Mayor Ruth Okafor said.\n\n"
                 "\"Dana was a kind young woman who loved her family and her church,\" family spokesman Carl Benson"
                 " said.\n",
}


def _claims_holding(corpus: Corpus, words: str) -> list:
    return [c for c in store.claims(corpus) if any(words in m.text for m in c.mentions)]


def test_two_peoples_different_words_are_two_claims(tmp_path_factory):
    with Corpus(_analysed_reports(tmp_path_factory, "voices", VIGIL), create=False) as corpus:
        assert sorted(a.speaker_name for a in store.attributions(corpus) if a.kind == "direct") == [
            "Carl Benson", "Frank Delgado", "Maria Lopez", "Ruth Okafor"]
        assert _claims_holding(corpus, "300 people"), "the reports' shared facts are still one claim"
        assert not _claims_holding(corpus, "right to be angry")
        assert [c.documents() for c in _claims_holding(corpus, "a kind young woman")] == [[1, 2]]


@pytest.mark.parametrize(("a", "b", "same"), [
    ("today's ruling provides clear guidance for all married couples",
     "today's ruling provides clear, coherent guidance for all married couples nationwide", True),
    # a clause of the sentence
    ("they got mad that i told them to leave", "they did not leave; they got mad that i told them to leave and they started shooting", False),
    ("today's ruling provides clear guidance for all married couples",
     "this ruling also assures married couples that they can move freely", False),
    # a few words any two sentences of one quotation share
    ("we are angry", "we are angry and we want answers from the city council today", False),
])
def test_retold(a, b, same):
    assert retold(a, b) is same
    assert retold(b, a) is same


def _unit(document: int, sentence: int) -> ClaimUnit:
    return ClaimUnit(document, Span(10 * sentence, 10 * sentence + 9), UnitFeatures(sentence=sentence))


def test_another_sentence_needs_the_sentence_retold_in_the_other_report():
    units = [_unit(1, 0), _unit(1, 1), _unit(2, 0), _unit(2, 1), _unit(3, 0)]
    first, second = "today's ruling provides clear guidance for all married couples", "this ruling also assures couples"
    voiced = {0: _voice(1, "Ana Ortiz", first), 1: _voice(1, "Ana Ortiz", second),
              2: _voice(1, "Ana Ortiz", second), 3: _voice(1, "Ana Ortiz", first + " nationwide"),
              4: _voice(1, "Ana Ortiz", "we thank the parents who raised their concerns")}
    assert another_sentence(0, 2, voiced, units), "report 2 retells the first sentence in its unit 3"
    assert another_sentence(2, 0, voiced, units)
    assert not another_sentence(0, 3, voiced, units), "the retold sentence is the match"
    assert not another_sentence(0, 4, voiced, units), "neither sentence is retold in the other's report: left to the model"
    assert not another_sentence(1, 2, voiced, units), "one sentence in both"
    assert not another_sentence(0, 1, voiced, units), "one report"
    clauses = [_unit(1, 0), _unit(2, 0), ClaimUnit(2, Span(3, 9), UnitFeatures(sentence=0))]
    beside = {0: voiced[0], 1: voiced[1], 2: voiced[3]}
    assert not another_sentence(0, 1, beside, clauses), "a clause beside the partner in its sentence"


# Two made-up reports of one ruling, both quoting the superintendent's statement: the first carries its first two
# sentences, the second its first and third. The first sentence is one claim in both; its neighbours are other claims.
_RULING = ("A county judge on Monday upheld the Millbrook school board's new attendance zones, rejecting a challenge"
           " brought by a group of parents in March.\n\n")
STATEMENT = {
    "courier.txt": "Title: Judge upholds Millbrook school zones\nDate: 2024-06-03\n\n" + _RULING
                   + "\"Today's ruling gives every family in Millbrook clear and final guidance on the new attendance"
                   " zones,\" Superintendent Ana Ortiz said in a statement. \"The ruling also assures families that"
                   " their children can stay at their current schools through the coming year.\"\n",
    "herald.txt": "Title: Millbrook school zones stand after ruling\nDate: 2024-06-03\n\n" + _RULING
                  + "\"Today's ruling gives every family in Millbrook clear and final guidance on the new attendance"
                  " zones,\" Superintendent Ana Ortiz said in a statement. \"We thank the parents who raised their"
                  " concerns and we will keep listening to every family in the district.\"\n",
}


def test_a_retold_sentence_links_to_its_twin_not_its_neighbour(tmp_path_factory):
    with Corpus(_analysed_reports(tmp_path_factory, "statement", STATEMENT), create=False) as corpus:
        guidance = _claims_holding(corpus, "clear and final guidance")
        assert [sorted(m.document for m in c.mentions) for c in guidance] == [[1, 2]]
        assert all("clear and final guidance" in m.text for m in guidance[0].mentions)


def _said(document: int, terms: list[str]) -> ClaimUnit:
    return ClaimUnit(document, Span(0, 9), UnitFeatures(terms=terms + ["watrel"], frame=["say"]))


def test_two_statements_of_one_person_share_no_word_said():
    units = [_said(1, ["concern", "level", "violence", "neighborhood"]), _said(2, ["patrol", "future"]),
             _said(2, ["violence", "neighborhood", "unacceptable"]), _said(2, ["brutal", "attack"]),
             _said(3, ["vicious", "crime"])]
    voiced = {k: _voice(1, "Jane Watrel", f"words {k}") for k in range(4)}
    voiced[4] = _voice(2, "Tom Reyes", "words 4")
    assert two_statements(0, 1, voiced, units), "concern about violence beside extra patrols"
    assert not two_statements(0, 2, voiced, units), "violence in the neighbourhood, said in both"
    assert not two_statements(1, 2, voiced, units), "one report"
    assert not two_statements(3, 4, voiced, units), "two people: `two_voices` reads those"
    voiced[4] = _voice(1, "Jane Watrel", "words 4")
    assert not two_statements(3, 4, voiced, units), "brutal and vicious: one meaning (synonyms.json)"
    voiced[0] = voiced[1] = _voice(1, "Jane Watrel", "we are gravely concerned about this level of violence")
    assert not two_statements(0, 1, voiced, units), "the same words: one quotation, whatever its units' terms"


_PATROLS = '"We have extra patrols now," said Jane Watrel with the Orange County Sheriff\'s Office.'


def test_a_short_quotation_with_its_attribution_is_the_persons_words():
    quoted = Span(1, _PATROLS.index(",") + 1)
    speaker = Span(_PATROLS.index("Jane"), _PATROLS.index("."))  # the attribution's speaker, office and all
    cue = Span(_PATROLS.index("said"), _PATROLS.index("said") + 4)
    whole = Span(0, len(_PATROLS))
    assert voice_of(whole, [Quotation((quoted,), 1, "Jane Watrel")], _PATROLS) is None  # under half the sentence
    voice = voice_of(whole, [Quotation((quoted,), 1, "Jane Watrel", (speaker, cue))], _PATROLS)
    assert (voice.speaker, voice.words) == (1, "we have extra patrols now")  # the quoted words only
