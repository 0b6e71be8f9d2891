"""Offline language identification for documents and passages."""
from __future__ import annotations

import re
from functools import lru_cache

_CYRILLIC = re.compile(r"[\u0400-\u04FF]")
_LETTER = re.compile(r"[^\W\d_]")


@lru_cache(maxsize=1)
def _identifier():
    from langid.langid import LanguageIdentifier, model

    return LanguageIdentifier.from_modelstring(model, norm_probs=True)


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when there is too little text to tell.

    Script decides first (cheap and certain for Cyrillic); langid's bundled model decides
    between Latin-script languages.
    """
    letters = _LETTER.findall(text[:20000])
    if len(letters) < 5:
        return None
    cyrillic = sum(1 for c in letters if _CYRILLIC.match(c))
    if cyrillic / len(letters) > 0.5:
        return "uk" if re.search(r"[іїєґІЇЄҐ]", text) else "ru"
    if len(letters) < 20:
        return None
    lang, _confidence = _identifier().classify(text[:20000])
    return lang
