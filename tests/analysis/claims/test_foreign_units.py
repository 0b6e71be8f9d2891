"""Passages quoted in another language: found sentence by sentence, cut into units the multilingual
model reads, and told apart from the prose's own units wherever units are stored and read."""
from __future__ import annotations

import pytest

from viewer.analysis.claims.foreign_units import foreign_units, rendered_in
from viewer.analysis.model import Mention
from viewer.analysis.segment import foreign_passages

from tests.conftest import SAMPLE_DIR

TWEET_ARTICLE = next(SAMPLE_DIR.glob("001_*.txt")).read_text(encoding="utf-8")


def _words(text, spans):
    return [text[s.start:s.end] for s in spans]


def test_a_russian_sentence_inside_an_english_paragraph_is_foreign_and_its_english_neighbours_are_not():
    text = "He wrote on Telegram. Давайте и мы не терять, пишет он. Then he left the «Азов» base behind."
    found = foreign_passages(text)
    assert [(text[s.start:s.end], lang) for s, lang in found] == [("Давайте и мы не терять, пишет он.", "ru")]


@pytest.mark.parametrize("text", [
    "Troops of the «Азов» regiment held the plant, officials said.",  # a name in Cyrillic: English prose
    "Plain English prose with no other script at all. And a second sentence.",
    "",
    "Ελληνικά",  # another script the app does not read as a language: nothing is masked
])
def test_english_prose_keeps_every_sentence(text):
    assert foreign_passages(text) == []


def test_the_sample_tweet_becomes_sentence_units_without_its_credit_line_or_list_dash(parsed):
    units = foreign_units(parsed(TWEET_ARTICLE, document_id=2))
    words = [TWEET_ARTICLE[u.span.start:u.span.end] for u in units]
    assert "Давайте и мы не терять." in words
    assert "Армия знает, что делает." in words  # the "pic.twitter.com/… — Arestovych (@arestovych)" credit left out
    assert words[0].startswith("В Мариуполе")  # "- В Мариуполе …": the list's dash is no part of it
    assert all(u.features.language == "ru" and u.vector is None and u.document == 2 for u in units)
    assert [u.features.position for u in units] == list(range(len(units)))


def test_an_english_article_has_no_foreign_units(parsed):
    assert foreign_units(parsed("Officials said on Monday that the bridge had been closed for repairs.")) == []


def test_a_language_the_model_does_not_read_gives_no_units(parsed, monkeypatch):
    from viewer.analysis.claims import foreign_units as module

    monkeypatch.setattr(module, "settings", lambda: {"languages": ["uk"], "threshold": 0.55})
    assert module.foreign_units(parsed(TWEET_ARTICLE, document_id=2)) == []  # the tweet is Russian


def test_the_language_is_read_back_and_english_units_store_what_they_stored_before():
    from viewer.analysis.claims.features import UnitFeatures

    assert UnitFeatures.from_json(UnitFeatures(language="ru").to_json()).language == "ru"
    assert "language" not in UnitFeatures(terms=["x"]).to_json()


def test_foreign_units_are_told_by_their_language_column_whatever_order_their_features_keep(sample_corpus):
    """Schema 15: before it, a foreign unit was one whose features' JSON opened with its language."""
    from viewer.analysis import store

    foreign = [(u.document, u.span.start) for u in store.foreign_units(sample_corpus)]
    assert len(foreign) >= 4 and all(u.features.language == "ru" for u in store.foreign_units(sample_corpus))
    with sample_corpus.transaction() as db:
        db.execute("UPDATE claim_units SET features = json_set(json_remove(features, '$.language'), '$.language', language)"
                   " WHERE language IS NOT NULL")
        assert db.execute("""SELECT count(*) FROM claim_units WHERE features LIKE '{"language":%'""").fetchone() == (0,)
    assert [(u.document, u.span.start) for u in store.foreign_units(sample_corpus)] == foreign
    assert not {(u.document, u.span.start) for u in store.claim_units(sample_corpus)} & set(foreign)


def test_a_rendering_is_a_second_mention_in_another_script_in_the_same_document():
    english = Mention(2, 0, 10, "Let's not lose.")
    russian = Mention(2, 50, 73, "Давайте и мы не терять.")
    elsewhere = Mention(3, 0, 23, "Давайте и мы не терять.")
    assert rendered_in(russian, [english, russian]) == "Russian"
    assert rendered_in(english, [english, russian]) == ""
    assert rendered_in(elsewhere, [english, elsewhere]) == ""  # another article's mention: a source of its own


@pytest.mark.parametrize("text, sentences", [
    ("Свыше 1 тыс. украинских военных сдались в плен. Среди них 162 офицера.",
     ["Свыше 1 тыс. украинских военных сдались в плен.", "Среди них 162 офицера."]),  # an abbreviation's stop
    ("Армия знает, что делает. pic.twitter.com/jZtgtWFWkJ — Arestovych (@arestovych)",
     ["Армия знает, что делает.", "pic.", "twitter.com/jZtgtWFWkJ — Arestovych (@arestovych)"]),  # a link is no more of it
    ("Мост закрыт.\nремонт идёт.", ["Мост закрыт.", "ремонт идёт."]),  # a new line ends it whatever follows
])
def test_a_foreign_sentence_goes_on_past_a_stop_before_a_small_letter(text, sentences):
    from viewer.analysis.segment import sentence_spans

    assert _words(text, sentence_spans(text, 0, len(text))) == sentences
