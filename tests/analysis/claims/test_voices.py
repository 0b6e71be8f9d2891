"""Two people's own different words are two claims; one quotation given to two speakers, or to one person under two
names the resolution left apart, is one."""
from __future__ import annotations

import pytest

from viewer.analysis import store
from viewer.analysis.claims.voices import Voice, two_voices
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
