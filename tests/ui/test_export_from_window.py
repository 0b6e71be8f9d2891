"""File → Export from the window as `provenance open` starts it: the PDF is written, not refused.

The PDF page layout is passed to the export by whoever exports; nothing registers it by an
import side effect. The first test proves it in a fresh interpreter that only runs the `open`
command, so no test module can have imported the layout beforehand.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

REPO = Path(__file__).resolve().parents[2]

DRIVER = r'''
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
corpus, target = sys.argv[1], sys.argv[2]
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog
import viewer.app

QFileDialog.getSaveFileName = staticmethod(lambda *args, **kwargs: (target, "PDF (*.pdf)"))
opened = viewer.app.open_window


def open_and_export(*args, **kwargs):
    window, error = opened(*args, **kwargs)

    def finished():
        if window.runner.task is not None:
            QTimer.singleShot(50, finished)
            return
        print("STATUS:", window.statusBar().currentMessage())
        window.close()
        QApplication.quit()

    def export():
        window.actions["file.export"].trigger()
        finished()

    QTimer.singleShot(0, export)
    return window, error


viewer.app.open_window = open_and_export
from viewer.cli import main
sys.exit(main(["open", corpus, "--compare", "d1,d2"]))
'''


def test_export_action_writes_a_pdf_in_a_window_started_like_provenance_open(analysed_corpus_file, tmp_path):
    target = tmp_path / "from-window.pdf"
    run = subprocess.run(
        [sys.executable, "-c", DRIVER, str(analysed_corpus_file), str(target)],
        cwd=REPO, capture_output=True, text=True, timeout=120,
    )
    assert run.returncode == 0, run.stderr
    status = next(line for line in run.stdout.splitlines() if line.startswith("STATUS:"))
    assert "Failed" not in status and str(target) in status, (status, run.stderr[-2000:])
    reader = PdfReader(target)
    assert len(reader.pages) >= 3
    highlights = [a for page in reader.pages for a in page.get("/Annots", []) if a.get_object()["/Subtype"] == "/Highlight"]
    assert highlights, "the exported PDF carries no claim highlights"
    assert "Mariupol" in "".join(page.extract_text() for page in reader.pages)


def test_a_json_export_of_a_comparison_says_it_holds_the_whole_corpus(qtbot, analysed_corpus_file, shown_window,
                                                                       tmp_path):
    """Export with two articles open: the Markdown holds those two, the JSON every document, and said nothing."""
    import json

    from viewer.corpus.store import Corpus

    corpus = Corpus(analysed_corpus_file, create=False)
    w = shown_window(corpus)
    w.compare([1, 2])
    for name in ("open.md", "open.json"):
        task = w.jobs.export_to(str(tmp_path / name))
        with qtbot.waitSignal(task.done, timeout=60000) as done:
            pass
        assert done.args[0] is True, done.args[1]
        said = w.statusBar().currentMessage()
        assert ("holds the whole corpus" in said) == (name == "open.json"), said
    assert len(json.loads((tmp_path / "open.json").read_text(encoding="utf-8"))["documents"]) == corpus.document_count() > 2
    w.set_corpus(None)
    corpus.close()


def test_a_pdf_exported_from_the_window_is_signed_with_the_researchers_name(qtbot, analysed_corpus_file, shown_window,
                                                                              settings, tmp_path):
    """walk24: the window had no way to give a name, so every comment of its PDFs was signed "Provenance Viewer"."""
    from viewer.corpus import notes
    from viewer.corpus.store import Corpus

    corpus = Corpus(analysed_corpus_file, create=False)
    notes.set_note(corpus, "document", "d1", "Saved from the outlet's site.")
    w = shown_window(corpus)
    w.compare([1, 2])
    w.actions["file.researcher"].trigger()
    w.jobs.name_dialog.setTextValue("  Ana   Lima ")
    w.jobs.name_dialog.accept()
    assert settings.value("reports/researcher") == "Ana Lima"
    task = w.jobs.export_to(str(tmp_path / "signed.pdf"))
    with qtbot.waitSignal(task.done, timeout=60000) as done:
        pass
    assert done.args[0] is True, done.args[1]
    reader = PdfReader(tmp_path / "signed.pdf")
    authors = {a.get_object().get("/T") for page in reader.pages for a in page.get("/Annots", [])
               if a.get_object()["/Subtype"] in ("/Text", "/Highlight")}
    assert authors == {"Ana Lima"}
    assert reader.metadata.get("/Author") == "Ana Lima" and "Researcher: Ana Lima" in " ".join(reader.pages[0].extract_text().split())
    w.set_corpus(None)
    corpus.close()


def test_an_export_to_a_folder_that_does_not_exist_says_so_plainly(qtbot, analysed_corpus_file, shown_window, tmp_path):
    """A traceback stood under "Show details" before; the folder is not made (a typing slip or an unplugged drive)."""
    from viewer.corpus.store import Corpus

    corpus = Corpus(analysed_corpus_file, create=False)
    w = shown_window(corpus)
    w.compare([1, 2])
    missing = tmp_path / "reports" / "april"
    for name in ("open.pdf", "open.csv", "open.md"):
        task = w.jobs.export_to(str(missing / name))
        with qtbot.waitSignal(task.done, timeout=60000) as done:
            pass
        assert done.args[0] is False
        box = w.runner.failure_box
        assert box.text() == f"{missing / name}: the folder {missing} does not exist; nothing was written"
        assert box.detailedText() == "" and "Traceback" not in done.args[1]
        box.close()
    assert not (tmp_path / "reports").exists()
    w.set_corpus(None)
    corpus.close()


@pytest.mark.parametrize("typed, chosen, replaced", [
    ("report", "PDF (*.pdf)", "report.pdf"),
    ("tables.csv", "CSV (*.csv)", "tables-claims.csv"),
])
def test_a_file_the_save_dialog_did_not_name_is_replaced_only_when_the_researcher_says_so(
        qtbot, analysed_corpus_file, shown_window, tmp_path, monkeypatch, typed, chosen, replaced):
    """The dialog asks about replacing the name typed ("report"); the export added ".pdf" (or wrote the CSV tables
    beside "tables.csv") and replaced an earlier report.pdf without a word."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from viewer.corpus.store import Corpus

    corpus = Corpus(analysed_corpus_file, create=False)
    w = shown_window(corpus)
    w.compare([1, 2])
    earlier = tmp_path / replaced
    earlier.write_text("the report I handed in")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(tmp_path / typed), chosen)))
    asked = []

    def answer(reply):
        return staticmethod(lambda _parent, _title, text, *a: asked.append(text) or reply)

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    w.actions["file.export"].trigger()
    assert w.runner.task is None and earlier.read_text() == "the report I handed in"
    assert str(earlier) in asked[0] and "left as it was" in w.statusBar().currentMessage()
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    w.actions["file.export"].trigger()
    with qtbot.waitSignal(w.runner.task.done, timeout=60000) as done:
        pass
    assert done.args[0] is True, done.args[1]
    assert earlier.read_text(encoding="utf-8", errors="replace") != "the report I handed in"
    w.set_corpus(None)
    corpus.close()
