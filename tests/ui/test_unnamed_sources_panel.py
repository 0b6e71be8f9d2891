"""The attribution panel lists statements from unnamed sources ("Officials said", "An aide said") under
one "Unnamed sources" row, each with its description, and no speaker row for the descriptions; officials
of a named body stay that body's row."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from viewer.ui.attribution_panel import UNNAMED_ROW


@pytest.fixture
def panel(shown_attribution_panel, unnamed_reports_file):
    return shown_attribution_panel(unnamed_reports_file)


def _rows(model) -> list[str]:
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_descriptions_are_no_speaker_rows_and_a_named_body_is_one(panel, qtmodeltester):
    model = panel.model
    qtmodeltester.check(model)
    rows = _rows(model)
    assert "State Department" in rows and UNNAMED_ROW in rows
    assert not {r.casefold() for r in rows} & {"officials", "an aide", "aide"}, rows


def test_unnamed_statements_show_their_description(panel, qtmodeltester):
    model = panel.model
    unnamed = model.index(model.speaker_row(UNNAMED_ROW), 0)
    assert model.index(unnamed.row(), 3).data() == "3"  # two "Officials", one aide
    panel.view.expand(unnamed)
    shown = [model.index(row, 0, unnamed).data() for row in range(model.rowCount(unnamed))]
    assert sum("unnamed: officials" in s for s in shown) == 2
    assert any("unnamed: an aide" in s and "the mayor was resting at home" in s for s in shown), shown
    tip = model.index(0, 0, unnamed).data(Qt.ItemDataRole.ToolTipRole)  # the relay chain ends with the description
    assert tip.split("Relay chain: ")[1].endswith(model.statement(model.index(0, 0, unnamed)).shown_speaker)
    qtmodeltester.check(model)
