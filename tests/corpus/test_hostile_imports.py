"""Hostile file names and long repetitive texts: the batch still imports, and says what it did."""
import os
import time
from pathlib import Path

import pytest

from viewer.corpus.importing import import_paths
from viewer.corpus.spans import Covering, Span

ARTICLE = "The council met on Tuesday and the mayor said the bridge would reopen on Monday after repairs.\n"


@pytest.mark.skipif(os.name == "nt" or os.uname().sysname == "Darwin", reason="needs a file system of raw bytes")
def test_a_name_that_is_not_utf8_is_imported_with_the_rest(memory_corpus, tmp_path):
    (tmp_path / "plain.txt").write_text("A second report: the firefighters arrived within ten minutes.\n")
    latin1 = os.path.join(os.fsencode(tmp_path), b"caf\xe9-report.txt")
    with open(latin1, "wb") as out:
        out.write(ARTICLE.encode())
    report = import_paths(memory_corpus, [tmp_path])
    assert len(report.imported) == 2 and not report.failed
    named = [where for where, _id in report.imported if "report" in where]
    assert named == [str(tmp_path / "caf\ufffd-report.txt")]
    assert report.warnings[0][0] == named[0] and "not UTF-8" in report.warnings[0][1]
    assert "caf\ufffd-report.txt" in report.summary()
    stored = memory_corpus.db.execute("SELECT source_path FROM documents WHERE source_path LIKE '%report%'").fetchone()
    assert stored[0].endswith("caf\ufffd-report.txt")


def test_a_long_text_of_repeated_lines_imports_in_seconds(memory_corpus, tmp_path):
    """Each repeated line is marked as page furniture; checking every mark for every line took a minute for 300 KB."""
    (tmp_path / "long.txt").write_text(ARTICLE * 3000)
    started = time.perf_counter()
    report = import_paths(memory_corpus, [tmp_path])
    assert len(report.imported) == 1
    assert time.perf_counter() - started < 30  # quadratic: over a minute on a busy machine


@pytest.mark.parametrize("start, end, held", [(0, 5, True), (2, 10, True), (3, 12, False), (10, 11, False),
                                               (20, 25, True), (24, 30, True), (19, 21, False), (31, 32, False)])
def test_covering_holds_a_passage_one_span_holds_whole(start, end, held):
    spans = [Span(20, 30), Span(0, 10), Span(2, 4), Span(11, 12)]
    assert Covering(spans).holds(start, end) is held
    assert held == any(s.start <= start and end <= s.end for s in spans)


def test_covering_of_points_leaves_out_the_span_end():
    covering = Covering([Span(5, 8), Span(8, 8)])
    assert [p for p in range(12) if covering.holds_point(p)] == [5, 6, 7]


def test_a_text_with_stray_nul_bytes_is_read_without_them(memory_corpus, tmp_path):
    (tmp_path / "padded.txt").write_bytes(ARTICLE.encode() * 3 + b"\x00" * 4 + ARTICLE.encode())
    report = import_paths(memory_corpus, [tmp_path])
    assert len(report.imported) == 1 and not report.failed
    assert report.warnings == [(str(tmp_path / "padded.txt"),
                                f"4 NUL bytes left out (the first at byte {len(ARTICLE) * 3}): the text was read"
                                " without them")]
    assert memory_corpus.db.execute("SELECT text FROM documents").fetchone()[0] == ARTICLE * 4


def test_a_binary_file_named_txt_is_still_refused(memory_corpus, tmp_path):
    (tmp_path / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    report = import_paths(memory_corpus, [tmp_path])
    assert not report.imported and "binary content (a PNG picture" in report.failed[0][1]


def test_a_text_file_named_docx_says_so(memory_corpus, tmp_path):
    (tmp_path / "notes.docx").write_text(ARTICLE)
    report = import_paths(memory_corpus, [tmp_path])
    assert report.failed == [(str(tmp_path / "notes.docx"),
                              "not a Word document: the file is plain text named .docx; rename it .txt to import it")]


def test_an_unreadable_file_is_named_and_the_rest_imported(memory_corpus, tmp_path, monkeypatch):
    """Root reads a file of mode 000, so the refusal the researcher meets is made here."""
    (tmp_path / "open.txt").write_text(ARTICLE)
    (tmp_path / "closed.txt").write_text("A second report: the firefighters arrived within ten minutes.\n")
    read_bytes = Path.read_bytes

    def refused(path: Path) -> bytes:
        if path.name == "closed.txt":
            raise PermissionError(13, "Permission denied", str(path))
        return read_bytes(path)

    monkeypatch.setattr(Path, "read_bytes", refused)
    report = import_paths(memory_corpus, [tmp_path])
    assert [where for where, _id in report.imported] == [str(tmp_path / "open.txt")]
    assert report.failed == [(str(tmp_path / "closed.txt"), "cannot read the file (permission denied)")]
