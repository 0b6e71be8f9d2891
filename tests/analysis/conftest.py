"""Fixtures shared by the analysis tests: the spaCy pipeline once per session, and parsing."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def nlp():
    from viewer.analysis.nlp import english

    return english()


@pytest.fixture
def parsed(nlp):
    """``parsed(text)`` parses made-up article text the way the pipeline does (no boilerplate)."""
    from viewer.analysis.segment import parse

    def _parse(text: str, boilerplate=(), document_id: int = 1):
        return parse(document_id, text, list(boilerplate))

    return _parse
