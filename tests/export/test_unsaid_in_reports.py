"""A report not made ("Police did not say whether…", "Sheriff Tom Hale declined to say whether…") is shown plainly in
every report, and is no source of the claim there; the JSON export keeps exactly its documented keys, the negation
visible in the cue and its own key, and a claim no source states reads "not stated" (`UNSAID_REPORTS`: d1 the chief says it, d2 the police did not say, d3 the sheriff declined to say)."""
from __future__ import annotations

import csv
import io
import json
import re
import shutil

import pytest
from pypdf import PdfReader

from viewer.corpus.store import Corpus
from viewer.export.formats import export
from viewer.export.interchange import corpus_to_dict
from viewer.export.pdf import PdfOptions, export_pdf
from viewer.render.pdf_layout import render


@pytest.fixture(scope="module")
def corpus(unsaid_reports_file):
    with Corpus(unsaid_reports_file, create=False) as opened:
        yield opened


def test_markdown_says_who_did_not_say_and_gives_the_claim_the_chief_alone(corpus, tmp_path):
    export(corpus, "md", tmp_path / "r.md")
    text = (tmp_path / "r.md").read_text(encoding="utf-8")
    assert "- d2 (indirect, did not say): “whether the suspect was armed" in text
    assert "- d3 (indirect, declined to say): “to say whether the suspect was armed" in text
    sources = re.findall(r"  - source: (.*)", text)
    assert sources and all("Dana Morrow" in s for s in sources)


def test_html_says_who_did_not_say(corpus, tmp_path):
    export(corpus, "html", tmp_path / "r.html")
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert "(indirect, did not say): “whether the suspect was armed" in page
    assert "(indirect, declined to say): “to say whether" in page


def test_csv_marks_the_report_and_gives_it_no_claim(corpus, tmp_path):
    export(corpus, "csv", tmp_path / "r.csv")
    rows = list(csv.DictReader(io.StringIO((tmp_path / "r-attributions.csv").read_text(encoding="utf-8-sig"))))
    assert [(r["speaker_name"], r["kind"], bool(r["claims"])) for r in rows] == [
        ("Dana Morrow", "indirect", True), ("Police", "indirect, did not say", False),
        ("Tom Hale", "indirect, declined to say", False)]
    claims = list(csv.DictReader(io.StringIO((tmp_path / "r-claims.csv").read_text(encoding="utf-8-sig"))))
    assert {r["document"]: r["report_not_made"] for r in claims if "armed" in r["label"]} == {
        "d1": "no", "d2": "yes", "d3": "yes"}


def test_pdf_says_who_did_not_say(corpus, tmp_path):
    export_pdf(corpus, tmp_path / "r.pdf", render, options=PdfOptions())
    everything = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(tmp_path / "r.pdf").pages)
    assert "Police (indirect, did not say)" in everything
    assert "Tom Hale, Sheriff (indirect, declined to say)" in everything


def test_json_keeps_its_documented_keys_and_marks_the_negation(corpus):
    exported = json.loads(json.dumps(corpus_to_dict(corpus)))
    made, negated, withheld = exported["attributions"]
    assert set(negated) == set(withheld) == set(made) | {"negation"}
    assert (negated["negation"], withheld["negation"]) == ("negated", "withheld")
    assert (negated["cue"]["text"], withheld["cue"]["text"]) == ("did not say", "declined")
    (claim,) = [c for c in exported["claims"] if "armed" in c["label"]]
    assert claim["unsaid_in"] == ["d2", "d3"]
    speakers = {s["document"]: s.get("speaker") for s in claim["provenance"]["sources"]}
    assert speakers == {"d1": made["speaker"], "d2": None, "d3": None}


def test_the_matrix_says_which_sources_hold_the_claim_only_in_a_report_not_made(corpus, tmp_path):
    export(corpus, "md", tmp_path / "r.md")
    text = (tmp_path / "r.md").read_text(encoding="utf-8")
    (row,) = [line for line in text.splitlines() if line.startswith("| \\[") and "armed" in line]
    assert row.split(" | ")[1:] == ["present", "report not made", "report not made |"]
    assert "_report not made: the source holds the claim only in a report not made" in text


@pytest.fixture
def unstated(unsaid_reports_file, tmp_path):
    """The chief's report too read as withheld (the researcher's word): no source states the claim."""
    from viewer.analysis import store
    from viewer.analysis.corrections import EditAttribution
    from viewer.analysis.pipeline import relink

    copy = tmp_path / "unstated.corpus"
    shutil.copy(unsaid_reports_file, copy)
    with Corpus(copy, create=False) as opened:
        (chief,) = store.attributions(opened, document_id=1)
        store.record_correction(opened, EditAttribution(1, (chief.content.start, chief.content.end),
                                                        {"negation": "withheld"}))
        relink(opened)
        yield opened


def test_a_claim_no_source_states_is_named_not_stated_in_every_report(unstated, tmp_path):
    exported = corpus_to_dict(unstated)
    (claim,) = [c for c in exported["claims"] if "armed" in c["label"]]
    assert claim["unsaid_in"] == ["d1", "d2", "d3"] and not claim["label"].startswith("not stated")
    for kind in ("md", "html"):
        export(unstated, kind, tmp_path / f"r.{kind}")
        assert f"not stated: {claim['label']}" in (tmp_path / f"r.{kind}").read_text(encoding="utf-8")
    export_pdf(unstated, tmp_path / "r.pdf", render, options=PdfOptions())
    everything = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(tmp_path / "r.pdf").pages)
    assert f"not stated: {claim['label'][:30]}" in everything


def test_the_first_reporter_is_the_earliest_source_that_states_the_claim(corpus):
    """The police's "did not say" (d2) is a day earlier than the chief's report (d1): it reported nothing."""
    (claim,) = [c for c in corpus_to_dict(corpus)["claims"] if "armed" in c["label"]]
    assert claim["provenance"]["first"]["document"] == "d1" and claim["provenance"]["first_day"] == ["d1"]
    assert [s["document"] for s in claim["provenance"]["sources"]] == ["d2", "d1", "d3"], "still in time order"


def test_a_claim_no_source_states_has_no_first_reporter_and_is_counted_apart(unstated, tmp_path):
    from viewer.analysis import store
    from viewer.provenance.plain_text import timeline_text
    from viewer.provenance.timeline import timeline

    (claim,) = [c for c in corpus_to_dict(unstated)["claims"] if "armed" in c["label"]]
    assert claim["provenance"]["first"] is None and claim["provenance"]["first_day"] == []
    text = timeline_text(timeline(unstated, int(claim["id"].lstrip("c"))))
    assert "(no source states it: 3 hold it only in a report not made, so it has no first reporter)" in text
    assert "★" not in text
    stated = sum(1 for c in store.claims(unstated) if c.stated)
    export(unstated, "md", tmp_path / "r.md")
    assert f"- **Linked claims:** {stated} (+1 not stated)" in (tmp_path / "r.md").read_text(encoding="utf-8")
    export_pdf(unstated, tmp_path / "r.pdf", render, options=PdfOptions())
    cover = " ".join(PdfReader(tmp_path / "r.pdf").pages[0].extract_text().split())
    assert f"{stated} (+1 not stated)" in cover
