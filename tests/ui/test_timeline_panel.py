"""The timeline dock beside the claims table: sources in time order, the thread, clicking an entry
scrolls its pane, the relay picture's edges as drawn, and correcting a document's date."""
from xml.etree import ElementTree

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QTextCursor
from PySide6.QtWidgets import QFrame

from viewer.analysis.corrections import Restore, SetDate, SetOutlet
from viewer.export.palette import line_colour
from viewer.provenance.relays import claim_graph
from viewer.ui.timeline_panel import NO_PARENT, TARGET_ROLE, TimelineModel

from tests.provenance.test_relay_graph import _curve


def entries(panel, group: int) -> list:
    parent = panel.model.index(group, 0)
    return [panel.model.index(row, 0, parent) for row in range(panel.model.rowCount(parent))]


def group(panel, kind: str) -> int:
    """The row of a group of the timeline: "sources" (dated), "undated" or "thread"."""
    return next(row for row, (held, _entries) in enumerate(panel.model.groups) if held == kind)


def sources(panel) -> list:
    """The entries of every source, dated then undated."""
    return [i for held in ("sources", "undated") if held in dict(panel.model.groups) for i in entries(panel, group(panel, held))]


def click(qtbot, panel, index) -> None:
    panel.view.scrollTo(index)
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=panel.view.visualRect(index).center())


def surrender_window(shown_window, sample_corpus):
    w = shown_window(sample_corpus)
    w.compare([1, 2], 1)
    return w


def test_the_dock_sits_beside_the_claims_and_follows_the_selected_claim(qtbot, sample_corpus, shown_window, qtmodeltester):
    w = surrender_window(shown_window, sample_corpus)
    assert w.dockWidgetArea(w.docks["timeline"]) == w.dockWidgetArea(w.docks["claims"]) == Qt.DockWidgetArea.BottomDockWidgetArea
    assert w.docks["timeline"].geometry().left() >= w.docks["claims"].geometry().right()
    panel = w.timeline_panel
    qtmodeltester.check(panel.model)
    assert [held for held, _entries in panel.model.groups] == ["sources", "undated", "thread"]
    assert [panel.model.entry(i).document_id for i in entries(panel, 0)] == [2]  # d2 is dated 13 April
    assert panel.model.data(entries(panel, 0)[0], Qt.ItemDataRole.DisplayRole).startswith("★ 2022-04-13")
    assert [panel.model.entry(i).document_id for i in entries(panel, 1)] == [1]  # d1 only by its import: a lane apart
    # its group's heading says it is undated: the row's When cell does not say it again (it wrapped to two lines)
    assert panel.model.data(entries(panel, 1)[0], Qt.ItemDataRole.DisplayRole) == ""
    assert panel.model.data(entries(panel, 1)[0], Qt.ItemDataRole.ToolTipRole).startswith("no date in the metadata")
    assert panel.model.data(panel.model.index(1, 0), Qt.ItemDataRole.DisplayRole).startswith("Undated sources: ")
    thread = [panel.model.entry(i) for i in entries(panel, 2)]
    assert thread[0].current and [e.placed[:7] for e in thread[1:3]] == ["2022-05", "2022-05"]
    assert "first reported by d2" in panel.heading.text() and "possible updates" in panel.heading.text()
    groups = [panel.model.index(g, 0) for g in (0, 1, 2)]
    assert panel.view.isExpanded(groups[0]) and panel.view.isExpanded(groups[1])
    assert not panel.view.isExpanded(groups[2])  # unverified: opened on a click
    label = panel.model.data(groups[2], Qt.ItemDataRole.DisplayRole)
    assert label.startswith("Possible updates:") and label.endswith(f"({len(thread) - 1})")
    assert f"{len(thread) - 1} possible updates" in panel.heading.text()
    w.comparison.select_claim(2)
    assert panel.claim_id == 2 and panel.model.timeline.claim.id == 2


def test_the_timeline_names_a_claim_and_its_updates_as_the_rest_of_the_window_does(qtbot, sample_corpus, shown_window):
    """The heading read "c1" and an update's row "c3 · d5" beside the claims table's "[1]" and a pane's badge:
    one claim, two names, and "c1" found nowhere else in the window."""
    w = surrender_window(shown_window, sample_corpus)
    panel = w.timeline_panel
    assert panel.heading.text().startswith("<b>[1]</b> ")
    assert "Claim [1]" in w.statusBar().currentMessage()
    thread = group(panel, "thread")
    updates = [panel.model.data(panel.model.index(row, 1, panel.model.index(thread, 0)), Qt.ItemDataRole.DisplayRole)
               for row in range(panel.model.rowCount(panel.model.index(thread, 0)))]
    assert updates[0].startswith("[1] (this claim) · d") and all(not u.startswith("c") for u in updates), updates


def test_clicking_a_source_scrolls_its_pane_to_the_mention(qtbot, sample_corpus, shown_window):
    w = surrender_window(shown_window, sample_corpus)
    w.resize(1500, 620)  # a short pane, so the text has to scroll
    qtbot.wait(50)
    panel = w.timeline_panel
    index = entries(panel, group(panel, "undated"))[0]  # d1, the BNR report
    pane = w.comparison.pane(1)
    bar = pane.text_view.verticalScrollBar()
    bar.setValue(bar.maximum())
    mention = panel.model.entry(index).mentions[0]
    with qtbot.waitSignal(panel.passage_requested) as asked:
        click(qtbot, panel, index)
    assert asked.args == [1, mention.start, mention.end]
    cursor = QTextCursor(pane.text_view.document())
    cursor.setPosition(pane.text_view.positions(mention.start))
    assert pane.text_view.viewport().rect().contains(pane.text_view.cursorRect(cursor).center())
    assert bar.value() < bar.maximum()


def test_clicking_an_update_opens_its_report_or_selects_its_claim(qtbot, sample_and_wire, shown_window):
    """The thread of April's surrender count holds May's, a claim of the sample's d5 and the made-up wire d6."""
    w = surrender_window(shown_window, sample_and_wire)
    panel = w.timeline_panel
    panel.view.expand(panel.model.index(group(panel, "thread"), 0))
    rows = entries(panel, group(panel, "thread"))
    alone = next(i for i in rows if panel.model.entry(i).claim_id is None and "694" in panel.model.entry(i).passage.text)
    passage = panel.model.entry(alone).passage
    click(qtbot, panel, alone)
    assert passage.document in w.comparison.document_ids and w.comparison.current_document == passage.document
    other = next(i for i in rows if panel.model.entry(i).claim_id not in (None, 1))
    claim_id = panel.model.data(other, TARGET_ROLE)[1]
    with qtbot.waitSignal(w.comparison.claim_did_change):
        click(qtbot, panel, other)
    assert w.comparison.selected_claim == claim_id and panel.claim_id == claim_id


def test_the_relay_picture_draws_each_edge_of_the_claims_graph_in_its_colour(qtbot, sample_corpus, shown_window, tmp_path):
    w = surrender_window(shown_window, sample_corpus)
    panel = w.timeline_panel
    panel.tabs.setCurrentWidget(panel.relays)
    picture = panel.relays.picture
    drawn = ElementTree.fromstring(picture.svg)
    edges = {(g.get("data-source"), g.get("data-target"), int(g.get("data-statements")))
             for g in drawn.iter("{http://www.w3.org/2000/svg}g") if g.get("class") == "edge"}
    graph = claim_graph(sample_corpus, [1])
    assert edges == {(e.source, e.target, e.statements) for e in graph.edges}
    assert ("russia's defense ministry", "afp", 1) in edges and ("afp", "bnr", 1) in edges
    qtbot.waitExposed(picture)
    image = picture.grab().toImage()
    colour = QColor(line_colour(w.comparison.state.colours[1]))
    edge = next(e for e in picture.layout_.edges if (e.source, e.target) == ("afp", "bnr"))
    along = list(_curve(edge.points))
    middle = QPointF(*along[len(along) // 2]) * picture.zoom
    nearby = [QColor(image.pixel(int(middle.x()) + dx, int(middle.y()) + dy)) for dx in (-1, 0, 1) for dy in (-1, 0, 1)]
    assert any(abs(c.red() - colour.red()) + abs(c.green() - colour.green()) + abs(c.blue() - colour.blue()) < 40
               for c in nearby), (colour.name(), [c.name() for c in nearby])
    assert "AFP → BNR: 1 statement" in picture.describe(middle / picture.zoom)
    panel.relays.save_svg(tmp_path / "relays.svg")
    panel.relays.save_png(tmp_path / "relays.png")
    assert (tmp_path / "relays.svg").read_text(encoding="utf-8") == picture.svg
    assert (tmp_path / "relays.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    panel.relays.corpus_scope.setChecked(True)
    assert len(panel.relays.picture.layout_.edges) > len(graph.edges)


def test_a_dates_correction_is_asked_for_with_the_original_shown(qtbot, sample_corpus, shown_window):
    w = surrender_window(shown_window, sample_corpus)
    panel = w.timeline_panel
    dialog = panel.edit_document(1)
    qtbot.addWidget(dialog)
    assert "undated, so never a claim's first reporter; set its date by hand" in dialog.where.text()
    assert dialog.edits["published"].text() == "" and dialog.edits["published"].placeholderText().startswith("No date found: ")
    dialog.edits["published"].setText("the day before")
    dialog._check_and_accept()
    assert dialog.isVisible() and "is not a date" in dialog.error.text()
    dialog.edits["published"].setText("13 April 2022")
    dialog.edits["outlet"].setText("BNR Radio")
    with qtbot.waitSignal(w.runner.job_did_finish, timeout=20000), \
            qtbot.waitSignal(panel.corrections_requested) as asked:
        dialog._check_and_accept()
    assert asked.args[0] == [SetOutlet(1, "BNR Radio"), SetDate(1, "13 April 2022")]
    qtbot.waitUntil(lambda: all(panel.model.entry(i).dating.placed == "2022-04-13" for i in sources(panel)), timeout=5000)
    assert [panel.model.entry(i).first for i in entries(panel, 0)] == [True, True]  # the same day now
    assert "undated" not in dict(panel.model.groups)  # dated by hand, it left the undated lane
    again = panel.edit_document(1)
    qtbot.addWidget(again)
    assert "the file said: (nothing)" in again.originals["published"].text()
    again._restore("published")
    assert again.corrections() == [Restore(1, "published")]


def test_sources_out_the_same_first_day_are_all_named_first_not_the_one_sorted_first(qtbot, sample_corpus, shown_window):
    """Three outlets out the same day (BASIL's triplets): the heading named the one the sort put first ("first reported
    by d11 (HuffPost)") while the table starred all three, so a researcher would cite an artefact as the first."""
    w = surrender_window(shown_window, sample_corpus)
    panel = w.timeline_panel
    assert "first reported by d2 (" in panel.heading.text()  # d1 is placed only by its import: d2 alone is first
    with qtbot.waitSignal(w.runner.job_did_finish, timeout=20000):
        w.corrections.correct([SetOutlet(1, "BNR Radio"), SetDate(1, "13 April 2022")], "Corrected d1")
    qtbot.waitUntil(lambda: "the same day" in panel.heading.text(), timeout=5000)
    sources = [panel.model.entry(i) for i in entries(panel, 0)]  # dated by hand, d1 joined d2 in time
    assert all(s.first for s in sources)
    named = " and ".join(f"{s.label} ({s.outlet or 'no outlet'})" for s in sources)
    assert f"first reported on 2022-04-13 by {named}, the same day" in panel.heading.text()
    assert {s.label for s in sources} == {"d1", "d2"}
    assert "first reported by" not in panel.heading.text()


def details_of_pasted(qtbot, tmp_path, text: str):
    """A new corpus holding one article imported from a plain-text file, and its details dialog, shown."""
    from viewer.corpus.importing import import_paths
    from viewer.corpus.store import Corpus
    from viewer.ui.document_details_dialog import DocumentDetailsDialog

    (tmp_path / "pasted.txt").write_text(text, encoding="utf-8")
    corpus = Corpus.in_memory()
    import_paths(corpus, [str(tmp_path / "pasted.txt")])
    dialog = DocumentDetailsDialog(corpus, 1)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return corpus, dialog


def test_the_details_dialog_shows_a_long_title_from_its_beginning(qtbot, tmp_path):
    """A field report's headline ("Gang member charged with murder of 1-year-old girl shot in Kent drive-by,
    police say") opened in a 260 px dialog scrolled to its last words: which article was this?"""
    title = "Gang member charged with murder of 1-year-old girl shot in Kent drive-by, police say"
    corpus, dialog = details_of_pasted(qtbot, tmp_path, f"{title}\n\nProsecutors charged a 25-year-old man on Monday.\n")
    edit = dialog.edits["title"]
    assert edit.text() == title and edit.cursorPosition() == 0
    shown = edit.fontMetrics().horizontalAdvance("Gang member charged with murder of 1-year-old girl")
    assert edit.width() >= shown, "the start of the headline is not readable"
    corpus.close()


def test_an_empty_model_has_no_rows():
    model = TimelineModel()
    assert model.rowCount() == 0 and NO_PARENT > 0


def test_every_column_shows_in_the_dock_and_each_cell_whole(qtbot, sample_corpus, shown_window):
    """Fixed widths of 1,720 px put "What changed" (why the sources differ) past the right edge of a
    900 px dock, and cut every wording to one line."""
    w = surrender_window(shown_window, sample_corpus)
    panel = w.timeline_panel
    panel.resize(900, 400)
    qtbot.waitUntil(lambda: panel.view.viewport().width() < 900)
    view, last = panel.view, len(panel.model.columns) - 1
    qtbot.waitUntil(lambda: view.columnViewportPosition(last) + view.columnWidth(last) <= view.viewport().width())
    assert view.horizontalScrollBar().maximum() == 0
    for index in sources(panel):
        wording = panel.model.index(index.row(), 2, index.parent())
        lines = view.fontMetrics().boundingRect(0, 0, view.columnWidth(2) - 10, 10000, Qt.TextFlag.TextWordWrap,
                                                wording.data()).height()
        assert view.visualRect(wording).height() >= min(lines, 4 * view.fontMetrics().lineSpacing()), \
            "a wording is cut to fewer lines than it needs"


def test_the_relays_of_a_claim_count_the_statement_whose_later_sentence_carries_it(qtbot, memory_corpus, tmp_path,
                                                                                       shown_window):
    """A quotation's second sentence is a part of its statement: the timeline said the claim came from
    Donald Trump (c265, "We will bring back our jobs…", a field corpus), the Relays tab "0 statements"."""
    from viewer.analysis import store
    from viewer.analysis.documents import DocumentAnalysis
    from viewer.analysis.model import Attribution, Claim, Mention, Span
    from viewer.corpus.importing import import_paths

    said = "Work starts in June."
    texts = {"a.txt": f"Harbour news\n\n“We will rebuild the pier,” the mayor said. “{said}”\n",
             "b.txt": f"Pier to be rebuilt\n\n“The pier comes first,” the mayor told reporters. “{said}”\n"}
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    import_paths(memory_corpus, sorted(tmp_path.glob("*.txt")))
    analyses, mentions = [], []
    for d in memory_corpus.document_ids():
        text = memory_corpus.document(d).text
        first = text.index("“") + 1
        later = text.index(said)
        analyses.append(DocumentAnalysis(d, [Attribution(
            "direct", Span(first, text.index("”")), Span(text.index("the mayor"), text.index("the mayor") + 9), "mayor",
            parts=[Span(later, later + len(said))])]))
        mentions.append(Mention(d, later, later + len(said), said))
    store.write_documents(memory_corpus, analyses, "test")
    headlines = [Mention(d, 0, len(memory_corpus.document(d).text.split("\n")[0]), memory_corpus.document(d).text.split("\n")[0])
                 for d in memory_corpus.document_ids()]
    store.write_claims(memory_corpus, {1: Claim(said, mentions), 2: Claim("the headline", headlines)})
    assert claim_graph(memory_corpus, [1]).statements == 2
    w = shown_window(memory_corpus)
    w.compare(memory_corpus.document_ids(), 1)
    panel = w.timeline_panel
    panel.tabs.setCurrentWidget(panel.relays)
    assert panel.relays.caption.text() == "Who relayed [1]: 2 statements"
    assert ">[1]: " in panel.relays.picture.svg and ">c1" not in panel.relays.picture.svg, "the legend names [1] too"
    assert said[:20] in panel.relays.picture.svg, "and says what the claim is"
    assert {e.target for e in panel.relays.picture.layout_.edges} == {"d1", "d2"}
    assert panel.relays.picture.isVisible()
    w.comparison.select_claim(2)  # no statement covers the headlines
    qtbot.waitUntil(lambda: "[2]" in panel.relays.caption.text())
    assert panel.relays.caption.text().startswith("No statement carries [2]: ")
    assert not panel.relays.picture.isVisible(), "no empty white box where a picture would be"
    assert panel.relays.scroller.frameShape() == QFrame.Shape.NoFrame, "nor an empty frame"


def test_a_panes_header_dates_the_article_as_the_timeline_does_and_follows_a_correction(qtbot, sample_corpus,
                                                                                         shown_window):
    """The header said "date unknown" for d5, which its text dates (the timeline beside it said so), and
    kept "BNR" and "date unknown" after the researcher corrected d1's outlet and date."""
    w = shown_window(sample_corpus)
    w.compare([1, 5])
    header = lambda d: w.comparison.pane(d).facts_label.text()  # noqa: E731
    assert "2022-05-18 (text, estimated)" in header(5) and "date unknown" not in header(5)
    assert header(1).startswith("d1 · BNR · undated (no date found) · ")
    assert w.attribution_panel.model.outlet(1) == "BNR"
    dialog = w.timeline_panel.edit_document(1)
    qtbot.addWidget(dialog)
    dialog.edits["published"].setText("13 April 2022")
    dialog.edits["outlet"].setText("BNR Radio")
    with qtbot.waitSignal(w.runner.job_did_finish, timeout=20000):
        dialog._check_and_accept()
    qtbot.waitUntil(lambda: "BNR Radio" in header(1), timeout=5000)
    assert header(1).startswith("d1 · BNR Radio · 2022-04-13 (corrected) · ")
    assert w.attribution_panel.model.outlet(1) == "BNR Radio"  # its statements name the outlet anew


def test_the_window_counts_the_updates_its_thread_leaves_out_as_reports_do(qtbot, sample_corpus, shown_window, monkeypatch):
    """Past THREAD_LIMIT the window listed the nearest and counted only those ("39 possible updates")."""
    from viewer.provenance import timeline as timeline_module

    monkeypatch.setattr(timeline_module, "THREAD_LIMIT", 3)
    w = surrender_window(shown_window, sample_corpus)
    panel = w.timeline_panel
    thread = group(panel, "thread")
    assert len(entries(panel, thread)) == 3  # the claim and its 2 nearest updates
    assert panel.model.data(panel.model.index(thread, 0), Qt.ItemDataRole.DisplayRole).endswith("not verified (2 of 3)")
    assert "3 possible updates, the 2 nearest in time listed" in panel.heading.text()


def test_a_claim_with_no_possible_updates_shows_no_empty_group(qtbot, sample_corpus, shown_window, qtmodeltester):
    """c2 (162 officers, 47 women) has no related report counting the same thing: the dock still showed a
    "Possible updates … (0)" group with nothing under it. The heading says so once: "0 possible updates"."""
    w = surrender_window(shown_window, sample_corpus)
    panel = w.timeline_panel
    assert panel.model.rowCount() == 3  # c1: its dated sources, its undated one and its 3 possible updates
    w.comparison.select_claim(2)
    qtbot.waitUntil(lambda: panel.claim_id == 2)
    qtmodeltester.check(panel.model)
    groups = [panel.model.data(panel.model.index(row, 0), Qt.ItemDataRole.DisplayRole)
              for row in range(panel.model.rowCount())]
    assert groups[0] == "Sources in time order (1)" and groups[1].startswith("Undated sources: ") and len(groups) == 2
    assert "0 possible updates" in panel.heading.text()


def test_the_details_dialog_says_which_words_of_a_pasted_article_dated_it(qtbot, tmp_path):
    """A pasted article carries no metadata: the date its stamp gives, and the stamp in its own words,
    are what the researcher sees, with the later "Updated" stamp not taken for it."""
    corpus, dialog = details_of_pasted(qtbot, tmp_path, (
        "Harbour reopens after the storm Posted: Tuesday, March 5, 2024 8:18 PM EST Updated: Friday, March 8, 2024\n\n"
        "The port authority said the harbour reopened after three days.\n"))
    words = dialog.where.text()
    assert "Date used: 2024-03-05" in words
    assert "date read from the text: “Posted: Tuesday, March 5, 2024”" in words
    assert dialog.where.isVisible()
    corpus.close()


def test_selecting_a_claim_measures_each_cell_once(qtbot, sample_corpus, shown_window, monkeypatch):
    """The tree lays itself out several times a selection (reset, spans, columns fitted, paint) and asked every
    cell's text again each time: on a 1,000-article corpus half of selecting a claim (64 ms a click)."""
    w = surrender_window(shown_window, sample_corpus)
    panel = w.timeline_panel
    asked = []
    cells = TimelineModel.cells
    monkeypatch.setattr(TimelineModel, "cells", lambda model, group, row: asked.append((group, row)) or cells(model, group, row))
    w.comparison.select_claim(2)
    qtbot.wait(50)  # painted
    shown = [index for group in range(panel.model.rowCount()) for index in entries(panel, group)
             if panel.view.isExpanded(index.parent())]
    assert shown and len(asked) <= 3 * len(shown) * len(panel.model.columns)  # measured, painted (102 asks for 14 cells before)
    asked.clear()
    panel.view.doItemsLayout()
    assert asked == []  # at the same widths the rows keep their heights


def test_the_relayed_column_is_direct_where_no_one_relays(qtbot, sample_corpus, shown_window):
    """fresh34's BASIL walk: "Relayed" read "Blake Farenthold → d1", the Attributed column again as if relayed."""
    w = surrender_window(shown_window, sample_corpus)
    panel, said = w.timeline_panel, {}
    for index in sources(panel):
        source = panel.model.entry(index)
        said[source.document_id] = (source.chains(), panel.model.index(index.row(), 5, index.parent()).data())
    assert any(chains and all(len(c) == 2 for c in chains) for chains, _ in said.values()), said
    for chains, cell in said.values():
        assert not any(" → ".join(c) in cell for c in chains if len(c) == 2), cell
        if chains and all(len(c) == 2 for c in chains):
            assert cell == "direct"


def test_a_relay_chain_is_shown_whole_beside_the_wording(qtbot, sample_corpus, shown_window):
    """fresh34's BASIL walk: the Relayed column, shared out by weight alone (70 px), cut "Blake Farenthold →
    Twitter → Facebook → d3 | …" after four lines, before its outlet. The sample's c1 is relayed through AFP, and
    its two chains take seven lines in the 1280 px window's dock."""
    from viewer.ui.timeline_panel import CELL_MARGIN

    w = surrender_window(shown_window, sample_corpus)
    panel, view = w.timeline_panel, w.timeline_panel.view
    cells = [panel.model.index(index.row(), 5, index.parent()) for index in sources(panel)]
    relayed = max(cells, key=lambda cell: len(cell.data()))
    assert "→ AFP →" in relayed.data()
    for width, height in ((1600, 1000), (1440, 1000), (1280, 800)):  # at 1280 its second chain was cut (6 lines)
        w.resize(width, height)
        qtbot.waitUntil(lambda: abs(view.viewport().width() - view.columnViewportPosition(6) - view.columnWidth(6)) < 2)
        metrics = view.fontMetrics()
        height = metrics.boundingRect(0, 0, view.columnWidth(5) - CELL_MARGIN, 10000, Qt.TextFlag.TextWordWrap,
                                      relayed.data()).height()
        assert view.visualRect(relayed).height() >= height, f"the chain is cut at {width} px"
        assert view.horizontalScrollBar().maximum() == 0
        assert view.columnWidth(2) >= 150, "the wording keeps room to read"


def test_a_name_wider_than_its_column_is_shown_whole(qtbot, sample_corpus, shown_window):
    """The style wraps at spaces only and cut the end of a word wider than its column: the sample's c1 read
    "Russia's Defense Ministry, Igor Konashen…" in Attributed to in the 1280 px window; its columns now hold the
    widest word of their cells, the wording giving way before them, and the cell's tooltip has the whole text."""
    from viewer.ui.timeline_panel import CELL_MARGIN

    w = surrender_window(shown_window, sample_corpus)
    panel, view = w.timeline_panel, w.timeline_panel.view
    w.resize(1280, 800)
    qtbot.waitUntil(lambda: w.width() == 1280)
    qtbot.waitUntil(lambda: abs(view.viewport().width() - view.columnViewportPosition(6) - view.columnWidth(6)) < 2)
    metrics = view.fontMetrics()
    cells = [panel.model.index(i.row(), c, i.parent()) for i in sources(panel) for c in range(7) if c != 2]
    assert any("Konashenkov" in cell.data() for cell in cells)
    for cell in cells:
        room = view.columnWidth(cell.column()) - CELL_MARGIN - (2 * view.indentation() if cell.column() == 0 else 0)
        words = [word for word in cell.data().split() if metrics.horizontalAdvance(word) > room]
        assert not words, f"{words} cut in column {cell.column()} ({view.columnWidth(cell.column())} px)"
        assert cell.data(Qt.ItemDataRole.ToolTipRole) == cell.data() or cell.column() == 0
    assert view.horizontalScrollBar().maximum() == 0
    assert view.columnWidth(2) >= 120, "the wording still has room to read"


def test_every_column_title_is_whole_with_three_articles_open_at_1366_px(qtbot, sample_corpus, shown_window):
    """window37's walk: "Attributed to" read "Attribute…" with three panes open at 1366 px; a column's title is
    what tells the researcher what its cells hold, and there is room for each beside a readable wording."""
    w = shown_window(sample_corpus)
    w.resize(1366, 768)
    qtbot.waitUntil(lambda: w.width() == 1366)
    w.compare([1, 2, 3], 1)
    panel, view = w.timeline_panel, w.timeline_panel.view
    header = view.header()
    qtbot.waitUntil(lambda: abs(view.viewport().width() - view.columnViewportPosition(6) - view.columnWidth(6)) < 2)
    assert panel.model.rows(), "the claim has sources to show"
    cut = [(panel.model.columns[c], view.columnWidth(c), header.sectionSizeFromContents(c).width())
           for c in range(len(panel.model.columns)) if view.columnWidth(c) < header.sectionSizeFromContents(c).width()]
    assert not cut, cut
    assert view.columnWidth(2) >= 150, "the wording keeps room to read"
    assert view.horizontalScrollBar().maximum() == 0


def test_at_1000_px_the_titles_take_two_lines_rather_than_be_cut(qtbot, sample_corpus, shown_window):
    """window47's walk: at 1000×700 "What changed" stood past the dock's edge and "Attributed to" read
    "Attribute…"; set on two lines, each title is whole and every column in view, and on one line again with room."""
    w = shown_window(sample_corpus)
    w.resize(1000, 700)
    qtbot.waitUntil(lambda: w.width() == 1000)
    w.compare([1, 2], 1)
    panel, view = w.timeline_panel, w.timeline_panel.view
    header = view.header()
    titles = lambda: [panel.model.headerData(c, Qt.Orientation.Horizontal) for c in range(7)]  # noqa: E731
    qtbot.waitUntil(lambda: "What\nchanged" in titles(), timeout=2000)
    assert panel.model.rows(), "the claim has sources to show"
    qtbot.waitUntil(lambda: view.horizontalScrollBar().maximum() == 0, timeout=2000)
    cut = [(titles()[c], view.columnWidth(c), header.sectionSizeFromContents(c).width())
           for c in range(7) if view.columnWidth(c) < header.sectionSizeFromContents(c).width()]
    assert not cut, cut
    assert header.height() >= 2 * QFontMetrics(header.font()).lineSpacing(), "both lines of a title show"
    assert view.columnWidth(2) >= 70
    w.resize(1600, 900)
    qtbot.waitUntil(lambda: "What changed" in titles(), timeout=2000)
    assert header.textElideMode() == Qt.TextElideMode.ElideRight


def test_a_claim_no_source_dates_gives_the_empty_when_column_to_the_wording(qtbot, fire_reports, sample_corpus,
                                                                             shown_window):
    """Every source of a made-up fire report is undated: the When column stayed ~100 px wide over blank cells
    under a heading that already says why, at 1280 px where the wording had four lines of 20 characters."""
    w = shown_window(fire_reports)
    w.resize(1280, 800)
    w.compare([1, 2, 3], 1)
    panel, header = w.timeline_panel, w.timeline_panel.view.header()
    qtbot.waitUntil(lambda: panel.claim_id == 1 and panel.model.rowCount() == 1)
    assert [held for held, _entries in panel.model.groups] == ["undated"]
    assert header.model().headerData(0, Qt.Orientation.Horizontal) == ""
    assert header.sectionSize(0) <= panel.view.indentation() * 2 + 8
    assert header.sectionSize(2) > header.sectionSize(1), "the wording takes the room"
    dated = shown_window(sample_corpus)
    dated.compare([1, 2], 1)  # d2 is dated: its When cell, and the column's title, are back
    dated_header = dated.timeline_panel.view.header()
    assert dated_header.model().headerData(0, Qt.Orientation.Horizontal) == "When"
    assert dated_header.sectionSize(0) >= dated.fontMetrics().horizontalAdvance("★ 2022-04-13")
    dated.comparison.select_claim(None)
    assert dated.timeline_panel.claim_id is None
    assert dated_header.model().headerData(0, Qt.Orientation.Horizontal) == "When"


def test_the_ministry_quoted_directly_by_d2_is_drawn_beside_afp_not_through_it(qtbot, sample_corpus, shown_window):
    """Claim [1]'s relay picture drew the ministry → d2 edge under the AFP box, so it read "ministry → AFP → d2"
    while the timeline beside it said d2 heard the ministry direct: along that edge the picture names no AFP."""
    w = surrender_window(shown_window, sample_corpus)
    panel = w.timeline_panel
    panel.tabs.setCurrentWidget(panel.relays)
    picture = panel.relays.picture
    qtbot.waitExposed(picture)
    afp = picture.layout_.node("afp")
    direct = next(e for e in picture.layout_.edges if (e.source, e.target) == ("russia's defense ministry", "d2"))
    across = [QPointF(x, y) for x, y in _curve(direct.points) if afp.x <= x <= afp.x + afp.width]
    assert across, "the edge crosses AFP's column"
    said = {picture.describe(point) for point in across}
    assert all("Russia's Defense Ministry → d2: 1 statement" in line and "AFP" not in line for line in said), said


def test_the_undated_heading_wraps_whole_in_a_narrow_dock(qtbot, sample_corpus, shown_window):
    """Cut to one line, "Undated sources: no date found, so in no time order…" lost its count and what to do once
    the dock was narrower than ~700 px: the heading's row is as tall as its words wrapped."""
    w = surrender_window(shown_window, sample_corpus)
    panel = w.timeline_panel
    panel.resize(420, 400)
    qtbot.waitUntil(lambda: panel.view.viewport().width() < 420)
    view, heading = panel.view, panel.model.index(group(panel, "undated"), 0)
    text = heading.data()
    assert text.startswith("Undated sources: ") and text.endswith("(1)")
    bold = view.font()
    bold.setBold(True)
    metrics = QFontMetrics(bold)
    room = view.viewport().width() - view.indentation() - 10
    assert metrics.horizontalAdvance(text) > room  # it does not fit one line here
    wrapped = metrics.boundingRect(0, 0, room, 10000, Qt.TextFlag.TextWordWrap, text).height()
    qtbot.waitUntil(lambda: view.visualRect(heading).height() >= wrapped)
    assert view.visualRect(heading).width() >= view.viewport().width() - view.indentation() - 1  # it spans the row


def _text_lines(image, box) -> list[tuple[int, int]]:
    """The lines of dark text drawn in ``box`` of ``image``: each line's first pixel row and its leftmost dark x."""
    lines, inside = [], False
    for y in range(box.top(), box.bottom()):
        dark = [x for x in range(box.left(), box.right()) if QColor(image.pixel(x, y)).lightness() < 110]
        if dark and not inside:
            lines.append((y, min(dark)))
        elif dark:
            lines[-1] = (lines[-1][0], min(lines[-1][1], min(dark)))
        inside = bool(dark)
    return lines


def test_each_relay_chain_starts_at_the_cells_edge_and_its_wrapped_lines_hang(qtbot, sample_corpus, shown_window):
    """window45/46's walk: one chain a line, but wrapped in its column the sample's c1 read "Russia's Defense /
    Ministry → AFP → BNR / Russia's Defense / Ministry: direct", one chain told from the next only by the arrows.
    Drawn, each chain starts at the cell's left edge and its wraps are indented under it."""
    from viewer.ui.hung_lines import HANG

    w = surrender_window(shown_window, sample_corpus)
    panel, view = w.timeline_panel, w.timeline_panel.view
    w.resize(1280, 800)
    qtbot.waitUntil(lambda: abs(view.viewport().width() - view.columnViewportPosition(6) - view.columnWidth(6)) < 2)
    cells = [panel.model.index(index.row(), 5, index.parent()) for index in sources(panel)]
    relayed = next(cell for cell in cells if "→ AFP →" in cell.data())
    assert relayed.data().count("\n") == 1  # two chains
    view.scrollTo(relayed)
    qtbot.wait(50)
    box = view.visualRect(relayed)
    lines = _text_lines(view.viewport().grab().toImage(), box.adjusted(1, 1, -1, -1))
    assert len(lines) >= 4, lines  # each chain wraps in this column
    edge = lines[0][1]
    starts = [n for n, (_y, x) in enumerate(lines) if abs(x - edge) <= 3]
    hung = [n for n, (_y, x) in enumerate(lines) if x >= edge + HANG - 3]
    assert len(starts) == 2 and starts[0] == 0 and len(hung) == len(lines) - 2, lines  # two chains, their wraps hung
    assert view.visualRect(relayed).height() >= len(lines) * view.fontMetrics().lineSpacing()
