"""An article that repeats a claim (a quotation, then its paraphrase) gets one note on it, not two."""
from __future__ import annotations

import re

from pypdf import PdfReader

from viewer.analysis import store
from viewer.analysis.model import Claim, Discrepancy, Mention
from viewer.export.formats import export
from viewer.export.pdf import export_pdf
from viewer.render.pdf_layout import render

# d1 opens with the surrender in its own words before quoting the ministry: claim 1 is there twice.
OPENING = "more than 1,000 Ukrainian servicemen had surrendered in Mariupol"


def _repeat_claim_1_in_d1(corpus) -> None:
    text = corpus.document(1).text
    start = text.index(OPENING)
    claims = {}
    for c in store.claims(corpus):
        mentions = list(c.mentions) + ([Mention(1, start, start + len(OPENING), OPENING)] if c.id == 1 else [])
        claims[c.id] = Claim(c.label, mentions, [Discrepancy(d.kind, d.explanation, list(d.mentions)) for d in c.discrepancies])
    store.write_claims(corpus, claims)


def _section(text: str, start: str, end: str) -> str:
    return text[text.index(start):text.index(end, text.index(start))]


def test_markdown_and_html_note_a_repeated_claim_once_and_say_it_is_repeated(export_corpus, tmp_path):
    _repeat_claim_1_in_d1(export_corpus)
    export(export_corpus, "md", tmp_path / "r.md")
    d1 = _section((tmp_path / "r.md").read_text(encoding="utf-8"), "### Claims in this article", "\n## d2")
    assert d1.count("- **\\[1\\]** ") == 1, d1
    assert "- **\\[1\\]** 1,026 Ukrainian servicemen surrendered in Mariupol. Twice in this article. Also in d2." in d1
    assert d1.count("  - source: BNR ← AFP (reported) ← Russian Defence Ministry") == 1
    export(export_corpus, "html", tmp_path / "r.html")
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    d1 = _section(page, '<h2 id="d1">', '<h2 id="d2">')
    assert d1.count("<li><b>[1]</b>") == 1 and "Twice in this article." in d1
    assert d1.count('id="d1-c1"') == 1, "one anchor for the matrix's link"


def test_the_pdf_gives_a_repeated_claim_one_note_that_both_mentions_point_to(export_corpus, tmp_path):
    _repeat_claim_1_in_d1(export_corpus)
    export_pdf(export_corpus, tmp_path / "r.pdf", render)
    reader = PdfReader(tmp_path / "r.pdf")
    notes = _section(" ".join(" ".join(p.extract_text().split()) for p in reader.pages),
                     "Notes on the claims", "Who says what in this article")
    assert len(re.findall(r"\b\d+\. \[1\] 1,026 Ukrainian servicemen", notes)) == 1, notes
    assert "[1] 1,026 Ukrainian servicemen surrendered in Mariupol. Twice in this article." in notes
    numbered = re.findall(r"(\d+)\. c(\d+) ", notes)
    assert [n for n, _c in numbered] == [str(i) for i in range(1, len(numbered) + 1)], "notes numbered 1, 2, 3…"
    highlights = [a for page in reader.pages for a in (r.get_object() for r in page.get("/Annots", []))
                  if a["/Subtype"] == "/Highlight" and str(a.get("/Contents", "")).startswith("Claim [1]:")]
    assert len(highlights) == 3, "both mentions in d1 stay lit, and d2's"


def test_both_mentions_of_a_repeated_claim_carry_its_note_number(export_corpus):
    from viewer.export.pdf_content import build
    from viewer.export.selection import select

    _repeat_claim_1_in_d1(export_corpus)
    content = build(select(export_corpus, [1, 2]), None)
    d1 = next(s for s in content.sections if s.running_title.startswith("d1"))
    text = export_corpus.document(1).text
    after = {}  # note number printed after each lit passage, by the passage
    for paragraph in d1.blocks:
        runs = getattr(paragraph, "runs", [])
        for previous, run in zip(runs, runs[1:]):
            if run.superscript and previous.background:
                after.setdefault(run.text, []).append(previous.text)
    c1 = [number for number, passages in after.items() if any(OPENING in p or "1,026 Ukrainian servicemen" in p for p in passages)]
    assert len(c1) == 1 and len(after[c1[0]]) == 2, after
    assert OPENING in text
