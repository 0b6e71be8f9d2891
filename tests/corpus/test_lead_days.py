"""A report that gives no date of its own is placed, as an estimate, on the day its lead names with its weekday
("accepted plea deals Friday (October 14)"), and one that stays undated says why.

Made-up station reports in the shape of the GVA crawl's: a headline, a caption or a dateline, then the lead. All
five reports of one GVA incident were undated, with "no date in the metadata, dateline or text" said of each, though
two named the news day in their lead.
"""
from __future__ import annotations

import pytest

from viewer.corpus.boilerplate import find_boilerplate
from viewer.corpus.dating import Dating, gather, resolve

IMPORTED = "2026-12-04T09:00:00+00:00"
TAIL = ("\n\nThe prosecutor's office said more charges could follow, and asked anyone with information to call the"
        " tip line.\n")


def dated(text: str) -> Dating:
    text += TAIL
    return resolve(gather(text, find_boilerplate(text), {}), IMPORTED)


def test_a_weekday_with_its_date_in_brackets_dates_the_report_in_the_year_its_other_dates_give():
    dating = dated("5 plead guilty in park shooting, 5 more await trial\n\nNEW ORLEANS -- Half of the suspects"
                   " accepted plea deals Friday (October 14).\n\nThe others will go to trial on Jan. 17, 2017.")
    assert (dating.published, dating.estimated) == ("2016-10-14", True)
    assert dating.explanation.startswith("estimated from the text: the lead's “Friday (October 14)”, the day the news"
                                         " broke (published then or soon after); year 2016")


def test_under_a_photo_caption_the_lead_still_counts():
    dating = dated("Sixth suspect arrested in park shooting\n\nAllen Offray arrested, faces 17 counts (Photo: NOPD)"
                   "\n\nNEW ORLEANS -- Another suspect has been arrested.\n\nOffray was booked into jail Wednesday"
                   " night (Dec. 9, 2015). Like the others, he faces 17 counts.")
    assert dating.published == "2015-12-09" and dating.estimated


@pytest.mark.parametrize("article", [
    "Arraignment postponed\n\nWOODLAND, Wash. -- A man charged with three murders may face the death penalty.\n\n"
    "His arraignment was postponed until Wednesday, Aug. 24, 2016.",
    "Teen killed in shooting\n\nLEXINGTON, Ky. -- Three men were arrested in the death of a teenager.\n\n"
    "Visitation will be held from 9 a.m. to 12 p.m. on Saturday, Oct. 22, 2016 at Southland Christian Church.",
])
def test_a_day_the_lead_looks_ahead_to_is_not_the_news_day(article):
    assert dated(article).undated


def test_a_dateline_is_trusted_before_the_lead_and_no_conflict_is_made():
    dating = dated("Arrest in park shooting\n\nNEW ORLEANS, Dec. 10, 2015 -- A suspect was booked into jail Wednesday"
                   " night (Dec. 9).")
    assert (dating.published, dating.estimated, dating.conflicts) == ("2015-12-10", False, ())


def test_an_undated_report_says_why_of_what_it_does_name():
    yearless = dated("Sixth suspect arrested\n\nNEW ORLEANS -- Another suspect was booked into jail Wednesday night"
                     " (Dec. 9).")
    assert yearless.undated
    assert yearless.explanation.startswith("no placeable date in the metadata, dateline or text")
    assert yearless.explanation.endswith("its “Wednesday night (Dec. 9)” gives no year, nor does anything else in it"
                                         " or its corpus")
    talked = dated("Suspect's mother speaks\n\nThe mother of a man accused of the Nov. 22 shooting says he is"
                   " innocent.\n\nHe is due in court on Dec. 8.")
    assert talked.undated and talked.explanation.endswith(
        "; the days it names (“Nov. 22”, “Dec. 8”) are days it talks about: none is given as its own")
    weekday = dated("Teen shot Sunday at park dies\n\nA teenager shot at the playground has died, New Orleans police"
                    " said.")
    assert weekday.undated and weekday.explanation.endswith(
        "; its lead's “Sunday” names a weekday, but nothing in it says of which week")
    nothing = dated("16 injured in shooting at park\n\nNew Orleans police are investigating a shooting that left 16"
                    " people injured at the playground.")
    assert nothing.undated and nothing.explanation.endswith("set its date by hand")


def test_a_weekday_its_documents_year_does_not_have_leaves_it_undated_saying_so():
    dating = dated("Suspect in court\n\nMINNEAPOLIS -- The suspect appeared in court at 1 p.m. Tuesday, Sept. 6.\n\n"
                   "The boy was abducted from a rural road near his house on Oct. 22, 1989.")
    assert dating.undated  # was 6 September 1988, the nearest year in which it is a Tuesday
    assert dating.explanation.endswith("; its lead's “Tuesday, Sept. 6” gives no year, and in 1989, from a date"
                                       " elsewhere in the document (“Oct. 22, 1989”, the nearest), the date is a"
                                       " Wednesday")
