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
