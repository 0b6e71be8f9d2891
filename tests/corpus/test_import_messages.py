"""Every way a file can fail to import gets a message that names the real reason.

Each case here was once reported wrongly: BOM-less UTF-16 as binary, a looping link as a
missing file, very deep HTML as an article-less page, very deep JSON as Python's
RecursionError, a file one byte over the limit as "50.0 MB (the limit is 50.0 MB)", a CSV cell
over 128 KB as the end of the file, and pypdf's repairs printed on the terminal.
"""
from __future__ import annotations

import errno
import logging
import os

import pytest

from hostile_files import FIXTURES, text_pdf
from viewer.corpus.encoding import BinaryContent, decode
from viewer.corpus.formats import FormatError, html, pdf, records
from viewer.corpus.importing import ImportOptions, import_paths

ENGLISH = "The mayor said on Monday that forty buses had left the city.\nOfficials confirmed it.\n" * 3
RUSSIAN = "Мэр заявил в понедельник, что сорок автобусов покинули город (1 026 человек).\n" * 3


@pytest.mark.parametrize("text", [ENGLISH, RUSSIAN])
@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_text(text, codec):
    assert decode(text.encode(codec)) == text


@pytest.mark.parametrize("data", [
    b"".join(n.to_bytes(2, "little") for n in range(1, 2000)),  # 16-bit numbers: one-sided zeros
    b"\x00\x00\x01\x00" * 500,
])
def test_binary_with_one_sided_zeros_is_still_binary(data):
    with pytest.raises(BinaryContent):
        decode(data)


def test_links_that_lead_nowhere_say_so(memory_corpus, tmp_path):
    os.symlink("b.txt", tmp_path / "a.txt")
    os.symlink("a.txt", tmp_path / "b.txt")
    os.symlink(tmp_path / "gone.txt", tmp_path / "dangling.txt")
    report = import_paths(memory_corpus, [tmp_path / "a.txt", tmp_path / "dangling.txt", tmp_path])
    loop = "a symbolic link that loops back on itself (it leads to no file)"
    assert report.failed[0] == (str(tmp_path / "a.txt"), loop)
    assert report.failed[1] == (str(tmp_path / "dangling.txt"),
                                f"a symbolic link to {tmp_path / 'gone.txt'}, which does not exist")
    assert (str(tmp_path / "b.txt"), loop) in report.failed  # found while walking the folder


def test_a_folder_that_cannot_be_opened_is_named(memory_corpus, tmp_path, monkeypatch):
    """A sub-folder the system refuses (macOS keeps a program out of Desktop or Documents until allowed) was passed
    over in silence: the import reported its other files and nothing of those it never saw."""
    (tmp_path / "kept").mkdir()
    (tmp_path / "kept" / "article.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "refused").mkdir()
    (tmp_path / "refused" / "report.txt").write_text(ENGLISH + " Another.", encoding="utf-8")
    opened = os.scandir

    def scandir(path="."):
        if os.fspath(path) == str(tmp_path / "refused"):
            raise PermissionError(errno.EACCES, "Permission denied", os.fspath(path))
        return opened(path)

    monkeypatch.setattr(os, "scandir", scandir)
    report = import_paths(memory_corpus, [tmp_path])
    assert report.failed == [(str(tmp_path / "refused"), "cannot open this folder (permission denied): no file in it"
                                                         " was imported")]
    assert memory_corpus.document_count() == 1


def test_a_picture_saved_as_a_web_page_is_binary_not_an_empty_page(memory_corpus, tmp_path):
    """It said "no article text found in the page", as for a real page with no article, which sent the researcher
    looking in the page for an article that was never there."""
    picture = tmp_path / "photo.html"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    report = import_paths(memory_corpus, [picture])
    assert report.failed == [(str(picture), "binary content (a PNG picture, not a web page)")]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX thing")
def test_a_named_pipe_in_a_folder_is_named_and_never_read(memory_corpus, tmp_path):
    """Reading a named pipe no program writes to waits for ever: an import of a folder holding one never ended."""
    os.mkfifo(tmp_path / "feed.txt")
    (tmp_path / "article.txt").write_text(ENGLISH, encoding="utf-8")
    report = import_paths(memory_corpus, [tmp_path])
    assert report.failed == [(str(tmp_path / "feed.txt"), "a named pipe, not a file: save what it holds to a file and"
                                                           " import that")]
    assert memory_corpus.document_count() == 1


def test_a_file_just_over_the_limit_says_by_how_much(memory_corpus, tmp_path):
    limit = 50 * 1024 * 1024
    for extra, expected in ((1, "1 byte"), (30_000, "29.3 KB")):
        big = tmp_path / f"over{extra}.txt"
        with open(big, "wb") as handle:
            handle.truncate(limit + extra)  # sparse: takes no disk space
        report = import_paths(memory_corpus, [big], ImportOptions(max_bytes=limit))
        assert report.skipped == [(str(big), f"too large: {limit + extra:,} bytes, {expected} over the limit"
                                             f" of 50.0 MB ({limit:,} bytes)")]


def test_deeply_nested_html_says_how_deep():
    page = ("<html><body>" + "<div>" * 50_000 + "<p>The mayor said forty buses left.</p>" + "</div>" * 50_000
            + "</body></html>").encode()
    with pytest.raises(FormatError, match=r"nested 50,00\d levels deep; the HTML parser reads 256 levels"):
        html.read(page, {})


def test_html_nested_within_the_parsers_reach_still_reads():
    para = "<p>" + "The mayor said on Monday that forty buses had left the city for the west. " * 4 + "</p>"
    page = ("<html><body>" + "<div>" * 200 + para * 3 + "</div>" * 200 + "</body></html>").encode()
    assert "forty buses" in html.read(page, {}).documents[0].text


ARTICLE = "<article><h1>Buses leave the city</h1>" + "<p>The mayor said forty buses left the city on Monday.</p>" * 8


def test_a_page_of_more_elements_than_a_cancel_can_wait_for_is_refused_unread():
    """trafilatura reads a page in one call no cancel reaches, 70 µs an element: a 30 MB page of markup took minutes."""
    page = "<html><body>" + ARTICLE + "</article>" + '<div class="ad"><a href="/x">more</a></div>' * 50_000
    with pytest.raises(FormatError, match=r"^too much markup to read: the page holds 100,012 HTML elements, .*"
                                          r"past 100,000 .* save the article alone"):
        html.read(page.encode(), {})


def test_what_a_script_holds_is_no_element_of_the_page():
    script = "<script>var rows = '" + "<tr><td>0</td></tr>" * 60_000 + "';</script>"
    page = "<html><head>" + script + "<style>" + "<b>" * 1000 + "</style></head><body>" + ARTICLE + "</article>"
    assert html.elements(page) == 15  # html, head, script, style, body, article, h1 and 8 p: not the rows or the b
    assert "forty buses" in html.read(page.encode(), {}).documents[0].text


def test_deeply_nested_json_says_how_deep_not_recursion_error():
    with pytest.raises(FormatError) as refused:
        records.read_json(("[" * 100_000 + "]" * 100_000).encode(), {})
    assert "JSON nested 100,000 levels deep" in str(refused.value) and "Recursion" not in str(refused.value)
    lines = '{"text": "a fine report"}\n' + "[" * 100_000 + "]" * 100_000 + '\n{"text": "another report"}\n'
    result = records.read_jsonl(lines.encode(), {})
    assert [d.text for d in result.documents] == ["a fine report", "another report"]
    assert result.failures == [(2, "line 2: JSON nested 100,000 levels deep, too deep to read;"
                                   " records are objects with a 'text' field")]


def test_a_csv_field_over_128_kb_keeps_the_rest_of_the_file():
    article = "The mayor said forty buses left. " * 8000  # about 260 KB in one cell
    data = f'text,title\n"first report",a\n"{article}",b\n"third report",c\n'.encode()
    result = records.read_csv(data, {})
    assert result.failures == []
    assert [d.fields["title"] for d in result.documents] == ["a", "b", "c"]
    assert result.documents[1].text == article


def test_pypdf_repairs_become_the_files_message_not_terminal_noise(memory_corpus, tmp_path, capfd):
    with pytest.raises(FormatError, match=r"^corrupt PDF: it cannot be opened; save or print it to PDF again from where"
                                          r" it came \(pypdf: [^()]+; EOF marker not found\)$"):  # one bracket
        pdf.read((FIXTURES / "corrupt.pdf").read_bytes(), {})
    with pytest.raises(FormatError, match=r"^not a PDF: the file does not begin as a PDF does"):
        pdf.read(b"\x00\x01\x02garbage\xff\xfe" * 40, {})  # bytes pypdf called "Stream has ended unexpectedly"
    damaged = tmp_path / "bad-xref.pdf"  # the cross-reference offset points nowhere: pypdf repairs it
    damaged.write_bytes(text_pdf(["The mayor said forty buses left the city on Monday."]).replace(
        b"startxref\n", b"startxref\n1"))
    report = import_paths(memory_corpus, [damaged])
    assert len(report.imported) == 1
    assert report.warnings == [(str(damaged), "repaired while reading, so check its text against the original"
                                              " (pypdf: incorrect startxref pointer(2); parsing for Object Streams)")]
    assert "Read 1 file with warnings:" in report.summary()
    out, err = capfd.readouterr()
    assert err == "" and out == ""


def test_a_pypdf_warning_names_no_object_whole():
    """A PDF of CFF fonts made pypdf print each font's dictionary, widths and all, into the file's report: the three
    warnings were 2,000 characters, and the same warning once the dictionaries are left out."""
    from viewer.corpus.formats.pdf import _pypdf_warnings

    font = "{'/BaseFont': '/ZVXQMA+SFTI1440', '/FontDescriptor': IndirectObject(8, 0, 1), '/Widths': [685, 0, 734]}"
    with _pypdf_warnings() as caught:
        for _ in range(3):
            logging.getLogger("pypdf").warning(f"fontTools is required to fully parse the encoding of a CFF Type1 font"
                                               f" in font dictionary {font}, but is not installed.")
    assert caught == ["fontTools is required to fully parse the encoding of a CFF Type1 font in font dictionary {…},"
                      " but is not installed."]


@pytest.mark.parametrize(("start", "kind"), [(b"\xff\xd8\xff\xe0\x00\x10JFIF", "a JPEG picture"),
                                             (b"PK\x03\x04\x14\x00\x06\x00", "a ZIP archive, as Word and OpenDocument"
                                              " files are"),
                                             (b"\x00\x01\x02\x03", None)])
def test_a_binary_file_under_a_text_name_says_what_its_first_bytes_make_it(memory_corpus, tmp_path, start, kind):
    """"binary content" alone left the researcher to guess which file of a folder had been saved under the wrong name."""
    wrong = tmp_path / "article.txt"
    wrong.write_bytes(start + bytes(range(256)) * 8)
    report = import_paths(memory_corpus, [wrong])
    assert report.failed == [(str(wrong), f"binary content ({kind + ', ' if kind else ''}not a text file)")]


def test_a_folder_imported_again_gives_its_exact_duplicates_one_line(memory_corpus, tmp_path):
    """Importing a folder again to add its new files listed every file the corpus already held, one line each."""
    folder = tmp_path / "reports"
    folder.mkdir()
    for n in range(7):
        (folder / f"report-{n}.txt").write_text(f"Report {n}\n\nThe council met on day {n} and voted.\n",
                                                encoding="utf-8")
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    import_paths(memory_corpus, [folder])
    (folder / "report-new.txt").write_text("Report new\n\nThe council met again and voted.\n", encoding="utf-8")
    summary = import_paths(memory_corpus, [folder]).summary().splitlines()
    assert summary[:2] == ["Imported 1 document.", "Skipped 8 files:"]
    assert summary[3] == "  7 files: already in the corpus, each an exact duplicate (of d1, d2, d3, d4, d5 and 2 more)"
