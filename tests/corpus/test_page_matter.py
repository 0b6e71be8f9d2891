"""Page matter a station's page keeps in an article's text (session 49): later video blurbs, teasers printed twice,
an embedded post's credit without a picture link, developing-story notices, station and contributor credits. Each
case is a made-up article."""
import pytest

from tests.corpus.made_up_pages import STORY, marked
from viewer.corpus.boilerplate import find_boilerplate


def test_later_video_blurbs_are_marked_whole_and_the_first_keeps_its_report():
    first = "Two men were shot outside a bakery. Jane Roe reports. (Published Saturday, May 7, 2016)"
    later = ("Crash Closes Main Street A truck overturned on Main Street on Tuesday, police say. "
             "(Published Tuesday, May 3, 2016)")
    text = f"Two shot outside bakery\n\n{first}\n\n{STORY}\n\n{later}\n\nNo arrests have been made.\n"
    marks = marked(text)
    assert ("page", later) in marks
    assert ("page", "Jane Roe reports.") in marks and ("page", "(Published Saturday, May 7, 2016)") in marks
    assert not any("Two men were shot outside a bakery." in words for _kind, words in marks)


def test_a_station_credit_closing_the_blurb_is_marked():
    blurb = "A teenager was shot in Mayfair on Monday. NBC10 has the latest. (Published Tuesday, Dec. 6, 2016)"
    text = f"Title\n\n{blurb}\n\n{STORY}\n"
    assert ("page", "NBC10 has the latest.") in marked(text)


def test_a_teaser_printed_twice_in_a_row_is_marked_in_both_copies():
    teaser = "Will it actually snow in Springfield tomorrow?"
    text = f"Two shot outside bakery\n\n{teaser}\n\n{teaser} Mar 9\n\n{STORY}\n"
    assert marked(text) == [("more-news", f"{teaser}\n\n{teaser} Mar 9")]


@pytest.mark.parametrize("line", [
    "“Or it could be simply a ship in the area that cut the cable. ”",
    "Police said both men were expected to survive.",
])
def test_a_sentence_printed_twice_keeps_its_first_copy(line):
    text = f"Title\n\n{STORY}\n\n{line}\n\n{line}\n\nNo arrests have been made.\n"
    marks = [span for span, _kind in find_boilerplate(text)]
    first = text.index(line)
    assert marks and all(span.start > first for span in marks)


def test_an_embedded_posts_credit_is_marked_and_its_words_are_left():
    post = "2 officers shot tonight. Please keep our officers in your prayers."
    credit = "— Tracy Philbeck (@tracyphilbeck) August 9, 2015"
    text = f"Title\n\n{STORY}\n\n{post} {credit}\n\nThe officers are expected to recover.\n"
    assert marked(text) == [("credit", credit)]


def test_a_credit_alone_under_the_post_is_marked():
    credit = "— Gilbert Police Dept. (@GilbertPolice) March 18, 2015"
    text = f"Title\n\n{STORY}\n\nMembers of our SWAT team are assisting in the search.\n\n{credit}\n\nThe search went on.\n"
    assert marked(text) == [("credit", credit)]


@pytest.mark.parametrize("notice", [
    "This is a developing story.",
    "This story will be updated as more information becomes available.",
    "News Channel 8 is closely tracking this developing story and will bring you updates as they become available.",
    "The Associated Press contributed reporting to this story.",
    "Associated Press writers Kevin Burbach and Regina Garcia Cano contributed to this report from Sioux Falls.",
    "The Gazette's Ryan Tarinelli contributed information to this report.",
])
def test_a_notice_or_credit_after_the_report_is_marked(notice):
    text = f"Title\n\n{STORY}\n\n{notice}\n"
    assert marked(text) == [("page", notice)]


def test_a_clause_before_an_update_notice_is_kept():
    text = (f"Title\n\n{STORY}\n\nPolice have yet to release more details, but this story will be updated as soon as "
            "more information is available.\n")
    assert marked(text) == [("page", "this story will be updated as soon as more information is available.")]


def test_a_report_that_a_story_is_followed_is_not_a_notice():
    text = f"Title\n\n{STORY}\n\nDetectives are following several leads in the case, the chief said.\n"
    assert marked(text) == []


def test_a_carousel_of_blurbs_each_printed_twice_is_marked_in_both_copies():
    blurbs = ["A man was arrested after a crash on the highway, police said.",
              "A school board voted to close two schools next year.",
              "The city council approved a new budget on Monday."]
    carousel = "\n\n".join(f"{b}\n\n{b}" for b in blurbs)
    text = f"Two shot outside bakery\n\n{carousel}\n\n{STORY}\n"
    assert marked(text) == [("more-news", f"{b}\n\n{b}") for b in blurbs]


@pytest.mark.parametrize("entry", [
    "5:45 p.m.: This post was updated with new details from the Sheriff's Department.",
    "This article was originally published at 7:40 a.m.",
])
def test_an_update_log_entry_is_marked(entry):
    text = f"Title\n\n{STORY}\n\n{entry}\n"
    assert marked(text) == [("page", entry)]
