"""bench/own_accounts.py: whose account a sentence is, and the answer reading on made-up sentence pairs."""
import pytest

from viewer.analysis.nlp import english


@pytest.fixture
def accounts(bench_script):
    return bench_script("own_accounts")


def _doc(text: str):
    return english()(text)


def _held(doc, speaker: str):
    """An attribution over the whole sentence with ``speaker`` as its speaker, as the exports keep it."""
    return [(0, len(doc.text), accounts_words(speaker))]


def accounts_words(text: str) -> set[str]:
    return {w.lower() for w in text.split()}


def test_the_voice_is_the_speaker_when_attributed_else_the_named_doers(accounts):
    said = _doc("Netanyahu brushed off the call from Biden, saying Israel would continue.")
    assert accounts.voice(said[:], _held(said, "Netanyahu")) == ({"netanyahu"}, True)
    told = _doc("Biden called Netanyahu on Wednesday.")
    assert accounts.voice(told[:], []) == ({"biden"}, False)


def test_names_in_a_place_phrase_are_no_target(accounts):
    doers, targets = accounts.named(_doc("Facebook suspended Trump in California on Friday.")[:])
    assert doers == {"facebook"} and targets == {"trump"}


def test_the_answer_reading_needs_the_answering_partys_own_words(accounts):
    act = _doc("Facebook suspended Trump for two years.")
    answer = _doc("Trump slammed Facebook for censoring him, saying the ban was an insult.")
    assert "answer" in accounts.readings(act[:], answer[:], [], _held(answer, "Trump"))
    assert "answer" not in accounts.readings(act[:], answer[:], [], [])


def test_one_partys_account_told_twice_is_no_answer(accounts):
    one = _doc("Perry decried the decision by Obama, his statement said.")
    two = _doc("Perry criticized the announcement by Obama in a statement.")
    assert not accounts.readings(one[:], two[:], _held(one, "Perry"), [])
