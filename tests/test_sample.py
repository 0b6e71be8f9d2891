"""The bundled sample corpus: built once, and brought up to date when the analyser changes."""
import shutil

from viewer.analysis.pipeline import pending_documents
from viewer.corpus.store import Corpus
from viewer.sample import ensure_sample_corpus


def test_the_sample_corpus_holds_the_five_articles_analysed(sample_corpus):
    assert sample_corpus.document_count() == 5
    assert pending_documents(sample_corpus) == []


def test_an_outdated_sample_corpus_is_reanalysed_when_opened(sample_corpus_file, tmp_path):
    copy = tmp_path / "sample.corpus"
    shutil.copy(sample_corpus_file, copy)
    with Corpus(copy) as corpus:
        corpus.db.execute("UPDATE analysed_documents SET analyser_version = 'old' WHERE document_id = 2")
    assert ensure_sample_corpus(copy) == copy
    with Corpus(copy) as corpus:
        assert pending_documents(corpus) == []


def test_a_sample_built_before_reader_versions_were_recorded_loses_its_marks(sample_corpus_file, tmp_path):
    from viewer.corpus.text_reader import text_reader_version

    copy = tmp_path / "sample.corpus"
    shutil.copy(sample_corpus_file, copy)
    with Corpus(copy) as corpus:
        with corpus.transaction() as db:  # as migration 14 leaves a sample built before it
            db.execute("UPDATE documents SET text_reader = NULL")
            db.execute("UPDATE documents SET text = text || ' (as an older reader read it)' WHERE id = 3")
    ensure_sample_corpus(copy)
    with Corpus(copy) as corpus:
        readers = {d.id: d.text_reader for d in corpus.documents(with_text=False)}
        now = {d.id: text_reader_version(d.source_format) for d in corpus.documents(with_text=False)}
    assert readers == {**now, 3: None}  # d3 reads differently now: left for the researcher to re-read
