"""The claims table's discrepancy column: how many ways the sources differ ("≠ 4"), the first of them,
and in its tooltip every one, each naming which source says which."""
from __future__ import annotations

import hashlib

from PySide6.QtCore import Qt

from viewer.analysis.discrepancies import find_discrepancies
from viewer.analysis.model import Claim, Mention
from viewer.corpus.store import now
from viewer.ui.claims_panel import FIXED, SORT_ROLE, ClaimsPanel

# Three made-up reports of one nightclub shooting: the first and third agree (the time spelled two ways), the second differs.
ARTICLES = [
    ("Daily Ledger", "Club shooting", "The shooting happened around 3:30 a.m. at Club Envy, where five others were hurt."),
    (None, "Two arrested in deadly nightclub shooting after a party",
     "The shooting happened around 3:50 a.m. at Club Envy, where six others were hurt."),
    ("KFVS", "Caruthersville club shooting", "The shooting happened around 3:30am at Club Envy, where five others were hurt."),
]


def _corpus_with_one_claim(corpus) -> int:
    """The articles, their one claim and the discrepancies the analysis finds between its mentions."""
    mentions = [Mention(d, 0, len(text), text) for d, (_outlet, _title, text) in enumerate(ARTICLES, start=1)]
    found = find_discrepancies(Claim("the shooting", mentions), {})
    with corpus.transaction() as db:
        conn = db.conn
        for d, (outlet, title, text) in enumerate(ARTICLES, start=1):
            conn.execute("""INSERT INTO documents (id, title, outlet, language, text, sha256, source_path, source_format,
                            imported_at) VALUES (?, ?, ?, 'en', ?, ?, ?, 'txt', ?)""",
                         (d, title, outlet, text, hashlib.sha256(text.encode()).hexdigest(), f"{d}.txt", now()))
            conn.execute("INSERT INTO analysed_documents VALUES (?, ?, '1')", (d, now()))
        conn.execute("INSERT INTO claims (id, label) VALUES (1, 'the shooting')")
        for m in mentions:
            conn.execute('INSERT INTO claim_mentions (claim_id, document_id, start, "end") VALUES (1, ?, ?, ?)', (m.document, m.start, m.end))
        for d in found:
            conn.execute("INSERT INTO discrepancies (claim_id, kind, explanation, mentions) VALUES (1, ?, ?, ?)",
                         (d.kind, d.explanation, str([[m.document, m.start, m.end] for m in d.mentions])))
    corpus.rebuild_search_index()
    return len(found)


def test_the_column_counts_the_discrepancies_and_the_tooltip_names_every_source(qtbot, qtmodeltester, memory_corpus):
    count = _corpus_with_one_claim(memory_corpus)
    assert count == 4  # time and the count of the hurt, d1 against d2 and d2 against d3; d1 and d3 agree
    panel = ClaimsPanel(memory_corpus)
    qtbot.addWidget(panel)
    panel.reload(documents=[1, 2, 3])
    panel.resize(1300, 300)  # room for the claim and the first discrepancy's words
    panel.show()
    qtmodeltester.check(panel.model)
    cell = panel.model.index(panel.model.row_of(1), 3)
    qtbot.waitUntil(lambda: not panel.model.marks_only)
    shown = cell.data()
    assert shown.startswith("≠ 4 · ")
    tip = cell.data(Qt.ItemDataRole.ToolTipRole).split("\n")
    assert len(tip) == 4 and all(line.startswith("≠ ") for line in tip)
    assert "≠ time — Daily Ledger (d1): “around 3:30 a.m.” vs Two arrested in deadly… (d2): “around 3:50 a.m.”" in tip
    assert "≠ hurt — Two arrested in deadly… (d2): “six” vs KFVS (d3): “five”: they cannot both be true" in tip
    # the cell shows the first by its sources' numbers (the row's article columns): named, the figures ran past its end
    assert shown == "≠ 4 · hurt — d1: “five” vs d2: “six”: they cannot both be true"
    assert tip[0] == "≠ hurt — Daily Ledger (d1): “five” vs Two arrested in deadly… (d2): “six”: they cannot both be true"
    assert cell.data(SORT_ROLE) == 4
    # an article's cell says how that article differs, and from whom
    d3 = panel.model.index(panel.model.row_of(1), len(FIXED) + 2).data(Qt.ItemDataRole.ToolTipRole).split("\n")
    assert d3[0] == "KFVS (d3) carries it, differently" and len(d3) == 3 and all("KFVS (d3)" in line for line in d3[1:])
    # the filter finds a claim by a source its discrepancies name
    panel.filter_box.setText("KFVS")
    assert panel.proxy.rowCount() == 1


def test_the_hover_card_of_a_lit_claim_names_the_sources_of_each_discrepancy(qtbot, shown_comparison, memory_corpus):
    _corpus_with_one_claim(memory_corpus)
    view = shown_comparison(memory_corpus, [1, 2])
    card = view.pane(1)._hover_text(1)
    assert "≠ time — Daily Ledger (d1): “around 3:30 a.m.” vs Two arrested in deadly… (d2): “around 3:50 a.m.”" in card
    assert card.count("≠ ") == 4  # every discrepancy of the claim, also those with the third article


def test_a_revised_figure_shows_whole_in_its_cell_of_a_wide_table(qtbot, memory_corpus):
    """figures37: named by their titles, "≠ 1 · residents — County revises Pine Hill… (d1): “95, not 1…" was cut
    at the column's end in a 1,300-px table, the figures and "(revised)" in the tooltip only."""
    articles = [("County revises Pine Hill evacuation count",
                 "The number of Pine Hill residents evacuated from flooded homes on Monday was 95, not 120 as first reported."),
                ("Pine Hill flood forces evacuations", "Rescue crews evacuated 120 residents of Pine Hill from their flooded homes.")]
    with memory_corpus.transaction() as db:
        db.conn.execute("INSERT INTO claims (id, label) VALUES (1, 'Pine Hill residents evacuated')")
        for d, (title, text) in enumerate(articles, start=1):
            db.conn.execute("""INSERT INTO documents (id, title, language, text, sha256, source_path, source_format,
                               imported_at) VALUES (?, ?, 'en', ?, ?, ?, 'txt', ?)""",
                            (d, title, text, hashlib.sha256(text.encode()).hexdigest(), f"{d}.txt", now()))
            db.conn.execute("INSERT INTO analysed_documents VALUES (?, ?, '1')", (d, now()))
            db.conn.execute('INSERT INTO claim_mentions (claim_id, document_id, start, "end") VALUES (1, ?, 0, ?)', (d, len(text)))
        db.conn.execute("INSERT INTO discrepancies (claim_id, kind, explanation, mentions) VALUES (1, 'number', ?, ?)",
                        ("residents: '95, not 120' vs '120' (revised)", str([[1, 0, 10], [2, 0, 10]])))
    panel = ClaimsPanel(memory_corpus)
    qtbot.addWidget(panel)
    panel.resize(1300, 200)
    panel.reload(documents=[1, 2])
    panel.show()
    qtbot.waitExposed(panel)
    cell = panel.proxy.index(0, 3)
    assert cell.data() == "≠ 1 · residents — d1: “95, not 120” vs d2: “120”: corrected"
    assert "County revises Pine Hill… (d1)" in cell.data(Qt.ItemDataRole.ToolTipRole)
    assert panel.view.fontMetrics().horizontalAdvance(cell.data()) + 10 <= panel.view.columnWidth(3)
