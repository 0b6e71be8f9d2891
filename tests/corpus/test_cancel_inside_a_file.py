"""A cancel is heard while one long file is read (its pages, records, paragraphs, the steps that read its text),
not only between files, and stops the import with nothing stored."""
from __future__ import annotations

import json
import random
import zipfile

import pytest

from hostile_files import pages_pdf
from viewer.corpus.formats import docx, pdf, records
from viewer.corpus.importing import import_paths
from viewer.corpus.store import Corpus
from viewer.jobs import Cancelled, TaskState

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
WORDS = ("harbour road council bridge mayor repairs reopened storm damage ferry crews said on Friday that the"
         " closure would last until").split()


def _sentences(count: int, seed: int = 1) -> list[str]:
    rng = random.Random(seed)
    return [" ".join(rng.choice(WORDS) for _ in range(12)).capitalize() + "." for _ in range(count)]


def _word_file(paragraphs: list[str]) -> bytes:
    import io

    body = "".join(f"<w:p><w:r><w:t>{p}</w:t></w:r></w:p>" for p in paragraphs)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", f"<w:document {W}><w:body>{body}</w:body></w:document>")
    return out.getvalue()


class Countdown:
    """A reader's parts that raise `Cancelled` at their ``at``-th call, counting every call."""

    def __init__(self, at: int | None = None) -> None:
        self.at, self.calls = at, 0

    def __call__(self, done: int = 0, total: int = 0, noun: str = "") -> None:
        self.calls += 1
        if self.at is not None and self.calls >= self.at:
            raise Cancelled


def test_a_pdf_hears_a_cancel_between_its_pages_and_does_not_call_it_a_corrupt_file():
    data = pages_pdf([[sentence] for sentence in _sentences(6)])
    counted = Countdown()
    assert len(pdf.read(data, {}, counted).documents) == 1
    assert counted.calls >= 6  # once a page at least
    stopped = Countdown(at=3)
    with pytest.raises(Cancelled):
        pdf.read(data, {}, stopped)
    assert stopped.calls == 3


def test_a_word_document_hears_a_cancel_between_its_paragraphs():
    data = _word_file(_sentences(1000))
    counted = Countdown()
    [document] = docx.read(data, {}, counted).documents
    assert document.text.count("\n\n") == 999 and counted.calls >= 4
    with pytest.raises(Cancelled):
        docx.read(data, {}, Countdown(at=2))


@pytest.mark.parametrize("reader, data", [
    (records.read_jsonl, "".join(json.dumps({"text": s}) + "\n" for s in _sentences(50)).encode()),
    (records.read_json, json.dumps([{"text": s} for s in _sentences(50)]).encode()),
    (records.read_csv, ("text\n" + "".join(f'"{s}"\n' for s in _sentences(50))).encode()),
])
def test_a_record_file_hears_a_cancel_between_its_records(reader, data):
    counted = Countdown()
    assert len(reader(data, {}, counted).documents) == 50 and counted.calls >= 50
    with pytest.raises(Cancelled):
        reader(data, {}, Countdown(at=10))


class CancelledAt(TaskState):
    """A task state the researcher cancels at its ``at``-th check: the first is made before the first file is read."""

    def __init__(self, at: int) -> None:
        super().__init__()
        self.at, self.checks = at, 0

    def check(self, outcome: str = "") -> None:
        self.checks += 1
        if self.checks == self.at:
            self.cancel()
        super().check(outcome)


def test_a_cancel_while_a_long_pdf_is_read_stops_the_import_with_nothing_kept(memory_corpus, tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(" ".join(_sentences(20, seed=2)), encoding="utf-8")
    (folder / "b.pdf").write_bytes(pages_pdf([[s] for s in _sentences(40, seed=3)]))
    state = CancelledAt(at=2 + 10)  # a.txt's check and the steps reading it, then ten pages into b.pdf
    with pytest.raises(Cancelled, match="nothing of this import was kept"):
        import_paths(memory_corpus, [folder], state=state)
    assert memory_corpus.document_count() == 0
    assert state.checks < 2 + 40  # stopped inside the PDF, before its last page
    assert len(import_paths(memory_corpus, [folder]).imported) == 2  # both read whole when not cancelled


def test_a_cancel_between_the_steps_that_read_a_long_text_is_heard_before_the_file_is_done(memory_corpus, tmp_path):
    path = tmp_path / "long.txt"
    path.write_text("\n\n".join(_sentences(2000, seed=4)), encoding="utf-8")
    whole = CancelledAt(at=0)
    with Corpus(":memory:") as other:
        import_paths(other, [path], state=whole)
    assert whole.checks > 4  # the steps of one file: boilerplate, metadata, dates…
    with pytest.raises(Cancelled, match="nothing of this import was kept"):
        import_paths(memory_corpus, [path], state=CancelledAt(at=3))
    assert memory_corpus.document_count() == 0
