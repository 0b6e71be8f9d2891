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
            if pending_documents(corpus):
                _analyse_if_possible(corpus, state)
        return path
    path.parent.mkdir(parents=True, exist_ok=True)

    def build(corpus: Corpus) -> None:
        import_paths(corpus, [sample_articles()], state=state)
        _analyse_if_possible(corpus, state)

    create(path, build)  # two windows opened at once: the second finds the first one's sample there
    return path


def _analyse_if_possible(corpus: Corpus, state: TaskState | None) -> None:
    """Without its embedding model the sample still opens, as imported (or as last analysed);
    the model's absence is reported when the researcher runs an analysis."""
    try:
        analyse(corpus, state)
    except ModelUnavailable:
        pass
