"""bench/share_links.py: judged links with figures on both sides by how the figures relate, and the links the share
reading parts, filed by verdict and by whether the kept exports make them."""
import pytest

from viewer.analysis.claims.units import unit_features
from viewer.analysis.nlp import english
from viewer.corpus.spans import Span

_INDEX = "The Marlow price index rose 4.2% from a year earlier."
_CORE = "The core Marlow price index rose 3% from a year earlier."
_ROUNDED = "The Marlow price index rose 4.1 percent from a year earlier."


@pytest.fixture
def shares(bench_script):
    return bench_script("share_links")


def _figures(text: str) -> list:
    return [f for f in unit_features(english()(text), Span(0, len(text))).figures if f.count]


@pytest.mark.parametrize("a, b, relation", [
    (_INDEX, "Marlow's price index rose 4.2 percent.", "all shared"),
    ("The index of 310 Marlow stores rose 4.2%.", "Marlow's price index rose 4.2 percent.", "one shared"),
    (_INDEX, _CORE, "apart"),
    (_INDEX, "Marlow spent $3 million on the index.", "other units"),
])
def test_figures_relate_value_by_value(shares, a, b, relation):
    assert shares.relation(_figures(a), _figures(b)) == relation


def test_the_links_the_shares_part_are_filed_by_verdict_and_by_whether_made(shares, judged_made):
    data, base, files = judged_made("allsidesZ", [(_INDEX, _CORE, "W"), (_INDEX, _ROUNDED, "P")])
    table = shares.judged_counts(data, base, files, show=False)
    parted = table[table.index("parted by the shares:") + 1:]
    assert [line.split() for line in parted] == [["political/world,", "made", "W", "1"]]
    assert [line.split() for line in table[:table.index("parted by the shares:")]] == [
        ["political/world", "all", "shared", "P", "1"], ["political/world", "apart", "W", "1"]]
