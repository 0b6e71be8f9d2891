"""bench/sum_links.py: judged links with sums on both sides by how the sums relate, and the links the sum reading
parts, filed by verdict and by whether the kept exports make them."""
import pytest

from viewer.analysis.claims.units import unit_features
from viewer.analysis.nlp import english
from viewer.corpus.spans import Span

_YEAR = "Marlow Pharma expects its flu shot to bring in about $26 billion in sales this year."
_QUARTER = "The shot brought in $3.5 billion in revenue in the first three months of the year."
_AGAIN = "Marlow Pharma expects $26 billion in sales from its flu shot this year."


@pytest.fixture
def sums(bench_script):
    return bench_script("sum_links")


def _figures(text: str) -> list:
    return unit_features(english()(text), Span(0, len(text))).figures


@pytest.mark.parametrize("a, b, relation", [
    (_YEAR, _AGAIN, "same"),
    (_YEAR, "Marlow Pharma expects more than $25 billion in sales this year.", "compatible"),
    (_YEAR, _QUARTER, "conflict"),
    (_YEAR, "Marlow Pharma's shot is 90% effective.", ""),
])
def test_sums_relate_as_one_thing(sums, a, b, relation):
    assert sums.sums_relation(_figures(a), _figures(b)) == relation


def test_the_links_the_sums_part_are_filed_by_verdict_and_by_whether_made(sums, judged_made):
    data, base, files = judged_made("allsidesZ", [(_YEAR, _QUARTER, "W"), (_YEAR, _AGAIN, "P")])
    table = sums.judged_counts(data, base, files, show=False)
    parted = table[table.index("parted by the sums:") + 1:]
    assert [line.split() for line in parted] == [["political/world,", "made", "W", "1"]]
    assert [line.split() for line in table[:table.index("parted by the sums:")]] == [
        ["political/world", "conflict", "W", "1"], ["political/world", "same", "P", "1"]]
