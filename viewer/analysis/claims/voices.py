"""Two people's own words are two claims, unless the words are the same.

A direct quotation is what one person said. Two reports quoting two different people ("The
community has a right to be angry", said a pastor; "They have every right to protest", said the
mayor) state two statements, however close their words and their subject: the pair model, which
reads the words alone, joins them. Read on ECB+ train (session 40), the links between direct
quotations of two resolved people named without a word in common were mostly such pairs (18 wrong,
3 right, 3 unsure of 24), where the reports quoting other speakers' facts ("…, the sheriff said")
were mostly right: so only direct quotations count, never a reported fact. The same quotation given
to two speakers is one statement whichever of them the analysis named (a spokesman's words given to
the actress he speaks for), and two names sharing a word, or a word spelled two ways, may be one
person the resolution left apart ("Gage" and "Undersheriff James Gage"; "Tolu Adeseha" and "Taye
Adesha", a witness two outlets heard): neither is kept apart.

One person's quotation often runs over several sentences, each its own unit, and two reports carry some of them: the
pair model reads one speaker and one subject in every pair of them and joins a sentence of one report to a neighbour of
it in the other (a statement's "Today's ruling provides certainty…" with its "This ruling also assures…"). Where the
other report retells the sentence itself nearly word for word (`retold`), in another unit of the same person's words,
that unit is the sentence's match and the neighbour is another claim (`another_sentence`). Without such a twin the pair
is left to the model: two reports quote one person in their own selections and words, and read on the judged dev draws
(`bench/quoted_links.py`) the links between one person's different quoted words were mostly right.

But not when the two quotations share no word of what is said (`two_statements`): "They die fast," said Deandra Bradley
beside "I've forgiven them," said the victim's mother Deandra Bradley. One speaker and one cue are all the pair model
then reads as shared. Counted on main's links of the judged dev sets (session 65, `bench/speaker_links.py`): of the
links of one voice that are two direct quotations, those sharing no content term beside the frame and the speaker's
name are W 3, R 1 (a hotel guest's "a bunch of guys jumped out and started yelling" / "they were screaming loud").
Such quotations are short and their attributions long, so a unit is a person's words when the quotation covers half
of it with the speaker's words and the cue (`voice_of`); so read, the three rules part W 5 of main's links on every
judged set and no R or P (session 66, `bench/framed_voices.py`; docs/linking.md).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from viewer.analysis.claims.features import ClaimUnit
from viewer.analysis.claims.synonyms import meanings
from viewer.analysis.claims.verbatim import wording
from viewer.analysis.claims.vocabulary import term
from viewer.analysis.person_names import surnames_match
from viewer.corpus.spans import Span

_NAME_WORD = re.compile(r"\w+")
_EDGES = " ,.;:!?'"
_RETOLD = 0.8  # of either wording's words found in the other: one sentence retold, a word or two changed
_LEAST_WORDS = 4  # fewer shared words than this are a phrase any two sentences of one quotation may share


@dataclass(frozen=True)
class Quotation:
    """A direct quotation a resolved person made: its spans in the document (content and further
    parts), the speaker's id and canonical name, and the spans of the words that attribute it (the
    speaker as written and the cue: "said Jane Watrel with the Orange County Sheriff's Office")."""

    spans: tuple[Span, ...]
    speaker: int
    name: str
    frame: tuple[Span, ...] = ()


@dataclass(frozen=True)
class Voice:
    """Whose own words a unit mostly is: the speaker, the words of their name, and the quoted words
    inside the unit as `verbatim.wording` makes them uniform, in lower case."""

    speaker: int
    name: frozenset[str]
    words: str
    said_by: str = ""  # the speaker's canonical name as written


def voices(units: Sequence[ClaimUnit], quotations: Mapping[int, Sequence[Quotation]],
           texts: Mapping[int, str]) -> dict[int, Voice]:
    """The voice of each unit (an index into ``units``, sorted by document) that lies at least half
    inside one direct quotation of a person (``quotations``: each document's)."""
    found: dict[int, Voice] = {}
    for document, quoted in quotations.items():
        lo = bisect_left(units, document, key=lambda u: u.document)
        hi = bisect_right(units, document, lo=lo, key=lambda u: u.document)
        for k in range(lo, hi):
            voice = voice_of(units[k].span, quoted, texts[document]) if quoted else None
            if voice is not None:
                found[k] = voice
    return found


def two_voices(a: Voice | None, b: Voice | None) -> bool:
    """Whether the two units are two different people's different words: never one claim."""
    return _two_people(a, b) and a.words != b.words


def one_quotation_two_people(a: Voice | None, b: Voice | None) -> bool:
    """Whether two reports give the same quoted words to two different people (a spokesman's words given to the
    actress he speaks for): one statement, whose speaker the sources differ on."""
    return _two_people(a, b) and bool(a.words) and a.words == b.words


def another_sentence(i: int, j: int, voiced: Mapping[int, Voice], units: Sequence[ClaimUnit]) -> bool:
    """Whether units ``i`` and ``j`` (indices into ``units``, sorted by document) of two reports are two sentences of
    one person's quotation: their words differ, and one of them is retold in the other's report by another unit of that
    person's words (`retold`)."""
    a, b = voiced.get(i), voiced.get(j)
    if a is None or b is None or units[i].document == units[j].document or _two_people(a, b) or retold(a.words, b.words):
        return False
    return _retold_beside(a, j, voiced, units) or _retold_beside(b, i, voiced, units)


def two_statements(i: int, j: int, voiced: Mapping[int, Voice], units: Sequence[ClaimUnit]) -> bool:
    """Whether units ``i`` and ``j`` of two reports quote one person's different words that share no content term, nor
    a word of one meaning (`synonyms.meanings`), once the frame and the speaker's name are left out (module
    docstring)."""
    a, b = voiced.get(i), voiced.get(j)
    if a is None or b is None or units[i].document == units[j].document or _two_people(a, b) or retold(a.words, b.words):
        return False
    x, y = _said(units[i], a), _said(units[j], b)
    return bool(x and y) and not x & y and not meanings(x) & meanings(y)


def _said(unit: ClaimUnit, voice: Voice) -> set[str]:
    """The unit's content terms without its reporting frame or its speaker's name words."""
    return set(unit.features.terms) - set(unit.features.frame) - {term(w) for w in voice.name}


def retold(a: str, b: str) -> bool:
    """Whether two wordings (`Voice.words`) are one sentence retold: ``_LEAST_WORDS`` or more words in common, and at
    least ``_RETOLD`` of each one's words in the other (a clause of a sentence is not the sentence retold)."""
    x, y = (set(_NAME_WORD.findall(w)) for w in (a, b))
    shared = len(x & y)
    return shared >= _LEAST_WORDS and shared >= _RETOLD * max(len(x), len(y))


def _retold_beside(voice: Voice, partner: int, voiced: Mapping[int, Voice], units: Sequence[ClaimUnit]) -> bool:
    """Whether a unit of another sentence of ``partner``'s report retells ``voice``'s words as the same person's (a
    clause beside the partner in its own sentence is a part of one sentence both reports may carry whole)."""
    document, sentence = units[partner].document, units[partner].features.sentence
    lo = bisect_left(units, document, key=lambda u: u.document)
    hi = bisect_right(units, document, lo=lo, key=lambda u: u.document)
    return any(k in voiced and units[k].features.sentence != sentence and not _two_people(voice, voiced[k])
               and retold(voice.words, voiced[k].words) for k in range(lo, hi))


def _two_people(a: Voice | None, b: Voice | None) -> bool:
    return (a is not None and b is not None and a.speaker != b.speaker
            and not any(surnames_match(x, y) for x in a.name for y in b.name))


def voice_of(span: Span, quoted: Sequence[Quotation], text: str) -> Voice | None:
    """The quotation covering most of the span, where it covers at least half of it with the words that attribute it:
    a short quotation with a long attribution ("'I've forgiven them,' said the victim's mother Deandra Bradley") is the
    person's words as much as a long one."""
    best, covered = None, 0
    for quotation in quoted:
        inside = sum(max(0, min(s.end, span.end) - max(s.start, span.start)) for s in quotation.spans + quotation.frame)
        if inside > covered:
            best, covered = quotation, inside
    if best is None or 2 * covered < span.end - span.start:
        return None
    words = " ".join(text[max(s.start, span.start):min(s.end, span.end)] for s in best.spans
                     if min(s.end, span.end) > max(s.start, span.start))
    return Voice(best.speaker, frozenset(w.casefold() for w in _NAME_WORD.findall(best.name)),
                 wording(words).casefold().strip(_EDGES), best.name)
