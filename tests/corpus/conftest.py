"""Fixtures for the import layer tests."""
from __future__ import annotations

import pytest

from hostile_files import SAMPLE_DIR


@pytest.fixture
def sample_texts() -> dict[str, str]:
    return {path.name: path.read_text(encoding="utf-8") for path in sorted(SAMPLE_DIR.glob("*.txt"))}
