"""The analysis store, the one reader and writer of the analysis tables, on the analysed sample."""
from __future__ import annotations

import json

import pytest

from viewer.analysis import store
from viewer.analysis.corrections import EDITABLE_ATTRIBUTION_FIELDS, EditAttribution
from viewer.analysis.claims.features import CountedFigure, UnitFeatures
from viewer.analysis.pipeline import relink

LATER_KEYS = ("reaction", "predicates", "cumulative", "position", "sentence", "entities", "acts", "aligned", "events",
              "denied", "word_forms")


def test_stored_features_read_as_typed_records_and_keep_their_json(sample_corpus):
    rows = [json.loads(f) for (f,) in sample_corpus.db.execute("SELECT features FROM claim_units")]
    assert rows
    assert [UnitFeatures.from_json(r).to_json() for r in rows] == rows
    figures = [f for u in store.claim_units(sample_corpus) for f in u.features.figures]
    assert any(f.value == 1026 and f.thing for f in figures)
    assert all(isinstance(f, CountedFigure) for f in figures)


def test_units_stored_before_later_features_existed_still_relink(sample_corpus):
    linked = {tuple(c.documents()) for c in store.claims(sample_corpus)}
    rows = list(sample_corpus.db.execute("SELECT id, features FROM claim_units"))
    with sample_corpus.transaction() as db:
        for id_, features in rows:
            old = {k: v for k, v in json.loads(features).items() if k not in LATER_KEYS}
            for figure in old["figures"]:
                figure.pop("each")
                figure.pop("counts")
            db.execute("UPDATE claim_units SET features = ? WHERE id = ?", (json.dumps(old), id_))
    units = list(store.claim_units(sample_corpus))
    assert all(u.features.predicates == [] and u.features.acts == [] and u.features.entities is None
               and u.features.aligned is None and u.features.events is None and u.features.denied is None
               and u.features.word_forms is None for u in units)
    relink(sample_corpus)
    assert {tuple(c.documents()) for c in store.claims(sample_corpus)} & linked


def test_word_pieces_are_stored_with_each_unit_as_the_encoder_made_them(sample_corpus):
    """The stored bytes are the encoder's: the units of one document, encoded again, give the same."""
    from viewer.analysis.claims.encoder import shared_encoder

    units = list(store.claim_units(sample_corpus))
    assert units and all(u.pieces is not None and u.pieces.count for u in units)
    first = [u for u in units if u.document == units[0].document]
    text = sample_corpus.document(units[0].document).text
    again = shared_encoder().encode_with_pieces([text[u.span.start:u.span.end] for u in first])[1]
    assert [p.data for p in again] == [u.pieces.data for u in first]


def test_units_stored_without_word_pieces_read_as_having_none_and_still_relink(sample_corpus):
    """A corpus analysed before pieces were kept (the column added by migration 11 is empty), or
    one whose bytes were cut short: its units read with no pieces, and relinking still runs."""
    with sample_corpus.transaction() as db:
        db.execute("UPDATE claim_units SET pieces = NULL")
        db.execute("UPDATE claim_units SET pieces = x'0001' WHERE id = (SELECT min(id) FROM claim_units)")
    assert all(u.pieces is None for u in store.claim_units(sample_corpus))
    relink(sample_corpus)


def test_relinked_vectors_are_one_fp16_array_and_link_as_float32_copies_do(sample_corpus):
    # The relink holds the stored fp16 vectors as the rows of one array (a float32 array a unit held twice the memory);
    # every product casts the rows it takes, so the sample links exactly as it did from float32 copies of each.
    import dataclasses

    import numpy as np

    from viewer.analysis.claims.candidates import articles, in_reading_order, stacked, unit_pairs
    from viewer.analysis.claims.linking import link_claims
    from viewer.analysis.pipeline import DocumentTexts

    units = store.claim_units(sample_corpus)
    assert units == in_reading_order(units) and all(u.vector.dtype == np.float16 for u in units)
    whole = stacked(units)
    assert whole.dtype == np.float16 and all(u.vector.base is whole for u in units)
    copies = [dataclasses.replace(u, vector=u.vector.astype(np.float32)) for u in units]
    assert stacked(copies).dtype == np.float32
    held, copied = articles(units, whole), articles(copies, stacked(copies))
    assert [a.centroid.tobytes() for a in held] == [a.centroid.tobytes() for a in copied]
    cosines = [(unit_pairs(a, b, whole), unit_pairs(c, d, stacked(copies)))
               for (a, c) in zip(held, copied) for (b, d) in zip(held, copied) if a.document < b.document]
    assert sum(len(mine) for mine, _theirs in cosines) >= 20 and all(mine == theirs for mine, theirs in cosines)
    texts, published, unsaid = DocumentTexts(sample_corpus), store.published_months(sample_corpus), store.unsaid_spans(sample_corpus)
    linked = link_claims(units, texts, published=published, unsaid=unsaid)
    assert len(linked) >= 2 and linked == link_claims(copies, texts, published=published, unsaid=unsaid)


def test_an_edit_of_a_field_that_cannot_be_edited_is_refused_and_records_nothing(sample_corpus):
    a = store.attributions(sample_corpus)[0]
    with pytest.raises(ValueError, match="cannot edit"):
        store.record_correction(sample_corpus, EditAttribution(
            a.document_id, (a.content.start, a.content.end), {"speaker_name = 'x', kind": "direct"}))
    assert store.corrections(sample_corpus) == []
    assert store.attribution(sample_corpus, a.id) == a


def test_an_edit_changes_only_the_attribution_it_names(sample_corpus):
    a, b = store.attributions(sample_corpus)[:2]
    store.record_correction(sample_corpus, EditAttribution(
        a.document_id, (a.content.start, a.content.end), {"speaker_name": "Somebody Else", "speaker_role": None}))
    edited = store.attribution(sample_corpus, a.id)
    assert (edited.speaker_name, edited.speaker_role) == ("Somebody Else", None)
    assert store.attribution(sample_corpus, b.id) == b
    assert [c.kind for c in store.corrections(sample_corpus)] == ["edit-attribution"]


@pytest.mark.parametrize("name", EDITABLE_ATTRIBUTION_FIELDS)
def test_every_field_a_correction_may_edit_is_written(sample_corpus, name):
    a = store.attributions(sample_corpus)[0]
    value = {"kind": "according-to", "speaker_kind": "group", "negation": "withheld"}.get(name, "Somebody Else")
    store.record_correction(sample_corpus, EditAttribution(a.document_id, (a.content.start, a.content.end), {name: value}))
    edited = store.attribution(sample_corpus, a.id)
    written = store.speaker_kind_of(sample_corpus, a.id) if name == "speaker_kind" else getattr(edited, name)
    assert written == value


def test_totals_count_what_the_readers_list(sample_corpus):
    totals = store.totals(sample_corpus)
    assert totals.claims == len(store.claims(sample_corpus)) > 0
    assert totals.attributions == len(store.attributions(sample_corpus)) > 0
    assert totals.speakers >= len(store.speakers(sample_corpus)) > 0


def test_an_archive_s_worth_of_claim_ids_reads_under_sqlite_s_variable_limit(sample_corpus):
    import sqlite3

    everything = store.claims(sample_corpus)
    sample_corpus.db.conn.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 999)  # older SQLite builds' default
    unknown = list(range(10_000, 12_000))
    assert store.claims(sample_corpus, [c.id for c in everything] + unknown) == everything
    assert store.discrepant_claims(sample_corpus, unknown) == set()
    assert store.discrepant_claims(sample_corpus, [c.id for c in everything]) == {c.id for c in everything if c.discrepancies}


def _statements(corpus, read) -> tuple[list[str], object]:
    seen: list[str] = []
    corpus.db.conn.set_trace_callback(seen.append)
    try:
        return seen, read()
    finally:
        corpus.db.conn.set_trace_callback(None)


def test_a_claims_passages_are_read_in_one_statement_whatever_their_number(sample_corpus):
    """A discrepancy's own spans (a figure, a name) and the claims at a thread's passages: an
    export reads them for every claim, so one statement each, not one per span."""
    ids = store.claim_ids(sample_corpus)
    seen, claims = _statements(sample_corpus, lambda: store.claims(sample_corpus, ids))
    own = [m for c in claims for d in c.discrepancies for m in d.mentions if m not in c.mentions]
    assert len(own) >= 2 and all(m.text for m in own)
    assert len(seen) == 5  # labels, mentions, discrepancies, the reports not made, the discrepancies' own spans
    passages = [p for c in claims for p in (*store.threads_passages(sample_corpus, [c.id])[c.id], c.mentions[0])]
    seen, owners = _statements(sample_corpus, lambda: store.claims_at(sample_corpus, passages))
    assert len(passages) > len(claims) and len(seen) == 1
    assert all(c.id in owners[(c.mentions[0].document, c.mentions[0].start, c.mentions[0].end)] for c in claims)


def test_the_relinks_units_hold_each_wording_once(sample_corpus):
    """A relink reads every unit, and their terms, names, predicates and figures repeat (42 of 207 MB of features at
    5,000 generated articles were the same strings again): each wording is one string object, shared."""
    one: dict[str, str] = {}
    read = 0
    for unit in store.claim_units(sample_corpus):
        f = unit.features
        for word in [*f.terms, *f.names, *f.frame, *(w for p in f.predicates for w in p), *(x.thing for x in f.figures)]:
            assert one.setdefault(word, word) is word, word
            read += 1
    assert read > 2 * len(one)
