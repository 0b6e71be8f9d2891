"""Symbols no font of the process can draw are named, never printed as the font's empty box."""
from __future__ import annotations

import pytest

from viewer.render.glyphs import drawable
from viewer.render.pdf_layout import FAMILY, ensure_gui


@pytest.fixture(autouse=True)
def fonts():
    ensure_gui()


@pytest.mark.parametrize("text, printed", [
    ("🔫 weapon", "[pistol] weapon"),
    ("weapon 🔫\ufe0f court", "weapon [pistol] court"),  # the variation selector goes with the symbol it styled
    ("🇺🇦", "[flag UA]"),
    ("👍🏽 agreed", "[thumbs up sign] agreed"),  # a skin tone is part of the symbol
    ("★ ✓ ≠ — “quoted” café", "★ ✓ ≠ — “quoted” café"),  # DejaVu draws these
    ("plain ASCII", "plain ASCII"),
])
def test_symbols_without_a_glyph_are_named(text, printed):
    assert drawable(text, FAMILY) == printed


def test_letters_of_a_script_no_font_covers_are_left_as_they_are():
    """A name per character would bury a text; that is a missing script font, not a symbol."""
    assert drawable("中文 report", FAMILY) == "中文 report"


def test_the_punctuation_of_a_script_no_font_covers_is_left_with_its_letters():
    """A made-up Chinese sentence printed "[fullwidth comma]" and "[ideographic full stop]" among its letters."""
    text = "当局周五表示，沿海城市有三人受伤。東京の気象庁は、大雨が続くと発表した。"
    assert drawable(text, FAMILY) == text
