"""Speech a colon hands to the next paragraph: "Batts said:", "McCain released the following statement:",
"Here is the statement from the school board:", then the words themselves, quoted or set as a block.

A sentence of saying that ends its paragraph with a colon says nothing of its own: what it reports is the
paragraph below. The parse reads it as a sentence on its own, so the frame found no content (a question put
before the cue, "Asked if he was prepared…, Batts said:", is none: reported_clauses), and a quotation below it
became a further part of nothing. PolNeAR's annotators mark the paragraph below as the content (about 35 such reports on its fit part:
"stated:", "issued the following statement:", "told his audience, to rowdy applause:"); on the GVA crawl
about a hundred such lead-ins, most before a family's, a school's or a politician's statement.

A written thing put out ("released the following statement", "a statement from the sheriff"), or any
communication given and pointed at below ("gave the following account:", "provided this description:", "gave this
account of what happened:": a noun whose first sense in WordNet is a communication, ``kinds.communication_nouns``,
with "the following", "this" or "these") leads in the same way: whoever put it out, gave it or wrote it,
speaks; "the victims were identified as:" or "Read more:" names no one and reports nothing. A frame with content of its own keeps it: "Devine said areas where Sanders
wants changes include:", "There are four that track the records, according to the State Department:" (the
list below goes on its words).
"""
from __future__ import annotations

import re

from viewer.analysis.attribution.cues import subject_of
from viewer.analysis.attribution.found_things import finds_a_thing
from viewer.analysis.attribution.reported_speech import Frame
from viewer.analysis.nlp import text_of
from viewer.analysis.speakers.kinds import communication_nouns, names_source, written_nouns
from viewer.corpus.spans import Span

_PARAGRAPH_AFTER = re.compile(r"[ \t]*\n\s*")  # the colon ends its paragraph: the words come below
_QUOTATION_AFTER = re.compile(r":[ \t]*[“\"«]")  # "issued a statement: “…”": the words follow on its line
_QUOTE_MARKS = "“\"«‘'"
_WRITERS = ("from", "by")  # "a statement from the sheriff", "Statement by Chancellor Pam Shockley-Zalabak"
_HOLDING = frozenset({"have", "be"})  # "Here is the statement from…": the verb only says it is there


def colon_reports(doc, prose: list[Span], frames: list[Frame]) -> list[Frame]:
    """The frames, with each colon lead-in's content moved to the paragraph below (None when that paragraph
    is a quotation, which then takes the frame as any quotation after its cue does), and a frame added for
    each written thing put out in a lead-in that has none."""
    text = text_of(doc)
    leads = [u for u in prose if text[u.end - 1:u.end] == ":" and _PARAGRAPH_AFTER.match(text, u.end)]
    framed = {frame.unit.start for frame in frames}
    added = [frame for unit in leads if unit.start not in framed for frame in _written_frames(doc, unit)]
    added += [frame for lead in _leads_on_the_line(text, prose, frames) for frame in _written_frames(doc, lead)]
    for unit in leads:
        last = max((f for f in frames + added if f.unit == unit and f.relay_of is None),
                   key=lambda f: f.cue_span.start, default=None)
        if last is not None and not _holds_a_clause(doc, last.content):
            last.content = _words_below(text, prose, unit) or last.content
    for frame in added:  # in reading order among the others, which keep theirs
        at = next((i for i, f in enumerate(frames) if f.cue_span.start > frame.cue_span.start), len(frames))
        frames.insert(at, frame)
    return frames


def _leads_on_the_line(text: str, prose: list[Span], frames: list[Frame]) -> list[Span]:
    """"The school released a statement Wednesday: “We are saddened…”": the words before a colon that a quotation
    follows on the same line, where no frame has its cue; the quotation then takes the written thing's frame as any
    quotation takes the cue before it."""
    leads = []
    for unit in prose:
        colon = _QUOTATION_AFTER.search(text, unit.start, unit.end)
        lead = Span(unit.start, colon.start() + 1) if colon else None
        if lead is not None and not any(lead.start <= f.cue_span.start < lead.end for f in frames):
            leads.append(lead)
    return leads


def _holds_a_clause(doc, content: Span | None) -> bool:
    """Whether a lead-in's content says something of its own: a clause, with a finite verb or an infinitive
    ("Devine said areas where Sanders wants changes include:"), or a noun of its own ("CNN also noted the sparse
    attendance:", "tweeted the transcript for context:", where an embedded post the crawl dropped stood below).
    Otherwise what the parse took for the content of a cue before a colon is a phrase of the lead-in itself,
    where it was written, whom it is about, or "the following" thing, which points below ("In the text
    accompanying the post, Wallnau wrote:", "observing of Trump:", "offered the following tips:"): the words
    are the paragraph below. Counted by training/count_continued_quotes.py on PolNeAR train and the GVA/BASIL
    crawls: of 13 paragraphs below a lead-in with a cue that got no attribution, 3 were such; reading every
    noun object the same way took 2 more, both wrong."""
    if content is None:
        return False
    words = doc.char_span(content.start, content.end, alignment_mode="expand") or ()
    if any(form in ("Fin", "Inf") for t in words for form in t.morph.get("VerbForm")):
        return True
    heads = [t for t in words if not (content.start <= t.head.idx < content.end) or t.head == t]
    return any(t.pos_ in ("NOUN", "PROPN") and not any(c.lower_ == _POINTS_BELOW for c in t.children) for t in heads)


_POINTS_BELOW = "following"


def _words_below(text: str, prose: list[Span], unit: Span) -> Span | None:
    """The paragraph below the lead-in, as its prose runs; None for a quotation (paired with its cue by the
    quotation rules) or for no prose at all (a page's link, a headline)."""
    start = _PARAGRAPH_AFTER.match(text, unit.end).end()
    if start >= len(text) or text[start] in _QUOTE_MARKS:
        return None
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    inside = [u for u in prose if start <= u.start and u.end <= end]
    return Span(inside[0].start, inside[-1].end) if inside and inside[0].start == start else None


def _announced(noun) -> bool:
    """A written thing, or a communication that points at the words below ("gave the following account:", "gave this
    account of the shooting:"); not one the lead-in only speaks of ("responded to Cruz's allegations in a statement:",
    whose words below are the responder's)."""
    lemma = noun.lemma_.lower()
    return lemma in written_nouns() or lemma in communication_nouns() and \
        any(c.lower_ in _POINTING for c in noun.children if c.dep_ in ("det", "amod"))


_POINTING = frozenset({_POINTS_BELOW, "this", "these"})


def _written_frames(doc, unit: Span) -> list[Frame]:
    """A frame for a written thing or a communication someone put out, gave or wrote, named in the lead-in: "X
    released the following statement:", "X gave the following account:" (X speaks; the cue runs from the verb to
    the noun), "the statement from X:" (X; the noun)."""
    tokens = doc.char_span(unit.start, unit.end, alignment_mode="expand") or ()
    for noun in tokens:
        if noun.pos_ != "NOUN" or not _announced(noun):
            continue
        writer = next((g for c in noun.children if c.dep_ in ("prep", "agent") and c.lower_ in _WRITERS
                       for g in c.children if g.dep_ == "pobj"), None)
        writer = writer or next((c for c in noun.children if c.dep_ == "poss"), None)
        cue = [noun]
        if writer is None and noun.dep_ == "dobj" and noun.head.lemma_.lower() not in _HOLDING \
                and not finds_a_thing(noun.head):
            writer = subject_of(noun.head)
            cue = list(doc[noun.head.i:noun.i + 1])
        if writer is not None and names_source(writer) and unit.start <= writer.idx < unit.end \
                and writer.tag_ != "DT":  # "That followed this tweet from the president:" names no one
            speaker = [t for t in writer.subtree if not t.is_space]  # its commas: "Eddie Sutton, Jamar's brother,"
            while speaker[-1].is_punct:
                speaker.pop()
            return [Frame("indirect", cue, speaker, None, unit)]
    return []
