"""The alignment reads a mention's content words beyond its reporting frame, cut out of the parse the analysis read it
in and stored with the unit, against its stored word pieces."""
from __future__ import annotations

import numpy as np
import pytest

from viewer.analysis.claims import alignment
from viewer.analysis.claims.encoder import piece_offsets, shared_encoder


def _reads(nlp, *texts):
    pieces = shared_encoder().encode_with_pieces(list(texts))[1]
    return [alignment.read(alignment.stored_words(nlp(t)[:], 0), spans, p.rows.astype(np.float32))
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
    read = alignment.read(alignment.stored_words(doc[:], 0), piece_offsets(["Gunman fled."])[0], np.zeros((0, 64), dtype=np.float32))
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


def test_names_and_figures_are_read_by_their_tags_not_their_entities(nlp):
    (spans,) = piece_offsets(MENTIONS[:1])
    read = alignment.read(alignment.stored_words(nlp(MENTIONS[0])[:], 0), spans, np.ones((len(spans), 64), np.float32))
    named = {w for w, n in zip(read.lemmas, read.named) if n}
    assert {"chicago", "saturday"} <= named and not {"old", "night", "man", "shoot"} & named


REPORT = ("Police said the man fled the scene on Friday after a boy was shot, and he was arrested two days later. "
          "Officers, who arrived at 2 a.m., found a second victim.")


def _as_doc(tokens):
    """The tokens cut out as spaCy cuts a span into a document of its own, a token heading itself made a root."""
    doc = tokens.as_doc()
    for token in doc:
        if token.head.i == token.i:
            token.dep_ = "ROOT"
    return doc


def test_a_cut_reads_as_spacy_cuts_the_span_into_a_document_of_its_own(nlp):
    """The judge's weights were measured on mentions cut by `Span.as_doc` (session 69); the cut keeps its arcs."""
    doc = nlp(REPORT)
    for start, end in [(0, 9), (2, 14), (3, 20), (12, 22), (20, len(doc)), (22, 26), (0, len(doc))]:
        tokens, copy = doc[start:end], _as_doc(doc[start:end])
        cut = alignment.cut(tokens)
        assert [(t.dep_, t.head.i, sorted(c.i for c in t.children)) for t in cut] == [
            (t.dep_, t.head.i, sorted(c.i for c in t.children)) for t in copy]
        assert alignment.stored_words(tokens, tokens.start_char) == alignment.stored_words(copy[:], 0)


def test_a_cut_reads_the_conjuncts_spacy_reads_in_its_own_document(nlp):
    """The act a denial denies takes its conjuncts ("not Muslim nor a member", `denied_acts`), read on the cut."""
    doc = nlp("The pastor said Jackson is not Muslim nor a member, a donor or a leader of the group, and left.")
    for start, end in [(0, len(doc)), (3, 16), (5, 12)]:
        copy = _as_doc(doc[start:end])
        assert [[c.i for c in t.conjuncts] for t in alignment.cut(doc[start:end])] == [
            [c.i for c in t.conjuncts] for t in copy]
    assert any(len(t.conjuncts) > 1 for t in alignment.cut(doc[:]))


def test_a_clause_cut_from_its_sentence_reads_its_own_act_as_the_main_one_and_no_frame(nlp):
    doc = nlp(REPORT)
    clause = doc.char_span(REPORT.index("he was"), REPORT.index(" Officers"), alignment_mode="expand")
    words = alignment.stored_words(clause, clause.start_char)
    assert [w[0] for w in words if w[3] & alignment.MAIN] == ["arrest"]
    assert [(w[1], w[2]) for w in words if w[0] == "arrest"] == [(7, 15)]
    framed = alignment.stored_words(doc[:doc.char_span(0, REPORT.index(", and")).end], 0)
    assert "say" not in [w[0] for w in framed] and [w[0] for w in framed if w[3] & alignment.MAIN] == ["flee"]


def test_the_words_a_unit_keeps_read_back_as_stored_a_time_of_day_and_all(nlp):
    text = "The shooting happened at 10:30 p.m. on Friday near the school."
    words = alignment.stored_words(nlp(text)[:], 0)
    assert ("10:30", 25, 30, alignment.NAME) in words
    assert alignment.unpacked(alignment.packed(words)) == words and alignment.unpacked("") == []
