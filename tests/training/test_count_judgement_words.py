"""training/count_judgement_words.py: VADER's strongly valenced adjectives, the nouns WordNet derives from them, less
the words Pattern rates mostly objective."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

_PATH = Path(__file__).resolve().parents[2] / "training" / "count_judgement_words.py"
_SPEC = importlib.util.spec_from_file_location("count_judgement_words", _PATH)
judgement_words = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(judgement_words)

_VADER = ("hypocritical\t-2.0\t0.9\t[-2, -2]\n"
          "troubling\t-2.5\t0.5\t[-3, -2]\n"
          "dead\t-3.3\t1.0\t[-4, -3]\n"
          "victim\t-1.1\t1.9\t[-1, -2]\n"
          "pleasant\t0.9\t0.7\t[1, 1]\n"
          ":-(\t-1.9\t0.5\t[-2, -2]\n")
_PATTERN = ('<word form="dead" wordnet_id="a-1" pos="JJ" sense="no longer alive" polarity="-0.2" subjectivity="0.4" />\n'
            '<word form="troubling" wordnet_id="a-2" pos="JJ" sense="causing worry" polarity="-0.5" subjectivity="0.9" />\n')
# Two synsets in WordNet's data format: the adjective "hypocritical" and the noun it derives, "hypocrisy" (lemma 1 to 1)
_ADJ = ("02182563 00 s 01 hypocritical 0 001 + 04868148 n 0101 | professing feelings one does not have\n"
        "00001111 00 a 01 troubling 0 000 | causing distress\n"
        "00002222 00 a 01 dead 0 000 | no longer alive\n"
        "00003333 00 a 01 pleasant 0 000 | affording pleasure\n")
_NOUN = ("04868148 07 n 01 hypocrisy 0 001 + 02182563 a 0101 | insincerity\n"
         "10752093 18 n 01 victim 0 000 | an unfortunate person\n")


@pytest.fixture
def wordnet(tmp_path: Path) -> Path:
    (tmp_path / "data.adj").write_text(_ADJ, encoding="latin-1")
    (tmp_path / "data.noun").write_text(_NOUN, encoding="latin-1")
    return tmp_path


def test_strong_adjectives_and_their_derived_nouns_are_kept(wordnet):
    written = judgement_words.table(_VADER, _PATTERN, wordnet, 1.5, 0.5)
    assert written["words"] == {"hypocritical": {"ADJ": "negative"}, "hypocrisy": {"NOUN": "negative"},
                                "troubling": {"ADJ": "negative"}}  # "dead" objective in Pattern, "victim" no adjective


def test_the_written_table_reads_back_with_its_sources(wordnet):
    written = judgement_words.table(_VADER, _PATTERN, wordnet, 1.5, 0.5)
    read = json.loads(judgement_words.dumped(written))
    assert read == written and "VADER" in read["sources"]["vader"] and len(read["sha256"]["pattern"]) == 64
