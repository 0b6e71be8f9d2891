"""A paper named as the source before the clause it reports, its words misread by the tagger: "Court records state
Roberts gave a three year old a loaded rifle.", "Court documents show authorities went to a hospital…", "…, but court
documents say suspect 22-year-old Conner Lindsey fired a shotgun at the girl."

The tagger reads "records"/"documents" before a verb as a verb, or "show"/"state" after them as a noun ("Court/NN
documents/NNS show/VBP-compound authorities went"), so no verb frame holds the clause, or one holds a word of it
("say suspect": the clause's subject taken for the whole). Where a clause opens (the unit's start, or after a comma,
a colon or "but"/"and") on a phrase headed by a paper (``closing_papers.is_paper``) and a verb of reporting or of a
paper showing, whatever their tags, the rest of the clause is what the paper says. A parse that got it right (the
verb's clause reaching the end) is left to the verb frame; a clause holding someone's own report ("Records show
Slagerman told the officer he…") is left to that report. Counted on the GVA crawl, PolNeAR fit, BASIL and WCEP sets
by ``training/count_open_sources.py`` ("papers go on").
"""
from __future__ import annotations

from viewer.analysis.attribution.closing_papers import is_paper
from viewer.analysis.attribution.reported_clauses import REPORTING_VERBS
from viewer.analysis.attribution.reported_speech import DOCUMENT_VERBS, Frame, unquoted
from viewer.corpus.spans import Span

_OPENING = frozenset({",", ":", ";", "but", "and"})
_NAMING = ("DET", "ADJ", "NOUN", "PROPN", "PART")  # "the Hamilton County court's records", not "2016 — a message"
_LONGEST_NAME = 4  # words of a paper's phrase: "the Hamilton County court records"


def opening_paper_frames(doc, unit_spans: list[Span], quoted: list[Span]) -> list[Frame]:
    """The frame of every clause opening on "<paper> <reporting word>" that the parse misread."""
    frames = []
    for unit in unit_spans:
        span = doc.char_span(unit.start, unit.end, alignment_mode="expand")
        tokens = [t for t in unquoted(span, quoted) if not t.is_space]
        while tokens and tokens[-1].is_punct:
            tokens.pop()
        last = next((t for t in reversed(span) if not t.is_punct and not t.is_space), None)  # past a closing quotation
        frames += [f for i in range(1, len(tokens) - 2) if (f := _opening_frame(tokens, i, unit, last)) is not None]
    return frames


def _opening_frame(tokens: list, i: int, unit: Span, last) -> Frame | None:
    cue = tokens[i]
    if cue.pos_ not in ("NOUN", "VERB") or cue.tag_ in ("VBN", "VBG") or cue.dep_ in ("acl", "relcl") or \
            cue.lemma_.lower() not in REPORTING_VERBS | DOCUMENT_VERBS:
        return None  # not "a message shown in the tweets", "Video posted on social media showed…": the verb names it
    start = next((j + 1 for j in range(i - 1, -1, -1) if tokens[j].lower_ in _OPENING), 0)
    speaker = tokens[start:i]
    if not 0 < len(speaker) <= _LONGEST_NAME or not is_paper(speaker[-1]) or \
            any(t.pos_ not in _NAMING for t in speaker[:-1]):
        return None
    rest = _clause_after(tokens, i)
    if len(rest) < 3 or not any(t.pos_ in ("VERB", "AUX") for t in rest) or _parsed_right(cue, speaker, rest) \
            or any(_reports_words(t) for t in rest):
        return None
    return Frame("indirect", [cue], speaker, Span(rest[0].idx, last.idx + len(last.text)), unit)


def _clause_after(tokens: list, i: int) -> list:
    """The words after the cue, past "that" or ", however,"; none when a comma closes the cue's own aside ("…,
    court records show, but he…": the words before are the paper's, as ``closing_papers`` reads a closing one)."""
    j = i + 1
    if j < len(tokens) and tokens[j].text == ",":
        if not (j + 2 < len(tokens) and tokens[j + 1].pos_ == "ADV" and tokens[j + 2].text == ","):
            return []
        j += 3
    if j < len(tokens) and tokens[j].lower_ == "that":
        j += 1
    return tokens[j:]


def _reports_words(token) -> bool:
    """A verb of reporting with a clause of its own: someone's report inside the paper's ("told the officer he…")."""
    return token.pos_ == "VERB" and token.lemma_.lower() in REPORTING_VERBS and \
        any(c.dep_ in ("ccomp", "parataxis") for c in token.children)


def _parsed_right(cue, speaker: list, rest: list) -> bool:
    """The cue a verb with the paper its subject and a clause reaching the end: the verb frame's."""
    clauses = [c for c in cue.children if c.dep_ == "ccomp" and c.i > cue.i]
    return cue.pos_ == "VERB" and any(t.dep_ == "nsubj" and t.head == cue for t in speaker) and bool(clauses) \
        and clauses[0].right_edge.i >= rest[-1].i
