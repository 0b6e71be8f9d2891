"""A compared article's header folded to a line of title and a line of facts, whole on hover and on a click.

window39's walk at 1280×800 with three articles open: each header wrapped to three lines of title and three or
four of facts, about 105 of the pane's 350 px."""
from PySide6.QtCore import Qt


def _three_at_1280(shown_window, corpus):
    w = shown_window(corpus)
    w.resize(1280, 800)
    w.compare([1, 2, 3])
    return w


def test_three_headers_at_1280_take_a_line_of_title_and_one_of_facts(qtbot, sample_corpus, shown_window):
    w = _three_at_1280(shown_window, sample_corpus)
    qtbot.wait(50)
    for pane in w.comparison.panes:
        line = pane.fontMetrics().lineSpacing()
        assert pane.header.height() <= 2 * line + 20, (pane.document_id, pane.header.height())
        assert pane.text_view.height() >= pane.height() - pane.header.height() - 20
        title = pane.title_label
        whole = " ".join(w.corpus.document(pane.document_id, with_text=False).title.split())
        assert title.toolTip() == w.corpus.document(pane.document_id, with_text=False).title
        if title.fontMetrics().horizontalAdvance(whole) > title.width():  # cut, and said to be
            assert title.elided().endswith("…") and whole.startswith(title.elided()[:-1].rstrip())
        facts = pane.facts_label
        assert facts.elided().startswith(f"d{pane.document_id} · "), facts.elided()
        assert f"d{pane.document_id} · " in facts.toolTip() and "SHA-256" in facts.toolTip()
    assert any(p.title_label.elided().endswith("…") for p in w.comparison.panes), "the sample's titles are long"


def test_a_click_on_a_folded_header_shows_it_whole_and_the_button_folds_it_again(qtbot, sample_corpus, shown_window):
    w = _three_at_1280(shown_window, sample_corpus)
    qtbot.wait(50)
    pane = w.comparison.panes[0]
    folded = pane.header.height()
    qtbot.mouseClick(pane.title_label, Qt.MouseButton.LeftButton)
    title, facts = pane.title_label, pane.facts_label
    qtbot.waitUntil(lambda: title.height() >= title.heightForWidth(title.width()) > title.fontMetrics().height() + 4)
    qtbot.waitUntil(lambda: pane.header.height() > folded)
    assert not pane.header.folded
    assert facts.height() >= facts.heightForWidth(facts.width())
    assert all(p.header.folded for p in w.comparison.panes[1:]), "the other articles keep their room"
    qtbot.mouseClick(pane.header.fold_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pane.header.height() == folded)
    assert pane.header.folded


def test_the_folded_facts_give_the_day_and_a_mark_where_the_dating_doubts_it(qtbot, sample_corpus, shown_window):
    """The whole header reads "2022-05-18 (text, estimated)" for d5; folded at 1280 px "d5 · no outlet · 2015-11-2…"
    lost the day of an article its text dates: the line gives the day first, "?" where the dating doubts it, the whole
    words on hover and unfolded."""
    w = _three_at_1280(shown_window, sample_corpus)
    w.compare([1, 2, 5])
    pane = w.comparison.pane(5)
    assert pane.facts_label.line.startswith("d5 · 2022-05-18? · ")
    assert pane.facts_label.elided().startswith("d5 · 2022-05-18?")
    assert "2022-05-18 (text, estimated)" in pane.facts_label.toolTip() and "(text, estimated)" in pane.facts_label.text()
    assert w.comparison.pane(1).facts_label.line.startswith("d1 · undated · ")


def test_at_1920_a_folded_title_takes_a_second_line_before_it_is_cut(qtbot, sample_corpus, shown_window):
    """window40's walk at 1920×1080: a folded title was cut on one line ("…and kills frien…") in a 675-px pane with
    room for two; at 1280×800 (a 479-px pane) it keeps one."""
    w = shown_window(sample_corpus)
    w.resize(1920, 1080)
    w.compare([1, 2, 3])
    qtbot.waitUntil(lambda: all(p.height() >= 600 for p in w.comparison.panes))
    two = 0
    for pane in w.comparison.panes:
        title = pane.title_label
        whole = " ".join(w.corpus.document(pane.document_id, with_text=False).title.split())
        qtbot.waitUntil(lambda: title.height() >= title.heightForWidth(title.width()))
        if title.fontMetrics().horizontalAdvance(whole) > title.contentsRect().width():
            two += 1
            assert title.heightForWidth(title.width()) >= title.fontMetrics().height() + title.fontMetrics().lineSpacing()
            drawn = title.elided()
            assert drawn == whole or (drawn.endswith("…") and whole.startswith(drawn[:-1].rstrip()))
            assert len(drawn) > len(title.fontMetrics().elidedText(whole, Qt.TextElideMode.ElideRight, title.width()))
        assert pane.header.height() <= 3 * pane.fontMetrics().lineSpacing() + 20, "two lines of title, one of facts"
    assert two, "a sample title is wider than its pane at 1920 px"
    w.resize(1280, 800)
    qtbot.waitUntil(lambda: all(p.height() < 600 for p in w.comparison.panes))
    for pane in w.comparison.panes:
        qtbot.waitUntil(lambda: pane.title_label.heightForWidth(pane.title_label.width()) < 2 * pane.fontMetrics().height())


def test_the_folded_facts_leave_the_file_name_to_the_whole_header(qtbot, sample_corpus, shown_window):
    """Last on the folded line, the file name showed as "000_…" in every pane, and cut "EFE and AFP" to
    "EFE an…"."""
    w = _three_at_1280(shown_window, sample_corpus)
    w.compare([1, 2, 5])
    qtbot.wait(50)
    for pane in w.comparison.panes:
        name = w.corpus.document(pane.document_id, with_text=False).source_path.rsplit("/", 1)[-1]
        assert name[:4] not in pane.facts_label.line, pane.facts_label.line
        assert name in pane.facts_label.toolTip() and name in pane.facts_label.text().replace("\u200b", "")
    assert w.comparison.pane(1).facts_label.elided() == "d1 · undated · BNR"


def test_an_article_without_an_outlet_says_no_outlet_folded_and_whole(qtbot, sample_corpus, shown_window):
    """d2 names no outlet: the folded line said "no outlet" and the whole header "outlet unknown", one fact in two
    wordings (the attribution panel said the latter too)."""
    w = _three_at_1280(shown_window, sample_corpus)
    facts = w.comparison.pane(2).facts_label
    assert "no outlet" in facts.line and "no outlet" in facts.text() and "outlet unknown" not in facts.toolTip()
