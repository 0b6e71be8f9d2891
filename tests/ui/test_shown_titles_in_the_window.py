"""The document list and the details dialog work with the title as it is shown (without the site's name after it,
`shown_titles`), and the dialog shows the title as stored too; a correction keeps the stored one as its original."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from viewer.analysis.corrections import SetTitle
from viewer.corpus import publication
from viewer.corpus.importing import import_paths
from viewer.corpus.store import Corpus
from viewer.ui.document_table import COLUMNS

BODY = "\n\nPolice said the shooting happened late on Friday near the river, and an investigation is under way.\n"
# (file, outlet, title): the first two are shown as "Man shot near river park"; stored, the "|" (after every letter)
# and the " - " ending sort them apart from the third, which begins the same
ARTICLES = [
    ("wral.md", "WRAL.com", "Man shot near river park | WRAL.com"),
    ("kxyz.md", "KXYZ", "Man shot near river park - KXYZ"),
    ("herald.md", "Valley Herald", "Man shot near river park Monday, police say"),
    ("times.md", "Valley Times", "Bridge closed after crash"),
]


@pytest.fixture
def titled_corpus(tmp_path):
    paths = []
    for name, outlet, title in ARTICLES:
        path = tmp_path / name
        path.write_text(f"---\ntitle: {title}\noutlet: {outlet}\n---\n{BODY}", encoding="utf-8")
        paths.append(path)
    with Corpus(tmp_path / "titles.corpus") as corpus:
        import_paths(corpus, paths)
        yield corpus


def _titles(model) -> list[str]:
    column = [name for name, _title in COLUMNS].index("title")
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_sorting_the_list_by_title_sorts_by_the_title_it_shows(qtbot, titled_corpus, shown_window):
    stored = [row[0] for row in titled_corpus.db.execute("SELECT title FROM documents ORDER BY title")]
    assert stored[1:] == ["Man shot near river park - KXYZ", "Man shot near river park Monday, police say",
                          "Man shot near river park | WRAL.com"], "stored, the Monday title sorts between the two"
    browser = shown_window(titled_corpus).browser
    column = [name for name, _title in COLUMNS].index("title")
    browser.view.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    assert _titles(browser.model) == ["Bridge closed after crash", "Man shot near river park", "Man shot near river park",
                                      "Man shot near river park Monday, police say"]
    browser.view.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    assert _titles(browser.model) == ["Man shot near river park Monday, police say", "Man shot near river park",
                                      "Man shot near river park", "Bridge closed after crash"]


def test_the_details_dialog_shows_the_stored_title_and_a_correction_keeps_it(qtbot, titled_corpus, shown_window):
    w = shown_window(titled_corpus)
    wral = next(d.id for d in titled_corpus.documents(with_text=False) if d.outlet == "WRAL.com")
    dialog = w.browser.edit_document(wral)
    qtbot.addWidget(dialog)
    assert dialog.edits["title"].text() == "Man shot near river park"
    assert dialog.stored_title.isVisibleTo(dialog)
    assert "Man shot near river park | WRAL.com" in dialog.stored_title.text()
    assert dialog.corrections() == [], "the shown title, left as it is, changes nothing"
    dialog.edits["title"].setText("Man shot near Elm Street park")
    with qtbot.waitSignal(w.runner.job_did_finish, timeout=20000), \
            qtbot.waitSignal(w.browser.corrections_requested) as asked:
        dialog._check_and_accept()
    assert asked.args[0] == [SetTitle(wral, "Man shot near Elm Street park")]
    qtbot.waitUntil(lambda: titled_corpus.document(wral, with_text=False).title == "Man shot near Elm Street park")
    assert publication.corrections_of(titled_corpus, wral)["title"].original == "Man shot near river park | WRAL.com"
    again = w.browser.edit_document(wral)
    qtbot.addWidget(again)
    assert not again.stored_title.isVisibleTo(again), "stored as shown: nothing more to show"
    assert "the file said: Man shot near river park | WRAL.com" in again.originals["title"].text()


def test_a_title_shown_as_stored_has_no_second_line(qtbot, titled_corpus, shown_window):
    w = shown_window(titled_corpus)
    times = next(d.id for d in titled_corpus.documents(with_text=False) if d.outlet == "Valley Times")
    dialog = w.browser.edit_document(times)
    qtbot.addWidget(dialog)
    assert dialog.edits["title"].text() == "Bridge closed after crash"
    assert not dialog.stored_title.isVisibleTo(dialog) and not dialog.stored_title.text()
