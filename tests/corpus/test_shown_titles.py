"""A document is shown under its title without the site's name after it; the stored title is kept."""
from __future__ import annotations

import pytest

from viewer.corpus import publication
from viewer.corpus.importing import import_paths
from viewer.corpus.shown_titles import shown_title
from viewer.corpus.store import Corpus

SITE = " - Lakeside News 4 | Weather, Sports"
BODY = "\n\nPolice said the shooting happened late on Friday near the river, and an investigation is under way.\n"


def test_the_marked_site_name_is_left_out():
    assert shown_title(f"Man shot near river park{SITE}", SITE, None, None) == "Man shot near river park"


def test_a_title_cut_inside_or_at_the_site_name_is_left_without_it():
    assert shown_title("Man shot near river park - Lakeside News…", SITE, None, None) == "Man shot near river park"
    assert shown_title("Man shot near river park -…", SITE, None, None) == "Man shot near river park"
    assert shown_title("Man shot near river park - Valley…", SITE, None, None) == "Man shot near river park - Valley…"


@pytest.mark.parametrize("title", ["Bridge closed after crash - KXYZ", "Bridge closed after crash | kxyz.com",
                                   "Bridge closed after crash: KXYZ.com", "Bridge closed after crash — Valley Herald"])
def test_the_outlet_or_the_url_host_after_a_separator_is_left_out(title):
    assert shown_title(title, None, "Valley Herald", "https://www.kxyz.com/news/1") == "Bridge closed after crash"


def test_a_headline_a_crawl_glued_twice_is_shown_once():
    glued = "Bridgeport News: 2 Women ShotBridgeport News: 2 Women Shot - DoingItLocal"  # the GVA crawl's title
    assert shown_title(glued, None, None, None) == "Bridgeport News: 2 Women Shot - DoingItLocal"
    assert shown_title(glued, None, "DoingItLocal", None) == "Bridgeport News: 2 Women Shot"
    assert shown_title("Man shot twiceMan shot twice", None, None, None) == "Man shot twice"
    for kept in ("Dallas Dallas police shoot man", "Police: man shot, man shot again", "Shot, shot, shot: 3 hurt",
                 "Shooting at school; shooting at schoolhouse"):
        assert shown_title(kept, None, None, None) == kept


def test_a_headline_is_never_cut_or_emptied():
    assert shown_title("Police: man shot in leg", None, "Police", "https://police.example/x") == "Police: man shot in leg"
    assert shown_title("Police: man shot in leg", ": man shot in leg", None, None) == "Police: man shot in leg"
    assert shown_title("KXYZ - KXYZ", None, "KXYZ", None) == "KXYZ - KXYZ"
    assert shown_title("Man shot - 2 dead", None, None, None) == "Man shot - 2 dead"
    assert shown_title(None, SITE, "KXYZ", None) is None


def test_a_corpus_shows_the_title_without_its_shared_site_name_and_keeps_the_original(tmp_path):
    paths = []
    for name, title in [("a.txt", "Man shot near river park"), ("b.txt", "School board votes to close two schools")]:
        paths.append(tmp_path / name)
        paths[-1].write_text(title + SITE + BODY, encoding="utf-8")
    with Corpus(tmp_path / "c.corpus") as corpus:
        a, b = (i for _, i in import_paths(corpus, paths).imported)
        assert corpus.document(a, with_text=False).title == "Man shot near river park"
        assert [d.title for d in corpus.documents()] == ["Man shot near river park", "School board votes to close two schools"]
        assert corpus.documents_by_id([b])[b].stored_title == "School board votes to close two schools" + SITE
        assert corpus.db.execute("SELECT title FROM documents WHERE id = ?", (a,)).fetchone()[0] == "Man shot near river park" + SITE
        correction = publication.correct(corpus, a, "title", "Man shot near the river park")
        assert correction.original == "Man shot near river park" + SITE


@pytest.mark.parametrize(("title", "outlet", "url"), [
    ("Bridge reopens after repairs - Lake News 4 - Lakeside, Ohio", "Lake News 4", None),
    ("Bridge reopens after repairs - LN4.com | Weather and Traffic", "Lake News 4", "http://www.ln4.com/story/1"),
    ("Bridge reopens after repairs - LN4, Lakeside, OH: News, Weather", "LN4", None),
])
def test_the_site_s_name_with_its_tagline_is_left_out(title, outlet, url):
    """The name opening the ending, a tagline after it: one site's, the same on all its pages."""
    assert shown_title(title, None, outlet, url) == "Bridge reopens after repairs"


def test_a_headline_part_that_only_begins_like_the_outlet_is_kept():
    assert shown_title("Bridge reopens - Lake Newsome retires", None, "Lake News", None) == \
        "Bridge reopens - Lake Newsome retires"
