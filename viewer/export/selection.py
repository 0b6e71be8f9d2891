"""What an export holds: the chosen documents, their linked claims, statements, speakers and notes.

Every report format (PDF, Markdown, HTML, CSV) reads one `Selection`, so they always agree on
what was exported and the bad-input checks live in one place.
"""
from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from datetime import datetime, timezone

from viewer import __version__
from viewer.analysis import claim_sources, store
from viewer.analysis.claim_sources import SourceJudgement
from viewer.analysis.closest_passages import ClosestIndex, ClosestPassage
from viewer.analysis.model import Mention
from viewer.corpus import notes, publication
from viewer.corpus.dating import Dating
from viewer.corpus.spans import Span
from viewer.corpus.store import Corpus, Document
from viewer.export import matrix
from viewer.export.atomic import ExportError
from viewer.export.palette import assign_colours
from viewer.export.stranded import Stranded, stranded
from viewer.export.wording import present
from viewer.provenance.discrepancy_words import sides_of, source_names
from viewer.provenance.relays import RelayGraph, claim_graphs
from viewer.provenance.timeline import TOGETHER, Timeline, in_chunks, timelines
from viewer.provenance.wording import date_label
from viewer.identifiers import UnknownName, attribution_labels, check_ids
from viewer.jobs import TaskState, quiet

TOOL = f"Provenance Viewer {__version__}"
# said in the window's status bar, on the terminal and in the report itself: both ways to analyse are named
HOW_TO_ANALYSE = "(Analyse, Ctrl+R, in the window; `provenance analyse CORPUS` on the command line)"
NOT_ANALYSED = f"no claims were found: the corpus has not been analysed yet {HOW_TO_ANALYSE}"
NAMED_WAITING = 8  # articles not analysed yet that a report names; the rest are counted


@dataclass
class Article:
    """One exported document with what the report shows inside it."""

    document: Document
    boilerplate: list[Span]
    mentions: list[tuple[store.StoredClaim, Mention]]  # in reading order
    statements: list[store.StoredAttribution]
    dating: Dating | None = None  # the date the timeline uses, with where it came from

    @property
    def label(self) -> str:
        return f"d{self.document.id}"

    @property
    def title(self) -> str:
        d = self.document
        return d.title or d.file_name or self.label

    @property
    def repeats(self) -> str:
        """The article this one nearly repeats ("d1"), as the import found it; a reader of the report otherwise
        sees two articles of one title sharing every claim, in a table of their own, and no reason why."""
        return f"d{self.document.near_duplicate_of}" if self.document.near_duplicate_of else ""

    @property
    def dated(self) -> str | None:
        """The day named beside the title: the one its timeline uses (a dateline's, the text's, a correction's),
        none when only the import placed it. The file's metadata alone left a plain-text corpus undated."""
        if self.dating is None:
            return self.document.published
        return None if self.dating.undated else self.dating.placed

    @property
    def listed(self) -> str:
        """"BNR, undated", "2022-04-13": outlet and date as the list of articles gives them. An undated article
        says so: listed beside dated ones with its outlet alone, "d1 BNR" read as if the outlet were its date."""
        return present(self.document.outlet, self.dated or "undated",
                       f"near-duplicate of {self.repeats}" if self.repeats else "", sep=", ")

    @property
    def date_account(self) -> str | None:
        """"2011-11-11 (text) — date line: “November 11, 2011”": the date and where it came from."""
        if self.dating is None:
            return self.document.published
        return f"{date_label(self.dating)} — {self.dating.explanation}"

    def source(self, *more: str | None, sep: str = " · ") -> str:
        """"d1 · BNR · 2022-04-13" from what is known: a missing outlet or date leaves no empty slot."""
        return present(self.label, self.document.outlet, *more, sep=sep)

    def statements_in(self, *mentions: Mention) -> list[store.StoredAttribution]:
        """Statements made whose content overlaps a claim mention (any of these): who said it, through whom. "Police
        did not say whether…" is no source of the claim."""
        return [s for s in self.statements if s.made and _carries(s, mentions)]

    def claims_in(self, statement: store.StoredAttribution) -> list[int]:
        """The claims a statement carries here, in reading order: those a passage of it overlaps; none for a report
        not made."""
        return [claim.id for claim, mentions in self.claims_here() if statement.made and _carries(statement, mentions)]

    def claims_here(self) -> list[tuple[store.StoredClaim, list[Mention]]]:
        """Each claim the article carries with its mentions, in the reading order of the first: a report
        notes a claim once an article, however often the article repeats it."""
        here: dict[int, tuple[store.StoredClaim, list[Mention]]] = {}
        for claim, mention in self.mentions:
            here.setdefault(claim.id, (claim, []))[1].append(mention)
        return list(here.values())


def _carries(statement: store.StoredAttribution, mentions: Sequence[Mention]) -> bool:
    """A passage of the statement (its content or a quotation's later part) overlaps one of the mentions."""
    return any(part.overlaps(Span(m.start, m.end)) for part in statement.spans() for m in mentions)


@dataclass
class Selection:
    corpus_path: str
    corpus_created: str | None
    articles: list[Article]
    claims: list[store.StoredClaim]
    speakers: list[store.StoredSpeaker]
    analysed: bool
    everything: bool  # no --documents given
    waiting: list[int] = field(default_factory=list)  # exported articles imported since the last analysis
    colours: dict[int, str] = field(default_factory=dict)  # per export, as a comparison assigns them
    annotations: dict[tuple[str, str], notes.Annotation] = field(default_factory=dict)  # tags and notes
    stranded: list[Stranded] = field(default_factory=list)  # notes on what the analysis no longer finds
    attribution_labels: dict[int, str] = field(default_factory=dict)  # row id → "a7", as every export names it
    timelines: dict[int, Timeline] = field(default_factory=dict)  # where each claim came from (its whole corpus)
    relays: dict[int, RelayGraph] = field(default_factory=dict)  # who relayed each claim
    closest: ClosestIndex | None = None  # passages near a claim but not linked; None for a one-article selection
    # the researcher's word on which exported articles carry which claims, and those that apply to no claim now
    source_corrections: list[SourceJudgement] = field(default_factory=list)
    source_names: dict[int, str] = field(default_factory=dict)  # "BNR (d1)": each document a discrepancy names
    exported_at: str = field(default_factory=lambda: datetime.now(timezone.utc).replace(microsecond=0).isoformat())
    carrying: bool = False  # the documents are those carrying the chosen claims (--claims without --documents)

    @property
    def corpus_name(self) -> str:
        return self.corpus_path.replace("\\", "/").rsplit("/", 1)[-1].removesuffix(".corpus") or "corpus"

    def colour(self, claim_id: int) -> str:
        return self.colours[claim_id]

    def on_document(self, document_id: int) -> notes.Annotation:
        """The researcher's tags and note on a document (empty when there are none)."""
        return self.annotations.get(("document", notes.document_key(document_id)), notes.NOTHING)

    def on_claim(self, claim_id: int) -> notes.Annotation:
        return self.annotations.get(("claim", notes.claim_key(claim_id)), notes.NOTHING)

    def on_statement(self, statement: store.StoredAttribution) -> notes.Annotation:
        key = notes.span_key(statement.document_id, statement.content.start, statement.content.end)
        return self.annotations.get(("statement", key), notes.NOTHING)

    def on_passages(self, document_id: int) -> list[tuple[int, int, notes.Annotation]]:
        """The passages of a document the researcher tagged or wrote a note on, in reading order."""
        found = [(*notes.parse_span_key(key)[1:], added) for (kind, key), added in self.annotations.items()
                 if kind == "passage" and key.startswith(f"{document_id}:")]
        return sorted(found, key=lambda p: (p[0], p[1]))

    def not_carried(self, claim_id: int, document_id: int) -> SourceJudgement | None:
        """The researcher's word that the article does not carry the claim, if they gave it: a report says so
        instead of "not found"."""
        return next((j for j in self.source_corrections
                     if j.claim == claim_id and j.document == document_id and not j.carried), None)

    def corrections_of(self, claim_id: int) -> list[SourceJudgement]:
        """The researcher's words on which articles carry this claim, in the order given."""
        return [j for j in self.source_corrections if j.claim == claim_id]

    @property
    def says_not_carried(self) -> bool:
        """Whether a matrix cell says "not carried", so the report explains the word."""
        return any(j.applies and not j.carried for j in self.source_corrections)

    def claims_counted(self) -> str:
        """"4", or "4 (+1 not stated)" when a claim is held only in reports not made: the report counts its claims as
        the window's document list does its articles', a claim no source states apart."""
        unstated = sum(1 for c in self.claims if not c.stated)
        return f"{len(self.claims) - unstated}" + (f" (+{unstated} not stated)" if unstated else "")

    @property
    def says_unsaid(self) -> bool:
        """Whether a matrix cell says "report not made" (or a claim "not stated"), so the report explains the words."""
        return any(c.unsaid for c in self.claims)

    def stranded_corrections(self) -> list[str]:
        """The researcher's words about exported articles that apply to no claim now (kept), as a report lists them."""
        return [f"{j.describe()} ({j.made[:10]})" for j in self.source_corrections if not j.applies]

    def closest_to(self, claim: store.StoredClaim, document_id: int) -> ClosestPassage | None:
        """The passage of a document nearest a claim none of its passages is linked to, if one comes close;
        looked up when a report's cell asks, so an export without a matrix reads no vectors."""
        found = self.closest.passages(claim, document_id, count=1) if self.closest is not None else []
        return found[0] if found else None

    @cached_property
    def matrix(self) -> tuple[list[matrix.Group[Article]], list[Article]]:
        """The articles cut where no claim joins them (one group when they fit one table), and those
        carrying no claim: a report's matrix tables and whom each claim is weighed against."""
        return matrix.groups(self.articles, self.claims, _document_id)

    def matrix_tables(self, columns: int | None = None) -> list[matrix.Table[Article]]:
        """The matrix's tables: each group's articles, paged by ``columns`` (`matrix.COLUMNS`), with the claims
        they carry."""
        return matrix.tables(self.matrix[0], _document_id, columns or matrix.COLUMNS)

    def compared_with(self, claim: store.StoredClaim) -> list[Article]:
        """The exported articles a claim is weighed against: those of its group, in export order."""
        return self._group_of.get(claim.id, [])

    @cached_property
    def _group_of(self) -> dict[int, list[Article]]:
        return {c.id: g.articles for g in self.matrix[0] for c in g.claims}

    def article(self, document_id: int) -> Article | None:
        return next((a for a in self.articles if a.document.id == document_id), None)

    def statements_by_speaker(self) -> dict[int, list[tuple[Article, store.StoredAttribution]]]:
        """Each speaker's statements in the exported articles, in article order: the speaker index."""
        by_speaker: dict[int, list[tuple[Article, store.StoredAttribution]]] = {}
        for article in self.articles:
            for st in article.statements:
                if st.speaker_id is not None:
                    by_speaker.setdefault(st.speaker_id, []).append((article, st))
        return by_speaker

    def unnamed_statements(self) -> list[tuple[Article, store.StoredAttribution]]:
        """Statements the exported articles give to no one they name ("officials said"), in article
        order: listed after the speakers, under their descriptions."""
        return [(article, st) for article in self.articles for st in article.statements if st.speaker_id is None]

    def describe(self) -> str:
        """One line for the cover: what was selected. The whole corpus is not listed id by id: BASIL's 60 documents
        filled the cover with "d1, d2, … d60", which the list of articles after it gives with their titles."""
        count = len(self.articles)
        documents = "document" if count == 1 else "documents"
        if self.everything:
            return f"{count} {documents} (all documents)"
        which = "the documents carrying the chosen claims" if self.carrying else "selected documents"
        return f"{count} {documents} ({which}: {', '.join(a.label for a in self.articles)})"

    def message(self) -> str | None:
        """What the researcher should know about the result (no analysis, no shared claims)."""
        if not self.analysed:
            return NOT_ANALYSED
        if self.waiting:  # their columns said "not found" and the report never said why
            named = ", ".join(f"d{d}" for d in self.waiting[:NAMED_WAITING]) + (
                f" and {len(self.waiting) - NAMED_WAITING} more" if len(self.waiting) > NAMED_WAITING else "")
            return (f"not analysed yet: {named}, imported after the last analysis; no claim or statement of"
                    f" {'it' if len(self.waiting) == 1 else 'them'} is in this report {HOW_TO_ANALYSE}")
        if not self.claims:
            return "no claims were found that two or more of the exported documents share"
        return None


def _document_id(article: Article) -> int:
    return article.document.id


def relay_chain(article: Article, statement: store.StoredAttribution) -> str:
    """outlet ← agency (cue) ← original speaker, the way the claim travelled to this page."""
    hops = [article.document.outlet or article.label]
    hops += [f"{r.name} ({r.cue})" if r.cue else r.name for r in statement.via]
    hops.append(speaker_label(statement))
    return " ← ".join(hops)


def speaker_headings(selection: Selection) -> dict[int, str]:
    """Each speaker's name for the speaker index, with the articles where they are heard when another
    exported speaker has the same name (each article's own "Police"), so the entries can be told apart."""
    by_speaker = selection.statements_by_speaker()
    names: dict[str, int] = {}
    for speaker in selection.speakers:
        names[speaker.name.casefold()] = names.get(speaker.name.casefold(), 0) + 1
    headings = {}
    for speaker in selection.speakers:
        where = list(dict.fromkeys(article.label for article, _st in by_speaker.get(speaker.id, [])))
        shared = names[speaker.name.casefold()] > 1 and where
        headings[speaker.id] = f"{speaker.name} (in {', '.join(where)})" if shared else speaker.name
    return headings


def speaker_label(statement: store.StoredAttribution) -> str:
    if not statement.speaker_name:
        return statement.shown_speaker  # "unnamed: officials": the role is the description
    return f"{statement.speaker_name}, {statement.speaker_role}" if statement.speaker_role else statement.speaker_name


def corpus_location(corpus: Corpus) -> str:
    """The corpus file as every export names it: its absolute path, whatever path opened it. The command line run
    in the corpus's folder wrote "basil.pv" where the window wrote the whole path, so two JSON exports of one corpus
    differed, and a report handed on said nothing of where its corpus is."""
    return str(corpus.path) if str(corpus.path) == ":memory:" else str(corpus.path.resolve())


def select(corpus: Corpus, documents: Sequence[int] | None = None, claims: Sequence[int] | None = None,
           state: TaskState | None = None, colours: Mapping[int, str] | None = None) -> Selection:
    """Read everything an export needs, refusing empty or unknown selections with a clear message.
    ``colours``: the claims' colours in the window that exports, kept where they suit the selection."""
    state = quiet(state)
    known = corpus.document_ids()
    if not known:
        raise ExportError("the corpus holds no documents yet; import some before exporting")
    if documents is not None and not documents:
        raise ExportError("the selection holds no documents; choose at least one")
    try:
        check_ids(documents or (), known, "d")
        check_ids(claims or (), store.claim_ids(corpus), "c")
    except UnknownName as exc:
        raise ExportError(str(exc)) from None
    chosen = list(dict.fromkeys(documents)) if documents is not None else known
    made = claim_sources.judgements(corpus)
    if claims is not None:
        claim_list = store.claims(corpus, list(dict.fromkeys(claims)))
        if documents is None:  # the articles carrying them: `--claims c8,c10` alone gave all 50 articles, 160 pages
            carrying = {d for c in claim_list for d in c.documents()}
            chosen = [d for d in known if d in carrying]
    else:  # with the claims one article carries that the researcher judged another not to, as a comparison shows
        claim_list = store.claims(corpus, claim_sources.compared(corpus, chosen, made)[0] if len(chosen) > 1 else [])
    articles = []
    for first in range(0, len(chosen), TOGETHER):
        for article in _articles(corpus, chosen[first:first + TOGETHER], claim_list):
            state.check()
            state.progress(len(articles), len(chosen), f"reading d{article.document.id}")
            articles.append(article)
    selection = Selection(
        corpus_path=corpus_location(corpus),
        corpus_created=corpus.created,
        articles=articles,
        claims=claim_list,
        speakers=store.speakers(corpus, chosen),
        analysed=store.is_analysed(corpus),
        everything=documents is None and claims is None,
        waiting=store.unanalysed_among(corpus, chosen),
        carrying=documents is None and claims is not None,
        colours=assign_colours({a.document.id: [(c.id, m.start) for c, m in a.mentions] for a in articles},
                               keep=colours),
        annotations=(added := notes.annotations(corpus)),
        stranded=stranded(corpus, added, None if documents is None and claims is None else set(chosen)),
        source_corrections=[j for j in made if j.document in set(chosen)],
        source_names=source_names(corpus, sides_of(d for c in claim_list for d in c.discrepancies)),
        attribution_labels=attribution_labels(corpus),
        closest=ClosestIndex(corpus, {a.document.id: a.document.text for a in articles}, in_chunks(claim_list, state, "finding the closest passages to"))
        if len(chosen) > 1 else None,
    )
    for chunk in in_chunks(claim_list, state):
        selection.timelines.update(timelines(corpus, chunk))
        graphs = claim_graphs(corpus, [c.id for c in chunk])
        selection.relays.update((c.id, graphs[c.id]) for c in chunk)
    return selection


def _articles(corpus: Corpus, document_ids: Sequence[int], claim_list: list[store.StoredClaim]) -> Iterator[Article]:
    """These documents with what the report shows in them, each table read once for all of them."""
    documents = corpus.documents_by_id(document_ids)
    datings = publication.datings(corpus, document_ids)
    marks = corpus.boilerplate_by_document(document_ids)
    statements: dict[int, list[store.StoredAttribution]] = {document_id: [] for document_id in document_ids}
    for statement in store.attributions(corpus, document_ids=list(document_ids)):
        statements[statement.document_id].append(statement)
    for document_id in document_ids:  # built one at a time, so a cancel stops between articles
        yield Article(
            document=documents[document_id],
            boilerplate=[span for span, _kind in marks[document_id]],
            mentions=sorted(((c, m) for c in claim_list for m in c.mentions_in(document_id)),
                            key=lambda cm: (cm[1].start, cm[1].end)),
            statements=statements[document_id],
            dating=datings[document_id],
        )
