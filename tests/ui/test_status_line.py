"""A long status message is read whole: the corpus summary steps aside for it and the bar's tooltip holds all of it."""
from __future__ import annotations

from pathlib import Path

import pytest

from viewer.corpus.store import Corpus

ARTICLES = {  # plain texts naming no outlet, two outlets' names repeated, one name alone
    "mysanantonio-2016-06-01-570142.txt": "Child shot on West Side\n\nA girl, 7, was shot on Wednesday, police said.\n",
    "mysanantonio-2016-09-08-650750.txt": "Names released\n\nPolice released the names of those wounded on Sunday.\n",
    "nydailynews-2015-08-06-387194.txt": "Driver possibly threatened\n\nThe accused driver was threatened, his lawyer said.\n",
    "nydailynews-2015-09-01-387194.txt": "Fourth suspect held\n\nPolice arrested a fourth suspect in the drive-by.\n",
    "cafe-note.txt": "Café owner José Pérez said the Río Chama reached his door.\n",
    "empty.txt": "",
}


@pytest.fixture
def corpus_file(tmp_path):
    corpus = Corpus(tmp_path / "status.corpus")
    yield corpus
    corpus.close()


def _article_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _bar_after_import(window, folder: Path, finish):
    """The status bar of a laptop-width window once the folder's import has finished."""
    window.resize(1366, 768)
    window.jobs.import_paths([str(folder)])
    finish(window)
    return window.statusBar()


def test_a_long_import_message_is_shown_whole_at_laptop_width(qtbot, corpus_file, tmp_path, shown_window, finish):
    """At 1366 px the import's line stopped at "…“cafe”:" under the document count, and the step it names (Edit →
    Outlets from file names…) was never seen; "cafe" names one file, not a word the names repeat."""
    w = shown_window(corpus_file)
    bar = _bar_after_import(w, _article_folder(tmp_path), finish)
    said = bar.currentMessage()
    assert said.startswith("Imported 5 documents; skipped 1 file (see the report). 5 name no outlet")
    assert "“mysanantonio”, “nydailynews”:" in said and "cafe" not in said
    assert bar.toolTip() == said
    assert bar.fontMetrics().horizontalAdvance(said) < bar.width() - 40
    bar.showMessage(f"{said} {said}")  # a line longer than the bar leaves beside the summary
    assert not w.summary.isVisible()
    bar.clearMessage()
    assert w.summary.isVisible() and bar.toolTip() == ""
    bar.showMessage("Wrote report.pdf")
    assert w.summary.isVisible()


def test_a_folder_with_near_duplicates_and_bad_files_still_names_the_outlet_step_within_the_bar(
        qtbot, corpus_file, tmp_path, shown_window, finish):
    """The import line of a folder with a copy and broken files ran past a 1366-px bar: "…near-duplicates 2 (imported,
    marked ≈ in the document list) (see the report). 11 of them name no outlet; …: Edit → Outlets from file na" (the
    report box holds what the brackets said)."""
    folder = _article_folder(tmp_path)
    story = ("Girl shot on West Side\n\nA seven-year-old girl was shot in the leg on Wednesday evening while she played"
             " in the yard of her family's home on the West Side, police said. Officers said a car drove past the house"
             " and someone inside fired several shots. The girl was taken to a hospital and is expected to recover. No"
             " arrests had been made by Thursday, and police asked anyone who saw the car to call them.\n")
    (folder / "expressnews-2016-06-02-570142.txt").write_text(story, encoding="utf-8")
    (folder / "expressnews-2016-06-03-570142.txt").write_text(story.replace("Thursday", "Thursday morning"),
                                                             encoding="utf-8")
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4\n1 0 obj garbage\n")
    (folder / "photo.html").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    bar = _bar_after_import(shown_window(corpus_file), folder, finish)
    said = bar.currentMessage()
    assert said.startswith("Imported 7 documents; skipped 1 file, failed 2 files, near-duplicates 1 (see the report). ")
    assert said.endswith("7 name no outlet; file names repeat “expressnews”, “mysanantonio”, “nydailynews”: Edit → Outlets from file names…")
    assert bar.fontMetrics().horizontalAdvance(said) < bar.width() - 40, said
