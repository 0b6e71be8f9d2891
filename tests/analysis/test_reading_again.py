"""A document read again from its original file, as the analysis sees it: analysed again, relinked, all or nothing."""
from __future__ import annotations

import pytest

from tests.corpus.test_rereading import printed  # noqa: F401 (the fixture)
from viewer.analysis import pipeline, store
from viewer.analysis.corrections import Link
from viewer.analysis.operations import reread, reread_job, undo_reread
from viewer.corpus import notes, search
from viewer.jobs import Cancelled, TaskState


def _shared(corpus, document_id: int) -> int:
    return corpus.db.execute("SELECT count(DISTINCT claim_id) FROM claim_mentions WHERE document_id = ?",
                             (document_id,)).fetchone()[0]


@pytest.fixture
def analysed(printed, tmp_path):  # noqa: F811
    """The older reading of the printed article beside a plain-text copy of the article, both analysed."""
    corpus, pdf, path, new_text = printed
    copy = tmp_path / "the same article.txt"
    copy.write_text(new_text, encoding="utf-8")
    from viewer.corpus.importing import import_paths

    [(_, txt)] = import_paths(corpus, [copy]).imported
    pipeline.analyse(corpus)
    return corpus, pdf, txt, new_text


def test_read_again_it_is_prose_keeps_its_id_notes_and_links_and_is_analysed_again(analysed):
    corpus, pdf, txt, new_text = analysed
    old = corpus.document(pdf).text
    start = old.index("oﬃcer")
    notes.set_note(corpus, "document", notes.document_key(pdf), "printed from the browser")
    notes.set_note(corpus, "passage", notes.span_key(pdf, start, start + len("oﬃcer")), "which officer?")
    mine = next(u for u in store.claim_units(corpus) if u.document == txt)
    store.record_correction(corpus, Link((pdf, start, start + len("oﬃcer")), (txt, mine.span.start, mine.span.end)))
    hidden = search.search_document_ids(corpus, "officer")  # the ligature hid some of them
    before = _shared(corpus, pdf)

    done = reread(corpus, pdf)

    document = corpus.document(pdf)
    assert document.text == new_text and "\t" not in document.text
    assert done.said().startswith(f"d{pdf} read again from ") and "claims relinked" in done.said()
    assert sorted(search.search_document_ids(corpus, "officer")) == sorted({*hidden, pdf, txt})
    assert "ﬃ" not in document.text
    assert notes.note(corpus, "document", notes.document_key(pdf)) == "printed from the browser"
    [(key,)] = corpus.db.execute("SELECT target_key FROM notes WHERE target_kind = 'passage'").fetchall()
    _, s, e = notes.parse_span_key(key)
    assert document.text[s:e] == "officer"
    [link] = [c for c in store.corrections(corpus) if isinstance(c, Link)]
    assert document.text[link.a[1]:link.a[2]] == "officer"
    assert corpus.db.execute("SELECT count(*) FROM analysed_documents WHERE document_id = ?", (pdf,)).fetchone()[0] == 1
    assert all(u.span.end <= len(new_text) for u in store.claim_units(corpus) if u.document == pdf)
    assert _shared(corpus, pdf) >= before and _shared(corpus, pdf) > 0


def test_a_cancel_while_relinking_leaves_the_older_text(analysed):
    corpus, pdf, _txt, _ = analysed
    old, units = corpus.document(pdf).text, len(list(store.claim_units(corpus)))
    state = TaskState(lambda _done, _total, text: "linking" in text and state.cancel())
    with pytest.raises(Cancelled, match="the document keeps the text it had"):
        reread_job(pdf)(corpus, state)
    assert corpus.document(pdf).text == old and len(list(store.claim_units(corpus))) == units


def _everything(corpus) -> dict[str, list]:
    from tests.analysis.test_bringing_back import _everything as every_table

    return every_table(corpus)


def test_a_re_read_taken_back_leaves_the_corpus_as_it_was(analysed):
    corpus, pdf, txt, _new_text = analysed
    old = corpus.document(pdf).text
    start = old.index("oﬃcer")
    notes.set_note(corpus, "passage", notes.span_key(pdf, start, start + len("oﬃcer")), "which officer?")
    mine = next(u for u in store.claim_units(corpus) if u.document == txt)
    store.record_correction(corpus, Link((pdf, start, start + len("oﬃcer")), (txt, mine.span.start, mine.span.end)))
    pipeline.relink(corpus)
    before = _everything(corpus)

    done = reread(corpus, pdf)
    assert done.before is not None and corpus.document(pdf).text != old
    said = undo_reread(corpus, done.before)

    assert said.startswith(f"d{pdf} has the text it had before it was read again")
    after = _everything(corpus)
    # the claims the new text made while it stood keep their ids for good: never given to another claim
    moved_on = {"claim_sequence", "retired_claim_mentions"}
    for table in set(before) - moved_on:
        assert after[table] == before[table], table
    assert set(before["retired_claim_mentions"]) <= set(after["retired_claim_mentions"])
    assert corpus.db.execute("INSERT INTO documents_fts(documents_fts) VALUES ('integrity-check')") is not None
