"""A <title> that names no article ("Home", "News", the site's name) gives way to the page's headline."""
from __future__ import annotations

import pytest

from viewer.corpus.formats import html
from viewer.corpus.page_titles import article_title, headings

TEXT = ("Two people were hurt when a fire broke out in a house on Elm Street on Friday night, firefighters said.\n\n"
        "The cause is not yet known, a spokesman said.")
BODY = "".join(f"<p>{p}</p>" for p in TEXT.split("\n\n"))


def read(head: str, heading: str = "<h1>Fire on Elm Street hurts two</h1>") -> dict:
    page = (f'<html><head>{head}<link rel="canonical" href="https://www.lakesideherald.com/a/1"></head>'
            f"<body><article>{heading}{BODY}</article></body></html>")
    return html.read(page.encode(), {}).documents[0].fields


@pytest.mark.parametrize("furniture", ["Home", "Article", "Lakeside Herald", "lakesideherald.com"])
def test_a_title_that_is_page_furniture_gives_way_to_the_h1(furniture):
    assert read(f"<title>{furniture}</title>")["title"] == "Fire on Elm Street hurts two"


def test_the_og_title_comes_before_the_h1():
    fields = read('<title>News</title><meta property="og:title" content="Two hurt in Elm Street house fire">')
    assert fields["title"] == "Two hurt in Elm Street house fire"


def test_a_real_headline_is_kept():
    title = "Elm Street fire leaves two hurt"
    assert article_title(title, "Lakeside Herald", None, ["Fire on Elm Street hurts two"], TEXT) == title


def test_a_short_headline_the_text_uses_is_kept_without_a_longer_heading():
    assert article_title("Elm Street fire", None, None, [], TEXT) == "Elm Street fire"


def test_with_no_heading_the_title_is_left_to_the_text():
    assert article_title("Home", None, "https://www.lakesideherald.com/a/1", [], TEXT) is None


def test_headings_are_read_as_plain_text():
    assert headings('<h1 class="x">Fire &amp; <em>smoke</em></h1>') == ["Fire & smoke"]
