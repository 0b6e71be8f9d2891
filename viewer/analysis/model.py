"""Plain records the analysis steps hand to each other and to the store.

Offsets are Python string indices into the document's stored text, end exclusive, so a span
can always be checked with ``text[span.start:span.end]``.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from viewer.corpus.spans import Span

__all__ = ["Span", "Relay", "Attribution", "SpeakerMention", "Speaker", "Mention", "Discrepancy", "Claim",
           "ATTRIBUTION_KINDS", "SPEAKER_KINDS", "UNNAMED", "UNNAMED_SOURCES", "unnamed"]

ATTRIBUTION_KINDS = ("direct", "indirect", "according-to", "belief")  # how a statement is reported
# "country": a state speaking ("Russia said"); "document": the poll, the filing
SPEAKER_KINDS = ("person", "organisation", "country", "group", "document", "unknown")
UNNAMED = "unnamed source"  # attributed ("…, a source said") to no one the analysis could name
UNNAMED_SOURCES = "Unnamed sources"  # the heading their statements are gathered under


def unnamed(description: str | None) -> str:
    """How every view shows a speaker the article does not name: "unnamed: officials", with the
    article's words for it (an attribution's role), or "unnamed source" when there are none."""
    return f"unnamed: {description}" if description else UNNAMED


@dataclass(frozen=True)
class Relay:
    """One hop a statement travelled through before reaching the article ("AFP", "reported")."""

    name: str
    cue: str


@dataclass
class Attribution:
    """Who said what in one document.

    ``speaker`` is the surface mention (a name, "he", "the ministry"); ``speaker_name`` is the
    name it resolves to inside the document, with titles and roles split off into
    ``speaker_role``. ``kind`` is direct, indirect, according-to or belief (a reported belief or
    intention); ``parts`` are further quoted passages of the same statement.
    """

    kind: str
    content: Span
    speaker: Span | None
    speaker_name: str
    cue: Span | None = None
    speaker_role: str | None = None
    speaker_kind: str = "unknown"  # one of SPEAKER_KINDS
    via: list[Relay] = field(default_factory=list)
    parts: list[Span] = field(default_factory=list)  # further quoted passages of the same statement


@dataclass
class SpeakerMention:
    """A speaker as one document names it, the input to corpus-wide speaker resolution."""

    document: int
    name: str
    role: str | None = None
    kind: str = "unknown"


@dataclass
class Speaker:
    """One canonical person or body across the corpus."""

    name: str
    kind: str
    role: str | None
    aliases: list[str]


@dataclass(frozen=True)
class Mention:
    """A claim as one document words it."""

    document: int
    start: int
    end: int
    text: str


@dataclass
class Discrepancy:
    kind: str  # number | name | attribution | polarity | ...
    explanation: str
    mentions: list[Mention]


@dataclass
class Claim:
    label: str
    mentions: list[Mention]
    discrepancies: list[Discrepancy] = field(default_factory=list)
