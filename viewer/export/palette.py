"""Claim colours shared by the viewer panes and every export, so a claim looks the same everywhere.

Paul Tol's "light" qualitative scheme (https://personal.sron.nl/~pault/): distinguishable under
the common colour-vision deficiencies and light enough for black text on top. Colour is never
the only signal: exports also print the claim's marker (``c3``) and a ≠ sign for discrepancies.
Plain data, no Qt: the GUI builds its QColors from these strings.
"""
from __future__ import annotations

CLAIM_COLOURS: tuple[str, ...] = (
    "#77AADD",  # light blue
    "#EE8866",  # orange
    "#EEDD88",  # light yellow
    "#FFAABB",  # pink
    "#99DDFF",  # light cyan
    "#44BB99",  # mint
    "#BBCC33",  # pear
    "#AAAA00",  # olive
)
BOILERPLATE_TEXT = "#8A8A8A"  # grey for page junk kept in the text but not part of the article
DISCREPANCY_MARK = "#AA3377"  # Tol purple: the ≠ sign and the dashed underline of a differing mention
ABSENT = "#DDDDDD"  # a matrix cell whose source is silent on the claim


def claim_colour(claim_id: int) -> str:
    """The highlight colour of a claim, stable across sessions because it follows the claim id."""
    return CLAIM_COLOURS[(claim_id - 1) % len(CLAIM_COLOURS)]


def rgb(colour: str) -> tuple[float, float, float]:
    """'#RRGGBB' as 0–1 floats, for PDF colour arrays."""
    value = colour.lstrip("#")
    return tuple(int(value[i:i + 2], 16) / 255 for i in (0, 2, 4))  # type: ignore[return-value]
