"""The attribution panel gives an "it" that stands for a clause ("It appears that …", "It is unclear whether …")
to no one: before, the row of the body named just before it held that sentence as the body's own statement."""
from __future__ import annotations

import pytest

from viewer.ui.attribution_panel import UNNAMED_ROW

REPORT = ("Exxon appeals ruling\n\nExxon Mobil said on Monday that it would appeal the ruling. It appears that the company "
          "lost two billion dollars on the project. Exxon Mobil said it expected to win.\n")


@pytest.fixture(scope="module")
def clause_it_file(tmp_path_factory):
    from viewer.analysis.pipeline import analyse
    from viewer.corpus.creating import create
    from viewer.corpus.importing import import_paths

    folder = tmp_path_factory.mktemp("clause_it")
    (folder / "exxon.txt").write_text(REPORT, encoding="utf-8")

    def build(corpus) -> None:
        import_paths(corpus, [folder / "exxon.txt"])
        analyse(corpus)

    path = folder / "clause_it.corpus"
    create(path, build)
    return path


def _rows(model, parent=None) -> list[str]:
    from PySide6.QtCore import QModelIndex

    parent = parent or QModelIndex()
    return [model.index(row, 0, parent).data() for row in range(model.rowCount(parent))]


def test_a_clause_it_is_not_the_body_named_before(shown_attribution_panel, clause_it_file, qtmodeltester):
    panel = shown_attribution_panel(clause_it_file)
    model = panel.model
    qtmodeltester.check(model)
    rows = _rows(model)
    exxon = next(row for row, text in enumerate(rows) if text.startswith("Exxon Mobil"))
    said = _rows(model, model.index(exxon, 0))
    assert said and not any("two billion" in s for s in said), said
    unnamed = _rows(model, model.index(model.speaker_row(UNNAMED_ROW), 0))
    assert any("two billion" in s for s in unnamed), unnamed
