"""The layer rules of the house style, checked by import-linter on every test run."""
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def test_import_contracts_hold():
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint)], cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


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
