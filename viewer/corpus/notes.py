"""The researcher's notes (Markdown) and tags on documents, claims, statements and passages.

Targets are named by keys that outlive re-analysis: document → "d<id>", claim → "c<id>" (claim
ids are carried through relinking), statement → "<doc>:<content start>-<content end>" (the
corrections name attributions the same way), passage → "<doc>:<start>-<end>", any stretch of text
the researcher selected (a coded segment, as QualCoder and Taguette call it: it never moves, since
the stored text never changes). No Qt here: the PDF export reads the same functions.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from viewer.corpus.errors import CorpusError
from viewer.corpus.store import Corpus, now

KINDS = ("document", "claim", "statement", "passage")
SUGGESTED_TAGS = ("verified", "disputed", "follow-up")
TAG_MAX = 60  # characters: a code, not a sentence (a 309-character tag filled five lines of a PDF)
TAG_SEPARATORS = (",", ";")  # the panel splits typed tags at commas; the CSV export joins them with "; "


@dataclass(frozen=True)
class Note:
    text: str  # Markdown, as the researcher wrote it
    created: str
    updated: str


@dataclass(frozen=True)
class Annotation:
    """What the researcher added to one document, claim or statement."""

    tags: tuple[str, ...] = ()
    note: Note | None = None


NOTHING = Annotation()


@dataclass(frozen=True)
class NoteHit:
    kind: str
    key: str
    body: str
    tags: tuple[str, ...]


@dataclass(frozen=True)
class Written:
    """A target's note and tags as stored: what an editor started from."""

    body: str = ""
    tags: tuple[str, ...] = ()


class NoteConflict(CorpusError):
    """The note or tags were changed elsewhere (another window or program) after the editor read them."""

    def __init__(self, stored: Written) -> None:
        super().__init__("changed in another window or program since it was opened here")
        self.stored = stored


class BadTag(ValueError):
    """A tag that cannot be stored as typed, with a message fit for the researcher."""


def document_key(document_id: int) -> str:
    return f"d{document_id}"


def claim_key(claim_id: int) -> str:
    return f"c{claim_id}"


def parse_claim_key(key: str) -> int:
    return int(key.removeprefix("c"))


def span_key(document_id: int, start: int, end: int) -> str:
    """Key of a statement: its content span."""
    return f"{document_id}:{start}-{end}"


def parse_span_key(key: str) -> tuple[int, int, int]:
    document, _, span = key.partition(":")
    start, _, end = span.partition("-")
    return int(document), int(start), int(end)


def _check(kind: str) -> None:
    if kind not in KINDS:
        raise ValueError(f"unknown note target {kind!r}; expected one of {', '.join(KINDS)}")


def note(corpus: Corpus, kind: str, key: str) -> str | None:
    """The note's Markdown body, or None when there is none."""
    row = corpus.db.execute(
        "SELECT body FROM notes WHERE target_kind = ? AND target_key = ?", (kind, key)
    ).fetchone()
    return row[0] if row else None


def set_note(corpus: Corpus, kind: str, key: str, body: str) -> None:
    """Store (or, when blank, remove) a note; observers hear `notes_did_change`."""
    _check(kind)
    with corpus.transaction() as db:
        if body.strip():
            stamp = now()
            db.execute(
                """INSERT INTO notes (target_kind, target_key, body, created_at, updated_at) VALUES (?, ?, ?, ?, ?)
                   ON CONFLICT (target_kind, target_key) DO UPDATE SET body = excluded.body,
                   updated_at = excluded.updated_at""",
                (kind, key, body, stamp, stamp),
            )
        else:
            db.execute("DELETE FROM notes WHERE target_kind = ? AND target_key = ?", (kind, key))
    corpus.notes_did_change.emit(kind, key)


def written(corpus: Corpus, kind: str, key: str) -> Written:
    return Written(note(corpus, kind, key) or "", tuple(tags(corpus, kind, key)))


def save(corpus: Corpus, kind: str, key: str, body: str, values: list[str], since: Written) -> Written:
    """Store a note and its tags together, unless another window or program changed them after
    ``since`` was read: the later save would silently replace the other's words (NoteConflict)."""
    with corpus.transaction():
        stored = written(corpus, kind, key)
        if stored != since:
            raise NoteConflict(stored)
        set_note(corpus, kind, key, body)
        set_tags(corpus, kind, key, values)
        return written(corpus, kind, key)


def tags(corpus: Corpus, kind: str, key: str) -> list[str]:
    rows = corpus.db.execute(
        "SELECT tag FROM tags WHERE target_kind = ? AND target_key = ? ORDER BY tag", (kind, key)
    )
    return [row[0] for row in rows]


def set_tags(corpus: Corpus, kind: str, key: str, values: list[str] | tuple[str, ...]) -> None:
    """Replace the target's tags (trimmed, lower-cased, without duplicates).

    A tag typed as another spelling of one the corpus already knows ("follow up", "Follow_up"
    beside "follow-up") takes the known spelling, so a filter by tag finds every target. A tag
    that is too long, has no letter or digit, or holds a separator is refused (BadTag), unless the
    corpus holds it already."""
    _check(kind)
    with corpus.transaction() as db:
        known = {_tag_fold(t): t for (t,) in db.execute("SELECT DISTINCT tag FROM tags ORDER BY tag DESC")}
        for value in values:
            if _tag_fold(value) not in known:  # one an older version stored stays usable (and can be renamed)
                check_tag(value)
        known.update({_tag_fold(t): t for t in SUGGESTED_TAGS})
        clean = sorted({known.get(_tag_fold(v), " ".join(v.lower().split())) for v in values if v.strip()})
        db.execute("DELETE FROM tags WHERE target_kind = ? AND target_key = ?", (kind, key))
        db.conn.executemany("INSERT INTO tags VALUES (?, ?, ?)", [(kind, key, t) for t in clean])
    corpus.notes_did_change.emit(kind, key)


def check_tag(value: str) -> None:
    """Refuse what cannot serve as a tag, saying why; a blank one is no tag and passes (it is dropped)."""
    tag = " ".join(value.split())
    if not tag:
        return
    shown = tag if len(tag) <= 40 else tag[:40] + "…"
    if len(tag) > TAG_MAX:
        raise BadTag(f"The tag “{shown}” is {len(tag)} characters long; a tag is at most {TAG_MAX}"
                     " (longer words belong in the note).")
    if not any(ch.isalnum() for ch in tag):
        raise BadTag(f"The tag “{shown}” has no letter or digit: it could not be searched for, and"
                     " PDF reports print such signs as empty boxes.")
    for separator in TAG_SEPARATORS:
        if separator in tag:
            raise BadTag(f"The tag “{shown}” holds “{separator}”, which separates tags (typed in the panel,"
                         " and in the CSV export); use a space or a hyphen.")


def _tag_fold(tag: str) -> str:
    """What two spellings of one tag share: case, and spaces, hyphens or underscores between words."""
    return "-".join(w for w in re.split(r"[\s_\-\u2010-\u2015]+", tag.lower()) if w)


@dataclass(frozen=True)
class TagCount:
    tag: str
    by_kind: dict[str, int]  # targets carrying it: {"document": 1, "claim": 2}

    @property
    def total(self) -> int:
        return sum(self.by_kind.values())

    def described(self) -> str:
        """'3: 1 document, 2 claims'."""
        parts = [f"{n} {kind}{'s' if n != 1 else ''}" for kind in KINDS if (n := self.by_kind.get(kind))]
        return f"{self.total}: {', '.join(parts)}"


def tag_counts(corpus: Corpus) -> list[TagCount]:
    """Every tag in the corpus with how many documents, claims and statements carry it, by tag."""
    counts: dict[str, dict[str, int]] = {}
    for tag, kind, n in corpus.db.execute(
        "SELECT tag, target_kind, count(*) FROM tags GROUP BY tag, target_kind ORDER BY tag"
    ):
        counts.setdefault(tag, {})[kind] = n
    return [TagCount(tag, by_kind) for tag, by_kind in counts.items()]


def tagged(corpus: Corpus, tag: str) -> list[NoteHit]:
    """Every target carrying ``tag``, with its note and tags: documents, then claims, then statements."""
    rows = corpus.db.execute(
        """SELECT t.target_kind, t.target_key, coalesce(n.body, ''),
                  (SELECT group_concat(o.tag, char(31)) FROM tags o
                   WHERE o.target_kind = t.target_kind AND o.target_key = t.target_key)
           FROM tags t LEFT JOIN notes n ON n.target_kind = t.target_kind AND n.target_key = t.target_key
           WHERE t.tag = ?""", (tag,)).fetchall()
    order = {kind: i for i, kind in enumerate(KINDS)}
    rows.sort(key=lambda r: (order.get(r[0], len(order)), _key_order(r[1])))
    return [NoteHit(kind, key, body, tuple(sorted(found.split("\x1f")))) for kind, key, body, found in rows]


def _key_order(key: str) -> tuple:
    return tuple(int(n) for n in re.findall(r"\d+", key)) or (0,)


def rename_tag(corpus: Corpus, old: str, new: str) -> tuple[str, int]:
    """Give every target tagged ``old`` the tag ``new`` instead; when the corpus already has ``new``
    (in any spelling the tags fold together), the two become one. Returns the tag as stored and
    how many targets carried ``old``."""
    check_tag(new)
    with corpus.transaction() as db:
        if not db.execute("SELECT 1 FROM tags WHERE tag = ?", (old,)).fetchone():
            known = [t for (t,) in db.execute("SELECT DISTINCT tag FROM tags ORDER BY tag")]
            raise BadTag(f"No tag “{old}” in this corpus (tags: {', '.join(known) or 'none'}).")
        known = {_tag_fold(t): t for (t,) in db.execute("SELECT DISTINCT tag FROM tags WHERE tag != ?", (old,))}
        target = known.get(_tag_fold(new), " ".join(new.lower().split()))
        targets = db.execute("SELECT target_kind, target_key FROM tags WHERE tag = ?", (old,)).fetchall()
        db.execute("DELETE FROM tags WHERE tag = ?", (old,))
        db.conn.executemany("INSERT OR IGNORE INTO tags VALUES (?, ?, ?)", [(k, key, target) for k, key in targets])
    corpus.notes_did_change.emit("tag", target)  # one event for them all: the window re-reads its panels once
    return target, len(targets)


def coded_passages(corpus: Corpus, document_id: int) -> list[tuple[int, int, tuple[str, ...]]]:
    """(start, end, tags) of the passages of a document the researcher tagged or wrote a note on."""
    prefix = f"{document_id}:%"
    keys = [key for (key,) in corpus.db.execute(
        """SELECT target_key FROM notes WHERE target_kind = 'passage' AND target_key LIKE ?1
           UNION SELECT target_key FROM tags WHERE target_kind = 'passage' AND target_key LIKE ?1""", (prefix,))]
    return sorted((*parse_span_key(key)[1:], tuple(tags(corpus, "passage", key))) for key in keys)


def tags_of_kind(corpus: Corpus, kind: str) -> dict[str, list[str]]:
    """Every tag on targets of one kind, by key: one query for a whole panel."""
    out: dict[str, list[str]] = {}
    for key, tag in corpus.db.execute(
        "SELECT target_key, tag FROM tags WHERE target_kind = ? ORDER BY tag", (kind,)
    ):
        out.setdefault(key, []).append(tag)
    return out


def annotations(corpus: Corpus) -> dict[tuple[str, str], Annotation]:
    """Every tag and note in the corpus by (kind, key): one read for a whole export."""
    tagged: dict[tuple[str, str], list[str]] = {}
    for kind, key, tag in corpus.db.execute("SELECT target_kind, target_key, tag FROM tags ORDER BY tag"):
        tagged.setdefault((kind, key), []).append(tag)
    written = {
        (kind, key): Note(body, created or updated, updated)
        for kind, key, body, created, updated in corpus.db.execute(
            "SELECT target_kind, target_key, body, created_at, updated_at FROM notes")
    }
    return {target: Annotation(tuple(tagged.get(target, ())), written.get(target)) for target in tagged.keys() | written.keys()}


def notes_matching(corpus: Corpus, text: str) -> list[NoteHit]:
    """Notes whose body or tags contain ``text`` (case-insensitive), newest first."""
    literal = re.sub(r"([\\%_])", r"\\\1", text.strip())  # "%" or "court_record" are words here, not wildcards
    pattern = f"%{literal}%"
    rows = corpus.db.execute(
        """SELECT kind, key, coalesce((SELECT body FROM notes n WHERE n.target_kind = kind AND n.target_key = key), ''),
                  (SELECT group_concat(tag, char(31)) FROM tags t WHERE t.target_kind = kind AND t.target_key = key)
           FROM (SELECT target_kind AS kind, target_key AS key, updated_at FROM notes WHERE body LIKE ?1 ESCAPE '\\'
                 UNION SELECT target_kind, target_key, '' FROM tags WHERE tag LIKE ?1 ESCAPE '\\')
           GROUP BY kind, key ORDER BY max(updated_at) DESC, kind, key""",
        (pattern,),
    )
    return [
        NoteHit(kind, key, body, tuple(sorted(found.split("\x1f"))) if found else ())
        for kind, key, body, found in rows
    ]
