"""How the sources of one linked claim differ: figures, names, attribution and polarity.

Kinds: ``number`` (different figures for the same thing; " (incompatible)" is appended when
the two wordings cannot describe one value), ``name`` (one thing named differently),
``attribution`` (attributed to a source in one document, stated as fact in another) and
``polarity`` (negated in one document, asserted in another).
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from itertools import combinations
from typing import Mapping

from viewer.analysis.claims.features import CountedFigure
from viewer.analysis.claims.quantities import figures, near_percentages
from viewer.analysis.claims.units import NEGATION, counted_figures
from viewer.analysis.claims.vocabulary import canonical, demonym_or_country, fold, squash
from viewer.analysis.model import Claim, Discrepancy, Mention
from viewer.analysis.nlp import english
from viewer.corpus.spans import Span

_NAME_LABELS = {"PERSON", "ORG", "GPE", "FAC", "LOC", "EVENT", "NORP", "PRODUCT", "WORK_OF_ART", "LAW"}
_NOT_A_HEDGE = re.compile(r"^(?:a total of|exactly|precisely)\s+", re.IGNORECASE)
_REPORTING_CUE = re.compile(
    r"\b(?:said|says|say|told|tells|according to|reported|reports|announced|added|claimed|claims|"
    r"stated|quoted|alleged|alleges|confirmed|denied|denies|insisted|wrote|tweeted)\b",
    re.IGNORECASE,
)
_QUOTE_CHARS = 60
_CAPITALISED = re.compile(r"(?:\b\d+(?:st|nd|rd|th)\s+)?\b[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*)+")
_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s$")
_NAME_STOP = {"of", "the", "and", "s"}


def annotate_discrepancies(claims: list[Claim], texts: Mapping[int, str], attributed: Mapping[int, list[Span]]) -> None:
    """Fill every claim's discrepancies, parsing the mentions they compare in one batch first: a
    run of claims at a time whose mentions the parse cache holds, so none is parsed twice (a batch
    larger than the cache was thrown away as it went, and each mention parsed again on its own).
    Only sources whose wordings differ are compared: parsing every mention again cost as much as
    parsing the articles themselves."""
    for run, texts_held in _runs_within(claims, _PARSED_LIMIT):
        wanted = sorted(texts_held)
        if len(_PARSED) + len(wanted) > _PARSED_LIMIT:
            _PARSED.clear()
        _PARSED.update(_parse(wanted))
        _complete(sorted({m.text for _claim, _by_doc, pairs in run for left, right in pairs
                          if _figures_may_differ(left, right) for m in left + right if _units(m.text)}))
        for claim, by_doc, pairs in run:
            claim.discrepancies = _discrepancies(by_doc, pairs, attributed)


_Compared = tuple[Claim, dict[int, list[Mention]], list[tuple[list[Mention], list[Mention]]]]


def _runs_within(claims: list[Claim], limit: int) -> Iterator[tuple[list[_Compared], set[str]]]:
    """Consecutive claims, each with its mentions by document and the sources it compares (found
    once per claim), and their compared mention texts, at most ``limit`` of them (a claim with
    more stands alone)."""
    run: list[_Compared] = []
    held: set[str] = set()
    for claim in claims:
        by_doc = _by_document(claim)
        pairs = _differing_pairs(by_doc)
        own = {m.text for pair in pairs for side in pair for m in side}
        if run and len(held) + len(own - held) > limit:
            yield run, held
            run, held = [], set()
        run.append((claim, by_doc, pairs))
        held |= own
    if run:
        yield run, held


def find_discrepancies(claim: Claim, texts: Mapping[int, str], attributed: Mapping[int, list[Span]]) -> list[Discrepancy]:
    """What a researcher must see when comparing the sources of one claim, one line each."""
    by_doc = _by_document(claim)
    return _discrepancies(by_doc, _differing_pairs(by_doc), attributed)


def _discrepancies(by_doc: dict[int, list[Mention]], pairs: list[tuple[list[Mention], list[Mention]]],
                   attributed: Mapping[int, list[Span]]) -> list[Discrepancy]:
    found: list[Discrepancy] = []
    for left, right in pairs:
        found += _numbers(left, right)
        found += _names(left, right)
        found += _polarity(left, right)
    found += _attribution(by_doc, attributed)
    return found


def _by_document(claim: Claim) -> dict[int, list[Mention]]:
    by_doc: dict[int, list[Mention]] = {}
    for m in sorted(claim.mentions, key=lambda m: (m.document, m.start)):
        by_doc.setdefault(m.document, []).append(m)
    return by_doc


def _differing_pairs(by_doc: dict[int, list[Mention]]) -> list[tuple[list[Mention], list[Mention]]]:
    """The sources compared, as their mentions, leaving out pairs that word the claim alike."""
    pairs = [(by_doc[a], by_doc[b]) for a, b in _compared_pairs(sorted(by_doc))]
    return [(left, right) for left, right in pairs if not _same_wording(left, right)]


ALL_PAIRS_UP_TO = 6


def _same_wording(left: list[Mention], right: list[Mention]) -> bool:
    """Two sources that word the claim identically cannot differ on it, whatever a parser makes of it."""
    return {_plain(m.text) for m in left} == {_plain(m.text) for m in right}


def _plain(text: str) -> str:
    return " ".join(fold(text).replace("“", '"').replace("”", '"').split()).strip(" .\"")


def _compared_pairs(documents: list[int]) -> list[tuple[int, int]]:
    """Every pair of sources for a small claim; against the first source for a widely reported
    one, so the comparisons (and the discrepancies listed) grow with the sources, not their square."""
    if len(documents) <= ALL_PAIRS_UP_TO:
        return list(combinations(documents, 2))
    return [(documents[0], other) for other in documents[1:]]


_PARSED: dict[str, object] = {}
_PARSED_LIMIT = 8192


# Every mention is first read for its named entities only. The recogniser has its own token
# vectors but never runs an entity across a sentence boundary, so the parser stays.
_NAMES_ONLY_SKIPS = ("tagger", "attribute_ruler", "lemmatizer")


def _parse(texts: list[str]) -> Iterator[tuple[str, object]]:
    """Each text with its parse for the entities `_names_of` reads: the tagger, attribute ruler and
    lemmatizer were a third of the re-parse, and only a figure compared with a figure needs them."""
    yield from zip(texts, english().pipe(texts, batch_size=64, disable=_NAMES_ONLY_SKIPS))


def _complete(texts: list[str]) -> None:
    """Run the skipped components on these texts' parses, in place, where `counted_figures` will
    read tags and lemmas around a figure. They read the shared token vectors the parse left on
    each Doc, and what they set nothing in the parse reads: the Doc is the whole pipeline's."""
    docs = [doc for doc in (_parsed(text) for text in texts) if not doc.has_annotation("TAG")]
    if docs:
        nlp = english()
        for _doc in nlp.pipe(docs, batch_size=64, disable=[n for n in nlp.pipe_names if n not in _NAMES_ONLY_SKIPS]):
            pass


def _parsed(text: str):
    if text not in _PARSED:
        if len(_PARSED) >= _PARSED_LIMIT:
            _PARSED.clear()
        _PARSED.update(_parse([text]))
    return _PARSED[text]


@lru_cache(maxsize=8192)
def _units(text: str) -> frozenset[str]:
    """The units of the figures the text may count with (durations are never compared)."""
    return frozenset(f.unit for f in figures(text) if f.unit != "duration")


def _figures_may_differ(left: list[Mention], right: list[Mention]) -> bool:
    """Two sources can only differ on a figure in a unit both state one in (see `_numbers`)."""
    return bool(frozenset().union(*(_units(m.text) for m in left)) & frozenset().union(*(_units(m.text) for m in right)))


@lru_cache(maxsize=4096)
def _figures_in(m: Mention) -> tuple[tuple[CountedFigure, Mention], ...]:
    if not _units(m.text):
        return ()
    _complete([m.text])
    figures = counted_figures(_parsed(m.text), Span(0, len(m.text)), canonical)
    return tuple((f, m) for f in figures if f.unit != "duration")


def _figures_of(mentions: list[Mention]) -> list[tuple[CountedFigure, Mention]]:
    return [pair for m in mentions for pair in _figures_in(m)]


def _numbers(left: list[Mention], right: list[Mention]) -> list[Discrepancy]:
    if not _figures_may_differ(left, right):
        return []  # every figure below finds its partner among those of its own unit
    fa, fb = _figures_of(left), _figures_of(right)
    values_a, values_b = _values(fa), _values(fb)
    fa = [(f, m) for f, m in fa if f.value is None or f.value not in values_b]
    fb = [(f, m) for f, m in fb if f.value is None or f.value not in values_a]
    out = []
    for f, m in fa:
        partners = [(g, n) for g, n in fb if g.thing and g.thing == f.thing and g.unit == f.unit]
        if not partners and len(fa) == 1 and len(fb) == 1 and fb[0][0].unit == f.unit:
            partners = fb
        partners.sort(key=lambda p: not _meet(f, p[0]))
        for g, n in partners[:1]:
            if _display(f) == _display(g):
                continue  # "thousands" and "thousands": one wording cannot conflict with itself
            if not _meet(f, g) and any(_meet(g, e) for e, _ in fa if e.thing == g.thing):
                continue  # g is the same count as another figure here; f counts another group
            thing = _thing_as_written((f, m), (g, n))
            explanation = f"{thing}: '{_display(f)}' vs '{_display(g)}'"
            if not _meet(f, g):
                explanation += " (incompatible)"
            out.append(Discrepancy("number", explanation, _sub_mentions([(m, f), (n, g)])))
    return out


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


def _values(figures: list[tuple[CountedFigure, Mention]]) -> set[float]:
    """Values stated, with the total a per-side count ("95 each") gives."""
    out = {f.value for f, _ in figures if f.value is not None}
    return out | {2 * f.value for f, _ in figures if f.each and f.value}


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


def _names_of(mentions: list[Mention]) -> list[tuple[str, frozenset[str], Mention, int]]:
    """Named things in each mention: the parser's entities and runs of capitalised words."""
    out, seen = [], set()
    for m in mentions:
        found = [(e.start_char, e.end_char) for e in _parsed(m.text).ents if e.label_ in _NAME_LABELS]
        found += [(c.start(), c.end()) for c in _CAPITALISED.finditer(m.text)]
        for start, end in found:
            raw = m.text[start:end]
            text = _POSSESSIVE.sub("", _LEADING_ARTICLE.sub("", raw))
            start += len(raw) - len(_LEADING_ARTICLE.sub("", raw))
            words = frozenset(squash(fold(w)) for w in re.findall(r"[\w-]+", text) if w.lower() not in _NAME_STOP)
            if words and (m, text) not in seen:
                seen.add((m, text))
                out.append((text, words, m, start))
    return out


def _names(left: list[Mention], right: list[Mention]) -> list[Discrepancy]:
    na, nb = _names_of(left), _names_of(right)
    keys_a, keys_b = {w for _, w, _, _ in na}, {w for _, w, _, _ in nb}
    out, seen = [], set()
    for text_a, words_a, m, at in na:
        for text_b, words_b, n, bt in nb:
            if words_a in keys_b or words_b in keys_a or (text_a, text_b) in seen:
                continue
            if _variant(words_a, words_b):
                seen.add((text_a, text_b))
                mentions = [Mention(m.document, m.start + at, m.start + at + len(text_a), text_a),
                            Mention(n.document, n.start + bt, n.start + bt + len(text_b), text_b)]
                out.append(Discrepancy("name", f"named '{text_a}' vs '{text_b}'", mentions))
    return out


def _variant(a: frozenset[str], b: frozenset[str]) -> bool:
    """Mostly the same words, neither a shortening of the other, and not two different places."""
    shared, differ = a & b, a ^ b
    if not shared or a <= b or b <= a or len(shared) * 2 < len(a | b):
        return False
    return not any(demonym_or_country(w) for w in differ)


def _polarity(left: list[Mention], right: list[Mention]) -> list[Discrepancy]:
    cue_a, cue_b = _negation(left), _negation(right)
    if bool(cue_a) == bool(cue_b):
        return []
    negated, plain = (cue_a, right) if cue_a else (cue_b, left)
    phrase, mention = negated
    return [Discrepancy("polarity", f"negated: '{phrase}' vs asserted: '{_short(plain[0].text)}'", [mention, plain[0]])]


def _negation(mentions: list[Mention]) -> tuple[str, Mention] | None:
    """The first denial in the mentions."""
    for m in mentions:
        hit = NEGATION.search(m.text)
        if hit:
            words = m.text[hit.start():].split()
            return " ".join(words[:4]).rstrip(".,;:”\""), m
    return None


def _attribution(by_doc: dict[int, list[Mention]], attributed: Mapping[int, list[Span]]) -> list[Discrepancy]:
    sourced = {d: [m for m in ms if _is_attributed(m, attributed.get(d, []))] for d, ms in by_doc.items()}
    facts = [ms[0] for d, ms in by_doc.items() if not sourced[d]]
    reported = [ms[0] for d, ms in sourced.items() if ms]
    if not facts or not reported:
        return []
    return [Discrepancy(
        "attribution",
        f"stated as fact: '{_short(fact.text)}' vs attributed: '{_short(reported[0].text)}'",
        [fact, reported[0]],
    ) for fact in facts]


def _is_attributed(mention: Mention, spans: list[Span]) -> bool:
    for span in spans:
        overlap = min(span.end, mention.end) - max(span.start, mention.start)
        if overlap > 0 and overlap * 2 >= min(len(span), mention.end - mention.start):
            return True
    return bool(_REPORTING_CUE.search(mention.text))


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _QUOTE_CHARS else text[:_QUOTE_CHARS].rsplit(" ", 1)[0] + "…"
