"""A claim's timeline: the sources carrying it in time order, its first reporter, and its thread.

Each source says when it was published and how we know (`corpus.publication`), how it words the
claim, the figures it gives with their hedges, who it attributes the claim to and through whom
it came. The first dated source is the first reporter; sources nothing dates come last, by import
time, and are never taken for the first. The thread is the claim's earlier and later updates,
the passages relinking found counting the same measure about the same subject
(`analysis.claims.threads`): other claims, each placed at its earliest source, and reports no
other source carries, each at its own date, with what changed from one to the next.
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from viewer.analysis import store
from viewer.analysis.claims.features import ClaimUnit, CountedFigure
from viewer.analysis.claims.foreign_neighbours import english_name_keys, name_keys
from viewer.analysis.claims.foreign_units import rendered_in, written_in
from viewer.analysis.model import Mention, Relay, unsaid_label
from viewer.analysis.set_out import read_out
from viewer.analysis.store import StoredAttribution, StoredClaim
from viewer.analysis.updated_figures import later_figures
from viewer.corpus import publication
from viewer.corpus.dating import Dating
from viewer.corpus.spans import Span
from viewer.corpus.store import Corpus, Document
from viewer.jobs import TaskState
from viewer.provenance.changes import Change, Said, changes, update_changes
from viewer.provenance.wording import claim_label

_TRUST = {"metadata": 0, "dateline": 1, "text": 2, "import": 3}
THREAD_LIMIT = 40  # updates shown around a claim, nearest in time first
TOGETHER = 256  # claims an export traces at once: their sources' units and statements are held together
# A thread is found by what its figures count, never verified as one event's count: on multi-outlet coverage
# nobody here wrote, about one entry in ten counted the claim's own thing and event; every output says so.
THREAD_HEADING = "Possible updates: the same thing counted in related reports, not verified"
# A report lists the claim among this many of its updates, nearest in time; a claim of a 3-article report had up
# to 39, so reports were mostly unverified updates. The rest are counted; the window lists THREAD_LIMIT - 1.
REPORT_UPDATES = 5

@dataclass(frozen=True)
class Statement:
    """Who a source gives the claim to, and the agencies or platforms it came through (speaker first)."""

    speaker_id: int | None
    speaker: str
    kind: str
    via: tuple[Relay, ...]
    content: Span
    parts: tuple[Span, ...] = ()  # further passages of the same statement ("…,” he said. “…”)
    unsaid: str = ""  # "did not say", "declined to say" for a report not made (`model.unsaid_label`); "" for one made

    def spans(self) -> tuple[Span, ...]:
        """The content and its further parts, as `store.StoredAttribution.spans` gives them."""
        return (self.content, *self.parts)


@dataclass(frozen=True)
class Source:
    """One document carrying the claim."""

    document_id: int
    title: str
    outlet: str | None
    dating: Dating
    mentions: tuple[Mention, ...]
    figures: tuple[CountedFigure, ...]
    statements: tuple[Statement, ...]
    first: bool = False
    changes: tuple[Change, ...] = ()
    # a source the analysis reads no statements of (`unread`): the person another source gives the claim to whom its
    # own words name ("По словам Конашенкова, …" where an English source quotes Konashenkov), id and name, else None
    named: tuple[int, str] | None = None
    # reports not made that hold the claim's words here ("Police did not say"): no source of it, and said so
    unsaid: tuple[str, ...] = ()
    # (a figure's start, the words of the figure its article gives anew for it: "37" for "33" below which it says
    # "The death toll has since risen to 37", `analysis.updated_figures`)
    later: tuple[tuple[int, str], ...] = ()
    read_out: bool = False  # its words lie in a statement read out after a colon (`set_out.read_out`), no outlet's fact

    @property
    def label(self) -> str:
        return f"d{self.document_id}"

    @property
    def wording(self) -> str:
        return " … ".join(m.text for m in self.own_words())

    def own_words(self) -> list[Mention]:
        """The source's own words for the claim, without the renderings of them it quotes in another language."""
        return [m for m in self.mentions if not rendered_in(m, self.mentions)]

    @property
    def unread(self) -> str:
        """The language of a source whose own words are all in one the analysis parses no statements or figures of
        ("Russian": a report written in it, linked by the multilingual model); "" for a source it reads."""
        return written_in(self.own_words())

    def renderings(self) -> list[tuple[str, Mention]]:
        """Each passage rendering the source's words in another language, with the language's name ("Russian")."""
        return [(language, m) for m in self.mentions if (language := rendered_in(m, self.mentions))]

    @property
    def hedges(self) -> list[str]:
        """The hedged figures ("more than 1,000", "as many as 1,026"): how sure the source sounds."""
        return [f.text for f in self.figures if f.qualifier not in ("exact", "")]

    def said(self) -> Said:
        speakers = tuple(dict.fromkeys(s.speaker for s in self.statements if s.speaker))
        relays = tuple(dict.fromkeys(r.name for s in self.statements for r in s.via))
        return Said(self.figures, speakers, relays, self.unsaid, self.read_out)

    def chains(self) -> list[list[str]]:
        """Each relay chain as hops from the speaker to this outlet: speaker, agencies, outlet."""
        outlet = self.outlet or self.label
        hops = (tuple([s.speaker, *(r.name for r in s.via), outlet]) for s in self.statements)
        return [list(chain) for chain in dict.fromkeys(hops)]

    def relayed(self, sep: str = "\n") -> str:
        """Each chain that passes through someone, speaker to outlet, a line each; a speaker heard with no one between
        is "direct" (named when other chains stand beside it): "Blake Farenthold → d1" repeated the speaker as if
        relayed. Joined by " | " on one line, the PDF's cell read "… → AFP → BNR | Russia's Defense Ministry:
        direct" as one chain running on."""
        chains = self.chains()
        if all(len(c) <= 2 for c in chains):
            return "direct" if chains else ""
        return sep.join(" → ".join(c) if len(c) > 2 else f"{c[0]}: direct" for c in chains)


@dataclass(frozen=True)
class ThreadEntry:
    """An update of the claim's measure: another claim at its earliest source, or a report no
    other source carries (``claim_id`` None), with the figures its passage gives."""

    claim_id: int | None
    label: str
    dating: Dating
    document_id: int
    passage: Mention  # where its earliest source words it
    figures: tuple[CountedFigure, ...]
    speakers: tuple[str, ...]
    relays: tuple[str, ...]
    sources: int
    current: bool = False
    changes: tuple[Change, ...] = ()

    @property
    def placed(self) -> str:
        return self.dating.placed

    @property
    def name(self) -> str:
        """"[7]", or "d5" for a report no other source carries."""
        return claim_label(self.claim_id) if self.claim_id is not None else f"d{self.document_id}"

    def said(self) -> Said:
        return Said(self.figures, self.speakers, self.relays)

    def order(self) -> tuple:
        """Time order; two updates one report gives ("959 since Monday… 694 in the last 24 hours") in its reading order."""
        return (*time_key(self.dating, self.document_id), self.passage.start, self.claim_id or 0)


@dataclass(frozen=True)
class Timeline:
    claim: StoredClaim
    sources: tuple[Source, ...]
    thread: tuple[ThreadEntry, ...]  # the claim itself among its updates, in time order; () when it has none
    found: int = 0  # updates found: the thread keeps the THREAD_LIMIT - 1 nearest in time of them

    @property
    def first(self) -> Source | None:
        return next((s for s in self.sources if s.first), None)

    @property
    def firsts(self) -> tuple[Source, ...]:
        """Every source of the earliest day: which of them a sort puts first says nothing about who reported first."""
        return tuple(s for s in self.sources if s.first)

    @property
    def counted(self) -> str:
        """"3 sources", "1 source (+2 holding it only in a report not made)", or "no source states it: 3 hold it only
        in a report not made": as the claims table's "1 (+2)" and "0 (+3)", a report not made is no one's source
        (the heading said "3 sources" of a claim the table gave none)."""
        unsaid = sum(1 for s in self.sources if s.document_id in self.claim.unsaid)
        stated = len(self.sources) - unsaid
        if unsaid and not stated:
            return f"no source states it: {unsaid} hold{'s' if unsaid == 1 else ''} it only in a report not made"
        return f"{stated} source{'s' if stated != 1 else ''}" + (
            f" (+{unsaid} holding it only in a report not made)" if unsaid else "")

    @property
    def no_first(self) -> str:
        """Why no source is marked first (after `counted`): no source states the claim, or none that does is dated."""
        if not self.claim.stated:
            return "so it has no first reporter"
        return "no source that states it is dated, so the first reporter is unknown"

    @property
    def listed(self) -> int:
        """Possible updates the thread holds (the claim itself is one of its entries)."""
        return len(self.thread) - 1 if self.thread else 0

    @property
    def updates(self) -> int:
        """How many possible updates were found, those the thread leaves out included."""
        return max(self.found, self.listed)

    def nearest_updates(self, count: int | None = None) -> tuple[ThreadEntry, ...]:
        """The claim among the ``count`` (REPORT_UPDATES) updates nearest it in the thread's time order (as
        many before as after where there are): what a report prints, the rest counted."""
        count = REPORT_UPDATES if count is None else count
        if len(self.thread) <= count + 1:
            return self.thread
        at = next(i for i, e in enumerate(self.thread) if e.current)
        start = max(0, min(at - count // 2, len(self.thread) - count - 1))
        return self.thread[start:start + count + 1]


def updates_counted(t: Timeline) -> str:
    """"(12)", or "(39 of 112)" when the thread keeps only the nearest: the window's and every report's count."""
    return f"({t.listed} of {t.updates})" if t.listed < t.updates else f"({t.updates})"


def report_updates(t: Timeline) -> tuple[str, tuple[ThreadEntry, ...], str | None]:
    """What every report prints of a claim's possible updates: the heading with their count, the entries
    it lists (the claim among its nearest in time), and what it says of those it leaves out (None: none)."""
    shown = t.nearest_updates()
    left = t.updates - (len(shown) - 1)
    if left <= 0:
        return f"{THREAD_HEADING} {updates_counted(t)}", shown, None
    where = "them" if t.listed >= t.updates else f"the {t.listed} nearest in time"
    return (f"{THREAD_HEADING} {updates_counted(t)}", shown,
            f"… and {left} more possible update{'s' if left != 1 else ''} of {claim_label(t.claim.id)}, not listed in this report; "
            f"its timeline in the window lists {where}.")


def in_chunks(claims: Sequence[StoredClaim], state: TaskState, doing: str = "tracing") -> Iterator[Sequence[StoredClaim]]:
    """The claims TOGETHER at a time, as an export traces them: a cancel is heard and progress told
    between chunks, saying what is being done to them (a report's later pass over the same claims must
    not read as the first one starting again)."""
    for done in range(0, len(claims), TOGETHER):
        state.check()
        chunk = claims[done:done + TOGETHER]
        state.progress(done, len(claims), f"{doing} {claim_label(chunk[0].id)}" + (f"–{claim_label(chunk[-1].id)}" if len(chunk) > 1 else ""))
        yield chunk


def timeline(corpus: Corpus, claim_id: int) -> Timeline:
    """The timeline of one claim (KeyError for a claim the corpus does not hold)."""
    found = store.claims(corpus, [claim_id])
    if not found:
        raise KeyError(f"no claim c{claim_id} in this corpus")
    return timelines(corpus, found)[claim_id]


def timelines(corpus: Corpus, claims: Sequence[StoredClaim]) -> dict[int, Timeline]:
    """The timelines of these claims, each table read once for all of them rather than once a
    claim: an export draws every claim's timeline."""
    documents = sorted({d for c in claims for d in c.documents()})
    statements = _statements(corpus, documents)
    heard = sorted({s.speaker_id for found in statements.values() for s in found if s.speaker_id is not None})
    found = _Read(publication.datings(corpus, documents), store.units_of(corpus, documents), statements,
                  corpus.documents_by_id(documents, with_text=False), store.people_names(corpus, heard),
                  _unheld_texts(corpus, claims, statements))
    sources = {c.id: _sources(c, found) for c in claims}
    threads = _threads(corpus, claims, sources)
    return {c.id: Timeline(c, sources[c.id], *threads.get(c.id, ((), 0))) for c in claims}


def time_key(dating: Dating, document_id: int) -> tuple:
    """Dated sources by day, the better-known date first on a tie; undated ones last, by import."""
    return (dating.undated, dating.placed, _TRUST[dating.date_from], document_id)


@dataclass(frozen=True)
class _Read:
    """What the sources of a set of claims need from their documents, read once."""

    dates: dict[int, Dating]
    units: dict[int, list[ClaimUnit]]
    statements: dict[int, list[Statement]]
    rows: dict[int, Document]
    people: dict[int, tuple[str, ...]]  # the names and aliases of the people speaking in these documents
    texts: dict[int, str]  # `_unheld_texts`


def _sources(claim: StoredClaim, found: _Read) -> tuple[Source, ...]:
    documents = claim.documents()
    dates, units, statements, rows = found.dates, found.units, found.statements, found.rows
    out = []
    for document_id in sorted(documents, key=lambda d: time_key(dates[d], d)):
        mentions = tuple(claim.mentions_in(document_id))
        document = rows[document_id]
        holding = _overlapping(statements.get(document_id, []), mentions)
        read = () if _made(holding) or document_id not in found.texts else _read_out(mentions, found.texts[document_id])
        holding += _overlapping(statements.get(document_id, []), read)
        figures = _figures(units[document_id], mentions)
        out.append(Source(
            document_id, document.title or document.file_name,
            dates[document_id].outlet or document.outlet, dates[document_id], mentions,
            figures, _made(holding),
            unsaid=tuple(dict.fromkeys(f"{s.speaker} {s.unsaid}" for s in holding if s.unsaid)),
            later=_later(document_id, units[document_id], figures), read_out=bool(read),
        ))
    # the earliest day's sources that state the claim share the mark: one holding it only in a report not made
    # ("Police did not say whether…") reported nothing, and was called its first reporter
    stating = [s for s in out if not s.dating.undated and s.document_id not in claim.unsaid]
    if stating:
        out = [replace(s, first=True) if s in stating and s.dating.placed == stating[0].dating.placed else s
               for s in out]
    return _changed([replace(s, named=_named(s, out, found.people)) if s.unread else s for s in out])


def _unheld_texts(corpus: Corpus, claims: Sequence[StoredClaim],
                  statements: dict[int, list[Statement]]) -> dict[int, str]:
    """The texts of the documents carrying a claim in words no statement made holds, where a statement read out may."""
    unheld = sorted({d for c in claims for d in c.documents()
                     if not _made(_overlapping(statements.get(d, []), c.mentions_in(d)))})
    return {d: document.text for d, document in corpus.documents_by_id(unheld).items()} if unheld else {}


def _read_out(mentions: Sequence[Mention], text: str) -> tuple[Mention, ...]:
    """The first paragraphs of the statements read out after a colon that hold the mentions ("issued the following
    statement:" and its paragraphs, `set_out.read_out`): the attribution of that paragraph names who issued them all."""
    return tuple(dict.fromkeys(first for m in mentions if (first := read_out(m, text)) is not None))


def _named(source: Source, sources: Sequence[Source], people: dict[int, tuple[str, ...]]) -> tuple[int, str] | None:
    """The one person the claim's other sources give it to whom an unread source's own words name (romanised, as
    `foreign_neighbours` reads names), or None: its words were never parsed, but a name they share with a speaker
    of the same claim is who they quote."""
    words = name_keys(" ".join(m.text for m in source.own_words()))
    heard = dict.fromkeys(s.speaker_id for other in sources if other is not source for s in other.statements
                          if s.speaker_id in people)
    named = [i for i in heard if any(english_name_keys(name) & words for name in people[i])]
    return (named[0], people[named[0]][0]) if len(named) == 1 else None


def _changed(sources: list[Source]) -> tuple[Source, ...]:
    """Each source with what changed since the source before it that the analysis read: a report in another
    language says nothing of who it attributes the claim to or of its figures, so it neither drops nor adds them.
    An undated source has no place in time, so nothing changed since another or before it (placed on its import
    day, it told that the toll had risen to its figure years after the dated reports)."""
    out, before = [], None
    for source in sources:
        if source.unread or source.dating.undated:
            out.append(source)
            continue
        out.append(replace(source, changes=tuple(changes(before.said(), source.said()))) if before else source)
        before = source
    return tuple(out)


def _made(statements: Sequence[Statement]) -> tuple[Statement, ...]:
    """The reports made among these: "Police did not say whether the suspect was armed" makes the police no source of
    the claim; the source names them apart (`Source.unsaid`)."""
    return tuple(s for s in statements if not s.unsaid)


def _statements(corpus: Corpus, documents: Sequence[int]) -> dict[int, list[Statement]]:
    found = store.attributions(corpus, document_ids=list(documents))
    names = store.speaker_names(corpus, [a.speaker_id for a in found if a.speaker_id is not None])
    out: dict[int, list[Statement]] = {}
    for a in found:
        out.setdefault(a.document_id, []).append(_statement(a, names))
    return out


def _statement(a: StoredAttribution, names: dict[int, str]) -> Statement:
    speaker = names.get(a.speaker_id) if a.speaker_id is not None else None
    return Statement(a.speaker_id, speaker or a.shown_speaker, a.kind, a.via, a.content, a.parts, unsaid_label(a.negation))


def _overlapping(statements: Sequence[Statement], mentions: Sequence[Mention]) -> tuple[Statement, ...]:
    """The statements a mention lies in, in their content or a further part: a quotation that
    goes on after its cue is the speaker's words, not the outlet's."""
    return tuple(s for s in statements
                 if any(p.overlaps(Span(m.start, m.end)) for p in s.spans() for m in mentions))


def _figures(units: Sequence[ClaimUnit], mentions: Sequence[Mention]) -> tuple[CountedFigure, ...]:
    """The figures the mentions give, leaving out numbers that name or pick ("Interstate 40", an
    age, a time of day): the reader marked them as no count, and a report shows counts."""
    seen: dict[tuple[int, int], CountedFigure] = {}
    for unit in units:
        if any(unit.span.start < m.end and m.start < unit.span.end for m in mentions):
            for figure in unit.features.figures:
                if figure.count and any(m.start <= figure.start < m.end for m in mentions):
                    seen.setdefault((figure.start, figure.end), figure)
    return tuple(sorted(seen.values(), key=lambda f: f.start))


def _later(document_id: int, units: Sequence[ClaimUnit], figures: Sequence[CountedFigure]) -> tuple[tuple[int, str], ...]:
    """The figures the article gives anew for the source's figures, by where each of those starts."""
    anew = later_figures(units)
    return tuple((f.start, g.text) for f in figures if (g := anew.get((document_id, f.start, f.end))))


# -- the thread ------------------------------------------------------------------------------


def _threads(corpus: Corpus, claims: Sequence[StoredClaim],
             sources: dict[int, tuple[Source, ...]]) -> dict[int, tuple[tuple[ThreadEntry, ...], int]]:
    """Each claim among its updates, and how many it has, all claims' passages, owners and updates read together."""
    passages = store.threads_passages(corpus, [c.id for c in claims])
    threaded = [c for c in claims if passages[c.id] and sources[c.id]]
    if not threaded:
        return {}
    owners = store.claims_at(corpus, [p for c in threaded for p in passages[c.id]])
    wanted = {c.id: sorted({i for p in passages[c.id] for i in owners[(p.document, p.start, p.end)]} - {c.id})
              for c in threaded}
    others = {o.id: o for o in store.claims(corpus, sorted({i for ids in wanted.values() for i in ids}))}
    updates = {c.id: ([others[i] for i in wanted[c.id] if i in others],
                      [p for p in passages[c.id] if not owners[(p.document, p.start, p.end)]]) for c in threaded}
    dates = publication.datings(corpus, sorted({d for found, alone in updates.values() for d in _documents(found, alone)}))
    current = {c.id: _entry(c.id, c.named, sources[c.id][0], len(sources[c.id]), current=True) for c in threaded}
    kept = {c.id: _kept(*updates[c.id], current[c.id], dates) for c in threaded}
    read = sorted({u[2] for entries in kept.values() for u in entries if u is not None})
    units, statements = store.units_of(corpus, read), _statements(corpus, read)
    out = {}
    for c in threaded:
        entries = [_update(u, current[c.id], dates, units, statements) for u in kept[c.id]]
        out[c.id] = (_updates_changed(entries), len(updates[c.id][0]) + len(updates[c.id][1]))
    return out


def _updates_changed(entries: list[ThreadEntry]) -> tuple[ThreadEntry, ...]:
    """Each update with what changed since the one before it in time; an undated one has no place in time, so
    neither changes since another nor serves as the one before."""
    out, before = [], None
    for entry in entries:
        if entry.dating.undated:
            out.append(entry)
            continue
        out.append(replace(entry, changes=tuple(update_changes(before.said(), entry.said()))) if before else entry)
        before = entry
    return tuple(out)


def _documents(claims: Sequence[StoredClaim], alone: Sequence[Mention]) -> set[int]:
    return {d for c in claims for d in c.documents()} | {p.document for p in alone}


def _kept(claims: Sequence[StoredClaim], alone: Sequence[Mention], current: ThreadEntry,
          dates: dict[int, Dating]) -> list[tuple | None]:
    """The ``current`` claim (None) among its updates in time order, THREAD_LIMIT at most, those
    nearest it: each other claim at its earliest source, and each report no other source carries.
    The updates are placed in time first and only those kept are read in full (their units and
    statements): in a story told thousands of times a claim has thousands of updates."""
    found = []
    for c in claims:
        earliest = min(c.documents(), key=lambda d: time_key(dates[d], d))
        found.append((c.id, c.named, earliest, tuple(c.mentions_in(earliest)), len(c.documents())))
    found += [(None, p.text, p.document, (p,), 1) for p in alone]
    placed = [(current.order(), None)] + [((*time_key(dates[d], d), mentions[0].start, i or 0), (i, label, d, mentions, count))
                                          for i, label, d, mentions, count in found]
    return [update for _order, update in _nearest(sorted(placed, key=lambda p: p[0]))]


def _update(update: tuple | None, current: ThreadEntry, dates: dict[int, Dating], units: dict[int, list[ClaimUnit]],
            statements: dict[int, list[Statement]]) -> ThreadEntry:
    if update is None:
        return current
    claim_id, label, document_id, mentions, count = update
    source = Source(document_id, "", dates[document_id].outlet, dates[document_id], mentions,
                    _figures(units[document_id], mentions), _made(_overlapping(statements.get(document_id, []), mentions)))
    return _entry(claim_id, label, source, count)


def _entry(claim_id: int | None, label: str, source: Source, count: int, current: bool = False) -> ThreadEntry:
    said = source.said()
    return ThreadEntry(claim_id, label, source.dating, source.document_id, source.mentions[0], source.figures,
                       said.speakers, said.relays, count, current)


def _nearest(placed: list[tuple[tuple, tuple | None]]) -> list[tuple[tuple, tuple | None]]:
    """At most THREAD_LIMIT of the placed updates (in time order; the claim itself is the one
    without an update), those nearest the claim."""
    if len(placed) <= THREAD_LIMIT:
        return placed
    at = next(i for i, (_order, update) in enumerate(placed) if update is None)
    start = max(0, min(at - THREAD_LIMIT // 2, len(placed) - THREAD_LIMIT))
    return placed[start:start + THREAD_LIMIT]
