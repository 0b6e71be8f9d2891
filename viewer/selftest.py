"""`provenance --selftest`: prove an installation works, offline and without a window.

The sample articles are imported into a temporary corpus, analysed, exported to JSON and to an
annotated PDF, and the window is drawn offscreen once. Each step is named, so a broken install
says which piece is missing ("selftest FAILED: PDF export: ..."), not just that something is.
The researcher's own data folder is never touched.
"""
from __future__ import annotations

import importlib.util
import json
import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

EXPECTED_DOCUMENTS = 5


class SelftestFailure(Exception):
    """A check failed; the message says what was expected."""


@dataclass
class SelftestRun:
    """What the steps found, for the verdict line."""

    folder: Path
    documents: int = 0
    claims: int = 0
    speakers: int = 0
    pdf_pages: int = 0
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def corpus_path(self) -> Path:
        return self.folder / "selftest.corpus"


def _check(condition: bool, message: str) -> None:
    if not condition:
        raise SelftestFailure(message)


def _sample_articles(run: SelftestRun) -> None:
    from viewer.resources import sample_articles

    folder = sample_articles()
    found = sorted(folder.glob("*.txt")) if folder.is_dir() else []
    _check(len(found) == EXPECTED_DOCUMENTS, f"expected {EXPECTED_DOCUMENTS} sample articles in {folder}, found {len(found)}")


def _import(run: SelftestRun) -> None:
    from viewer.corpus.importing import import_paths
    from viewer.corpus.store import Corpus
    from viewer.resources import sample_articles

    with Corpus(run.corpus_path) as corpus:
        import_paths(corpus, [sample_articles()])
        run.documents = corpus.document_count()
    _check(run.documents == EXPECTED_DOCUMENTS, f"imported {run.documents} of {EXPECTED_DOCUMENTS} sample articles")


def _pipeline(run: SelftestRun) -> None:
    from viewer.analysis.nlp import PIPELINE_PACKAGES, english

    import spacy  # noqa: F401 (imported first, so a broken spaCy is not reported as a missing pipeline)

    found = [name for name in PIPELINE_PACKAGES if importlib.util.find_spec(name)]
    _check(bool(found), f"none of the pipeline packages {', '.join(PIPELINE_PACKAGES)} is installed")
    importlib.import_module(found[-1])
    nlp = english()
    doc = nlp("The ministry said 1,026 servicemen surrendered, Interfax reported.")
    _check(len(doc) > 5 and any(t.dep_ for t in doc), "the English pipeline loaded but did not parse")


def _analyse(run: SelftestRun) -> None:
    from viewer.analysis.pipeline import analyse
    from viewer.corpus.store import Corpus

    with Corpus(run.corpus_path, create=False) as corpus:
        analyse(corpus)


def _json_export(run: SelftestRun) -> None:
    from viewer.corpus.store import Corpus
    from viewer.export.formats import export

    target = run.folder / "selftest.json"
    with Corpus(run.corpus_path, create=False, read_only=True) as corpus:
        export(corpus, "json", target)
    data = json.loads(target.read_text(encoding="utf-8"))
    documents = data.get("documents", [])
    run.claims = len(data.get("claims", []))
    run.speakers = len(data.get("speakers", []))
    _check(len(documents) == EXPECTED_DOCUMENTS, f"the JSON export has {len(documents)} documents, not {EXPECTED_DOCUMENTS}")
    _check(run.claims > 0, "the JSON export has no claims")
    _check(run.speakers > 0, "the JSON export has no speakers")


def _qt_application():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "provenance"])


def _pdf_export(run: SelftestRun) -> None:
    from pypdf import PdfReader

    from viewer.corpus.store import Corpus
    from viewer.export.formats import export

    from viewer.render.pdf_layout import render

    app = _qt_application()  # noqa: F841 (the PDF layout paints with Qt)

    target = run.folder / "selftest.pdf"
    with Corpus(run.corpus_path, create=False, read_only=True) as corpus:
        export(corpus, "pdf", target, render=render)
    reader = PdfReader(str(target))
    run.pdf_pages = len(reader.pages)
    annotations = sum(len(page["/Annots"].get_object()) for page in reader.pages if "/Annots" in page)
    _check(run.pdf_pages > 0, "the PDF export has no pages")
    _check(annotations > 0, "the PDF export has no annotations")


HTML_PAGE = """<!doctype html><html lang="en"><head><title>Port talks resume</title>
<meta name="author" content="A. Reporter"><meta property="og:site_name" content="Example Times">
</head><body><article><h1>Port talks resume</h1>
<p>The harbour authority said on Tuesday that talks with the unions would resume next week,
according to a statement published by the regional government.</p>
<p>"We expect an agreement before the end of the month," the spokeswoman told reporters.</p>
<img src="https://example.invalid/tracker.png"></article></body></html>"""


def _other_formats(run: SelftestRun) -> None:
    """HTML (trafilatura), Markdown and PDF (pypdf) imports: the readers the sample does not use."""
    from viewer.corpus.importing import import_paths
    from viewer.corpus.store import Corpus

    folder = run.folder / "formats"
    folder.mkdir()
    (folder / "page.html").write_text(HTML_PAGE, encoding="utf-8")
    (folder / "notes.md").write_text("# Field notes\n\nThe *mayor* said the road was closed.\n", encoding="utf-8")
    (run.folder / "selftest.pdf").replace(folder / "export.pdf")
    with Corpus(run.folder / "formats.corpus") as corpus:
        import_paths(corpus, [folder])
        count = corpus.document_count()
    _check(count == 3, f"imported {count} of 3 files (HTML, Markdown, PDF)")


def _window(run: SelftestRun) -> None:
    from viewer.app import launch

    _qt_application()
    picture = run.folder / "window.png"
    status = launch(corpus=str(run.corpus_path), screenshot=str(picture))
    _check(status == 0 and picture.exists() and picture.stat().st_size > 0, "the window could not be drawn")


STEPS: list[tuple[str, Callable[[SelftestRun], None]]] = [
    ("sample articles", _sample_articles),
    ("import", _import),
    ("English pipeline", _pipeline),
    ("analysis", _analyse),
    ("JSON export", _json_export),
    ("PDF export", _pdf_export),
    ("other formats", _other_formats),
    ("window", _window),
]


def run_steps(folder: Path) -> SelftestRun:
    """Run every step in ``folder``; raises SelftestFailure naming the first step that failed."""
    run = SelftestRun(folder)
    for name, step in STEPS:
        started = time.perf_counter()
        try:
            step(run)
        except SelftestFailure as exc:
            raise SelftestFailure(f"{name}: {exc}") from exc
        except Exception as exc:  # a missing module or file in a broken install lands here
            raise SelftestFailure(f"{name}: {type(exc).__name__}: {exc}") from exc
        run.timings[name] = time.perf_counter() - started
    return run


def _say(verdict: str) -> None:
    """Print the verdict; also write it to PROVENANCE_SELFTEST_REPORT if set.

    A windowed Windows executable has no console to print to, so CI reads the file instead.
    """
    if sys.stdout is not None:
        print(verdict, flush=True)
    report = os.environ.get("PROVENANCE_SELFTEST_REPORT")
    if report:
        Path(report).write_text(verdict + "\n", encoding="utf-8")


def selftest() -> int:
    """Check the installation on the sample corpus; print one verdict line; 0 if it passed."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="provenance-selftest-") as folder:
        try:
            run = run_steps(Path(folder))
        except SelftestFailure as exc:
            if sys.stderr is not None and exc.__cause__ is not None and not isinstance(exc.__cause__, SelftestFailure):
                traceback.print_exception(exc.__cause__, file=sys.stderr)
            _say(f"selftest FAILED: {exc}")
            return 1
    if os.environ.get("PROVENANCE_SELFTEST_TIMINGS") and sys.stderr is not None:
        print(" ".join(f"{name}={seconds:.2f}s" for name, seconds in run.timings.items()), file=sys.stderr)
    _say(
        f"selftest passed: {run.documents} documents, {run.claims} claims, {run.speakers} speakers, "
        f"PDF {run.pdf_pages} pages"
    )
    return 0
