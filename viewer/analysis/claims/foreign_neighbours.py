"""The English articles a document written in Russian or Ukrainian is compared with.

An article quoting a Russian tweet is compared with its own story: itself and the articles sharing a
claim with it (``crosslingual``). A document written wholly in Russian has no English claim unit, so it
shares no claim and has no story; its sentences would never meet the English coverage of the same news.
Its neighbours are found here instead, through an inverted index of what survives translation: the
figures it gives (digits are written alike in both scripts), its capitalised words transliterated
(BGN/PCGN, the romanisation English-language news agencies use: "Конашенков" is "Konashenkov"), and the
day it was published. Only keys few English articles carry are read, and each document keeps its
`NEIGHBOURS` best, so the work grows with the corpus, never with its square. The same keys find the other
documents holding such passages that one is compared with (`foreign_meetings`).
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, timedelta

from viewer.analysis.claims.features import ClaimUnit
from viewer.analysis.claims.vocabulary import term

NEIGHBOURS = 10  # English articles a foreign document is compared with at most
POSTINGS = 50  # a key in more English articles than this says little about one story (as `candidates`)
STEM = 5  # letters of a name compared: a Russian name ends in its case ("Мариуполе", "Азовстали")
DAYS = 1  # a report published the day before or after may tell the same news
_SMALLEST = 10  # smaller numbers count everything (days, hours, "two battalions")
# a number, its thousands apart by a space ("1 026", Russian) or a comma ("1,026", English)
_NUMBER = re.compile(r"(?<![\w.,])\d{1,3}(?:[ ,\u00a0\u202f]\d{3})+(?!\d)|(?<![\w.,])\d+(?!\d)")
_CAPITALISED = re.compile(r"\b[А-ЯЁІЇЄҐ][а-яёіїєґ'ʼ’-]+|\b[А-ЯЁІЇЄҐ]{2,}\b")
# BGN/PCGN romanisation of Russian, with the Ukrainian letters; soft and hard signs are not written.
_ROMAN = dict(zip(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ",
    ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t",
     "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "i", "yi", "ye", "g"]))


def name_keys(words: str) -> set[str]:
    """The capitalised Cyrillic words of a passage as name keys: romanised, folded as English names are
    (`vocabulary.term`), cut to `STEM` letters."""
    out = set()
    for word in _CAPITALISED.findall(words):
        roman = "".join(_ROMAN.get(ch, ch) for ch in word.lower())
        key = term(roman)
        if len(key) >= STEM:
            out.add("n:" + key[:STEM])
    return out


def english_name_keys(name: str) -> set[str]:
    """The words of a name written in Latin letters as name keys, as `name_keys` reads Cyrillic ("Igor Konashenkov"
    is "n:konas"; "Igor", shorter than `STEM`, none)."""
    keys = (term(word) for word in re.findall(r"[^\W\d_]+", name))
    return {"n:" + key[:STEM] for key in keys if len(key) >= STEM}


def figure_keys(words: str) -> set[str]:
    """The numbers of a passage from `_SMALLEST` on, written in either script ("1 026", "1,026")."""
    values = (int(re.sub(r"\D", "", m)) for m in _NUMBER.findall(words))
    return {f"f:{v}" for v in values if v >= _SMALLEST}


def day_keys(published: str | None, spread: int = 0) -> set[str]:
    """The day a document came out, and with ``spread`` the days around it; none for a date short of a day."""
    day = _day(published)
    return {f"d:{day + timedelta(days=k)}" for k in range(-spread, spread + 1)} if day else set()


def english_keys(units: Iterable[ClaimUnit], published: Mapping[int, str]) -> dict[int, set[str]]:
    """Each English article's keys: its names and exact figures as its parse recorded them, and its day."""
    out: dict[int, set[str]] = defaultdict(set)
    for unit in units:
        keys = out[unit.document]
        keys.update("n:" + n[:STEM] for n in unit.features.names if len(n) >= STEM)
        keys.update(f"f:{int(f.value)}" for f in unit.features.figures
                    if f.value is not None and f.qualifier == "exact" and f.value >= _SMALLEST and f.value == int(f.value))
    for document, keys in out.items():
        keys |= day_keys(published.get(document))
    return dict(out)


def foreign_keys(foreign: Sequence[ClaimUnit], texts: Mapping[int, str], published: Mapping[int, str]) -> dict[int, set[str]]:
    """Each foreign document's keys: the names and figures of its foreign sentences, and the days around it."""
    out: dict[int, set[str]] = defaultdict(set)
    for unit in foreign:
        words = texts[unit.document][unit.span.start:unit.span.end]
        out[unit.document] |= name_keys(words) | figure_keys(words)
    for document, keys in out.items():
        keys |= day_keys(published.get(document), DAYS)
    return dict(out)


def foreign_neighbours(documents: Iterable[int], foreign: Sequence[ClaimUnit], units: Sequence[ClaimUnit],
                       texts: Mapping[int, str], published: Mapping[int, str]) -> dict[int, set[int]]:
    """For each of ``documents`` (written in a language the model reads), the English articles sharing
    the most rare keys with it, at most `NEIGHBOURS`, nearest in time first among equals."""
    wanted = set(documents)
    mine = foreign_keys([u for u in foreign if u.document in wanted], texts, published)
    return _nearest(mine, english_keys(units, published), published)


def foreign_meetings(foreign: Sequence[ClaimUnit], texts: Mapping[int, str], published: Mapping[int, str]) -> dict[int, set[int]]:
    """For each document holding passages in a language the model reads, the other such documents sharing the most
    rare keys with it, at most `NEIGHBOURS`: two reports in Russian, or in Russian and Ukrainian, of one claim meet
    directly (the model reads both), not only through English words each renders. Another document is keyed by
    the day it came out, as an English article is, and this one by the days around it."""
    mine = foreign_keys(foreign, texts, published)
    theirs = {d: {k for k in keys if not k.startswith("d:")} | day_keys(published.get(d)) for d, keys in mine.items()}
    return _nearest(mine, theirs, published)


def _nearest(mine: Mapping[int, set[str]], theirs: Mapping[int, set[str]], published: Mapping[int, str]) -> dict[int, set[int]]:
    """Each of ``mine`` with the documents of ``theirs`` sharing the most keys with it that at most `POSTINGS`
    of them carry, at most `NEIGHBOURS`, nearest in time first among equals; never itself."""
    postings: dict[str, list[int]] = defaultdict(list)
    for document in sorted(theirs):
        for key in theirs[document]:
            postings[key].append(document)
    out = {}
    for document in sorted(mine):
        shared: Counter[int] = Counter()
        for key in mine[document]:
            found = postings.get(key, ())
            if len(found) <= POSTINGS:
                shared.update(d for d in found if d != document)
        when = _day(published.get(document))
        ranked = sorted(shared, key=lambda d: (-shared[d], _apart(when, _day(published.get(d))), d))
        out[document] = set(ranked[:NEIGHBOURS])
    return out


def _day(published: str | None) -> date | None:
    try:
        return date.fromisoformat((published or "")[:10])
    except ValueError:
        return None


def _apart(a: date | None, b: date | None) -> int:
    return abs((a - b).days) if a and b else 1 << 20
