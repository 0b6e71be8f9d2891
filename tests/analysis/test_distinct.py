"""Distinct values by sorting: exactly what np.unique returns, dtype included."""
from __future__ import annotations

import numpy as np
import pytest

from viewer.analysis.distinct import distinct, distinct_counts


@pytest.mark.parametrize("size", [0, 1, 2, 7, 1000])
@pytest.mark.parametrize("dtype", [np.uint16, np.int64])
def test_distinct_values_and_counts_are_what_numpy_unique_gives(size, dtype):
    values = np.random.default_rng(size).integers(0, 40, size).astype(dtype)
    expected, counts = np.unique(values, return_counts=True)
    found, found_counts = distinct_counts(values)
    assert found.dtype == expected.dtype and np.array_equal(found, expected)
    assert np.array_equal(found_counts, counts)
    assert np.array_equal(distinct(values), expected) and distinct(values).dtype == expected.dtype
