"""The counted titles: short words with a stop written before speakers' full names, kept when seen often before
several names or shortening a person noun, never a street's or a state's word."""
from training.count_titles import shortens, titled_names, titles

_TEXTS = [
    "Ald. Raymond Lopez said the block was quiet. \"It was calm,\" said Ald. Maria Ortega.",
    "Ald. Raymond Lopez told reporters he would ask for patrols.",
    "According to Ald. Raymond Lopez, the shots came from a car. Maj. John Hale said one man was held.",
    "Maj. Maria Ortega said the road was shut. Maj. James Reed said so too.",
    "Crews met at St. Louis Park, said Gov. John Reed. St. Mary Hospital said two were hurt; St. John Hall said so.",
    "He lives in Chicago, Ill. and said Ill. John Smith told him. Ill. Mary Smith said, and Ill. James Brown said.",
]


def test_a_title_before_several_speaking_names_or_shortening_a_person_noun_is_kept():
    names, places = titled_names(_TEXTS)
    found = titles(names, places, {"St"}, ["alderman", "major", "illustrator"])
    assert set(found) == {"Ald", "Maj"}
    assert found["Ald"] == {"times": 4, "names": 2, "example": "Maria Ortega", "shortens": "alderman"}
    assert found["Maj"]["names"] == 3  # "Gov" is a written title already; "St" ends streets; "Ill" follows a town


def test_an_abbreviation_shortens_a_noun_whose_letters_it_keeps_in_order_from_the_first():
    assert shortens("cmdr", "commander") and shortens("ald", "alderman")
    assert not shortens("ald", "bald")
    assert not shortens("dr", "doctor")  # two letters fit too many nouns
