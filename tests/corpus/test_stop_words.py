"""spaCy's English stop words, read without importing spaCy: its import was a third of a first hand link's CPU."""
from __future__ import annotations

import subprocess
import sys

from viewer.corpus.stop_words import stop_words


def test_the_words_are_those_spacy_marks_as_stop_words():
    from spacy.lang.en.stop_words import STOP_WORDS

    assert stop_words() == frozenset(STOP_WORDS) and {"the", "whereas", "n't"} <= stop_words()


def test_reading_them_imports_no_spacy():
    code = ("import sys; from viewer.corpus.stop_words import stop_words; "
            "assert 'about' in stop_words(); print('spacy' in sys.modules)")
    ran = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert ran.stdout.strip() == "False"
