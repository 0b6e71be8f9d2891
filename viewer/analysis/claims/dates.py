"""When a unit says its claim happened: the years and months of its dates, and whether two units' disagree.

Two sentences can share every name and place and most words and still tell two happenings: "In
June 2012, a 3.0 quake struck one mile north of The Geysers" and "The last quake measuring 3.0 or
above occurred on Dec. 30, three miles east of The Geysers"; a man "imprisoned in February 1979"
and "returned to prison in May 1984". Where both units date what they state, and no date of one
can be a date of the other, they are two claims, as two counts of one thing are
(`verifier.counts_conflict`). Only calendar dates the parser marks as dates count (a year, a named
month); days of the week, "today" or "last year" say nothing here, nor does the date a statement
was made ("ITAR-TASS reported September 26"): that dates the report, not the claim.
"""
from __future__ import annotations

import re

from viewer.analysis.claims.vocabulary import REPORTING
from viewer.analysis.nlp import entity_bounds

# English month names and their usual abbreviations, as news text writes them.
MONTHS = {name: number for number, names in enumerate((
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"), ("july", "jul"),
    ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"), ("december", "dec"),
), start=1) for name in names}
_YEAR = re.compile(r"^(1[89]\d\d|20\d\d)$")  # a decade ("the 1990s") dates nothing to the year
_SEASON = re.compile(r"\b(1[89]\d\d|20\d\d)\s*[-–/]\s*(\d\d)\b")  # "the 2008-09 season": both years


def stated_dates(tokens) -> tuple[list[int], list[int]]:
    """The years and months (1-12) of the dates among ``tokens`` (a spaCy span) that say when what
    the unit tells happened, except those of the reporting: a date that modifies a reporting verb."""
    years, months = set(), set()
    for entity in dates_within(tokens):
        if not _dates_a_happening(entity) or _dates_the_report(entity):
            continue
        for first, second in _SEASON.findall(entity.text):
            years.add(int(first[:2] + second))
        for token in entity:
            word = token.lower_.rstrip(".")
            if (found := _YEAR.match(word)) is not None:
                years.add(int(found.group(1)))
            elif word in MONTHS and (token.text[:1].isupper() or token.is_title):
                months.add(MONTHS[word])
    return sorted(years), sorted(months)


def dates_within(tokens) -> list:
    """The DATE entities wholly inside the span, as ``Span.ents`` gives them, from the document's
    bounds read once."""
    out = []
    for start, end, label, _first, _end in entity_bounds(tokens.doc):
        if start < tokens.start:
            continue
        if end > tokens.end:
            break
        if label == "DATE":
            out.append(tokens.doc[start:end])
    return out


def dates_conflict(years_a: list[int], months_a: list[int], years_b: list[int], months_b: list[int]) -> bool:
    """Whether no date one unit states can be one the other states: both give years and share
    none, or both give months and share none while their years (where both give any) agree."""
    if years_a and years_b and not set(years_a) & set(years_b):
        return True
    return bool(months_a and months_b) and not set(months_a) & set(months_b)


def _dates_a_happening(entity) -> bool:
    """Whether the date says when something told happened: it modifies a verb, directly ("occurred
    Dec. 30") or through a preposition ("struck in June 2012"), not a noun ("the 1999 movie", "the
    2013 draft", "the fifth operation since September"), which dates something else the unit names."""
    head = dated_word(entity)
    return head.pos_ in ("VERB", "AUX") and head != entity.root


def _dates_the_report(entity) -> bool:
    """Whether the date modifies a reporting verb, directly ("reported September 26") or through
    a preposition ("said on May 3")."""
    head = dated_word(entity)
    return head.pos_ == "VERB" and head.lemma_.lower() in REPORTING


def dated_word(entity):
    """The word a date hangs from, through its preposition if it has one ("in June 2012" → struck)."""
    root = entity.root
    return root.head.head if root.dep_ == "pobj" else root.head
