"""A paper named as the source at a sentence's close, its words misread by the tagger: "Holt fired three shots, the
affidavit states.", "…, the court documents state.", "…, court records show.", "…, charging papers say."

spaCy's tagger reads "states" or "notes" after a noun as a plural noun ("the affidavit states" like "the swing
states"), and "records" or "documents" before a verb as a verb ("court records show": records/VBZ), so no verb
frame holds the statement and it is lost, or another verb of the sentence takes it. Where the sentence closes on a
comma, a phrase headed by a paper (a noun whose usual sense is a communication, ``kinds.communication_nouns``, or a
document PolNeAR's annotators marked), whatever its tag, and a word whose verb is one of reporting or of a paper
showing, the paper is the source and the words before the comma what it says. A paper cannot be a region or a
group ("…, the battleground states."), so such a phrase is no frame. Where the parse was right, the verb's own frame
came first and this one is the same passage again, which ``statements`` keeps once.
"""
from __future__ import annotations

from viewer.analysis.attribution.reported_clauses import REPORTING_VERBS
from viewer.analysis.attribution.reported_speech import DOCUMENT_VERBS, Frame, unquoted
from viewer.analysis.speakers.kinds import communication_nouns, word_classes, written_nouns
from viewer.corpus.spans import Span


def closing_paper_frames(doc, unit_spans: list[Span], quoted: list[Span]) -> list[Frame]:
    """The frame of every unit closing on ", the <paper> <reporting word tagged a noun>"."""
    frames = []
    for unit in unit_spans:
        tokens = [t for t in unquoted(doc.char_span(unit.start, unit.end, alignment_mode="expand"), quoted)
                  if not t.is_space]
        while tokens and tokens[-1].is_punct:
            tokens.pop()
        frame = _closing_frame(tokens, unit, quoted)
        if frame is not None:
            frames.append(frame)
    return frames


def _closing_frame(tokens: list, unit: Span, quoted: list[Span]) -> Frame | None:
    if len(tokens) < 4 or tokens[-1].pos_ not in ("NOUN", "VERB") or \
            tokens[-1].lemma_.lower() not in REPORTING_VERBS | DOCUMENT_VERBS:
        return None
    comma = next((i for i in range(len(tokens) - 2, 0, -1) if tokens[i].text == ","), None)
    if comma is None or comma == len(tokens) - 2:
        return None
    cue, speaker = tokens[-1], [t for t in tokens[comma + 1:-1] if not t.is_punct]
    if not speaker or _parsed_right(cue, speaker):
        return None
    if not is_paper(speaker[-1]) or any(t.pos_ in ("AUX", "PRON") or t.tag_ in ("VBD", "VBZ") for t in speaker[:-1]):
        return None  # "…, which he says": a clause, not a paper's name ("charging documents", "probable cause" pass)
    if not any(t.is_alpha for t in tokens[:comma]):
        quotation = _closed_by(quoted, tokens[comma], unit)
        return None if quotation is None else Frame("direct", [cue], speaker, quotation, unit, postposed=True)
    if not any(t.pos_ in ("VERB", "AUX") for t in tokens[:comma]):
        return None  # "…4:25 p.m. Saturday, court documents say.": a sentence cut short; a paper states a clause
    content = Span(tokens[0].idx, tokens[comma - 1].idx + len(tokens[comma - 1].text))
    return Frame("indirect", [cue], speaker, content, unit, postposed=True)


def _closed_by(quoted: list[Span], comma, unit: Span) -> Span | None:
    """The quotation of the unit that the comma closes ("“…,” charging documents state."), if its words are all the
    unit says before the comma."""
    return next((q for q in quoted if unit.start <= q.start and 0 <= comma.idx - q.end <= 2), None)


def _parsed_right(cue, speaker: list) -> bool:
    """"“…,” the letter said.": the sentence's own verb with the paper its subject and the words its clause, which
    the verb frames read. Its clause hung elsewhere ("…around 4:25 p.m. Saturday, court documents say.") leaves the
    words to this frame."""
    return cue.pos_ == "VERB" and cue.dep_ == "ROOT" and any(t.dep_ == "nsubj" and t.head == cue for t in speaker) \
        and any(c.dep_ in ("ccomp", "parataxis") and c.i < cue.i for c in cue.children)


def is_paper(word) -> bool:
    """A noun naming a paper, or such a plural the tagger read as a verb ("court records show": records/VBZ)."""
    if word.pos_ == "NOUN":
        lemma = word.lemma_.lower()
    elif word.tag_ == "VBZ" and word.lower_.endswith("s"):
        lemma = word.lower_[:-1]
    else:
        return False
    return lemma in communication_nouns() or lemma in word_classes()["document_nouns"] or lemma in written_nouns()
