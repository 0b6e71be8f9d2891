"""Reading every document an older reader read again from its original file, in one go.

A corpus imported before a reader was fixed shows ↻ on each document that reader read, and one re-read at a time
is an afternoon of clicks on a corpus of hundreds. This re-reads them as `operations.reread` does one (same
refusals, notes and corrections following their words), but a refusal is collected and the rest go on, the
documents are analysed together (the models load once) and the claims relinked once at the end.

Each document's new text is stored in its own transaction, so a cancel keeps the ones finished and the corpus
stays as an interrupted analysis leaves it: the finished documents hold their new text, one not analysed yet is
analysed by the next Analyse, which relinks. What each document was is handed to ``heard`` as soon as it is
stored, so Edit → Undo takes back every finished one, as one step, even after a cancel.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from viewer.analysis import pipeline, store
from viewer.analysis.operations import _held_on
from viewer.corpus.store import Corpus
from viewer.corpus.text_reader import older_reader_ids
from viewer.jobs import EVERYTHING, NOTES, Cancelled, Changes, Job, TaskState, counted, quiet

LISTED = 20  # refusals a summary names one by one; the rest are counted


@dataclass
class MarkedRereads:
    """What re-reading the marked documents did: which were read again, which read the same, which were refused
    and why, and what each read again was before (what takes them back)."""

    asked: int = 0
    read: list[int] = field(default_factory=list)
    same: list[int] = field(default_factory=list)
    refused: list[tuple[int, str]] = field(default_factory=list)  # (document, why)
    corrections_lost: int = 0
    unplaced: int = 0
    unanalysed: list[int] = field(default_factory=list)
    befores: list[dict] = field(default_factory=list)

    def said(self, undo: str = "") -> str:
        """One line of what happened, then each refusal by document and reason (the window opens it as a report);
        ``undo`` says, beside the documents read again, what takes them back (the window's Edit → Undo)."""
        line = f"Read {counted(len(self.read), 'document')} again from {'its' if len(self.read) == 1 else 'their'}" \
               f" original file{'' if len(self.read) == 1 else 's'}"
        if self.read:
            line += f" ({_ids(self.read)}; notes, tags and corrections follow their words; claims relinked{undo})"
        if self.same:
            line += f"; {counted(len(self.same), 'document')} read the same, nothing changed ({_ids(self.same)})"
        if self.corrections_lost:
            line += f"; {counted(self.corrections_lost, 'correction')} whose passage is gone from the new text dropped"
        if self.unplaced:
            line += f"; {counted(self.unplaced, 'note')} or tag{'' if self.unplaced == 1 else 's'} whose words are gone" \
                    " kept at the old place"
        if self.unanalysed:
            line += f"; the analysis failed on {_ids(self.unanalysed)}, left unanalysed and tried again by the next analysis"
        if not self.refused:
            return line
        lines = [line, f"Could not read {counted(len(self.refused), 'document')} again (each left as it was):"]
        lines += [f"  d{document}: {why}" for document, why in self.refused[:LISTED]]
        if len(self.refused) > LISTED:
            lines.append(f"  … and {len(self.refused) - LISTED} more")
        return "\n".join(lines)


def _ids(documents: Sequence[int]) -> str:
    shown = ", ".join(f"d{d}" for d in documents[:LISTED])
    return shown + (f" and {len(documents) - LISTED} more" if len(documents) > LISTED else "")


def reread_marked(corpus: Corpus, document_ids: Sequence[int] | None = None, state: TaskState | None = None,
                  heard: Callable[[dict], None] | None = None) -> MarkedRereads:
    """Read these documents (every one an older reader read, by default) again from their files, each in its own
    transaction; a refusal is kept with its reason and the rest go on; then the ones read again are analysed and the
    claims relinked once. A cancel raises `Cancelled` saying what was kept; ``heard`` gets what each document read
    again was, as it is stored."""
    from viewer.corpus.rereading import CannotReread, mark_read_now, reading, store_reading  # the file readers

    state = quiet(state)
    wanted = list(document_ids) if document_ids is not None else older_reader_ids(corpus)
    done = MarkedRereads(asked=len(wanted))
    for step, document_id in enumerate(wanted):
        state.progress(step, len(wanted) + 1, f"reading d{document_id} again")
        state.check(_stopped(done, "reading"))
        try:
            with corpus.transaction():
                read = reading(corpus, document_id)
                if read is None:
                    mark_read_now(corpus, document_id)
                    done.same.append(document_id)
                    continue
                before = _held_on(corpus, [document_id])
                done.unplaced += store_reading(corpus, read)
                done.corrections_lost += store.follow_new_text(corpus, document_id, read.moved.span,
                                                               before["corrections"])
        except CannotReread as exc:
            done.refused.append((document_id, str(exc)))
            continue
        done.read.append(document_id)
        done.befores.append(before)
        if heard is not None:
            heard(before)
    if done.read:
        state.progress(len(wanted), len(wanted) + 1, "analysing the documents read again")
        try:
            done.unanalysed = [u.document for u in pipeline.analyse_again(corpus, done.read, state)]
        except Cancelled:
            raise Cancelled(_stopped(done, "analysing")) from None
    state.progress(len(wanted) + 1, len(wanted) + 1, "done")
    return done


def _stopped(done: MarkedRereads, while_: str) -> str:
    """What a cancel kept: the documents read so far keep their new text; the next Analyse analyses and relinks."""
    if not done.read:
        return (f"stopped: no document was read again ({counted(len(done.same), 'document')} read the same)"
                if done.same else "stopped: no document was read again")
    one = len(done.read) == 1
    return (f"stopped while {while_}: {counted(len(done.read), 'document')} read again ({_ids(done.read)})"
            f" {'keeps its' if one else 'keep their'} new text (Edit → Undo takes {'it' if one else 'them'} back);"
            " the next Analyse analyses what is not analysed yet and relinks the claims")


def reread_marked_job(document_ids: Sequence[int] | None = None, heard: Callable[[dict], None] | None = None) -> Job:
    """`reread_marked` for the window's runner: texts, analysis and links may all change."""
    wanted = tuple(document_ids) if document_ids is not None else None

    def run(corpus: Corpus, state: TaskState) -> Changes:
        done = reread_marked(corpus, wanted, state, heard)
        return Changes(done.said(f"; Edit → Undo takes {'it' if len(done.read) == 1 else 'them'} back"),
                       EVERYTHING | {NOTES})

    return run
