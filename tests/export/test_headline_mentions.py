"""Headline mentions through the whole chain: imported as text, analysed, exported as JSON with
offsets into the document text, and highlighted in the PDF over the headline's own words."""
from __future__ import annotations

from pypdf import PdfReader

from viewer.analysis.pipeline import analyse
from viewer.corpus.importing import import_paths
from viewer.corpus.store import Corpus
from viewer.export.interchange import corpus_to_dict
from viewer.export.pdf import PdfOptions, export_pdf
from viewer.render.pdf_layout import render

from tests.analysis.claims.test_headlines import FERRY_LOCAL, FERRY_WIRE


def test_a_headline_mention_is_exported_with_offsets_into_the_text_and_highlighted(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "wire.txt").write_text(FERRY_WIRE, encoding="utf-8")
    (folder / "local.txt").write_text(FERRY_LOCAL, encoding="utf-8")
    corpus = Corpus(tmp_path / "ferry.corpus")
    import_paths(corpus, [folder])
    analyse(corpus)
    data = corpus_to_dict(corpus)
    texts = {d["id"]: d["text"] for d in data["documents"]}
    headline = "Ferry Sinks Off Crete, Killing 12 Passengers"
    wire = next(d for d in data["documents"] if d["text"].startswith(headline))
    assert wire["title"] == headline  # shown above the pane, and in the text the pane shows
    mentions = [m for c in data["claims"] for m in c["mentions"]]
    assert any(m["document"] == wire["id"] and m["text"] == headline for m in mentions), mentions
    for m in mentions:
        assert texts[m["document"]][m["start"]:m["end"]] == m["text"]
    claim = next(c for c in data["claims"] if any(m["text"] == headline for m in c["mentions"]))
    assert claim["label"] != headline  # named by a sentence of the prose

    target = tmp_path / "ferry.pdf"
    export_pdf(corpus, target, render, options=PdfOptions(researcher="Ana Lysenko"))
    comments = [str(a.get_object()["/Contents"]) for page in PdfReader(target).pages for a in page.get("/Annots", [])
                if a.get_object()["/Subtype"] == "/Highlight"]
    assert any(headline in c for c in comments), comments
    corpus.close()


SITE = " - Harbor Daily 7 | News, Weather, Sports"
COUNCIL = (
    "Council Approves New Budget For City Schools\n\n"
    "The city council on Monday approved a budget that adds 40 teachers to the city's schools, the mayor said.\n\n"
    "The vote was 7 to 2. The new budget takes effect in July.\n"
)


def _with_site(article: str) -> str:
    headline, rest = article.split("\n", 1)
    return f"{headline}{SITE}\n{rest}"


def test_a_site_name_after_headlines_is_no_part_of_a_mention_and_links_nothing(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, article in (("wire.txt", FERRY_WIRE), ("local.txt", FERRY_LOCAL), ("council.txt", COUNCIL)):
        (folder / name).write_text(_with_site(article), encoding="utf-8")
    corpus = Corpus(tmp_path / "site.corpus")
    import_paths(corpus, [folder])
    analyse(corpus)
    data = corpus_to_dict(corpus)
    texts = {d["id"]: d["text"] for d in data["documents"]}
    assert all(SITE in text for text in texts.values())  # the stored text keeps it
    mentions = [m for c in data["claims"] for m in c["mentions"]]
    assert not any("Harbor Daily" in m["text"] for m in mentions), mentions
    assert not any("Harbor Daily" in c["label"] for c in data["claims"])
    assert any(m["text"] == "Ferry Sinks Off Crete, Killing 12 Passengers" for m in mentions), mentions
    council = next(d["id"] for d in data["documents"] if d["text"].startswith("Council"))
    for claim in data["claims"]:
        assert len({m["document"] == council for m in claim["mentions"]}) == 1, claim["mentions"]
    corpus.close()
