"""The Qt page layout: a heading never ends a page without the paragraph it introduces, nor is a short paragraph
split."""
from __future__ import annotations

import shutil
import subprocess

import pytest
from pypdf import PdfReader

from viewer.export.pdf_document import PAGE_SIZES, Paragraph, Run, Section
from viewer.render.pdf_layout import render


def _page_of(pages: list[str], text: str) -> int:
    return next(i for i, page in enumerate(pages) if text in page)


@pytest.mark.parametrize("fillers", range(46, 62))
def test_a_heading_starts_the_page_of_its_first_paragraph(tmp_path, fillers):
    # However many short lines come before it (small steps, so every position near the foot of the
    # first page is tried), the heading lands on the page where its paragraph starts.
    blocks = [Paragraph([Run(f"Line {n}")], "small") for n in range(fillers)]
    blocks += [Paragraph([Run("Notes on the claims")], "h2"), Paragraph([Run("First note after the heading.")], "note")]
    target = tmp_path / "h.pdf"
    rendered = render([Section("Heading test", blocks)], target, PAGE_SIZES["A4"])
    pages = [" ".join(page.extract_text().split()) for page in PdfReader(target).pages]
    assert rendered.page_count == len(pages)
    assert _page_of(pages, "Notes on the claims") == _page_of(pages, "First note after the heading.")


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) is not installed")
def test_a_highlight_pushed_to_the_next_page_leaves_no_line_at_the_foot_of_this_one(tmp_path):
    # A lit line Qt moves to the next page starts on the page boundary; its background drew a hairline
    # at the foot of the page before (seen under a 602-page field corpus report). Every position of the
    # lit line near the break is tried.
    from PySide6.QtGui import QImage

    lit = "#E8A0C8"
    pushed = 0
    for fillers in range(28, 36):
        blocks = [Paragraph([Run(f"Line {n} of a short filler.")], "body") for n in range(fillers)]
        blocks.append(Paragraph([Run("Words before the lit passage, enough of them to wrap over a few lines. " * 3),
                                 Run("the lit passage", background=lit, mark="lit"), Run(" and the rest.")], "body"))
        target = tmp_path / f"{fillers}.pdf"
        rendered = render([Section("Foot test", blocks)], target, PAGE_SIZES["A4"])
        if {box.page for box in rendered.boxes["lit"]} != {1}:
            continue
        pushed += 1
        subprocess.run(["pdftoppm", "-png", "-r", "100", "-f", "1", "-l", "1", str(target), str(tmp_path / f"p{fillers}")], check=True)
        image = QImage(str(next(tmp_path.glob(f"p{fillers}-*.png"))))
        tinted = [y for y in range(image.height()) for x in range(0, image.width(), 2)
                  if image.pixelColor(x, y).red() > 200 and image.pixelColor(x, y).green() < 200 and image.pixelColor(x, y).blue() > 150]
        assert tinted == [], f"{fillers} fillers: the next page's highlight shows on page 1 at rows {sorted(set(tinted))}"
    assert pushed, "no case put the lit passage on the second page"


@pytest.mark.parametrize("fillers", [0, 7, 19])
def test_a_paragraph_running_over_a_page_break_is_in_the_text_layer_once(tmp_path, fillers):
    # The line before a page break was painted again, clipped out of sight, at the head of the next page: a
    # reader's search found it twice and a copy of the page began with it (an article's text in a GVA report).
    words = [f"w{n:04d}" for n in range(1400)]
    blocks = [Paragraph([Run(f"Line {n} of a short filler.")], "body") for n in range(fillers)]
    blocks.append(Paragraph([Run(" ".join(words))], "body"))
    target = tmp_path / "break.pdf"
    render([Section("Break test", blocks)], target, PAGE_SIZES["A4"])
    pages = PdfReader(target).pages
    assert len(pages) >= 3
    joined = "".join("".join(page.extract_text().split()) for page in pages)  # pypdf may cut a word at a line's end
    assert [w for w in words if joined.count(w) != 1] == []


def test_a_table_running_over_a_page_break_keeps_its_repeated_header_and_every_cell(tmp_path):
    # Painting each page from under the first line of a paragraph that runs over the break must not leave out a
    # table's header row, which Qt repeats at the head of the page, nor a cell's lines beside a longer cell's.
    from viewer.export.pdf_document import Cell, Table

    rows = [[Cell([Run(f"r{n:03d}a")]), Cell([Run(" ".join(f"r{n:03d}w{k}" for k in range(40)))]),
             Cell([Run(f"r{n:03d}c")])] for n in range(30)]
    blocks = [Paragraph([Run("Filler line.")], "body") for _ in range(5)]
    blocks.append(Table([Cell([Run("Headone")]), Cell([Run("Headtwo")]), Cell([Run("Headthree")])], rows))
    target = tmp_path / "table.pdf"
    render([Section("Table test", blocks)], target, PAGE_SIZES["A4"])
    pages = ["".join(page.extract_text().split()) for page in PdfReader(target).pages]
    assert len(pages) >= 2
    assert all(page.count("Headone") == 1 and "Headthree" in page for page in pages)
    joined = "".join(pages)
    assert all(f"r{n:03d}a" in joined and f"r{n:03d}c" in joined and f"r{n:03d}w39" in joined for n in range(30))


@pytest.mark.parametrize("fillers", range(40, 52, 2))
def test_a_short_table_row_is_never_cut_by_a_page_break(tmp_path, fillers):
    # Qt breaks a table between the lines of a row's cells: a claim's row of the matrix left its last line
    # ("Lummi Na…") alone on the next page, under the repeated header, beside an empty coloured claim cell. Every
    # position of the rows near the foot of the first page is tried; each row is read whole on one page.
    from viewer.export.pdf_document import Cell, Table

    rows = [[Cell([Run(f"row{n:02d}start " + "word " * 30 + f"row{n:02d}end")], background="#E8A0C8"),
             Cell([Run(f"r{n:02d}x")])] for n in range(8)]
    blocks = [Paragraph([Run(f"Filler line {n}.")], "small") for n in range(fillers)]
    blocks.append(Table([Cell([Run("Claim")]), Cell([Run("Source")])], rows, [70, 30]))
    target = tmp_path / "rows.pdf"
    render([Section("Row test", blocks)], target, PAGE_SIZES["A4"])
    pages = ["".join(page.extract_text().split()) for page in PdfReader(target).pages]
    for n in range(8):
        assert _page_of(pages, f"row{n:02d}start") == _page_of(pages, f"row{n:02d}end"), f"row {n} of {fillers} fillers"


@pytest.mark.parametrize("fillers", range(44, 58, 2))
def test_a_heading_goes_with_a_table_whose_first_row_starts_the_next_page(tmp_path, fillers):
    # A claim's heading and "Sources in time order" above a table whose first row a break would cut: the row starts
    # the next page, and the two headings with it. Every position of the first row near the foot of page 1 is tried.
    from viewer.export.pdf_document import Cell, Table

    rows = [[Cell([Run(f"row{n}start " + "word " * 40 + f"row{n}end")]), Cell([Run(f"r{n}x")])] for n in range(3)]
    blocks = [Paragraph([Run(f"Filler line {n}.")], "small") for n in range(fillers)]
    blocks += [Paragraph([Run("Claimheading")], "h1"), Paragraph([Run("Sourcesheading")], "h2"),
               Table([Cell([Run("Claim")]), Cell([Run("Source")])], rows, [70, 30])]
    target = tmp_path / "lead.pdf"
    render([Section("Lead test", blocks)], target, PAGE_SIZES["A4"])
    pages = ["".join(page.extract_text().split()) for page in PdfReader(target).pages]
    first = _page_of(pages, "row0start")
    assert first == _page_of(pages, "row0end") == _page_of(pages, "Claimheading") == _page_of(pages, "Sourcesheading")


@pytest.mark.parametrize("fillers", range(40, 52, 3))
def test_a_mark_or_link_in_a_row_moved_to_the_next_page_is_boxed_where_it_is_painted(tmp_path, fillers):
    # The rows from a cut one on are taken out and set again on the next page: a highlight or a link kept from where
    # they were first laid out would stand on the wrong page, over other text.
    from viewer.export.pdf_document import Cell, Table

    rows = [[Cell([Run(f"row{n}start " + "word " * 30), Run(f"lit{n}", mark=f"m{n}")]),
             Cell([Run(f"go{n}", link=f"m{n}")])] for n in range(8)]
    blocks = [Paragraph([Run(f"Filler line {n}.")], "small") for n in range(fillers)]
    blocks.append(Table([Cell([Run("Claim")]), Cell([Run("Source")])], rows, [70, 30]))
    target = tmp_path / "marks.pdf"
    rendered = render([Section("Mark test", blocks)], target, PAGE_SIZES["A4"])
    pages = ["".join(page.extract_text().split()) for page in PdfReader(target).pages]
    for n in range(8):
        assert [box.page for box in rendered.boxes[f"m{n}"]] == [_page_of(pages, f"lit{n}")], f"row {n}"
        assert [box.page for box, to in rendered.links if to == f"m{n}"] == [_page_of(pages, f"go{n}")], f"row {n}"


@pytest.mark.parametrize("fillers", range(27, 35))
def test_no_line_of_a_paragraph_split_by_a_page_break_is_lost(tmp_path, fillers):
    # Each position of a five-line paragraph around the first break: painting a page from under the first line of
    # a paragraph that runs onto it must still paint a paragraph whose last line opens the page (Qt leaves out a
    # paragraph ending above where its paint starts; "at www.crimestoppers.com." went missing so).
    words = [f"x{n:03d}" for n in range(76)]
    blocks = [Paragraph([Run(f"Line {n} of a short filler.")], "body") for n in range(fillers)]
    blocks += [Paragraph([Run(" ".join(words))], "body"), Paragraph([Run("The paragraph after it.")], "body")]
    target = tmp_path / "split.pdf"
    render([Section("Split test", blocks)], target, PAGE_SIZES["A4"])
    joined = "".join("".join(page.extract_text().split()) for page in PdfReader(target).pages)
    assert [w for w in words if w not in joined] == [] and "Theparagraphafterit." in joined


def test_a_running_title_longer_than_the_line_is_shortened_with_an_ellipsis(tmp_path):
    # "d2 · <a 240-character outlet> · <title>" ran past the right margin, cut mid-word, the title never shown.
    title = "d2 · " + "The Springfield Evening Chronicle and Weekly Courier " * 5 + "· Police name the victims"
    target = tmp_path / "running.pdf"
    render([Section(title, [Paragraph([Run("Body text.")], "body")])], target, PAGE_SIZES["A4"])
    head = " ".join(PdfReader(target).pages[0].extract_text().splitlines()[0].split())
    assert head.startswith("d2 · The Springfield Evening Chronicle") and head.rstrip().endswith("…"), head
    assert len(head) < len(title) / 2


def _line_pages(tmp_path, blocks: list) -> dict[str, list[int]]:
    """The page of each line of every marked run."""
    rendered = render([Section("Keep test", blocks)], tmp_path / "keep.pdf", PAGE_SIZES["A4"])
    return {mark: [box.page for box in boxes] for mark, boxes in rendered.boxes.items()}


@pytest.mark.parametrize("fillers", range(44, 56))
def test_a_short_paragraph_is_never_split_over_two_pages(tmp_path, fillers):
    # A three-line entry of the speaker index ran from the foot of one page onto the next. Every position of
    # the paragraph's lines around the first break is tried.
    blocks = [Paragraph([Run(f"Filler line {n}.")], "note") for n in range(fillers)]
    blocks.append(Paragraph([Run(" ".join(f"s{n:03d}" for n in range(42)), mark="short")], "note"))
    pages = _line_pages(tmp_path, blocks)["short"]
    assert len(pages) == 3 and len(set(pages)) == 1, pages


@pytest.mark.parametrize("fillers", range(44, 56))
def test_a_speakers_heading_and_also_written_line_stay_with_the_first_entry(tmp_path, fillers):
    # A speaker's heading and its "Also written" line were left alone at a page's foot, the statements on the next.
    blocks = [Paragraph([Run(f"Filler line {n}.")], "note") for n in range(fillers)]
    blocks += [Paragraph([Run("Mitch Landrieu — Mayor", mark="head")], "h2"),
               Paragraph([Run("Also written: ", italic=True), Run("Landrieu", mark="also")], "note",
                         keep_with_next=True),
               Paragraph([Run("d11 WWL, p. 3 (direct): “" + "word " * 30 + "”", mark="entry")], "note", indent=1)]
    pages = _line_pages(tmp_path, blocks)
    assert len(set(pages["head"] + pages["also"] + pages["entry"])) == 1, pages


@pytest.mark.parametrize("fillers", range(44, 56))
def test_a_long_paragraph_never_leaves_its_first_line_alone_at_a_pages_foot(tmp_path, fillers):
    blocks = [Paragraph([Run(f"Filler line {n}.")], "note") for n in range(fillers)]
    blocks.append(Paragraph([Run(" ".join(f"l{n:03d}" for n in range(120)), mark="long")], "note"))
    pages = _line_pages(tmp_path, blocks)["long"]
    assert len(pages) > 3 and pages[0] == pages[1], pages


def _pdf_lines(target, words: list[str]) -> list[list[int]]:
    """The page of each printed line that holds any of ``words``, as the PDF's text layer has it."""
    lines = []
    for number, page in enumerate(PdfReader(target).pages):
        lines += [[number] for line in page.extract_text().splitlines() if set(line.split()) & set(words)]
    return lines


@pytest.mark.parametrize("fillers", range(40, 56))
def test_a_long_paragraph_never_leaves_its_last_line_alone_atop_a_page(tmp_path, fillers):
    # "… at www.crimestoppers.com." stood alone atop a page, its paragraph on the page before. Each position of a
    # long paragraph around the first break; the lit run across the split and the mark after it stay boxed
    # on the page they are printed on.
    words = [f"w{n:03d}" for n in range(120)]
    blocks = [Paragraph([Run(f"Filler line {n}.")], "note") for n in range(fillers)]
    blocks += [Paragraph([Run(" ".join(words[:40]) + " "), Run(" ".join(words[40:]), mark="lit")], "note"),
               Paragraph([Run("After"), Run(" it.", mark="after")], "note")]
    target = tmp_path / "widow.pdf"
    rendered = render([Section("Widow test", blocks)], target, PAGE_SIZES["A4"])
    pages = [page for [page] in _pdf_lines(target, words)]
    assert len(pages) >= 6 and set(words) <= {w for p in PdfReader(target).pages for w in p.extract_text().split()}
    per_page = {page: pages.count(page) for page in pages}
    assert min(per_page.values()) >= 2, per_page
    texts = ["".join(page.extract_text().split()) for page in PdfReader(target).pages]
    assert {box.page for box in rendered.boxes["after"]} == {_page_of(texts, "Afterit.")}
    assert [box.page for box in rendered.boxes["lit"]] == [page for [page] in _pdf_lines(target, words[40:])]
