"""How the sources of one linked claim differ: figures, names, attribution and polarity.

Kinds: ``number`` (different figures for the same thing; " (incompatible)" is appended when
the two wordings cannot describe one value; two blocks of one street, `address_blocks`), ``time`` (another clock time, date or weekday for one
event, `time_differences`: two spellings of one time never differ; two minutes that may be one moment are said to be),
``name`` (one thing named differently; a person's name spelt a letter or two apart, or a letter single and doubled),
``attribution`` (attributed to a source in one document, stated as fact in another),
``polarity`` (negated in one document, asserted in another, `polarity`) and ``speaker`` (the same quoted words given to two
people, `speaker_differences`).
"""
from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from functools import lru_cache
from itertools import combinations
from pathlib import Path
from typing import Mapping

from viewer.analysis.address_blocks import block_discrepancies
from viewer.analysis.claims.ages import StatedAge, ages_in, differing_ages, one_person
from viewer.analysis.claims.voices import Quotation
from viewer.analysis.claims.features import ClaimUnit, CountedFigure, Recorded, UnitFeatures
from viewer.analysis.claims.outcomes import counted_outcomes, counts_others, fates_apart, outcome_as_written
from viewer.analysis.claims.quantities import figures, moved_by, near_percentages
from viewer.analysis.claims.times import WEEKDAYS
from viewer.analysis.claims.units import counted_figures, named_entities, unit_features
from viewer.analysis.claims.vocabulary import canonical, demonym_or_country, fold, squash, term
from viewer.analysis.confident_pairs import ConfidentPairs
from viewer.analysis.generations import GENERATIONS
from viewer.analysis.model import Claim, Discrepancy, Mention
from viewer.analysis.nlp import english
from viewer.analysis.person_names import given_name_sex, person_nouns
from viewer.analysis.polarity import polarity
from viewer.analysis.same_count import counts, one_measure, same_thing, singular, sole_sum
from viewer.analysis.speakers.given_names import is_given_name, same_given_name
from viewer.analysis.sourcing import Places, Sources, Unsaid, attribution_discrepancies, read_places
from viewer.analysis.split_totals import one_toll
from viewer.analysis.speaker_differences import Voices, speaker_discrepancies, voices_of
from viewer.analysis.time_differences import Events, read_events, time_discrepancies
from viewer.analysis.updated_figures import Place, later_figures
from viewer.corpus.spans import Span, mostly_held

_NOT_A_HEDGE = re.compile(r"^(?:a total of|exactly|precisely)\s+", re.IGNORECASE)
_CAPITALISED = re.compile(r"(?:\b\d+(?:st|nd|rd|th)\s+)?\b[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*)+")
_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s$")
_NAME_STOP = {"of", "the", "and", "s"}
_OWNER = re.compile(r"([\w-]+)['’]s\b")  # a word written as whose a named thing is ("Sheriff's Office")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_DOUBLED = re.compile(r"(.)\1+")
_TRANSLITERATED = re.compile(r"yy|ii")  # "Zelenskyy" / "Zelensky": a transliteration's ending, not a second spelling
_GENERATION = frozenset(squash(fold(w)) for w in GENERATIONS)
_CAPITALS_RUN = 4
_TITLE_WORDS = 3
_SPACED_THOUSANDS = re.compile(r"(?<![\w-])\d{1,3},\s+$")  # the tail of "2, 117" (not of "5-foot-8, 135 pounds")
_THOUSANDS_AFTER = re.compile(r",\s+\d{3}\b")  # the head of "2, 117"
_THE_OTHER = re.compile(r"\bthe\s+other\s+$", re.IGNORECASE)  # "the other eight": the rest of a group told before
_WHOLE_GROUP = re.compile(r"\b(?:all|both)\s+$", re.IGNORECASE)  # "all three of them": the whole group
_NAMED_NUMBER = re.compile(r"[^\W\d_]-$")  # "AK-47", "F-16", "I-95": a number joined to letters names a model or a road
_SPELLING = 0.8  # two writings of one word: at least this share of their letters in common (SequenceMatcher ratio)
_NEAR_SPELLING = 2 / 3  # a word written as another, near name: two-thirds of their letters in common
_SPELT_APART = 2  # a person's name spelt two ways: a word with at most this many letters changed, added or dropped
_PERSON_WORDS = 3  # a person's name: a given name and a surname, a middle name between at most
_WEEKDAYS = frozenset(squash(fold(day)) for day in WEEKDAYS)  # as names' words are compared


@dataclass(frozen=True)
class _Reading:
    """What comparing a mention reads of a parse: its named entities, counted figures (not
    lengths of time that set the scene, nor numbers that name or pick; each figure's thing folded as the text words it)
    and the ages it gives people, offsets into the mention's text."""

    entities: tuple[tuple[int, int], ...]
    figures: tuple[CountedFigure, ...]
    ages: tuple[StatedAge, ...]
    content: frozenset[str] = frozenset()  # what it states: content terms, not those naming its source
    names: frozenset[str] = frozenset()
    main: frozenset[str] = frozenset()  # what its main clause states: its terms but those only its asides hold
    later: tuple[tuple[int, CountedFigure], ...] = ()  # (index in figures, the figure a later sentence gives for it)
    headline: bool = False  # a title-like line above the article's prose (`claims.headlines`), as its unit recorded
    subject: str = ""  # who its main clause says acts (`_acting`), "" for none
    reading: bool = False  # its sentence tells someone's reading in its own words (`UnitFeatures.reading`)


_Readings = Mapping[Mention, _Reading]
_Pairs = list[tuple[list[Mention], list[Mention]]]
_Sided = list[tuple[CountedFigure, Mention]]  # one source's figures, each with the mention giving it


def annotate_discrepancies(claims: list[Claim], units: Sequence[ClaimUnit], attributed: Mapping[int, list[Span]],
                           texts: Mapping[int, str] | None = None, sources: Sources | None = None,
                           outlets: Mapping[int, str | None] | None = None, unsaid: Unsaid | None = None,
                           quotations: Mapping[int, Sequence[Quotation]] | None = None) -> None:
    """Fill every claim's discrepancies from what each mention's unit recorded of its document's
    parse (``units``: those the claims were linked from), so no mention is parsed again: that
    second parse of every compared mention cost a tenth of the whole analysis. Only a mention
    whose unit was stored before units recorded their entities is parsed, all such in one batch.
    ``texts`` (the documents') lets whether a source is named be read in each mention's whole
    sentence; without them a mention is read as its own sentence. ``sources`` (each document's
    attributions with who says them) lets an attribution discrepancy name the source, and ``outlets``
    (each document's) tell a source that is the other outlet itself. ``unsaid``: each document's reports not made,
    cue and content ("did not say whether the suspect was armed"), whose "not" denies nothing and whose content
    is no fact. ``quotations`` (each document's direct quotations of resolved people) tell the same words given to two
    people."""
    compared = []
    for claim in claims:
        by_doc = _by_document(claim)
        compared.append((claim, by_doc, _differing_pairs(by_doc)))
    recorded = {(u.document, u.span.start, u.span.end): u.features for u in units}
    anew = later_figures(units)
    compared_mentions = [m for claim, by_doc, _pairs in compared if len(by_doc) > 1 for m in claim.mentions]
    # the sentences each compared article leaves to a source, to set its facts against
    own = _attributed_units(units, attributed, {m.document for m in compared_mentions}, texts) if texts else {}
    read = _readings([m for claim, by_doc, pairs in compared if pairs or len(by_doc) > 1 for m in claim.mentions]
                     + [m for ms in own.values() for m in ms], recorded, anew)
    headlines = frozenset(m for m in compared_mentions if (f := recorded.get(m.place)) is not None and f.headline)
    places = replace(read_places(compared_mentions, texts, headlines, sources, outlets, unsaid), attributed_units=own)
    events = read_events((pair for _claim, _by_doc, pairs in compared for pair in pairs), recorded)
    voiced = voices_of(compared_mentions, quotations or {}, texts)
    confident = ConfidentPairs(units)
    for claim, by_doc, pairs in compared:
        claim.discrepancies = _discrepancies(by_doc, pairs, attributed, read, places, events, voiced, confident, recorded)


def _attributed_units(units: Sequence[ClaimUnit], attributed: Mapping[int, list[Span]], documents: set[int],
                      texts: Mapping[int, str]) -> dict[int, list[Mention]]:
    """Each document's units most of which a report made holds ("X happened, police said"), as mentions."""
    out: dict[int, list[Mention]] = {}
    for unit in units:
        spans = attributed.get(unit.document, []) if unit.document in documents else []
        if spans and not unit.features.headline and mostly_held(unit.span.start, unit.span.end, spans):
            text = texts[unit.document][unit.span.start:unit.span.end]
            out.setdefault(unit.document, []).append(Mention(unit.document, unit.span.start, unit.span.end, text))
    return out


def find_discrepancies(claim: Claim, attributed: Mapping[int, list[Span]], units: Sequence[ClaimUnit] = (),
                       unsaid: Unsaid | None = None) -> list[Discrepancy]:
    """What a researcher must see when comparing the sources of one claim, one line each."""
    found = Claim(claim.label, claim.mentions)
    annotate_discrepancies([found], units, attributed, unsaid=unsaid)
    return found.discrepancies


def _readings(mentions: Iterable[Mention], recorded: Recorded,
              anew: Mapping[Place, CountedFigure] | None = None) -> dict[Mention, _Reading]:
    """Each mention's reading, from its unit's record, or else from a parse of its text alone. ``anew``: the figures
    articles give anew in a later sentence (`updated_figures`), by where the earlier figure stands."""
    out: dict[Mention, _Reading] = {}
    unread: list[Mention] = []
    for m in mentions:
        features = recorded.get(m.place)
        if features is not None and None not in (features.entities, features.ages, features.asides):
            found = _compared(features.figures, m.start)
            later = tuple((k, g) for k, f in enumerate(found)
                          if (g := (anew or {}).get((m.document, m.start + f.start, m.start + f.end))))
            out[m] = _Reading(tuple((s - m.start, e - m.start) for s, e in features.entities), found,
                              tuple(replace(a, start=a.start - m.start, end=a.end - m.start) for a in features.ages),
                              *_stated(features), later=later, headline=features.headline,
                              subject=_acting(features), reading=features.reading)
        else:
            unread.append(m)
    if unread:
        texts = sorted({m.text for m in unread})
        parsed = {text: _parsed_reading(doc, Span(0, len(text))) for text, doc in zip(texts, english().pipe(texts, batch_size=64))}
        out.update((m, parsed[m.text]) for m in unread)
    return out


def _parsed_reading(doc, whole: Span) -> _Reading:
    features = unit_features(doc, whole)
    return _Reading(tuple(named_entities(doc, whole)), _compared(counted_figures(doc, whole), 0), tuple(ages_in(doc, whole)),
                    *_stated(features), subject=_acting(features), reading=features.reading)


def _acting(features: UnitFeatures) -> str:
    """The key of the subject of the unit's first clause that is no aside (`units.aside_terms`), the one doing what it
    states (`predicates`: a passive's agent, not its subject, which is acted on): "oficer" (keys are squashed) of "At
    11:44 a.m. Monday, Benton officers responded…", "iuvenile" of "As police responded to the scene, four …
    juveniles arrived"; "" for none (a pronoun names no one), or for one stated as one ("a federal officer fired his
    weapon"): a person the report tells of. Read from what the unit recorded of its article's parse, so no mention
    is parsed again."""
    for subject, _verb, _object in features.predicates:
        if subject and subject not in (features.asides or ()):
            return "" if subject in features.one else subject
    return ""


def _stated(features: UnitFeatures) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The terms a mention states (those naming only its source left out), those of its names, and those of its
    main clause."""
    return frozenset(features.terms) - frozenset(features.frame), frozenset(features.names), \
        frozenset(features.terms) - frozenset(features.asides or ())


def _say_one_thing(a: Mention, b: Mention, read: _Readings) -> tuple[int, float]:
    """How many content terms two mentions share that are not a name in both: what makes them one
    statement, not one person or place met in two ("Hiller charged with murder" / "Hiller shot two");
    then the share of all their content terms those are, which tells the closer of two mentions
    sharing as many ("Swasey was a six-year veteran" is closer to "Officer Swasey was a six-year
    veteran of the UCCS Police" than to "UCCS confirmed Swasey, a six-year veteran, was killed").
    A word written in lower case in both is no name, whatever entity the parser set it in ("the
    Gilbert family", "the Treasury Department's forfeiture fund")."""
    ra, rb = read[a], read[b]
    names = (ra.names & rb.names) - (_lower_case_terms(a.text) & _lower_case_terms(b.text))
    shared, every = (ra.content & rb.content) - names, (ra.content | rb.content) - names
    return len(shared), len(shared) / len(every) if every else 0.0


def _one_statement(fact: Mention, attributed: Mention, read: _Readings) -> bool:
    """Whether the attributed mention says something of what the fact's main clause states (its terms but those
    `units.aside_terms` finds only in asides, as its unit recorded them): its content terms or its names (a source may
    be whom the claim is of: "Hernandez and her daughter say they were in their apartment"). A linked claim's two
    mentions sharing words only in the fact's aside are two statements ("Police were searching for two teens after a
    16-year-old boy was shot" / "A teenage boy shot ... died Friday, police said"), and no source is dropped. In the
    runs of the blind sets discrep43-48 this took away 3 not-one-claim and 3 other wrong lines and no right one
    (measured in session 48)."""
    reading = read[attributed]
    return bool(read[fact].main & (reading.content | reading.names))


@lru_cache(maxsize=8192)
def _lower_case_terms(text: str) -> frozenset[str]:
    return frozenset(term(w) for w in _WORD.findall(text) if w.islower())


def _compared(found: Iterable[CountedFigure], offset: int) -> tuple[CountedFigure, ...]:
    return tuple(replace(f, start=f.start - offset, end=f.end - offset, thing=canonical(f.counts)) for f in counts(found, corrected=True))


def _discrepancies(by_doc: dict[int, list[Mention]], pairs: _Pairs, attributed: Mapping[int, list[Span]], read: _Readings,
                   places: Places, events: Events, voiced: Voices, confident: ConfidentPairs,
                   recorded: Recorded) -> list[Discrepancy]:
    found: list[Discrepancy] = []
    for a, b in _compared_pairs(sorted(by_doc)):  # alike too: one quotation, two speakers
        found += speaker_discrepancies(by_doc[a], by_doc[b], voiced)
    for left, right in pairs:
        found += _numbers(left, right, read)
        found += _ages(left, right, read)
        found += block_discrepancies(left, right)
        found += time_discrepancies(left, right, events, confident.two_acts)
        found += _names(left, right, read)
        found += polarity(left, right, places.unsaid, recorded)
    found += attribution_discrepancies(
        by_doc, attributed, places, lambda a, b: _say_one_thing(a, b, read),
        lambda fact, partner: _one_statement(fact, partner, read) and confident(fact, partner),
        lambda fact: read[fact].subject, lambda fact: read[fact].reading)
    return found


def _by_document(claim: Claim) -> dict[int, list[Mention]]:
    by_doc: dict[int, list[Mention]] = {}
    for m in sorted(claim.mentions, key=lambda m: (m.document, m.start)):
        by_doc.setdefault(m.document, []).append(m)
    return by_doc


def _differing_pairs(by_doc: dict[int, list[Mention]]) -> _Pairs:
    """The sources compared, as their mentions, leaving out pairs that word the claim alike."""
    pairs = [(by_doc[a], by_doc[b]) for a, b in _compared_pairs(sorted(by_doc))]
    return [(left, right) for left, right in pairs if not _same_wording(left, right)]


ALL_PAIRS_UP_TO = 6


def _same_wording(left: list[Mention], right: list[Mention]) -> bool:
    """Two sources that word the claim identically cannot differ on it, whatever a parser makes of it."""
    return {_plain(m.text) for m in left} == {_plain(m.text) for m in right}


def _plain(text: str) -> str:
    """The wording without case, accents, quote styles or spacing: "didn’ t" and "didn't" are one."""
    return "".join(fold(text).replace("“", '"').replace("”", '"').split()).strip(" .\"")


def _compared_pairs(documents: list[int]) -> list[tuple[int, int]]:
    """Every pair of sources for a small claim; against the first source for a widely reported
    one, so the comparisons (and the discrepancies listed) grow with the sources, not their square."""
    if len(documents) <= ALL_PAIRS_UP_TO:
        return list(combinations(documents, 2))
    return [(documents[0], other) for other in documents[1:]]


@lru_cache(maxsize=8192)
def _units(text: str) -> frozenset[str]:
    """The units of the figures the text may count with (a length of time only where the clause states it, `same_count.counts`)."""
    return frozenset(f.unit for f in figures(text))


def _figures_may_differ(left: list[Mention], right: list[Mention]) -> bool:
    """Two sources can only differ on a figure in a unit both state one in (see `_numbers`)."""
    return bool(frozenset().union(*(_units(m.text) for m in left)) & frozenset().union(*(_units(m.text) for m in right)))


def _figures_of(mentions: list[Mention], read: _Readings) -> _Sided:
    return [(f, m) for m in mentions for f in read[m].figures]


def _parts_read(side: _Sided, other: _Sided) -> _Sided:
    """``side``'s figures with each count of a part of a group named before it ("17 others wounded, including eight
    shot", "two of whom died") written with its word ("including eight"). A part told apart by what befell it ("shot",
    "died", "fatally") is the least the source gives for that: another report's ten shot may be the eight and the
    dead. A part that is a kind of person ("including three children") counts those people in the group, and two
    sources' parts of one thing ("including three" / "including four" children) are compared as they are."""
    parted = [(f, m, _subset_words(f, m)) for f, m in side]
    others = {singular(g.thing) for g, n in other if _subset_words(g, n)}
    return [(f if words is None else replace(f, text=words, high=f.high if _exact_part(f, others) else math.inf), m)
            for f, m, words in parted]


def _exact_part(f: CountedFigure, others: set[str]) -> bool:
    """A part that counts a kind of person, or a thing the other source also gives a part of."""
    return f.counts in person_nouns() or singular(f.thing) in others


def _subset_words(f: CountedFigure, m: Mention) -> str | None:
    """The count with the words that make it a part of a group ("including eight", "two of whom"), or None."""
    before, after = _subset_patterns()
    word = before.search(m.text, 0, f.start) if f.count and not f.corrected else None
    tail = after.match(m.text, f.end) if f.count and not f.corrected and not _WHOLE_GROUP.search(m.text, 0, f.start) else None
    if word is not None:
        return m.text[word.start():f.end]
    return m.text[f.start:tail.end()] if tail is not None else None


@lru_cache(maxsize=1)
def _subset_patterns() -> tuple[re.Pattern, re.Pattern]:
    """The words right before a count ("including") and right after it ("of whom") that pick a part out of a group,
    from a data file counted by training/count_subset_words.py."""
    entries = json.loads(Path(__file__).with_name("subset_counts.json").read_text(encoding="utf-8"))["entries"]
    before, after = ("|".join(map(re.escape, entries.get(side, {}))) for side in ("before", "after"))
    return (re.compile(rf"\b(?:{before})\s+(?:(?:at least|about|nearly|some|more than)\s+)?$", re.IGNORECASE),
            re.compile(rf"\s+(?:{after})\b", re.IGNORECASE))


def _numbers(left: list[Mention], right: list[Mention], read: _Readings) -> list[Discrepancy]:
    if not _figures_may_differ(left, right):
        return []  # every figure below finds its partner among those of its own unit
    every_a, every_b = _figures_of(left, read), _figures_of(right, read)
    every_a, every_b = _parts_read(every_a, every_b), _parts_read(every_b, every_a)
    taken: set[int] = set()
    out = _given_anew(left, every_b, read, False, taken) + _given_anew(right, every_a, read, True, taken)
    every_a = [(f, m) for f, m in every_a if id(f) not in taken]
    every_b = [(f, m) for f, m in every_b if id(f) not in taken]
    values_a, values_b = _values(every_a), _values(every_b)
    fa = [(f, m) for f, m in every_a if _stated_alone(f, m, values_b, every_a)]
    fb = [(f, m) for f, m in every_b if _stated_alone(f, m, values_a, every_b)]
    listed = set()
    changes = {id(f) for f, m in fa + fb if moved_by(m.text, f.start, f.end)}
    for f, m in fa:
        ours, theirs = _of_one_kind(f, fa, changes), _of_one_kind(f, fb, changes)
        partners = [(g, n) for g, n in theirs if _alike((f, m), (g, n)) or _shared_outcome((f, m), (g, n))
                    or _revised((f, m), (g, n), every_a, every_b)] or _sole_partner(f, ours, theirs, every_a, every_b, read)
        partners.sort(key=lambda p: (not _meet(f, p[0]), read[p[1]].headline))
        for g, n in partners[:1]:
            if _display(f) == _display(g):
                continue  # "thousands" and "thousands": one wording cannot conflict with itself
            if "vague" in (f.qualifier, g.qualifier) and _meet(f, g):
                continue  # "tens of thousands" and "50,000": the figure is one of the values the words allow
            if one_toll((f, m), (g, n), every_a, every_b):
                continue  # "five shot" and "four wounded and one killed": one toll counted as two wholes
            if _remainder_of((f, m), (g, n)):
                continue  # "the other eight people in the group" and "the nine people": a remainder and its whole
            if not _meet(f, g) and any(_meet(g, e) for e, _ in fa if singular(e.thing) == singular(g.thing)
                                       and e.qualifier != "vague"):
                continue  # g is the same count as another figure here (not one "tens of thousands" merely allows)
            if (key := _differing_figures(f, g, n)) in listed:
                continue  # the source gives f's value again in another mention: one difference, listed once
            listed.add(key)
            shown = (f, g) if same_thing(f, g) and not _of_others((f, m), (g, n)) else _named_by_outcome(f, m, g, n)
            out.append(Discrepancy("number", _explained((shown[0], m), (shown[1], n), every_a, every_b),
                                   _sub_mentions([(m, f), (n, g)])))
    return out


def _of_one_kind(figure: CountedFigure, side: _Sided, changes: set[int]) -> _Sided:
    """``side``'s figures that say what ``figure`` says, a change ("fell by 92,000") or a level ("498,000", "from a
    revised 590,000"); ``changes``: the ids of the figures that say a change (`quantities.moved_by`), each read once.
    A change is never compared with a level."""
    return [(g, n) for g, n in side if (id(g) in changes) == (id(figure) in changes)]


def _sole_partner(f: CountedFigure, fa: _Sided, fb: _Sided, every_a: _Sided, every_b: _Sided,
                  read: _Readings) -> _Sided:
    """The other side's one figure where each side gives one, and they are one measure (`_only_pair`). A headline's
    figures are set aside where the sentences alone give one each: a claim that gains a headline ("Kills 2, Wounds 5
    Others") keeps the difference its sentences show. Partners found otherwise are likewise taken from a sentence
    before a headline (`_numbers`)."""
    for a, b in ((fa, fb), (_in_sentences(fa, read), _in_sentences(fb, read))):
        if len(a) == 1 and len(b) == 1 and a[0][0] is f and _only_pair(f, b[0][0], every_a, every_b):
            return b
    return []


def _in_sentences(side: _Sided, read: _Readings) -> _Sided:
    return [(f, m) for f, m in side if not read[m].headline]


def _alike(a: tuple[CountedFigure, Mention], b: tuple[CountedFigure, Mention]) -> bool:
    """Two figures of one thing ("two people" / "four other people") that are not read as counting two outcomes
    apart (`fates_apart`: "two people were killed" / "four other people were wounded" are two measures of one toll)."""
    (f, m), (g, n) = a, b
    return same_thing(f, g) and not fates_apart(counted_outcomes(m.text, f.start, f.end),
                                                counted_outcomes(n.text, g.start, g.end))


def _of_others(a: tuple[CountedFigure, Mention], b: tuple[CountedFigure, Mention]) -> bool:
    """Either figure counts people besides a group named before it ("four other people", "five others"): its noun
    does not tell the group apart, the outcome does ("wounded: 'four' vs 'five'")."""
    (f, m), (g, n) = a, b
    return counts_others(m.text, f.end) or counts_others(n.text, g.end)


def _remainder_of(a: tuple[CountedFigure, Mention], b: tuple[CountedFigure, Mention]) -> bool:
    """One figure is a remainder ("the other eight people in the Dallas group": the group less those named before) and
    the other, no remainder, is larger: the group it is the rest of ("The nine people from Dallas"). "The other N"
    names the rest of a group told before it: of 173 on the GVA crawl (training/count_other_counts.py), 151 have no
    outcome word after them ("the other two victims were taken to …"), and 16 read at random were all the rest of a
    group. A remainder beside a smaller count may still differ from it, and is compared."""
    (f, m), (g, n) = a, b
    mine, theirs = bool(_THE_OTHER.search(m.text, 0, f.start)), bool(_THE_OTHER.search(n.text, 0, g.start))
    if mine == theirs or f.value is None or g.value is None:
        return False
    rest, whole = (f, g) if mine else (g, f)
    return rest.value < whole.value


def _shared_outcome(a: tuple[CountedFigure, Mention], b: tuple[CountedFigure, Mention]) -> str:
    """The outcome both figures count of people ("Fourteen other people were injured" / "13 others were wounded":
    wound), where they name no two different groups ("three people died" / "2 women killed"): one toll counted two
    ways, which the linker leaves one claim (`outcomes`), whatever word the parse took each figure to count. A count
    of others ("five others", "Wounds 5 Others") names no group of its own: the noun a parse gives it is the group
    named before it ("The victims were on the porch. Five others were wounded": victims), or a misread verb."""
    (f, m), (g, n) = a, b
    if f.noun and g.noun and singular(f.thing) != singular(g.thing) and not _of_others(a, b):
        return ""
    theirs = counted_outcomes(n.text, g.start, g.end)
    return next((kind for kind in counted_outcomes(m.text, f.start, f.end) if kind in theirs), "")


def _named_by_outcome(f: CountedFigure, m: Mention, g: CountedFigure, n: Mention) -> tuple[CountedFigure, CountedFigure]:
    """Two figures paired by the outcome they count, named by it as a source writes it: the outcome's name where one
    does ("wounded: 'more than 100' vs '151'"), else each source's own word ("hurt: 'five' vs 'six'"), never a name no
    source wrote; pairs made otherwise keep their things."""
    kind = _shared_outcome((f, m), (g, n))
    if not kind or any(re.search(rf"\b{kind}", text, re.IGNORECASE) for text in (m.text, n.text)):
        return (replace(f, thing=kind), replace(g, thing=kind)) if kind else (f, g)
    return (replace(f, thing=outcome_as_written(m.text, f.start, f.end, kind)),
            replace(g, thing=outcome_as_written(n.text, g.start, g.end, kind)))


def _given_anew(side: list[Mention], other: _Sided, read: _Readings, right: bool, taken: set[int]) -> list[Discrepancy]:
    """"killed: '33, later 37' vs '37' (updated)": a figure of ``side``'s mention its article gives anew in a later
    sentence ("That number has since risen to 37"), against the other source's figure of that measure that meets the
    later figure or the earlier one. The article's own two figures are why they differ, or why they agree where the
    other source gives the earlier one: " (updated)" where the later sentence says the figure changed, " (revised)"
    where it says someone set it anew. ``right``: ``side`` is the second source of the pair, written second.
    ``taken`` gathers the figures compared here (by id), which no other comparison reads."""
    found, listed = [], set()
    for m in side:
        reading = read[m]
        for k, later in reading.later:
            f = reading.figures[k]
            h, n = next(((h, n) for meets in (later, f) for h, n in other
                         if id(h) not in taken and _may_count_alike(f, h) and _meet(meets, h)), (None, None))
            if h is None or id(f) in taken or (key := (f.value, later.value, n.document, n.start + h.start)) in listed:
                continue
            listed.add(key)
            taken |= {id(f), id(h)}
            ours, theirs = f"'{_display(f)}, later {_display(later)}'", f"'{_display(h)}'"
            pair = [(h, n), (f, m)] if right else [(f, m), (h, n)]
            words = f"{theirs} vs {ours}" if right else f"{ours} vs {theirs}"
            found.append(Discrepancy("number", f"{_thing_as_written(*pair)}: {words} ({later.update})",
                                     _sub_mentions([(x, g) for g, x in pair])))
    return found


def _may_count_alike(f: CountedFigure, h: CountedFigure) -> bool:
    """A stated figure of the same unit of measure that names no other thing than ``f``."""
    return (h.unit == f.unit and not h.corrected and h.value is not None
            and not (f.thing and h.thing and singular(f.thing) != singular(h.thing)))


def _differing_figures(f: CountedFigure, g: CountedFigure, n: Mention) -> tuple:
    """What one listed figure discrepancy is: the value one source gives (with the one it corrects) against the
    other source's figure, where it stands. A source that repeats its figure ("five were injured" in the lede and
    again below) differs once, not once a mention."""
    return _value_of(f), f.corrects, n.document, n.start + g.start


def _stated_alone(f: CountedFigure, m: Mention, other_values: set[float | tuple[float, float]], side: _Sided) -> bool:
    """A figure its source states (not one it corrects) that the other source does not give, counting a whole group."""
    return not f.corrected and _value_of(f) not in other_values and _whole_count(f, m, side)


def _value_of(f: CountedFigure) -> float | tuple[float, float] | None:
    """What a figure gives: its value, or a range's ends ("from seven to 75" and "between 7 and 75" give one)."""
    return (f.low, f.high) if f.qualifier == "range" else f.value


def _corrected_of(f: CountedFigure, m: Mention, side: _Sided) -> CountedFigure | None:
    """The figure ``f`` replaces in its sentence ("300" for "280" in "280, not 300"), if it replaces one."""
    if not f.corrects:
        return None
    return next((e for e, n in side if n is m and e.corrected and e.text == f.corrects), None)


def _explained(a: tuple[CountedFigure, Mention], b: tuple[CountedFigure, Mention], every_a: _Sided, every_b: _Sided) -> str:
    """"wounded: '280, not 300' vs '300' (revised)": a figure one source corrects and the other still
    gives is a revised figure, each side in its words; two figures that cannot be one value are incompatible."""
    (f, m), (g, n) = a, b
    earlier_f, earlier_g = _corrected_of(f, m, every_a), _corrected_of(g, n, every_b)
    explanation = f"{_thing_as_written(a, b)}: '{_corrected_display(f, earlier_f)}' vs '{_corrected_display(g, earlier_g)}'"
    if _revised(a, b, every_a, every_b):
        return explanation + " (revised)"
    return explanation if _meet(f, g) or _both_may_hold(f, g) else explanation + " (incompatible)"


def _both_may_hold(f: CountedFigure, g: CountedFigure) -> bool:
    """Whether the two wordings are both true of some value, a bound read as the bound it states: "more than 30" and
    "46" (bullets) differ in what they say, as "more than ten" and "13" do, but one does not rule the other out, though
    the values "more than 30" is read to allow when compared (`quantities.interval`: 30 to 40) miss 46."""
    return _stated_bounds(f)[0] <= _stated_bounds(g)[1] and _stated_bounds(g)[0] <= _stated_bounds(f)[1]


def _stated_bounds(f: CountedFigure) -> tuple[float, float]:
    if f.qualifier == "above":
        return f.low, math.inf
    if f.qualifier in ("below", "upto"):
        return 0.0, f.high
    return f.low, f.high


def _revised(a: tuple[CountedFigure, Mention], b: tuple[CountedFigure, Mention], every_a: _Sided, every_b: _Sided) -> bool:
    """One source still gives the figure the other corrects: "300" against "280, not 300"."""
    earlier_a, earlier_b = _corrected_of(*a, every_a), _corrected_of(*b, every_b)
    return (earlier_a is not None and _meet(earlier_a, b[0])) or (earlier_b is not None and _meet(earlier_b, a[0]))


def _corrected_display(figure: CountedFigure, earlier: CountedFigure | None) -> str:
    """"280, not 300": the figure a source states, with the one it corrects."""
    return _display(figure) if earlier is None else f"{_display(figure)}, not {_display(earlier)}"


def _whole_count(f: CountedFigure, m: Mention, side: _Sided) -> bool:
    """A figure that counts a whole group by itself: not half of a number spaced at its thousands
    comma ("2, 117" as ECB+'s tokens write 2,117), not part of a name ("AK-47", "F-16"), nor one
    of a part and its whole ("3 of his 11 rebounds", "18 of its next 23 games", "29 of 34 passes"),
    nor a run out of a sequence ("his first 17 passes"), which count a part the other source may
    not count at all."""
    part_of, run = _part_patterns()
    before = m.text[:f.start]
    if _NAMED_NUMBER.search(before) or run.search(before) or _spaced_thousands(before, m.text[f.end:]):
        return False
    for g, n in side:
        if n is m and g is not f and (part_of.fullmatch(m.text[f.end:g.start]) or part_of.fullmatch(m.text[g.end:f.start])):
            return False
    return True


def _spaced_thousands(before: str, after: str) -> bool:
    """Whether the figure is half of a number spaced at its thousands comma ("2, 117")."""
    return bool(_SPACED_THOUSANDS.search(before) or (_THOUSANDS_AFTER.match(after) and not re.search(r"[\w-]$", before)))


@lru_cache(maxsize=1)
def _part_patterns() -> tuple[re.Pattern, re.Pattern]:
    """What lies between a part and its whole ("of his next"), and a run's word before its figure
    ("first"), from a data file that says where its words come from."""
    table = json.loads(Path(__file__).with_name("part_counts.json").read_text(encoding="utf-8"))
    determiners, sequence = (f"(?:{'|'.join(map(re.escape, table[k]))})" for k in ("determiners", "sequence"))
    return (re.compile(rf"\s+of\s+(?:{determiners}\s+)?(?:{sequence}\s+)?", re.IGNORECASE),
            re.compile(rf"\b{sequence}\s+$", re.IGNORECASE))


def _ages(left: list[Mention], right: list[Mention], read: _Readings) -> list[Discrepancy]:
    """One person given two ages ("Greenhouse Jr., 32" / "Greenhouse Jr., 23"): ages are not
    counts, so `_numbers` never compares them."""
    ours, theirs, where = _stated_ages(left, right, read)
    out = []
    for a, b in differing_ages(ours, theirs):
        m, n = where[id(a)], where[id(b)]
        mentions = [Mention(m.document, m.start + a.start, m.start + a.end, str(a.age)),
                    Mention(n.document, n.start + b.start, n.start + b.end, str(b.age))]
        out.append(Discrepancy("number", f"age of {_who(a, b)}: '{a.age}' vs '{b.age}'", mentions))
    return out


def _stated_ages(left: list[Mention], right: list[Mention], read: _Readings
                 ) -> tuple[list[StatedAge], list[StatedAge], dict[int, Mention]]:
    """Each side's stated ages, and the mention each is read in (by identity: two ages may be alike)."""
    where = {id(a): m for m in left + right for a in read[m].ages}
    return [a for m in left for a in read[m].ages], [b for n in right for b in read[n].ages], where


def _who(a: StatedAge, b: StatedAge) -> str:
    """The person as the first source writes them, and as the second too where it spells them apart ("Brittney Lynn
    Luark / Brittany Luark"): the line shows both wordings of whom the ages are given."""
    return a.who if a.same_person(b) else f"{a.who} / {b.who}"


def _only_pair(f: CountedFigure, g: CountedFigure, every_a: _Sided, every_b: _Sided) -> bool:
    """Each side's one figure left once the values both give are set aside, one measure, and
    each its side's only sum of money if it is one."""
    return one_measure(f, g) and sole_sum(f, (e for e, _ in every_a)) and sole_sum(g, (e for e, _ in every_b))


def _thing_as_written(*pairs: tuple[CountedFigure, Mention]) -> str:
    """What the figures count as a mention writes it: a thing written as is ("people") first,
    then the word a lemma was taken from ("wound" -> "wounded")."""
    things = [(f.thing, m.text) for f, m in pairs if f.thing]
    for thing, text in things:
        if re.search(rf"\b{re.escape(thing)}\b", text, re.IGNORECASE):
            return thing
    for thing, text in reversed(things):
        hit = re.search(rf"\b{re.escape(thing)}\w*", text, re.IGNORECASE)
        if hit:
            return hit.group().lower()
    return things[0][0] if things else "figure"


def _values(figures: list[tuple[CountedFigure, Mention]]) -> set[float | tuple[float, float]]:
    """Values stated (a range's ends), with the total a per-side count ("95 each") gives; not a figure the source corrects."""
    out = {_value_of(f) for f, _ in figures if _value_of(f) is not None and not f.corrected}
    return out | {2 * f.value for f, _ in figures if f.each and f.value and not f.corrected}


def _meet(f: CountedFigure, g: CountedFigure) -> bool:
    """Both wordings can describe one true value; shares a few tenths apart are one rounded."""
    return (f.low <= g.high and g.low <= f.high) or near_percentages(f, g)


def _display(figure: CountedFigure) -> str:
    return _NOT_A_HEDGE.sub("", figure.text).lower()


def _sub_mentions(items: list[tuple[Mention, CountedFigure]]) -> list[Mention]:
    out = []
    for m, f in items:
        start, end = m.start + f.start, m.start + f.end
        out.append(Mention(m.document, start, end, m.text[f.start:f.end]))
    return out


def _names_of(mentions: list[Mention], read: _Readings) -> list[tuple[str, tuple[str, ...], Mention, int]]:
    """Named things in each mention, as their words in order: the parser's entities and runs of
    capitalised words, each name once, in its longest writing ("Reed Jr.", not also "Reed Jr")."""
    longest: dict[tuple[Mention, frozenset[str]], tuple[str, tuple[str, ...], Mention, int]] = {}
    for m in mentions:
        found = list(read[m].entities)
        if not _title_case(m.text):
            found += [(c.start(), c.end()) for c in _CAPITALISED.finditer(m.text) if not _set_in_capitals(c.group())]
        for start, end in found:
            raw = m.text[start:end]
            text = _POSSESSIVE.sub("", _LEADING_ARTICLE.sub("", raw))
            start += len(raw) - len(_LEADING_ARTICLE.sub("", raw))
            words = tuple(squash(fold(w)) for w in re.findall(r"[\w-]+", text) if w.lower() not in _NAME_STOP)
            key = (m, frozenset(words))
            if words and len(text) > len(longest.get(key, ("",))[0]):
                longest[key] = (text, words, m, start)
    return list(longest.values())


def _title_case(text: str) -> bool:
    """Whether the wording is set in title case, as a headline is ("Mueller Disputes BuzzFeed Report That Trump Told
    Michael Cohen"): every word of four letters or more capitalised, three at least. Its capitals say nothing of which
    words are names, so only the parser's entities name things in it."""
    words = [w for w in _WORD.findall(text) if len(w) >= 4]
    return len(words) >= _TITLE_WORDS and all(w[0].isupper() for w in words)


def _set_in_capitals(run: str) -> bool:
    """A run of capitalised words that is text set in capitals (a headline), which says nothing of
    which of its words are names: four words or more, every one in capitals."""
    words = _WORD.findall(run)
    return len(words) >= _CAPITALS_RUN and all(w.isupper() for w in words)


def _names(left: list[Mention], right: list[Mention], read: _Readings) -> list[Discrepancy]:
    na, nb = _names_of(left, read), _names_of(right, read)
    aged = frozenset(a.surname for m in left + right for a in read[m].ages)
    keys_a, keys_b = {frozenset(w) for _, w, _, _ in na}, {frozenset(w) for _, w, _, _ in nb}
    out, seen = [], set()
    for text_a, words_a, m, at in na:
        for text_b, words_b, n, bt in nb:
            if (text_a, text_b) in seen:
                continue
            if (frozenset(words_a) in keys_b or frozenset(words_b) in keys_a) and \
                    not _doubled_letter(text_a, text_b, aged, na, nb):
                continue  # a name both sources write alike, not one with a letter doubled in one
            if words_a == words_b or _variant(words_a, words_b, _persons(aged, text_a, text_b)) and \
                    not _names_both(words_a, words_b, na, nb) and not _other_owner(text_a, text_b, words_a, words_b):
                seen.add((text_a, text_b))
                mentions = [Mention(m.document, m.start + at, m.start + at + len(text_a), text_a),
                            Mention(n.document, n.start + bt, n.start + bt + len(text_b), text_b)]
                out.append(Discrepancy("name", f"named '{text_a}' vs '{text_b}'", mentions))
    out += _aged_names(left, right, read, out)
    return [d for d in out if not any(_within_longer(d, other) for other in out)]


def _aged_names(left: list[Mention], right: list[Mention], read: _Readings, found: list[Discrepancy]) -> list[Discrepancy]:
    """A person both sources give an age, paired as one (`ages.one_person`: the ages read who each is), whose name
    they write with a word spelt a letter or two apart ("Devante Laray Akins, 21" / "Devante Larry Adkins, 21",
    "Cardamien Demun Braxton Cooper" / "… Braxon Cooper"): a name of four words, or of two words changed, is no name
    `_names` compares as a person's, but the ages say whose it is. Words added or dropped (a middle name) and a
    diminutive or a name cut short ("Christopher" / "Chris") are no second spelling. Counted on the GVA crawl before
    this was read (training/count_name_spellings.py): people given an age in two reports of one incident with a word so
    spelt, 30 of 32 one person; the 2 two people were not spelt alike enough to pair ("Jean" / "Sean Archilles")."""
    ours, theirs, where = _stated_ages(left, right, read)
    out = []
    for a, b in one_person(ours, theirs):
        if a.who == b.who or not _spelt_apart(_written(a.who), _written(b.who)) or a.age != b.age:
            continue  # two ages show the two writings in the age line
        spans = [_name_span(where[id(x)], x) for x in (a, b)]
        if None in spans or any(_overlaps(d, spans) for d in found):
            continue
        out.append(Discrepancy("name", f"named '{a.who}' vs '{b.who}'", spans))
    return out


def _spelt_apart(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Names whose words replaced are each the other's spelt a letter or two apart (not one cut short, nor a
    diminutive), words added or dropped aside."""
    replaced = [(x, y) for tag, i1, i2, j1, j2 in SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes()
                if tag == "replace" for x, y in zip(a[i1:i2], b[j1:j2])]
    return bool(replaced) and all(
        min(len(x), len(y)) >= 4 and _letters_apart(x, y) <= _SPELT_APART and not (x.startswith(y) or y.startswith(x))
        and not same_given_name(x, y, _spelt) for x, y in replaced)


def _name_span(m: Mention, age: StatedAge) -> Mention | None:
    """Where the mention writes the name an age is given to: just before the age ("Smith, 21") or after it
    ("21-year-old Smith")."""
    at = m.text.rfind(age.who, 0, age.start)
    if at < 0 or m.text.find(age.who, age.end) >= 0 and age.start - at > 40:
        at = m.text.find(age.who, age.end)
    return None if at < 0 else Mention(m.document, m.start + at, m.start + at + len(age.who), age.who)


def _overlaps(line: Discrepancy, spans: list[Mention]) -> bool:
    return any(m.document == n.document and m.start < n.end and n.start < m.end for m in line.mentions for n in spans)


def _doubled_letter(text_a: str, text_b: str, aged: frozenset[str], names_a: list, names_b: list) -> bool:
    """A person's name (`_persons`) written in one word with a letter single in one source and doubled in the other
    ("Jeannette Segarra" / "Jeanette Segarra"), the rest as written, and neither source writing it the other's way:
    a second spelling of the name, which the squashed words names are compared by (`vocabulary.squash` makes doubled
    letters one for transliterations) do not tell apart; a doubled "y" or "i" is a transliteration's ("Zelenskyy"). Counted on the GVA crawl by training/count_name_spellings.py
    before this was read: 3 people named with an age so in two reports of one incident, each one person; no y/i,
    j/i or kh/h variant of a person's name at all."""
    a, b = _written(text_a), _written(text_b)
    differ = [(x, y) for x, y in zip(a, b) if x != y]
    if len(a) != len(b) or len(differ) != 1 or not _persons(aged, text_a, text_b):
        return False
    (x, y), = differ
    return _DOUBLED.sub(r"\1", x) == _DOUBLED.sub(r"\1", y) and not _TRANSLITERATED.search(x + " " + y) and \
        not any(_writes(m.text, b) for _t, _w, m, _at in names_a) and not any(_writes(n.text, a) for _t, _w, n, _at in names_b)


def _written(text: str) -> tuple[str, ...]:
    """A name's words as written, folded (case and accents), not squashed."""
    return tuple(_WORD.findall(fold(text)))


def _writes(text: str, name: tuple[str, ...]) -> bool:
    """Whether the text writes the name's words, in order, as they are written (folded)."""
    words = _written(text)
    return any(words[k:k + len(name)] == name for k in range(len(words) - len(name) + 1))


def _within_longer(line: Discrepancy, other: Discrepancy) -> bool:
    """Whether both names of a name line lie inside the names of another line, longer: "Elizabeth Medical Center" vs
    "Elizabeth Health Center" within "St. Elizabeth Medical Center" vs "St. Elizabeth Health Center" is that difference
    again, cut short (discrep48 gva:c50, both such lines)."""
    pairs = list(zip(line.mentions, other.mentions))
    return any(n.end - n.start > m.end - m.start for m, n in pairs) and \
        all(m.document == n.document and n.start <= m.start and m.end <= n.end for m, n in pairs)


def _other_owner(text_a: str, text_b: str, a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether the names differ in whose the thing is: a word written as an owner ("Sheriff's", "Medical Examiner's")
    that the other name lacks makes "Wayne County Medical Examiner's Office" and "Wayne County Sheriff's Office" two
    bodies, not one named two ways (on gva500 each of the 4 county names written with two owners, "Oakland County
    Medical Examiner's / Sheriff's Office" and the like, names two bodies); an owner misspelt is still one name."""
    owners = {squash(fold(w)) for w in _OWNER.findall(text_a) + _OWNER.findall(text_b)}
    return bool(owners & (set(a) ^ set(b))) and not _misspelt(a, b)


def _names_both(a: tuple[str, ...], b: tuple[str, ...], names_a: list, names_b: list) -> bool:
    """Whether one of the sources also names the other's thing, so the two are items of one list
    ("Traveling Vice Lords, Insane Vice Lords, …" in one, "the Detroit-based Insane Vice Lords" in
    the other), not one thing named two ways: another of its names holds the words one name has and
    the other lacks, and a word the two share."""
    shared = set(a) & set(b)
    for own, other, names in ((a, b, names_b), (b, a, names_a)):
        differ = set(own) - set(other)
        if any(w != other and differ <= set(w) and shared & set(w) for _, w, _, _ in names):
            return True
    return False


def _variant(a: tuple[str, ...], b: tuple[str, ...], person: bool = False) -> bool:
    """Mostly the same words with some replaced inside them ("36th Naval Brigade" / "36th Marine
    Brigade"), and not two different places. ``person``: the names are a person's (`_misspelt`).

    Words added, or changed at a name's head or tail, describe more ("Former Vice President
    Cheney", "Speaker Nancy Pelosi of California"); "Jr." on one side only is a fuller name, and
    "Jr." against "Sr." two people.
    """
    generations = set(a) & _GENERATION, set(b) & _GENERATION
    a, b = tuple(w for w in a if w not in _GENERATION), tuple(w for w in b if w not in _GENERATION)
    shared, differ = set(a) & set(b), set(a) ^ set(b)
    if any(demonym_or_country(w) for w in differ):
        return False
    if _misspelt(a, b, person):
        return True
    if not shared or len(shared) * 2 < len(set(a) | set(b)):
        return False
    if all(generations) and generations[0] != generations[1]:
        return True
    return any(tag == "replace" and 0 < i1 and i2 < len(a) and 0 < j1 and j2 < len(b) and not _one_writing(a[i1:i2], b[j1:j2])
               for tag, i1, i2, j1, j2 in SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes())


def _misspelt(a: tuple[str, ...], b: tuple[str, ...], person: bool = False) -> bool:
    """"Travon Manuel of Lafayette" / "Kavon Manuel": a name with one word written as another, near name (a
    letter or two changed, added or dropped), the rest the same but for words added before or after, which
    describe more. A transliteration or a spelling keeps the letters and is one writing ("Vadim"/"Vadym",
    "Recognized"/"Recognised": ``_one_word``); a diminutive ("Kenny"/"Kenneth") is the same name; words further
    apart ("Bill"/"Hillary", "North"/"South", "Acting"/"City" Police Chief) may name another person or place, or
    describe, and are not read as a misspelling; nor is a word cut short or lengthened ("Zach"/"Zachary",
    "Lord"/"Lords", "Rick"/"Patrick"). In a person's name (``person``) a word spelt with a letter or two changed is
    spelt two ways however close ("Consuelo Garcia" / "Comsuelo Garcia", "Jamie" / "Jaime"): what is one spelling of a
    word of the language ("Recognised"/"Recognized") is a second spelling of a person's name, which a researcher checks
    (training/count_claim_differences.py: on gva500 and the judged GVA draws, the names so spelt in one linked claim
    with a given name beside them are one person each)."""
    ops = SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes()
    replaced = [(a[i1], b[j1]) for tag, i1, i2, j1, j2 in ops if tag == "replace" and i2 - i1 == 1 and j2 - j1 == 1]
    edges = all(tag in ("equal", "replace") or i1 == j1 == 0 or (i2, j2) == (len(a), len(b))
                for tag, i1, i2, j1, j2 in ops)
    if len(replaced) != 1 or len([op for op in ops if op[0] == "replace"]) != 1 or not edges or \
            not any(op[0] == "equal" for op in ops):
        return False
    x, y = replaced[0]
    if x in _WEEKDAYS or y in _WEEKDAYS:
        return False  # "Sunday"/"Saturday": two days, which time_differences tells apart
    return x.isalpha() and y.isalpha() and min(len(x), len(y)) >= 4 and \
        (not _one_word(x, y) or (person and _letters_apart(x, y) <= _SPELT_APART)) and \
        not (x.startswith(y) or y.startswith(x) or x.endswith(y) or y.endswith(x)) and \
        not same_given_name(x, y, _spelt) and SequenceMatcher(a=x, b=y, autojunk=False).ratio() > _NEAR_SPELLING


def _persons(aged: frozenset[str], *names: str) -> bool:
    """Whether one of the names is a person's: two or three words, the first a given name (the SSA's table of one sex,
    or the table of names and their diminutives) or the last a surname the mentions give an age to (``aged``, folded:
    "Tristan Carr, 18"). A given name further in names a place or a body ("Elm Park Recreation Centre")."""
    return any(_PERSON_WORDS >= len(words) > 1 and (given_name_sex(words[0]) or is_given_name(words[0])
                                                     or fold(words[-1]) in aged)
               for words in map(_WORD.findall, names))


def _letters_apart(a: str, b: str) -> int:
    """How many letters are changed, added or dropped between two writings of a word."""
    return sum(max(i2 - i1, j2 - j1) for tag, i1, i2, j1, j2 in SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes()
               if tag != "equal")


def _spelt(word: str) -> str:
    """A word as names are compared here (folded and squashed), for the given-name table."""
    return squash(fold(word))


def _one_writing(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Words written two ways that say one name: joined or hyphenated ("Latter-day" / "Latter Day"),
    an initial for the word ("Frederick C. LaRue" / "Frederick Cheney LaRue"), a spelling
    ("Recognised" / "Recognized": all but a letter or two the same), or a given name and its diminutive ("Officer
    Joseph Silva" / "Officer Joe Silva"), one name as `_misspelt` reads it (on the GVA crawl 45 of 2,110 pairs of
    two reports of one incident writing one surname after two given names are such, "Mike/Michael Edmonson")."""
    if "".join(a).replace("-", "") == "".join(b).replace("-", ""):
        return True
    if len(a) == len(b) == 1 and same_given_name(a[0], b[0], _spelt):
        return True
    return len(a) == len(b) and all(_one_word(x, y) for x, y in zip(a, b))


def _one_word(a: str, b: str) -> bool:
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    return min(len(a), len(b)) >= 5 and SequenceMatcher(a=a, b=b, autojunk=False).ratio() >= _SPELLING
