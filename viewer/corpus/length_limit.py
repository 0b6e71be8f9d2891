"""How long a document the analysis reads: one limit that the import, the analysis and the window all state.

A module of its own, importing nothing: the window and the analysis's store need the limit without loading
the file readers that `importing` brings (the window starts without them).
"""
from __future__ import annotations

# Characters of one document the analysis parses: spaCy's Language.max_length, which the analysis leaves at its
# default. A longer document is stored, read and searched, and the analysis refuses it before parsing (its
# `analysis.store.too_long`): spaCy would fail on it whole every time it was tried.
ANALYSIS_READS = 1_000_000


def over_the_limit(characters: int) -> str:
    """How far a document is past what the analysis reads: the import, the analysis and the window say it alike."""
    return f"{characters:,} characters, more than the analysis reads ({ANALYSIS_READS:,})"
