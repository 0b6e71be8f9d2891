"""How many threads numpy's BLAS runs: one, while work that multiplies small arrays many times runs.

OpenBLAS splits each product over every core and spins its threads between products. For the encoder's vectors
that made a text's vector depend on the split; for langid's one small product per document (the import's language
detection) it made each product 13 times slower on a busy machine (32 ms instead of 2.4 ms wall, measured on the
2-core build box at load 10), so importing 2,000 notes spent most of its time waiting for threads.
"""
from __future__ import annotations

from contextlib import AbstractContextManager


def one_blas_thread() -> AbstractContextManager:
    """numpy's BLAS held to one thread, for the whole process while inside (OpenBLAS keeps one
    setting): a text's vector then never depends on how many threads split its products, and a
    second core is left to the work running beside. spaCy multiplies with blis, which
    this does not touch and which runs on one thread anyway."""
    from threadpoolctl import threadpool_limits  # imported here: the window starts without it

    return threadpool_limits(limits=1, user_api="blas")
