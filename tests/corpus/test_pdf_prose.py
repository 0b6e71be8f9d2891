"""A PDF is stored as the prose its pages show, not as its printer driver drew it.

Fixtures (real PDFs, fonts stripped to keep them small; the text layer is untouched):
- printed_article.pdf: the first nine paragraphs of fox61.com's AP story of 29 July 2016 on the San Diego police
  shooting, as crawled for the Gun Violence Archive (cltl/LongTailQATask, GVA incident 616102), printed with Qt 6's
  QPdfWriter, which places each word apart as a browser's "Save as PDF" does.
- quartz_page.pdf: page 8 of the ECB+ annotation guidelines (NWR-2014-1.pdf, ECB+_LREC2014), made by Word through
  macOS Quartz PDFContext.
- printed_headline.pdf: elpasoproud.com's report of the Alpine High School shooting (GVA incident 650750, crawled by
  cltl/LongTailQATask) printed as a browser prints a page, its headline in large type wrapped over two lines, a stamp
  at the top and a made-up address filed under 2016/09/08 with "1/1" at the foot (/work/data/fresh36/make_printed.py).
- printed_menu_page.pdf: a made-up article page under a site menu, printed with Qt 6's QTextDocument to QPdfWriter
  with no title of its own (/work/data/look30/fixtures/make_menu_pdf.py made it).
"""
from __future__ import annotations

from pathlib import Path

from viewer.corpus import publication, search
from viewer.corpus.formats import pdf
from viewer.corpus.importing import import_paths
from viewer.corpus.store import Corpus

FIXTURES = Path(__file__).parent / "pdfs"


def read(name: str) -> str:
    [document] = pdf.read((FIXTURES / name).read_bytes(), {}).documents
    return document.text


def test_a_printed_article_reads_as_its_paragraphs():
    text = read("printed_article.pdf")
    assert "\t" not in text and "\ufb03" not in text  # pypdf gives "San\tDiego\tpolice\toﬃcer"
    paragraphs = text.split("\n\n")
    assert paragraphs[0] == "San Diego police shooting: 1 officer killed, 1 injured"
    assert paragraphs[1] == (
        "SAN DIEGO — One San Diego police officer was shot and killed and another was injured as they tried to make"
        " a stop, leading to one arrest and an extensive hunt for anyone else who might have been involved, police"
        " said.")  # three printed lines, one paragraph
    assert "a 16-year department veteran and father of two, police Chief Shelley Zimmerman said Friday" in text
    assert paragraphs[3].endswith("(@SanDiegoPD) July 29, 2016")  # ends at the margin, yet its own paragraph
    assert paragraphs[4].startswith("Officer Wade Irwin, 32")


def test_a_page_made_by_word_on_a_mac_reads_with_plain_spaces_and_hyphens():
    text = read("quartz_page.pdf")
    assert not {"\t", "\r", "\xa0", "\xad", "\u2010"} & set(text)  # "ECB+\t\r \xa0Annotation", "ICT-\xad‐316404"
    assert text.startswith("ECB+ Annotation Guideline 8/28\n\n")
    assert "NewsReader: ICT-316404 January 31, 2014" in text
    assert ("- participants involved with an action as opposed to any participant mention occurring in a"
            " sentence\n\n- time when") in text
    assert ("4. a participant component that gives the answer to the question: who or what is involved with,"
            " undergoes change as result of, or facilitates an event or a state.") in text


def test_search_finds_the_words_a_ligature_was_printed_in(tmp_path):
    with Corpus(tmp_path / "c.corpus") as corpus:
        import_paths(corpus, [FIXTURES / "printed_article.pdf"])
        assert [hit.document_id for hit in search.search(corpus, "officers")] == [1]  # "oﬃcers" in the body only
        assert search.search(corpus, '"Officer Wade Irwin"')


def test_a_printed_pages_menu_is_marked_and_never_its_title(tmp_path):
    """A page printed to PDF with no title of its own was titled "Home", its menu's first item, and its menu read as
    the article's first lines in the pane, the report and search (BASIL's Fox page, printed as a browser does)."""
    with Corpus(tmp_path / "c.corpus") as corpus:
        import_paths(corpus, [FIXTURES / "printed_menu_page.pdf"])
        document = corpus.document(1)
        assert document.title == "Wildfire destroys 40 homes in Riverton"
        marked = [(kind, span.text_of(document.text)) for span, kind in corpus.boilerplate_kinds(1)]
        assert ("navigation", "Home\n\nLocal News\n\nWeather\n\nSports\n\nVideo") in marked
        assert not any("wildfire" in text.lower() for _kind, text in marked)


def test_a_browsers_print_reads_without_its_page_headers_footers_and_breaks():
    """printed_pages.pdf: the first paragraphs of elpasoproud.com's report of the Alpine High School shooting (GVA
    incident 650750, crawled by cltl/LongTailQATask) laid out as a browser prints a page, three short pages each
    headed "9/8/16, 2:05 PM  <title>" and footed "<address>  n/3" (drawn line by line with Qt's QPdfWriter by
    /work/data/fresh36/make_fixture_pdf.py). The stamp was the document's title, and the footer and the next
    page's header ran into the sentence the page break cut."""
    text = read("printed_pages.pdf")
    paragraphs = text.split("\n\n")
    assert paragraphs[0] == "Two injured, shooter dead at Alpine High School"
    assert "elpasoproud.com" not in text and "2:05 PM" not in text and "/3" not in text
    assert ("An officer was also shot in the leg during the melee. The Brewster County Sheriff said that the officer"
            " was shot when another officer's weapon accidentally discharged while clearing the school. It is currently"
            " unclear where the officer is being treated or the condition of the student.") in paragraphs
    assert len(paragraphs) == 8


def test_a_line_like_a_header_inside_the_page_is_kept():
    """Only a page's first and last lines are read as its furniture: a dateline or a figure deep in the text that
    looks like a page number stays."""
    from viewer.corpus.formats.pdf_pages import without_furniture

    pages = ["Report   1/2\n\nThe council met.\n2\nVotes were cast.\nIt passed 2/2\nat noon.\nOne more line\n\n1",
             "Report   2/2\n\nThe mayor spoke.\n2\nA vote followed.\nIt failed 1/2\nat dusk.\nLast line\n\n2"]
    assert [page.split("\n") for page in without_furniture(pages)] == [
        ["", "The council met.", "2", "Votes were cast.", "It passed 2/2", "at noon.", "One more line", ""],
        ["", "The mayor spoke.", "2", "A vote followed.", "It failed 1/2", "at dusk.", "Last line", ""]]


def test_a_one_page_print_drops_its_stamp_before_the_headline():
    """A one-page print has no other page to repeat its header: the print's date and time before the headline the page
    goes on to print are the stamp; a dated line before other words is the article's."""
    from viewer.corpus.formats.pdf_pages import without_furniture

    page = ("9/8/16, 2:05 PM      Two injured, shooter dead at Alpine High School\n\nTwo injured, shooter dead at Alpine"
            " High\nSchool\n\nThe suspected shooter is dead.\n\nhttp://www.elpasoproud.com/news/two-injured   1/1")
    assert without_furniture([page]) == [
        "\nTwo injured, shooter dead at Alpine High\nSchool\n\nThe suspected shooter is dead.\n"]
    dated = "9/8/16, 2:05 PM   Police were called to the school.\n\nThe suspected shooter is dead.\n\nMore to come."
    assert without_furniture([dated]) == [dated]


def test_a_headline_wrapped_over_two_printed_lines_is_one_paragraph():
    """The headline is set in larger type than the body: its short first line ("… at Alpine High") was read as a line
    ending its paragraph, and "School" was stored as a paragraph of its own, and became the title's end nowhere."""
    paragraphs = read("printed_headline.pdf").split("\n\n")
    assert paragraphs[0] == "Two injured, shooter dead at Alpine High School"
    assert paragraphs[1].startswith("The suspected shooter is dead following an active shooter situation")


def test_a_headline_as_long_as_a_body_line_ends_where_the_body_type_begins():
    """A headline set tight above its text stopped only when it stopped short of the margin; one as long as a body line
    ran into the first paragraph. The change of type size ends it."""
    from viewer.corpus.formats.pdf_prose import prose

    page = ("Council votes to close the public pool after a long night of talks\n"
            "The council met on Monday and voted to close the pool, the mayor said.\n"
            "Swimmers were told on Tuesday that the pool shuts in the middle of May.")
    assert prose(page).split("\n\n")[0].startswith("Council votes to close the public pool after a long night of talks The")
    display = {"Councilvotestoclosethepublicpoolafteralongnightoftalks": 24.0}
    assert prose(page, display).split("\n\n") == [
        "Council votes to close the public pool after a long night of talks",
        "The council met on Monday and voted to close the pool, the mayor said. Swimmers were told on Tuesday that the"
        " pool shuts in the middle of May."]


def test_a_browser_print_is_dated_by_the_address_in_its_footer_not_by_the_print_day(tmp_path):
    """A browser's print carries the page's address in its footer; left out of the text as furniture, the day the
    address is filed under was lost and the PDF's creation date (the print day) dated the article as an estimate."""
    with Corpus(tmp_path / "c.corpus") as corpus:
        import_paths(corpus, [FIXTURES / "printed_headline.pdf"])
        document = corpus.document(1)
        assert document.url == "https://www.example-news.com/news/2016/09/08/story-650750_d528b226"
        assert document.outlet == "example-news.com"
        assert document.title == "Two injured, shooter dead at Alpine High School"
        (published,) = publication.as_published(corpus, [1]).values()
        assert published.date == "2016-09-08"
        assert "example-news.com" not in document.text
