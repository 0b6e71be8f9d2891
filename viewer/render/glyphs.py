"""Symbols no font can draw, named instead of printed as an empty box.

The bundle ships DejaVu Sans, which has many symbols ("★", "✓", "😀") but not most pictographs: a tag
"🔫 weapon" printed "□ weapon" in the PDF on a system without an emoji font. Such a symbol is written
as its Unicode name, "[pistol] weapon"; the PDF comments keep the character itself, which the reader's
own fonts show. Letters of a script no font covers are left alone: a name per character would bury the
text, and that is a missing script font, not a symbol.
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache

from PySide6.QtGui import QFont, QTextLayout

# Invisible parts of an emoji sequence: joiner, variation selectors, skin tones, tag characters.
_JOINERS = {0x200D, *range(0xFE00, 0xFE10), *range(0x1F3FB, 0x1F400), *range(0xE0020, 0xE0080)}
_REGIONAL = range(0x1F1E6, 0x1F200)  # two of them are a flag: 🇺🇦


def drawable(text: str, family: str) -> str:
    """The text with each symbol no font of this process has a glyph for replaced by "[its name]"."""
    if text.isascii() or not any(_missing(ch, family) for ch in set(text)):
        return text
    out: list[str] = []
    i = 0
    named = False  # the last character was replaced: the invisible parts of its sequence go with it
    while i < len(text):
        ch = text[i]
        code = ord(ch)
        if named and code in _JOINERS:
            i += 1
            continue
        if not _missing(ch, family):
            out.append(ch)
            named = False
            i += 1
            continue
        if code in _REGIONAL and i + 1 < len(text) and ord(text[i + 1]) in _REGIONAL:
            out.append("[flag " + "".join(chr(ord(c) - 0x1F1E6 + ord("A")) for c in text[i:i + 2]) + "]")
            i += 2
        else:
            out.append(_name(ch))
            i += 1
        named = True
    return "".join(out)


def _script_punctuation(ch: str) -> bool:
    """Chinese, Japanese and Korean punctuation ("，", "。", "、"; the CJK Symbols and Punctuation block, the full-width
    forms) belongs to the script as its letters do: named, a CJK article printed "[fullwidth comma]" between its
    sentences, in the PDF and its text layer."""
    return 0x3000 <= ord(ch) <= 0x303F or 0xFF00 <= ord(ch) <= 0xFFEF


def _name(ch: str) -> str:
    if ord(ch) in _JOINERS:
        return ""
    name = unicodedata.name(ch, "")
    return f"[{name.lower()}]" if name else f"[U+{ord(ch):04X}]"


def undrawn_letters(text: str, family: str) -> set[str]:
    """The letters of ``text`` (and their script's punctuation) that no font of this process draws: left in, they
    print as the font's empty box, which the export then tells the researcher (a CJK article on a system with no CJK
    font printed boxes and said nothing)."""
    if text.isascii():
        return set()
    return {ch for ch in set(text) if (unicodedata.category(ch)[0] == "L" or _script_punctuation(ch))
            and _glyphless(ch, family)}


def _missing(ch: str, family: str) -> bool:
    """A symbol the text layout draws as the font's empty box (glyph 0) after Qt's own font fallback."""
    if ord(ch) < 0x80 or unicodedata.category(ch)[0] in "LNMZ" or _script_punctuation(ch):
        return False
    return _glyphless(ch, family)


@lru_cache(maxsize=16384)
def _glyphless(ch: str, family: str) -> bool:
    layout = QTextLayout(ch, QFont(family))
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return any(0 in run.glyphIndexes() for run in layout.glyphRuns())
