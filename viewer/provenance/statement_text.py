"""Who said what, as a researcher cites it: the attribution panel's copy (Ctrl+C, its menu's first entry).

Copy in the panel was Qt's default: the statement cell alone, cut at 400 characters, with no speaker, article or
date (window39's walk). Each statement is a paragraph of plain text, read the same in a note, an e-mail or a word
processor, like a claim copied from the claims table (`claim_text`):

    Tod Goodyear (Major, sheriff's office spokesman) — reported, said: “Rodney Patrick Jr., 22, was in his home…”
      in “Deputies: Man accidentally kills teen while acting out music lyrics”, WFTV (d2), 2016-11-14
      relayed: WFTV ← AP (reported) ← Tod Goodyear

The speaker is named as the analysis resolved them across the corpus, with the name the article gives where that
differs; the cue and the quoted or reported words are the article's own, whole.
"""
from __future__ import annotations

from collections.abc import Sequence

from viewer.analysis.model import unsaid_label
from viewer.analysis.store import StoredAttribution, StoredSpeaker
from viewer.corpus import publication
from viewer.corpus.dating import Dating
from viewer.corpus.store import Corpus, Document
from viewer.provenance.plain_text import quoted
from viewer.provenance.wording import NO_OUTLET, cited_date

KIND_WORDS = {"direct": "quote", "indirect": "reported", "according-to": "according to", "belief": "belief"}


def statements_cited(corpus: Corpus, statements: Sequence[tuple[StoredAttribution, StoredSpeaker | None]]) -> str:
    """Each statement with its speaker as resolved (None: as the article gives them) cited (`statement_cited`),
    a blank line between them."""
    ids = sorted({a.document_id for a, _speaker in statements})
    documents = corpus.documents_by_id(ids, with_text=True)
    datings = publication.datings(corpus, ids)
    return "\n\n".join(statement_cited(a, documents[a.document_id], datings[a.document_id], speaker)
                       for a, speaker in statements)


def statement_cited(a: StoredAttribution, document: Document, dating: Dating, speaker: StoredSpeaker | None = None) -> str:
    """The speaker, the kind and cue, the words; the article by title, outlet, number and date as its pane's header
    gives them; the relays."""
    text = document.text
    words = " … ".join(" ".join(span.text_of(text).split()) for span in a.spans())
    outlet = dating.outlet or document.outlet or NO_OUTLET
    title = " ".join((document.title or "").split())
    how, unsaid = how_said(a, text), unsaid_label(a.negation)
    if unsaid and unsaid not in how:  # a report not made, said before the words, once ("reported, did not say")
        how += f" ({unsaid})"
    lines = [f"{_who(a, speaker)} — {how}: {quoted(words)}",
             f"  in {quoted(title)}, {outlet} (d{a.document_id}), {cited_date(dating)}"]
    if a.via:
        lines.append("  relayed: " + " ← ".join([outlet, *(f"{r.name} ({r.cue})" for r in a.via), _name(a, speaker)]))
    return "\n".join(lines)


def how_said(a: StoredAttribution, text: str) -> str:
    """The statement's kind and its cue as written: "reported, said". A headline's colon ("Susan Rice: Netanyahu
    Visit 'Destructive'") is a cue with no word, shown in quotes so it reads as the mark it is, not as "reported, :"."""
    how = KIND_WORDS.get(a.kind, a.kind)
    cue = " ".join(text[a.cue.start:a.cue.end].split()) if a.cue else ""
    if not cue:
        return how
    return f"{how}, {cue}" if any(c.isalnum() for c in cue) else f"{how}, after “{cue}”"


def _name(a: StoredAttribution, speaker: StoredSpeaker | None) -> str:
    return speaker.name if speaker is not None else a.shown_speaker


def _who(a: StoredAttribution, speaker: StoredSpeaker | None) -> str:
    """"Tod Goodyear (Major, sheriff's office spokesman)", and the article's own name for them where it differs."""
    name = _name(a, speaker)
    role = a.speaker_role or (speaker.role if speaker is not None else None)
    written = a.speaker_name if a.speaker_name and a.speaker_name.casefold() != name.casefold() else ""
    details = [d for d in (role if a.speaker_name else None, f"named “{written}” here" if written else "") if d]
    return f"{name} ({'; '.join(details)})" if details else name
