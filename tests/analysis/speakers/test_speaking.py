"""Who is a speaker: someone reported as saying something, not as doing something, on small made-up articles."""
from __future__ import annotations

import pytest

from viewer.analysis.attribution.statements import find_attributions


def speakers(parsed, text: str) -> list[str]:
    return [a.speaker_name for a in find_attributions(parsed(text)) if a.speaker_name]


@pytest.mark.parametrize("text, expected", [
    ("Crime Stoppers of Puget Sound is also offering a cash reward of $1,000 for information leading to an arrest. "
     "Sheriff Dana Cole said the suspect fled on foot.", ["Dana Cole"]),
    ("Rashad Walker pleaded guilty to his role in the shootout on Friday.", []),
    ("Judge Ann Kole decided to hold the two men without bond.", []),
    ("The Federal Government opted to keep silent about it.", []),
    ("Petrequin and Becatoros reported from Paris.", []),
    ("Senator Ann Kole spoke about the shooting on Monday.", ["Ann Kole"]),
    # a clause reported by a verb that is not one of speaking: the source speaks
    ("Police confirm the teenager, a student at Ridge High School, was shot on Monday.", ["Police"]),
    # a written thing: its writer speaks
    ("Mara Lind wrote a letter to the school board.", ["Mara Lind"]),
    # a deed of someone who speaks elsewhere in the article keeps its speaker
    ('Judge Ann Kole decided to hold the two men without bond. "This is a grave case," Kole said.',
     ["Ann Kole", "Ann Kole"]),
])
def test_a_report_of_a_deed_names_no_speaker_unless_its_source_speaks(parsed, text, expected):
    assert speakers(parsed, text) == expected


def test_a_surname_alone_under_a_quotation_is_the_one_quoted_before_not_the_relative_named_since(parsed):
    text = ('Dana Reed said her son is innocent. "He was at work," Dana Reed said.\n\n'
            'Her son, Tom Reed, 24, was arrested on Friday and remains in jail.\n\n'
            '"They have the wrong guy," Reed said.')
    assert speakers(parsed, text)[-1] == "Dana Reed"
