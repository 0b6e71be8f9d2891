"""Plain records the analysis steps hand to each other and to the store.

Offsets are Python string indices into the document's stored text, end exclusive, so a span
can always be checked with ``text[span.start:span.end]``.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from viewer.corpus.spans import Span

__all__ = ["Span", "Relay", "Attribution", "SpeakerMention", "Speaker", "Mention", "Discrepancy", "Claim",
           "ATTRIBUTION_KINDS", "MADE_REPORT", "NEGATIONS", "NOT_STATED", "NOT_STATED_EXPLAINED", "SPEAKER_KINDS", "UNNAMED", "UNNAMED_SOURCES", "UNSAID_WORDS", "unnamed",
           "claim_wording", "unsaid_label"]

ATTRIBUTION_KINDS = ("direct", "indirect", "according-to", "belief")  # how a statement is reported
# a report kept though not made, as PolNeAR's guidelines count it: "did not say whether", "declined to say whether"
NEGATIONS = ("negated", "withheld")
MADE_REPORT = "made"  # how the command line names a report made, stored as no negation
# "country": a state speaking ("Russia said"); "document": the poll, the filing
SPEAKER_KINDS = ("person", "organisation", "country", "group", "document", "unknown")
UNNAMED = "unnamed source"  # attributed ("…, a source said") to no one the analysis could name
UNNAMED_SOURCES = "Unnamed sources"  # the heading their statements are gathered under


def unnamed(description: str | None) -> str:
    """How every view shows a speaker the article does not name: "unnamed: officials", with the
    article's words for it (an attribution's role), or "unnamed source" when there are none."""
    return f"unnamed: {description}" if description else UNNAMED


# how every view says a report was not made (NEGATIONS), before its words: "Police did not say: whether…"
UNSAID_WORDS = {"negated": "did not say", "withheld": "declined to say"}


def unsaid_label(negation: str | None) -> str:
    """"did not say" for a negated report, "declined to say" for a withheld one, "" for a report made."""
    return UNSAID_WORDS.get(negation, "") if negation else ""


# A claim every source holds only in a report not made: its words are in the articles, but no one states it
NOT_STATED = "not stated"
NOT_STATED_EXPLAINED = ("Not stated: every source holds this claim only in a report not made (“did not say whether…”,"
                        " “declined to say”), so it is no one's claim")


def claim_wording(label: str, stated: bool) -> str:
    """A claim's label as every view and report names it: "not stated: …" before one no source states."""
    return label if stated else f"{NOT_STATED}: {label}"


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
    intention); ``parts`` are further quoted passages of the same statement. ``negation`` is None for a
    report made, else one of NEGATIONS: the speaker did not say the content ("did not say", "never said")
    or kept it back ("declined to say", "stopped short of saying"), so it is no statement of theirs.
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
    negation: str | None = None  # None: a report made; else one of NEGATIONS

    @property
    def made(self) -> bool:
        """Whether the speaker said the content: a negated or withheld report is kept, but states nothing of theirs."""
        return self.negation is None


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

    @property
    def place(self) -> tuple[int, int, int]:
        """Its document and characters: where the claim unit it words is found (`claims.features.Recorded`)."""
        return self.document, self.start, self.end


@dataclass
class Discrepancy:
    kind: str  # number | time | name | attribution | polarity | speaker
    explanation: str
    mentions: list[Mention]


@dataclass
class Claim:
    label: str
    mentions: list[Mention]
    discrepancies: list[Discrepancy] = field(default_factory=list)
