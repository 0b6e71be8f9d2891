"""Offline language identification for documents and passages."""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

_CYRILLIC = re.compile(r"[\u0400-\u04FF]+")
_LETTER = re.compile(r"[^\W\d_]+")
_ADDRESS = re.compile(r"\S*(?:\.\w+/|@)\S*")  # a link with a path, a handle, an e-mail address
_LANGID_CHARS = 3000

# The commonest function words of the languages news researchers meet most; a long text that is
# clearly one of these is decided here in microseconds instead of langid's milliseconds.
_FUNCTION_WORDS = {
    "en": "the of and to in that is was for on with as by at from said have has it are were this be which not",
    "fr": "le la les des du et est une dans que qui pour sur pas par au aux avec il elle sont ont été cette",
    "es": "el los las del y que en un una por con para es se al su sus ha fue como más pero lo",
    "de": "der die das und ist nicht ein eine den dem mit von zu auf für sich des im auch es sie wird hat wurde",
    "it": "il di che della un una per con non sono è nel alla gli da ha dei delle anche come più",
    "pt": "os as do da dos das que em um uma para com não no na por foi mais ao é",
    "nl": "de het een en van in is op dat die niet met voor zijn te aan ook er bij om door naar werd",
    "pl": "i w na z się nie do to że jest o jak po ale od przez dla jego tym był oraz ich za już",
}
_WORD_LANGUAGES: dict[str, list[str]] = {}
for _lang, _words in _FUNCTION_WORDS.items():
    for _word in _words.split():
        _WORD_LANGUAGES.setdefault(_word, []).append(_lang)


@lru_cache(maxsize=1)
def _identifier():
    from viewer.corpus.language_model import identifier
    from viewer.locations import data_dir

    return identifier(data_dir())


def detect_language(text: str, min_votes: int = 25) -> str | None:
    """ISO 639-1 code of the text's language, or None when there is too little text to tell.

    Script decides first (cheap and certain for Cyrillic); common function words decide a text
    that is plainly one language (``min_votes`` of them, fewer for a paragraph than for a whole
    article); langid's bundled model decides the rest.
    """
    head = text[:_LANGID_CHARS]
    letters = sum(map(len, _LETTER.findall(head[:400])))
    if letters < 5:
        return None
    by_script = script_language(head)
    if by_script or letters < 20:
        return by_script
    return _by_function_words(head[:1500], min_votes) or _identifier().classify(head)[0]


def script_language(text: str) -> str | None:
    """The language a non-Latin script gives away (Cyrillic: Russian or Ukrainian), else None."""
    if _CYRILLIC.search(text) and _cyrillic_share(text) > 0.5:
        return "uk" if re.search(r"[іїєґІЇЄҐ]", text) else "ru"
    return None


def _cyrillic_share(text: str) -> float:
    """Share of the words' letters that are Cyrillic. Links and handles are no one's words: a Russian tweet
    quoted with its "pic.twitter.com/… — Name (@handle)" credit is still Russian."""
    words = _ADDRESS.sub(" ", text)
    return sum(map(len, _CYRILLIC.findall(words))) / max(1, sum(map(len, _LETTER.findall(words))))


def _by_function_words(text: str, min_votes: int) -> str | None:
    votes: Counter[str] = Counter()
    for word, count in Counter(text.lower().split()).items():
        for lang in _WORD_LANGUAGES.get(word, ()):
            votes[lang] += count
    ranked = votes.most_common(2)
    if not ranked or ranked[0][1] < min_votes:
        return None
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    return ranked[0][0] if ranked[0][1] >= 2 * runner_up else None
