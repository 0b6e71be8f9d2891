"""bench/measure_links.py: judged links by the measures each side gives, and the links the reading of shares beside
sums parts, filed by verdict and by whether the kept exports make them."""
import pytest

from viewer.analysis.claims.units import unit_features
from viewer.analysis.nlp import english
from viewer.corpus.spans import Span

_RATE = "Next year's cost-of-living raise will be 4.7%, the Pension Board said."
_CHEQUE = "The raise amounts to $71 a month for the average retired worker."
_BOTH = "The 4.7% raise amounts to $71 a month for the average retired worker."


@pytest.fixture
def measures(bench_script):
    return bench_script("measure_links")


def _unit(text: str):
    return unit_features(english()(text), Span(0, len(text)))


@pytest.mark.parametrize("a, b, relation", [
    (_RATE, _CHEQUE, "share / sum"),
    (_BOTH, _CHEQUE, "share+sum / sum"),
    (_RATE, "The Pension Board met on Wednesday.", ""),
])
def test_each_side_s_measures_are_named(measures, a, b, relation):
    assert measures.measures_relation(_unit(a), _unit(b)) == relation


def test_the_links_the_reading_parts_are_filed_by_verdict_and_by_whether_made(measures, judged_made):
    data, base, files = judged_made("allsidesZ", [(_RATE, _CHEQUE, "W"), (_BOTH, _CHEQUE, "P")])
    table = measures.MEASURES.judged_counts(data, base, files, show=False)
    parted = table[table.index("parted by the measures:") + 1:]
    assert [line.split() for line in parted] == [["political/world,", "made", "W", "1"]]
