"""The researcher's corrections: typed records, kept apart from the analysis so they survive re-analysis.

Each correction names what it touches by stable keys (speaker names, document + character
offsets), never by row ids, which the analysis renumbers. The window builds them from gestures,
the CLI from its words, and `parse` turns a kind's name and fields (as stored, or as the CLI
resolved them) into one: the kind names live here and nowhere else, each with what it means
(``what``, the CLI's help). `analysis.store` records and reads those the analysis applies, and
`overlay` says what they amount to, for the pipeline; a document's title, outlet and date are
`corpus.publication`'s to keep (`operations.record` sends each correction where it belongs).
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from dataclasses import fields as dataclass_fields
from typing import ClassVar

from viewer.analysis.model import NEGATIONS, Attribution, Mention
from viewer.jobs import ATTRIBUTIONS, CLAIMS, DOCUMENTS, SPEAKERS

Passage = tuple[int, int, int]  # document, start, end
EDITABLE_ATTRIBUTION_FIELDS = ("kind", "speaker_name", "speaker_role", "speaker_kind", "negation")


class _Stored:
    """A correction as it is stored (JSON) and read back: its dataclass fields, tuples as lists;
    each kind's ``__post_init__`` checks and normalises what it is given."""

    def fields(self) -> dict:
        return {f.name: _stored(getattr(self, f.name)) for f in dataclass_fields(self)}

    @classmethod
    def from_fields(cls, f: Mapping):
        return cls(*(f[item.name] for item in dataclass_fields(cls)))


def _stored(value: object) -> object:
    if isinstance(value, tuple):
        return list(value)
    return dict(value) if isinstance(value, Mapping) else value


@dataclass
class Corrections:
    """What every correction made so far amounts to, later ones undoing earlier ones."""

    must_link: list[tuple[Mention, Mention]] = field(default_factory=list)
    cannot_link: list[tuple[Mention, Mention]] = field(default_factory=list)
    same_speaker: list[tuple[str, str]] = field(default_factory=list)
    different_speaker: list[tuple[str, str]] = field(default_factory=list)
    attribution_edits: dict[tuple[int, int, int], dict] = field(default_factory=dict)
    deleted_attributions: set[tuple[int, int, int]] = field(default_factory=set)
    # (document, claim) → the researcher's word that the document does not carry the claim, or that a passage of it does
    not_carried: dict[tuple[int, int], NotCarried] = field(default_factory=dict)
    carried: dict[tuple[int, int], Carries] = field(default_factory=dict)

    def kept_apart(self) -> list[tuple[int, list[Mention]]]:
        """(document, passages) whose units linking never puts in one claim: each document judged not to
        carry a claim, against that claim's passages in the other sources."""
        return [(c.document, [_mention(p) for p in c.anchors]) for c in self.not_carried.values()]

    def apply_to_attributions(self, document_id: int, found: list[Attribution]) -> list[Attribution]:
        """Drop what the researcher deleted and overlay what they edited."""
        kept = []
        for a in found:
            key = (document_id, a.content.start, a.content.end)
            if key in self.deleted_attributions:
                continue
            for name, value in self.attribution_edits.get(key, {}).items():
                setattr(a, name, value)
            kept.append(a)
        return kept


def _swap(pair: tuple, undo: list, into: list) -> None:
    """Record ``pair`` in ``into``, taking it (either way round) out of ``undo``."""
    for candidate in (pair, pair[::-1]):
        if candidate in undo:
            undo.remove(candidate)
    into.append(pair)


def _passage(value: object) -> Passage:
    if not (isinstance(value, (list, tuple)) and len(value) == 3 and all(type(v) is int for v in value)):
        raise ValueError(f"{value!r} is not a passage (document, start, end)")
    document, start, end = value
    if not 0 <= start < end:
        raise ValueError(f"d{document}:{start}-{end} is not a passage: it must start before it ends")
    return document, start, end


def _mention(passage: Passage) -> Mention:
    return Mention(*passage, "")


def passage_of(m: Mention) -> Passage:
    """Where a mention stands, as corrections name passages."""
    return m.document, m.start, m.end


@dataclass(frozen=True)
class _Passages(_Stored):
    a: Passage
    b: Passage
    touches: ClassVar[frozenset[str]] = frozenset({CLAIMS})

    def __post_init__(self) -> None:
        object.__setattr__(self, "a", _passage(self.a))
        object.__setattr__(self, "b", _passage(self.b))

    def pair(self) -> tuple[Mention, Mention]:
        return _mention(self.a), _mention(self.b)


@dataclass(frozen=True)
class Link(_Passages):
    what: ClassVar[str] = "two passages state the same claim"
    kind: ClassVar[str] = "link"

    def apply(self, out: Corrections) -> None:
        _swap(self.pair(), out.cannot_link, out.must_link)


@dataclass(frozen=True)
class Unlink(_Passages):
    what: ClassVar[str] = "two passages are not the same claim"
    kind: ClassVar[str] = "unlink"

    def apply(self, out: Corrections) -> None:
        _swap(self.pair(), out.must_link, out.cannot_link)


@dataclass(frozen=True)
class _Speakers(_Stored):
    a: str
    b: str
    touches: ClassVar[frozenset[str]] = frozenset({SPEAKERS})

    def __post_init__(self) -> None:
        if not all(isinstance(name, str) and name.strip() for name in (self.a, self.b)):
            raise ValueError(f"{self.kind} needs two speaker names, not {self.a!r} and {self.b!r}")
        if self.a == self.b:
            raise ValueError(f"“{self.a}” and “{self.b}” are the same name; name two speakers")


@dataclass(frozen=True)
class MergeSpeakers(_Speakers):
    what: ClassVar[str] = "two names are one speaker"
    kind: ClassVar[str] = "merge-speakers"

    def apply(self, out: Corrections) -> None:
        _swap((self.a, self.b), out.different_speaker, out.same_speaker)


@dataclass(frozen=True)
class SplitSpeaker(_Speakers):
    what: ClassVar[str] = "two names are different speakers"
    kind: ClassVar[str] = "split-speaker"

    def apply(self, out: Corrections) -> None:
        _swap((self.a, self.b), out.same_speaker, out.different_speaker)


@dataclass(frozen=True)
class _Attribution(_Stored):
    document: int
    content: tuple[int, int]

    def __post_init__(self) -> None:
        document, start, end = _passage([self.document, *self.content])
        object.__setattr__(self, "content", (start, end))

    @property
    def key(self) -> tuple[int, int, int]:
        return (self.document, *self.content)


@dataclass(frozen=True)
class EditAttribution(_Attribution):
    """``negation`` None says the report was made; "negated" or "withheld" that it was not (`model.NEGATIONS`)."""

    what: ClassVar[str] = "change the kind, speaker or role of an attribution, or whether it was made, where the analysis erred"
    changes: Mapping[str, str | None] = field(default_factory=dict, hash=False)
    kind: ClassVar[str] = "edit-attribution"

    def __post_init__(self) -> None:
        super().__post_init__()
        unknown = set(self.changes) - set(EDITABLE_ATTRIBUTION_FIELDS)
        if unknown:
            raise ValueError(f"cannot edit {', '.join(sorted(unknown))} of an attribution; only"
                             f" {', '.join(EDITABLE_ATTRIBUTION_FIELDS)}")
        if not self.changes:
            raise ValueError(f"an attribution edit changes at least one of {', '.join(EDITABLE_ATTRIBUTION_FIELDS)}")
        if self.changes.get("negation") not in (None, *NEGATIONS):
            raise ValueError(f"{self.changes['negation']!r} does not say whether a report was made; expected"
                             f" {' or '.join(NEGATIONS)}, or nothing for a report made")
        object.__setattr__(self, "changes", dict(self.changes))

    @property
    def touches(self) -> frozenset[str]:
        """A report made or not made is a source of a claim or not, and its words a denial or not: claims too."""
        said = frozenset({SPEAKERS, ATTRIBUTIONS})
        return said | {CLAIMS} if "negation" in self.changes else said

    def apply(self, out: Corrections) -> None:
        out.attribution_edits.setdefault(self.key, {}).update(self.changes)


@dataclass(frozen=True)
class DeleteAttribution(_Attribution):
    what: ClassVar[str] = "an attribution the analysis got wrong"
    kind: ClassVar[str] = "delete-attribution"
    # A source that drops an attribution it shared is a discrepancy of the claim.
    touches: ClassVar[frozenset[str]] = frozenset({SPEAKERS, ATTRIBUTIONS, CLAIMS})

    def apply(self, out: Corrections) -> None:
        out.deleted_attributions.add(self.key)


# -- which sources carry a claim: the researcher's word on a whole article ---------------------


def _anchors(value: object, document: int) -> tuple[Passage, ...]:
    if not isinstance(value, (list, tuple)) or not value:
        raise ValueError("a claim is named by its passages in the other sources; none was given")
    anchors = tuple(_passage(p) for p in value)
    if any(p[0] == document for p in anchors):
        raise ValueError(f"the claim's passages name d{document} itself; name its passages in the other sources")
    return anchors


@dataclass(frozen=True)
class _ClaimSource(_Stored):
    """A claim as these corrections name it: its id then (`claims.identity` keeps ids across relinks, as
    notes and tags rely on), its wording then (to name it once it is gone), and its passages in the other
    sources then (``anchors``): relinking keeps the document from, or joins the passage to, those passages
    whatever their units become, and the claim the correction stands for now is the one holding at least
    half of them (`claim_sources`). Each kind adds where it stands: a document, or a passage of one."""

    claim: int
    label: str
    anchors: tuple[Passage, ...]
    touches: ClassVar[frozenset[str]] = frozenset({CLAIMS})

    def __post_init__(self) -> None:
        self._normalise()
        _document(self.document)
        if type(self.claim) is not int or self.claim < 1:
            raise ValueError(f"{self.claim!r} is not a claim")
        if not isinstance(self.label, str):
            raise ValueError(f"the wording of claim [{self.claim}] must be text, not {self.label!r}")
        object.__setattr__(self, "anchors", _anchors(self.anchors, self.document))

    def _normalise(self) -> None:
        """Where the correction stands, checked and normalised before the claim is."""


@dataclass(frozen=True)
class NotCarried(_ClaimSource):
    what: ClassVar[str] = "an article does not carry a claim: none of its passages may join it"
    kind: ClassVar[str] = "not-carried"
    document: int

    def apply(self, out: Corrections) -> None:
        out.carried.pop((self.document, self.claim), None)
        out.must_link[:] = [(a, b) for a, b in out.must_link if not self._joins(a, b) and not self._joins(b, a)]
        out.not_carried[(self.document, self.claim)] = self

    def _joins(self, a: Mention, b: Mention) -> bool:
        return a.document == self.document and passage_of(b) in self.anchors


@dataclass(frozen=True)
class Carries(_ClaimSource):
    what: ClassVar[str] = "a passage carries a claim it was not linked to (and lifts a not-carried of its article)"
    kind: ClassVar[str] = "carries"
    passage: Passage

    def _normalise(self) -> None:
        object.__setattr__(self, "passage", _passage(self.passage))

    @property
    def document(self) -> int:
        return self.passage[0]

    def apply(self, out: Corrections) -> None:
        out.not_carried.pop((self.document, self.claim), None)
        for anchor in self.anchors:
            _swap((_mention(self.passage), _mention(anchor)), out.cannot_link, out.must_link)
        out.carried[(self.document, self.claim)] = self


# -- a document's title, outlet and date: kept by `corpus.publication`, not relinked ----------


def _document(value: object) -> int:
    if type(value) is not int or value < 1:
        raise ValueError(f"{value!r} is not a document")
    return value


@dataclass(frozen=True)
class _DocumentField(_Stored):
    document: int
    value: str
    field: ClassVar[str]  # the document's column
    touches: ClassVar[frozenset[str]] = frozenset({DOCUMENTS})

    def __post_init__(self) -> None:
        _document(self.document)
        if not isinstance(self.value, str):
            raise ValueError(f"the new {self.kind} of d{self.document} must be text, not {self.value!r}")


@dataclass(frozen=True)
class SetTitle(_DocumentField):
    what: ClassVar[str] = "set a document's title (the original is kept; `restore` brings it back)"
    kind: ClassVar[str] = "title"
    field: ClassVar[str] = "title"


@dataclass(frozen=True)
class SetOutlet(_DocumentField):
    what: ClassVar[str] = "set a document's outlet (the original is kept; `restore` brings it back)"
    kind: ClassVar[str] = "outlet"
    field: ClassVar[str] = "outlet"


@dataclass(frozen=True)
class SetDate(_DocumentField):
    what: ClassVar[str] = "set a document's date (the original is kept; `restore` brings it back)"
    kind: ClassVar[str] = "date"
    field: ClassVar[str] = "published"


SETTABLE: dict[str, type[_DocumentField]] = {cls.kind: cls for cls in (SetTitle, SetOutlet, SetDate)}


@dataclass(frozen=True)
class Restore(_Stored):
    what: ClassVar[str] = "give a document's title, outlet or date back its original value"
    document: int
    field: str  # a column of `SETTABLE`
    kind: ClassVar[str] = "restore"
    touches: ClassVar[frozenset[str]] = frozenset({DOCUMENTS})

    def __post_init__(self) -> None:
        _document(self.document)
        if self.field not in {cls.field for cls in SETTABLE.values()}:
            raise ValueError(f"only the {', '.join(SETTABLE)} of a document can be restored, not {self.field!r}")


@dataclass(frozen=True)
class Withdraw:
    """Take back one recorded attribution edit or deletion, or a word on which articles carry a claim (Edit →
    Undo): its record goes and an attribution's stored row comes back as it stood before (``row``, None when
    there was none).
    Never stored itself: the corrections left are what relinking applies."""

    correction: EditAttribution | DeleteAttribution | NotCarried | Carries
    row: Mapping[str, object] | None
    kind: ClassVar[str] = "withdraw"

    @property
    def touches(self) -> frozenset[str]:
        return self.correction.touches


AnalysisCorrection = Link | Unlink | MergeSpeakers | SplitSpeaker | EditAttribution | DeleteAttribution | NotCarried | Carries
DocumentCorrection = SetTitle | SetOutlet | SetDate | Restore
Correction = AnalysisCorrection | DocumentCorrection
KINDS: dict[str, type[Correction]] = {
    cls.kind: cls for cls in (Link, Unlink, MergeSpeakers, SplitSpeaker, SetTitle, SetOutlet, SetDate, Restore,
                              EditAttribution, DeleteAttribution, NotCarried, Carries)
}


def parse(kind: str, fields: Mapping) -> Correction:
    """The correction a kind's name and fields stand for; anything else is refused with the reason."""
    if kind not in KINDS:
        raise ValueError(f"unknown correction {kind!r}; expected one of {', '.join(KINDS)}")
    try:
        return KINDS[kind].from_fields(fields)
    except (KeyError, TypeError) as exc:
        raise ValueError(f"a {kind} correction cannot hold {dict(fields)!r} ({type(exc).__name__}: {exc})") from None


def touched_by(corrections: Iterable[Correction]) -> frozenset[str]:
    """What relinking after these corrections can change."""
    return frozenset().union(*(c.touches for c in corrections))


def overlay(corrections: Iterable[AnalysisCorrection]) -> Corrections:
    """All corrections applied in the order they were made (a later unlink undoes an earlier link)."""
    out = Corrections()
    for correction in corrections:
        correction.apply(out)
    return out
