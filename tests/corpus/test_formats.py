import socket
import subprocess
import sys

import pytest

from hostile_files import FIXTURES, blank_pdf, text_pdf
from viewer.corpus.formats import READERS, FormatError
from viewer.corpus.formats import html, markdown, pdf, records


def test_every_supported_suffix_has_a_reader():
    assert set(READERS) == {".txt", ".md", ".markdown", ".html", ".htm", ".mhtml", ".mht", ".pdf", ".docx", ".json",
                            ".jsonl", ".csv"}


def test_the_page_and_pdf_libraries_load_on_the_first_file_they_read():
    """The window imports the readers at start; trafilatura and pypdf cost it 0.4 s there."""
    loaded = "import sys, viewer.corpus.importing; print(sorted({'trafilatura', 'pypdf'} & set(sys.modules)))"
    assert subprocess.run([sys.executable, "-c", loaded], capture_output=True, text=True, check=True).stdout == "[]\n"


def test_markdown_becomes_readable_text_with_headings_as_lines():
    [doc] = markdown.read((FIXTURES / "article.md").read_bytes(), {}).documents
    assert doc.text.split("\n\n") == [
        "Azovstal defenders surrender",
        "The Russian Defense Ministry announced on Wednesday that 959 Ukrainian soldiers entrenched in the"
        " Azovstal steel plant have surrendered.",
        "What the ministry said",
        "“In the last 24 hours, 694 combatants, including 29 wounded, have become prisoners,” the ministry said"
        " in a statement.",
        "• 51 were hospitalised in Novoazovsk",
        "• the fate of the prisoners is unknown",
    ]
    assert doc.fields == {"title": "Azovstal defenders surrender", "published": "2022-05-18", "outlet": "Example Daily"}


def test_saved_page_is_read_without_scripts_styles_or_any_network(monkeypatch):
    def no_network(*args, **kwargs):
        raise AssertionError("the HTML reader tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket.socket, "connect_ex", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    [doc] = html.read((FIXTURES / "broken.html").read_bytes(), {}).documents
    for injected in ("INJECTED", "STYLE TEXT", "ONLOAD", "tracker.example.net", "tracking pixel", "ads.example"):
        assert injected not in doc.text
    assert "Ukraine offered Russia on Wednesday a “special session of negotiations” in the besieged port city" in doc.text
    assert "Russia’s defence ministry did not comment on the offer, according to the Interfax agency." in doc.text
    assert doc.fields["title"] == "Kyiv offers “special session” of talks in Mariupol"
    assert doc.fields["outlet"] == "Example Wire"
    assert doc.fields["author"] == "Jane Roe"
    assert doc.fields["published"] == "2022-04-20"
    assert doc.fields["url"] == "https://example.org/world/mariupol-talks"


def test_a_page_is_dated_by_its_markup_never_by_a_year_in_its_text():
    body = (b"<article><h1>Man held in bar shooting</h1><p>A man was arrested on Tuesday in the shooting of two people"
            b" outside a bar, police said. Both victims were taken to hospital shortly after midnight.</p><p>Anyone with"
            b" information may call 513-868-5811, Ext. 2002.</p><p>Copyright 2015 WVUE. All rights reserved.</p></article>")
    [undated] = html.read(b"<html><head><title>t</title></head><body>" + body + b"</body></html>", {}).documents
    assert "published" not in undated.fields
    meta = b'<meta property="article:published_time" content="2016-07-18T10:00:00Z">'
    [dated] = html.read(b"<html><head>" + meta + b"</head><body>" + body + b"</body></html>", {}).documents
    assert dated.fields["published"] == "2016-07-18"


_ARTICLE = (b"<article><p>Representative Raul Labrador, a Republican of Idaho, jumped into the race for House majority"
            b" leader on Friday, offering himself as the more conservative choice.</p><p>He has served two terms in"
            b" Congress and is a founding member of the conservative caucus, his office said on Friday.</p></article>")


@pytest.mark.parametrize("title, kept", [
    ("- The New York Times", None), ("The New York Times |", None),
    ("Labrador Enters Race - The New York Times", "Labrador Enters Race"),
])
def test_a_title_that_is_only_the_sites_name_is_no_title(title, kept):
    """A page whose headline was set by script keeps "- The New York Times" in its <title>: the document list and
    every report titled the article with its site's name."""
    head = (f'<title>{title}</title><meta property="og:site_name" content="The New York Times">').encode()
    [doc] = html.read(b"<html><head>" + head + b"</head><body>" + _ARTICLE + b"</body></html>", {}).documents
    assert doc.fields.get("title") == kept and doc.fields["outlet"] == "The New York Times"


@pytest.mark.parametrize("byline, author", [
    ("Posted 2016-09-08", None), ("Posted: 5:37 PM, Jun 23, 2013", None), ("Updated: 11:42 PM CDT Jun 23, 2013", None),
    ("Jane Roe | Posted Jun 23", "Jane Roe"), ("Posted by Jane Roe", "Jane Roe"), ("By Date Masamune", "Date Masamune"),
])
def test_a_byline_that_is_the_pages_stamp_names_no_author(byline, author):
    """trafilatura reads the byline line for the author: a page stamped "Posted 2016-09-08" there had the author
    "Posted" in its pane header and every report, one stamped "Posted: 5:37 PM, Jun 23, 2013" "Posted ; Jun"."""
    page = f'<html><head><title>Club shooting</title></head><body><article><p class="byline">{byline}</p>'.encode()
    [doc] = html.read(page + _ARTICLE + b"</article></body></html>", {}).documents
    assert doc.fields.get("author") == author


_QUOTED = ("<article><p>“We’ve checked and there’s nothing wrong on our end,” a São Paulo spokesman for Google"
           " said.</p><p>Google’s own report showed a sharp drop in traffic on Friday, President Enrique Peña Nieto’s"
           " office said.</p></article>")


@pytest.mark.parametrize("declared", [
    '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">',  # read as windows-1252, as browsers do
    '<meta charset="utf-8">',  # a page that says UTF-8 but was saved in windows-1252
    '',
])
def test_a_legacy_page_keeps_its_letters_and_quotes(declared):
    """A page saved in windows-1252: trafilatura reads no declaration and guessed cp1250, so "São Paulo" read
    "Săo Paulo" and "Peña" "Peńa" (on a longer page, cp852: "Google’s" read "Googleĺs")."""
    page = f"<html><head>{declared}<title>Gmail blocked</title></head><body>{_QUOTED}</body></html>"
    [doc] = html.read(page.encode("cp1252"), {}).documents
    assert "a São Paulo spokesman" in doc.text and "Enrique Peña Nieto’s office" in doc.text
    assert "“We’ve checked and there’s nothing wrong" in doc.text


@pytest.mark.parametrize("copyright", ["2015", "Copyright (c) CondéNet 2015", "© 2015"])
def test_a_copyright_notice_is_no_outlet(copyright):
    """The Onion's saved pages declare `<meta name="copyright" content="2015">`, Teen Vogue's "Copyright (c) CondéNet
    2015", which trafilatura read as the site's name: the list, the outlet filter and every report gave them."""
    head = (f'<title>Parents Accept Relationship</title><meta name="copyright" content="{copyright}">'
            '<link rel="canonical" href="http://www.theonion.com/articles/parents-accept,37765/">').encode()
    [doc] = html.read(b"<html><head>" + head + b"</head><body>" + _ARTICLE + b"</body></html>", {}).documents
    assert doc.fields["outlet"] == "theonion.com"


def test_a_table_row_of_one_cell_is_a_paragraph_and_a_row_of_several_stays_a_row():
    """The AP's old pages set the article in a one-cell table, and sites set photo captions in one: the stored text,
    the claims and every report kept the bars ("| KABUL, Afghanistan (AP) -- The father… | ")."""
    page = (b"<html><head><title>Father of gunman</title></head><body><table><tr><td>KABUL, Afghanistan (AP) -- The"
            b" father of the nightclub gunman came to the U.S. from Afghanistan more than 30 years ago, officials"
            b" said.</td></tr><tr><td>AP Photo | Uncredited</td><td></td></tr></table><table><tr><td>Killed</td>"
            b"<td>49</td></tr><tr><td>Wounded</td><td>53</td></tr></table><p>The elder Mateen said he would have"
            b" arrested his son himself had he known what he was planning.</p></body></html>")
    [doc] = html.read(page, {}).documents
    assert doc.text.split("\n\n")[:2] == [
        "KABUL, Afghanistan (AP) -- The father of the nightclub gunman came to the U.S. from Afghanistan more than 30"
        " years ago, officials said.", "AP Photo | Uncredited"]
    assert "| Killed | 49 |" in doc.text and "| Wounded | 53 |" in doc.text


def _single_file_page(page: str) -> bytes:
    """A page as Chrome saves it as "Webpage, Single File" (.mhtml): MIME parts, the page quoted-printable."""
    import quopri

    boundary = "----MultipartBoundary--x1----"
    head = ("From: <Saved by Blink>\r\nSnapshot-Content-Location: https://www.example.com/news/storm\r\n"
            "Subject: Storm hits coast\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n"
            f'\ttype="text/html";\r\n\tboundary="{boundary}"\r\n\r\n\r\n')
    part = (f"--{boundary}\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n"
            "Content-Location: https://www.example.com/news/storm\r\n\r\n")
    picture = (f"\r\n--{boundary}\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n"
               f"Content-Location: https://www.example.com/img/photo.png\r\n\r\niVBORw0KGgo=\r\n--{boundary}--\r\n")
    return (head + part).encode() + quopri.encodestring(page.encode("utf-8")) + picture.encode()


def test_a_page_saved_as_a_single_file_is_read_with_its_address():
    """Chrome and Edge save a page as "Webpage, Single File" (.mhtml): such a page was "a kind not read here"."""
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><title>Storm hits coast'
            '</title></head><body><article><p>A storm struck the coast on Sunday, killing three people, police said.</p>'
            '<img src="https://www.example.com/img/photo.png"><p>“We’ve never seen water like this,” Mayor Ann Peña'
            ' told reporters on Monday.</p></article></body></html>')
    assert READERS[".mhtml"] == READERS[".mht"] == ("html", html.read_single_file)
    [doc] = html.read_single_file(_single_file_page(page), {}).documents
    assert doc.text.split("\n\n")[-2:] == ["A storm struck the coast on Sunday, killing three people, police said.",
                                             "“We’ve never seen water like this,” Mayor Ann Peña told reporters on"
                                             " Monday."]
    assert doc.fields["url"] == "https://www.example.com/news/storm" and doc.fields["title"] == "Storm hits coast"


def test_a_single_file_page_without_a_web_page_in_it_says_so():
    with pytest.raises(FormatError, match=r"^no web page inside it: a saved single-file page \(MHTML\) holds one"):
        html.read_single_file(b"MIME-Version: 1.0\r\nContent-Type: text/plain\r\n\r\nhello\r\n", {})


def test_html_without_an_article_fails_clearly():
    with pytest.raises(FormatError, match="no article text"):
        html.read(b"<html><head><script>var x = 1;</script></head><body></body></html>", {})


def test_a_saved_redirect_page_names_where_it_leads():
    """A search engine's click-through page saved in place of the article said only "no article text found in the
    page", and the researcher looked in it for an article that was never there."""
    page = (b"<script>window.googleJavaScriptRedirect = 1</script><script>n.navigateTo(window.parent, window,"
            b' "http://example.com/story.html");</script>'
            b"<noscript><META http-equiv=\"refresh\" content=\"0;URL='http://example.com/story.html'\"></noscript>")
    with pytest.raises(FormatError, match=r"^no article text found in the page: it only sends the browser on to"
                                          r" http://example\.com/story\.html \(a redirect\); open that address and save"):
        html.read(page, {})


def test_pdf_text_layer_is_read():
    data = text_pdf(["Negotiations are not continuing, Rudenko said.", "Ukraine has in fact abandoned the process."])
    [doc] = pdf.read(data, {}).documents
    assert "Negotiations are not continuing, Rudenko said." in doc.text
    assert "Ukraine has in fact abandoned the process." in doc.text


def test_pdf_without_text_needs_ocr():
    with pytest.raises(FormatError, match="needs OCR"):
        pdf.read(blank_pdf(), {})


def test_encrypted_pdf_fails_clearly():
    with pytest.raises(FormatError, match="encrypted PDF: it needs a password"):
        pdf.read(blank_pdf(password="secret"), {})


def test_corrupt_pdf_fails_clearly():
    with pytest.raises(FormatError, match="corrupt PDF"):
        pdf.read((FIXTURES / "corrupt.pdf").read_bytes(), {})


def test_malformed_jsonl_reports_line_numbers_and_keeps_good_lines():
    result = records.read_jsonl((FIXTURES / "malformed.jsonl").read_bytes(), {"text": "body", "outlet": "source", "published": "date"})
    assert [doc.line for doc in result.documents] == [1, 2, 6]
    first = result.documents[0]
    assert first.text.startswith("Russia's Defense Ministry said today")
    assert first.fields == {"title": "1,026 servicemen surrendered, Moscow says", "outlet": "BNR", "published": "2022-04-13"}
    assert result.documents[2].fields["author"] == "Ana Pérez"
    assert [line for line, _ in result.failures] == [4, 5, 7]
    assert result.failures[0][1].startswith("line 4: invalid JSON (Expecting ',' delimiter")
    assert result.failures[1][1] == "line 5: no 'body' field (fields: source, title)"
    assert result.failures[2][1] == "line 7: not an object with fields"


def test_each_record_has_its_own_hash():
    result = records.read_jsonl((FIXTURES / "malformed.jsonl").read_bytes(), {"text": "body"})
    assert len({doc.sha256 for doc in result.documents}) == 3


def test_csv_bad_row_is_reported_and_multiline_fields_kept():
    result = records.read_csv((FIXTURES / "bad_row.csv").read_bytes(), {"text": "body", "outlet": "source", "published": "date"})
    assert result.failures == [(3, "line 3: expected 4 fields, found 6")]
    assert [doc.line for doc in result.documents] == [2, 4]
    assert result.documents[1].text == (
        "Deputy Prime Minister Irina Vereshchuk said it was not possible to open humanitarian corridors today.\n"
        "A second line of the same record."
    )
    assert result.documents[0].fields["title"] == "Mariupol mayor: 100,000 remain"


def test_csv_with_semicolons():
    data = "title;text\nA;Мариуполь: 1 026 военных сдались, заявили в Минобороны.\n".encode("utf-8")
    [doc] = records.read_csv(data, {}).documents
    assert doc.text == "Мариуполь: 1 026 военных сдались, заявили в Минобороны." and doc.fields == {"title": "A"}


def test_c1_controls_written_as_json_escapes_are_read_as_their_windows_1252_marks():
    """A scraper that decoded pages as Latin-1 writes their curly quotes as "\\u0093"; only the JSON reader sees them."""
    line = b'{"title": "\\u0093Ready\\u0094", "text": "\\u0093We heard shots,\\u0094 Greer\\u0092s neighbour said."}\n'
    [doc] = records.read_jsonl(line, {}).documents
    assert doc.text == "“We heard shots,” Greer’s neighbour said."
    assert doc.fields["title"] == "“Ready”"


def test_json_list_and_invalid_json():
    good = records.read_json(b'[{"text": "One article about Mariupol."}, {"title": "no text"}]', {})
    assert len(good.documents) == 1 and good.failures == [(None, "record 2: no 'text' field (fields: title)")]
    # a file that is not JSON fails whole: window39's import report counted a cut-off .json as "1 record of 1 file"
    with pytest.raises(FormatError, match=r"invalid JSON \(Expecting value at line 3, column 10\); nothing in it"):
        records.read_json(b'[\n{"text": "x"},\n{"text": }\n]', {})
    with pytest.raises(FormatError, match=r"invalid JSON \(Unterminated string starting at line 1, column 36\)"):
        records.read_json(b'{"title": "half a record", "text": "Police said', {})


@pytest.mark.parametrize("title, kept", [
    ("| CNN.com - Breaking News, U.S., World", None),
    ("Labrador Enters Race", "Labrador Enters Race"),
])
def test_a_title_that_is_the_sites_own_label_is_no_title(title, kept):
    """The outlet is the name the publisher writes ("CNN"), not the page's label for its site ("CNN.com - Breaking
    News, U.S., World"); a <title> that is that label alone is still the site's name, no headline."""
    head = (f'<title>{title}</title><meta property="og:site_name" content="CNN.com - Breaking News, U.S., World">'
            '<link rel="canonical" href="https://edition.cnn.com/2013/06/labrador.html">').encode()
    [doc] = html.read(b"<html><head>" + head + b"</head><body>" + _ARTICLE + b"</body></html>", {}).documents
    assert doc.fields.get("title") == kept and doc.fields["outlet"] == "CNN"
