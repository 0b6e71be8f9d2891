"""The attribution panel at its default dock width: statements wrap with their source article
inline, and a double-click or Enter opens the article with the statement selected."""
from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import Qt

from viewer.analysis import store
from viewer.ui.main_window import MainWindow


def _opened(qtbot, corpus, settings) -> MainWindow:
    w = MainWindow(corpus, settings)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.fixture
def window(qtbot, analysed_corpus, settings):
    w = _opened(qtbot, analysed_corpus, settings)
    w.compare([1, 2])
    yield w
    w.set_corpus(None)


def _statement_row(panel, speaker_name):
    model = panel.model
    row = model.speaker_row(speaker_name)
    speaker = model.index(row, 0)
    panel.view.expand(speaker)
    return model.index(0, 0, speaker)


def test_statements_wrap_and_name_their_article(qtbot, window):
    panel = window.attribution_panel
    index = _statement_row(panel, "Oleksandr Motuzaynik")
    statement = panel.model.statement(index)
    shown = index.data()
    assert "The state is making utmost efforts to carry out the rescue of our servicemen." in shown
    assert "Outlet C (d3)" in shown  # the source article, inline
    rect = panel.view.visualRect(index)
    assert rect.height() >= 2.5 * panel.view.fontMetrics().height(), "a long statement is cut to one line"
    assert panel.view.visualRect(index).right() <= panel.view.viewport().width() + 2
    assert statement.document_id == 3


@pytest.mark.parametrize("gesture", ["double-click", "enter"])
def test_double_click_or_enter_opens_the_article_and_selects_the_statement(qtbot, window, gesture):
    panel = window.attribution_panel
    index = _statement_row(panel, "Oleksandr Motuzaynik")
    statement = panel.model.statement(index)
    qtbot.wait(10)
    if gesture == "enter":
        panel.view.setFocus()
        panel.view.setCurrentIndex(index)
        qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    else:
        panel.view.scrollTo(index)
        point = panel.view.visualRect(index).center()
        # A real double-click: press and release, then the second press arrives as a double-click.
        qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
        qtbot.mouseDClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.waitUntil(lambda: 3 in window.comparison.document_ids)
    pane = window.comparison.pane(3)
    assert pane._statement == (statement.content.start, statement.content.end)
    current = panel.model.statement(panel.view.currentIndex())
    assert current is not None and current.id == statement.id, "the panel lost the statement it opened"


def test_speakers_of_one_name_and_no_role_say_where_they_are_heard(qtbot, analysed_corpus, settings):
    """Each article's own "Police" is a speaker of its own; the rows say which article is whose."""
    with analysed_corpus.transaction() as db:
        db.execute("UPDATE speakers SET name = 'Police', role = NULL WHERE name IN ('Igor Konashenkov', 'Oleksandr Motuzaynik')")
    w = _opened(qtbot, analysed_corpus, settings)
    model = w.attribution_panel.model
    rows = [model.index(r, 1) for r in range(model.rowCount()) if model.index(r, 0).data() == "Police"]
    assert sorted(index.data() for index in rows) == ["in d2 · Outlet B", "in d3 · Outlet C"]
    assert rows[0].data(Qt.ItemDataRole.ForegroundRole) is not None, "a place is not shown apart from a role"
    ministry = model.index(model.speaker_row("Russian Defence Ministry"), 1)
    assert ministry.data() == "", "a speaker whose name is its own shows no place"
    w.set_corpus(None)


# -- on the sample articles as the analysis reads them: kinds, relays, documents, order ------------


@pytest.fixture
def analysed_window(qtbot, sample_corpus, settings):
    w = _opened(qtbot, sample_corpus, settings)
    yield w
    w.set_corpus(None)


def _shown(panel) -> list[tuple[object, list[object]]]:
    """Every speaker row with its statements, as the panel shows them."""
    model, out = panel.model, []
    for row in range(model.rowCount()):
        speaker = model.index(row, 0)
        panel.view.expand(speaker)
        out.append((model.speaker(speaker), [model.statement(model.index(r, 0, speaker)) for r in range(model.rowCount(speaker))]))
    return out


def test_kind_filters_show_quotes_reported_speech_beliefs_and_documents_apart(analysed_window):
    panel = analysed_window.attribution_panel
    everything = _shown(panel)
    kinds = {a.kind for _s, statements in everything for a in statements}
    assert {"direct", "indirect", "belief"} <= kinds
    assert any(s.kind == "document" for s, _ in everything)
    panel.filters["Quotes"].setChecked(False)
    without_quotes = _shown(panel)
    assert without_quotes and all(a.kind != "direct" for _s, statements in without_quotes for a in statements)
    for label in ("Reported", "Documents"):
        panel.filters[label].setChecked(False)
    beliefs = _shown(panel)
    assert beliefs and all(a.kind == "belief" for _s, statements in beliefs for a in statements)
    assert all(s.kind != "document" for s, _ in beliefs)
    panel.filters["Beliefs"].setChecked(False)
    assert panel.model.rowCount() == 0
    for button in panel.filters.values():
        button.setChecked(True)
    assert [s.id for s, _ in _shown(panel)] == [s.id for s, _ in everything]


def test_documents_are_listed_after_people_and_bodies(analysed_window):
    speakers = [s for s, _ in _shown(analysed_window.attribution_panel)]
    kinds = [s.kind == "document" for s in speakers]
    assert any(kinds) and kinds == sorted(kinds)


def test_a_statement_shows_its_relay_chain_and_all_its_quoted_parts(analysed_window):
    panel = analysed_window.attribution_panel
    shown = {a.id: panel.model.index(r, 0, panel.model.index(row, 0)).data()
             for row, (_s, statements) in enumerate(_shown(panel)) for r, a in enumerate(statements)}
    statements = [a for _s, found in _shown(panel) for a in found]
    relayed = next(a for a in statements if [r.name for r in a.via] == ["AFP"])
    assert "via AFP" in shown[relayed.id]
    continued = [shown[a.id] for a in statements if a.parts]  # the sample has more than one since long quotations keep their rest
    assert any("The state is making utmost efforts" in text and
               "Any information to the public could endanger that process." in text for text in continued)


def test_speakers_of_the_open_articles_come_first_by_their_statements_there(qtbot, qtmodeltester, analysed_window):
    panel = analysed_window.attribution_panel
    model = panel.model
    speaker = model.index(0, 0)
    panel.view.expand(speaker)
    expanded = model.speaker(speaker).name
    analysed_window.compare([3])
    in_3 = Counter(a.speaker_id for a in store.attributions(analysed_window.corpus, document_id=3) if a.speaker_id)
    order = [model.speaker(model.index(r, 0)) for r in range(model.rowCount())]
    people = [s for s in order if s.kind != "document"]
    leading = [s.id in in_3 for s in people]
    assert leading[0] and leading == sorted(leading, reverse=True), "open article's speakers are not first"
    there = [in_3[s.id] for s in people if s.id in in_3]
    assert len(there) > 1 and there == sorted(there, reverse=True)
    qtmodeltester.check(model)
    row = model.speaker_row(expanded)
    assert panel.view.isExpanded(model.index(row, 0)), "reordering collapsed the speaker the researcher opened"


def test_an_empty_attribution_panel_says_why_it_is_empty(qtbot, tmp_path, shown_window):
    """A blank speaker tree read as "nobody is quoted here" on a corpus not yet analysed, on a search
    that matched no one and with "Open articles only" and no article open: it says which it is."""
    import handmade_corpus

    from viewer.corpus.store import Corpus

    path = tmp_path / "fresh.corpus"
    with Corpus(path) as corpus:
        handmade_corpus.build(corpus, analysed=False)
    corpus = Corpus(path, create=False)
    w = shown_window(corpus)
    panel = w.attribution_panel
    assert panel.stack.currentWidget() is panel.empty and panel.empty.isVisible()
    assert panel.empty.text() == "The corpus is not analysed yet: Analyse (Ctrl+R) finds who said what."
    w.set_corpus(None)
    corpus.close()


def test_an_empty_speaker_search_or_scope_says_what_to_change(analysed_window):
    panel = analysed_window.attribution_panel
    assert panel.stack.currentWidget() is panel.view and panel.model.rowCount()
    panel.search_box.setText("Nobody Such")
    assert panel.empty.isVisible() and panel.empty.text() == "No speaker in the corpus matches “Nobody Such”."
    panel.scope.setChecked(True)
    assert panel.empty.text() == ("No speaker in the open articles matches “Nobody Such”. Untick “Open articles only”"
                                  " to search the whole corpus.")
    panel.search_box.clear()
    analysed_window.compare([])
    assert panel.empty.text().startswith("No article is open:")
    analysed_window.compare([1, 2])
    assert panel.view.isVisible() and panel.model.rowCount()
    for label in ("Quotes", "Reported", "Beliefs", "Documents"):
        panel.filters[label].setChecked(False)
    assert panel.empty.isVisible() and "all switched off" in panel.empty.text()
    panel.filters["Quotes"].setChecked(True)
    assert panel.view.isVisible()


@pytest.mark.parametrize("typed, found", [
    ("Mikhailo", "Mykhailo Podolyak"),  # the alias "Mikhaïlo Podolyak", typed without its diaeresis
    ("mykhaïlo", "Mykhailo Podolyak"),  # and an accent typed where the name has none
    ("Nobody's", None),
    ("Ministry's", "Russian Defence Ministry"),  # a typed apostrophe finds the curly one the article printed
    ("Def. Ministry", "Russian Defence Ministry"),  # neither does a full stop
    ("ministry’s  spokesman", "Russian Defence Ministry"),  # nor doubled spaces
    ("Podolyak,", "Mykhailo Podolyak"),  # nor punctuation at the query's edges ("Rice," found nothing on BASIL)
    ("“Ministry’s", "Russian Defence Ministry"),
])
def test_a_speaker_is_found_whatever_apostrophe_accent_full_stop_or_spacing_is_typed(window, typed, found):
    with window.corpus.transaction() as db:
        db.conn.executemany("INSERT INTO speaker_aliases VALUES (?, ?)",
                            [(2, "the Ministry’s spokesman"), (2, "the Def Ministry")])
    panel = window.attribution_panel
    panel.reload()
    panel.search_box.setText(typed)
    names = [panel.model.speaker(panel.model.index(row, 0)).name for row in range(panel.model.rowCount())]
    assert names == ([found] if found else [])


def test_documents_alone_lists_the_documents_cited_with_all_they_say(analysed_window):
    panel = analysed_window.attribution_panel
    everything = _shown(panel)
    cited = [(s.id, [a.id for a in statements]) for s, statements in everything if s.kind == "document"]
    assert cited
    for label in ("Quotes", "Reported", "Beliefs"):
        panel.filters[label].setChecked(False)
    assert panel.stack.currentWidget() is panel.view
    assert [(s.id, [a.id for a in statements]) for s, statements in _shown(panel)] == cited
    panel.filters["Documents"].setChecked(False)
    assert panel.model.rowCount() == 0
    assert panel.empty.text().startswith("Quotes, Reported, Beliefs and Documents are all switched off")


def test_documents_alone_in_articles_citing_none_says_so(analysed_window):
    panel = analysed_window.attribution_panel
    panel.search_box.setText("")
    cited = {d for s, _ in _shown(panel) if s.kind == "document" for d in panel.model.documents_of(s)}
    quiet = [d for d in range(1, 6) if d not in cited]
    assert quiet
    analysed_window.compare(quiet[:1])
    panel.scope.setChecked(True)
    for label in ("Quotes", "Reported", "Beliefs"):
        panel.filters[label].setChecked(False)
    assert panel.model.rowCount() == 0
    assert panel.empty.text().startswith("No document (poll, filing, report, footage) is cited as a source in the open"
                                         " articles.")


def test_a_merge_says_two_names_are_one_speaker_not_which_name_it_keeps(qtbot, sample_corpus, shown_window):
    """"Merged “India's navy” into “Indian navy”" left a speaker named “India's navy”: the analysis names it."""
    w = shown_window(sample_corpus)
    with qtbot.waitSignal(w.runner.job_did_finish, timeout=30000):
        w.attribution_panel.merge("Vadym Boichenko", "Volodymyr Zelensky")
    assert w.statusBar().currentMessage() == "Merged “Vadym Boichenko” and “Volodymyr Zelensky” into one speaker"
    model = w.attribution_panel.model
    row = model.speaker_row("Vadym Boichenko")
    assert row is not None and row == model.speaker_row("Volodymyr Zelensky")


def test_a_cue_that_is_a_mark_reads_as_one(qtbot, analysed_corpus, settings):
    """A headline's "Susan Rice: Netanyahu Visit 'Destructive'" has a colon for its cue: it read "reported, :"."""
    text = analysed_corpus.document(4).text
    colon = text.index(":")
    analysed_corpus.db.execute("UPDATE attributions SET cue_start = ?, cue_end = ? WHERE speaker_name = ?",
                               (colon, colon + 1, "Mikhaïlo Podolyak"))
    w = _opened(qtbot, analysed_corpus, settings)
    w.compare([4])
    panel = w.attribution_panel
    index = _statement_row(panel, "Mykhailo Podolyak")
    assert index.data().endswith("· quote, after “:”")
    assert index.siblingAtColumn(1).data() == "quote, after “:”"
    said = _statement_row(panel, "Vadym Boichenko")
    assert said.siblingAtColumn(1).data() in ("quote, said", "reported, told")
    w.set_corpus(None)


def test_a_new_empty_corpus_says_to_import_not_to_analyse(qtbot, shown_window, tmp_path):
    """File → New corpus: the panel said "not analysed yet: Analyse (Ctrl+R) finds who said what", and Analyse
    found nothing to analyse."""
    from viewer.corpus.store import Corpus

    corpus = Corpus(tmp_path / "new.corpus")
    w = shown_window(corpus)
    panel = w.attribution_panel
    assert panel.stack.currentWidget() is panel.empty and panel.empty.isVisible()
    assert panel.empty.text().startswith("The corpus holds no documents yet: File → Import files or Import folder")
    w.set_corpus(None)
    corpus.close()


def test_speakers_not_heard_in_the_open_articles_are_set_back_below_those_who_are(analysed_window):
    """Comparing three GVA articles, the whole corpus's speakers followed the open articles' with nothing between:
    the next incident's "Houston Police Department" read as a speaker of the articles open (window41's walk)."""
    panel, model = analysed_window.attribution_panel, analysed_window.attribution_panel.model
    analysed_window.compare([1, 2])
    here = {s.id for s in store.speakers(analysed_window.corpus, [1, 2])}
    rows = [(model.speaker(model.index(r, 0)), model.index(r, 0)) for r in range(model.rowCount())]
    named = [(s, i) for s, i in rows if s.id != 0]
    assert {s.id for s, _ in named} - here, "the sample has speakers of other articles"
    grey = {s.id for s, i in named if i.data(Qt.ItemDataRole.ForegroundRole) is not None}
    assert grey == {s.id for s, _ in named} - here
    first_grey = next(n for n, (s, _) in enumerate(named) if s.id in grey)
    assert all(s.id in grey for s, _ in named[first_grey:] if s.kind != "document"), "set back below those heard"
    tip = next(i for s, i in named if s.id in grey).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.endswith("Not heard in the open articles (listed below those who are)")
    panel.scope.setChecked(True)  # the open articles' speakers alone: none is set back
    assert all(model.index(r, 0).data(Qt.ItemDataRole.ForegroundRole) is None for r in range(model.rowCount()))
    panel.scope.setChecked(False)
    analysed_window.compare([1, 2, 3, 4, 5])  # every article open: every speaker is heard in one
    assert all(model.index(r, 0).data(Qt.ItemDataRole.ForegroundRole) is None for r in range(model.rowCount()))


@pytest.mark.parametrize("width", [220, 240])
def test_a_narrow_dock_keeps_the_statement_filters_to_two_rows_with_their_words_whole(
        qtbot, shown_attribution_panel, sample_corpus_file, width):
    # At 220 px "Documents" and "Open articles only" took a row each: three rows, ~50 px, about two speakers fewer.
    # On a line short of room each control gives up its padding, never its words.
    panel = shown_attribution_panel(sample_corpus_file)
    panel.resize(width, 600)
    panel.show()
    qtbot.waitExposed(panel)
    qtbot.wait(10)
    controls = [*panel.filters.values(), panel.scope]
    assert len({control.geometry().center().y() for control in controls}) == 2
    for control in controls:
        assert control.width() >= control.fontMetrics().horizontalAdvance(control.text()) + 8, control.text()
        assert control.geometry().right() < panel.width(), control.text()
    assert panel.stack.geometry().top() > panel.scope.geometry().bottom()
