"""A removal taken back: the documents come back under their ids with everything the corpus held on them."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.corpus.test_removal import _coded
from viewer.analysis import pipeline, store
from viewer.analysis.corrections import DeleteAttribution, Link, NotCarried
from viewer.analysis.operations import bring_back, bring_back_job, remove
from viewer.corpus import notes, search
from viewer.corpus.removal import CannotBringBack, NoSuchRemoval, kept_removals, tables_naming_documents
from viewer.jobs import Cancelled, TaskState

# Rebuilt by every relink, so compared by content, not by row id.
DERIVED = {"claim_threads", "claim_mentions", "retired_claim_mentions", "claims", "discrepancies", "speakers",
           "speaker_aliases", "attributions"}


def _everything(corpus) -> dict[str, list]:
    """Every table's rows (ids included where they are not the relink's), the search index's by its answers."""
    tables = [t for (t,) in corpus.db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'documents_fts%'"
        " AND name NOT IN ('removals', 'corpus_migrations', 'corpus_info') ORDER BY name")]
    out = {}
    for table in tables:
        rows = corpus.db.execute(f'SELECT * FROM "{table}"').fetchall()
        if table == "attributions":  # the speaker's id is the relink's; the statement is the researcher's
            rows = [row[:2] + row[3:] for row in rows]
        out[table] = sorted(rows, key=repr)
    return out


def _claims(corpus) -> dict[int, list]:
    return {c: sorted(corpus.db.execute('SELECT document_id, start, "end" FROM claim_mentions WHERE claim_id = ?',
                                        (c,)).fetchall()) for c in store.claim_ids(corpus)}


def test_a_removal_taken_back_leaves_the_corpus_as_it_was(sample_corpus):
    _coded(sample_corpus, 2)
    a2 = store.attributions(sample_corpus, document_id=2)[0]
    for correction in (Link((1, 0, 50), (2, 0, 50)), DeleteAttribution(2, (a2.content.start, a2.content.end)),
                       NotCarried(1, "a claim", ((4, 0, 10), (2, 0, 10)), 5)):
        store.record_correction(sample_corpus, correction)
    pipeline.relink(sample_corpus)  # the state the researcher saw: corrections applied
    claim_ids = store.claim_ids(sample_corpus)
    notes.set_note(sample_corpus, "claim", f"c{claim_ids[-1]}", "a note on a claim of d1 and d2")
    word = "Azovstal"
    found = search.search_document_ids(sample_corpus, word)
    before, claims = _everything(sample_corpus), _claims(sample_corpus)

    removal = remove(sample_corpus, [2])
    assert sample_corpus.document_ids() == [1, 3, 4, 5] and removal.dropped == 2
    assert [k.id for k in kept_removals(sample_corpus)] == [removal.kept_as]

    back = bring_back(sample_corpus, removal.kept_as)

    assert [d.id for d in back.documents] == [2] and back.corrections == 3  # two dropped, one trimmed
    assert _claims(sample_corpus) == claims  # every claim back under its id, the one d2 alone held too
    after = _everything(sample_corpus)
    assert set(after) == set(before)
    for table in before:
        assert after[table] == before[table], table
    assert search.search_document_ids(sample_corpus, word) == found
    assert sample_corpus.db.execute("INSERT INTO documents_fts(documents_fts) VALUES ('integrity-check')") is not None
    assert kept_removals(sample_corpus) == []
    assert "Brought back 1 document: d2 “" in back.said()


def test_every_table_naming_documents_is_kept_or_rebuilt_by_the_relink(sample_corpus):
    from viewer.analysis.store import _KEPT_ANALYSIS
    from viewer.corpus.removal import KEPT_WITH_DOCUMENT

    assert set(tables_naming_documents(sample_corpus)) <= {
        "documents", *KEPT_WITH_DOCUMENT, *_KEPT_ANALYSIS, "claim_mentions", "claim_threads"}


def test_a_new_import_never_takes_a_kept_id_and_the_same_file_again_is_named(sample_corpus, tmp_path):
    from viewer.corpus.importing import import_paths

    source = sample_corpus.document(5).text
    removal = remove(sample_corpus, [5])
    (tmp_path / "new.txt").write_text("Title: Something else entirely\n\nA paragraph nobody else wrote, long enough.\n")
    import_paths(sample_corpus, [tmp_path / "new.txt"])
    assert sample_corpus.document_ids() == [1, 2, 3, 4, 6]  # not 5: d5 can come back as d5
    copy = tmp_path / "copy.txt"
    copy.write_bytes(Path(removal.removed[0].source_path).read_bytes())
    import_paths(sample_corpus, [copy])
    again = sample_corpus.document_ids()[-1]
    assert sample_corpus.document(again).text == source

    with pytest.raises(CannotBringBack, match=f"the file of d5 was imported again since, as d{again}: remove d{again}"
                                              " first"):
        bring_back(sample_corpus, removal.kept_as)
    assert 5 not in sample_corpus.document_ids() and kept_removals(sample_corpus)


def test_an_unknown_removal_is_named_with_those_kept(sample_corpus):
    with pytest.raises(NoSuchRemoval, match="keeps none"):
        bring_back(sample_corpus, 4)
    removal = remove(sample_corpus, [3])
    with pytest.raises(NoSuchRemoval, match=rf"no removal 9; it keeps {removal.kept_as} \(d3 “"):
        bring_back(sample_corpus, 9)


def test_a_cancel_while_relinking_leaves_the_document_removed_and_kept(sample_corpus):
    removal = remove(sample_corpus, [2])
    ids, claims = sample_corpus.document_ids(), _claims(sample_corpus)
    state = TaskState(lambda _done, _total, text: "relinking" in text and state.cancel())

    with pytest.raises(Cancelled, match="nothing was brought back, and the removal is still kept"):
        bring_back_job(removal.kept_as)(sample_corpus, state)

    assert sample_corpus.document_ids() == ids and _claims(sample_corpus) == claims
    assert [k.id for k in kept_removals(sample_corpus)] == [removal.kept_as]
