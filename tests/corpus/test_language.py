import numpy as np
import pytest

from hostile_files import FIXTURES
from viewer.corpus.encoding import decode
from viewer.corpus.language import detect_language, script_language


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
    ("Армия знает, что делает. pic.twitter.com/jZtgtWFWkJ — Arestovych (@arestovych) April 13, 2022", "ru"),
])
def test_short_passages(text, expected):
    assert detect_language(text) == expected


@pytest.mark.parametrize("text", [
    "Café owner José Pérez said the Río Chama reached his door.",  # was French
    "Mayor José Pérez ordered 300 residents of Valle Verde out of their homes on Saturday. Zoë Ramírez-Núñez said"
    " 15 homes were flooded.",  # was Latin
    "Notes on Valle Verde\n\n• Pérez says 300 evacuated; radio says 280.\n• Ask about the sirens.",  # a note's .md, Latin
    "Police said Joaquín Guzmán López was arrested in Culiacán on Thursday.",  # was Irish
    "GOOD EVENING, I AM DANA LEWIS. WE NOW KNOW THE NAMES OF THOSE INVOLVED IN YESTERDAY S DEADLY CRASH IN MONTFORD.",
])
def test_a_short_english_text_is_english_whatever_it_names(text):
    """A short English text naming people and places from elsewhere, or written in capitals as a TV transcript is, was
    read by langid as another language (and shown so in the list and every report): langid reads it without names."""
    assert detect_language(text) == "en"


@pytest.mark.parametrize("text, expected", [
    ("Le maire José Pérez a ordonné l'évacuation de trois cents habitants samedi matin.", "fr"),
    ("El alcalde José Pérez ordenó la evacuación de trescientos vecinos el sábado.", "es"),
    ("Borgmesteren bad beboerne forlade deres huse for at undgå oversvømmelsen.", "da"),  # "for", "at": English too
    ("Pormestari käski asukkaat pois kodeistaan, ja joki on noussut kaksi metriä.", "fi"),  # "on": English too
])
def test_a_short_text_in_another_language_stays_so(text, expected):
    assert detect_language(text) == expected


def test_links_do_not_outvote_the_words_around_them():
    """A link's letters are nobody's words: they neither make a Russian tweet's credit line English nor an English
    sentence quoting two Russian words Russian."""
    assert script_language("Армия знает, что делает. pic.twitter.com/jZtgtWFWkJ — Arestovych (@arestovych)") == "ru"
    assert script_language("The BBC's Russian service (https://www.bbc.com/russian/news-61093011) quoted him:"
                           " «Мы готовы»") is None


def test_long_texts_decided_by_function_words():
    french = decode((FIXTURES / "latin1.txt").read_bytes()) * 8
    assert detect_language(french) == "fr"
    german = ("Die Verhandlungen zwischen der Ukraine und Russland sind nach Angaben des Kremls ins Stocken geraten. "
              "Es gibt derzeit keine Gespräche, sagte ein Sprecher, und die Lage in der Stadt ist kritisch. ") * 6
    assert detect_language(german) == "de"


def test_langid_model_decoded_once_is_langid_own(tmp_path):
    """The copy kept in the data folder rebuilds langid's identifier field for field, so it
    decides every passage as langid's own decoding does (each decoding takes seconds, so one test)."""
    from langid.langid import LanguageIdentifier, model

    from viewer.corpus.language_model import identifier

    own = LanguageIdentifier.from_modelstring(model, norm_probs=True)
    decoded = identifier(tmp_path)
    [kept] = tmp_path.glob("langid-*.npz")
    read = identifier(tmp_path)
    for got in (decoded, read):
        assert got.nb_ptc.dtype == own.nb_ptc.dtype and (got.nb_ptc == own.nb_ptc).all()
        assert got.nb_pc.dtype == own.nb_pc.dtype and (got.nb_pc == own.nb_pc).all()
        assert (got.nb_numfeats, got.nb_classes, got.tk_nextmove, got.tk_output) == (
            own.nb_numfeats, own.nb_classes, own.tk_nextmove, own.tk_output)
        assert got.tk_nextmove.typecode == own.tk_nextmove.typecode
        for text in ("Die Lage in der Stadt ist kritisch.", "Mariupol Serguiï Volyna, 1,026", "a été annoncé"):
            assert got.classify(text) == own.classify(text)
    assert list(tmp_path.glob("langid-*.npz")) == [kept]


def test_damaged_langid_copy_is_not_read(tmp_path):
    from viewer.corpus.language_model import _read

    (tmp_path / "cut.npz").write_bytes(b"PK\x03\x04 cut short")
    assert _read(tmp_path / "cut.npz") is None
    np.save(tmp_path / "other.npy", np.zeros(3))
    assert _read(tmp_path / "other.npy") is None
    assert _read(tmp_path / "missing.npz") is None
