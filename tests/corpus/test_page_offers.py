"""The page speaking for its outlet rather than reporting (session 52): a station's app offers, a staff writer's beat
tagline, follow lines and copyright notices the copyright rule leaves. Each would become a claim unit that joins one
outlet's reports of different events. Each case is a made-up article."""
import pytest

from tests.corpus.made_up_pages import STORY, marked


@pytest.mark.parametrize("line", [
    "Staff writer Jane Doe covers the county board, police and general news. She can be reached at 555-555-0101.",
    "Download the WXYZ 9 News app for iPhone and Android.",
    "+ Weather app: Apple | Android",
    "Stay Up To Date, Follow WXYZ On Twitter",
    "For more on this story and other stories, follow Jane Doe on Facebook and Twitter.",
    "Copyright Associated Press / NBC 9 Springfield",
    "WXYZ-TVWelcome to WXYZ-TV on CBSSpringfield.com! WXYZ-TV is joining forces with the most trusted local radio "
    "stations in Springfield to give you the best Springfield has to offer. […]",
    "Don't miss a thing. Get email alerts from WXYZ 9 today.",
    "Staff writer Jane Doe contributed.",
    "The Springfield Ledger's Jane Doe and John Roe contributed.",
])
def test_an_outlets_line_after_the_report_is_marked(line):
    text = f"Title\n\n{STORY}\n\n{line}\n"
    assert marked(text) == [("page", line)]


def test_an_app_offer_and_its_slogan_are_marked_in_a_paragraph_and_the_report_before_them_is_kept():
    text = (f"Title\n\n{STORY} No arrests have been made. Get breaking news, weather and traffic on the go. "
            "Download the WXYZ 9 News App for your phone or tablet.\n")
    assert marked(text) == [("page", "Get breaking news, weather and traffic on the go."),
                             ("page", "Download the WXYZ 9 News App for your phone or tablet.")]


def test_a_copyright_notice_closing_a_long_paragraph_is_marked_alone():
    text = f"Title\n\n{STORY} {STORY} Copyright 2016 WXYZ (Example Corporation). All rights reserved.\n"
    assert marked(text) == [("page", "Copyright 2016 WXYZ (Example Corporation). All rights reserved.")]


@pytest.mark.parametrize("prose", [
    "“Jane Doe covers the county board for us, and she covers it well,” the editor said.",
    "The Affordable Care Act covers the cost of the visit, a hospital spokesman said.",
    "Anyone with information is asked to contact police at 555-555-0134 or follow @CityPD on Twitter.",
    "For more information, follow the police department on Twitter @CityPD.",
    "Police said the gunman had downloaded an app to track the victim's phone.",
    "Get the victims' names right, the chief told reporters, before you download the app's video.",
    "The gunman had signed up for a gun club's newsletter weeks before the shooting, police said.",
    "Many factors contributed.",
    "Officer Jane Doe contributed.",
])
def test_a_report_of_a_beat_an_app_or_a_tip_line_is_not_marked(prose):
    text = f"Title\n\n{STORY}\n\n{prose}\n"
    assert marked(text) == []


def test_a_newsletter_offer_glued_before_an_embedded_posts_credit_leaves_the_credit_whole():
    text = (f"Title\n\n{STORY}\n\nThe media makes everything up! SIGN UP FOR OUR NEWSLETTER — Jane Doe (@janedoe) "
            "June 29, 2016\n")
    assert marked(text) == [("page", "SIGN UP FOR OUR NEWSLETTER"), ("credit", "— Jane Doe (@janedoe) June 29, 2016")]
