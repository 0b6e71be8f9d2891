"""Claim colours shared by the viewer panes and every export, so a claim looks the same everywhere.

The Okabe–Ito qualitative palette (Wong, Nature Methods 8:441, 2011), built to stay apart under
the common colour-vision deficiencies, lightened for black text on top, in an order where
consecutive colours differ most: the closest pairs (sky blue / blue, orange / yellow /
vermillion) are never neighbours. The Tol "light" scheme used before had pairs 9–14 ΔE apart
(light blue / light cyan, pear / olive); here the closest are 18 ΔE apart (CIELAB).

Colours are assigned per view, not per claim id: the claims of one comparison (or one report)
get different colours while the palette lasts, and beyond it, claims that sit near each other
in any article never share one. Colour is never the only signal: every view also prints the
claim's number (c3) and a ≠ sign for discrepancies. Plain data, no Qt.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

CLAIM_COLOURS: tuple[str, ...] = (  # each mixed 30 % with white: black text on them keeps ≥ 6.9:1 contrast
    "#89CAF0",  # sky blue       (#56B4E9)
    "#EEBC4C",  # orange         (#E69F00)
    "#4CBB9D",  # bluish green   (#009E73)
    "#DBA1C1",  # reddish purple (#CC79A7)
    "#F4EC7B",  # yellow         (#F0E442)
    "#4C9CC9",  # blue           (#0072B2)
    "#E28E4C",  # vermillion     (#D55E00)
)
BOILERPLATE_TEXT = "#8A8A8A"  # grey for page junk kept in the text but not part of the article
DISCREPANCY_MARK = "#AA3377"  # the ≠ sign and the dashed underline of a differing mention
ABSENT = "#DDDDDD"  # a matrix cell where no passage of the source is linked to the claim
ROLE_FILLS = {"speaker": "#E8EEF7", "relay": "#FFF1CC", "outlet": "#E3F1E3"}  # relay graph nodes, by role
NODE_BORDER = "#5A5A5A"
UNCOLOURED_EDGE = "#A0A0A0"  # a relay edge carrying none of the coloured claims
NEAR = 3000  # characters: two mentions this close can be on one screen or one page together

# (claim id, start) of each mention, per article, in any order
Placements = Mapping[int, Iterable[tuple[int, int]]]


def assign_colours(placements: Placements, palette: Sequence[str] = CLAIM_COLOURS,
                   keep: Mapping[int, str] | None = None) -> dict[int, str]:
    """A colour for every claim placed in the view's articles.

    Claims are taken in the order they first appear (article by article, in reading order).
    Each gets a colour no claim has yet while one is left; after that, a colour none of its
    neighbours has (the claims next to it in reading order or within NEAR characters of it
    in some article), preferring the colour used least so far. A claim in ``keep`` (the colours
    the view showed before a correction) keeps its colour; the others get colours around them.
    """
    order: list[int] = []
    neighbours: dict[int, set[int]] = {}
    for placed in placements.values():
        ordered = sorted(placed, key=lambda cs: (cs[1], cs[0]))
        for claim_id, _start in ordered:
            if claim_id not in neighbours:
                order.append(claim_id)
                neighbours[claim_id] = set()
        for i, (claim_id, start) in enumerate(ordered):
            linked_next = False  # the next other claim in reading order is a neighbour however far
            for other, other_start in ordered[i + 1:]:
                if other_start - start > NEAR and linked_next:
                    break
                if other != claim_id:
                    neighbours[claim_id].add(other)
                    neighbours[other].add(claim_id)
                    linked_next = True
    chosen: dict[int, int] = {}
    uses = [0] * len(palette)
    index_of = {colour: i for i, colour in enumerate(palette)}
    for claim_id in order:  # kept colours first, as the view showed them (beyond the palette, near ones shared)
        kept = index_of.get((keep or {}).get(claim_id, ""))
        if kept is not None:
            chosen[claim_id] = kept
            uses[kept] += 1
    for claim_id in order:
        if claim_id in chosen:
            continue
        taken = {chosen[n] for n in neighbours[claim_id] if n in chosen}
        unused = [i for i in range(len(palette)) if uses[i] == 0]
        candidates = unused or [i for i in range(len(palette)) if i not in taken] or list(range(len(palette)))
        pick = min(candidates, key=lambda i: (i in taken, uses[i], i))
        chosen[claim_id] = pick
        uses[pick] += 1
    return {claim_id: palette[index] for claim_id, index in chosen.items()}


def rgb(colour: str) -> tuple[float, float, float]:
    """'#RRGGBB' as 0–1 floats, for PDF colour arrays."""
    value = colour.lstrip("#")
    return tuple(int(value[i:i + 2], 16) / 255 for i in (0, 2, 4))  # type: ignore[return-value]


def line_colour(colour: str) -> str:
    """A claim colour dark enough for a thin line on white (the palette is lightened for text)."""
    r, g, b = (round(c * 255 * 0.72) for c in rgb(colour))
    return f"#{r:02X}{g:02X}{b:02X}"
