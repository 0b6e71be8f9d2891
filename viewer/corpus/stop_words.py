"""spaCy's English stop words, read from their module's file without importing spaCy.

A hand link reads no parse (each unit keeps what a relink reads), yet ``from spacy.lang.en.stop_words import
STOP_WORDS`` runs spaCy's whole package import first: 0.7 s of CPU, a third of a researcher's first hand link in a
session (session 72). The list is one set in a module that imports nothing, so that file is loaded as a module of its
own: the same words, from the spaCy the analysis parses with.
"""
from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """The words spaCy's English pipeline marks ``is_stop``."""
    path = module_file()
    if not path.is_file():  # a bundle that lacks the source file still has the module
        from spacy.lang.en.stop_words import STOP_WORDS

        return frozenset(STOP_WORDS)
    spec = importlib.util.spec_from_file_location("_spacy_english_stop_words", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return frozenset(module.STOP_WORDS)


def module_file() -> Path:
    """Where spaCy's English stop-word module lies, found without importing spaCy (build/provenance.spec ships it)."""
    spacy = importlib.util.find_spec("spacy")
    return Path(next(iter(spacy.submodule_search_locations))) / "lang" / "en" / "stop_words.py"
