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
