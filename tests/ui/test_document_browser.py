"""The document list's right-click: open the chosen documents, correct one, or give several one outlet."""
from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QLabel

from viewer.analysis.corrections import SetOutlet
from viewer.corpus import publication
from viewer.corpus.importing import import_paths
from viewer.corpus.store import Corpus
from viewer.jobs import counted


def _select(browser, document_ids):
    browser.view.clearSelection()
    rows = browser.view.selectionModel()
    for row in range(browser.model.rowCount()):
        if browser.model.document_id(row) in document_ids:
            rows.select(browser.model.index(row, 0),
                        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)


def _row_of(browser, document_id):
    return next(r for r in range(browser.model.rowCount()) if browser.model.document_id(r) == document_id)


def test_several_documents_get_one_outlet_and_each_keeps_its_own(qtbot, sample_corpus, shown_window):
    w = shown_window(sample_corpus)
    browser = w.browser
    before = {d: sample_corpus.document(d, with_text=False).outlet for d in (2, 3, 4)}
    _select(browser, {2, 3, 4})
    menu = browser.menu_for(_row_of(browser, 3))
    assert [a.text() for a in menu.actions()] == ["Open side by side", "Set the outlet of these 3 documents…",
                                                  "Outlets from the file names of these 3 documents…", "",
                                                  "Remove these 3 documents from corpus…"]
    dialog = browser.set_outlet(browser.selected_documents())
    qtbot.addWidget(dialog)
    said = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert all(f"{outlet or 'no outlet'} (" in said for outlet in before.values()), said
    dialog.outlet.setCurrentText("   ")
    dialog._check_and_accept()
    assert dialog.isVisible() and "empty" in dialog.error.text()
    dialog.outlet.setCurrentText(before[2])  # one of them has it already: nothing to correct there
    assert [c.document for c in dialog.corrections()] == [d for d in (3, 4) if before[d] != before[2]]
    dialog.outlet.setCurrentText(" Field  Desk ")
    with qtbot.waitSignal(w.runner.job_did_finish, timeout=20000), \
            qtbot.waitSignal(browser.corrections_requested) as asked:
        dialog._check_and_accept()
    assert asked.args[0] == [SetOutlet(2, "Field Desk"), SetOutlet(3, "Field Desk"), SetOutlet(4, "Field Desk")]
    assert {d: sample_corpus.document(d, with_text=False).outlet for d in (2, 3, 4)} == dict.fromkeys((2, 3, 4), "Field Desk")
    for d in (2, 3, 4):
        assert publication.corrections_of(sample_corpus, d)["outlet"].original == before[d]
    qtbot.waitUntil(lambda: "Field Desk" in [browser.outlet.itemText(i) for i in range(browser.outlet.count())], timeout=5000)


def test_a_right_click_outside_the_selection_means_that_row(qtbot, sample_corpus, shown_window):
    w = shown_window(sample_corpus)
    browser = w.browser
    _select(browser, {1, 2})
    menu = browser.menu_for(_row_of(browser, 5))
    assert browser.selected_documents() == [5]
    assert [a.text() for a in menu.actions()] == ["Open", "Correct the title, outlet or date of d5…",
                                                  "Re-read d5 from its original file…", "", "Remove d5 from corpus…"]
    assert browser.menu_for(-1) is None


def test_nothing_selected_says_what_to_do(qtbot, sample_corpus, shown_window):
    browser = shown_window(sample_corpus).browser
    browser.view.clearSelection()
    assert browser.set_outlet([]) is None
    assert "Select the documents" in browser.status.text()


def test_on_a_read_only_corpus_the_corrections_are_offered_off(qtbot, analysed_corpus_file, shown_window):
    corpus = Corpus(analysed_corpus_file, create=False, read_only=True)
    w = shown_window(corpus)
    menu = w.browser.menu_for(0)
    opening, correcting, *rereading, _line, removing = menu.actions()  # a ↻ row also offers all marked ones
    assert opening.isEnabled() and not correcting.isEnabled() and not removing.isEnabled()
    assert rereading and all(a.text().startswith("Re-read") and not a.isEnabled() for a in rereading)
    assert not w.actions["edit.set_outlet"].isEnabled() and not w.actions["edit.remove_documents"].isEnabled()
    w.set_corpus(None)
    corpus.close()



@pytest.fixture
def dated_corpus(tmp_path):
    """Three records: dated by metadata, by a dateline only, not at all."""
    records = tmp_path / "records.jsonl"
    records.write_text("\n".join(json.dumps(r) for r in [
        {"text": "The port authority said on Tuesday that shipments would resume.", "published": "2023-03-07"},
        {"text": "KYIV, April 20 (Reuters) - Ukraine said on Wednesday it had opened two corridors."},
        {"text": "Officials said today that more than 100 families had been moved."},
    ]) + "\n", encoding="utf-8")
    with Corpus(tmp_path / "c.corpus") as corpus:
        import_paths(corpus, [records])
        yield corpus


def test_the_list_dates_filters_and_sorts_documents_as_their_timeline_does(dated_corpus, shown_window):
    """A document dated by its dateline or text, not its file's metadata, has its date in the
    list, in the date filter and its hint, and in the sort; an undated one says so, in grey (its import
    day is no publication date, and a blank cell read as a column not filled in yet)."""
    assert dated_corpus.document(2, with_text=False).published is None
    browser = shown_window(dated_corpus).browser
    model = browser.model
    dates = {model.document_id(r): model.index(r, 1).data() for r in range(model.rowCount())}
    assert dates == {1: "2023-03-07", 2: "2023-04-20", 3: "undated"}
    greys = {model.document_id(r): model.index(r, 1).data(Qt.ItemDataRole.ForegroundRole) for r in range(3)}
    assert greys[3] is not None and greys[1] is None and greys[2] is None
    assert (browser.date_from.placeholderText(), browser.date_to.placeholderText()) == ("2023-03-07", "2023-04-20")
    model.set_filters(date_from="2023-04")
    assert [model.document_id(r) for r in range(model.rowCount())] == [2]
    model.set_filters()
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert [model.document_id(r) for r in range(model.rowCount())] == [2, 1, 3]


@pytest.mark.parametrize("typed, shown, said", [
    ("13/04/2023", [1, 2, 3], "Cannot read “13/04/2023” as a date"),  # compared as text it kept both dated ones
    ("yesterday", [1, 2, 3], "Cannot read “yesterday” as a date"),  # it kept none, and said "0 document(s)"
    ("2023-02-30", [1, 2, 3], "Cannot read “2023-02-30” as a date"),
    ("2023-04", [2], "1 document; 1 with no date found"),
])
def test_a_date_the_filter_cannot_read_is_said_not_taken_for_a_filter(dated_corpus, shown_window, typed, shown, said):
    browser = shown_window(dated_corpus).browser
    browser.date_from.setText(typed)
    browser.date_from.editingFinished.emit()
    assert sorted(browser.model.document_id(r) for r in range(browser.model.rowCount())) == shown
    assert browser.status.text().startswith(said)
    assert ("YYYY-MM-DD" in browser.status.text()) == (shown == [1, 2, 3])


def test_dates_that_end_before_they_start_say_so(dated_corpus, shown_window):
    browser = shown_window(dated_corpus).browser
    browser.date_from.setText("2023-04")
    browser.date_to.setText("2023-03-31")
    browser.date_to.editingFinished.emit()
    assert browser.model.rowCount() == 0
    assert browser.status.text() == "No document: the dates start (2023-04) after they end (2023-03-31)."


def test_the_list_gives_the_outlet_a_dateline_names_as_the_pane_header_does(dated_corpus, shown_window):
    """Record 2 names no outlet in its metadata; its dateline says Reuters, and the pane header says
    so: the list's Outlet column, its outlet filter and the sort say so too."""
    assert dated_corpus.document(2, with_text=False).outlet is None
    browser = shown_window(dated_corpus).browser
    model = browser.model
    outlets = {model.document_id(r): model.index(r, 2).data() for r in range(model.rowCount())}
    assert outlets == {1: "no outlet", 2: "Reuters", 3: "no outlet"}  # in grey, as the pane says it
    assert "Reuters" in model.index(browser.model.row_of(2), 0).data(Qt.ItemDataRole.ToolTipRole)
    assert [browser.outlet.itemText(i) for i in range(1, browser.outlet.count())] == ["Reuters"]
    browser.outlet.setCurrentText("Reuters")
    assert [model.document_id(r) for r in range(model.rowCount())] == [2]
    model.set_filters()
    model.sort(2, Qt.SortOrder.AscendingOrder)
    assert [model.document_id(r) for r in range(model.rowCount())][0] == 2


def test_an_article_opened_from_a_search_shows_where_the_words_are(qtbot, sample_corpus, shown_window):
    """walk24: "Siringas" found d9, and Enter opened d9 at its top, the word 2,000 characters down, unmarked."""
    w = shown_window(sample_corpus)
    browser = w.browser
    browser.search_box.setFocus()
    qtbot.keyClicks(browser.search_box, "guiding")  # once in the sample, 80% of the way down its article
    qtbot.keyClick(browser.search_box, Qt.Key.Key_Return)
    assert browser.model.rowCount() == 1
    document_id = browser.model.document_id(0)
    qtbot.keyClick(browser.view, Qt.Key.Key_Return)
    pane = w.comparison.pane(document_id)
    assert [pane.text[start:end] for start, end in pane.found] == ["guiding"]
    marked = [s for s in pane.text_view.extraSelections() if s.cursor.selectedText() == "guiding"]
    assert marked and marked[0].format.foreground().color().name() == "#ffffff"
    view = pane.text_view
    assert view.viewport().rect().contains(view.cursorRect().center()), "scrolled to the word"
    assert view.verticalScrollBar().value() > 0
    assert f"“guiding” found: d{document_id} 1×" in w.statusBar().currentMessage()


@pytest.mark.parametrize("query, said", [
    ("*", "Nothing to search in “*”: the search reads words and numbers and needs a letter or digit"),
    ("-", "Nothing to search in “-”"),
    ("©", "Nothing to search in “©”"),
    ("(c)", "0 matching documents. Punctuation is not searched, only words and numbers: “(c)” looked for c."),
])
def test_a_search_that_finds_nothing_for_its_punctuation_says_why(qtbot, sample_corpus, shown_window, query, said):
    """look26: "*", "-" and "(c)" listed 0 documents under an ordinary "0 matching document(s)"."""
    browser = shown_window(sample_corpus).browser
    browser.search_box.setText(query)
    assert browser.model.rowCount() == 0
    assert browser.status.text().startswith(said), browser.status.text()
    browser.search_box.setText("Mariupol")  # words found: the count, as before
    assert browser.status.text().startswith(counted(browser.model.rowCount(), "matching document"))


def test_a_search_or_filter_that_keeps_nothing_says_so_and_offers_nothing_to_open(qtbot, dated_corpus, shown_window):
    """window38's walk: a search that found nothing read "0 matching documents — Enter opens the selection side by side"."""
    browser = shown_window(dated_corpus).browser
    browser.search_box.setText("zebra crossing")
    assert browser.model.rowCount() == 0
    assert browser.status.text() == "No document matches “zebra crossing”"
    browser.search_box.setText("")
    browser.model.set_filters(date_from="2023-04")
    browser.search_box.setText("port authority")  # d1's words, dated March: the dates keep only d2
    assert browser.model.rowCount() == 0
    assert browser.status.text().startswith("No document the outlet and dates keep matches “port authority” (“All outlets”")
    assert "Enter opens" not in browser.status.text()


def test_at_1280_a_title_reads_over_two_lines_and_on_one_in_a_wide_dock(qtbot, sample_corpus, shown_window):
    """At 1280×800 the list showed ~17 characters of each title ("Russia's Defense Minist…"): narrower than a
    headline, the title column lists each title over two lines, the cut marked at the end of the second."""
    from PySide6.QtCore import QRect

    w = shown_window(sample_corpus)
    w.resize(1280, 800)
    w.compare([1, 2], 1)
    view, header = w.browser.view, w.browser.view.horizontalHeader()
    metrics = view.fontMetrics()
    qtbot.waitUntil(lambda: w.width() == 1280 and view.rowHeight(0) >= 2 * metrics.lineSpacing())
    assert w.docks["documents"].width() <= 300, "the titles take no width from the articles"
    assert view.wordWrap()
    title = str(view.model().index(0, 0).data())
    room = QRect(0, 0, header.sectionSize(0) - 8, 10000)
    shown = max(n for n in range(len(title) + 1)
                if metrics.boundingRect(room, Qt.TextFlag.TextWordWrap, title[:n] + "…").height()
                <= view.rowHeight(0))
    assert shown >= 30, f"two lines show {shown} characters of “{title}”"
    w.resizeDocks([w.docks["documents"]], [760], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: view.rowHeight(0) < 2 * metrics.lineSpacing())
    assert not view.wordWrap() and header.sectionSize(0) >= metrics.averageCharWidth() * 70


def test_an_article_with_no_outlet_says_so_in_the_list_as_its_pane_does(sample_corpus, shown_window):
    """The list left d2's Outlet cell blank while its pane and the timeline said "no outlet": one wording, in grey."""
    window = shown_window(sample_corpus)
    model = window.browser.model
    outlet = next(c for c in range(model.columnCount()) if model.headerData(c, Qt.Orientation.Horizontal) == "Outlet")
    row = {model.document_id(r): r for r in range(model.rowCount())}
    assert sample_corpus.document(2, with_text=False).outlet is None
    assert model.index(row[2], outlet).data() == "no outlet"
    assert model.index(row[2], outlet).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.index(row[1], outlet).data() == "BNR"
    assert model.index(row[1], outlet).data(Qt.ItemDataRole.ForegroundRole) is None
    assert "no outlet ·" in model.index(row[2], 0).data(Qt.ItemDataRole.ToolTipRole)
    window.compare([2])
    assert "no outlet" in window.comparison.pane(2).facts_label.line
