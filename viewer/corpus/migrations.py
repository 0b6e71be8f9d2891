"""Numbered schema migrations; each runs in the transaction that records it in the file.

A migration is never edited once released: a corpus written by that release must keep
opening. Add a new numbered function instead.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone

from sqlite_utils import Database

from viewer.corpus import search_index

MIGRATIONS: list[tuple[int, str, Callable[[Database], None]]] = []
SEARCH_TOKENIZER = "porter unicode61 remove_diacritics 2"  # what the search index is made with from migration 18


def now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def apply(db: Database, number: int, name: str, change: Callable[[Database], None]) -> None:
    """Run one migration and record it; the caller holds the transaction.

    The schema check builds the expected schema through this same function, so a corpus's
    schema is compared with exactly what its recorded migrations create.
    """
    if number == 1:
        db.execute("CREATE TABLE corpus_migrations (version INTEGER PRIMARY KEY, name TEXT, applied_at TEXT)")
    change(db)
    db.execute("INSERT INTO corpus_migrations VALUES (?, ?, ?)", (number, name, now()))
    if number == 1:
        db.execute("INSERT INTO corpus_info VALUES ('created', ?)", (now(),))


def migration(number: int, name: str):
    def register(fn: Callable[[Database], None]):
        MIGRATIONS.append((number, name, fn))
        return fn

    return register


@migration(1, "documents")
def _documents(db: Database) -> None:
    db.executescript(
        """
        CREATE TABLE corpus_info (key TEXT PRIMARY KEY, value TEXT);
        CREATE TABLE documents (
            id INTEGER PRIMARY KEY,
            title TEXT, outlet TEXT, author TEXT, published TEXT, language TEXT, url TEXT,
            text TEXT NOT NULL,
            sha256 TEXT NOT NULL UNIQUE,
            source_path TEXT NOT NULL,
            source_format TEXT,
            imported_at TEXT NOT NULL,
            near_duplicate_of INTEGER REFERENCES documents(id) ON DELETE SET NULL
        );
        CREATE TABLE boilerplate (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL,
            kind TEXT
        );
        CREATE INDEX boilerplate_document ON boilerplate(document_id);
        CREATE VIRTUAL TABLE documents_fts USING fts5(
            title, text, content='documents', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
        );
        CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
            INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
        END;
        CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
            INSERT INTO documents_fts(documents_fts, rowid, title, text)
            VALUES ('delete', old.id, old.title, old.text);
        END;
        CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN
            INSERT INTO documents_fts(documents_fts, rowid, title, text)
            VALUES ('delete', old.id, old.title, old.text);
            INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
        END;
        """
    )


@migration(2, "analysis")
def _analysis(db: Database) -> None:
    db.executescript(
        """
        CREATE TABLE analysed_documents (
            document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
            analysed_at TEXT NOT NULL,
            analyser_version TEXT NOT NULL
        );
        CREATE TABLE claim_units (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL,
            features TEXT NOT NULL
        );
        CREATE INDEX claim_units_document ON claim_units(document_id);
        CREATE TABLE speakers (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL, kind TEXT NOT NULL DEFAULT 'unknown', role TEXT
        );
        CREATE TABLE speaker_aliases (
            speaker_id INTEGER NOT NULL REFERENCES speakers(id) ON DELETE CASCADE,
            alias TEXT NOT NULL,
            PRIMARY KEY (speaker_id, alias)
        );
        CREATE TABLE attributions (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            speaker_id INTEGER REFERENCES speakers(id) ON DELETE SET NULL,
            kind TEXT NOT NULL,
            speaker_name TEXT, speaker_role TEXT, speaker_kind TEXT,
            speaker_start INTEGER, speaker_end INTEGER,
            cue_start INTEGER, cue_end INTEGER,
            content_start INTEGER NOT NULL, content_end INTEGER NOT NULL,
            via TEXT NOT NULL DEFAULT '[]',
            origin TEXT NOT NULL DEFAULT 'analysis'
        );
        CREATE INDEX attributions_document ON attributions(document_id);
        CREATE INDEX attributions_speaker ON attributions(speaker_id);
        CREATE TABLE claims (
            id INTEGER PRIMARY KEY,
            label TEXT NOT NULL
        );
        CREATE TABLE claim_mentions (
            id INTEGER PRIMARY KEY,
            claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL
        );
        CREATE INDEX claim_mentions_claim ON claim_mentions(claim_id);
        CREATE INDEX claim_mentions_document ON claim_mentions(document_id);
        CREATE TABLE discrepancies (
            id INTEGER PRIMARY KEY,
            claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            explanation TEXT NOT NULL,
            mentions TEXT NOT NULL DEFAULT '[]'
        );
        CREATE INDEX discrepancies_claim ON discrepancies(claim_id);
        CREATE TABLE corrections (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            payload TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        """
    )


@migration(3, "notes and tags")
def _notes(db: Database) -> None:
    db.executescript(
        """
        CREATE TABLE notes (
            id INTEGER PRIMARY KEY,
            target_kind TEXT NOT NULL,
            target_key TEXT NOT NULL,
            body TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            UNIQUE (target_kind, target_key)
        );
        CREATE TABLE tags (
            target_kind TEXT NOT NULL,
            target_key TEXT NOT NULL,
            tag TEXT NOT NULL,
            PRIMARY KEY (target_kind, target_key, tag)
        );
        CREATE INDEX tags_tag ON tags(tag);
        """
    )


@migration(4, "stable claim ids")
def _stable_claim_ids(db: Database) -> None:
    """Claims keep their ids through relinking from now on (`analysis.claims.identity`), so notes
    and tags on a claim are keyed "c<id>" instead of by its first mention's span, which moved
    whenever a source with an earlier mention was added."""
    db.executescript(
        """
        CREATE TABLE retired_claim_mentions (
            claim_id INTEGER NOT NULL,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL
        );
        CREATE INDEX retired_claim_mentions_claim ON retired_claim_mentions(claim_id);
        CREATE TABLE claim_sequence (next_id INTEGER NOT NULL);
        INSERT INTO claim_sequence SELECT coalesce(max(id), 0) + 1 FROM claims;
        """
    )
    keys = db.execute(
        "SELECT target_key FROM notes WHERE target_kind = 'claim' UNION SELECT target_key FROM tags WHERE target_kind = 'claim'"
    ).fetchall()
    for (key,) in keys:
        claim_id = _claim_at(db, key)
        if claim_id is not None:
            _rekey_tags(db, key, f"c{claim_id}")
            _rekey_note(db, key, f"c{claim_id}")


def _claim_at(db: Database, key: str) -> int | None:
    """The claim a "<document>:<start>-<end>" key named: the one with that mention, else the one
    whose mention in that document overlaps it most; None when it had already gone."""
    document, _, span = key.partition(":")
    start, _, end = span.partition("-")
    if not (document.isdigit() and start.isdigit() and end.isdigit()):
        return None
    row = db.execute(
        """SELECT claim_id FROM claim_mentions WHERE document_id = ? AND start < ? AND "end" > ?
           ORDER BY min("end", ?) - max(start, ?) DESC, claim_id LIMIT 1""",
        (int(document), int(end), int(start), int(end), int(start)),
    ).fetchone()
    return row[0] if row else None


def _rekey_tags(db: Database, old: str, new: str) -> None:
    db.execute(
        "INSERT OR IGNORE INTO tags SELECT target_kind, ?, tag FROM tags WHERE target_kind = 'claim' AND target_key = ?",
        (new, old),
    )
    db.execute("DELETE FROM tags WHERE target_kind = 'claim' AND target_key = ?", (old,))


def _rekey_note(db: Database, old: str, new: str) -> None:
    if db.execute("SELECT 1 FROM notes WHERE target_kind = 'claim' AND target_key = ?", (new,)).fetchone():
        # two old keys now name one claim: its note keeps both texts
        db.execute(
            """UPDATE notes SET body = body || char(10) || char(10) || (SELECT body FROM notes
               WHERE target_kind = 'claim' AND target_key = ?) WHERE target_kind = 'claim' AND target_key = ?""",
            (old, new),
        )
        db.execute("DELETE FROM notes WHERE target_kind = 'claim' AND target_key = ?", (old,))
    else:
        db.execute("UPDATE notes SET target_key = ? WHERE target_kind = 'claim' AND target_key = ?", (new, old))


@migration(5, "search index kept by the corpus, not by triggers")
def _no_triggers(db: Database) -> None:
    """A corpus file is untrusted, so it is opened with trusted_schema=OFF, and under that setting
    SQLite refuses a trigger that writes to an FTS5 table. The store now keeps `documents_fts` in
    step itself, and a corpus at this version holds no trigger at all: any trigger is foreign."""
    db.executescript(
        """
        DROP TRIGGER documents_fts_insert;
        DROP TRIGGER documents_fts_delete;
        DROP TRIGGER documents_fts_update;
        """
    )


@migration(6, "notes remember when they were written")
def _note_created(db: Database) -> None:
    """The interchange format gives each note its creation and last-change time; a note written
    before this version has only the latter, which stands in for both."""
    db.executescript(
        """
        ALTER TABLE notes ADD COLUMN created_at TEXT;
        UPDATE notes SET created_at = updated_at;
        """
    )


@migration(7, "where dates and outlets came from; corrections to title, outlet and date")
def _publication(db: Database) -> None:
    """A timeline needs each document's date with where it came from (metadata, dateline, text or
    import time) and its outlet likewise; what a document says about both is gathered once, at
    import, and kept as evidence. The researcher's corrections to title, outlet and date are kept
    with the value they replaced, so the original can always be shown and restored."""
    db.executescript(
        """
        CREATE TABLE document_dates (
            document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
            evidence TEXT NOT NULL,
            declared TEXT,
            stated_year INTEGER,
            yearless INTEGER NOT NULL DEFAULT 0,
            reader_version TEXT NOT NULL,
            dating TEXT,
            placed TEXT
        );
        CREATE INDEX document_dates_placed ON document_dates(placed);
        CREATE TABLE document_corrections (
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            field TEXT NOT NULL,
            value TEXT NOT NULL,
            original TEXT,
            corrected_at TEXT NOT NULL,
            PRIMARY KEY (document_id, field)
        );
        """
    )


@migration(8, "claim unit embeddings")
def _unit_embeddings(db: Database) -> None:
    """Each claim unit keeps the embedding of its meaning (fp16 bytes), computed once when its
    document is analysed, so relinking never runs the model again."""
    db.execute("ALTER TABLE claim_units ADD COLUMN embedding BLOB")


@migration(9, "further quoted parts of a statement")
def _attribution_parts(db: Database) -> None:
    """A quotation interrupted by its cue and taken up again ("'A,' she said. 'B.'") is one
    statement; its later passages are kept with it, as JSON spans, instead of as statements."""
    db.execute("ALTER TABLE attributions ADD COLUMN parts TEXT NOT NULL DEFAULT '[]'")


@migration(10, "the passages that update each claim's measure")
def _claim_threads(db: Database) -> None:
    """A claim's thread (earlier and later reports of the same measure: "1,026 surrendered", then
    "959") is found once per relink from the stored units and kept here, so a timeline reads it
    with one indexed look-up instead of comparing every unit of the corpus."""
    db.executescript(
        """
        CREATE TABLE claim_threads (
            claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL
        );
        CREATE INDEX claim_threads_claim ON claim_threads(claim_id);
        """
    )


@migration(11, "claim unit word pieces")
def _unit_pieces(db: Database) -> None:
    """Each claim unit keeps its word pieces (ids and int8 vectors, claims.pieces), computed with
    its embedding, so the pair model's word alignment never runs the model again at relinking.
    Units analysed before read as having none until their documents are analysed again."""
    db.execute("ALTER TABLE claim_units ADD COLUMN pieces BLOB")


@migration(12, "documents whose page marks changed after import")
def _remarked_documents(db: Database) -> None:
    """A corpus imported before the page-line table, or before an entry of it, gets its marks when
    next opened for writing (`corpus.page_marks`); the documents whose marks changed wait here
    until an analysis has read them again, and their dates are gathered again meanwhile."""
    db.execute(
        "CREATE TABLE remarked_documents (document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE)"
    )


@migration(13, "removed documents kept so a removal can be taken back")
def _removals(db: Database) -> None:
    """A removal took a document's text, notes, tags, corrections and analysis for good, so one wrong
    click lost a researcher's work on an article. Each removal now keeps those rows here (JSON, one row
    per removal) until it is taken back (`corpus.removal`) or the researcher lets them go."""
    db.execute(
        """CREATE TABLE removals (
            id INTEGER PRIMARY KEY,
            removed_at TEXT NOT NULL,
            documents TEXT NOT NULL,
            kept TEXT NOT NULL
        )"""
    )


@migration(14, "the reader version that read each document's text")
def _text_reader(db: Database) -> None:
    """Which version of the file readers read a document's text (`text_reader.TEXT_READERS`, per format): the window offered
    "Re-read from the original file" on every document with nothing to say which a newer reader would read better.
    Documents imported before this migration get NULL: read by an older reader, or one not known."""
    db.execute("ALTER TABLE documents ADD COLUMN text_reader TEXT")


@migration(15, "the language of a claim unit cut from a passage in another language")
def _unit_language(db: Database) -> None:
    """A unit of a passage quoted in Russian or Ukrainian (`analysis.claims.foreign_units`) was told from the prose's
    own units by its features' JSON opening with its language, which held only while that key came first. The language
    has a column of its own, NULL for the prose's units, filled here from each row's features whatever their key
    order, and an index on the foreign units alone, the few rows the relink and the panes look for."""
    db.execute("ALTER TABLE claim_units ADD COLUMN language TEXT")
    db.execute("UPDATE claim_units SET language = json_extract(features, '$.language')"
               " WHERE json_valid(features) AND json_type(features, '$.language') = 'text'")
    db.execute("CREATE INDEX claim_units_foreign ON claim_units(document_id, start) WHERE language IS NOT NULL")


@migration(16, "reports not made: negated or withheld")
def _negated_reports(db: Database) -> None:
    """A negated report ("Police did not say whether…", "never said") or a withheld one ("declined to say",
    "stopped short of saying") is kept, as PolNeAR's guidelines count it, but the speaker did not state its content:
    provenance, speakers' statements and discrepancies must not read it as said. NULL is a report made, else
    'negated' or 'withheld'. Rows written before read as made: analysers before 65 dropped every negated report, and
    the few withheld ones they kept ("declined" with "to say whether…" as content) are marked when their documents
    are analysed again, which analyser 65 asks of every document."""
    db.execute("ALTER TABLE attributions ADD COLUMN negation TEXT")


@migration(17, "search index of shown titles")
def _shown_title_index(db: Database) -> None:
    """From here the search index holds each document's shown title (`search_index`), which FTS5 can forget a row
    by only when given those same values. A program before it would forget rows by their stored titles and leave
    the index malformed, so the number alone makes those programs refuse the corpus; the index itself is rebuilt on
    opening, when its `corpus_info` stamp is not the current rule's."""


@migration(18, "search index that finds a word's other endings")
def _stemmed_search(db: Database) -> None:
    """A search for "surrender" missed "surrendered", and "officer" every "officers": the index kept each word as
    written. It now keeps English words by their stem (FTS5's Porter tokenizer over the same unicode61 one), the
    query's words are stemmed alike, and a word in another script is kept as before. The table is made again empty
    and its stamp dropped, so that opening the corpus for writing indexes every document again (`search_index`),
    as for any change of its rule; until then it finds nothing, never stale words."""
    db.execute("DROP TABLE documents_fts")
    db.execute(f"CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='id',"
               f" tokenize='{SEARCH_TOKENIZER}')")
    db.execute("DELETE FROM corpus_info WHERE key = ?", (search_index.STAMP_KEY,))


LATEST = max(number for number, _, _ in MIGRATIONS)
