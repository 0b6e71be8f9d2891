"""The attribution panel shows a report not made plainly: "[did not say]" before its words, set back in grey, and
counted apart from the speaker's statements; a withheld one shows its cue as written ("[declined] to say whether",
"[refusal] to comment") (`UNSAID_REPORTS`: the police did not say, the sheriff declined to say)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt


@pytest.fixture
def panel(shown_attribution_panel, unsaid_reports_file):
    return shown_attribution_panel(unsaid_reports_file)


def _statements(panel, name: str) -> list:
    model = panel.model
    speaker = model.index(model.speaker_row(name), 0)
    panel.view.expand(speaker)
    return [model.index(row, 0, speaker) for row in range(model.rowCount(speaker))]


def test_a_report_not_made_is_marked_and_counted_apart(panel, qtmodeltester):
    model = panel.model
    qtmodeltester.check(model)
    counts = {model.index(row, 0).data(): model.index(row, 3).data() for row in range(model.rowCount())}
    assert counts == {"Dana Morrow": "1", "Police": "0 (+1)", "Tom Hale": "0 (+1)"}
    (police,) = _statements(panel, "Police")
    assert police.data().startswith("[did not say] whether the suspect was armed")
    assert police.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert police.data(Qt.ItemDataRole.ToolTipRole).startswith("Police did not say: “whether")
    (sheriff,) = _statements(panel, "Tom Hale")
    assert sheriff.data().startswith("[declined] to say whether")  # the cue as written: its words hold "to say"
    assert sheriff.data(Qt.ItemDataRole.ToolTipRole).startswith("Tom Hale declined to say: “to say whether")
    (chief,) = _statements(panel, "Dana Morrow")
    assert chief.data().startswith("The suspect was armed") and chief.data(Qt.ItemDataRole.ForegroundRole) is None
    qtmodeltester.check(model)
