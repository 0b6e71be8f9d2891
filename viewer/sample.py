"""The bundled sample corpus, built on first use from the five sample articles and analysed."""
from __future__ import annotations

from pathlib import Path

from viewer.analysis.claims.model_files import ModelUnavailable
from viewer.analysis.pipeline import analyse, pending_documents
from viewer.corpus.creating import create
from viewer.corpus.importing import import_paths
from viewer.corpus.store import Corpus
from viewer.jobs import TaskState
from viewer.locations import sample_corpus_path
from viewer.resources import sample_articles


def ensure_sample_corpus(path: Path | None = None, state: TaskState | None = None) -> Path:
    """Build the sample corpus once; later calls only bring its analysis up to date."""
    path = path or sample_corpus_path()
    if path.exists():
        with Corpus(path, create=False) as corpus:
            _read_by_this_reader(corpus)
            if pending_documents(corpus):
                _analyse_if_possible(corpus, state)
        return path
    path.parent.mkdir(parents=True, exist_ok=True)

    def build(corpus: Corpus) -> None:
        import_paths(corpus, [sample_articles()], state=state)
        _analyse_if_possible(corpus, state)

    create(path, build)  # two windows opened at once: the second finds the first one's sample there
    return path


def _read_by_this_reader(corpus: Corpus) -> None:
    """A sample built by an older version had every row marked ↻ "read by an older reader" (migration 14 cannot know
    better): the bundled articles that this version reads to the same text are recorded as read by it. One that reads
    differently, or whose file is not where it was imported from, keeps its mark for the researcher to re-read."""
    from viewer.corpus.rereading import CannotReread, mark_read_now, reading
    from viewer.corpus.text_reader import read_by_older_reader

    for document in corpus.documents(with_text=False):
        if read_by_older_reader(document.text_reader, document.source_path, document.source_format):
            try:
                if reading(corpus, document.id) is None:
                    mark_read_now(corpus, document.id)
            except CannotReread:
                continue


def _analyse_if_possible(corpus: Corpus, state: TaskState | None) -> None:
    """Without its embedding model the sample still opens, as imported (or as last analysed);
    the model's absence is reported when the researcher runs an analysis."""
    try:
        analyse(corpus, state)
    except ModelUnavailable:
        pass
