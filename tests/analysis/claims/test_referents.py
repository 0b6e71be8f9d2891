"""A pronoun is read as the nearest person the report named before it, of its sex, unless someone else may be meant:
then it is nobody's."""
from __future__ import annotations

import pytest

from viewer.analysis.claims.referents import pronoun_person


def _read(nlp, text: str, pronoun: str) -> str | None:
    doc = nlp(text)
    token = [t for t in doc if t.text == pronoun][-1]
    person = pronoun_person(token)
    return " ".join(t.text for t in person) if person else None


@pytest.mark.parametrize("text, pronoun, person", [
    ("Police arrested Aaron Dunnings, 23, on Tuesday. He was arrested in the 700 block of East 90th Street.", "He",
     "Aaron Dunnings"),
    # a surname alone takes its sex from the full name written before it
    ("Officers found Maria Delgado at home. Court records show Delgado lived in Pasco. She was charged with battery.",
     "She", "Delgado"),
    ("Officers found Maria Delgado at home. He was charged with battery.", "He", None),  # the other sex
    # a person told by a common noun, nearer than the name, may be whom "he" stands for
    ("Mark Silva was shot. Police are looking for a possible suspect. He is described as about 20.", "He", None),
    # people in the plural are not, and a noun beside the name is the named person
    ("Marquis Hinton, 18, turned himself in after detectives looked for him. He has also been charged.", "He",
     "Marquis Hinton"),
    ("Cassandra Anderson, Darin's mother, said she was heartened.", "she", "Cassandra Anderson"),
    # in a quotation, "him" is whoever the speaker means
    ('Sarah Teasley said her husband was at the club. "He came back and shot him five times."', "him", None),
    # a name that only says something, in an earlier sentence, is not whom "he" stands for
    ("Wright was taken into custody, according to Solicitor David Pascoe. He is charged with neglect.", "He", None),
    # in an earlier sentence the subject goes before a person named later in it, and a person told by a common noun
    # beside a name does not stop the reading
    ("James Carter drove to the office of his former boss, Robert Miller. He shot two people there.", "He",
     "James Carter"),
    ("Ian Bishop was 14 when he was charged with killing his older brother. He is serving 20 years.", "He",
     "Ian Bishop"),
    # a name that only says something is passed for the person it tells of
    ("Sheriff Mark Dobbs said Anthony Reed shot his neighbor. He was arrested at his home.", "He", "Anthony Reed"),
])
def test_a_pronoun_is_read_as_the_nearest_person_of_its_sex(nlp, text, pronoun, person):
    assert _read(nlp, text, pronoun) == person
