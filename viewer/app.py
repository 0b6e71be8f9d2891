"""Start the desktop application (the only place, beside viewer/ui, that touches Qt)."""
from __future__ import annotations

import sys
from pathlib import Path


def _ids(value: str | None, prefix: str) -> list[int]:
    if not value:
        return []
    return [int(part.strip().lower().removeprefix(prefix)) for part in value.split(",") if part.strip()]


def launch(
    corpus: str | None = None,
    sample: bool = False,
    compare: str | None = None,
    claim: str | None = None,
    screenshot: str | None = None,
    size: str = "1600x1000",
) -> int:
    """Open the window on ``corpus`` (or the last one, or the sample); with ``screenshot``, save a PNG and exit."""
    if screenshot:
        import os

        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Provenance Viewer")
    app.setOrganizationName("Provenance Viewer")
    from viewer.ui.about_dialog import app_icon

    app.setWindowIcon(app_icon())

    if screenshot:
        return _screenshot(app, corpus, sample, compare, claim, screenshot, size)
    from PySide6.QtCore import QSettings

    window, error = open_window(corpus, sample, compare, claim, QSettings())
    from viewer.ui.file_open import FileOpenFilter

    # macOS hands a .corpus opened from Finder (at launch or later) to the application, not to argv.
    file_open = FileOpenFilter(window.open_corpus, app)
    app.installEventFilter(file_open)
    window.show()
    if error:
        window.show_corpus_error(error)
    code = app.exec()
    app.removeEventFilter(file_open)
    return code


def open_window(corpus: str | None, sample: bool, compare: str | None, claim: str | None, settings):
    """The main window on the chosen corpus, and why it could not be opened (the window then opens empty)."""
    from viewer.analysis import store
    from viewer.corpus.store import Corpus, CorpusError
    from viewer.ui.main_window import MainWindow

    path = _corpus_path(corpus, sample, settings)
    try:
        opened = Corpus(path, create=corpus is not None)
    except CorpusError as exc:
        return MainWindow(None, settings), str(exc)
    window = MainWindow(opened, settings)
    documents = _ids(compare, "d")
    if not documents:
        pair = store.document_pair_sharing_most_claims(opened)
        documents = list(pair) if pair else []
    claim_ids = _ids(claim, "c")
    window.compare(documents, claim_ids[0] if claim_ids else None)
    return window, None


def _corpus_path(corpus: str | None, sample: bool, settings) -> Path:
    from viewer.sample import ensure_sample_corpus

    if corpus and not sample:
        return Path(corpus)
    last = settings.value("corpus/last")
    if not sample and last and Path(str(last)).exists():
        return Path(str(last))
    return ensure_sample_corpus(progress=_first_start_progress())


def _first_start_progress():
    """On first start the sample corpus is imported and analysed (seconds): show that it is."""
    from PySide6.QtWidgets import QApplication, QProgressDialog

    dialog = QProgressDialog("Preparing the sample corpus…", None, 0, 0)
    dialog.setWindowTitle("Provenance Viewer")
    dialog.setMinimumDuration(300)

    def progress(done: int, total: int, stage: str) -> None:
        dialog.setMaximum(total)
        dialog.setValue(min(done, total))
        dialog.setLabelText(f"Preparing the sample corpus: {stage}")
        QApplication.processEvents()

    return progress


def _screenshot(app, corpus, sample, compare, claim, target: str, size: str) -> int:
    """Render the window offscreen to ``target`` with fresh settings: the default layout, and the
    researcher's own layout and recent files left alone."""
    import tempfile

    from PySide6.QtCore import QSettings

    with tempfile.TemporaryDirectory(prefix="provenance-screenshot-") as scratch:
        settings = QSettings(str(Path(scratch) / "settings.ini"), QSettings.Format.IniFormat)
        window, error = open_window(corpus, sample, compare, claim, settings)
        if error:
            window.close()
            print(f"provenance: {error}", file=sys.stderr)
            return 1
        width, _, height = size.partition("x")
        window.resize(int(width), int(height))
        window.show()
        for _ in range(3):
            app.processEvents()
        claim_ids = _ids(claim, "c")
        if claim_ids:  # scroll again once the panes have their final size
            window.comparison.select_claim(claim_ids[0])
            app.processEvents()
        ok = window.grab().save(target)
        window.close()
        del settings
    return 0 if ok else 1
