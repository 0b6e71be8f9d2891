"""A saved page's outlet is its publisher's name, the one whose words spell the site's address, not the site's raw
label ("nytimes", "ReutersIndia", "CNN.com - Breaking News…") or a guess that took the headline."""
from __future__ import annotations

import pytest

from viewer.corpus.formats import html
from viewer.corpus.outlet_names import credited_instead_of_host, host_of, outlet_name, spelt_name

BODY = (b"<article><h1>Storm floods the harbour road</h1><p>The harbour road was closed on Friday after a storm flooded"
        b" it, the city said in a statement.</p><p>Crews were pumping water out on Saturday morning.</p></article>")


def page(head: bytes) -> bytes:
    return b"<html><head>" + head + b"</head><body>" + BODY + b"</body></html>"


@pytest.mark.parametrize(("site_name", "url", "title", "expected"), [
    ("ReutersIndia", "https://in.reuters.com/article/storm", "Storm floods the harbour road", "Reuters"),
    ("Nytimes", "https://www.nytimes.com/2020/storm.html", "Storm floods the harbour road - The New York Times",
     "The New York Times"),
    ("CNN.com - Breaking News, U.S., World, Weather", "https://edition.cnn.com/storm", "Storm floods", "CNN"),
    ("Storm floods the harbour road - LKN4.com", "http://www.lkn4.com/story/1",
     "Storm floods the harbour road - LKN4.com | Weather and Traffic", "LKN4"),
    ("Fox News", "https://www.foxnews.com/storm", "Storm floods the harbour road | Fox News", "Fox News"),
    ("BBC News", "https://www.bbc.co.uk/news/storm", "Storm floods the harbour road - BBC News", "BBC News"),
    ("lakesidegazette.com", "http://lakesidegazette.com/storm", "Storm floods the harbour road", "lakesidegazette.com"),
])
def test_the_outlet_is_the_name_that_spells_the_host(site_name, url, title, expected):
    assert outlet_name(site_name, url, title) == expected


def test_a_headline_part_never_names_the_outlet_even_when_it_holds_the_host_s_letters():
    assert spelt_name("Storm floods the harbour road", ["ln4"]) is None
    assert spelt_name("Lake News 4", ["ln4"]) == "Lake News 4"
    assert spelt_name("Lake News 4 Weather", ["ln4"]) is None
    assert spelt_name("Reuters India", ["reuters"], whole=False) == "Reuters"


def test_an_archived_copy_is_named_by_the_page_s_own_host():
    assert host_of("http://web.archive.org/web/20151026092316/http://www.q13fox.com:80/2014/") == "q13fox.com"


def test_a_page_read_from_disk_names_its_publisher_from_its_title():
    head = (b'<title>Storm floods the harbour road - WMC Action News 5 - Memphis, Tennessee</title>'
            b'<link rel="canonical" href="http://www.wmcactionnews5.com/story/1/storm">')
    [doc] = html.read(page(head), {}).documents
    assert doc.fields["outlet"] == "WMC Action News 5"


def test_a_host_the_crawl_names_is_filed_under_that_name_when_the_page_names_none():
    """wral.com's pages in the GVA crawl end their titles "- WRAL.com" (outlet_names.json)."""
    head = b'<title>Storm floods the harbour road</title><link rel="canonical" href="https://www.wral.com/news/1">'
    [doc] = html.read(page(head), {}).documents
    assert doc.fields["outlet"] == "WRAL"


def test_a_copyright_line_that_spells_the_host_names_a_page_known_only_by_its_host():
    assert credited_instead_of_host("ln4.com", "http://ln4.com/a", ["WTVM", "Lake News 4"]) == "Lake News 4"
    assert credited_instead_of_host("ln4.com", "http://ln4.com/a", ["WTVM"]) is None
    assert credited_instead_of_host("Lake News", "http://ln4.com/a", ["Lake News 4"]) is None


def test_a_hostile_title_of_many_like_words_is_judged_at_once():
    """Tried every way of splitting, 40 like words against a host of the same letter ran for ever."""
    assert spelt_name(" ".join(["aaaaaaaaaa"] * 40), ["a" * 60 + "b"]) is None
