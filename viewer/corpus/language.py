"""Offline language identification for documents and passages."""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

_CYRILLIC = re.compile(r"[\u0400-\u04FF]+")
_LETTER = re.compile(r"[^\W\d_]+")
_ADDRESS = re.compile(r"\S*(?:\.\w+/|@)\S*")  # a link with a path, a handle, an e-mail address
_LANGID_CHARS = 3000
_CAPITALISED = re.compile(r"\S*\d\S*|[^\W\d_]*[A-Z\u00c0-\u00de]\S*")  # a word with a capital (or a digit) anywhere
_LEAST_LETTERS = 20  # fewer letters than this tell langid nothing (as for `detect_language`'s whole text)
_HEADLINE = 0.8  # share of words opening with a capital in a headline in title case or a transcript in capitals
_LEANING = 3  # different function words of one language that overrule langid's guess for a short text

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
    article); langid's bundled model decides the rest, read without names (`_unnamed`) and overruled
    by function words that plainly say another language (`_unless_words_say_otherwise`).
    """
    head = text[:_LANGID_CHARS]
    letters = sum(map(len, _LETTER.findall(head[:400])))
    if letters < 5:
        return None
    by_script = script_language(head)
    if by_script or letters < 20:
        return by_script
    votes, different = _function_word_votes(head[:1500])
    return _decided(votes, min_votes) or _unless_words_say_otherwise(
        _identifier().classify(_unnamed(head))[0], votes, different)


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


def _function_word_votes(text: str) -> tuple[Counter[str], Counter[str]]:
    """Each language's count of its function words among the text's words, and how many different ones (a word two
    languages share counts for both)."""
    votes: Counter[str] = Counter()
    different: Counter[str] = Counter()
    for word, count in Counter(text.lower().split()).items():
        for lang in _WORD_LANGUAGES.get(word, ()):
            votes[lang] += count
            different[lang] += 1
    return votes, different


def _decided(votes: Counter[str], min_votes: int) -> str | None:
    """The language ``votes`` name, when its words are at least ``min_votes`` and twice any other's."""
    ranked = votes.most_common(2)
    if not ranked or ranked[0][1] < min_votes:
        return None
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    return ranked[0][0] if ranked[0][1] >= 2 * runner_up else None


def _unnamed(text: str) -> str:
    """The text as langid is to read it: without its capitalised words and numbers; lower-cased when nearly every word
    opens with a capital (a headline in title case, a transcript in capitals). langid counts letter sequences, and a
    short text's names outweigh its few other words: an English sentence naming "José Pérez" and the "Río Chama" came
    out French, one naming "Valle Verde" Latin, a TV transcript ("A VIOLENT NIGHT ON THE STREETS OF DETROIT") Maltese
    or Polish, "Lindsay Lohan Checks Out Of Rehab" Estonian. Names are borrowed across languages and tell nothing of
    the one around them. Kept whole when too little would be left to read."""
    words = _LETTER.findall(text)
    if sum(1 for w in words if w[0].isupper()) > _HEADLINE * len(words):
        return text.lower()
    kept = _CAPITALISED.sub(" ", text)
    return kept if sum(map(len, _LETTER.findall(kept))) >= _LEAST_LETTERS else text


def _unless_words_say_otherwise(guess: str, votes: Counter[str], different: Counter[str]) -> str:
    """langid's guess for a text too short for function words to decide, unless at least three different function
    words of one language, twice any other's, say that language and none says the guess's ("Police said Joaquín
    Guzmán López was arrested in Culiacán on Thursday" was Irish). Fewer are no sign: Danish "at" and "for", Finnish
    "on", are English function words too."""
    leader = _decided(votes, 1)
    return leader if leader is not None and different[leader] >= _LEANING and not votes[guess] else guess
