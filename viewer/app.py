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
    """Open the window on ``corpus`` (or the last one, or the sample); with ``screenshot``, save a PNG and exit."""
    if screenshot:
        import os

        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    from viewer.ui.qt_messages import quieten_harmless_messages

    quieten_harmless_messages()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Provenance Viewer")
    app.setOrganizationName("Provenance Viewer")
    from viewer.ui.about_dialog import app_icon

    app.setWindowIcon(app_icon())

    try:
        if screenshot:
            return _screenshot(app, corpus, sample, compare, claim, screenshot, size)
        from PySide6.QtCore import QSettings

        window, error = open_window(corpus, sample, compare, claim, QSettings())
    except ValueError as exc:  # an id the corpus does not hold, or a claim the chosen articles do not share
        print(f"provenance: {exc}", file=sys.stderr)
        return 2
    from viewer.ui.file_open import FileOpenFilter

    # macOS hands a .corpus opened from Finder (at launch or later) to the application, not to argv.
    file_open = FileOpenFilter(window.opening.open, app)
    app.installEventFilter(file_open)
    window.show()
    if error:
        window.opening.explain(error)
    code = app.exec()
    app.removeEventFilter(file_open)
    return code


def open_window(corpus: str | None, sample: bool, compare: str | None, claim: str | None, settings):
    """The main window on the chosen corpus, and why it could not be opened (the window then opens empty).

    A corpus named on the command line is never created here: a missing file is an error.
    Unknown ids in ``compare`` or ``claim`` raise ValueError before any window exists.
    """
    from viewer.corpus import remarking
    from viewer.corpus.store import CorpusError
    from viewer.terminal import ProgressLine
    from viewer.ui.corpus_opening import open_for_viewing
    from viewer.ui.main_window import MainWindow

    path = _corpus_path(corpus, sample, settings)
    line = ProgressLine()  # no window yet: a corpus marked again as it opens says so on the terminal it came from
    try:
        opened = open_for_viewing(path, marking=remarking.said_to(line))
        line.finish()
    except CorpusError as exc:
        return MainWindow(None, settings), exc
    try:
        documents, claim_id = _comparison(opened, compare, claim)
    except ValueError:
        opened.close()
        raise
    window = MainWindow(None, settings)
    window.opening.opened(opened)  # as if opened from the window: read-only notice and the articles left open
    if compare or claim or not window.comparison.document_ids:
        window.compare(documents, claim_id)
    return window, None


def _comparison(corpus, compare: str | None, claim: str | None) -> tuple[list[int], int | None]:
    """The articles to show and the claim to select: ``claim`` selects within ``compare``, never
    opens more articles; alone, it opens the articles that carry it."""
    from viewer.analysis import store
    from viewer.identifiers import UnknownName, check_claims, check_documents, parse_ids

    documents = parse_ids(compare, "d", "--compare") or []
    check_documents(corpus, documents)
    claims = parse_ids(claim, "c", "--claim") or []
    if len(claims) > 1:
        raise ValueError("--claim selects one claim; name one, like c3")
    claim_id = claims[0] if claims else None
    if claim_id is not None:
        check_claims(corpus, [claim_id])
        carriers = store.claim(corpus, claim_id).documents()
        if not documents:
            documents = carriers
        elif claim_id not in store.claim_ids(corpus, documents):
            raise UnknownName(
                f"claim c{claim_id} is not shared by {', '.join(f'd{d}' for d in documents)}; "
                f"it is carried by {', '.join(f'd{d}' for d in carriers)}")
    if not documents:
        pair = store.document_pair_sharing_most_claims(corpus)
        documents = list(pair) if pair else []
    return documents, claim_id


def _corpus_path(corpus: str | None, sample: bool, settings) -> Path:
    from viewer.sample import ensure_sample_corpus

    if corpus and not sample:
        return Path(corpus)
    last = settings.value("corpus/last")
    if not sample and last and Path(str(last)).exists():
        return Path(str(last))
    return ensure_sample_corpus(state=_first_start_progress())


def _first_start_progress():
    """On first start the sample corpus is imported and analysed (seconds): show that it is."""
    from PySide6.QtWidgets import QApplication, QProgressDialog

    from viewer.jobs import TaskState

    dialog = QProgressDialog("Preparing the sample corpus…", None, 0, 0)
    dialog.setWindowTitle("Provenance Viewer")
    dialog.setMinimumDuration(300)

    def progress(done: int, total: int, stage: str) -> None:
        dialog.setMaximum(total)
        dialog.setValue(min(done, total))
        dialog.setLabelText(f"Preparing the sample corpus: {stage}")
        QApplication.processEvents()

    return TaskState(progress)


def _screenshot(app, corpus, sample, compare, claim, target: str, size: str) -> int:
    """Render the window offscreen to ``target`` with fresh settings: the default layout, and the
    researcher's own layout and recent files left alone."""
    import tempfile

    from PySide6.QtCore import QSettings

    with tempfile.TemporaryDirectory(prefix="provenance-screenshot-") as scratch:
        settings = QSettings(str(Path(scratch) / "settings.ini"), QSettings.Format.IniFormat)
        window, error = open_window(corpus, sample, compare, claim, settings)
        if error is not None:
            window.close()
            print(f"provenance: {error}", file=sys.stderr)
            return 1
        width, _, height = size.partition("x")
        window.resize(int(width), int(height))
        window.show()
        for _ in range(3):
            app.processEvents()
        if window.comparison.selected_claim is not None:  # scroll again once the panes have their final size
            window.comparison.select_claim(window.comparison.selected_claim)
            app.processEvents()
        ok = window.grab().save(target)
        window.close()
        del settings
    return 0 if ok else 1
