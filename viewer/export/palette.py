"""Claim colours shared by the viewer panes and every export, so a claim looks the same everywhere.

The Okabe–Ito qualitative palette (Wong, Nature Methods 8:441, 2011), built to stay apart under
the common colour-vision deficiencies, lightened for black text on top, in an order where
consecutive colours differ most: the closest pairs (sky blue / blue, orange / yellow /
vermillion) are never neighbours. The Tol "light" scheme used before had pairs 9–14 ΔE apart
(light blue / light cyan, pear / olive); here the closest are 18 ΔE apart (CIELAB). Seven
repeated in one pane (gva200: a pane lights up to 22 claims, a four-article comparison up to
26), so 25 more follow, picked by bench/claim_palette.py: all 32 are at least 18 ΔE apart.

Colours are assigned per view, not per claim id: the claims of one comparison (or one report)
get different colours while the palette (32) lasts; beyond it, claims in the same article never
share one while the palette lasts for that article, and claims that sit near each other never do. Colour is never the only signal: every view also prints the
claim's number (c3) and a ≠ sign for discrepancies. Plain data, no Qt.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

CLAIM_COLOURS: tuple[str, ...] = (  # each mixed 30 % with white: black text on them keeps ≥ 6.9:1 contrast
    "#89CAF0",  # sky blue       (#56B4E9)
    "#EEBC4C",  # orange         (#E69F00)
    "#4CBB9D",  # bluish green   (#009E73)
    "#DBA1C1",  # reddish purple (#CC79A7)
    "#F4EC7B",  # yellow         (#F0E442)
    "#4C9CC9",  # blue           (#0072B2)
    "#E28E4C",  # vermillion     (#D55E00)
    # 8-32, from bench/claim_palette.py (it prints each one's contrast and nearest colour): each the farthest
    # (CIE76 ΔE) from all before it and from the view's other fills, black text on it >= 7:1, no more
    # saturated than the orange; every pair of the 32 is >= 17.9 ΔE apart
    "#9687F0", "#69A53C", "#FF6987", "#96FFA5", "#F087E1",
    "#A5A569", "#00F0FF", "#E1FFC3", "#FFC3A5", "#00FFD2",
    "#B4FFF0", "#5AA5FF", "#1EB469", "#E18787", "#A5A52D",
    "#D2B4FF", "#2DB4C3", "#A5C3A5", "#B4E178", "#9696C3",
    "#FF7869", "#E178A5", "#69A569", "#C39669", "#F0D287",
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

    When the view's claims fit the palette, no two share a colour. Beyond it, no two claims in
    the same article do while the palette lasts for that article's claims (a graph colouring over
    the articles); past even that, claims near each other (next in reading order, or within NEAR
    characters) still differ. New claims take the colour used least so far, in the order they
    first appear. A claim in ``keep`` (the colours the view showed before: a correction, an
    article opened or closed) keeps its colour unless a claim kept before it, in ``keep``'s
    order, already holds that colour where the two must differ; the others get colours around them.
    """
    order: list[int] = []
    together: dict[int, set[int]] = {}  # claims in one article
    near: dict[int, set[int]] = {}
    for placed in placements.values():
        ordered = sorted(placed, key=lambda cs: (cs[1], cs[0]))
        in_article = {claim_id for claim_id, _start in ordered}
        for claim_id, _start in ordered:
            if claim_id not in together:
                order.append(claim_id)
                together[claim_id] = set()
                near[claim_id] = set()
            together[claim_id] |= in_article - {claim_id}
        for i, (claim_id, start) in enumerate(ordered):
            linked_next = False  # the next other claim in reading order is a neighbour however far
            for other, other_start in ordered[i + 1:]:
                if other_start - start > NEAR and linked_next:
                    break
                if other != claim_id:
                    near[claim_id].add(other)
                    near[other].add(claim_id)
                    linked_next = True
    all_differ = len(order) <= len(palette)
    clash = {c: set(order) - {c} for c in order} if all_differ else together
    chosen: dict[int, int] = {}
    uses = [0] * len(palette)
    index_of = {colour: i for i, colour in enumerate(palette)}
    for claim_id, colour in (keep or {}).items():  # kept colours first, in keep's order
        kept = index_of.get(colour)
        if claim_id not in clash or kept is None:
            continue
        if all(chosen.get(other) != kept for other in clash[claim_id]):
            chosen[claim_id] = kept
            uses[kept] += 1
    for claim_id in order:
        if claim_id in chosen:
            continue
        in_article = {chosen[n] for n in together[claim_id] if n in chosen}
        beside = {chosen[n] for n in near[claim_id] if n in chosen}
        pick = min(range(len(palette)), key=lambda i: (
            i in beside, all_differ and uses[i] > 0, i in in_article, uses[i], i))
        chosen[claim_id] = pick
        uses[pick] += 1
    return {claim_id: palette[index] for claim_id, index in chosen.items()}


_KEPT = re.compile(r"c?(\d+)=(#[0-9A-Fa-f]{6})")


def colours_option(colours: Mapping[int, str]) -> str:
    """A view's claim colours as `provenance export --colours` takes them, in their order (which `assign_colours`
    heeds), so the window's PDF, written by the command, lights each claim as the window did."""
    return ",".join(f"c{claim_id}={colour}" for claim_id, colour in colours.items())


def read_colours_option(value: str | None) -> dict[int, str] | None:
    """``c7=#89CAF0,c3=#EEBC4C`` → {7: '#89CAF0', 3: '#EEBC4C'} in that order; None for none given."""
    if not value:
        return None
    colours: dict[int, str] = {}
    for part in value.split(","):
        found = _KEPT.fullmatch(part.strip())
        if found is None:
            raise ValueError(f"{part.strip()!r} is not a claim and its colour like c7=#89CAF0")
        colours[int(found[1])] = found[2].upper()
    return colours


def rgb(colour: str) -> tuple[float, float, float]:
    """'#RRGGBB' as 0–1 floats, for PDF colour arrays."""
    value = colour.lstrip("#")
    return tuple(int(value[i:i + 2], 16) / 255 for i in (0, 2, 4))  # type: ignore[return-value]


def line_colour(colour: str) -> str:
    """A claim colour dark enough for a thin line on white (the palette is lightened for text)."""
    r, g, b = (round(c * 255 * 0.72) for c in rgb(colour))
    return f"#{r:02X}{g:02X}{b:02X}"
