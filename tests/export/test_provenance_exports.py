"""Where a claim came from, in every export: the timeline tables of the Markdown and HTML
reports, the PDF's account of each claim with its relay picture, and the relay picture as SVG and PNG."""
import html
import re
from html.parser import HTMLParser
from xml.etree import ElementTree

import pytest
from pypdf import PdfReader

from viewer.analysis import store
from viewer.cli import main
from viewer.export.formats import export
from viewer.export.relay_svg import relay_svg
from viewer.export.timeline_tables import HEADING
from viewer.provenance.relay_layout import layout
from viewer.provenance.relays import build_graph, claim_graph
from viewer.provenance import timeline as timeline_module
from viewer.provenance.timeline import THREAD_HEADING
from viewer.render.pdf_layout import render

SVG = "{http://www.w3.org/2000/svg}"


def test_the_markdown_report_has_each_claims_sources_in_time_order_and_its_thread(sample_corpus, tmp_path):
    target = tmp_path / "report.md"
    export(sample_corpus, "md", target, claims=[1])
    text = target.read_text(encoding="utf-8")
    section = text[text.index("## Where each claim came from"):text.index("\n## d")]
    sources, thread = section.split(f"**{THREAD_HEADING} (")
    rows = [line for line in sources.splitlines() if line.startswith("| ") and not line.startswith("| When")]
    assert rows[0].startswith("| ★ 2022-04-13 | d2") and rows[-1].startswith("| undated (no date found) | d1")
    updates = [line.split(" | ")[3] for line in thread.splitlines() if line.startswith("| 20")]
    assert updates[:3] == ["more than 1,000; as many as 1,026", "959", "694; 29"]


def test_the_html_report_tables_escape_what_the_articles_say(sample_and_wire, tmp_path):
    target = tmp_path / "report.html"
    export(sample_and_wire, "html", target)
    page = target.read_text(encoding="utf-8")
    assert page.count('<h3 id="timeline-c') == 6  # four claims across outlets, two of d2 with a Russian rendering
    table = page[page.index('id="timeline-c1"'):page.index('id="timeline-c2"')]
    assert "★ 2022-04-13" in table and html.escape("Russia's Defense Ministry → AFP → BNR") in table
    assert "<script" not in page


def test_the_pdf_gives_each_claim_its_timeline_and_relay_picture_one_after_another(sample_and_wire, tmp_path):
    """A page per claim left two-thirds of each empty (a 50-article export printed 158 such pages):
    the claims follow one another, each in the outline at its own page, a heading never left alone
    at the foot of a page."""
    target = tmp_path / "report.pdf"
    export(sample_and_wire, "pdf", target, render=render)
    reader = PdfReader(target)
    texts = [" ".join((p.extract_text() or "").split()) for p in reader.pages]
    section = next(item for item in reader.outline if not isinstance(item, list) and item.title == HEADING)
    entries = reader.outline[reader.outline.index(section) + 1]
    assert [e.title for e in entries] == [f"Where [{c}] came from" for c in store.claim_ids(sample_and_wire)]
    pages = [reader.get_destination_page_number(e) for e in entries]
    assert len(set(pages)) < len(pages), "every claim still starts a page of its own"
    for entry, page in zip(entries, pages):
        claim_id = int(entry.title.split()[1].strip("[]"))
        heading = f"[{claim_id}] {store.claim(sample_and_wire, claim_id).label[:40]}"
        assert heading in texts[page], f"{entry.title} does not point at its page"
        assert not texts[page].rstrip().endswith("Sources in time order"), "a heading left at the foot of a page"
    text = texts[pages[0]]
    c1 = text[text.index("[1] "):]
    c1 = c1[:c1.index("[2] ")] if "[2] " in c1 else c1
    assert "Sources in time order" in c1 and "★ 2022-04-13" in c1
    # the picture, drawn at its own proportions with its legend, may follow overleaf; its labels come last on its page
    drawn = next(t for t in texts[pages[0]:pages[0] + 2] if "Who relayed it" in t[t.index("[1] ") if "[1] " in t else 0:])
    for name in ("Russia's Defense Ministry", "AFP", "BNR", "Igor Konashenkov"):
        assert name in drawn[drawn.index("Who relayed it"):]  # the picture's labels are text in the PDF: drawn as vectors


def test_the_svg_export_draws_every_edge_of_the_graph(sample_corpus, tmp_path, capsys):
    target = tmp_path / "c1.svg"
    assert main(["export", str(sample_corpus.path), "--format", "svg", "--claims", "c1", "-o", str(target)]) == 0
    drawn = ElementTree.parse(target).getroot()
    edges = {(g.get("data-source"), g.get("data-target")) for g in drawn.iter(f"{SVG}g") if g.get("class") == "edge"}
    assert edges == {(e.source, e.target) for e in claim_graph(sample_corpus, [1]).edges}
    assert "who relayed [1]: 5 names, 5 relays" in capsys.readouterr().err


def test_the_png_export_is_the_picture_twice_its_size(sample_corpus, tmp_path, capsys):
    target = tmp_path / "corpus.png"
    assert main(["export", str(sample_corpus.path), "--format", "png", "-o", str(target)]) == 0
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = map(int, re.search(r"\((\d+)×(\d+) pixels\)", capsys.readouterr().err).groups())
    assert int.from_bytes(target.read_bytes()[16:20], "big") == width and width > 800


def test_names_from_articles_cannot_break_the_svg():
    graph = build_graph([(1, 1, None, '<script>alert("x")</script> & Co', ["A\u201cB\u201d <b>"])], {1: "Out&let"}, {})
    svg = relay_svg(layout(graph), {}, 'Title with <tags> & "quotes"')
    root = ElementTree.fromstring(svg)
    texts = [t.text for t in root.iter(f"{SVG}text")]
    assert any(t and t.startswith("<script>") for t in texts) and "Out&let" in texts
    assert not list(root.iter(f"{SVG}script")) and not list(root.iter("script"))


def _report(corpus, format, tmp_path) -> str:
    target = tmp_path / f"report.{format}"
    export(corpus, format, target, claims=[1], render=render)
    if format == "pdf":
        return " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(target).pages)
    text = target.read_text(encoding="utf-8")
    return text.replace("\\[", "[").replace("\\]", "]") if format == "md" else html.unescape(text)


@pytest.mark.parametrize("format", ["md", "html", "pdf"])
def test_a_report_lists_the_updates_nearest_the_claim_and_counts_the_rest(sample_corpus, tmp_path, monkeypatch, format):
    """A claim had up to 39 possible updates, each a row: a 3-article report was mostly unverified updates.
    The sample's c1 has 3; with room for 2, the report lists the 2 nearest in time and counts the third."""
    monkeypatch.setattr(timeline_module, "REPORT_UPDATES", 2)
    whole = timeline_module.timeline(sample_corpus, 1)
    assert whole.updates == 3
    text = _report(sample_corpus, format, tmp_path)
    assert f"{THREAD_HEADING} (3)" in text, "the heading counts every update, as the window's does"
    assert "… and 1 more possible update of [1], not listed in this report; its timeline in the window lists them." in text
    nearest = whole.nearest_updates()
    assert len(nearest) == 3 and nearest[0].current  # the claim is the earliest: its 2 next updates
    left = whole.thread[3]
    assert " ".join(left.passage.text.split())[:40] not in text.split("Possible updates")[1].split("… and 1 more")[0]


def test_reports_and_the_window_count_updates_past_the_threads_limit_alike(sample_corpus, tmp_path, monkeypatch):
    """More updates than the thread keeps: the window listed 39 and said "39 possible updates"."""
    monkeypatch.setattr(timeline_module, "THREAD_LIMIT", 3)
    t = timeline_module.timeline(sample_corpus, 1)
    assert (len(t.thread), t.updates, timeline_module.updates_counted(t)) == (3, 3, "(2 of 3)")
    text = _report(sample_corpus, "md", tmp_path)
    assert f"**{THREAD_HEADING} (2 of 3)**" in text
    assert "… and 1 more possible update of [1], not listed in this report; its timeline in the window lists the 2 nearest in time." in text


@pytest.mark.parametrize("format", ["md", "pdf"])
def test_a_report_of_chosen_claims_holds_the_articles_carrying_them(sample_corpus, tmp_path, format):
    """`--claims c8,c10` without --documents exported all 50 articles of a GVA corpus, 160 pages, to show two claims."""
    from viewer.analysis import store

    carrying = sorted(store.claims(sample_corpus, [1])[0].documents())
    assert 1 < len(carrying) < sample_corpus.document_count()
    text = _report(sample_corpus, format, tmp_path)
    listed = ", ".join(f"d{d}" for d in carrying)
    assert f"{len(carrying)} documents (the documents carrying the chosen claims: {listed})" in text


@pytest.fixture
def thirty_outlets(memory_corpus, tmp_path):
    """Thirty made-up reports of one warehouse fire, each quoting the fire chief through its own wire service."""
    from viewer.analysis.documents import DocumentAnalysis
    from viewer.analysis.model import Attribution, Claim, Mention, Relay, Span
    from viewer.corpus.importing import import_paths

    said = "the warehouse fire was started deliberately"
    for n in range(30):
        (tmp_path / f"fire{n:02}.txt").write_text(
            f"Title: Warehouse fire report {n}\nSource: Riverside Courier {n}\n\nThe fire chief told Wire {n % 10}"
            f" that {said}.\n", encoding="utf-8")
    import_paths(memory_corpus, sorted(tmp_path.glob("*.txt")))
    analyses, mentions = [], []
    for d in memory_corpus.document_ids():
        text = memory_corpus.document(d).text
        start = text.index(said)
        chief = text.index("The fire chief")
        wire = text[text.index("Wire"):text.index(" that")]
        analyses.append(DocumentAnalysis(d, [Attribution("indirect", Span(start, start + len(said)),
                                                         Span(chief, chief + 14), "fire chief",
                                                         via=[Relay(wire, "told")])]))
        mentions.append(Mention(d, start, start + len(said), said))
    store.write_documents(memory_corpus, analyses, "test")
    store.write_claims(memory_corpus, {1: Claim(said, mentions, [])})
    return memory_corpus


@pytest.mark.parametrize("page", ["A4", "Letter"])
def test_a_relay_picture_of_thirty_outlets_keeps_its_labels_readable(thirty_outlets, page):
    """fresh34: thirty outlets of one story drew one picture scaled down to 4-point labels; it is cut into parts,
    each drawing its outlets with whoever relayed to them, their labels printing at 7 points or more."""
    from viewer.export.pdf_content import build
    from viewer.export.pdf_document import PAGE_SIZES, Picture, picture_room
    from viewer.export.relay_svg import LABEL_SIZE
    from viewer.export.selection import select

    room = picture_room(PAGE_SIZES[page])
    content = build(select(thirty_outlets), None, PAGE_SIZES[page])
    blocks = [b for s in content.sections for b in s.blocks]
    pictures = [b for b in blocks if isinstance(b, Picture)]
    drawn = set()
    for picture in pictures:
        svg = ElementTree.fromstring(picture.svg)
        scale = picture.width / float(svg.get("width")) * min(1.0, room[0] / picture.width, room[1] / picture.height)
        assert LABEL_SIZE * scale >= 7, (LABEL_SIZE * scale, picture.width, picture.height)
        assert abs(picture.height / picture.width - float(svg.get("height")) / float(svg.get("width"))) < 0.01
        drawn |= {t.text for t in svg.iter(f"{SVG}text")}
    assert {f"Riverside Courier {n}" for n in range(30)} | {"fire chief"} | {f"Wire {n}" for n in range(10)} <= drawn
    headings = [" ".join(r.text for r in b.runs) for b in blocks if getattr(b, "style", "") == "h2"]
    assert f"Who relayed it, part {len(pictures)} of {len(pictures)}" in headings and len(pictures) > 1


def test_the_pdf_of_thirty_outlets_heads_each_part_of_its_relay_picture(thirty_outlets, tmp_path):
    export(thirty_outlets, "pdf", tmp_path / "fire.pdf", render=render)
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(tmp_path / "fire.pdf").pages)
    assert "Who relayed it, part 2 of " in text and "so that its names stay readable" in text


def test_the_html_report_draws_who_relayed_each_claim_inline(export_corpus, tmp_path):
    """fresh34: the PDF drew each claim's relay picture, the HTML report gave the chains as text alone."""
    target = tmp_path / "report.html"
    export(export_corpus, "html", target)
    page = target.read_text(encoding="utf-8")
    c1 = page[page.index('id="timeline-c1"'):page.index('id="timeline-c2"')]
    figure = c1[c1.index("<figure>"):c1.index("</figure>") + len("</figure>")]
    svg = ElementTree.fromstring(figure[len("<figure>"):figure.index("<figcaption")])
    labels = {t.text for t in svg.iter(f"{SVG}text")}
    assert {"Russian Defence Ministry", "AFP", "BNR"} <= labels, labels
    assert "Who relayed it" in c1 and "http" not in figure.replace('xmlns="http://www.w3.org/2000/svg"', "")


def test_a_pdf_relay_picture_writes_a_long_speakers_name_whole(memory_corpus, tmp_path):
    """fresh34: the BASIL walk's PDF drew "present Missouri Republican sen…" where the window's tooltip gives the rest;
    a page has no tooltip, so the name is drawn whole when the page has room."""
    from viewer.analysis.documents import DocumentAnalysis
    from viewer.analysis.model import Attribution, Claim, Mention, Span
    from viewer.corpus.importing import import_paths
    from viewer.export.pdf_content import build
    from viewer.export.pdf_document import PAGE_SIZES, Picture
    from viewer.export.selection import select

    speaker = "All past and present Missouri Republican senators"
    said = "the candidate should step aside before Tuesday"
    for n in range(2):
        (tmp_path / f"race{n}.txt").write_text(f"Title: Senate race {n}\n\n{speaker} said {said}.\n", encoding="utf-8")
    import_paths(memory_corpus, sorted(tmp_path.glob("*.txt")))
    analyses, mentions = [], []
    for d in memory_corpus.document_ids():
        text = memory_corpus.document(d).text
        start, who = text.index(said), text.index(speaker)
        analyses.append(DocumentAnalysis(d, [Attribution("indirect", Span(start, start + len(said)),
                                                         Span(who, who + len(speaker)), speaker)]))
        mentions.append(Mention(d, start, start + len(said), said))
    store.write_documents(memory_corpus, analyses, "test")
    store.write_claims(memory_corpus, {1: Claim(said, mentions, [])})
    content = build(select(memory_corpus), None, PAGE_SIZES["A4"])
    pictures = [b for s in content.sections for b in s.blocks if isinstance(b, Picture)]
    labels = {t.text for p in pictures for t in ElementTree.fromstring(p.svg).iter(f"{SVG}text")}
    assert speaker in labels, labels


def test_a_claim_no_source_dates_is_tabulated_without_a_when_column_in_every_report(fire_reports, sample_corpus,
                                                                                 tmp_path):
    """Every source of the made-up fire reports is undated: each report headed them "Sources in time order" and
    gave a seventh of the table to a When column reading "undated (no date found)" on every row."""
    from viewer.provenance.rows import IN_TIME_ORDER, NONE_DATED

    export(fire_reports, "md", tmp_path / "fire.md", documents=[1, 2, 3])
    text = (tmp_path / "fire.md").read_text(encoding="utf-8")
    section = text[text.index(f"## {HEADING}"):text.index("\n## d1")]
    assert section.count(f"**{NONE_DATED}**") == section.count("\n### ") > 0 and f"**{IN_TIME_ORDER}**" not in section
    assert "undated (no date found)" not in section and "| When" not in section
    assert "| Source | Wording |" in section and "| d2 · no outlet |" in section
    export(fire_reports, "html", tmp_path / "fire.html", documents=[1, 2, 3])
    page = (tmp_path / "fire.html").read_text(encoding="utf-8")
    assert f"<b>{html.escape(NONE_DATED)}</b>" in page and "<th>When</th>" not in page
    export(fire_reports, "pdf", tmp_path / "fire.pdf", documents=[1, 2, 3], render=render)
    pdf = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(tmp_path / "fire.pdf").pages)
    assert NONE_DATED in pdf and pdf.count(IN_TIME_ORDER) == 1 and "undated (no date found) d1" not in pdf  # the key
    export(sample_corpus, "md", tmp_path / "sample.md", claims=[1])  # d2 is dated: its time order and When stay
    dated = (tmp_path / "sample.md").read_text(encoding="utf-8")
    assert f"**{IN_TIME_ORDER}**" in dated and "| ★ 2022-04-13 | d2" in dated and NONE_DATED not in dated


def test_possible_updates_none_dates_are_tabulated_without_a_when_column(fire_toll, tmp_path):
    """The fire reports and the later toll are all undated: the possible updates' table still gave its first column
    to "undated (no date found)" on every row, where the sources' table above it had dropped the column."""
    export(fire_toll, "md", tmp_path / "fire.md")
    text = (tmp_path / "fire.md").read_text(encoding="utf-8")
    section = text[text.index(f"## {HEADING}"):text.index("\n## d1")]
    assert f"**{THREAD_HEADING}" in section and "| 55 |" in section, section
    updates = [part.split("\n\n", 1)[1] for part in section.split(f"**{THREAD_HEADING}")[1:]]
    assert all(u.startswith("| Update | Wording |") for u in updates), updates
    assert "undated (no date found)" not in section
    export(fire_toll, "html", tmp_path / "fire.html")
    page = (tmp_path / "fire.html").read_text(encoding="utf-8")
    assert "<th>Update</th>" in page and "<th>When</th>" not in page
    export(fire_toll, "pdf", tmp_path / "fire.pdf", render=render)
    pdf = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(tmp_path / "fire.pdf").pages)
    assert THREAD_HEADING in pdf and "Update Wording" in pdf and "When Update" not in pdf
    assert "undated (no date found) [1]" not in pdf  # the first update's row began with the column


def test_possible_updates_keep_their_when_column_while_one_is_dated(sample_corpus, tmp_path):
    export(sample_corpus, "md", tmp_path / "sample.md", claims=[1])
    section = (tmp_path / "sample.md").read_text(encoding="utf-8").split(f"**{THREAD_HEADING}")[1]
    assert section.split("\n\n", 1)[1].startswith("| When | Update |") and "| 2022-05-18 (text, estimated) |" in section


def test_a_timeline_table_leaves_out_the_figures_and_changes_no_row_fills(sample_corpus, tmp_path):
    """In the GVA reports most claims count nothing and change nothing: two empty columns took a quarter of each
    table from the wording. A column some row fills stays, in every report and the PDF."""
    export(sample_corpus, "md", tmp_path / "sample.md")
    text = (tmp_path / "sample.md").read_text(encoding="utf-8")
    heads = {part.split("\n", 1)[0]: [line for line in part.splitlines() if line.startswith("| When |")]
             for part in text.split("\n### ")[1:5]}
    counted = next(h for title, h in heads.items() if title.startswith("\\[1\\]"))
    assert counted == ["| When | Source | Wording | Figures | Attributed to | Relayed |",
                       "| When | Update | Wording | Figures | Attributed to | Relayed | What changed |"]
    uncounted = next(h for title, h in heads.items() if title.startswith("\\[4\\]"))
    assert uncounted == ["| When | Source | Wording | Attributed to | Relayed |"]
    export(sample_corpus, "html", tmp_path / "sample.html", claims=[4])
    page = (tmp_path / "sample.html").read_text(encoding="utf-8")
    assert "<th>Wording</th><th>Attributed to</th>" in page and "<th>Figures</th>" not in page
    export(sample_corpus, "pdf", tmp_path / "sample.pdf", claims=[4], render=render)
    pdf = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(tmp_path / "sample.pdf").pages)
    assert "When Source Wording Attributed to, relayed" in pdf and "Figures" not in pdf


def test_each_relay_chain_of_a_source_is_a_line_of_its_own_in_every_report(sample_corpus, tmp_path):
    """Joined by " | ", the PDF's cell read "… → AFP → BNR | Russia's Defense Ministry: direct" as one chain
    running on; d1 gives the ministry's words through AFP and in its own quote."""
    export(sample_corpus, "md", tmp_path / "r.md", claims=[1])
    md = (tmp_path / "r.md").read_text(encoding="utf-8")
    assert "Russia's Defense Ministry → AFP → BNR<br>Russia's Defense Ministry: direct |" in md
    export(sample_corpus, "html", tmp_path / "r.html", claims=[1])
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    chains = ['<div class="chain">' + html.escape(chain) + "</div>"
              for chain in ("Russia's Defense Ministry → AFP → BNR", "Russia's Defense Ministry: direct")]
    assert "<td>" + "".join(chains) + "</td>" in page
    export(sample_corpus, "pdf", tmp_path / "r.pdf", claims=[1], render=render)
    pdf = "\n".join(p.extract_text() for p in PdfReader(tmp_path / "r.pdf").pages)
    assert re.search(r"BNR\s*\n\s*Russia's\s+Defense", pdf) and not re.search(r"BNR\s*\|", pdf)


def _lines_at(pdf, page: int) -> list[tuple[float, float, str]]:
    """Each line the page draws: where it starts (x, y, in points) and its words."""
    drawn = []

    def seen(text, cm, tm, _font, _size):
        if text.strip():
            drawn.append((tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5], " ".join(text.split())))

    PdfReader(pdf).pages[page].extract_text(visitor_text=seen)
    return drawn


def test_in_the_pdf_each_relay_chain_starts_at_the_cells_edge_and_its_wrapped_lines_hang_under_it(sample_corpus,
                                                                                                 tmp_path):
    """window45: one chain a line, but in the narrow "Attributed to, relayed" column a chain wraps, and where one
    ended and the next began was told only from the arrows ("Russia's Defense / Ministry → AFP → / BNR / Russia's
    Defense / Ministry: direct"); each chain now starts at the cell's left edge, its wrapped lines indented."""
    export(sample_corpus, "pdf", tmp_path / "r.pdf", claims=[1], render=render)
    reader = PdfReader(tmp_path / "r.pdf")
    page = next(n for n, p in enumerate(reader.pages) if "Sources in time order" in " ".join(p.extract_text().split()))
    lines = _lines_at(tmp_path / "r.pdf", page)
    chain = next(n for n, line in enumerate(lines) if line[2].startswith("Ministry → AFP"))
    starts = [line for line in lines[:chain] if line[2] == "Russia's Defense"]
    edge = starts[-1][0]
    assert lines[chain][0] >= edge + 5, (lines[chain], starts[-1])  # the chain's wrapped line hangs
    bnr = lines[chain + 1]
    assert bnr[2] == "BNR" and abs(bnr[0] - lines[chain][0]) < 0.5
    direct = lines[chain + 2]
    assert direct[2] == "Russia's Defense" and abs(direct[0] - edge) < 0.5  # the next chain starts at the edge
    assert lines[chain + 3][2] == "Ministry: direct" and lines[chain + 3][0] >= edge + 5


def test_in_the_html_report_each_relay_chain_starts_at_the_cells_edge_and_its_wrapped_lines_hang_under_it(
        sample_corpus, tmp_path):
    """The HTML report's Relayed cell held its chains as "<br>"-separated lines: in a narrow column where one chain
    wrapped and the next began was told only by the arrows. Laid out by Qt's HTML reader with the report's own
    style, 110 px wide: each chain's first line at the cell's edge, its wrapped lines indented."""
    from PySide6.QtGui import QTextDocument

    from viewer.render.pdf_layout import ensure_gui

    ensure_gui()
    export(sample_corpus, "html", tmp_path / "r.html", claims=[1])
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    cell = next(c for c in re.findall(r"<td>(.*?)</td>", page) if c.count('class="chain"') == 2)
    doc = QTextDocument()
    doc.setDefaultStyleSheet(re.search(r"<style>(.*?)</style>", page, re.S).group(1))
    doc.setHtml(cell)
    doc.setTextWidth(110)
    starts = []
    block = doc.begin()
    while block.isValid():
        doc.documentLayout().blockBoundingRect(block)
        starts.append([round(block.layout().lineAt(i).x()) for i in range(block.layout().lineCount())])
        block = block.next()
    assert len(starts) == 2 and all(len(lines) > 1 for lines in starts), starts
    edge = starts[0][0]
    assert starts[1][0] == edge and all(x >= edge + 10 for lines in starts for x in lines[1:]), starts


class _Cells(HTMLParser):
    """Each relay chain block of a page: its column's title, what holds it, what it holds; and every cell's loose
    text in the Relayed column (text outside a chain block)."""

    def __init__(self) -> None:
        super().__init__()
        self.open: list[tuple[str, dict]] = []
        self.titles: list[list[str]] = []  # the header row of each table open
        self.column = -1
        self.chains: list[dict] = []
        self.loose: list[str] = []
        self.style = ""

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "table":
            self.titles.append([])
        elif tag == "tr":
            self.column = -1
        elif tag in ("td", "th"):
            self.column += 1
        elif "chain" in (attrs.get("class") or "").split():
            self.chains.append({"tag": tag, "in": self.open[-1][0], "style": attrs.get("style"), "inner": [],
                                "title": self.titles[-1][self.column] if self.titles and self.column >= 0 else None})
        elif self.open and "chain" in (self.open[-1][1].get("class") or "").split():
            self.chains[-1]["inner"].append(tag)
        self.open.append((tag, attrs))

    def handle_endtag(self, tag):
        while self.open and self.open.pop()[0] != tag:
            pass
        if tag == "table":
            self.titles.pop()

    def handle_data(self, data):
        if not self.open:
            return
        tag = self.open[-1][0]
        if tag == "style":
            self.style += data
        elif tag == "th" and self.titles:
            self.titles[-1].append(data)
        elif tag == "td" and data.strip() and self.titles and self.titles[-1][self.column] == "Relayed":
            self.loose.append(data)


def _rules(css: str) -> dict[str, dict[str, str]]:
    """Each selector of the style sheet and its declarations."""
    rules: dict[str, dict[str, str]] = {}
    for selectors, body in re.findall(r"([^{}]+)\{([^}]*)\}", css):
        declarations = dict(part.split(":", 1) for part in body.split(";") if ":" in part)
        for selector in selectors.split(","):
            rules.setdefault(selector.strip(), {}).update({k.strip(): v.strip() for k, v in declarations.items()})
    return rules


def test_the_html_reports_relay_chains_hang_by_their_markup_and_style_sheet(sample_corpus, tmp_path):
    """window47 checked the Relayed cell's hanging indent in Qt alone, and Qt's HTML reader drops a negative indent
    inside a table: here the page as a browser reads it. Each chain is a block straight inside a Relayed cell with
    no style of its own; its rule starts the first line at the cell's edge (margin + indent = 0) and hangs the rest;
    no other rule reaches a chain's indent."""
    export(sample_corpus, "html", tmp_path / "r.html")
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>"), "standards mode: quirks mode lays tables out otherwise"
    cells = _Cells()
    cells.feed(page)
    assert len(cells.chains) >= 5
    assert {(c["tag"], c["in"], c["title"], c["style"]) for c in cells.chains} == {("div", "td", "Relayed", None)}
    assert [c["inner"] for c in cells.chains if c["inner"]] == [], "a chain holds its words only"
    assert cells.loose == [], "every line of a Relayed cell is a chain block"
    rules = _rules(cells.style)
    chain = rules[".chain"]
    margin, indent = (re.fullmatch(r"(-?\d+(?:\.\d+)?)(px|em)", chain[k]) for k in ("margin-left", "text-indent"))
    assert margin and indent and margin[2] == indent[2], chain
    assert float(margin[1]) > 0 and float(margin[1]) + float(indent[1]) == 0
    assert chain.get("display", "block") == "block"
    reaching = [s for s, body in rules.items() if s != ".chain" and "text-indent" in body
                and re.search(r"(^|\s)(div|td|tr|table|body|\*)\b|\.chain", s)]
    assert reaching == [], reaching
