"""What a stated time is the time of, read from the sentence's parse: "shot at 10:15 a.m. and died
at 11:40" gives the shooting one time and the death another, so another source's time of the death
is compared with 11:40 alone.

A time's event is the word its phrase hangs from ("shot at 10:15", "the Monday shooting", "the July
17 killings"), past the words that only place it in the day ("around 3:30 a.m. Sunday morning").
A verb that only says something took place ("happened", "took place", `timed_events.json`) gives the
time to its subject ("the shooting happened around 3:30"), and a relative clause's pronoun to the
noun it is of ("the scene, which unfolded at 10:15"). An event is written as a verb or as the noun
made from it, so both are read as the verb's stem ("shooting" and "shot" are one; "killings" and
"killed" one). A claim unit reads its times' events at analysis, in the parse it was read in, cut out as a parse of
its own (`unit_events`), and keeps them, so comparing two sources' times parses nothing.
"""
from __future__ import annotations

import json
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from viewer.analysis.claims.alignment import cut
from viewer.analysis.claims.times import DAY_KINDS, StatedTime, times_in
from viewer.analysis.nlp import text_of

_CLIMB = 6  # at most this many words from the time to its event (a longer way is a parse gone wrong)


def timed_events(doc, times: tuple[StatedTime, ...]) -> tuple[str, ...]:
    """The event each time is of, as a stem, in the order of ``times`` ("" where none is read);
    ``doc`` is the parse of the text the times were read in."""
    return tuple(_event(doc.char_span(t.start, t.end, alignment_mode="expand") or ()) for t in times)


def day_events(doc, sentence, told: bool = False) -> list[tuple[StatedTime, str]]:
    """Each day of the week the sentence (a span of ``doc``) gives, with the event it is of (`timed_events`; "" where
    none is read); ``told``: the days a verb of reporting gives too (`times.times_in`). What a sentence's days date,
    read once for the shooting's days (`incident_days`) and a lede's acts (`dated_acts`)."""
    found = times_in(text_of(doc)[sentence.start_char:sentence.end_char], told=told)
    if not any(_a_day(t) for t in found):
        return []
    offset = sentence.start_char
    placed = tuple(replace(t, start=t.start + offset, end=t.end + offset) for t in found)
    return [(t, e) for t, e in zip(placed, timed_events(doc, placed)) if _a_day(t)]


def _a_day(time: StatedTime) -> bool:
    return time.kind in DAY_KINDS and time.weekday is not None


def unit_events(tokens, text: str, start: int) -> list[str]:
    """The event of each time `times_in` reads in a unit's ``text``, read as `timed_events` reads them in the unit's
    own parse, here its ``tokens`` (a span of the parse the analysis read it in, from character ``start``) cut out as
    one (`alignment.cut`, as `Span.as_doc` cuts them): a time's climb to its event stays inside the unit, as it
    would in a parse of the unit alone. Kept with the unit, so comparing two sources' times parses nothing (that
    parse loaded spaCy's pipeline for every hand link)."""
    times = times_in(text)
    if not times:
        return []
    words = cut(tokens)
    return [_event(_covering(words, start + t.start, start + t.end)) for t in times]


def _covering(words: list, begin: int, end: int) -> list:
    """The words any of whose characters lie in [begin, end), as ``char_span(alignment_mode="expand")`` gives them."""
    return [w for w in words if w.idx < end and w.idx + len(w.text) > begin]


def _event(span) -> str:
    """The event of the time whose words are ``span`` (a parse's span, or a run of its words)."""
    if not len(span):
        return ""
    first, last = span[0].i, span[-1].i + 1
    # the first word hanging outside the time: "11:40" in "at 11:40 a.m.", whatever "a.m." hangs from
    word = next(w for w in span if not first <= w.head.i < last or w.head.i == w.i)
    for _ in range(_CLIMB):
        head = word.head
        if head.i == word.i:
            return ""
        word = head
        if not (first <= word.i < last or _places_in_time(word)):
            return stem(_what_took_place(word))
    return ""


def _places_in_time(word) -> bool:
    """A word the time's phrase climbs through: a preposition, an adverb ("shortly"), a part of the
    day or a weekday ("Sunday morning"), a number, or a mark with no letter or digit: a round-up's bullet, which the
    parse of "• At 11:30 p.m., a 17-year-old boy was shot" hangs the time from, names no event, and two bulleted items
    of two shootings read as one event by it."""
    table = _table()
    return (word.pos_ in ("ADP", "ADV", "NUM", "PART") or word.lower_ in table["day_parts"]
            or word.ent_type_ in ("DATE", "TIME") or not any(c.isalnum() for c in word.text))


def _what_took_place(word):
    """For a verb of taking place, its subject (a relative pronoun's noun); else the word."""
    needs = _table()["taking_place"].get(word.lemma_.lower())
    if needs is None or needs and not any(c.lower_ == needs for c in word.children):
        return word  # "took" without "place" ("was taken to hospital at 10 p.m.") takes, as "broke" without "out"
    subject = next((c for c in word.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return word
    if subject.tag_ in ("WDT", "WP") and word.dep_ == "relcl":
        return word.head
    return subject


def stem(word) -> str:
    """The verb an event is written with: its lemma, a noun made from it with "-ing" stripped
    ("shootings" -> "shoot", "stabbing" -> "stab")."""
    lemma = word.lemma_.lower()
    if word.pos_ in ("NOUN", "PROPN") and lemma.endswith("ing") and len(lemma) > 5:
        lemma = lemma[:-3]
        if len(lemma) > 3 and lemma[-1] == lemma[-2] and lemma[-1] not in "aeiouls":
            lemma = lemma[:-1]
    return lemma


@lru_cache(maxsize=1)
def _table() -> dict:
    data = json.loads(Path(__file__).with_name("timed_events.json").read_text(encoding="utf-8"))
    phrases = (phrase.split() for phrase in data["taking_place"])
    return {"taking_place": {words[0]: " ".join(words[1:]) for words in phrases}, "day_parts": frozenset(data["day_parts"])}


def a_moment(e: str) -> bool:
    """Whether times of the event are moments two sources share: not a state ("remained in custody
    Sunday night", "is held"), a schedule or a report's time, which the crawl's articles of one
    incident agree on no more often than on two events' times (`timed_events.json` no_moment)."""
    return e not in _no_moments()


@lru_cache(maxsize=1)
def _no_moments() -> frozenset[str]:
    data = json.loads(Path(__file__).with_name("timed_events.json").read_text(encoding="utf-8"))
    return frozenset(data["no_moment"])


def one_event(e: str, f: str) -> bool:
    """Whether two events' stems name one event: the same stem, or two the crawl's articles of one
    incident time alike as often as one stem (`timed_events.json`)."""
    return e == f or frozenset((e, f)) in _one_events()


@lru_cache(maxsize=1)
def _one_events() -> frozenset[frozenset[str]]:
    data = json.loads(Path(__file__).with_name("timed_events.json").read_text(encoding="utf-8"))
    return frozenset(frozenset(pair) for pair in data["one_event"])
