"""Hand-judged claim-unit pairs (one claim or not), read into the units and pair signs the linker sees.

A judged file is a TSV with a header and at least the columns ``label`` (1 one claim, 0 not),
``half``, ``event``, ``doc_a``, ``start_a``, ``end_a``, ``doc_b``, ``start_b``, ``end_b``: each unit
named by its document (a path under the data folder) and its span there, as `bench.claim_pairs`
draws them. The documents are parsed and cut into claim units again, so a pair is judged as the
running unit code reads it; a pair whose span the unit code no longer cuts is named and left out.
"""
from __future__ import annotations

import csv
import hashlib
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from viewer.analysis.claims.candidates import in_reading_order
from viewer.analysis.claims.features import ClaimUnit
from viewer.analysis.claims.fit_cache import cached
from viewer.analysis.claims.imported_texts import imported, parse_key
from viewer.analysis.claims.units import claim_units
from viewer.analysis.claims.verifier import TermWeights, pair_features
from viewer.analysis.segment import parse_many

Place = tuple[str, int, int]  # a unit's document path and span


@dataclass(frozen=True)
class JudgedPair:
    label: int
    half: str
    event: str
    a: Place
    b: Place


@dataclass
class JudgedUnits:
    """The units of every document the pairs name, in reading order, and where each judged pair's units are."""

    documents: list[str]  # paths; a unit's ``document`` is its index here
    texts: list[str]
    units: list[ClaimUnit]
    pairs: list[tuple[JudgedPair, int, int]]  # with the indices of its two units

    def corpora(self) -> list[list[int]]:
        """The documents (indices) of each set the pairs come from (a path's first folder under ``sets/``):
        what a researcher would open as one corpus, and so what the linker is checked on."""
        by_set: dict[str, list[int]] = {}
        for k, path in enumerate(self.documents):
            parts = Path(path).parts
            by_set.setdefault(parts[1] if parts[0] == "sets" and len(parts) > 2 else parts[0], []).append(k)
        return list(by_set.values())


def read_judged(path: Path, half: str | None = None) -> list[JudgedPair]:
    """The judged pairs of the file (of one half, where given)."""
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    pairs = [JudgedPair(int(r["label"]), r["half"], r["event"], (r["doc_a"], int(r["start_a"]), int(r["end_a"])),
                        (r["doc_b"], int(r["start_b"]), int(r["end_b"]))) for r in rows]
    return [p for p in pairs if half is None or p.half == half]


def judged_units(pairs: list[JudgedPair], data: Path, cache: Path | None = None) -> JudgedUnits:
    """The claim units of the documents the pairs name (under ``data``), cached under ``cache`` where given."""
    documents = sorted({p.a[0] for p in pairs} | {p.b[0] for p in pairs})

    read = imported([data / d for d in documents])

    def load():
        return [d.text for d in read], [u for parsed in parse_many(read) for u in claim_units(parsed)]

    name = "judged_" + hashlib.sha256("\n".join(documents).encode()).hexdigest()[:16]
    texts, units = cached(cache, name, load, parse_key(read)) if cache is not None else load()
    units = in_reading_order(units)
    at = {(documents[u.document], u.span.start, u.span.end): k for k, u in enumerate(units)}
    found, lost = [], []
    for pair in pairs:
        if pair.a in at and pair.b in at:
            found.append((pair, at[pair.a], at[pair.b]))
        else:
            lost.append(pair)
    if lost:
        print(f"{len(lost)} judged pair(s) name spans the unit code no longer cuts; left out: "
              + ", ".join(f"{p.a}~{p.b}" for p in lost[:5]), file=sys.stderr)
    return JudgedUnits(documents, texts, units, found)


def judged_rows(judged: JudgedUnits) -> tuple[np.ndarray, np.ndarray]:
    """Pair signs (`verifier.pair_features`, term weights over all the documents' units) and labels."""
    weights = TermWeights([u.features for u in judged.units])
    units = judged.units
    x = [pair_features(units[i].features, units[j].features, float(units[i].vector @ units[j].vector), weights)
         for _p, i, j in judged.pairs]
    return np.array(x).reshape(len(x), -1), np.array([p.label for p, _i, _j in judged.pairs])
