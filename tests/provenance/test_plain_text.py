"""How a source's words are set in quotation marks in the timeline, its rows and the text reports (no Qt)."""
import pytest

from viewer.provenance.plain_text import quoted


@pytest.mark.parametrize("text, shown", [
    ("The time for empty talk is over.", "“The time for empty talk is over.”"),
    ("“Now arrives the hour of action.” he said", "“Now arrives the hour of action.” he said"),
    # the passage ends a quotation opened before it: one closing mark, not two
    ("we will bring back our dreams.”", "“we will bring back our dreams.”"),
    ("And he said: “we will win.”", "“And he said: “we will win.””"),  # its own quotation closes inside the words
    ("a  line\nbroken   in the page", "“a line broken in the page”"),
    # an excerpt cut inside the quotation it opens: the closing mark is added, once
    ("“While I planned on serving out the remainder…", "“While I planned on serving out the remainder…”"),
    ('"War on Religion," he said, "is…', '"War on Religion," he said, "is…"'),
    ("‘It’s over…", "‘It’s over…"),  # single marks: an apostrophe cannot be told from a closing one
])
def test_words_are_quoted_once(text, shown):
    assert quoted(text) == shown


def test_a_figure_a_source_gives_in_two_passages_is_shown_once():
    """"Five" in the lede and "five" below are one figure; a figure the source corrects stays apart from it."""
    from viewer.analysis.claims.features import CountedFigure
    from viewer.provenance.plain_text import figures_once

    five, again = (CountedFigure(w, at, at + 4, 5, 5, 5, "exact", "", thing="people") for w, at in (("Five", 0), ("five", 90)))
    four = CountedFigure("four", 200, 204, 4, 4, 4, "exact", "", thing="people", corrected=True)
    assert figures_once([five, again, four]) == "Five; not four"
