"""A near-duplicate is marked where the researcher meets it: the document list and the pane's header.

The import flagged it in its report only; the list then showed two rows of one title with the same claims and
nothing said why (seen on GVA coverage: a UTF-16 copy of the Houston story, 45 claims each).
"""
from __future__ import annotations

from PySide6.QtCore import Qt

from tests.conftest import SAMPLE_DIR
from viewer.corpus.importing import import_paths
from viewer.corpus.store import Corpus
from viewer.ui.article_view import ArticleView
from viewer.ui.document_table import DocumentTableModel

ORIGINAL = SAMPLE_DIR / "002_fa0ffd6030053c64.txt"


def test_the_copy_is_marked_in_the_list_and_its_pane(qtbot, qtmodeltester, tmp_path):
    copy = tmp_path / "saved again.txt"
    copy.write_text(ORIGINAL.read_text(encoding="utf-8"), encoding="utf-16")  # the same article, saved otherwise
    with Corpus(tmp_path / "c.corpus") as corpus:
        first = import_paths(corpus, [ORIGINAL])
        second = import_paths(corpus, [copy])
        [(_, original)], [(_, repeat)] = first.imported, second.imported
        model = DocumentTableModel(corpus)
        qtmodeltester.check(model)
        title = {model.document_id(row): model.index(row, 0) for row in range(model.rowCount())}
        assert title[repeat].data().startswith("≈ ")
        assert not title[original].data().startswith("≈")
        assert f"Near-duplicate of d{original}" in title[repeat].data(Qt.ItemDataRole.ToolTipRole)
        assert "Near-duplicate" not in title[original].data(Qt.ItemDataRole.ToolTipRole)
        pane = ArticleView(corpus, repeat)
        qtbot.addWidget(pane)
        assert f"near-duplicate of d{original}" in pane.facts_label.text()
