"""Link a passage quoted in Russian or Ukrainian to the English words that render it.

The English model places a Russian sentence nowhere near its translation (cosine −.04 on the
sample's tweet), so linking never sees it. Here the multilingual model (``usem_files``) compares
each foreign passage with the English passages of its own article and of the articles that share
a claim with it (the same story): the claim units, and what the articles attribute to someone, as
a translation renders what was said. A foreign passage is a sentence or a run of up to three
adjacent sentences (a tweet quoted line by line is translated as one quotation). Pairs at the
cosine ``crosslingual.json`` gives (chosen on a public parallel set, with where it came from) are
taken best first, each passage at most once: a mutual best match among those left.

A foreign passage joins the claim of the English unit its match lies in. In its own article it is
that mention's *rendering*: a second passage of the claim in the same document, in another
language (`foreign_units.rendered_in`), never a second source. A match outside any claim makes a
claim of its own, the English words and their rendering. In another article of the story it is
that article's mention of the claim when the article had none. A report written wholly in such a
language has no English units and so no story: it is compared with the English articles that share
its rare names, figures and days instead (`foreign_neighbours`). The foreign sentences of two documents
sharing such keys are compared with each other too, so two reports in Russian, or in Russian and
Ukrainian, of one claim meet without English words between them (`_between_reports`). Two passages that both give figures,
each one the other lacks, are never joined (a report and its update may share one). A foreign passage
the researcher linked to English words joins their claim first, whatever the model says. The model is
loaded only when the corpus holds such passages, at relink, and once per process.
"""
from __future__ import annotations

import threading
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from viewer.analysis.claims.features import ClaimUnit
from viewer.analysis.claims.foreign_neighbours import figure_keys
from viewer.analysis.claims.foreign_units import settings
from viewer.analysis.claims.linking import label
from viewer.analysis.claims.usem_files import Encoder, encoder
from viewer.analysis.model import Claim, Mention, Span
from viewer.corpus.language import script_language

RUN = 3  # adjacent foreign sentences read as one passage at most
_lock = threading.Lock()
_shared: Encoder | None = None

Encode = Callable[[list[str]], np.ndarray]


def shared_encoder() -> Encoder:
    """The multilingual model, loaded on first use in this process (several seconds)."""
    global _shared
    with _lock:
        if _shared is None:
            _shared = encoder()
        return _shared


def warm() -> None:
    """Load the model ahead of the first relink that needs it (the window's idle thread); a failure is left for
    that relink to report in its own words."""
    try:
        shared_encoder()
    except Exception:  # noqa: BLE001 — said by the relink that needs the model, not by a thread nobody watches
        return


@dataclass(frozen=True)
class _Passage:
    document: int
    start: int
    end: int
    units: tuple[int, ...] = ()  # the foreign units a foreign passage is made of


def with_renderings(claims: list[Claim], units: Sequence[ClaimUnit], foreign: Sequence[ClaimUnit],
                    attributed: Mapping[int, list[Span]], texts: Mapping[int, str],
                    encode: Encode | None = None, apart: Sequence[tuple[Mention, Mention]] = (),
                    kept_apart: Sequence[tuple[int, Sequence[Mention]]] = (),
                    neighbours: Mapping[int, set[int]] | None = None,
                    together: Sequence[tuple[Mention, Mention]] = (),
                    meetings: Mapping[int, set[int]] | None = None) -> list[Claim]:
    """The claims with each foreign passage that renders an English one joined to it (``units``: the
    English units the claims were linked from, in reading order; ``encode``: the model, by default
    the shared one, asked for only when there is a foreign unit). The researcher's word holds here as
    in linking: a rendering unlinked from a claim's passage (``apart``) never joins that claim again,
    nor one in a document judged not to carry the claim (``kept_apart``: the document, the claim's passages).
    ``neighbours``: for a document written in a foreign language, the English articles it is compared with
    besides its story (`foreign_neighbours`). An English passage is rendered once in each document.
    ``together``: the researcher's links; one joining a foreign passage to English words makes it their
    claim's rendering (or that article's mention of it) before any match is looked for, whatever the model says.
    ``meetings``: for a document holding foreign passages, the other such documents its sentences are compared
    with (`foreign_neighbours.foreign_meetings`), after the English matches (`_between_reports`)."""
    if not foreign:
        return claims
    claims = list(claims)
    stories = _stories(claims, {u.document for u in foreign})
    for document, near in (neighbours or {}).items():
        stories.setdefault(document, {document}).update(near)
    english = {d: _english_passages(units, attributed, d) for d in {d for docs in stories.values() for d in docs}}
    used_units: set[int] = set()
    used_english: dict[int, list[_Passage]] = {}  # by the foreign passage's document
    for run, partners in _linked_by_hand(foreign, together):
        if _join_by_hand(claims, run, partners, texts):
            used_units.update(run.units)
            used_english.setdefault(run.document, []).extend(partners)
    runs = _runs(foreign, texts)
    vector = _encoded([*runs, *(e for d in sorted(english) for e in english[d])], texts, encode or shared_encoder().encode)
    threshold = float(settings()["threshold"])
    refusals = _Refusals(apart, kept_apart)
    for cosine, run, match in _scored(runs, english, stories, vector):
        if cosine < threshold:
            break
        rendered = used_english.setdefault(run.document, [])
        if used_units & set(run.units) or any(_overlap(match, e) for e in rendered):
            continue
        if _join(claims, run, match, units, texts, refusals):
            used_units.update(run.units)
            rendered.append(match)
    claims = _between_reports(claims, runs, meetings or {}, vector, texts, refusals)
    return sorted(claims, key=lambda c: [(m.document, m.start) for m in c.mentions])


def _linked_by_hand(foreign: Sequence[ClaimUnit], together: Sequence[tuple[Mention, Mention]]
                    ) -> list[tuple[_Passage, list[_Passage]]]:
    """Each foreign passage a researcher's link names (the foreign sentences it overlaps), with the English
    passages it is linked to, in reading order."""
    partners: dict[tuple[int, ...], list[_Passage]] = {}
    for a, b in [*together, *((b, a) for a, b in together)]:
        mine = tuple(k for k, u in enumerate(foreign) if _overlap(_passage_of(u), a))
        if mine and not any(_overlap(_passage_of(u), b) for u in foreign):
            partners.setdefault(mine, []).append(_Passage(b.document, b.start, b.end))
    out = []
    for mine, english in partners.items():
        first, last = foreign[mine[0]], foreign[mine[-1]]
        out.append((_Passage(first.document, first.span.start, last.span.end, mine), sorted(set(english), key=_where)))
    return sorted(out, key=lambda x: _where(x[0]))


def _where(p: _Passage) -> tuple[int, int, int]:
    return p.document, p.start, p.end


def _join_by_hand(claims: list[Claim], run: _Passage, partners: list[_Passage], texts: Mapping[int, str]) -> bool:
    """Put a foreign passage the researcher linked in the claim holding one of its English partners, or make
    a claim of them; False where that claim holds it already."""
    rendering = _mention(run, texts)
    held = next((c for p in partners for c in claims if any(_overlap(p, m) for m in c.mentions)), None)
    if held is None:
        english = [_mention(p, texts) for p in partners]
        claims.append(Claim(label=label([english[0].text]), mentions=sorted([*english, rendering], key=lambda m: (m.document, m.start))))
        return True
    if any(_overlap(rendering, m) for m in held.mentions):
        return False
    held.mentions = sorted([*held.mentions, rendering], key=lambda m: (m.document, m.start))
    return True


def _stories(claims: Sequence[Claim], documents: set[int]) -> dict[int, set[int]]:
    """Each document holding foreign passages, with the articles of its story: itself and those
    sharing a claim with it."""
    out = {d: {d} for d in documents}
    for claim in claims:
        carried = {m.document for m in claim.mentions}
        for d in carried & documents:
            out[d] |= carried
    return out


def _english_passages(units: Sequence[ClaimUnit], attributed: Mapping[int, list[Span]], document: int) -> list[_Passage]:
    """A document's claim units and the passages it attributes to someone, each once."""
    spans = {(u.span.start, u.span.end) for u in _units_in(units, document)}
    spans |= {(s.start, s.end) for s in attributed.get(document, [])}
    return [_Passage(document, start, end) for start, end in sorted(spans)]


def _units_in(units: Sequence[ClaimUnit], document: int) -> Sequence[ClaimUnit]:
    """A document's units, found by halving: ``units`` are in reading order."""
    lo = bisect_left(units, document, key=lambda u: u.document)
    return units[lo:bisect_right(units, document, lo=lo, key=lambda u: u.document)]


def _runs(foreign: Sequence[ClaimUnit], texts: Mapping[int, str]) -> list[_Passage]:
    """Every foreign sentence, and every run of up to `RUN` of them with only blank space between."""
    ordered = sorted(range(len(foreign)), key=lambda k: (foreign[k].document, foreign[k].span.start))
    out = []
    for at, k in enumerate(ordered):
        first = foreign[k]
        run = [k]
        out.append(_Passage(first.document, first.span.start, first.span.end, (k,)))
        for nxt in ordered[at + 1:at + RUN]:
            last, unit = foreign[run[-1]], foreign[nxt]
            if unit.document != first.document or texts[unit.document][last.span.end:unit.span.start].strip():
                break
            run.append(nxt)
            out.append(_Passage(first.document, first.span.start, unit.span.end, tuple(run)))
    return out


def _encoded(passages: Sequence[_Passage], texts: Mapping[int, str], encode: Encode) -> Callable[[_Passage], np.ndarray]:
    """Each passage's vector, every wording encoded once."""
    wordings = list(dict.fromkeys(_words(p, texts) for p in passages))
    vectors = np.asarray(encode(wordings), dtype=np.float32)
    row = {w: k for k, w in enumerate(wordings)}
    return lambda passage: vectors[row[_words(passage, texts)]]


def _scored(runs: list[_Passage], english: Mapping[int, list[_Passage]], stories: Mapping[int, set[int]],
            vector: Callable[[_Passage], np.ndarray]) -> list[tuple[float, _Passage, _Passage]]:
    """Every foreign passage against every English passage of its story, best first."""
    out = []
    for run in runs:
        mine = vector(run)
        for e in (e for d in sorted(stories[run.document]) for e in english[d]):
            out.append((round(float(mine @ vector(e)), 6), run, e))
    return sorted(out, key=lambda x: (-x[0], _where(x[1]), _where(x[2])))


def _between_reports(claims: list[Claim], runs: Sequence[_Passage], meetings: Mapping[int, set[int]],
                     vector: Callable[[_Passage], np.ndarray], texts: Mapping[int, str], refusals: _Refusals) -> list[Claim]:
    """The claims with the foreign sentences of two documents that meet (``meetings``) joined where they say one thing:
    pairs at the cosine their languages need (`_needed`), best first, each sentence once with each other document.
    One sentence in a claim brings the other into it; two in none make a claim of their own, which joins the claim a
    third sentence brings in (two reports in Russian and Ukrainian, one of them rendering English words)."""
    sentences: dict[int, list[_Passage]] = {}
    for run in runs:
        if len(run.units) == 1:
            sentences.setdefault(run.document, []).append(run)
    met = sorted({(min(a, b), max(a, b)) for a, near in meetings.items() for b in near if a != b})
    least = min(float(settings()["threshold"]), float(settings()["same_language_threshold"]))
    pairs = [pair for a, b in met if a in sentences and b in sentences
             for pair in _near_pairs(sentences[a], sentences[b], vector, least)]
    made: list[Claim] = []
    paired: set[tuple[int, int]] = set()  # (foreign unit, other document)
    for cosine, x, y in sorted(pairs, key=lambda p: (-p[0], _where(p[1]), _where(p[2]))):
        first, second = _mention(x, texts), _mention(y, texts)
        if cosine < _needed(first.text, second.text) or (x.units[0], y.document) in paired or (y.units[0], x.document) in paired:
            continue
        if _meet(claims, made, first, second, refusals):
            paired |= {(x.units[0], y.document), (y.units[0], x.document)}
    return claims


def _near_pairs(mine: list[_Passage], theirs: list[_Passage], vector: Callable[[_Passage], np.ndarray],
                least: float) -> list[tuple[float, _Passage, _Passage]]:
    """The sentences of two documents paired at ``least`` or more, with their cosine (one product for the two)."""
    similar = np.stack([vector(p) for p in mine]) @ np.stack([vector(p) for p in theirs]).T
    return [(round(float(similar[i, j]), 6), mine[i], theirs[j]) for i, j in zip(*np.nonzero(similar >= least))]


def _needed(one: str, other: str) -> float:
    """The cosine two foreign sentences need to be one claim: a rendering's across Russian and Ukrainian, more within one
    language, where sentences of one story lie near each other whatever they say (``crosslingual.json``)."""
    same = script_language(one) == script_language(other)
    return float(settings()["same_language_threshold" if same else "threshold"])


def _meet(claims: list[Claim], made: list[Claim], first: Mention, second: Mention, refusals: _Refusals) -> bool:
    """Join two foreign sentences of two documents: into the claim holding one of them, or as a claim of their own
    (kept in ``made``); two claims holding them are one when either was made here and their documents differ."""
    if _counts_apart(first.text, second.text):
        return False
    held = [next((c for c in claims if any(_overlap(p, m) for m in c.mentions)), None) for p in (first, second)]
    if held[0] is None and held[1] is None:
        if refusals.refuse(first, [second]):
            return False
        made.append(Claim(label=label([first.text]), mentions=[first, second]))
        claims.append(made[-1])
        return True
    if held[0] is not None and held[1] is not None:
        return _merged(claims, made, held[0], held[1], refusals)
    claim, joining = (held[0], second) if held[0] is not None else (held[1], first)
    if any(m.document == joining.document or _counts_apart(joining.text, m.text) for m in claim.mentions) \
            or refusals.refuse(joining, claim.mentions):
        return False
    claim.mentions = sorted([*claim.mentions, joining], key=lambda m: (m.document, m.start))
    return True


def _merged(claims: list[Claim], made: list[Claim], one: Claim, other: Claim, refusals: _Refusals) -> bool:
    """Fold a claim made of two foreign sentences here into the other claim holding one of a meeting pair."""
    if one is other:
        return False
    small, large = (one, other) if any(one is c for c in made) else (other, one)
    if not any(small is c for c in made) or {m.document for m in small.mentions} & {m.document for m in large.mentions}:
        return False
    if any(_counts_apart(m.text, n.text) for m in small.mentions for n in large.mentions):
        return False
    if any(refusals.refuse(m, large.mentions) for m in small.mentions):
        return False
    large.mentions = sorted([*large.mentions, *small.mentions], key=lambda m: (m.document, m.start))
    claims[:] = [c for c in claims if c is not small]
    made[:] = [c for c in made if c is not small]
    return True


def _words(passage: _Passage, texts: Mapping[int, str]) -> str:
    return " ".join(texts[passage.document][passage.start:passage.end].split())


def _overlap(a: _Passage | Mention, b: _Passage | Mention) -> bool:
    """Whether two passages (or mentions) of one document share a character."""
    return a.document == b.document and a.start < b.end and b.start < a.end


def _passage_of(unit: ClaimUnit) -> _Passage:
    return _Passage(unit.document, unit.span.start, unit.span.end)


class _Refusals:
    """The researcher's unlinks and "does not carry" judgements, asked of a rendering and a claim."""

    def __init__(self, apart: Sequence[tuple[Mention, Mention]], kept_apart: Sequence[tuple[int, Sequence[Mention]]]):
        self.apart = [(a, b) for a, b in apart] + [(b, a) for a, b in apart]
        self.kept_apart = kept_apart

    def refuse(self, rendering: Mention, passages: Sequence[Mention]) -> bool:
        """Whether the rendering may not join a claim holding these passages."""
        if any(_overlap(a, rendering) and any(_overlap(b, p) for p in passages) for a, b in self.apart):
            return True
        return any(document == rendering.document and any(_overlap(a, p) for a in anchors for p in passages)
                   for document, anchors in self.kept_apart)


def _join(claims: list[Claim], run: _Passage, match: _Passage, units: Sequence[ClaimUnit], texts: Mapping[int, str],
          refusals: _Refusals) -> bool:
    """Put the rendering in the claim of the English unit holding its match, or make a claim of the
    two; False where that claim has a rendering in the article already, or, matched in another
    article, has this article's own words (their rendering is matched in the article itself)."""
    rendering = _mention(run, texts)
    if _counts_apart(rendering.text, texts[match.document][match.start:match.end]):
        return False
    unit = _unit_of(units, match)
    held = None if unit is None else _holding(claims, (match.document, unit.span.start, unit.span.end))
    if refusals.refuse(rendering, held.mentions if held is not None else [_mention(match, texts)]):
        return False
    if held is None:
        english = _mention(match, texts)
        claims.append(Claim(label=label([english.text]), mentions=[english, rendering]))
        return True
    if run.document == match.document:
        if any(m.document == run.document and script_language(m.text) for m in held.mentions):
            return False  # rendered already
    elif any(m.document == run.document for m in held.mentions):
        return False
    held.mentions = sorted([*held.mentions, rendering], key=lambda m: (m.document, m.start))
    return True


def _counts_apart(foreign: str, english: str) -> bool:
    """Whether the two passages both give figures and each gives one the other lacks: a translation keeps its
    numbers, and a passage rendering part of another gives some of its figures and none of its own. A figure
    they share does not make them one claim: "1,730 since May 16, 80 of them wounded" is the update of "959
    since May 16, 80 wounded", never its rendering (as `verifier.counts_conflict`, counts that differ)."""
    mine, theirs = figure_keys(foreign), figure_keys(english)
    return bool(mine - theirs) and bool(theirs - mine)


def _holding(claims: Sequence[Claim], key: tuple[int, int, int]) -> Claim | None:
    return next((c for c in claims if any((m.document, m.start, m.end) == key for m in c.mentions)), None)


def _unit_of(units: Sequence[ClaimUnit], passage: _Passage) -> ClaimUnit | None:
    """The English unit overlapping the passage most."""
    best, most = None, 0
    for unit in _units_in(units, passage.document):
        overlap = min(unit.span.end, passage.end) - max(unit.span.start, passage.start)
        if overlap > most:
            best, most = unit, overlap
    return best


def _mention(passage: _Passage, texts: Mapping[int, str]) -> Mention:
    return Mention(passage.document, passage.start, passage.end, texts[passage.document][passage.start:passage.end])
