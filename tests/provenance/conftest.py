"""A small analysed corpus of made-up reports: one rescue count updated, one elsewhere."""
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def rescue_corpus_file(tmp_path_factory) -> Path:
    """Six made-up reports: 14 then 40 people pulled from the rubble in Antakya (two sources
    each, two days apart), and 300 in Gaziantep (another subject, the same measure)."""
    from viewer.analysis.pipeline import analyse
    from viewer.corpus.importing import import_paths
    from viewer.corpus.store import Corpus

    path = tmp_path_factory.mktemp("rescue") / "rescue.corpus"
    with Corpus(path) as corpus:
        import_paths(corpus, [FIXTURES / "rescue_counts.jsonl"])
        analyse(corpus)
    return path


@pytest.fixture
def rescue_corpus(rescue_corpus_file):
    from viewer.corpus.store import Corpus

    with Corpus(rescue_corpus_file, create=False) as corpus:
        yield corpus
