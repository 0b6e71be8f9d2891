"""After an import and before any analysis, the document list's Claims and Attr. columns say "not analysed yet",
not 0: a column of noughts read as articles that share no claim with anything."""
from __future__ import annotations

import pytest

from viewer.corpus.creating import create
from viewer.corpus.importing import import_paths
from viewer.ui.corpus_opening import open_for_viewing
from viewer.ui.document_table import COLUMNS, NOT_YET, NOT_YET_NOTE

from tests.conftest import SAMPLE_DIR

CLAIMS, ATTRIBUTIONS = (next(i for i, (name, _title) in enumerate(COLUMNS) if name == wanted)
                        for wanted in ("claims", "attributions"))


@pytest.fixture
def imported(tmp_path):
    """The sample articles imported, none analysed; open as the window opens a corpus."""
    path = tmp_path / "field.corpus"
    create(path, lambda corpus: import_paths(corpus, sorted(SAMPLE_DIR.glob("*.txt"))[:2]))
    corpus = open_for_viewing(path)
    yield corpus
    corpus.close()


def test_counts_of_documents_not_analysed_say_so_until_the_analysis_has_run(qtbot, imported, shown_window, finish,
                                                                           qtmodeltester):
    window = shown_window(imported)
    model = window.browser.model
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    for row in range(2):
        assert model.index(row, CLAIMS).data() == NOT_YET and model.index(row, ATTRIBUTIONS).data() == NOT_YET
        assert model.index(row, CLAIMS).data(3).endswith(NOT_YET_NOTE)  # the tooltip says why, and what to do

    window.jobs.analyse()
    finish(window, timeout=300000)
    counts = [model.index(row, CLAIMS).data() for row in range(2)]
    assert all(isinstance(count, int) for count in counts) and sum(counts) > 0, counts
    assert NOT_YET_NOTE not in model.index(0, CLAIMS).data(3)
    qtmodeltester.check(model)
