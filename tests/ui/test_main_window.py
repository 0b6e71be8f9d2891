"""The window opens on any corpus state, keeps working during background work, remembers its layout."""
from __future__ import annotations

import handmade_corpus
from PySide6.QtCore import QSettings

from viewer.analysis.claims import blocks
from viewer.corpus.store import Corpus
from viewer.ui.main_window import MainWindow
from viewer.corpus.importing import import_job
from viewer.ui.tasks import BackgroundTask

SAMPLE = handmade_corpus.SAMPLE


def _window(qtbot, corpus, settings):
    w = MainWindow(corpus, settings)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def test_opens_with_no_corpus_and_on_an_empty_one(memory_corpus, qtbot, settings):
    w = _window(qtbot, None, settings)
    assert not w.actions["file.analyse"].isEnabled()
    w.set_corpus(memory_corpus)
    assert w.browser.model.rowCount() == 0
    assert w.comparison.hint.isVisible()
    assert w.actions["file.analyse"].isEnabled() and not w.actions["view.next_claim"].isEnabled()


def test_docks_move_without_animation(qtbot, settings):
    """A dock animation ending while a PDF export laid out its pages hung the window (seen in CI): none is made."""
    assert not _window(qtbot, None, settings).isAnimated()


def test_the_window_keeps_what_its_relinks_verified_for_the_next(qtbot, settings, monkeypatch):
    """Each hand link relinks the whole corpus over the blocks the relink before verified (`blocks.verified_blocks`);
    a process that relinks once keeps none."""
    monkeypatch.setattr(blocks, "_VERIFIED", None)
    _window(qtbot, None, settings)
    assert blocks._VERIFIED == {}


def test_opens_on_a_corpus_not_analysed_yet(memory_corpus, qtbot, settings):
    handmade_corpus.build(memory_corpus, analysed=False)
    w = _window(qtbot, memory_corpus, settings)
    assert "not analysed yet" in w.summary.text()
    w.compare([1, 2])
    assert w.comparison.state.claims == {}
    assert w.attribution_panel.model.rowCount() == 0
    assert all(not pane.banner.isVisible() for pane in w.comparison.panes)


def test_import_runs_in_the_background_and_the_window_shows_the_result(qtbot, tmp_path, settings):
    path = tmp_path / "new.corpus"
    Corpus(path).close()
    corpus = Corpus(path, create=False)
    w = _window(qtbot, corpus, settings)
    task = w.jobs.import_paths([str(SAMPLE)])
    assert w.runner.task is not None and w.runner.progress.isVisible() and w.runner.cancel_button.isVisible()
    assert not w.actions["file.import_files"].isEnabled()
    with qtbot.waitSignal(w.runner.task.done, timeout=60000) as done:
        w.browser.search_box.setText("Mariupol")  # the window keeps answering while the import runs
    assert done.args[0] is True, done.args[1]
    assert w.runner.task is None and not w.runner.progress.isVisible()
    assert w.browser.model.rowCount() == 5
    assert task is not None
    w.set_corpus(None)
    corpus.close()


def test_cancel_stops_an_import_and_keeps_the_corpus_as_it_was(qtbot, tmp_path):
    path = tmp_path / "c.corpus"
    Corpus(path).close()
    task = BackgroundTask("Importing", path, import_job([str(SAMPLE)]))
    task.cancel()
    with qtbot.waitSignal(task.done, timeout=60000) as done:
        task.start()
    assert done.args[0] is False and done.args[1].startswith("Cancelled")
    assert not task.is_running()
    with Corpus(path, create=False) as corpus:
        assert corpus.document_count() == 0


def test_layout_and_recent_corpora_are_remembered(qtbot, tmp_path, analysed_corpus_file):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    corpus = Corpus(analysed_corpus_file, create=False)
    w = _window(qtbot, corpus, settings)
    w.docks["claims"].hide()
    w.close()
    again = _window(qtbot, corpus, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    assert not again.docks["claims"].isVisible()
    assert again.recent.paths()[0] == str(analysed_corpus_file.resolve())
    again.reset_layout()
    assert again.docks["claims"].isVisible()
    again.set_corpus(None)
    corpus.close()


def test_screenshot_command_renders_the_comparison(qtbot, tmp_path, analysed_corpus_file):
    from PySide6.QtGui import QImage

    from viewer.app import launch

    target = tmp_path / "shot.png"
    assert launch(str(analysed_corpus_file), compare="d1,d2", claim="c2", screenshot=str(target), size="1200x800") == 0
    image = QImage(str(target))
    assert (image.width(), image.height()) == (1200, 800)


def test_default_comparison_is_the_pair_sharing_most_claims(analysed_corpus):
    from viewer.analysis import store

    assert store.document_pair_sharing_most_claims(analysed_corpus) == (1, 2)


def test_a_corpus_reopens_with_the_articles_and_claim_the_researcher_left_open(qtbot, tmp_path, analysed_corpus_file):
    from viewer.app import open_window

    settings_file = str(tmp_path / "s.ini")
    w, error = open_window(str(analysed_corpus_file), False, None, None,
                           QSettings(settings_file, QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    assert error is None and w.comparison.document_ids == [1, 2], "a first opening shows the pair sharing most claims"
    w.compare([2, 1, 4], claim_id=4)
    w.close()
    again, error = open_window(str(analysed_corpus_file), False, None, None,
                               QSettings(settings_file, QSettings.Format.IniFormat))
    qtbot.addWidget(again)
    assert again.comparison.document_ids == [2, 1, 4] and again.comparison.selected_claim == 4
    again.resize(1500, 900)
    again.show()
    qtbot.waitUntil(lambda: all(again.comparison.pane(d).mention_visible(4) for d in (1, 2)))
    asked, error = open_window(str(analysed_corpus_file), False, "d3,d5", None,
                               QSettings(settings_file, QSettings.Format.IniFormat))
    qtbot.addWidget(asked)
    assert asked.comparison.document_ids == [3, 5], "articles named on the command line win"
    for window in (w, again, asked):
        corpus = window.corpus
        window.set_corpus(None)
        corpus.close()


def test_a_reopened_comparison_leaves_out_articles_gone_and_claims_unlinked_meanwhile(qtbot, analysed_corpus_file,
                                                                                     settings):
    w = _window(qtbot, None, settings)
    w.recent.remember_comparison(analysed_corpus_file, [1, 9, 5], 77)  # d9 and c77 are not (or no longer) there
    w.opening.open(analysed_corpus_file)
    assert w.comparison.document_ids == [1, 5] and w.comparison.selected_claim is None
    corpus = w.corpus
    w.set_corpus(None)
    corpus.close()


def test_the_status_line_counts_in_words_not_with_a_bracketed_plural(qtbot, analysed_corpus, shown_window):
    """Every click on a claim said "carried by 2 of 3 open article(s)" and the window "5 document(s)"."""
    w = shown_window(analysed_corpus)
    w.compare([1, 2, 3])
    w.comparison.select_claim(1)  # the hand-made claim 1 is in d1 and d2
    assert w.statusBar().currentMessage() == "Claim [1]: carried by 2 of 3 open articles"
    assert w.summary.text().startswith(f"{analysed_corpus.document_count()} documents")
    assert "(s)" not in w.browser.status.text()


def test_the_status_line_on_a_claim_goes_when_the_articles_open_share_it_no_more(qtbot, analysed_corpus, shown_window):
    """fresh34: "Claim [1]: carried by 2 of 3 open articles" stayed in the status bar over three other articles,
    none carrying claim 1, with no claim selected."""
    w = shown_window(analysed_corpus)
    w.compare([1, 2, 3])
    w.comparison.select_claim(1)
    assert w.statusBar().currentMessage().startswith("Claim [1]:")
    w.compare([3, 4])
    assert w.comparison.selected_claim is None and w.statusBar().currentMessage() == ""
    w.statusBar().showMessage("Wrote report.pdf")
    w.compare([4, 5])  # a job's word is left alone
    assert w.statusBar().currentMessage() == "Wrote report.pdf"


def test_the_claims_filter_box_is_readable_in_a_1280_pixel_window(qtbot, analysed_corpus, shown_window):
    """fresh34: "Only claims shared by the open articles" beside it left the filter box 66 px wide at 1280 × 800,
    its placeholder cut to "Filter cl…"."""
    w = shown_window(analysed_corpus)
    w.resize(1280, 800)
    w.compare([1, 2])
    qtbot.wait(50)
    box = w.claims_panel.filter_box
    assert box.width() >= box.fontMetrics().horizontalAdvance(box.placeholderText()) + 16, box.width()
    assert "discrepancies or tags" in box.toolTip()
    assert w.claims_panel.scope.text() == "Open articles only" and "every claim" in w.claims_panel.scope.toolTip()
