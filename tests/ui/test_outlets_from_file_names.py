"""A folder of plain-text articles named after their outlets ("nyt-2017-02-14.txt"): the window reads the outlets,
and the dates the texts lack, from the file names in one step that Edit → Undo takes back."""
from __future__ import annotations

import pytest

from viewer.corpus import publication
from viewer.corpus.importing import import_paths
from viewer.corpus.store import Corpus

ARTICLES = {  # plain texts that name no outlet and no date
    "nyt-2017-02-14.txt": "Harbour pier to be rebuilt\n\nThe council voted on the pier. Work starts in June.\n",
    "NYT-2017-02-15.txt": "Pier work delayed\n\nThe pier will not be rebuilt before July, the council said.\n",
    "fox-2017-02-14.txt": "Council backs new pier\n\nA new pier was approved by the council after a long debate.\n",
    "ap-2017-02-31.txt": "Pier vote\n\nCouncillors approved the pier plan, officials said.\n",  # no such day
}


@pytest.fixture
def corpus_file(tmp_path):
    """A corpus on disk: corrections run in the background, on the file."""
    corpus = Corpus(tmp_path / "names.corpus")
    yield corpus
    corpus.close()


def _imported(corpus, folder):
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    import_paths(corpus, sorted(folder.glob("*.txt")))
    return {corpus.document(d, with_text=False).file_name: d for d in corpus.document_ids()}


def test_outlets_and_missing_dates_are_set_from_the_file_names_and_undone(qtbot, corpus_file, tmp_path,
                                                                          shown_window, finish):
    ids = _imported(corpus_file, tmp_path)
    assert {corpus_file.document(d, with_text=False).outlet for d in ids.values()} == {None}
    w = shown_window(corpus_file)
    w.actions["edit.outlets_from_names"].trigger()
    dialog = w.browser.dialog
    qtbot.addWidget(dialog)
    assert dialog.word.currentText().casefold().startswith("the first word: nyt (2)")  # "NYT", "nyt": one outlet
    words = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert [word.casefold() for word in words] == ["nyt", "ap", "fox"]
    outlets = {"nyt": "The New York Times", "fox": "Fox News", "ap": ""}  # a cleared row leaves its files alone
    for r, word in enumerate(words):
        dialog.table.item(r, 2).setText(outlets[word.casefold()])
    assert dialog.with_dates.isVisible() and "3 documents" in dialog.with_dates.text()
    dialog.ok.click()
    finish(w)
    outlet = {name: corpus_file.document(d, with_text=False).outlet for name, d in ids.items()}
    assert outlet == {"nyt-2017-02-14.txt": "The New York Times", "NYT-2017-02-15.txt": "The New York Times",
                      "fox-2017-02-14.txt": "Fox News", "ap-2017-02-31.txt": None}
    assert publication.dating(corpus_file, ids["NYT-2017-02-15.txt"]).published == "2017-02-15"
    assert publication.dating(corpus_file, ids["ap-2017-02-31.txt"]).published is None
    assert w.browser.outlet.findText("Fox News") >= 0, "the outlet filter offers the new outlets"
    w.actions["edit.undo"].trigger()
    finish(w)
    assert {corpus_file.document(d, with_text=False).outlet for d in ids.values()} == {None}
    assert publication.dating(corpus_file, ids["nyt-2017-02-14.txt"]).published is None


def test_the_outlet_may_be_the_last_word_of_the_names(qtbot, corpus_file, tmp_path, shown_window):
    """BASIL's files read "2058ec60_FOX.txt": the first word is an event's id, the outlet comes last."""
    for n, (name, text) in enumerate(ARTICLES.items()):
        (tmp_path / f"{2058 + n}ec{n}_{name.split('-')[0].upper()}.txt").write_text(text, encoding="utf-8")
    import_paths(corpus_file, sorted(tmp_path.glob("*.txt")))
    w = shown_window(corpus_file)
    w.browser.view.selectAll()
    menu = w.browser.menu_for(0)
    action = next(a for a in menu.actions() if a.text().startswith("Outlets from the file names"))
    assert action.text() == "Outlets from the file names of these 4 documents…"
    action.trigger()
    dialog = w.browser.dialog
    qtbot.addWidget(dialog)
    assert dialog.word.currentText().startswith("the last word: NYT (2)")
    assert not dialog.with_dates.isVisible(), "no name holds a date"


def test_one_document_given_an_outlet_is_named_in_the_status_line(qtbot, corpus_file, tmp_path, shown_window, finish):
    """Ctrl+Shift+O on one selected row said "Set the outlet of 1 documents"."""
    ids = _imported(corpus_file, tmp_path)
    w = shown_window(corpus_file)
    w.browser.view.selectRow(0)
    w.actions["edit.set_outlet"].trigger()
    dialog = w.browser.dialog
    qtbot.addWidget(dialog)
    dialog.outlet.setCurrentText("Reuters")
    dialog._check_and_accept()
    first = w.browser.model.document_id(0)
    assert finish(w).summary == f"Set the outlet of d{first}"
    assert corpus_file.document(first, with_text=False).outlet == "Reuters" and first in ids.values()


def test_an_import_of_such_files_says_how_to_set_their_outlets(qtbot, corpus_file, tmp_path, shown_window, finish):
    """Imported in the window, the folder's files said only "Imported 4 documents.", and the outlets stayed unset."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    w = shown_window(corpus_file)
    w.jobs.import_paths([str(folder)])
    finish(w)
    said = w.statusBar().currentMessage()
    assert said.startswith("Imported 4 documents.")
    assert "4 name no outlet" in said and "“nyt”" in said.casefold()
    assert "Edit → Outlets from file names…" in said
