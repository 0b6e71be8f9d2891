"""The alignment reads a mention's content words beyond its reporting frame against its stored word pieces."""
from __future__ import annotations

import numpy as np
import pytest

from viewer.analysis.claims import alignment
from viewer.analysis.claims.encoder import piece_offsets, shared_encoder


def _reads(nlp, *texts):
    pieces = shared_encoder().encode_with_pieces(list(texts))[1]
    return [alignment.read(nlp(t), spans, p.rows.astype(np.float32))
            for t, spans, p in zip(texts, piece_offsets(list(texts)), pieces)]


def test_the_reporting_frame_and_light_words_are_no_content_words_and_the_reported_act_is_the_main_one(nlp):
    (read,) = _reads(nlp, "Police said the gunman fled the scene on foot.")
    assert "say" not in read.lemmas and "police" not in read.lemmas
    assert [w for w, main in zip(read.lemmas, read.main) if main] == ["flee"]
    assert read.rows.shape == (len(read.lemmas), 64)
    assert np.allclose(np.linalg.norm(read.rows, axis=1), 1.0, atol=1e-5)


def test_one_wording_aligns_fully_and_another_happening_about_the_same_people_less(nlp):
    fled, again, hospital = _reads(nlp, "The suspect fled the scene in a car.", "The suspect fled the scene in a car.",
                                   "The suspect was taken to a hospital.")
    idf = alignment.inverse_frequencies([fled, hospital])
    assert alignment.unnamed(fled, again, idf) == pytest.approx(1.0) and alignment.main(fled, again) == 1.0
    assert alignment.unnamed(fled, hospital, idf) < 0.9 and alignment.main(fled, hospital) < 0.9


def test_a_word_past_the_stored_pieces_is_left_out(nlp):
    doc = nlp("Gunman fled.")
    read = alignment.read(doc, piece_offsets(["Gunman fled."])[0], np.zeros((0, 64), dtype=np.float32))
    assert read.lemmas == () and alignment.main(read, read) == 1.0


def test_content_words_leave_out_the_reporting_frame_and_the_main_predicate_is_what_is_reported(nlp):
    doc = nlp("Police arrested Mark Jones on Friday, the sheriff said.")
    lemmas = {t.lemma_.lower() for t in alignment.content_words(doc)}
    assert {"arrest", "jones"} <= lemmas
    assert not {"say", "sheriff"} & lemmas
    reported = nlp("Police said the suspect fled.")
    assert [t.text for t in reported if alignment.is_main(t)] == ["fled"]


MENTIONS = ["A 25-year-old man was shot Saturday night in Chicago, police said.",
            "The second victim, a Hispanic woman, died at 2 a.m. at Stroger Hospital."]


def test_the_alone_parse_leaves_out_the_entities_and_changes_no_tag_arc_or_lemma(nlp):
    whole, alone = list(nlp.pipe(MENTIONS)), list(alignment.parsed_alone(MENTIONS))
    assert not any(doc.ents for doc in alone) and all(doc.ents for doc in whole)
    seen = [[(t.tag_, t.pos_, t.dep_, t.head.i, t.lemma_) for t in doc] for doc in whole]
    assert [[(t.tag_, t.pos_, t.dep_, t.head.i, t.lemma_) for t in doc] for doc in alone] == seen


def test_names_and_figures_are_read_by_their_tags_not_their_entities():
    (doc,) = alignment.parsed_alone(MENTIONS[:1])
    (spans,) = piece_offsets(MENTIONS[:1])
    read = alignment.read(doc, spans, np.ones((len(spans), 64), dtype=np.float32))
    named = {w for w, n in zip(read.lemmas, read.named) if n}
    assert {"chicago", "saturday"} <= named and not {"old", "night", "man", "shoot"} & named
