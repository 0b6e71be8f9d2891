"""A paper named as the source at a sentence's close, its verb tagged a noun: "Holt fired three shots, the affidavit
states.", "…, court documents state."

spaCy's tagger reads "states" or "notes" after a noun as a plural noun ("the affidavit states" like "the swing
states"), so no verb frame holds the statement and it is lost. Where the sentence closes on a comma, a phrase headed
by a paper (a noun whose usual sense is a communication, ``kinds.communication_nouns``, or a document PolNeAR's
annotators marked) and a word whose verb is one of reporting, the paper is the source and the words before the comma
what it says. A paper cannot be a region or a group ("…, the battleground states."), so such a phrase is no frame.
"""
from __future__ import annotations

from viewer.analysis.attribution.reported_clauses import REPORTING_VERBS
from viewer.analysis.attribution.reported_speech import Frame, unquoted
from viewer.analysis.speakers.kinds import communication_nouns, names_document, written_nouns
from viewer.corpus.spans import Span


def closing_paper_frames(doc, unit_spans: list[Span], quoted: list[Span]) -> list[Frame]:
    """The frame of every unit closing on ", the <paper> <reporting word tagged a noun>"."""
    frames = []
    for unit in unit_spans:
        tokens = [t for t in unquoted(doc.char_span(unit.start, unit.end, alignment_mode="expand"), quoted)
                  if not t.is_space]
        while tokens and tokens[-1].is_punct:
            tokens.pop()
        frame = _closing_frame(tokens, unit)
        if frame is not None:
            frames.append(frame)
    return frames


def _closing_frame(tokens: list, unit: Span) -> Frame | None:
    if len(tokens) < 4 or tokens[-1].pos_ != "NOUN" or tokens[-1].lemma_.lower() not in REPORTING_VERBS:
        return None
    comma = next((i for i in range(len(tokens) - 2, 0, -1) if tokens[i].text == ","), None)
    if comma is None or comma == len(tokens) - 2:
        return None
    cue, speaker = tokens[-1], tokens[comma + 1:-1]
    if not _paper(speaker[-1]) or any(t.pos_ in ("AUX", "PRON") or t.tag_ in ("VBD", "VBZ") for t in speaker):
        return None  # "…, which he says": a clause, not a paper's name ("charging documents", "probable cause" pass)
    content = Span(tokens[0].idx, tokens[comma - 1].idx + len(tokens[comma - 1].text))
    return Frame("indirect", [cue], speaker, content, unit, postposed=True)


def _paper(noun) -> bool:
    lemma = noun.lemma_.lower()
    return noun.pos_ == "NOUN" and (lemma in communication_nouns() or names_document(noun) or lemma in written_nouns())
