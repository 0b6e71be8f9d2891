import pytest

from hostile_files import FIXTURES
from viewer.corpus.encoding import decode
from viewer.corpus.language import detect_language


def test_samples_are_english(sample_texts):
    assert {detect_language(text) for text in sample_texts.values()} == {"en"}


@pytest.mark.parametrize("text, expected", [
    ("Ukraine thus offered Russia on Wednesday a special session of negotiations in this besieged port city.", "en"),
    ("L'Ukraine a proposé mercredi à la Russie une « session spéciale de négociations » dans cette ville portuaire "
     "assiégée de la mer d'Azov, a annoncé le conseiller de la présidence.", "fr"),
    ("El Ministerio de Defensa ruso anunció este miércoles que desde el lunes se han rendido 959 soldados ucranianos "
     "atrincherados en la planta siderúrgica de Azovstal, en la ciudad portuaria de Mariúpol.", "es"),
    ("Вот что бывает, когда офицеры не теряют голову.", "ru"),
    ("Мер Маріуполя заявив, що в місті залишаються понад сто тисяч людей.", "uk"),
    ("1,026", None),
])
def test_short_passages(text, expected):
    assert detect_language(text) == expected


def test_long_texts_decided_by_function_words():
    french = decode((FIXTURES / "latin1.txt").read_bytes()) * 8
    assert detect_language(french) == "fr"
    german = ("Die Verhandlungen zwischen der Ukraine und Russland sind nach Angaben des Kremls ins Stocken geraten. "
              "Es gibt derzeit keine Gespräche, sagte ein Sprecher, und die Lage in der Stadt ist kritisch. ") * 6
    assert detect_language(german) == "de"
