"""A passage quoted in Russian is shown as the rendering of the claim it translates: lit in the claim's
colour with a dotted line and a tooltip saying so, marked "+" in the claims table, one article alone."""
from __future__ import annotations

from PySide6.QtGui import QTextCharFormat, QTextCursor

from pane_selection import menu_on_words
from viewer.analysis import store
from viewer.comparison import ComparisonState
from viewer.ui.claims_panel import FIXED, RENDERED, ClaimTableModel


def _tweet_claim(corpus):
    return next(c for c in store.claims(corpus) if any(m.text.startswith("Давайте") for m in c.mentions))


def test_one_article_lights_its_words_and_their_rendering_in_one_colour(sample_corpus):
    claim = _tweet_claim(sample_corpus)
    state = ComparisonState(sample_corpus, [2])
    lit = [x for x in state.lit(2) if x.claim_id == claim.id]
    assert [(x.rendering, sample_corpus.document(2).text[x.start:x.end].split()[0]) for x in lit] == [("", "Let's"),
                                                                                                      ("Russian", "Давайте")]
    assert len({x.colour for x in lit}) == 1


def test_the_pane_underlines_a_rendering_with_dots_and_says_what_it_is(sample_corpus, shown_comparison):
    claim = _tweet_claim(sample_corpus)
    view = shown_comparison(sample_corpus, [2])
    pane = view.pane(2)
    rendering = next(m for m in claim.mentions if claim.rendered_in(m))
    cursor = QTextCursor(pane.text_view.document())
    cursor.setPosition(pane.text_view.positions(rendering.start) + 1)
    shown = cursor.charFormat()
    assert shown.underlineStyle() == QTextCharFormat.UnderlineStyle.DotLine
    assert shown.toolTip().startswith(f"Russian rendering of claim [{claim.id}]")
    assert "Rendered here in Russian: “Давайте и мы не терять. Армия знает, что делает.”" in pane._hover_text(claim.id)


def test_the_claims_table_marks_the_article_that_renders_the_claim(sample_corpus, qtmodeltester):
    claim = _tweet_claim(sample_corpus)
    model = ClaimTableModel(sample_corpus)
    model.reload(documents=[1, 2])
    qtmodeltester.check(model)
    row = model.row_of(claim.id)
    d2 = model.index(row, len(FIXED) + 1)
    assert d2.data().endswith(RENDERED)
    assert d2.data(3).endswith("and its Russian rendering")  # ToolTipRole
    assert model.index(row, len(FIXED)).data() == "–"  # d1 carries nothing of it


def test_a_foreign_passage_is_made_a_rendering_of_the_selected_claim_from_the_pane_menu(qtbot, sample_corpus, shown_window, finish):
    """The tweet's other sentence renders nothing the model found: select it in d2, which carries the claim of the
    words it goes with, and say it renders that claim; it is lit as a rendering, after the relink that follows."""
    claim = next(c for c in store.claims(sample_corpus) if any(m.text.startswith("В Мариуполе") for m in c.mentions))
    w = shown_window(sample_corpus)
    w.compare([2])
    w.comparison.select_claim(claim.id)
    pane = w.comparison.pane(2)
    words = "Вот что бывает, когда офицеры не теряют голову, а твёрдо сохраняют управление войсками."
    start = pane.text.index(words)
    menu = menu_on_words(pane, words)
    assert not [a for a in menu.actions() if a.text().startswith("This passage carries")]  # d2 carries it already
    (action,) = [a for a in menu.actions() if a.text() == f"This passage renders claim [{claim.id}]"]
    action.trigger()
    menu.close()
    finish(w)
    after = store.claim(sample_corpus, claim.id)
    rendering = next(m for m in after.mentions_in(2) if m.start == start)
    assert after.rendered_in(rendering) == "Russian"
    assert any(lit.claim_id == claim.id and lit.rendering == "Russian" and lit.start == start
               for lit in w.comparison.pane(2).text_view.lit)
