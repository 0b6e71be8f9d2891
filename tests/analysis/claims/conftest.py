"""Fixtures of the claim tests: pair scores as the grouping leaves them, for the tests of what reads them after
grouping; made-up reports read into units, articles and claims, for the tests of what parts two reports."""
from types import SimpleNamespace

import numpy as np
import pytest

from viewer.analysis.claims.features import UnitFeatures


class GroupedScores:
    """Pair scores as the grouping leaves them (what `link_signs` and `link_judge` read): each unit's report, its
    content terms and its sentence (its index), one-hot vectors, and the known pair scores."""

    def __init__(self, documents: list[int], terms: list[list[str]], known: dict[tuple[int, int], float]):
        self.documents, self.span = documents, len(documents)
        self.units = [SimpleNamespace(features=UnitFeatures(sentence=k, terms=terms[k]), pieces=None)
                      for k in range(self.span)]
        self.vectors = np.eye(self.span, dtype=np.float32)
        self.known = {i * self.span + j: p for (i, j), p in known.items()}

    def pair(self, key):
        return divmod(key, self.span)

    def __call__(self, i, j):
        return self.known.get(min(i, j) * self.span + max(i, j), 0.0)


@pytest.fixture
def grouped_scores():
    """`GroupedScores`, made by the test."""
    return GroupedScores


@pytest.fixture
def report_units(parsed):
    """``report_units(texts)``: the claim units of made-up reports, numbered documents 1, 2 … in order."""
    from viewer.analysis.claims.linking import claim_units

    return lambda texts: [u for k, text in enumerate(texts, start=1) for u in claim_units(parsed(text, document_id=k))]


@pytest.fixture
def report_articles(report_units):
    """``report_articles(texts)``: made-up reports read as the story gate reads articles (`candidates.articles`), in
    order: what a lede check compares."""
    from viewer.analysis.claims.candidates import articles

    def _articles(texts: list[str]) -> list:
        units = report_units(texts)
        return articles(units, np.stack([u.vector for u in units]))

    return _articles


@pytest.fixture
def gate_open_claims(report_units):
    """``gate_open_claims(texts, **changes)``: claims of made-up reports linked with the shipped model (``changes``
    made to it) whose gate passes every pair it weighs and groups no stories: a check alone keeps two reports apart."""
    from dataclasses import replace

    from viewer.analysis.claims.linking import link_claims
    from viewer.analysis.claims.verifier import fitted

    def _claims(texts: list[str], **changes) -> list:
        shipped = fitted()
        model = replace(shipped, story=replace(shipped.story, threshold=0.0), story_average=None, **changes)
        return link_claims(report_units(texts), dict(enumerate(texts, start=1)), model=model)

    return _claims


@pytest.fixture
def gate_open_joins(gate_open_claims):
    """``gate_open_joins(texts)``: whether `gate_open_claims` makes a claim holding the first two reports."""
    return lambda texts: any({1, 2} <= {m.document for m in c.mentions} for c in gate_open_claims(texts))
