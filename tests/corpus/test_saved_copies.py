"""Articles as a researcher saves them: pages printed to PDF, pages saved from the Wayback Machine.

A copy's file says when and where the copy was made; the article's own date and outlet are what the
reports compare, so the copy's must never pass for them.
"""
import io

from hostile_files import text_pdf
from viewer.corpus import dating, publication
from viewer.corpus.formats import html
from viewer.corpus.importing import import_paths
from viewer.corpus.store import Corpus


def saved_as_pdf(lines: list[str], made: str = "D:20240305093000Z", title: str | None = None) -> bytes:
    """A text PDF whose creation date is the day it was saved, as a browser's Save as PDF writes it."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(text_pdf(lines))))
    writer.add_metadata({"/CreationDate": made, "/Title": lines[0] if title is None else title})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_a_pdf_saved_today_never_dates_the_article_it_holds(tmp_path):
    folder = tmp_path / "saved"
    folder.mkdir()
    (folder / "dated.pdf").write_bytes(saved_as_pdf([
        "Ban on travel to Indiana", "SEATTLE, March 30, 2015 (AP) - Washington's governor banned state-funded travel."]))
    (folder / "undated.pdf").write_bytes(saved_as_pdf([
        "Ban on travel to Indiana", "Washington's governor banned state-funded travel to Indiana, he said."]))
    with Corpus(tmp_path / "c.corpus") as corpus:
        import_paths(corpus, [folder])
        by_name = {corpus.document(d).source_path.rsplit("/", 1)[-1]: d for d in corpus.document_ids()}
        dated = publication.dating(corpus, by_name["dated.pdf"])
        assert (dated.published, dated.date_from, dated.estimated) == ("2015-03-30", "dateline", False)
        assert not dated.conflicts  # the day the file was made is no rival to the article's date
        undated = publication.dating(corpus, by_name["undated.pdf"])
        assert (undated.published, undated.estimated) == ("2024-03-05", True)
        assert "estimated" in undated.flags and "published then or before" in undated.explanation


def test_a_page_saved_from_the_wayback_machine_names_its_own_site():
    page = (b'<html><head><title>Boy, 13, will not be charged | Local News</title>'
            b'<link rel="canonical" href="http://web.archive.org/web/20151026092316/http://q13fox.com/2014/05/16/'
            b'no-charges/"></head><body><article><h1>Boy, 13, will not be charged</h1><p>Prosecutors said on Friday'
            b' they would not charge the 13-year-old boy who accidentally shot and killed his friend in Tacoma.</p>'
            b'<p>The boy found the shotgun in a closet, police said.</p></article></body></html>')
    [doc] = html.read(page, {}).documents
    assert doc.fields["url"] == "http://web.archive.org/web/20151026092316/http://q13fox.com/2014/05/16/no-charges/"
    assert doc.fields["outlet"] == "q13fox.com"
    assert doc.fields["published"] == "2014-05-16"  # the original address's date, not the capture's


def test_an_outlet_read_off_the_title_is_no_outlet():
    fields = html.archived_page({"title": "4 dead, 2 injured in a shooting", "outlet": "4 dead, 2 injured in a shooting",
                                 "url": "http://web.archive.org/web/2014/http:/www.news10.net:80/story/2014/02/20/x/"})
    assert fields["outlet"] == "news10.net"
    assert fields["url"] == "http://web.archive.org/web/2014/http://www.news10.net:80/story/2014/02/20/x/"
    assert "outlet" not in html.archived_page({"title": "Shots fired", "outlet": "Shots  fired"})
    assert html.archived_page({"title": "Shots fired", "outlet": "KSLA 12", "url": "https://ksla.com/a"}) == {
        "title": "Shots fired", "outlet": "KSLA 12", "url": "https://ksla.com/a"}


def test_a_page_saved_from_archive_today_is_dated_by_its_article_not_the_capture():
    fields = html.archived_page({"title": "Dairy warehouse burns", "outlet": "archive.ph", "published": "2019-03-01",
                                 "url": "https://archive.ph/2019.03.01-123456/https:/www.example.com/2019/02/28/fire.html"})
    assert fields == {"title": "Dairy warehouse burns", "outlet": "example.com",
                      "url": "https://archive.ph/2019.03.01-123456/https://www.example.com/2019/02/28/fire.html"}
    evidence = dating.gather("Dairy warehouse burns\n\nA fire on Tuesday destroyed the warehouse.", [], fields, list(fields))
    assert dating.resolve(evidence, "2024-01-10T12:00:00+00:00").published == "2019-02-28"  # the original address's day
    plain = html.archived_page({"published": "2019-03-01T12:34:56Z", "url": "http://archive.is/20190301123456/http://example.com/a"})
    assert "published" not in plain and plain["outlet"] == "example.com"
    # a different day is the article's own; a short address names no capture; the Wayback Machine replays the page's markup
    assert html.archived_page({"published": "2019-02-27", "url": "https://archive.ph/2019.03.01-123456/https://example.com/a"})[
        "published"] == "2019-02-27"
    assert html.archived_page({"published": "2019-03-01", "url": "https://archive.ph/AbCdE"}) == {
        "published": "2019-03-01", "url": "https://archive.ph/AbCdE"}
    assert html.archived_page({"published": "2015-10-26", "url": "http://web.archive.org/web/20151026092316/http://q13fox.com/a"})[
        "published"] == "2015-10-26"


def test_a_file_name_written_as_a_pdfs_title_gives_way_to_its_headline(tmp_path):
    """A page printed under its file's name ("buzzfeed_fox") was listed, paned and reported by that name; a title of
    words, even one run into a word with a hyphen, is kept."""
    lines = ["Ban on travel to Indiana", "Washington's governor banned state-funded travel to Indiana, he said."]
    for name, title in (("stem.pdf", "indiana_travel_ban"), ("camera.pdf", "IMG_0042"), ("words.pdf", "Travel ban: state-funded")):
        (tmp_path / name).write_bytes(saved_as_pdf(lines, title=title))
    with Corpus(tmp_path / "c.corpus") as corpus:
        import_paths(corpus, [tmp_path / "stem.pdf", tmp_path / "camera.pdf", tmp_path / "words.pdf"])
        assert [corpus.document(d).title for d in corpus.document_ids()] == [
            "Ban on travel to Indiana", "Ban on travel to Indiana", "Travel ban: state-funded"]
