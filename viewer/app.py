"""Start the desktop application (the only place, beside viewer/ui, that touches Qt)."""
from __future__ import annotations

import sys
from pathlib import Path


def launch(
    corpus: str | None = None,
    sample: bool = False,
    compare: str | None = None,
    claim: str | None = None,
    screenshot: str | None = None,
    size: str = "1600x1000",
) -> int:
    """Open the window on ``corpus`` (or the sample corpus); with ``screenshot``, save a PNG and exit."""
    if screenshot:
        import os

        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from viewer.corpus.store import Corpus
    from viewer.sample import ensure_sample_corpus
    from viewer.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Provenance Viewer")
    app.setOrganizationName("Provenance Viewer")
    path = Path(corpus) if corpus and not sample else ensure_sample_corpus()
    window = MainWindow(Corpus(path))
    if screenshot:
        width, _, height = size.partition("x")
        window.resize(int(width), int(height))
        window.show()
        app.processEvents()
        window.grab().save(screenshot)
        return 0
    window.show()
    return app.exec()
