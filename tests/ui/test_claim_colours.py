"""Past seven claims, no two claims lit together share a colour: panes, claims table and export agree."""
from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from viewer.analysis import store
from viewer.comparison import tint
from viewer.export.selection import select
from viewer.ui.claims_panel import CLAIM_ID_ROLE


def _more_claims(corpus, pairs: int) -> None:
    """Link the first free sentences of d1 and d2 pairwise as made-up claims (the hand-made five stay)."""
    texts = {d: corpus.document(d).text for d in (1, 2)}
    taken = {d: [(m.start, m.end) for c in store.claims(corpus, store.claim_ids(corpus)) for m in c.mentions_in(d)]
             for d in (1, 2)}
    sentences = {}
    for d, text in texts.items():
        found = [(m.start(), m.end()) for m in re.finditer(r"[A-Z][^.\n]{30,200}\.", text)]
        sentences[d] = [s for s in found if all(s[1] <= a or s[0] >= b for a, b in taken[d])]
    with corpus.transaction() as db:
        first = db.conn.execute("SELECT max(id) FROM claims").fetchone()[0] + 1
        for i in range(pairs):
            db.conn.execute("INSERT INTO claims (id, label) VALUES (?, ?)", (first + i, f"made-up pair {i}"))
            for d in (1, 2):
                start, end = sentences[d][i]
                db.conn.execute('INSERT INTO claim_mentions (claim_id, document_id, start, "end") VALUES (?, ?, ?, ?)',
                                (first + i, d, start, end))


def _pane_colours(pane) -> dict[int, str]:
    """Each lit claim's background as the pane draws it."""
    out = {}
    for lit in pane.text_view.lit:
        cursor = QTextCursor(pane.text_view.document())
        cursor.setPosition(pane.text_view.positions(lit.start) + 1)
        out.setdefault(lit.claim_id, set()).add(cursor.charFormat().background().color().name())
    return out


@pytest.fixture
def crowded(analysed_corpus):
    _more_claims(analysed_corpus, 10)
    return analysed_corpus


def test_fifteen_claims_in_one_pane_get_fifteen_colours_everywhere(qtbot, crowded, shown_window):
    window = shown_window(crowded)
    window.compare([1, 2])
    state = window.comparison.state
    assert len(state.claims) == 15
    for d in (1, 2):
        drawn = _pane_colours(window.comparison.pane(d))
        assert len(drawn) == 15 and all(len(c) == 1 for c in drawn.values())
        assert len({c for (c,) in drawn.values()}) == 15, drawn  # on main the 8th claim took the 1st's colour
        assert {claim: c for claim, (c,) in drawn.items()} == {c: tint(colour) for c, colour in state.colours.items()}
    model = window.claims_panel.model
    swatches = {model.index(row, 0).data(CLAIM_ID_ROLE): model.index(row, 0).data(Qt.ItemDataRole.BackgroundRole).name()
                for row in range(model.rowCount())}
    assert swatches == {c: tint(colour) for c, colour in state.colours.items()}
    assert select(crowded, [1, 2], colours=state.colours).colours == state.colours  # the PDF lights them so too


def test_a_claim_closed_and_reopened_gets_its_colour_back(qtbot, crowded, shown_comparison):
    view = shown_comparison(crowded, [1, 2])
    before = dict(view.state.colours)
    view.set_documents([2])  # nothing shared: nothing lit
    assert view.state.colours == {}
    view.set_documents([2, 1])  # d2's reading order first: on main the claims were coloured afresh in that order
    assert view.state.colours == before
