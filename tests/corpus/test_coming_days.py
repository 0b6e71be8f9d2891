"""A day a report looks ahead to is not the day its news broke, and a day its clause tells as past is.

Made-up reports in the shape of the GVA crawl's and BASIL's leads. A "will" early in a sentence made the date reader
take every later day of it as to come ("Couples will be allowed to file jointly, the IRS announced Thursday"), while
a lone weekday in a clause that looks ahead ("his hearing, which is set for Tuesday") was taken as the news day.
"""
from __future__ import annotations

import pytest

from viewer.corpus.boilerplate import find_boilerplate
from viewer.corpus.dating import Dating, gather, resolve

IMPORTED = "2026-12-04T09:00:00+00:00"


def dated(text: str) -> Dating:
    return resolve(gather(text, find_boilerplate(text), {}), IMPORTED)


@pytest.mark.parametrize("lead", [
    "Couples who are legally married will be allowed to file jointly, the agency announced Thursday (Dec. 10).",
    "Two men will be charged in the robbery, police said on Thursday (Dec. 10).",
    "Members will worship in a school after a fire destroyed their church early Thursday (Dec. 10).",
])
def test_a_day_after_a_past_verb_is_the_news_day_though_the_sentence_opens_with_will(lead):
    dating = dated(f"{lead}\n\nThe rest of the story followed on 1 December 2015 and later.\n")
    assert (dating.published, dating.estimated) == ("2015-12-10", True), dating.explanation
    assert dating.explanation.startswith("estimated from the text: the lead's “Thursday (Dec. 10)”, the day the news")


@pytest.mark.parametrize("lead", [
    "The library will reopen on a limited schedule Thursday (Dec. 10), a month after the fire of 1 November 2015.",
    "The man will be arraigned Thursday (Dec. 10) in the shooting of 1 November 2015.",
    "His hearing, which is set for Thursday (Dec. 10), follows the shooting of 1 November 2015.",
])
def test_a_day_the_clause_looks_ahead_to_stays_to_come(lead):
    assert dated(f"{lead}\n\nMore of the story.\n").published != "2015-12-10"


@pytest.mark.parametrize("lead", [
    "The man will be arraigned at 11 a.m. Thursday (Dec. 10) in the shooting of 1 November 2015.",
    "Visitation will be held from 4 to 8 p.m. Thursday (Dec. 10) for the victim of the shooting of 1 November 2015.",
    "The court will hear Sgt. Hale on Thursday (Dec. 10) about the shooting of 1 November 2015.",
])
def test_the_stop_of_a_clock_time_or_a_title_leaves_the_day_in_its_clause(lead):
    """The sentence's "will" is read across "a.m." before a weekday and across "Sgt.", where the sentence readers
    find no end (`corpus.sentence_ends`): the date reader cut there, and took the day for the news day."""
    assert dated(f"{lead}\n\nMore of the story.\n").published != "2015-12-10"


def test_a_lone_weekday_the_lead_looks_ahead_to_is_not_the_news_day():
    evidence = gather("A man was charged in the shooting of 16 May 2016, and his hearing, which is set for Tuesday,"
                      " will be held in Elm County.\n\nMore of the story.\n", [], {})
    assert not [e for e in evidence if e.field == "weekday"]
    told = gather("A man was charged on Tuesday in the shooting of 16 May 2016.\n\nMore of the story.\n", [], {})
    assert [e.phrase for e in told if e.field == "weekday"] == ["on Tuesday"]


def test_the_lead_weekday_counts_from_the_latest_past_day_not_a_day_to_come():
    dating = dated("A man pleaded guilty on Wednesday to the shooting of 16 May 2016, police said. His sentencing is"
                   " set for 28 June 2016.\n\nMore of the story.\n")
    assert dating.published == "2016-05-18", dating.explanation  # was 29 June, the Wednesday after the sentencing
    assert "after “16 May 2016”" in dating.explanation
