"""What a sum of money pays for, read from made-up sentences' parses."""
from __future__ import annotations

import pytest

from viewer.analysis.claims.units import counted_figures
from viewer.analysis.nlp import english
from viewer.corpus.spans import Span


@pytest.mark.parametrize("text, thing, priced", [
    ("The company paid $750,000 for the house.", "", "house"),
    ("The house sold for $750,000 last year.", "", "house"),
    ("Each rifle in the shipment cost $43,000.", "", "rifle"),
    ("Police seized a car worth $43,000.", "", "car"),
    ("The shipment was worth $750,000.", "", "shipment"),
    ("He bought a $43,000 Rolex watch.", "watch", ""),  # the noun it counts says it
    ("He spent $750,000 in campaign cash.", "", ""),  # a total: nothing it is the price of
    ("He paid 40 people for the work.", "people", ""),  # no sum of money
])
def test_a_sum_knows_what_it_pays_for(text, thing, priced):
    (figure,) = counted_figures(english()(text), Span(0, len(text)))
    assert (figure.thing, figure.priced) == (thing, priced)
