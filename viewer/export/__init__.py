"""Exports of a corpus and its analysis: JSON interchange, CSV, Markdown/HTML reports, PDF (no Qt widgets)."""
