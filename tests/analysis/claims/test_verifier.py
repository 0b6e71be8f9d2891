"""The pair model's signs, on real reports."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from viewer.analysis.claims.linking import claim_units
from viewer.analysis.claims.verifier import TermWeights, pair_features

FIXTURES = Path(__file__).parent / "fixtures"


def test_a_units_term_mass_worked_out_once_gives_the_signs_worked_out_afresh(nlp):
    """Each unit's term mass is kept after its first pair: every pair of units from the held-out
    reports gets, bit for bit, the signs that weights seeing that pair first give."""
    from viewer.analysis.segment import parse

    paths = sorted(FIXTURES.glob("heldout/*.txt"))
    units = [u for d, p in enumerate(paths) for u in claim_units(parse(d, p.read_text(encoding="utf-8"), []))]
    features = [u.features for u in units]
    kept = TermWeights(features)
    pairs = [(i, j) for i in range(0, len(units), 3) for j in range(1, len(units), 7) if i != j]
    assert len(pairs) > 500
    for i, j in pairs:
        assert pair_features(features[i], features[j], 0.5, kept) == pair_features(features[i], features[j], 0.5, TermWeights(features))


MASS_OF_MANY_TERMS = """
from viewer.analysis.claims.features import UnitFeatures
from viewer.analysis.claims.verifier import TermWeights
terms = [f"term{k}" for k in range(60)]
units = [UnitFeatures(terms=terms[:k]) for k in range(1, 61)]
print(TermWeights(units).mass(terms).hex())
"""


def test_a_term_mass_is_the_same_float_whatever_the_processes_string_hashing():
    """Workers are other processes, each with its own string hashing and so its own set order:
    one unit's term mass must not move in the last bit between them, or a pair on the threshold
    could link in one process and not in another."""
    masses = set()
    for seed in ("1", "2", "3", "4", "5", "6"):
        run = subprocess.run([sys.executable, "-c", MASS_OF_MANY_TERMS], capture_output=True, text=True, check=True,
                             env={**os.environ, "PYTHONHASHSEED": seed})
        masses.add(run.stdout.strip())
    assert len(masses) == 1, masses
