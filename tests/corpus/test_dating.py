"""A document's date and outlet with where they came from: metadata, dateline, text or import.

Made-up articles (dating/cases.json), each with what import stored and what the
timeline must place it at; conflicts, dates after the import and before 1900 are flagged.
"""
import json
from datetime import date
from pathlib import Path

import pytest

from viewer.corpus.boilerplate import find_boilerplate
from viewer.corpus.dating import CorpusDates, Dating, Evidence, gather, resolve

CASES = json.loads((Path(__file__).parent / "dating" / "cases.json").read_text(encoding="utf-8"))


def dated(case) -> Dating:
    text = case["text"]
    evidence = gather(text, find_boilerplate(text), case["stored"], case["declared"])
    for e in evidence:
        if e.start is not None:
            assert e.phrase == text[e.start:e.end] or e.field == "outlet", e
    return resolve(evidence, case["imported_at"], corpus=a_year(case.get("corpus_year")))


def a_year(year: int | None) -> CorpusDates | None:
    """A corpus whose dated documents run through one year."""
    return None if year is None else CorpusDates(date(year, 1, 1), date(year, 12, 31), 2)


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_a_document_is_placed_with_where_its_date_came_from(case):
    dating = dated(case)
    expect = case["expect"]
    assert (dating.placed, dating.date_from) == (expect["placed"], expect["date_from"]), dating.explanation
    assert sorted(dating.flags) == sorted(expect["flags"])
    assert (dating.outlet, dating.outlet_from) == (expect["outlet"], expect["outlet_from"])
    assert [list(c) for c in dating.conflicts] == expect.get("conflicts", [])
    assert (dating.published is None) == (dating.date_from == "import")
    assert dating.explanation


def test_a_conflict_keeps_both_dates_and_says_which_was_used():
    case = next(c for c in CASES if c["name"] == "metadata and dateline disagree")
    dating = dated(case)
    assert dating.date_from == "metadata" and ("dateline", "2022-04-20") in dating.conflicts
    from viewer.provenance.wording import conflict_label, date_label

    assert conflict_label(dating) == "metadata says 2022-04-13; dateline says 2022-04-20"
    assert date_label(dating) == "2022-04-13 (sources disagree)"


def test_the_researchers_date_comes_first_and_names_the_original():
    evidence = [Evidence("published", "metadata", "2022-04-20", "file metadata", "20/04/2022")]
    dating = resolve(evidence, "2024-01-10T00:00:00+00:00", {"published": "2022-04-13"})
    assert (dating.placed, dating.date_from, dating.corrected) == ("2022-04-13", "metadata", True)
    assert "20/04/2022" in dating.explanation
    assert "conflict" not in dating.flags  # the researcher settled it


def test_a_yearless_date_without_any_year_around_leaves_the_document_undated_saying_why():
    """A 2016 story imported in 2026 was read in the import's year (or the weekday's nearest to it): placed after
    every report of its corpus, an estimate the timeline could take for a claim's first report."""
    for text in ("The ministry said on Wednesday that since Monday 300 more had left.\n\nSince June 6, the total is 812.",
                 "Sunday, November 27\n\nThe ministry said 300 more had left."):
        dating = resolve(gather(text, [], {}, []), "2024-06-01T00:00:00+00:00")
        assert (dating.published, dating.date_from, dating.flags) == (None, "import", ("undated",)), dating.explanation
    assert "“Sunday, November 27” gives no year" in dating.explanation
    placed = resolve(gather(text, [], {}, []), "2024-06-01T00:00:00+00:00", corpus=a_year(2016))  # a corpus's year
    # still places it
    assert (placed.published, placed.estimated) == ("2016-11-27", True)


def test_evidence_survives_its_json_form():
    case = CASES[1]
    evidence = gather(case["text"], [], case["stored"], case["declared"])
    assert [Evidence.from_json(e.to_json()) for e in evidence] == evidence
    dating = dated(case)
    assert Dating.from_json(json.loads(json.dumps(dating.to_json()))) == dating


def test_a_date_in_numbers_that_reads_two_ways_leaves_the_page_undated_and_says_why():
    text = "Man held after shooting\n\n4/7/2013 1:53:00 AM\n\nA man was arrested after a shooting, police said."
    dating = resolve(gather(text, find_boilerplate(text), {}, []), "2024-01-10T12:00:00+00:00")
    assert dating.published is None
    assert "“4/7/2013” reads 7 April 2013 or 4 July 2013" in dating.explanation


def test_a_date_in_numbers_read_in_the_pages_order_says_what_set_the_order():
    text = "Man held after shooting\n\n4/7/2013 1:53:00 AM\n\nA man was arrested after a shooting, police said."
    stored = {"url": "https://www.example.co.uk/news/man-held"}
    dating = resolve(gather(text, find_boilerplate(text), stored, list(stored)), "2024-01-10T12:00:00+00:00")
    assert dating.published == "2013-07-04"
    assert dating.explanation == "date line: “4/7/2013” (read day first: the country of its address's domain .uk)"


@pytest.mark.parametrize("line, said", [("3/7/2017", "date line"), ("Created: 3/7/2017 5:14 AM", "date read from the text")])
def test_a_reading_after_the_page_existed_is_impossible_and_the_explanation_says_so(line, said):
    text = f"City briefs\n\n{line}\n\nA man was arrested on Saturday after a shooting in the town, police said."
    stored = {"url": "http://web.archive.org/web/20170308010101/http://news.example.com/city-briefs"}
    dating = resolve(gather(text, find_boilerplate(text), stored, list(stored)), "2024-01-10T12:00:00+00:00")
    assert (dating.published, dating.estimated) == ("2017-03-07", False)
    assert dating.explanation == (f"{said}: “3/7/2017” (read as 7 March 2017: 3 July 2017 is after a web archive"
                                  " captured the page (2017-03-08))")


def test_a_stamp_in_numbers_that_reads_two_ways_leaves_the_page_undated_and_says_why():
    text = ("Shooting at club\n\nUpdated: 08/10/2014 4:26 PM\nCreated: 08/09/2014 5:14 AM\n\n"
            "Police said nine people were hurt in a shooting at a club downtown.")
    dating = resolve(gather(text, find_boilerplate(text), {}, []), "2024-01-10T12:00:00+00:00")
    assert dating.published is None
    assert "“08/09/2014” reads 9 August 2014 or 8 September 2014, and nothing on the page says which" in dating.explanation


def test_a_stamp_in_numbers_read_in_the_pages_order_says_what_set_the_order():
    text = ("Warren Jeffs convicted\nFirst Posted: 08 / 04 / 11 06:44 PM ET Updated: 10 / 04 / 11 06:12 AM ET\n"
            "A Texas jury convicted him on Thursday.")
    dating = resolve(gather(text, find_boilerplate(text), {}, []), "2024-01-10T12:00:00+00:00")
    assert (dating.published, dating.estimated) == ("2011-08-04", False)
    assert dating.explanation == "date read from the text: “First Posted: 08 / 04 / 11” (read month first: the page's time zone ET)"



def test_a_year_borrowed_from_the_corpus_says_the_document_gave_none():
    case = next(c for c in CASES if c["name"] == "a year the body names for an earlier event does not date the report")
    dating = dated(case)
    assert "estimated" in dating.flags and "the document gives no year" in dating.explanation
