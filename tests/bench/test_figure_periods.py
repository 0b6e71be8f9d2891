"""bench/figure_periods.py: the periods a sentence names, as written and as kinds, and how two sentences' relate."""
import pytest


@pytest.fixture
def periods(bench_script):
    return bench_script("figure_periods")


def test_a_period_is_read_as_written_and_as_its_kind(periods):
    text = "Sales rose to $3.5 billion in the first quarter, and to $26 billion for the year."
    assert periods.written_periods(text) == {"the first quarter", "the year"}
    assert periods.period_kinds(text) == {"quarter", "year"}


@pytest.mark.parametrize("text", [
    "The 37-year-old was paid $500 a week ago.",
    "Shipments rose 48 percent year-on-year.",
    "A quarter of the 400 shares were sold.",
])
def test_ages_comparison_bases_and_fractions_name_no_period(periods, text):
    assert periods.period_kinds(text) == set()


@pytest.mark.parametrize("first, second, shape", [
    ({"year"}, {"quarter"}, "apart"),
    ({"year", "quarter"}, {"quarter"}, "overlap"),
    ({"year"}, {"year"}, "same"),
    ({"year"}, set(), "one side"),
    (set(), set(), "none"),
])
def test_two_sentences_periods_relate(periods, first, second, shape):
    assert periods.shape(first, second) == shape
