"""After background work the open window shows the result: no reopening, no stale panes or tables.

The job runs on its own connection; the window's own `Corpus` must still tell its observers
what changed, and the panes, tables and panels re-read it.
"""
from __future__ import annotations

import re
from pathlib import Path

import handmade_corpus
import pytest

from viewer.corpus.store import Corpus

from tests.conftest import ODD_FAILURES


def _file_corpus(tmp_path, analysed: bool) -> Corpus:
    path = tmp_path / "work.corpus"
    with Corpus(path) as corpus:
        handmade_corpus.build(corpus, analysed=analysed)
    return Corpus(path, create=False)


def test_a_background_analysis_lights_the_open_panes_and_fills_the_panels(qtbot, tmp_path, shown_window):
    corpus = _file_corpus(tmp_path, analysed=False)
    w = shown_window(corpus)
    w.compare([1, 2])
    assert w.comparison.state.claims == {} and w.claims_panel.model.rowCount() == 0
    heard = []
    corpus.analysis_did_change.connect(lambda *args: heard.append("analysis"))
    assert w.summary.text().endswith("not analysed yet (Ctrl+R)")
    w.jobs.analyse()
    # beside the running analysis's bar the summary asked for another one ("(Ctrl+R)", window38's walk)
    assert w.summary.text().endswith("not analysed yet"), w.summary.text()
    with qtbot.waitSignal(w.runner.task.done, timeout=120000) as done:
        pass
    assert done.args[0] is True, done.args[1]
    assert heard == ["analysis"], "observers of the window's corpus never heard the analysis"
    assert w.comparison.document_ids == [1, 2]
    assert w.comparison.state.claims, "the open panes were not re-lit"
    assert all(pane.text_view.lit for pane in w.comparison.panes)
    assert w.claims_panel.model.rowCount() == len(w.comparison.state.claims)
    assert w.attribution_panel.model.rowCount() > 0
    assert "not analysed yet" not in w.summary.text()
    w.set_corpus(None)
    corpus.close()


def test_the_analysis_progress_counts_the_documents_and_shows_how_far_as_a_share(qtbot, tmp_path, shown_window):
    """The line read "(0/35)" for 34 documents: the 35th step is the linking, no document."""
    corpus = _file_corpus(tmp_path, analysed=False)
    count = corpus.document_count()
    w = shown_window(corpus)
    told: list[str] = []
    w.statusBar().messageChanged.connect(told.append)
    w.jobs.analyse()
    with qtbot.waitSignal(w.runner.task.done, timeout=120000) as done:
        pass
    assert done.args[0] is True, done.args[1]
    assert not [line for line in told if line.endswith("(0%)")], "a share of nothing read as a stuck bar"
    # Each document counts twice, read and embedded: the bar stood at 94% while the last ones were embedded. The
    # window shows the latest progress at each look, so any line may be skipped; each shown one must fit its counts.
    steps = 2 * count + 1
    read = [(int(k), int(s)) for k, s in (re.search(rf"; (\d+) of {count} done.* \((\d+)%\)$", line).groups()
                                          for line in told if re.search(rf"; \d+ of {count} done", line))]
    ready_line = rf": (\d+) of {count} documents ready .*\((\d+)%\)$"
    ready = [(int(e), int(s)) for e, s in (re.search(ready_line, line).groups()
                                           for line in told if "ready for the linking" in line)]
    assert read or ready, told
    assert all(100 * k // steps <= s <= 100 * 2 * k // steps for k, s in read), told
    assert all(100 * e // steps <= s <= 100 * (count + e) // steps for e, s in ready), told
    assert not [line for line in told if re.search(r"\(\d+/\d+\)", line)], "a step count read as a document count"
    w.set_corpus(None)
    corpus.close()


def test_a_background_import_adds_the_rows_and_tells_the_corpus_observers(qtbot, tmp_path, shown_window):
    corpus = _file_corpus(tmp_path, analysed=True)
    w = shown_window(corpus)
    w.compare([1, 2])
    lit_before = dict(w.comparison.state.claims)
    heard = []
    corpus.documents_did_change.connect(lambda *args: heard.append(args))
    extra = tmp_path / "extra.txt"
    extra.write_text("Port talks resume\n\nThe harbour authority said on Tuesday that talks would resume.\n",
                     encoding="utf-8")
    w.jobs.import_paths([str(extra)])
    with qtbot.waitSignal(w.runner.task.done, timeout=60000) as done:
        pass
    assert done.args[0] is True, done.args[1]
    assert len(heard) == 1, "observers of the window's corpus never heard of the new document"
    assert w.browser.model.rowCount() == 6
    assert "6 documents" in w.summary.text() and "not analysed yet" in w.summary.text()
    assert w.comparison.document_ids == [1, 2] and set(w.comparison.state.claims) == set(lit_before)
    w.set_corpus(None)
    corpus.close()


def test_an_import_that_could_not_read_some_files_lists_every_one_in_a_report(qtbot, tmp_path, shown_window, finish):
    """The status bar holds one line for seconds; the files left out must stay readable until closed."""
    corpus = _file_corpus(tmp_path, analysed=True)
    w = shown_window(corpus)
    folder = tmp_path / "downloads"
    folder.mkdir()
    (folder / "report.txt").write_text("Port talks resume\n\nThe harbour authority said talks would resume.\n",
                                       encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "junk.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "broken.json").write_text('{"text": "cut off', encoding="utf-8")
    (folder / "scan.pdf").write_text("not a pdf", encoding="utf-8")
    finish(w.jobs.import_paths([str(folder)]))
    box = w.runner.report_box
    assert box is not None and box.isVisible(), "the files left out were only told in the status bar"
    assert box.text() == "Imported 1 document."
    for name, why in (("empty.txt", "empty"), ("junk.txt", "binary"), ("broken.json", "JSON"), ("scan.pdf", "PDF")):
        line = next((l for l in box.informativeText().splitlines() if name in l), None)
        assert line is not None and why in line, f"{name} is not in the report with its reason"
    # a .json that is not JSON is a file that failed, not "1 record of 1 file" (window39)
    assert w.statusBar().currentMessage() == "Imported 1 document; skipped 1 file, failed 3 files (see the report)"
    box.close()
    w.set_corpus(None)
    corpus.close()


def test_a_record_file_without_a_text_column_takes_one_line_of_the_report_and_hides_no_other_file(
        qtbot, tmp_path, shown_window, finish):
    """A news database's CSV names its text "content": 30 rows failed alike filled the report's ten lines,
    and "… and 22 more" hid the damaged PDF and the binary file behind them."""
    corpus = _file_corpus(tmp_path, analysed=True)
    w = shown_window(corpus)
    folder = tmp_path / "downloads"
    folder.mkdir()
    rows = "".join(f'"Harbour item {n}","The harbour authority said {n} ships waited.",2024-05-0{n % 9 + 1}\n'
                   for n in range(30))
    (folder / "agency-feed.csv").write_text("headline,content,date\n" + rows, encoding="utf-8")
    (folder / "junk.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "scan.pdf").write_text("not a pdf", encoding="utf-8")
    finish(w.jobs.import_paths([str(folder)]))
    box = w.runner.report_box
    assert box is not None and box.isVisible()
    lines = box.informativeText().splitlines()
    assert lines[0] == "Failed 2 files:"  # the CSV's records are the field dialog's question, not 30 failures here
    for name, why in (("junk.txt", "binary"), ("scan.pdf", "PDF")):
        assert any(name in line and why in line for line in lines), f"{name} is hidden from the report"
    assert not any("more" in line or "agency-feed" in line for line in lines)
    dialog = w.jobs.field_dialog
    qtbot.addWidget(dialog)
    assert [Path(f).name for f in dialog.files] == ["agency-feed.csv"]
    dialog.reject()
    box.close()
    w.set_corpus(None)
    corpus.close()


@pytest.mark.parametrize("failure", ODD_FAILURES)
def test_an_analysis_that_could_not_analyse_a_document_names_it_in_a_report_and_links_the_rest(
        qtbot, tmp_path, shown_window, request, failure):
    """A step, or the batch parse or embedding of its partition, raising on it: the same report box."""
    from tests.conftest import ODD

    request.getfixturevalue(failure)

    from viewer.corpus.importing import import_paths

    corpus = _file_corpus(tmp_path, analysed=False)
    odd = tmp_path / "odd.txt"
    odd.write_text(f"Harbour reopens\n\nThe {ODD} harbour reopened on Monday, its director said.\n", encoding="utf-8")
    [(_, odd_id)] = import_paths(corpus, [odd]).imported
    w = shown_window(corpus)
    w.compare([1, 2])
    w.jobs.analyse()
    with qtbot.waitSignal(w.runner.task.done, timeout=120000) as done:
        pass
    assert done.args[0] is True, done.args[1]
    box = w.runner.report_box
    assert box is not None and box.isVisible(), "the unanalysed document was only told in the status bar"
    assert box.text().startswith("Analysed 5 new documents")
    [line] = [l for l in box.informativeText().splitlines() if l.startswith(f"  d{odd_id} ")]
    assert "odd.txt" in line
    assert ODD_FAILURES[failure] in line
    assert "could not analyse 1 document " in w.statusBar().currentMessage()
    assert w.comparison.state.claims, "the rest of the corpus was not linked"
    box.close()
    w.set_corpus(None)
    corpus.close()


def test_an_analysis_in_the_window_reports_a_document_too_long_to_analyse_and_lights_the_rest(qtbot, tmp_path, shown_window):
    """Its report read "Could not analyse 1 document(s) (… the next analysis tries them again)" with spaCy's E088."""
    from viewer.corpus.importing import import_paths

    from tests.conftest import write_too_long

    corpus = _file_corpus(tmp_path, analysed=False)
    [(_, long)] = import_paths(corpus, [write_too_long(tmp_path)]).imported
    w = shown_window(corpus)
    w.compare([1, 2, long])
    w.jobs.analyse()
    with qtbot.waitSignal(w.runner.task.done, timeout=120000) as done:
        pass
    assert done.args[0] is True, done.args[1]
    box = w.runner.report_box
    assert box is not None and box.isVisible() and box.text().startswith("Analysed 5 new documents")
    said = box.informativeText()
    assert said.startswith("Too long to analyse, 1 document (never parsed, nor tried again):")
    [line] = [l for l in said.splitlines() if l.startswith(f"  d{long} ")]
    assert "“Ferry archive” (archive.txt): too long to analyse: " in line and "split it into parts" in line
    assert "E088" not in said and "Could not analyse" not in said
    assert "too long to analyse, 1 document " in w.statusBar().currentMessage()
    assert w.summary.text() == "6 documents — 1 too long to analyse"
    assert w.comparison.state.claims and "too long to analyse" in w.comparison.pane(long).banner.text()
    box.close()
    w.set_corpus(None)
    corpus.close()
