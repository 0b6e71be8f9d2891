"""How far an import is, inside each file as well as from file to file.

An import's bar moved once a file: a PDF of hundreds of pages, or a JSONL file of thousands of records, showed
"reading X (0%)" until it was done, and looked stuck. Each file now has a stretch of the bar that its reader's parts
(`formats.Parts`: pages, lines, records, the markup of a Word document) and then the preparation of its documents
(boilerplate, metadata, dates, one document after another) move along. The two halves are steps, not timings: which
takes longer depends on the format (an 80-page PDF: 1.2 s of pages, 0.6 s of preparation; a 1 MB Word document:
0.04 s of paragraphs, 1.8 s of preparation), so each says what it is doing in words as well.
"""
from __future__ import annotations

from viewer.jobs import TaskState

SHARE = 1000  # steps of the bar for each file: a step a thousandth of its file, few enough to draw each one
_READ = SHARE // 2  # the reader's parts fill the first half of a file's stretch, its documents' preparation the rest


class FileProgress:
    """The stretch of the import's bar of file ``number`` of ``files``; every part said is also where a cancel is
    heard (`TaskState.check`)."""

    def __init__(self, state: TaskState, number: int, files: int, label: str) -> None:
        self.state, self.label = state, label
        self.start, self.total = number * SHARE, files * SHARE
        self._shown: tuple[int, str] | None = None
        self._document, self._documents = 0, 1
        self._at(0, "", "")

    def reading(self, done: int, total: int, noun: str) -> None:
        """The reader's parts (`formats.Parts`): "30 of 83 pages read"."""
        self._at(_READ * done // total if total > 0 else 0, noun, f"{done:,} of {total:,} {noun} read" if noun else "")

    def document(self, number: int, documents: int) -> None:
        """The file's documents are read one after another for their boilerplate, metadata and dates."""
        self._document, self._documents = number, max(documents, 1)

    def preparing(self, done: int, total: int, what: str) -> None:
        """The steps of preparing the document in hand (`formats.Parts`; ``what``: "its dates"), which for a long
        text take seconds each."""
        share = (SHARE - _READ) / self._documents
        # the last part of the last document still ends inside this file's stretch: the next file's starts it
        step = min(_READ + int(share * (self._document + (done / total if total > 0 else 0))), SHARE - 1)
        if self._documents > 1:  # said once a document, not once a step
            self._at(step, "documents", f"{self._document:,} of {self._documents:,} documents read for their"
                     " boilerplate and dates")
        else:
            self._at(step, f"document: {what}", f"finding {what}" if what else "")

    def _at(self, step: int, stage: str, said: str) -> None:
        """Said when the bar or the stage moves, not for every part: a file of 100,000 records said each one."""
        shown = (self.start + step, stage)
        if shown != self._shown:
            self._shown = shown
            self.state.progress(shown[0], self.total, f"reading {self.label}: {said}" if said else
                                f"reading {self.label}")
        self.state.check()
