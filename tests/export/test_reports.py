"""Markdown, HTML and CSV exports: same sections as the PDF, escaped, self-contained."""
from __future__ import annotations

import csv
import io

import pytest

from viewer.export.atomic import ExportError
from viewer.export.formats import export
from viewer.export.palette import CLAIM_COLOURS


def test_markdown_has_matrix_articles_notes_and_speakers(export_corpus, tmp_path):
    written = export(export_corpus, "md", tmp_path / "r.md", researcher="Ana")
    assert written.note is None and written.summary() == f"Wrote {tmp_path / 'r.md'}: 5 documents, 4 claims"
    text = (tmp_path / "r.md").read_text(encoding="utf-8")
    assert "| \\[1\\] 1,026 Ukrainian servicemen surrendered in Mariupol | ≠ differs | ≠ differs | not found" in text
    assert "**More than 100 were injured.** \\[2\\]≠" in text
    assert "Давайте и мы не терять." in text and "- **Researcher:** Ana" in text
    assert "&lt;script>" in text and "<script>" not in text
    assert "### Vadym Boychenko" in text and "Vadim Boychenko; Vadym Boichenko" in text


def test_html_is_self_contained_and_escaped(export_corpus, tmp_path):
    export(export_corpus, "html", tmp_path / "r.html")
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert "<script" not in page and "src=" not in page and "@import" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert f'style="background:{CLAIM_COLOURS[0]}"' in page and 'class="c1 differs"' in page
    assert '<a href="#d1-c1">≠ differs</a>' in page and 'id="d1-c1"' in page
    assert "BNR ← AFP (reported) ← Russian Defence Ministry" in page


def test_csv_files_hold_claims_and_attributions(export_corpus, tmp_path):
    written = export(export_corpus, "csv", tmp_path / "mariupol.csv")
    # a row per mention: "8 rows of claims" alone read as 8 claims
    assert "8 rows of claims (one per mention, of 4 claims)" in written.summary()
    claims = list(csv.DictReader(io.StringIO((tmp_path / "mariupol-claims.csv").read_text(encoding="utf-8-sig"))))
    statements = list(csv.DictReader(io.StringIO((tmp_path / "mariupol-attributions.csv").read_text(encoding="utf-8-sig"))))
    assert len(claims) == 8 and {r["claim"] for r in claims} == {"c1", "c2", "c3", "c4"}
    text = export_corpus.document(1).text
    for row in claims:
        if row["document"] == "d1":
            assert text[int(row["start"]):int(row["end"])] == row["text"]
    boy = next(r for r in statements if r["speaker_name"] == "Vadim Boychenko")
    assert boy["speaker"] == "s1" and boy["note"] == "Figure not confirmed elsewhere."
    ministry = next(r for r in statements if r["via"] == "AFP")
    assert ministry["relay_chain"] == "BNR ← AFP (reported) ← Russian Defence Ministry"


def test_csv_attributions_name_the_claims_they_carry_as_the_claims_table_does(export_corpus, tmp_path):
    export(export_corpus, "csv", tmp_path / "m.csv")
    read = lambda name: list(csv.DictReader(io.StringIO((tmp_path / f"m-{name}.csv").read_text(encoding="utf-8-sig"))))  # noqa: E731
    mentions = read("claims")
    carrying = [r for r in read("attributions") if r["claims"]]
    assert carrying, "no statement carries a claim"
    for row in carrying:
        for label in row["claims"].split("; "):
            assert any(m["claim"] == label and m["document"] == row["document"]
                       and int(m["start"]) < int(row["end"]) and int(row["start"]) < int(m["end"]) for m in mentions), \
                (row["attribution"], label)
    ministry = next(r for r in carrying if r["via"] == "AFP")
    assert ministry["relay_chain"] == "BNR ← AFP (reported) ← Russian Defence Ministry"


def test_csv_files_say_they_are_utf8_so_a_spreadsheet_reads_the_arrows(export_corpus, tmp_path, capsys):
    """Excel on Windows reads a CSV without a byte-order mark in the system code page: "←" became "â†"."""
    export(export_corpus, "csv", tmp_path / "mariupol.csv")
    raw = (tmp_path / "mariupol-attributions.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfattribution,") and raw.count(b"\xef\xbb\xbf") == 1
    assert "BNR ← AFP" in raw.decode("utf-8-sig")
    export(export_corpus, "csv", None)
    assert not capsys.readouterr().out.startswith("\ufeff")


def test_csv_to_a_folder_and_to_standard_output(export_corpus, tmp_path, capsys):
    export(export_corpus, "csv", tmp_path)
    assert (tmp_path / "mariupol-claims.csv").exists() and (tmp_path / "mariupol-attributions.csv").exists()
    export(export_corpus, "csv", None, documents=[3])
    out = capsys.readouterr().out
    documents, _, rest = out.partition("# claims\n")
    claims, _, rest = rest.partition("# attributions\n")
    attributions, _, coded = rest.partition("# notes\n")
    assert documents.startswith("# documents\ndocument,title") and "d3," in documents
    assert coded.startswith("target,kind,document,start,end,text,found,tags,note")
    assert claims.startswith("claim,label") and "Vadym Boichenko" in attributions
    assert len(list(csv.reader(io.StringIO(attributions)))) == 2


def test_unanalysed_corpus_says_no_claims(unanalysed_corpus, tmp_path):
    message = export(unanalysed_corpus, "md", tmp_path / "r.md").note
    assert "not been analysed" in message
    assert "not been analysed" in (tmp_path / "r.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("fmt", ["md", "pdf"])
def test_a_report_names_the_articles_imported_after_the_last_analysis(export_corpus, tmp_path, fmt):
    """fresh34: an article imported after the analysis had "not found" in every cell of the matrix, as if the analysis
    had read it and found nothing; the report and the window's status bar now name it and say what to do."""
    from pypdf import PdfReader

    from viewer.corpus.importing import import_paths
    from viewer.render.pdf_layout import render

    late = tmp_path / "late.txt"
    late.write_text("Title: Mariupol update\n\nMore than 1,000 Ukrainian servicemen surrendered in Mariupol, the"
                    " ministry said.\n", encoding="utf-8")
    import_paths(export_corpus, [late])
    target = tmp_path / f"r.{fmt}"
    note = export(export_corpus, fmt, target, render=render).note
    assert note.startswith("not analysed yet: d6, imported after the last analysis;") and "Ctrl+R" in note, note
    text = (" ".join(" ".join(p.extract_text().split()) for p in PdfReader(target).pages[:1]) if fmt == "pdf"
            else target.read_text(encoding="utf-8"))
    assert "ot analysed yet: d6, imported after the last analysis" in text  # "Not …" on the PDF's cover
    assert export(export_corpus, fmt, tmp_path / f"analysed.{fmt}", documents=[1, 2], render=render).note is None


@pytest.mark.parametrize("fmt", ["md", "html", "csv"])
def test_bad_selection_writes_nothing(export_corpus, tmp_path, fmt):
    with pytest.raises(ExportError, match="no document d7"):
        export(export_corpus, fmt, tmp_path / f"r.{fmt}", documents=[7])
    assert list(tmp_path.iterdir()) == [tmp_path / "mariupol.corpus"] or not any(p.suffix == f".{fmt}" for p in tmp_path.iterdir())


def test_markdown_and_html_say_at_the_top_which_article_each_column_is(export_corpus, tmp_path):
    """The matrix names its columns d1, d2…; without the PDF's cover a colleague had to scroll to each
    article to learn which report d3 is."""
    export(export_corpus, "md", tmp_path / "r.md")
    text = (tmp_path / "r.md").read_text(encoding="utf-8")
    contents = text[text.index("## Articles"):text.index("## Claim × source matrix")]
    assert "- **d1** Russia says over 1,000 Ukrainian soldiers surrendered in Mariupol (BNR, 2022-04-13)" in contents
    assert contents.count("- **d") == 5
    export(export_corpus, "html", tmp_path / "r.html")
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    contents = page[page.index('<h2 id="contents">'):page.index('<h2 id="matrix">')]
    assert '<li><a href="#d5">d5</a> Russia says 959 Ukrainian soldiers surrendered at Azovstal (El Tiempo, 2022-05-18)</li>' in contents
    assert page.index('<h2 id="contents">') < page.index('id="d5"')


def test_speakers_of_one_name_say_in_the_index_where_they_are_heard(export_corpus, tmp_path):
    """Each local article's own "Police" is a speaker of its own: the index listed "Police" twice with
    nothing to tell them apart, where the window says "in d4"."""
    from viewer.analysis import store
    from viewer.analysis.model import Speaker

    ids = {a.speaker_name: a.id for a in store.attributions(export_corpus)}
    store.write_speakers(export_corpus, [
        Speaker("Police", "organisation", None, []), Speaker("police", "organisation", None, []),
        Speaker("Vadym Boychenko", "person", "Mayor of Mariupol", ["Vadim Boychenko", "Vadym Boichenko"])],
        {ids["Russian Defence Ministry"]: 0, ids["Igor Konashenkov"]: 1, ids["Vadim Boychenko"]: 2,
         ids["Vadym Boichenko"]: 2})
    export(export_corpus, "md", tmp_path / "r.md")
    text = (tmp_path / "r.md").read_text(encoding="utf-8")
    assert "### Police (in d1)\n" in text and "### police (in d2)\n" in text
    assert "### Vadym Boychenko\n" in text, "a name no other speaker has stays as it is"
    export(export_corpus, "html", tmp_path / "r.html")
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert "<h3>Police (in d1)</h3>" in page and "<h3>police (in d2)</h3>" in page




def test_every_link_of_an_html_report_of_some_articles_leads_somewhere(export_corpus, tmp_path):
    """"Also in d3" linked to #d3 in a report of d1 and d2 alone: a link that went nowhere."""
    import re

    from viewer.analysis import store
    from viewer.analysis.model import Claim, Mention

    text = export_corpus.document(3).text
    start = text.index("Mariupol")
    extra = Mention(3, start, start + len("Mariupol"), "Mariupol")  # c1 said in d3 too
    store.write_claims(export_corpus, {c.id: Claim(c.label, [Mention(m.document, m.start, m.end, m.text) for m in c.mentions]
                                                   + ([extra] if c.id == 1 else []), []) for c in store.claims(export_corpus)})
    export(export_corpus, "html", tmp_path / "r.html", documents=[1, 2])
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    anchors = set(re.findall(r'id="([^"]+)"', page))
    links = re.findall(r'href="#([^"]+)"', page)
    assert links and [x for x in links if x not in anchors] == []
    assert '<b>[1]</b> 1,026 Ukrainian servicemen surrendered in Mariupol. Also in <a href="#d2">d2</a>, ' \
           '<span title="not in this report">d3</span>.' in page


def test_json_says_a_choice_of_documents_is_not_applied(export_corpus, tmp_path):
    chosen = export(export_corpus, "json", tmp_path / "c.json", documents=[1, 2])
    assert chosen.summary().endswith("5 documents, 4 claims, 3 speakers, 4 attributions (JSON, the interchange format,"
                                     " holds the whole corpus; a choice of documents or claims applies to PDF, CSV,"
                                     " Markdown and HTML)")
    assert export(export_corpus, "json", tmp_path / "all.json").note is None


def test_discrepancies_name_which_source_says_which(export_corpus, tmp_path):
    export(export_corpus, "md", tmp_path / "r.md")
    export(export_corpus, "html", tmp_path / "r.html")
    text, page = (tmp_path / "r.md").read_text(encoding="utf-8"), (tmp_path / "r.html").read_text(encoding="utf-8")
    said = "wounded — BNR (d1): “more than 100” vs WION (d2): “151”"
    assert f"≠ number: {said}" in text and f"≠ number: {said}" in page
    assert "unit — BNR (d1): “36th Naval Brigade” vs WION (d2): “36th Marine Brigade”" in text
    assert "'more than 100' vs '151'" not in text  # the stored explanation, which named no source
    export(export_corpus, "csv", tmp_path / "t.csv")
    rows = csv.DictReader(io.StringIO((tmp_path / "t-claims.csv").read_text(encoding="utf-8-sig")))
    assert any(f"number: {said}" in row["discrepancies"] for row in rows)  # the spreadsheet reads as the reports do


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_the_matrix_heading_of_a_report_without_claims_says_why(unanalysed_corpus, tmp_path, fmt):
    """The heading stood over nothing in Markdown and HTML (the PDF said why)."""
    export(unanalysed_corpus, fmt, tmp_path / f"r.{fmt}")
    text = (tmp_path / f"r.{fmt}").read_text(encoding="utf-8")
    matrix_section = text[text.index("Claim × source matrix"):text.index("d1: ")]
    assert "not been analysed yet" in matrix_section


@pytest.mark.parametrize("fmt", ["md", "json"])
def test_an_unanalysed_export_names_the_way_to_analyse_in_the_window_too(unanalysed_corpus, tmp_path, fmt):
    """The window's status bar told its researcher to "run `provenance analyse`", a command line it never showed;
    the JSON export said only "0 claims, 0 speakers"."""
    said = export(unanalysed_corpus, fmt, tmp_path / f"r.{fmt}").summary()
    assert "not been analysed yet (Analyse, Ctrl+R, in the window; `provenance analyse CORPUS`" in said, said


def test_html_article_text_is_well_nested_with_one_break_between_paragraphs(export_corpus, tmp_path):
    """A web page's furniture running over a blank line came out as <span>…</p><p>…</span>, which a browser closes at
    the </p>, greying one paragraph of it; and every paragraph break was written "</p><br><p>"."""
    from html.parser import HTMLParser

    text = export_corpus.document(5).text
    start = text.index("(Also read:")
    end = text.index("\n\n", start) + 40
    with export_corpus.transaction() as db:
        db.execute('INSERT INTO boilerplate (document_id, start, "end", kind) VALUES (5, ?, ?, ?)', (start, end, "nav"))
    export(export_corpus, "html", tmp_path / "r.html", documents=[1, 5])
    page = (tmp_path / "r.html").read_text(encoding="utf-8")

    class Nesting(HTMLParser):
        def __init__(self):
            super().__init__()
            self.open, self.wrong = [], []

        def handle_starttag(self, tag, attrs):
            if tag not in ("br", "meta", "img", "hr", "link", "col", "wbr", "input"):
                self.open.append(tag)

        def handle_endtag(self, tag):
            if self.open and self.open[-1] == tag:
                self.open.pop()
            else:
                self.wrong.append((tag, self.getpos(), self.open[-3:]))

    nesting = Nesting()
    nesting.feed(page)
    assert nesting.wrong == [] and nesting.open == []
    assert "</p><br>" not in page and "<br><p>" not in page and "</p>\n<br>" not in page
    furniture = text[text.index("\n\n", start):end].strip()[:20]
    assert f'<p><span class="junk">{furniture}' in page
