"""The forms words are compared under."""
from __future__ import annotations

import random
import unicodedata

from viewer.analysis.claims.vocabulary import fold


def _fold_as_defined(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).casefold().replace("’", "'")


def test_folding_drops_every_accent_and_nothing_else():
    """Accents are found among a text's distinct characters: the result is the character-by-character
    definition's on random text from Latin, Greek, Cyrillic and combining marks, and the names the
    product compares fold as they should."""
    assert fold("Mikhaïlo") == fold("Mikhailo") == "mikhailo"
    assert fold("Serguiï Volyna’s") == "serguii volyna's"
    assert fold("“Quoted”") == "“quoted”"
    rng = random.Random(3)
    alphabet = [chr(c) for c in [*range(32, 0x250), *range(0x300, 0x370), *range(0x370, 0x500), 0x2019, 0x201C, 0x1E9E, 0xFB01]]
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        assert fold(text) == _fold_as_defined(text), text
