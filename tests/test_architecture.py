"""The layer rules of the house style, checked by import-linter on every test run, and the one
owner of the analysis tables."""
import os
import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
ANALYSIS_TABLES = ("claim_units", "claims", "claim_mentions", "discrepancies", "attributions", "speakers",
                   "speaker_aliases", "analysed_documents", "corrections", "retired_claim_mentions", "claim_sequence")
# The SQL here is written in upper case; prose ("groups pairs into claims") is not.
SQL_ON_ANALYSIS = re.compile(rf"\b(?:FROM|INTO|UPDATE|JOIN)\s+(?:{'|'.join(ANALYSIS_TABLES)})\b")
# The store reads and writes them; the migrations create them.
OWNERS = {REPO / "viewer" / "analysis" / "store.py", REPO / "viewer" / "corpus" / "migrations.py"}
INSERT_MARKS = re.compile(r"\bINSERT\s+(?:OR\s+\w+\s+)?INTO\s+boilerplate\b")


def test_import_contracts_hold():
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint)], cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_only_the_analysis_store_touches_the_analysis_tables():
    offenders = [
        f"{path.relative_to(REPO)}:{number}: {line.strip()}"
        for path in sorted((REPO / "viewer").rglob("*.py")) if path not in OWNERS
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if SQL_ON_ANALYSIS.search(line)
    ]
    assert not offenders, "SQL on the analysis tables outside viewer/analysis/store.py:\n" + "\n".join(offenders)


def test_one_module_writes_boilerplate_marks():
    """Five writers once spelt the same INSERT; their columns would drift apart one at a time."""
    writers = sorted(path.relative_to(REPO).as_posix() for path in (REPO / "viewer").rglob("*.py")
                     if INSERT_MARKS.search(path.read_text(encoding="utf-8")))
    assert writers == ["viewer/corpus/boilerplate_rows.py"]


def test_the_page_renderer_uses_no_widgets():
    """import-linter cannot forbid a submodule of an external package, so read the imports here:
    the PDF layout must run headless and off the GUI thread, which widgets cannot."""
    import ast

    offending = []
    for path in sorted((REPO / "viewer" / "render").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else (
                [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            offending += [f"{path.name}: {n}" for n in names if n.startswith(("PySide6.QtWidgets", "viewer.ui"))]
    assert not offending


def test_opening_the_window_imports_no_parser_and_no_file_readers():
    # The parser and the model load at analysis, the HTML and PDF readers at an import, never at
    # window start (issue 11: start < 2 s): spaCy would cost about a second, the readers about another.
    heavy = ("spacy", "trafilatura", "pypdf")
    probe = ("import sys, viewer.app, viewer.ui.main_window; "
             f"print(sorted(m for m in sys.modules if m.split('.')[0] in {heavy!r}))")
    result = subprocess.run([sys.executable, "-c", probe], cwd=REPO, capture_output=True, text=True,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.stdout.strip() == "[]", result.stdout + result.stderr
