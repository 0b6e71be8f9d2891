"""The page and its newsroom speaking rather than the report (session 53): a 'Related Coverage' line naming another
report's headline, the station telling what it is doing about the story and its promo. Two copies or two reports of
one station carry the same such line, which linked as a shared claim. Each case is a made-up article."""
import pytest

from tests.corpus.made_up_pages import STORY, marked


@pytest.mark.parametrize("line", [
    "Related Coverage Man hurt in Elm Street crash identified",
    "RELATED ARTICLE - Springfield council votes on new budget",
    "RELATED STORIES",
    "Springfield, IL – WXYZ News 9 is covering breaking news out of Springfield.",
    "WXYZ News 9 has a crew on the way and will have more information when it becomes available.",
    "We will continue to follow this developing story and our Jane Doe will have more during WXYZ News 9 at Noon.",
    "Channel 9 is working to learn more about this shooting.",
    "Stay with WXYZ9.com for updates on this developing story.",
    "Tune in to WXYZ News 9 Saturday at 6 p.m. for the latest from the police department.",
])
def test_a_related_line_or_the_newsrooms_own_line_is_marked(line):
    text = f"Title\n\n{STORY}\n\n{line}\n"
    assert marked(text) == [("page", line)]


def test_the_newsrooms_notice_is_marked_in_a_paragraph_and_the_report_before_it_is_kept():
    text = (f"Title\n\n{STORY} No arrests have been made. WXYZ has a crew on the scene. "
            "Stay with WXYZ and WXYZ.com for the latest.\n")
    assert marked(text) == [("page", "WXYZ has a crew on the scene."),
                             ("page", "Stay with WXYZ and WXYZ.com for the latest.")]


@pytest.mark.parametrize("prose", [
    "Related charges were filed against the driver on Monday.",
    "WXYZ News 9 covered the trial, where a witness said she saw the gunman run.",
    "A WXYZ News 9 crew at the scene saw two men taken away in handcuffs.",
    "A reporter at the scene heard what sounded like six shots around 9 p.m.",
    "We are working to learn more about what happened, the police chief said.",
    "Detectives are working to learn more about the second gunman.",
    "The boy was told to stay with his grandmother until the trial.",
    "The victim's brother will continue to follow the case, he said.",
])
def test_a_report_of_a_station_or_its_crew_is_not_marked(prose):
    text = f"Title\n\n{STORY}\n\n{prose}\n"
    assert marked(text) == []
