"""The main window: the corpus's documents, a search box, and the selected article."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHeaderView, QLabel, QLineEdit, QMainWindow, QPlainTextEdit, QSplitter, QTableView, QVBoxLayout, QWidget,
)

from viewer import __version__
from viewer.corpus.search import SearchError, search_document_ids
from viewer.corpus.store import Corpus
from viewer.ui.document_table import DocumentTableModel


class MainWindow(QMainWindow):
    def __init__(self, corpus: Corpus | None = None) -> None:
        super().__init__()
        self.corpus = corpus
        self.setWindowTitle(self._title())
        self.documents = DocumentTableModel(corpus, self)

        self.search_box = QLineEdit(placeholderText="Search the corpus (full text)…")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.textChanged.connect(self._on_search_text_did_change)
        self.search_status = QLabel()

        self.document_view = QTableView()
        self.document_view.setModel(self.documents)
        self.document_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.document_view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.document_view.setSortingEnabled(True)
        self.document_view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.document_view.verticalHeader().hide()
        self.document_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.document_view.selectionModel().currentRowChanged.connect(self._on_current_document_did_change)

        self.article = QPlainTextEdit(readOnly=True)
        self.article.setObjectName("article")

        browser = QWidget()
        layout = QVBoxLayout(browser)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search_box)
        layout.addWidget(self.document_view)
        layout.addWidget(self.search_status)

        splitter = QSplitter()
        splitter.addWidget(browser)
        splitter.addWidget(self.article)
        splitter.setSizes([500, 700])
        self.setCentralWidget(splitter)
        self.resize(1200, 800)
        if self.documents.rowCount():
            self.document_view.selectRow(0)

    def _title(self) -> str:
        name = self.corpus.path.name if self.corpus else "no corpus"
        return f"{name} — Provenance Viewer {__version__}"

    def _on_current_document_did_change(self, current, _previous) -> None:
        if not current.isValid():
            self.article.clear()
            return
        document = self.corpus.document(self.documents.document_id(current.row()))
        self.article.setPlainText(document.text)

    def _on_search_text_did_change(self, text: str) -> None:
        if not text.strip() or self.corpus is None:
            self.documents.reset(only=None)
            self.search_status.clear()
            return
        try:
            ids = search_document_ids(self.corpus, text)
        except SearchError as exc:
            self.search_status.setText(str(exc))
            return
        self.documents.reset(only=ids)
        self.search_status.setText(f"{len(ids)} matching document(s)")
