"""The attribution panel gives an "it" that stands for a clause ("It appears that …", "It is unclear whether …")
to no one: before, the row of the body named just before it held that sentence as the body's own statement."""
from __future__ import annotations

from viewer.ui.attribution_panel import UNNAMED_ROW

REPORTS = {"exxon.txt": "Exxon appeals ruling\n\nExxon Mobil said on Monday that it would appeal the ruling. It appears "
                        "that the company lost two billion dollars on the project. Exxon Mobil said it expected to win.\n"}


def test_a_clause_it_is_not_the_body_named_before(shown_attribution_panel, reports_corpus_file, tree_rows, qtmodeltester):
    panel = shown_attribution_panel(reports_corpus_file)
    model = panel.model
    qtmodeltester.check(model)
    rows = tree_rows(model)
    exxon = next(row for row, text in enumerate(rows) if text.startswith("Exxon Mobil"))
    said = tree_rows(model, model.index(exxon, 0))
    assert said and not any("two billion" in s for s in said), said
    unnamed = tree_rows(model, model.index(model.speaker_row(UNNAMED_ROW), 0))
    assert any("two billion" in s for s in unnamed), unnamed
