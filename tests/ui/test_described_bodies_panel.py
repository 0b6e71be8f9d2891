"""The attribution panel shows a body a report describes by the words that say which body it is: a named panel whose
only act is a vote under its name's words, "the independent panel" as the panel named before, and a body described
with the words after its noun ("a committee of outside experts"), never as "unnamed source" or a row "independent
panel"."""
from __future__ import annotations

from viewer.ui.attribution_panel import UNNAMED_ROW

REPORTS = {
    "panel_votes.txt": "FDA panel votes against boosters\n\nA Food and Drug Administration advisory panel voted against "
                       "green-lighting booster shots on Friday for most people.\n",
    "panel_recommends.txt": "Panel backs boosters for the elderly\n\nA Food and Drug Administration advisory panel voted "
                            "against booster shots on Friday for most people. But the independent panel recommended a "
                            "third dose for Americans over age 65. The panel said more data is needed.\n",
    "experts.txt": "Experts back plan\n\nA committee of outside experts said on Tuesday the plan was sound.\n",
}


def test_a_body_is_shown_by_the_words_that_say_which_it_is(shown_attribution_panel, reports_corpus_file, tree_rows,
                                                            qtmodeltester):
    panel = shown_attribution_panel(reports_corpus_file)
    model = panel.model
    qtmodeltester.check(model)
    rows = tree_rows(model)
    assert any(r.startswith("Food and Drug Administration advisory panel") for r in rows), rows
    assert not any("independent panel" in r for r in rows), rows
    unnamed = model.index(model.speaker_row(UNNAMED_ROW), 0)
    panel.view.expand(unnamed)
    shown = tree_rows(model, unnamed)
    assert any("unnamed: Food and Drug Administration advisory panel" in s for s in shown), shown
    assert any("unnamed: committee of outside experts" in s for s in shown), shown
    assert not any("unnamed source" in s for s in shown), shown
