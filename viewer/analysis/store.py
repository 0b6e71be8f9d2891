"""The analysis tables of a corpus, and the one module that reads and writes them.

Everything the analysis finds lives in tables of the corpus file (claim units with their
features, attributions, speakers and aliases, claims with mentions and discrepancies, which
documents were analysed by which analyser) beside the researcher's corrections, so a re-opened
corpus shows its analysis at once and the viewer never recomputes it. The pipeline writes here,
the corrections are recorded here, and the viewer and the exports read here: no SQL on these
tables lives anywhere else. Each writer is one transaction (a savepoint inside the caller's).
"""
from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from viewer.analysis.claims.features import ClaimUnit, UnitFeatures
from viewer.analysis.claims.foreign_units import rendered_in
from viewer.analysis.claims.identity import MentionKey
from viewer.analysis.claims.pieces import WordPieces
from viewer.analysis.claims.threads import Passage
from viewer.analysis.claims.voices import Quotation
from viewer.analysis.corrections import (
    AnalysisCorrection, DeleteAttribution, DocumentCorrection, EditAttribution, parse,
)
from viewer.analysis.documents import DocumentAnalysis
from viewer.analysis.model import (
    Attribution, Claim, Mention, Relay, Span, Speaker, SpeakerMention, claim_wording, unnamed,
)
from viewer.corpus import publication
from viewer.corpus.id_lists import IN_IDS, SPANS, id_list, span_list
from viewer.corpus.kept_rows import column as block_column, ids_taken, put_back, read_block
from viewer.corpus.length_limit import ANALYSIS_READS
from viewer.corpus.spans import mostly_held
from viewer.corpus.store import Corpus, now, shown_title_sql


@dataclass(frozen=True)
class StoredAttribution:
    id: int
    document_id: int
    speaker_id: int | None
    kind: str
    speaker_name: str | None
    speaker_role: str | None
    speaker: Span | None
    cue: Span | None
    content: Span
    via: tuple[Relay, ...]
    origin: str
    speaker_kind: str = "unknown"
    parts: tuple[Span, ...] = ()
    negation: str | None = None  # None: a report made; "negated" or "withheld" (model.NEGATIONS)

    @property
    def made(self) -> bool:
        """Whether the speaker said the content: a negated or withheld report states nothing of theirs."""
        return self.negation is None

    def spans(self) -> list[Span]:
        """The content and its further parts: every passage the statement covers."""
        return [self.content, *self.parts]

    @property
    def shown_speaker(self) -> str:
        """The speaker as its article names it, or "unnamed: officials" for a source it does not name."""
        return self.speaker_name or unnamed(self.speaker_role)


@dataclass(frozen=True)
class StoredSpeaker:
    id: int
    name: str
    kind: str
    role: str | None
    aliases: tuple[str, ...]
    statements: int  # reports made
    sources: int
    unsaid: int = 0  # reports not made: "did not say", "declined to say" (schema 16)


@dataclass(frozen=True)
class StoredDiscrepancy:
    kind: str
    explanation: str
    mentions: tuple[Mention, ...]


@dataclass(frozen=True)
class StoredClaim:
    """``unsaid``: the documents holding the claim only in reports not made ("Police did not say whether the suspect
    was armed"), which carry its words but state it for no one; a claim all its documents hold so is stated by none."""

    id: int
    label: str
    mentions: tuple[Mention, ...]
    discrepancies: tuple[StoredDiscrepancy, ...]
    unsaid: frozenset[int] = frozenset()

    @property
    def stated(self) -> bool:
        """Whether some source states the claim: a researcher does not count one only reported unsaid as anyone's."""
        return not self.mentions or any(m.document not in self.unsaid for m in self.mentions)

    @property
    def named(self) -> str:
        """The label as every view and report shows it: "not stated: …" for a claim no source states."""
        return claim_wording(self.label, self.stated)

    def documents(self) -> list[int]:
        return sorted({m.document for m in self.mentions})

    def mentions_in(self, document_id: int) -> list[Mention]:
        return [m for m in self.mentions if m.document == document_id]

    def covers(self, passage: tuple[int, int, int]) -> bool:
        """Whether a mention of the claim overlaps the passage: "this passage carries it" has nothing to add."""
        document, start, end = passage
        return any(m.start < end and start < m.end for m in self.mentions_in(document))

    def differs_in(self, document_id: int) -> bool:
        return any(m.document == document_id for d in self.discrepancies for m in d.mentions)

    def rendered_in(self, mention: Mention) -> str:
        """"Russian" where the mention renders the claim's words in its document in that language, else ""."""
        return rendered_in(mention, self.mentions)

    def renderings_in(self, document_id: int) -> list[Mention]:
        """The claim's renderings in the document (a quoted tweet beside the words that translate it)."""
        return [m for m in self.mentions_in(document_id) if self.rendered_in(m)]


# -- per-document results: written when a document is analysed -------------------------------


def documents_to_analyse(corpus: Corpus, analyser_version: str) -> list[int]:
    """Documents never analysed, analysed by another analyser version, or whose marks changed since
    (`corpus.page_marks`); none longer than the analysis reads (`too_long`), which no run could analyse."""
    rows = corpus.db.execute(
        f"""SELECT d.id FROM documents d LEFT JOIN analysed_documents a ON a.document_id = d.id
           WHERE ({_READ}) AND (a.document_id IS NULL OR a.analyser_version != ?
              OR d.id IN (SELECT document_id FROM remarked_documents)) ORDER BY d.id""",
        (ANALYSIS_READS, analyser_version),
    )
    return [row[0] for row in rows]


# SQLite's length() counts a text's characters as Python's len() does, which spaCy's limit is checked with
_READ = "length(text) <= ?"


def too_long(corpus: Corpus, document_ids: Sequence[int] | None = None) -> list[tuple[int, int]]:
    """(document, characters) of each document (of ``document_ids``, or the corpus) longer than the
    analysis reads: refused before parsing, named with what to do, never left pending for a retry."""
    scope = f"AND id {IN_IDS}" if document_ids is not None else ""
    rows = corpus.db.execute(
        f"SELECT id, length(text) FROM documents WHERE NOT ({_READ}) {scope} ORDER BY id",
        (ANALYSIS_READS, *((id_list(document_ids),) if document_ids is not None else ())))
    return [(row[0], row[1]) for row in rows]


def write_documents(corpus: Corpus, results: Iterable[DocumentAnalysis], analyser_version: str) -> None:
    """Replace a batch of documents' analysis (the researcher's own attributions stay) and mark
    them done, in one transaction: a batch is kept whole or not at all."""
    with corpus.transaction() as db:
        for result in results:
            _write_document(db, result, analyser_version)


def _write_document(db, result: DocumentAnalysis, analyser_version: str) -> None:
    document_id = result.document
    db.execute("DELETE FROM attributions WHERE document_id = ? AND origin = 'analysis'", (document_id,))
    db.conn.executemany(
        """INSERT INTO attributions (document_id, kind, speaker_name, speaker_role, speaker_kind,
               speaker_start, speaker_end, cue_start, cue_end, content_start, content_end, via, parts, negation, origin)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'analysis')""",
        [_attribution_row(document_id, a) for a in result.attributions],
    )
    db.execute("DELETE FROM claim_units WHERE document_id = ?", (document_id,))
    db.conn.executemany(
        'INSERT INTO claim_units (document_id, start, "end", features, embedding, pieces, language) VALUES (?, ?, ?, ?, ?, ?, ?)',
        [(document_id, u.span.start, u.span.end, json.dumps(u.features.to_json(), ensure_ascii=False), _embedding(u),
          None if u.pieces is None else u.pieces.data, u.features.language) for u in [*result.units, *result.foreign]],
    )
    db.execute("INSERT OR REPLACE INTO analysed_documents VALUES (?, ?, ?)", (document_id, now(), analyser_version))
    db.execute("DELETE FROM remarked_documents WHERE document_id = ?", (document_id,))
    _links_go_stale(db)


# corpus_info's key while documents analysed or corrections recorded wait for a relink: one that was stopped (a
# cancel, a failure) leaves the new documents with no claim and their statements with no named speaker, and the
# window says so instead of "d1 and d2 share no linked claim". Set beside what the relink must read, cleared by it.
LINKS_PENDING = "links pending"


def _links_go_stale(db) -> None:
    db.execute("INSERT OR REPLACE INTO corpus_info VALUES (?, ?)", (LINKS_PENDING, now()))


def links_are_current(db) -> None:
    """Inside the relink's transaction, once it has written every link: nothing waits for one."""
    db.execute("DELETE FROM corpus_info WHERE key = ?", (LINKS_PENDING,))


def links_pending(corpus: Corpus) -> bool:
    """Whether analysis or corrections were written after the last relink that finished."""
    return corpus.db.execute("SELECT 1 FROM corpus_info WHERE key = ?", (LINKS_PENDING,)).fetchone() is not None


def _attribution_row(document_id: int, a: Attribution) -> tuple:
    speaker = a.speaker or Span(None, None)  # type: ignore[arg-type]
    cue = a.cue or Span(None, None)  # type: ignore[arg-type]
    via = json.dumps([{"name": r.name, "cue": r.cue} for r in a.via], ensure_ascii=False)
    parts = json.dumps([[p.start, p.end] for p in a.parts])
    return (
        document_id, a.kind, a.speaker_name, a.speaker_role, a.speaker_kind,
        speaker.start, speaker.end, cue.start, cue.end, a.content.start, a.content.end, via, parts, a.negation,
    )


def _embedding(unit: ClaimUnit) -> bytes | None:
    """fp16 is plenty for a unit vector compared by cosine, and halves the bytes stored."""
    return None if unit.vector is None else np.asarray(unit.vector, dtype=np.float16).tobytes()


# A unit cut from a passage in another language (`foreign_units`) has its language in its own column (schema 15):
# linking and every view of the English units read the others.
FOREIGN_UNIT = "language IS NOT NULL"


def claim_units(corpus: Corpus) -> list[ClaimUnit]:
    """Every stored claim unit with its features, embedding and word pieces, in reading order (as
    `candidates.in_reading_order` orders them): what relinking starts from. The pieces stay the stored bytes
    until a pair of units is verified, and the embeddings stay fp16 as stored, each unit's a row of one array
    (`candidates.stacked` takes it whole): a float32 array a unit held 1.6 KB (108 MB of the relink's 237 MB of
    units at 6,000 bench articles). Products and means cast the rows they take (`candidates.computed`), so the
    cosines are those of the float32 copies, to the bit."""
    where = f"FROM claim_units WHERE NOT {FOREIGN_UNIT}"
    count = corpus.db.execute(f"SELECT COUNT(*) {where}").fetchone()[0]
    vectors = _Rows(count)
    words: dict[str, str] = {}  # each wording once for all units (`UnitFeatures.from_json`)
    return [ClaimUnit(document_id, Span(start, end), UnitFeatures.from_json(json.loads(features), words), vectors.add(k, embedding),
                      WordPieces.stored(pieces))
            for k, (document_id, start, end, features, embedding, pieces) in enumerate(corpus.db.execute(
                f'SELECT document_id, start, "end", features, embedding, pieces {where} ORDER BY document_id, start, "end"'))]


class _Rows:
    """Stored fp16 vectors gathered as the rows of one array, sized on the first (all are one model's)."""

    def __init__(self, count: int) -> None:
        self._count = count
        self._array: np.ndarray | None = None

    def add(self, k: int, embedding: bytes | None) -> np.ndarray | None:
        """Row ``k``, a view of the array; None for a unit stored without a vector, or one cut short."""
        if not embedding or len(embedding) % 2:
            return None
        row = np.frombuffer(embedding, dtype=np.float16)
        if self._array is None:
            self._array = np.empty((self._count, len(row)), dtype=np.float16)
        if len(row) != self._array.shape[1]:
            return None
        self._array[k] = row
        return self._array[k]


def foreign_units(corpus: Corpus) -> list[ClaimUnit]:
    """The sentences quoted in another language that the multilingual model reads, in reading order."""
    rows = corpus.db.execute(
        f'SELECT document_id, start, "end", features FROM claim_units WHERE {FOREIGN_UNIT} ORDER BY document_id, start')
    return [ClaimUnit(document_id, Span(start, end), UnitFeatures.from_json(json.loads(features)))
            for document_id, start, end, features in rows]


def holds_foreign_units(corpus: Corpus) -> bool:
    """Whether the analysis found sentences in another language: every relink then reads them with the
    multilingual model (the window loads it ahead of the first hand link)."""
    return corpus.db.execute(f"SELECT 1 FROM claim_units WHERE {FOREIGN_UNIT} LIMIT 1").fetchone() is not None


def may_need_multilingual(corpus: Corpus, document_ids: Sequence[int]) -> bool:
    """Whether analysing these documents may need the multilingual model: one of them holds a Cyrillic
    letter, or the corpus holds foreign units already (`foreign_units`), which the relink after it reads.
    Only then are the model's files checked before anything is written."""
    if holds_foreign_units(corpus):
        return True
    return corpus.db.execute(f"SELECT 1 FROM documents WHERE id {IN_IDS} AND text GLOB '*[Ѐ-ӿ]*' LIMIT 1",
                             (id_list(document_ids),)).fetchone() is not None


def published_dates(corpus: Corpus) -> dict[int, str]:
    """The date each dated document was published, as its timeline dates it (as precise as known):
    a document written in another language meets the English reports of its days (`foreign_neighbours`)."""
    rows = corpus.db.execute(f"SELECT d.id, {publication.DATE} FROM documents d {publication.DATED}")
    return {document_id: date for document_id, date in rows if date}


def documents_written_in(corpus: Corpus, languages: Iterable[str]) -> list[int]:
    """The documents whose detected language is one of these, in id order."""
    wanted = sorted(set(languages))
    marks = ", ".join("?" * len(wanted))
    return [d for (d,) in corpus.db.execute(f"SELECT id FROM documents WHERE language IN ({marks}) ORDER BY id", wanted)]


def published_months(corpus: Corpus) -> dict[int, tuple[int, int]]:
    """The year and month each document was published, as its timeline dates it (metadata, dateline,
    text or the researcher's correction); documents dated by no more than a year or not at all are left
    out. Linking reads them: a report's undated lead tells news of about that month (`verifier.recalled`)."""
    return {document_id: (int(date[:4]), int(date[5:7])) for document_id, date in published_dates(corpus).items()
            if date[:4].isdigit() and date[4:5] == "-" and date[5:7].isdigit()}


def speaker_mentions(corpus: Corpus) -> list[tuple[int, SpeakerMention]]:
    """(attribution id, the speaker as its document names it) for every named speaker."""
    rows = corpus.db.execute(
        "SELECT id, document_id, speaker_name, speaker_role, speaker_kind FROM attributions "
        "WHERE speaker_name IS NOT NULL AND speaker_name != '' ORDER BY id"
    )
    return [(id_, SpeakerMention(doc, name, role, kind or "unknown")) for id_, doc, name, role, kind in rows]


# A report made: a negated or withheld one ("did not say", "declined to say", schema 16) states nothing of its speaker's
MADE = "negation IS NULL"


def attributed_spans(corpus: Corpus) -> dict[int, list[Span]]:
    """The content spans of every document's reports made: what is said on someone's word. A negated or withheld
    report's content is on no one's word, so it is no "attributed" reading of a claim."""
    out: dict[int, list[Span]] = {}
    for document_id, start, end, parts in corpus.db.execute(
        f"SELECT document_id, content_start, content_end, parts FROM attributions WHERE {MADE}"
        " ORDER BY document_id, content_start"
    ):
        out.setdefault(document_id, []).extend([Span(start, end), *_spans(parts)])
    return out


def attribution_sources(corpus: Corpus) -> dict[int, list[tuple[Span, str]]]:
    """Each document's reports made as their content span and who says it (the speaker as resolved
    across the corpus, else as the text names it; "" for none): what a discrepancy names as the source."""
    out: dict[int, list[tuple[Span, str]]] = {}
    for document_id, start, end, name in corpus.db.execute(
        f"""SELECT a.document_id, a.content_start, a.content_end, COALESCE(s.name, a.speaker_name, '')
           FROM attributions a LEFT JOIN speakers s ON s.id = a.speaker_id WHERE a.{MADE}
           ORDER BY a.document_id, a.content_start"""
    ):
        out.setdefault(document_id, []).append((Span(start, end), name))
    return out


def person_quotations(corpus: Corpus) -> dict[int, list[Quotation]]:
    """Each document's direct quotations made by a person the corpus's speakers resolve: what linking keeps two
    people's different words apart by (`claims.voices`)."""
    out: dict[int, list[Quotation]] = {}
    for document_id, start, end, parts, speaker_id, name, *frame in corpus.db.execute(
        f"""SELECT a.document_id, a.content_start, a.content_end, a.parts, s.id, s.name,
                  a.speaker_start, a.speaker_end, a.cue_start, a.cue_end
           FROM attributions a JOIN speakers s ON s.id = a.speaker_id
           WHERE a.{MADE} AND a.kind = 'direct' AND s.kind = 'person'
           ORDER BY a.document_id, a.content_start"""
    ):
        framing = tuple(Span(*pair) for pair in (frame[:2], frame[2:]) if None not in pair)
        out.setdefault(document_id, []).append(Quotation((Span(start, end), *_spans(parts)), speaker_id, name, framing))
    return out


def unsaid_spans(corpus: Corpus, documents: Iterable[int] | None = None) -> dict[int, list[Span]]:
    """Each document's reports not made (of ``documents``, None: every one), cue to content end or content to cue
    end ("did not say whether the suspect was armed"): their "not" denies nothing of the claim, and their content is
    no one's denial either."""
    out: dict[int, list[Span]] = {}
    which = "" if documents is None else f" AND document_id {IN_IDS}"
    for document_id, c0, c1, t0, t1 in corpus.db.execute(
        f"SELECT document_id, cue_start, cue_end, content_start, content_end FROM attributions WHERE NOT {MADE}{which}"
        " ORDER BY document_id, content_start", () if documents is None else (id_list(documents),)
    ):
        out.setdefault(document_id, []).append(Span(min(t0, c0 if c0 is not None else t0),
                                                     max(t1, c1 if c1 is not None else t1)))
    return out


def _spans(parts: str) -> list[Span]:
    return [Span(start, end) for start, end in json.loads(parts)]


# -- corpus-wide results: replaced by every relink ---------------------------------------------


def write_speakers(corpus: Corpus, speakers: Sequence[Speaker], assignment: dict[int, int]) -> None:
    """Replace the canonical speakers; ``assignment`` maps attribution id to speaker index."""
    with corpus.transaction() as db:
        db.execute("UPDATE attributions SET speaker_id = NULL")
        db.execute("DELETE FROM speaker_aliases")
        db.execute("DELETE FROM speakers")
        for index, speaker in enumerate(speakers, start=1):
            db.execute(
                "INSERT INTO speakers (id, name, kind, role) VALUES (?, ?, ?, ?)",
                (index, speaker.name, speaker.kind, speaker.role),
            )
            db.conn.executemany(
                "INSERT OR IGNORE INTO speaker_aliases VALUES (?, ?)",
                [(index, alias) for alias in speaker.aliases if alias != speaker.name],
            )
        db.conn.executemany(
            "UPDATE attributions SET speaker_id = ? WHERE id = ?",
            [(speaker_index + 1, attribution_id) for attribution_id, speaker_index in assignment.items()],
        )


def claim_members(corpus: Corpus) -> dict[int, list[MentionKey]]:
    """Each claim's mentions, retired claims' too: what the next relink carries ids over from."""
    out: dict[int, list[MentionKey]] = {}
    for claim_id, document_id, start, end in corpus.db.execute(
        """SELECT claim_id, document_id, start, "end" FROM claim_mentions
           UNION ALL SELECT claim_id, document_id, start, "end" FROM retired_claim_mentions
           ORDER BY 1, 2, 3"""
    ):
        out.setdefault(claim_id, []).append((document_id, start, end))
    return out


def next_claim_id(corpus: Corpus) -> int:
    """The lowest id no claim of this corpus has ever had."""
    return corpus.db.execute("SELECT next_id FROM claim_sequence").fetchone()[0]


def write_claims(corpus: Corpus, claims: Mapping[int, Claim]) -> None:
    """Replace the linked claims, by id, and their discrepancies. A claim that is gone retires
    with its mentions, so it can come back under its id; a claim back in use leaves retirement."""
    ids = id_list(claims)
    with corpus.transaction() as db:
        db.execute(
            f"""INSERT INTO retired_claim_mentions (claim_id, document_id, start, "end")
               SELECT claim_id, document_id, start, "end" FROM claim_mentions WHERE claim_id NOT {IN_IDS}""",
            (ids,),
        )
        db.execute(f"DELETE FROM retired_claim_mentions WHERE claim_id {IN_IDS}", (ids,))
        db.execute("DELETE FROM claims")
        for claim_id, claim in claims.items():
            db.execute("INSERT INTO claims (id, label) VALUES (?, ?)", (claim_id, claim.label))
            db.conn.executemany(
                'INSERT INTO claim_mentions (claim_id, document_id, start, "end") VALUES (?, ?, ?, ?)',
                [(claim_id, m.document, m.start, m.end) for m in claim.mentions],
            )
            db.conn.executemany(
                "INSERT INTO discrepancies (claim_id, kind, explanation, mentions) VALUES (?, ?, ?, ?)",
                [
                    (claim_id, d.kind, d.explanation, json.dumps([[m.document, m.start, m.end] for m in d.mentions]))
                    for d in claim.discrepancies
                ],
            )
        db.execute("UPDATE claim_sequence SET next_id = max(next_id, ?)", (max(claims, default=0) + 1,))


def write_claim_threads(corpus: Corpus, threads: Mapping[int, Sequence[Passage]]) -> None:
    """Replace the passages that update each claim's measure."""
    with corpus.transaction() as db:
        db.execute("DELETE FROM claim_threads")
        db.conn.executemany(
            'INSERT INTO claim_threads (claim_id, document_id, start, "end") VALUES (?, ?, ?, ?)',
            [(claim_id, *passage) for claim_id, passages in threads.items() for passage in passages],
        )


# -- corrections: the researcher's, kept apart so re-analysis never loses them ------------------

# One statement per field a correction may change: no column name is ever built from input.
_EDIT_ATTRIBUTION = {
    "kind": "UPDATE attributions SET kind = ? WHERE document_id = ? AND content_start = ? AND content_end = ?",
    "speaker_name":
        "UPDATE attributions SET speaker_name = ? WHERE document_id = ? AND content_start = ? AND content_end = ?",
    "speaker_role":
        "UPDATE attributions SET speaker_role = ? WHERE document_id = ? AND content_start = ? AND content_end = ?",
    "speaker_kind":
        "UPDATE attributions SET speaker_kind = ? WHERE document_id = ? AND content_start = ? AND content_end = ?",
    "negation": "UPDATE attributions SET negation = ? WHERE document_id = ? AND content_start = ? AND content_end = ?",
}


def record_correction(corpus: Corpus, correction: AnalysisCorrection) -> None:
    """Append one correction to the corpus's list; the caller relinks (`pipeline.relink`) to apply it.

    Attribution edits and deletions take effect at once, in the same transaction, since
    relinking does not re-read documents.
    """
    if isinstance(correction, DocumentCorrection):
        raise TypeError(f"a {correction.kind} correction is kept by corpus.publication, not beside the analysis")
    with corpus.transaction() as db:
        db.execute(
            "INSERT INTO corrections (kind, payload, created_at) VALUES (?, ?, ?)",
            (correction.kind, json.dumps(correction.fields(), ensure_ascii=False, sort_keys=True), now()),
        )
        _links_go_stale(db)
        if isinstance(correction, EditAttribution):
            for name, value in correction.changes.items():
                db.execute(_EDIT_ATTRIBUTION[name], (value, *correction.key))
        elif isinstance(correction, DeleteAttribution):
            db.execute("DELETE FROM attributions WHERE document_id = ? AND content_start = ? AND content_end = ?",
                       correction.key)


def attribution_row(corpus: Corpus, key: tuple[int, int, int]) -> dict[str, object] | None:
    """The stored row of the attribution of this passage (document, content start, end), every column."""
    cursor = corpus.db.execute("SELECT * FROM attributions WHERE document_id = ? AND content_start = ? AND content_end = ?",
                               key)
    row = cursor.fetchone()
    return None if row is None else dict(zip((c[0] for c in cursor.description), row))


def withdraw_correction(corpus: Corpus, correction: EditAttribution | DeleteAttribution,
                        row: Mapping[str, object] | None) -> bool:
    """Remove the latest record of ``correction`` and put the attribution's row back as ``row`` held it;
    False when no such record is left (another window took it back). The caller relinks."""
    with corpus.transaction() as db:
        if not withdraw_recorded(corpus, correction):
            return False
        db.execute("DELETE FROM attributions WHERE document_id = ? AND content_start = ? AND content_end = ?",
                   correction.key)
        if row is not None:
            db.execute(f"INSERT INTO attributions ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                       tuple(row.values()))
    return True


def corrections(corpus: Corpus) -> list[AnalysisCorrection]:
    """Every correction, in the order they were made."""
    return [correction for correction, _made in dated_corrections(corpus)]


def dated_corrections(corpus: Corpus) -> list[tuple[AnalysisCorrection, str]]:
    """Every correction with the moment it was made, in that order: what a report says the researcher did."""
    return [(parse(kind, json.loads(payload)), made)
            for kind, payload, made in corpus.db.execute("SELECT kind, payload, created_at FROM corrections ORDER BY id")]


def withdraw_recorded(corpus: Corpus, correction: AnalysisCorrection) -> bool:
    """Remove the latest record of ``correction`` (Edit → Undo of one that changes no stored row, so the corrections
    left say what the researcher holds); False when none is left (another window took it back). The caller relinks."""
    payload = json.dumps(correction.fields(), ensure_ascii=False, sort_keys=True)
    with corpus.transaction() as db:
        found = db.execute("SELECT id FROM corrections WHERE kind = ? AND payload = ? ORDER BY id DESC LIMIT 1",
                           (correction.kind, payload)).fetchone()
        if found is not None:
            db.execute("DELETE FROM corrections WHERE id = ?", found)
            _links_go_stale(db)  # the links still apply it until the caller's relink
    return found is not None


# -- reading ---------------------------------------------------------------------------------

_ATTRIBUTION_SELECT = """SELECT id, document_id, speaker_id, kind, speaker_name, speaker_role,
    speaker_start, speaker_end, cue_start, cue_end, content_start, content_end, via, origin,
    speaker_kind, parts, negation
    FROM attributions"""


def _attribution(row: tuple) -> StoredAttribution:
    (id_, doc, speaker_id, kind, name, role, s0, s1, c0, c1, t0, t1, via, origin, speaker_kind, parts, negation) = row
    return StoredAttribution(
        id_, doc, speaker_id, kind, name, role,
        Span(s0, s1) if s0 is not None else None,
        Span(c0, c1) if c0 is not None else None,
        Span(t0, t1),
        tuple(Relay(r["name"], r["cue"]) for r in json.loads(via)),
        origin,
        speaker_kind or "unknown",
        tuple(_spans(parts)),
        negation,
    )


def attributions(corpus: Corpus, document_id: int | None = None, speaker_id: int | None = None,
                 document_ids: Sequence[int] | None = None,
                 kinds: Sequence[str] | None = None, unnamed_only: bool = False) -> list[StoredAttribution]:
    """Attributions in reading order, optionally of one document (or of several), of one speaker
    (or of none: ``unnamed_only``), or of some kinds."""
    where, args = _within(document_ids, kinds)
    if document_id is not None:
        where.append("document_id = ?")
        args.append(document_id)
    if speaker_id is not None:
        where.append("speaker_id = ?")
        args.append(speaker_id)
    if unnamed_only:
        where.append("speaker_id IS NULL")
    sql = _ATTRIBUTION_SELECT + (" WHERE " + " AND ".join(where) if where else "")
    sql += " ORDER BY document_id, content_start, id"
    return [_attribution(row) for row in corpus.db.execute(sql, args)]


def _within(document_ids: Sequence[int] | None, kinds: Sequence[str] | None) -> tuple[list[str], list]:
    """The WHERE terms and arguments keeping attributions of those documents and of those kinds (None: all)."""
    where, args = [], []
    if document_ids is not None:
        where.append(f"document_id {IN_IDS}")
        args.append(id_list(document_ids))
    if kinds is not None:
        where.append(f"kind IN ({','.join('?' * len(kinds))})")
        args += list(kinds)
    return where, args


def attribution(corpus: Corpus, attribution_id: int) -> StoredAttribution:
    row = corpus.db.execute(_ATTRIBUTION_SELECT + " WHERE id = ?", (attribution_id,)).fetchone()
    if row is None:
        raise KeyError(f"no attribution with id {attribution_id}")
    return _attribution(row)


def speakers(corpus: Corpus, document_ids: Sequence[int] | None = None, kinds: Sequence[str] | None = None,
             first: Sequence[int] = ()) -> list[StoredSpeaker]:
    """Canonical speakers with their statement and source counts, most quoted first. A speaker heard only in reports
    they did not make ("the ministry declined to say") is listed, with no statement and those reports counted apart.

    With ``document_ids`` only speakers heard in those documents are listed, counted there; with
    ``kinds`` only statements of those kinds count. Speakers heard in the ``first`` documents
    (the open articles) come first, by their statements there; documents come after people and
    bodies, the way a researcher reads sources apart from speakers."""
    scope, args = "", []
    if document_ids is not None:
        scope = f"AND a.document_id {IN_IDS}"
        args = [id_list(document_ids)]
    if kinds is not None:
        scope += f" AND a.kind IN ({','.join('?' * len(kinds))})"
        args += list(kinds)
    here = f"sum(a.document_id {IN_IDS}) DESC, " if first else ""
    sql = f"""SELECT s.id, s.name, s.kind, s.role,
                 (SELECT group_concat(alias, char(31)) FROM speaker_aliases WHERE speaker_id = s.id),
                 sum(a.{MADE}), count(DISTINCT a.document_id), sum(NOT a.{MADE})
              FROM speakers s JOIN attributions a ON a.speaker_id = s.id {scope}
              GROUP BY s.id ORDER BY s.kind = 'document', {here}sum(a.{MADE}) DESC, count(a.id) DESC, s.name"""
    return [
        StoredSpeaker(id_, name, kind, role, tuple(sorted(aliases.split("\x1f"))) if aliases else (), n, d, unsaid)
        for id_, name, kind, role, aliases, n, d, unsaid in corpus.db.execute(sql, [*args, *([id_list(first)] if first else [])])
    ]


def unnamed_sources(corpus: Corpus, document_ids: Sequence[int] | None = None,
                    kinds: Sequence[str] | None = None) -> tuple[int, int, int]:
    """(statements, documents, reports not made) attributed to no speaker ("officials said", "an aide said"), in
    those documents and of those kinds, counted as `speakers` counts a speaker's."""
    where, args = _within(document_ids, kinds)
    where.append("speaker_id IS NULL")
    row = corpus.db.execute(f"SELECT coalesce(sum({MADE}), 0), count(DISTINCT document_id), coalesce(sum(NOT {MADE}), 0)"
                            f" FROM attributions WHERE {' AND '.join(where)}", args).fetchone()
    return row[0], row[1], row[2]


def speaker_names(corpus: Corpus, ids: Sequence[int]) -> dict[int, str]:
    """Canonical names of these speakers, without counting their statements."""
    return dict(corpus.db.execute(f"SELECT id, name FROM speakers WHERE id {IN_IDS}", (id_list(ids),)))


def people_names(corpus: Corpus, ids: Sequence[int]) -> dict[int, tuple[str, ...]]:
    """The canonical names and aliases of those of these speakers who are people (not bodies or documents)."""
    rows = corpus.db.execute(f"""SELECT s.id, s.name, a.alias FROM speakers s LEFT JOIN speaker_aliases a ON a.speaker_id = s.id
                                 WHERE s.id {IN_IDS} AND s.kind = 'person' ORDER BY s.id, a.alias""", (id_list(ids),))
    out: dict[int, tuple[str, ...]] = {}
    for speaker, name, alias in rows:
        out[speaker] = tuple(dict.fromkeys([*out.get(speaker, (name,)), *([alias] if alias else [])]))
    return out


def claim_ids(corpus: Corpus, document_ids: Sequence[int] | None = None) -> list[int]:
    """Claims carried by at least two of ``document_ids``, or by one of them in two languages (a passage and
    its rendering, `crosslingual`), or all claims, in corpus order."""
    if document_ids is None:
        return [row[0] for row in corpus.db.execute("SELECT id FROM claims ORDER BY id")]
    sql = f"""SELECT m.claim_id FROM claim_mentions m WHERE m.document_id {IN_IDS} GROUP BY m.claim_id
              HAVING count(DISTINCT m.document_id) >= 2 OR (count(*) > count(DISTINCT m.document_id) AND max(EXISTS (
                  SELECT 1 FROM claim_units WHERE document_id = m.document_id AND start = m.start AND {FOREIGN_UNIT})))
              ORDER BY m.claim_id"""
    return [row[0] for row in corpus.db.execute(sql, (id_list(document_ids),))]


def claim(corpus: Corpus, claim_id: int) -> StoredClaim:
    return claims(corpus, [claim_id])[0]


def claims(corpus: Corpus, ids: Sequence[int] | None = None) -> list[StoredClaim]:
    """Claims with their mentions (text included) and discrepancies, in the order of ``ids``."""
    ids = claim_ids(corpus) if ids is None else list(ids)
    if not ids:
        return []
    chosen = (id_list(ids),)
    labels = dict(corpus.db.execute(f"SELECT id, label FROM claims WHERE id {IN_IDS}", chosen))
    mentions: dict[int, list[Mention]] = {i: [] for i in ids}
    rows = corpus.db.execute(
        f"""SELECT m.claim_id, m.document_id, m.start, m."end", substr(d.text, m.start + 1, m."end" - m.start)
            FROM claim_mentions m JOIN documents d ON d.id = m.document_id
            WHERE m.claim_id {IN_IDS} ORDER BY m.document_id, m.start""",
        chosen,
    )
    for claim_id, doc, start, end, text in rows:
        mentions[claim_id].append(Mention(doc, start, end, text))
    rows = corpus.db.execute(
        f"SELECT claim_id, kind, explanation, mentions FROM discrepancies WHERE claim_id {IN_IDS} ORDER BY id", chosen
    ).fetchall()
    spans = [(claim_id, kind, explanation, [tuple(s) for s in json.loads(listed)]) for claim_id, kind, explanation, listed in rows]
    passages = _passages(corpus, mentions, spans)
    found: dict[int, list[StoredDiscrepancy]] = {i: [] for i in ids}
    for claim_id, kind, explanation, involved in spans:
        found[claim_id].append(StoredDiscrepancy(kind, explanation, tuple(passages[s] for s in involved)))
    unsaid = unsaid_spans(corpus, {m.document for held in mentions.values() for m in held})
    return [
        StoredClaim(i, labels[i], tuple(mentions[i]), tuple(found[i]), _unsaid_in(mentions[i], unsaid))
        for i in ids if i in labels
    ]


def _unsaid_in(mentions: Sequence[Mention], unsaid: Mapping[int, Sequence[Span]]) -> frozenset[int]:
    """The documents whose every mention of a claim is mostly a report not made (as its label is chosen, `linking`)."""
    held: dict[int, bool] = {}
    for m in mentions:
        held[m.document] = held.get(m.document, True) and mostly_held(m.start, m.end, unsaid.get(m.document, ()))
    return frozenset(d for d, only in held.items() if only)


def mention_counts(corpus: Corpus, claim_ids: Sequence[int]) -> dict[int, int]:
    """How many mentions each of these claims has, without reading them."""
    rows = corpus.db.execute(f"SELECT claim_id, count(*) FROM claim_mentions WHERE claim_id {IN_IDS} GROUP BY claim_id",
                             (id_list(claim_ids),))
    return dict(rows.fetchall())


def discrepant_claims(corpus: Corpus, ids: Sequence[int]) -> set[int]:
    """Which of these claims have a discrepancy, without reading their mentions."""
    rows = corpus.db.execute(f"SELECT DISTINCT claim_id FROM discrepancies WHERE claim_id {IN_IDS}", (id_list(ids),))
    return {row[0] for row in rows}


def _passages(corpus: Corpus, mentions: dict[int, list[Mention]],
              spans: list[tuple[int, str, str, list[tuple[int, int, int]]]]) -> dict[tuple[int, int, int], Mention]:
    """Every span the discrepancies name, with its words: a claim mention where one is the span,
    else its words read from the text (a figure, a name), all of those in one query, whatever
    the number of discrepancies an export reads."""
    out = {(m.document, m.start, m.end): m for claim_id, *_ in spans for m in mentions[claim_id]}
    missing = sorted({s for *_, involved in spans for s in involved} - out.keys())
    if missing:
        rows = corpus.db.execute(
            f"""SELECT s.document, s.start, s."end", substr(d.text, s.start + 1, s."end" - s.start)
                FROM {SPANS} s JOIN documents d ON d.id = s.document""", (span_list(missing),))
        out.update(((d, a, b), Mention(d, a, b, text)) for d, a, b, text in rows)
    return {**{s: Mention(*s, "") for s in missing}, **out}


def threads_passages(corpus: Corpus, claim_ids: Sequence[int]) -> dict[int, list[Mention]]:
    """Each claim's thread passages (the passages that update its measure, with their text, in
    reading order), for any number of claims in one query: an export reads every claim's."""
    out: dict[int, list[Mention]] = {claim_id: [] for claim_id in claim_ids}
    rows = corpus.db.execute(
        f"""SELECT t.claim_id, t.document_id, t.start, t."end", substr(d.text, t.start + 1, t."end" - t.start)
            FROM claim_threads t JOIN documents d ON d.id = t.document_id
            WHERE t.claim_id {IN_IDS} ORDER BY t.claim_id, t.document_id, t.start""", (id_list(claim_ids),))
    for claim_id, *passage in rows:
        out[claim_id].append(Mention(*passage))
    return out


def thread_spans(corpus: Corpus, claim_id: int) -> list[Mention]:
    """A claim's thread passages without their text: where a closest passage is asked whether it is an update."""
    rows = corpus.db.execute('SELECT document_id, start, "end" FROM claim_threads WHERE claim_id = ?', (claim_id,))
    return [Mention(document, start, end, "") for document, start, end in rows]


def claims_at(corpus: Corpus, passages: Sequence[Mention]) -> dict[tuple[int, int, int], list[int]]:
    """For each passage, the claims with a mention overlapping it (none: a report no other carries),
    all passages in one query."""
    out: dict[tuple[int, int, int], list[int]] = {(p.document, p.start, p.end): [] for p in passages}
    rows = corpus.db.execute(
        f"""SELECT DISTINCT s.document, s.start, s."end", m.claim_id FROM {SPANS} s
            JOIN claim_mentions m ON m.document_id = s.document AND m.start < s."end" AND m."end" > s.start
            ORDER BY m.claim_id""", (span_list(out),))
    for document, start, end, claim_id in rows:
        out[(document, start, end)].append(claim_id)
    return out


def claim_holding(passages: Sequence[tuple[int, int, int]], recorded: int, holders: Mapping[tuple[int, int, int], list[int]],
                  sizes: Mapping[int, int]) -> int | None:
    """The claim holding at least half of these passages (or half of its own mentions), as `identity.carry_ids`
    carries an id: most held first, then the id recorded, then the lowest. ``holders`` is `claims_at`'s answer and
    ``sizes`` `mention_counts`' for the claims in it: read once for many corrections."""
    held = Counter(k for p in passages for k in set(holders.get(p, [])))
    ready = [k for k, n in held.items() if 2 * n >= min(len(passages), sizes.get(k, 0))]
    if not ready:
        return None
    return min(ready, key=lambda k: (-held[k], k != recorded, k))


def claim_now(corpus: Corpus, passages: Sequence[tuple[int, int, int]], recorded: int) -> int | None:
    """The claim that these passages, once claim ``recorded``'s, stand for in the present analysis (`claim_holding`)."""
    holders = claims_at(corpus, [Mention(*p, "") for p in passages])
    return claim_holding(passages, recorded, holders, mention_counts(corpus, sorted({k for f in holders.values() for k in f})))


def units_of(corpus: Corpus, document_ids: Sequence[int]) -> dict[int, list[ClaimUnit]]:
    """The claim units of these documents with their features, in reading order."""
    out: dict[int, list[ClaimUnit]] = {d: [] for d in document_ids}
    for document_id, begin, end, features in _unit_rows(corpus, document_ids, "features"):
        out[document_id].append(ClaimUnit(document_id, Span(begin, end), UnitFeatures.from_json(json.loads(features))))
    return out


def _unit_rows(corpus: Corpus, document_ids: Sequence[int], column: str) -> Iterator[tuple[int, int, int, object]]:
    """Document, start, end and one stored column of these documents' units, in reading order;
    asked 500 documents at a time, under SQLite's limit on bound parameters."""
    for start in range(0, len(document_ids), 500):
        chunk = list(document_ids[start:start + 500])
        yield from corpus.db.execute(
            f'SELECT document_id, start, "end", {column} FROM claim_units WHERE document_id IN ({",".join("?" * len(chunk))})'
            f' AND NOT {FOREIGN_UNIT} ORDER BY document_id, start', chunk)


UnitVector = tuple[Span, "np.ndarray | None"]


def unit_vectors(corpus: Corpus, document_ids: Sequence[int]) -> dict[int, list[UnitVector]]:
    """Each document's unit spans with their stored sentence vectors (None where the analysis
    stored none), in reading order, without the features: what the closest-passage search compares."""
    out: dict[int, list[UnitVector]] = {d: [] for d in document_ids}
    for document_id, begin, end, embedding in _unit_rows(corpus, document_ids, "embedding"):
        out[document_id].append((Span(begin, end), _vector(embedding)))
    return out


def _vector(embedding: bytes | None) -> np.ndarray | None:
    """A stored fp16 vector as float32; None for a unit stored without one, or one cut short."""
    if not embedding or len(embedding) % 2:
        return None
    return np.frombuffer(embedding, dtype=np.float16).astype(np.float32)


def relayed_statements(corpus: Corpus, attribution_ids: Sequence[int] | None = None
                       ) -> Iterator[tuple[int, int, int | None, str, list[str]]]:
    """(attribution id, document id, speaker id, speaker, relay names from the speaker outwards) of
    every statement made, or of these: what a relay graph is drawn from. The speaker is its canonical name."""
    scope, args = "", []
    if attribution_ids is not None:
        scope, args = f"AND a.id {IN_IDS}", [id_list(attribution_ids)]
    rows = corpus.db.execute(
        f"""SELECT a.id, a.document_id, s.id, coalesce(s.name, nullif(a.speaker_name, '')), a.speaker_role, a.via
            FROM attributions a LEFT JOIN speakers s ON s.id = a.speaker_id
            WHERE a.{MADE} {scope} ORDER BY a.id""", args)
    for id_, document_id, speaker_id, speaker, role, via in rows:
        yield (id_, document_id, speaker_id, speaker or unnamed(role),
               [r["name"] for r in json.loads(via)] if via != "[]" else [])


def statements_carrying(corpus: Corpus, claim_ids: Sequence[int]) -> dict[int, list[int]]:
    """Attribution id → the claims among ``claim_ids`` whose mentions its content, or a further part
    of it (a quotation's later sentences), overlaps: every passage the statement covers, as `spans`. Reports
    made only: "did not say X" carries no claim of its speaker's."""
    rows = corpus.db.execute(
        f"""SELECT a.id, m.claim_id FROM claim_mentions m
           JOIN attributions a ON a.document_id = m.document_id
           WHERE m.claim_id {IN_IDS} AND a.{MADE} AND (a.content_start < m."end" AND m.start < a.content_end
                 OR a.parts != '[]' AND EXISTS (SELECT 1 FROM json_each(a.parts) p
                    WHERE json_extract(p.value, '$[0]') < m."end" AND m.start < json_extract(p.value, '$[1]')))
           ORDER BY a.id, m.claim_id""",
        (id_list(claim_ids),),
    )
    out: dict[int, list[int]] = {}
    for attribution_id, claim_id in rows:
        if claim_id not in out.setdefault(attribution_id, []):
            out[attribution_id].append(claim_id)
    return out


def busiest_claims(corpus: Corpus, count: int) -> list[int]:
    """The claims with most sources: those a corpus-wide picture colours."""
    rows = corpus.db.execute(
        "SELECT claim_id FROM claim_mentions GROUP BY claim_id ORDER BY count(DISTINCT document_id) DESC, claim_id LIMIT ?",
        (count,))
    return [row[0] for row in rows]


# -- each document's claims counted as the document list shows them ----------------------------------
# The claims a document states, and those it holds only in reports not made ("Police did not say whether the suspect
# was armed"). One statement decides both the count a row shows and the order a sort by it gives: sorted by every
# claim carried, "1 (+3)" came after "2". The rule is `spans.mostly_held` in SQL, so a corpus is counted in one pass;
# `StoredClaim.unsaid` reads the same spans in Python, and tests/analysis/test_claim_counts.py holds the two alike.

# A report not made's span, cue to content end or content to cue end, as `store.unsaid_spans` gives it
_UNSAID_START = "min(u.content_start, coalesce(u.cue_start, u.content_start))"
_UNSAID_END = "max(u.content_end, coalesce(u.cue_end, u.content_end))"
# Whether mention m is mostly held by its document's reports not made (`spans.mostly_held`)
_MOSTLY_UNSAID = (
    f'(m."end" > m.start AND 2 * (SELECT coalesce(sum(max(0, min({_UNSAID_END}, m."end") - max({_UNSAID_START}, m.start))), 0)'
    f' FROM attributions u WHERE u.document_id = m.document_id AND NOT u.{MADE}) >= m."end" - m.start)'
)


def _claim_counts_sql(where: str = "") -> str:
    """Rows (document_id, stated, only_unsaid) for the documents with a claim; ``where`` narrows the mentions
    read (a condition on ``m``). A claim is held only unsaid when every one of its mentions in the document is."""
    return (f"SELECT document_id, sum(NOT only_unsaid) AS stated, sum(only_unsaid) AS only_unsaid FROM"
            f" (SELECT m.document_id, m.claim_id, min({_MOSTLY_UNSAID}) AS only_unsaid FROM claim_mentions m"
            f" {('WHERE ' + where) if where else ''} GROUP BY m.document_id, m.claim_id) GROUP BY document_id")


def claim_counts(corpus: Corpus, document_id: int) -> tuple[int, int]:
    """The claims a document states, and those it holds only in reports not made: counted as one, a document's
    count disagreed with the claims table, which counts it no source of those."""
    row = corpus.db.execute(_claim_counts_sql("m.document_id = ?"), (document_id,)).fetchone()
    return (row[1], row[2]) if row else (0, 0)


def widest_claim_count(corpus: Corpus) -> tuple[int, int]:
    """The most claims any document states, and the most it holds only unsaid: what the list's column must show."""
    row = corpus.db.execute(f"SELECT max(stated), max(only_unsaid) FROM ({_claim_counts_sql()})").fetchone()
    return (row[0] or 0, row[1] or 0)


def attribution_count(corpus: Corpus, document_id: int) -> int:
    return corpus.db.execute(
        "SELECT count(*) FROM attributions WHERE document_id = ?", (document_id,)
    ).fetchone()[0]


def is_analysed(corpus: Corpus) -> bool:
    return corpus.db.execute("SELECT count(*) FROM analysed_documents").fetchone()[0] > 0


def only_too_long(corpus: Corpus) -> list[tuple[int, int]]:
    """`too_long` when it is every document of the corpus (no analysis will ever find anything in it), else []."""
    refused = too_long(corpus)
    return refused if refused and len(refused) == corpus.document_count() else []


def unanalysed_count(corpus: Corpus) -> int:
    """Documents imported since the last analysis (what Analyse would work on: none too long for it)."""
    return corpus.db.execute(
        f"SELECT count(*) FROM documents WHERE id NOT IN (SELECT document_id FROM analysed_documents) AND {_READ}",
        (ANALYSIS_READS,)).fetchone()[0]


def unanalysed_among(corpus: Corpus, document_ids: Sequence[int]) -> list[int]:
    """Which of these documents no analysis has seen yet and the next will: an empty comparison may only be
    waiting for one (one too long to analyse waits for nothing: `too_long`)."""
    rows = corpus.db.execute(
        f"SELECT id FROM documents WHERE id {IN_IDS} AND id NOT IN (SELECT document_id FROM analysed_documents)"
        f" AND {_READ} ORDER BY id", (id_list(document_ids), ANALYSIS_READS))
    return [row[0] for row in rows]


@dataclass(frozen=True)
class Totals:
    claims: int
    speakers: int
    attributions: int


def totals(corpus: Corpus) -> Totals:
    """How much the corpus's analysis holds, for the report line after a run."""
    row = corpus.db.execute(
        "SELECT (SELECT count(*) FROM claims), (SELECT count(*) FROM speakers), (SELECT count(*) FROM attributions)"
    ).fetchone()
    return Totals(*row)


# -- browsing (read-only helpers for the viewer) ------------------------------------------------

_BROWSE_ORDER = {
    "title": (shown_title_sql("d"),),  # as the list shows it (`shown_titles`), not as stored
    "outlet": (publication.OUTLET,), "published": (publication.DATE,), "language": ("d.language",),
    # by what the column shows, "2" then "1 (+1)" (`claim_counts`): the claims stated, then those held only unsaid
    "claims": ("coalesce(c.stated, 0)", "coalesce(c.only_unsaid, 0)"),
    "attributions": ("(SELECT count(*) FROM attributions a WHERE a.document_id = d.id)",),
}
_BROWSE_JOIN = {"claims": f"LEFT JOIN ({_claim_counts_sql()}) c ON c.document_id = d.id"}


def browse_document_ids(
    corpus: Corpus, order_by: str = "id", descending: bool = False, outlet: str | None = None,
    date_from: str | None = None, date_to: str | None = None, with_undated: bool = False,
) -> list[int]:
    """Document ids for the browser, filtered by outlet and date prefix (``with_undated``: a date range also
    keeps the documents with no date found), sortable by analysis counts. A document's date and outlet are
    the ones its timeline gives (dateline, text), not only its file's metadata."""
    keys = _BROWSE_ORDER.get(order_by, ("d.id",))
    where, args = [], []
    if outlet:
        where.append(f"{publication.OUTLET} = ?")
        args.append(outlet)
    dated = []
    if date_from:
        dated.append(f"{publication.DATE} >= ?")
        args.append(date_from)
    if date_to:
        dated.append(f"substr({publication.DATE}, 1, ?) <= ?")
        args.extend([len(date_to), date_to])
    if dated:
        in_range = " AND ".join(dated)
        where.append(f"({in_range} OR {publication.DATE} IS NULL)" if with_undated else in_range)
    order = "DESC" if descending else "ASC"
    sql = (f"SELECT d.id FROM documents d {publication.DATED} {_BROWSE_JOIN.get(order_by, '')}"
           + (" WHERE " + " AND ".join(where) if where else ""))
    sql += f" ORDER BY {keys[0]} IS NULL, " + "".join(f"{key} {order}, " for key in keys) + "d.id"
    return [row[0] for row in corpus.db.execute(sql, args)]


def undated_document_ids(corpus: Corpus, outlet: str | None = None) -> list[int]:
    """Documents (of one outlet) with no date found: those a date range in the browser leaves out."""
    sql = f"SELECT d.id FROM documents d {publication.DATED} WHERE {publication.DATE} IS NULL"
    if outlet:
        return [row[0] for row in corpus.db.execute(sql + f" AND {publication.OUTLET} = ?", (outlet,))]
    return [row[0] for row in corpus.db.execute(sql)]


def document_pair_sharing_most_claims(corpus: Corpus) -> tuple[int, int] | None:
    """The two documents with the most linked claims in common: the natural first comparison."""
    row = corpus.db.execute(
        """SELECT a.document_id, b.document_id, count(DISTINCT a.claim_id) AS shared
           FROM claim_mentions a JOIN claim_mentions b
             ON a.claim_id = b.claim_id AND a.document_id < b.document_id
           GROUP BY a.document_id, b.document_id ORDER BY shared DESC, a.document_id, b.document_id LIMIT 1"""
    ).fetchone()
    return (row[0], row[1]) if row else None


def claim_joining(corpus: Corpus, a: tuple[int, int, int], b: tuple[int, int, int]) -> int | None:
    """The claim with a mention overlapping passage ``a`` and one overlapping ``b`` (after a hand link)."""
    overlap = 'SELECT claim_id FROM claim_mentions WHERE document_id = ? AND start < ? AND "end" > ?'
    row = corpus.db.execute(
        f"{overlap} INTERSECT {overlap} ORDER BY claim_id LIMIT 1",
        (a[0], a[2], a[1], b[0], b[2], b[1]),
    ).fetchone()
    return row[0] if row else None


def claim_span_at(corpus: Corpus, claim_id: int, passage: tuple[int, int, int]) -> tuple[int, int] | None:
    """Where the claim's mention overlapping the passage stands (its first), if any: what a hand link took."""
    document, start, end = passage
    row = corpus.db.execute('SELECT start, "end" FROM claim_mentions WHERE claim_id = ? AND document_id = ?'
                            ' AND start < ? AND "end" > ? ORDER BY start LIMIT 1',
                            (claim_id, document, end, start)).fetchone()
    return (row[0], row[1]) if row else None


def speaker_kind_of(corpus: Corpus, attribution_id: int) -> str:
    """Person, organisation, group or unknown: what the attribution editor starts from."""
    row = corpus.db.execute("SELECT speaker_kind FROM attributions WHERE id = ?", (attribution_id,)).fetchone()
    return (row[0] if row else None) or "unknown"


def forget_documents_in_corrections(corpus: Corpus, document_ids: Sequence[int], kept: list[dict] | None = None) -> int:
    """Drop the corrections that name any of these (removed) documents, inside the caller's transaction, and
    return how many: a link, unlink, attribution edit or "carries" standing in one of them has nothing left
    to apply to, and kept it would pin a passage the next analysis cannot find. A "not carried" about another
    article keeps its word: only its anchors in the removed documents go (the whole of it when none is left).
    ``kept`` receives each changed row as it was (and what it became), for `put_back_corrections`."""
    gone = set(document_ids)
    dropped = 0
    with corpus.transaction() as db:
        for row_id, kind, payload, created_at in db.execute(
                "SELECT id, kind, payload, created_at FROM corrections ORDER BY id").fetchall():
            fields = json.loads(payload)
            named = {fields.get("document")} | {p[0] for key in ("a", "b", "passage")
                                                if isinstance(p := fields.get(key), list) and p}
            anchors = fields.get("anchors")
            left = [p for p in anchors if p[0] not in gone] if isinstance(anchors, list) else None
            after = None
            if named & gone or left == []:
                db.execute("DELETE FROM corrections WHERE id = ?", (row_id,))
                dropped += 1
            elif left is not None and len(left) < len(anchors):
                fields["anchors"] = left
                after = json.dumps(fields, ensure_ascii=False, sort_keys=True)
                db.execute("UPDATE corrections SET payload = ? WHERE id = ?", (after, row_id))
            else:
                continue
            if kept is not None:
                kept.append({"id": row_id, "kind": kind, "payload": payload, "created_at": created_at, "after": after})
    return dropped


def put_back_corrections(corpus: Corpus, kept: Sequence[dict]) -> int:
    """Undo `forget_documents_in_corrections` for documents brought back, inside the caller's transaction: a
    dropped correction is recorded again (under its id when still free), a trimmed "not carried" gets its anchors
    back unless the researcher changed or withdrew it since. Returns how many were put back."""
    back = 0
    with corpus.transaction() as db:
        for row in kept:
            now_there = db.execute("SELECT payload FROM corrections WHERE id = ?", (row["id"],)).fetchone()
            if row["after"] is None:
                db.execute("INSERT INTO corrections (id, kind, payload, created_at) VALUES (?, ?, ?, ?)",
                           (None if now_there else row["id"], row["kind"], row["payload"], row["created_at"]))
            elif now_there is not None and now_there[0] == row["after"]:
                db.execute("UPDATE corrections SET payload = ? WHERE id = ?", (row["payload"], row["id"]))
            else:
                continue
            back += 1
    return back


# The analysis rows of a document a removal keeps; its claims' mentions come back as retired ones (so the relink
# gives a claim it joined again its old id), and threads are the relink's to recompute.
_KEPT_ANALYSIS = ("analysed_documents", "claim_units", "attributions", "retired_claim_mentions")


def kept_analysis_of(corpus: Corpus, document_ids: Sequence[int]) -> dict:
    """What the analysis holds on these documents, read before a removal takes it (`put_back_analysis`)."""
    ids = id_list(document_ids)
    kept = {table: read_block(corpus.db, f'SELECT * FROM "{table}" WHERE document_id {IN_IDS}', (ids,))
            for table in _KEPT_ANALYSIS}
    kept["claim_mentions"] = read_block(
        corpus.db, f'SELECT claim_id, document_id, start, "end" FROM claim_mentions WHERE document_id {IN_IDS}', (ids,))
    return kept


def put_back_analysis(corpus: Corpus, kept: Mapping[str, dict]) -> None:
    """The analysis of documents brought back, as it was, inside the caller's transaction: no parse, only a relink.
    Speakers are the relink's to assign again; units and statements whose ids were taken since get new ones."""
    with corpus.transaction() as db:
        for table in _KEPT_ANALYSIS:
            block = kept[table]
            put_back(db, table, block, renumber=ids_taken(db, table, block),
                     changed={"speaker_id": None} if table == "attributions" else None)
        if "language" not in kept["claim_units"]["columns"]:  # kept before schema 15: the language is in the features
            documents = id_list(sorted(set(block_column(kept["claim_units"], "document_id"))))
            db.execute(f"UPDATE claim_units SET language = json_extract(features, '$.language') WHERE document_id {IN_IDS}"
                       " AND json_valid(features) AND json_type(features, '$.language') = 'text'", (documents,))
        put_back(db, "retired_claim_mentions", kept["claim_mentions"])


def follow_new_text(corpus: Corpus, document_id: int, moved: Callable[[int, int], tuple[int, int] | None],
                    kept: list[dict] | None = None) -> int:
    """A document read again (`corpus.rereading`): its analysis is dropped so it is analysed again, and what names
    its passages follows their words through ``moved`` (old span → new span, None when its words are gone): claim
    mentions, retired ones (so its claims keep their ids through the relink), the researcher's own statements, and
    corrections. Inside the caller's transaction; returns how many corrections lost their passage and went. ``kept``
    receives each changed correction as it was (and what it became), for `put_back_corrections`."""
    with corpus.transaction() as db:
        db.execute("DELETE FROM analysed_documents WHERE document_id = ?", (document_id,))
        db.execute("DELETE FROM claim_units WHERE document_id = ?", (document_id,))
        db.execute("DELETE FROM attributions WHERE document_id = ? AND origin = 'analysis'", (document_id,))
        db.execute("DELETE FROM claim_threads WHERE document_id = ?", (document_id,))
        for table in ("claim_mentions", "retired_claim_mentions"):
            rows = db.execute(f'SELECT rowid, start, "end" FROM {table} WHERE document_id = ?', (document_id,)).fetchall()
            for rowid, start, end in rows:
                span = moved(start, end)
                if span is None:
                    db.execute(f"DELETE FROM {table} WHERE rowid = ?", (rowid,))
                else:
                    db.execute(f'UPDATE {table} SET start = ?, "end" = ? WHERE rowid = ?', (*span, rowid))
        for row_id, *spans in db.execute(
                "SELECT id, speaker_start, speaker_end, cue_start, cue_end, content_start, content_end"
                " FROM attributions WHERE document_id = ?", (document_id,)).fetchall():
            content = moved(spans[4], spans[5])
            if content is None:
                db.execute("DELETE FROM attributions WHERE id = ?", (row_id,))
                continue
            speaker = moved(spans[0], spans[1]) if spans[0] is not None else None
            cue = moved(spans[2], spans[3]) if spans[2] is not None else None
            db.execute("UPDATE attributions SET speaker_start = ?, speaker_end = ?, cue_start = ?, cue_end = ?,"
                       " content_start = ?, content_end = ? WHERE id = ?",
                       (*(speaker or (None, None)), *(cue or (None, None)), *content, row_id))
        return _corrections_follow(db, document_id, moved, kept)


def _corrections_follow(db, document_id: int, moved: Callable[[int, int], tuple[int, int] | None],
                        kept: list[dict] | None) -> int:
    lost = 0
    for row_id, kind, payload, created_at in db.execute(
            "SELECT id, kind, payload, created_at FROM corrections ORDER BY id").fetchall():
        fields = json.loads(payload)
        changed, gone = False, False
        for key in ("a", "b", "passage"):
            passage = fields.get(key)
            if isinstance(passage, list) and len(passage) == 3 and passage[0] == document_id:
                span = moved(passage[1], passage[2])
                gone |= span is None
                if span is not None and list(span) != passage[1:]:
                    fields[key], changed = [document_id, *span], True
        if isinstance(fields.get("anchors"), list):
            anchors = []
            for passage in fields["anchors"]:
                span = moved(passage[1], passage[2]) if passage[0] == document_id else tuple(passage[1:])
                if span is not None:
                    anchors.append([passage[0], *span])
            changed |= anchors != fields["anchors"]
            gone |= not anchors
            fields["anchors"] = anchors
        if fields.get("document") == document_id and isinstance(fields.get("content"), list):
            span = moved(*fields["content"])
            gone |= span is None
            if span is not None and list(span) != fields["content"]:
                fields["content"], changed = list(span), True
        after = None if gone else json.dumps(fields, ensure_ascii=False, sort_keys=True) if changed else payload
        if gone:
            db.execute("DELETE FROM corrections WHERE id = ?", (row_id,))
            lost += 1
        elif changed:
            db.execute("UPDATE corrections SET payload = ? WHERE id = ?", (after, row_id))
        if (gone or changed) and kept is not None:
            kept.append({"id": row_id, "kind": kind, "payload": payload, "created_at": created_at, "after": after})
    return lost
