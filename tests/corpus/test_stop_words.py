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


def test_without_the_source_file_the_words_come_from_the_module(monkeypatch, tmp_path):
    """A frozen bundle keeps modules compiled; the list must not be lost where the .py file is absent."""
    import viewer.corpus.stop_words as module

    monkeypatch.setattr(module, "module_file", lambda: tmp_path / "stop_words.py")
    module.stop_words.cache_clear()
    try:
        assert "whereas" in module.stop_words()
    finally:
        module.stop_words.cache_clear()
