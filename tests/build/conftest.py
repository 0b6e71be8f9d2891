"""build/package.py loaded as a module: it is a script, not part of the viewer package."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "build" / "package.py"


@pytest.fixture
def package():
    spec = importlib.util.spec_from_file_location("build_package", PACKAGE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
