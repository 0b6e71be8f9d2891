"""The window's PDF export runs as `provenance export` in a process of its own (`viewer.ui.export_process`):
its progress shows in the window, Cancel leaves no file, a failure is said in words, and the PDF is the one the
command writes."""
from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from viewer.cli import build_parser
from viewer.ui.export_process import CANCELLED, PdfRequest, export_command, failure


@pytest.fixture
def window(analysed_corpus_file, shown_window):
    from viewer.corpus.store import Corpus

    corpus = Corpus(analysed_corpus_file, create=False)
    w = shown_window(corpus)
    w.compare([1, 2])
    yield w
    w.set_corpus(None)
    corpus.close()


def _texts(path: Path) -> list[str]:
    """Each page's text, the moment of the export (on the cover) left out."""
    return [re.sub(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00", "", page.extract_text()) for page in PdfReader(path).pages]


def test_the_window_shows_the_export_processs_steps_and_says_what_it_wrote(qtbot, window, tmp_path):
    target = tmp_path / "report.pdf"
    task = window.jobs.export_to(str(target))
    seen = []
    task.progressed.connect(lambda done, total, what: seen.append((window.runner.progress.maximum(),
                                                                   window.statusBar().currentMessage())))
    with qtbot.waitSignal(task.done, timeout=60000) as done:
        pass
    assert done.args[0] is True, done.args[1]
    # each step moved the bar and was named in the status bar, as a job on a thread does
    assert any(maximum > 0 and message.startswith("Exporting: laying out ") for maximum, message in seen), seen
    assert any(message.startswith("Exporting: writing ") for _, message in seen), seen
    assert window.statusBar().currentMessage().startswith(f"Wrote {target}: ") and not window.runner.progress.isVisible()
    assert window.runner.idle and window.actions["file.export"].isEnabled()


def test_cancel_kills_the_export_and_leaves_the_earlier_file_and_nothing_else(qtbot, window, tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    target = folder / "report.pdf"
    target.write_text("the report I handed in")
    task = window.jobs.export_to(str(target))
    scratch = []

    def on_step(done, total, what):
        if what.startswith("writing") and not scratch:  # mid-paint: its temporary files lie beside the target
            scratch.extend(p.name for p in folder.iterdir() if p != target)
            window.runner.cancel()

    task.progressed.connect(on_step)
    with qtbot.waitSignal(task.done, timeout=60000) as done:
        pass
    assert done.args == [False, CANCELLED]
    assert scratch, "the export was cancelled before it wrote anything"
    assert [p.name for p in folder.iterdir()] == ["report.pdf"] and target.read_text() == "the report I handed in"
    assert window.statusBar().currentMessage() == CANCELLED and window.runner.failure_box is None


@pytest.mark.parametrize("where", ["a folder", "a folder it may not write in"])
def test_an_export_the_command_refuses_is_explained_in_its_words(qtbot, window, tmp_path, where):
    folder = tmp_path / "reports"
    folder.mkdir()
    if where == "a folder":
        target, said = folder, f"{folder} is a folder: give a file name"
    else:
        folder.chmod(0o500)
        if os.access(folder, os.W_OK):
            pytest.skip("this user may write in any folder (root)")
        target, said = folder / "report.pdf", f"{folder / 'report.pdf'}: cannot write in {folder} ("
    try:
        task = window.jobs.export_to(str(target), "pdf")
        with qtbot.waitSignal(task.done, timeout=60000) as done:
            pass
    finally:
        folder.chmod(0o700)
    assert done.args[0] is False and done.args[1].startswith(said), done.args[1]
    box = window.runner.failure_box
    assert box.text() == done.args[1] and box.detailedText() == "" and "Traceback" not in done.args[1]
    assert list(folder.iterdir()) == []
    box.close()


def test_the_windows_pdf_is_the_one_the_export_writes_with_the_same_choices(qtbot, window, analysed_corpus_file,
                                                                             tmp_path):
    from viewer.corpus.store import Corpus
    from viewer.export.formats import export
    from viewer.render.pdf_layout import render

    window.jobs.settings.setValue("reports/researcher", "Ana Lima")
    task = window.jobs.export_to(str(tmp_path / "window.pdf"))
    with qtbot.waitSignal(task.done, timeout=60000) as done:
        pass
    assert done.args[0] is True, done.args[1]
    state = window.comparison.state
    with Corpus(analysed_corpus_file, create=False) as corpus:
        export(corpus, "pdf", tmp_path / "here.pdf", [1, 2], sorted(state.claims), researcher="Ana Lima",
               render=render, colours=dict(state.colours))
    assert _texts(tmp_path / "window.pdf") == _texts(tmp_path / "here.pdf")
    annotations = [[(a.get_object()["/Subtype"], a.get_object().get("/C"), a.get_object().get("/T"))
                    for a in page.get("/Annots", [])] for page in PdfReader(tmp_path / "window.pdf").pages]
    assert annotations == [[(a.get_object()["/Subtype"], a.get_object().get("/C"), a.get_object().get("/T"))
                            for a in page.get("/Annots", [])] for page in PdfReader(tmp_path / "here.pdf").pages]


@pytest.mark.parametrize("frozen", [False, True])
def test_the_command_is_one_the_command_line_reads_back(monkeypatch, tmp_path, frozen):
    """A frozen app has no Python to run `-m viewer.cli` with: it runs itself, whose entry is the command line."""
    if frozen:
        monkeypatch.setattr(sys, "frozen", True, raising=False)
    request = PdfRequest(tmp_path / "report.pdf", [1, 2], [3, 1], {3: "#89CAF0", 1: "#EEBC4C"}, "-Ana Lima")
    program, arguments = export_command(Path("handmade.corpus"), request)
    assert program == sys.executable
    if not frozen:
        assert arguments[:2] == ["-m", "viewer.cli"]
        arguments = arguments[2:]
    args = build_parser().parse_args(arguments)
    assert (args.command, args.format, args.output, args.documents, args.claims) == (
        "export", "pdf", str(tmp_path / "report.pdf"), "d1,d2", "c3,c1")
    assert args.corpus == str(Path("handmade.corpus").absolute()) and args.progress_lines
    assert (args.colours, args.researcher) == ("c3=#89CAF0,c1=#EEBC4C", "-Ana Lima")


def test_a_fault_of_the_program_keeps_its_traceback_for_the_details():
    said = ["provenance: note: x.corpus is read-only; it is open for reading only", "Traceback (most recent call last):",
            '  File "pdf.py", line 3, in export_pdf', "ZeroDivisionError: division by zero"]
    message = failure(said, 1)
    first, _, details = message.partition("\n\n")
    assert first == "the export stopped on a fault of the program: ZeroDivisionError: division by zero"
    assert "pdf.py" in details
    assert failure(said[:1] + ["provenance: the disk is full; nothing was written"], 1) == \
        "the disk is full; nothing was written"


def test_closing_the_window_mid_export_ends_the_process_and_leaves_no_file(qtbot, window, tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    task = window.jobs.export_to(str(folder / "report.pdf"))
    written = []
    task.progressed.connect(lambda done, total, what: written.append(what) if what.startswith("writing") else None)
    qtbot.waitUntil(lambda: bool(written), timeout=60000)
    window.close()
    assert not task.is_running() and list(folder.iterdir()) == []
