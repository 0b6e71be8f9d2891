"""Colours are assigned per view: distinct while the palette lasts, never shared by neighbours."""
from __future__ import annotations

import random

import pytest

from viewer.export.palette import CLAIM_COLOURS, NEAR, assign_colours


def _random_view(rng: random.Random, claims: int, articles: int, length: int) -> dict[int, list[tuple[int, int]]]:
    view = {}
    for document in range(1, articles + 1):
        carried = rng.sample(range(1, claims + 1), rng.randint(1, claims))
        view[document] = [(c, rng.randrange(length)) for c in carried for _ in range(rng.randint(1, 2))]
    return view


def _neighbours(view) -> dict[int, set[int]]:
    """Claims next to each other in reading order, or within NEAR characters, in any article."""
    out: dict[int, set[int]] = {}
    for placed in view.values():
        ordered = sorted(placed, key=lambda cs: (cs[1], cs[0]))
        for c, _ in ordered:
            out.setdefault(c, set())
        for i, (a, start) in enumerate(ordered):
            following = [c for c, _ in ordered[i + 1:] if c != a]
            close = {c for c, s in ordered[i + 1:] if c != a and s - start <= NEAR}
            for b in close | set(following[:1]):
                out[a].add(b)
                out[b].add(a)
    return out


@pytest.mark.parametrize("seed", range(300))
def test_claims_that_fit_the_palette_never_share_a_colour(seed):
    rng = random.Random(seed)
    view = _random_view(rng, rng.randint(1, len(CLAIM_COLOURS)), rng.randint(2, 5), rng.choice([500, 5000, 50000]))
    colours = assign_colours(view)
    assert set(colours) == {c for placed in view.values() for c, _ in placed}
    assert len(set(colours.values())) == len(colours)


@pytest.mark.parametrize("seed", range(300))
def test_neighbouring_claims_differ_beyond_the_palette(seed):
    rng = random.Random(1000 + seed)
    view = _random_view(rng, rng.randint(8, 40), rng.randint(2, 6), rng.choice([20000, 100000, 400000]))
    colours = assign_colours(view)
    neighbours = _neighbours(view)
    for a, around in neighbours.items():
        if len(around) < len(CLAIM_COLOURS):  # a claim with fewer neighbours than colours always gets a free one
            assert all(colours[a] != colours[b] for b in around if len(neighbours[b]) < len(CLAIM_COLOURS)), (a, around)


def test_the_first_claims_get_the_palette_in_order():
    view = {1: [(9, 400), (4, 10), (9, 900)], 2: [(4, 0), (12, 50)]}
    assert assign_colours(view) == {4: CLAIM_COLOURS[0], 9: CLAIM_COLOURS[1], 12: CLAIM_COLOURS[2]}


def test_the_same_documents_get_the_same_colours_in_the_window_and_in_the_export(export_corpus):
    from viewer.comparison import ComparisonState
    from viewer.export.selection import select

    assert ComparisonState(export_corpus, [1, 2, 3, 5]).colours == select(export_corpus, [1, 2, 3, 5]).colours


def test_claims_keep_the_colours_they_had_and_new_ones_fit_around_them():
    before = {1: [(4, 0), (9, 400), (12, 900), (15, 1300)]}
    shown = assign_colours(before)
    after = {1: [(9, 400), (12, 900), (15, 1300)]}  # claim 4 unlinked: the others moved up the palette
    assert assign_colours(after) != {c: shown[c] for c in (9, 12, 15)}
    assert assign_colours(after, keep=shown) == {c: shown[c] for c in (9, 12, 15)}
    crowded = {1: [(c, 10 * c) for c in range(1, 11)]}  # ten claims on one screen: beyond the palette some share
    shown = assign_colours(crowded)
    fewer = {1: [(c, 10 * c) for c in range(1, 11) if c != 2]}
    assert assign_colours(fewer, keep=shown) == {c: shown[c] for c in range(1, 11) if c != 2}
    grown = {1: [*before[1], (20, 1350)]}  # a claim linked by hand: a colour its neighbours do not have
    colours = assign_colours(grown, keep=assign_colours(before))
    assert colours[20] not in {colours[c] for c in (4, 9, 12, 15)}


@pytest.mark.parametrize("seed", range(200))
def test_claims_in_one_article_differ_beyond_the_palette(seed):
    """gva200: a pane lights up to 22 claims and a comparison up to 32; seven colours repeated within a pane."""
    rng = random.Random(5000 + seed)
    claims = rng.randint(len(CLAIM_COLOURS) + 1, 120)
    view = {}
    for document in range(1, rng.randint(4, 30)):
        view[document] = [(c, rng.randrange(50000)) for c in rng.sample(range(1, claims + 1), rng.randint(2, 12))]
    together: dict[int, set[int]] = {}
    for placed in view.values():
        for c, _ in placed:
            together.setdefault(c, set()).update(o for o, _ in placed if o != c)
    colours = assign_colours(view)
    for placed in view.values():
        ids = {c for c, _ in placed}
        if all(len(together[c]) < len(CLAIM_COLOURS) for c in ids):  # each has a colour none of its article-mates has
            assert len({colours[c] for c in ids}) == len(ids)


def test_a_kept_colour_gives_way_to_one_kept_before_it_where_the_two_must_differ():
    view = {1: [(1, 0), (2, 100)]}
    assert assign_colours(view, keep={2: CLAIM_COLOURS[3], 1: CLAIM_COLOURS[3]}) == {2: CLAIM_COLOURS[3], 1: CLAIM_COLOURS[0]}
