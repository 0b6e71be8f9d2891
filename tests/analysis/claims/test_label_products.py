"""A claim's label weighs each mention by its summed cosine to the others (`linking.label`). A wire line that every
article of a large corpus runs is one claim of thousands of mentions, and the whole table of their products was the
relink's peak (100 MB at 5,000 generated articles): it is taken a slice of rows at a time, to the same sums (BLAS
adds a slice's products in an order of its own on some processors, so to float rounding, not bit for bit)."""
from __future__ import annotations

import tracemalloc

import numpy as np
from threadpoolctl import threadpool_limits

from viewer.analysis.claims import linking


def _stored_vectors(count: int) -> np.ndarray:
    """Unit vectors as the relink holds them (fp16, `store.claim_units`)."""
    rows = np.random.default_rng(count).standard_normal((count, 384)).astype(np.float32)
    return (rows / np.linalg.norm(rows, axis=1, keepdims=True)).astype(np.float16)


def test_each_mentions_summed_cosine_is_the_whole_tables_to_float_rounding():
    with threadpool_limits(limits=1, user_api="blas"):  # as the relink runs (`pipeline.relink`)
        for count in (3, 1024, 1025, 2049, 4097):
            vectors = linking.computed(_stored_vectors(count))
            products = vectors @ vectors.T
            np.fill_diagonal(products, 0)  # a mention's product with itself is left out
            sliced = linking._centrality(vectors)
            assert np.allclose(sliced, products.sum(axis=1), rtol=0, atol=1e-5), count


def test_the_label_of_a_claim_of_5000_mentions_never_holds_their_whole_table():
    vectors = _stored_vectors(5000)
    wordings = [f"Line {k} of the wire report was read out." for k in range(5000)]
    tracemalloc.start()
    try:
        found = linking.label(wordings, vectors)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert found in wordings
    assert peak < 50e6, f"{peak / 1e6:.0f} MB: the whole table of products alone is 100 MB"


def test_two_mentions_are_an_exact_tie_whatever_the_rounding_of_their_lengths():
    """Each of two mentions has one cosine to the other, the same: the label goes to the plainer wording. Their stored
    fp16 vectors are of length 1 ± 1e-4 (more with the installers' fp16 weights), which chose the label when a
    mention's product with itself was counted, so the package and the installed app named one claim two ways."""
    rows = np.random.default_rng(7).standard_normal((2, 384)).astype(np.float32)
    rows /= np.linalg.norm(rows, axis=1, keepdims=True)
    wordings = ["Konashenkov added that these troops included 162 officers and 47 women personnel",
                "Of those who surrendered, 162 were officers and 47 were women."]
    for longer in (1.0004, 0.9996):  # the first vector's length drawn a little long, then a little short
        vectors = (rows * np.array([[longer], [1.0]], dtype=np.float32)).astype(np.float16)
        assert linking.label(wordings, vectors) == wordings[1]
