"""Session 47's open dating cases: a dateline with no place ("June 17, 2013 - Houston police are investigating…"), a
lead day a quote or a list puts ahead of the report, and a lone lead weekday counted from a day written with its year.

Made-up reports in the shapes of the GVA crawl's and ECB+'s pages.
"""
from __future__ import annotations

from viewer.corpus.boilerplate import find_boilerplate
from viewer.corpus.dating import Dating, gather, resolve

IMPORTED = "2026-12-04T09:00:00+00:00"


def dated(text: str, name: str = "report.txt") -> Dating:
    return resolve(gather(text, find_boilerplate(text), {"name": name}), IMPORTED)


def test_a_date_with_its_year_and_a_dash_opening_the_lead_is_its_dateline():
    dating = dated("Investigation into Fatal Shooting at 100 Main\n\nJune 17, 2013 - Police are investigating the fatal"
                   " shooting of a man at 100 Main about 5:50 a.m. on Saturday (June 15).\n\nThe man was 43.\n")
    assert (dating.published, dating.estimated) == ("2013-06-17", False)
    assert dating.explanation.startswith("dateline: “June 17, 2013”")


def test_dated_lines_that_each_open_so_are_a_timeline_not_the_page_date():
    dating = dated("How the case unfolded\n\nJune 17, 2013 - A man is shot outside a club.\n\n"
                   "June 20, 2013 - Police arrest a suspect.\n\nJuly 2, 2013 - The suspect is charged.\n")
    assert not dating.explanation.startswith("dateline")


def test_a_date_without_its_year_opening_the_lead_is_no_dateline():
    assert dated("Man shot\n\nJune 17 - Police said a man was shot overnight.\n").undated


def test_a_will_in_quoted_words_does_not_put_the_lead_day_ahead():
    dating = dated("Suspect sought in park shooting\n\nNEW ORLEANS -- “We will find him,” the chief said Friday"
                   " (October 14), a day after the shooting.\n\nOthers go to trial on Jan. 17, 2017.\n")
    assert (dating.published, dating.estimated) == ("2016-10-14", True)


def test_a_list_of_coming_days_names_no_news_day():
    dating = dated("Town halls on violence\n\nCHICAGO -- Officials plan town hall meetings in high-crime areas. The"
                   " first have been scheduled:- Tuesday, Sept. 13, 2016 at 6 p.m.: Pilgrim Church, 4301 W. Washington"
                   " Blvd.- Tuesday, Sept. 20, 2016 at 6 p.m.: St. John's Church.\n")
    assert dating.undated


def test_a_lone_weekday_is_not_counted_from_a_day_written_with_its_year():
    """An obituary's lead: the birth day is the latest full date it names, and the death was 85 years later."""
    dating = dated("LOS ANGELES -- The pin-up model died Thursday at a hospital.\n\nShe was"
                   " born April 22, 1923, in Nashville. She had a heart attack on Dec. 2.\n")
    assert dating.undated


def test_a_lone_weekday_after_a_recent_day_is_still_estimated_from_it():
    """A day without its year is this year's, here the year the file's name gives."""
    dating = dated("A warship on Saturday repulsed an attack on a merchant vessel.\n\n"
                   "On May 16 a tanker was seized nearby.\n", name="pirates-2016.txt")
    assert dating.estimated and dating.explanation.startswith("estimated from the text: “on Saturday” in the lead")
