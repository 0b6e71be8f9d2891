"""A paper named before the clause it reports, its words misread by the tagger, on small made-up articles: the paper
speaks the rest of the clause; a paper inside another's report, or named by a participle, does not."""
from __future__ import annotations

import pytest

from viewer.analysis.attribution.statements import find_attributions

SPOKEN = [
    pytest.param("Court records state Holt gave a boy a loaded rifle, and the boy pulled the trigger.",
                 "Court records", "Holt gave a boy a loaded rifle, and the boy pulled the trigger",
                 id="records tagged a verb"),
    pytest.param("Court documents show deputies went to a hospital where the man had been dropped off.",
                 "Court documents", "deputies went to a hospital where the man had been dropped off",
                 id="show tagged a compound"),
    pytest.param("Court records show, however, that Holt failed to appear for his hearing.",
                 "Court records", "Holt failed to appear for his hearing", id="past however and that"),
    pytest.param("Deputies would not give details, but court documents say suspect 22-year-old Dana Holt fired a "
                 "shotgun at the car, striking it twice.", "court documents",
                 "suspect 22-year-old Dana Holt fired a shotgun at the car, striking it twice",
                 id="after but, the clause's subject taken for the clause"),
]


@pytest.mark.parametrize("sentence, paper, words", SPOKEN)
def test_opening_paper_speaks_the_clause(parsed, sentence, paper, words):
    text = f"Town news\n\n{sentence}\n"
    found = [a for a in find_attributions(parsed(text)) if text[a.speaker.start:a.speaker.end] == paper]
    assert [a.content.text_of(text) for a in found] == [words]


@pytest.mark.parametrize("sentence, speaker", [
    pytest.param("Deputies said court records show the man was drunk.", "Deputies", id="inside a report"),
    pytest.param("Video posted on the county's page showed smoke rising over the mill.", "Video",
                 id="a participle naming the paper"),
])
def test_paper_left_to_the_report(parsed, sentence, speaker):
    text = f"Town news\n\n{sentence}\n"
    assert [text[a.speaker.start:a.speaker.end] for a in find_attributions(parsed(text))] == [speaker]
