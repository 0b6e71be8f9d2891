"""A paper named as the source at a sentence's close, its verb tagged a noun ("…, the affidavit states."), on small
made-up articles: the paper speaks the words before the comma; a region or group closing a sentence says nothing."""
from __future__ import annotations

import pytest

from viewer.analysis.attribution.statements import find_attributions

SPOKEN = [
    pytest.param("Holt fired three shots at the car, the affidavit states.", id="the affidavit states"),
    pytest.param("Holt fired three shots at the car, the probable cause affidavit states.", id="a longer paper's name"),
    pytest.param("Holt fired three shots at the car, charging documents state.", id="papers state"),
    pytest.param("Holt fired three shots at the car, the motion states.", id="the motion states"),
]


@pytest.mark.parametrize("sentence", SPOKEN)
def test_closing_paper_speaks(parsed, sentence):
    text = f"Town news\n\n{sentence} He fled on foot.\n"
    found = find_attributions(parsed(text))
    assert [a.content.text_of(text) for a in found] == ["Holt fired three shots at the car"]
    assert text[found[0].speaker.start:found[0].speaker.end].split()[-1] in ("affidavit", "documents", "motion")


SILENT = [
    pytest.param("Turnout rose across the South, including the battleground states.", id="regions closing a list"),
    pytest.param("The bill would cut aid, which hurts the swing states.", id="a clause closing on states"),
]


@pytest.mark.parametrize("sentence", SILENT)
def test_closing_region_says_nothing(parsed, sentence):
    assert find_attributions(parsed(f"Town news\n\n{sentence}\n")) == []
