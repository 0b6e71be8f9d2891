"""Derive the claim palette: Okabe–Ito's seven first, then light colours picked for distance.

Run ``python bench/claim_palette.py [N]``: it prints the N colours (default 24) that
``viewer/export/palette.py`` holds, each with its contrast under black text and its nearest
neighbour's distance (CIE76 ΔE in CIELAB). Each added colour is, of the sRGB grid (step 15) that
keeps black text at >= 7:1 and is no more saturated than
Okabe–Ito's orange (C* <= 62), the one farthest from every colour already taken and from the
view's other fills (white page, grey near-passage and absent cells, the statement tint), so
a claim's colour never reads as one of those.
"""
from __future__ import annotations

import sys

OKABE_ITO_LIGHT = ("#89CAF0", "#EEBC4C", "#4CBB9D", "#DBA1C1", "#F4EC7B", "#4C9CC9", "#E28E4C")
OTHER_FILLS = ("#FFFFFF", "#E4E4E4", "#DDDDDD", "#E3D7F0", "#8A8A8A")  # page, closest, absent, statement, boilerplate
MIN_CONTRAST = 7.0
MAX_CHROMA = 62  # no more saturated than Okabe–Ito's orange: a highlighter, not a neon sign


def _linear(c: float) -> float:
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(colour: str) -> float:
    r, g, b = (_linear(int(colour[i:i + 2], 16) / 255) for i in (1, 3, 5))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_with_black(colour: str) -> float:
    return (luminance(colour) + 0.05) / 0.05


def lab(colour: str) -> tuple[float, float, float]:
    r, g, b = (_linear(int(colour[i:i + 2], 16) / 255) for i in (1, 3, 5))
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 216 / 24389 else (24389 / 27 * t + 16) / 116
    fx, fy, fz = f(x), f(y), f(z)
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


def chroma(colour: str) -> float:
    _, a, b = lab(colour)
    return (a * a + b * b) ** 0.5


def distance(a: str, b: str) -> float:
    return sum((p - q) ** 2 for p, q in zip(lab(a), lab(b))) ** 0.5


def palette(size: int = 24) -> list[str]:
    """The first ``size`` colours: Okabe–Ito's, then each the farthest from all before it."""
    chosen = list(OKABE_ITO_LIGHT[:size])
    grid = [f"#{r:02X}{g:02X}{b:02X}" for r in range(0, 256, 15) for g in range(0, 256, 15) for b in range(0, 256, 15)]
    candidates = [c for c in grid if contrast_with_black(c) >= MIN_CONTRAST and chroma(c) <= MAX_CHROMA]
    labs = {c: lab(c) for c in candidates + chosen + list(OTHER_FILLS)}

    def near(c: str, against: list[str]) -> float:
        return min(sum((p - q) ** 2 for p, q in zip(labs[c], labs[o])) ** 0.5 for o in against)
    nearest = {c: near(c, chosen + list(OTHER_FILLS)) for c in candidates}
    while len(chosen) < size:
        pick = max(candidates, key=lambda c: (nearest[c], c))
        chosen.append(pick)
        for c in candidates:
            nearest[c] = min(nearest[c], near(c, [pick]))
    return chosen


def main() -> None:
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 24
    colours = palette(size)
    for i, colour in enumerate(colours):
        others = [c for c in colours if c != colour] + list(OTHER_FILLS)
        closest = min(others, key=lambda o: distance(colour, o))
        print(f'    "{colour}",  # {i + 1:2d}: {contrast_with_black(colour):.1f}:1, nearest {closest} at {distance(colour, closest):.1f} ΔE')


if __name__ == "__main__":
    main()
