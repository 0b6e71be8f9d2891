"""Report matrices say "not found", never "absent", and quote the closest passage where one comes close."""
from __future__ import annotations

import pytest
from pypdf import PdfReader

from viewer.analysis import store
from viewer.analysis.closest_passages import closest_passages
from viewer.export.formats import export
from viewer.export.pdf import export_pdf
from viewer.export.report import md_escape
from viewer.render.pdf_layout import render


def _missed(corpus):
    """The April surrender claim and a sample report with no mention of it but a passage close to it."""
    claim = next(c for c in store.claims(corpus) if "1,000 Ukrainian" in c.label)
    silent = next(d for d in corpus.document_ids() if not claim.mentions_in(d) and closest_passages(corpus, claim, d))
    return claim, closest_passages(corpus, claim, silent)[0]


def test_markdown_and_html_matrix_quote_the_closest_passage(sample_corpus, tmp_path):
    claim, passage = _missed(sample_corpus)
    export(sample_corpus, "md", tmp_path / "r.md")
    row = next(line for line in (tmp_path / "r.md").read_text(encoding="utf-8").splitlines()
               if line.startswith(f"| \\[{claim.id}\\] "))
    cells = row.strip("|").split(" | ")[1:]
    column = sorted(sample_corpus.document_ids()).index(passage.document)
    assert cells[column].startswith("not found; closest, not linked (")
    assert md_escape(passage.excerpt(90)) in cells[column]
    assert "absent" not in row
    export(sample_corpus, "html", tmp_path / "r.html")
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert "not found<br><small>closest, not linked (" in page and ">absent<" not in page
    assert "does not mean the source is silent" in page


def test_pdf_matrix_cell_names_the_passage_to_read(sample_corpus, tmp_path):
    claim, passage = _missed(sample_corpus)
    export_pdf(sample_corpus, tmp_path / "r.pdf", render)
    reader = PdfReader(tmp_path / "r.pdf")
    matrix = " ".join(" ".join(p.extract_text().split()) for p in reader.pages[1:3])
    assert "not found" in matrix and "closest, not linked" in matrix
    assert " ".join(passage.excerpt(30).rstrip("…").split()[:4]) in matrix
    assert "absent" not in matrix


@pytest.mark.parametrize("text, cell", [
    ("“Ten hours later, she was dead.”", "closest, not linked (very similar): “Ten hours later, she was dead.”"),
    ("Flynn lied and they destroyed his life.”", "closest, not linked (very similar): “Flynn lied and they destroyed his life.”"),
    ("The bridge reopened.", "closest, not linked (very similar): “The bridge reopened.”"),
    # cut to an excerpt inside the quotation it opens: basil3's report read “While I … in my heart… (never closed)
    ("“While I planned on serving out the remainder of my term in Congress, I know in my heart it’s time to go,” "
     "he said.",
     "closest, not linked (very similar): “While I planned on serving out the remainder of my term in Congress, "
     "I know in my heart…”"),
])
def test_a_closest_passage_is_quoted_once(text, cell):
    """A passage with its own quotation marks read ““Ten hours later, she was dead.”” in the matrix of a
    field corpus's report (17 cells of 110 articles)."""
    from viewer.analysis.closest_passages import ClosestPassage
    from viewer.export.wording import closest_words

    assert closest_words(ClosestPassage(1, 0, len(text), text, 0.9)) == cell


def test_a_report_reads_the_vectors_a_chunk_of_claims_at_a_time_and_says_what_it_said_one_at_a_time(
        sample_corpus, tmp_path, monkeypatch):
    """One read of unit vectors per chunk of claims, and one for the exported articles no claim is
    in, where claim by claim took one per claim and one per article; the matrix quotes the same
    passages whether the sample's claims are read together or a claim at a time."""
    from viewer.provenance import timeline

    reads = []
    unit_vectors = store.unit_vectors

    def counted(corpus, document_ids):
        reads.append(list(document_ids))
        return unit_vectors(corpus, document_ids)

    monkeypatch.setattr(store, "unit_vectors", counted)
    claims = store.claims(sample_corpus)
    unclaimed = [d for d in sample_corpus.document_ids() if not any(c.mentions_in(d) for c in claims)]
    reports, chunk = {}, timeline.TOGETHER
    for together in (1, chunk):
        monkeypatch.setattr(timeline, "TOGETHER", together)
        reads.clear()
        export(sample_corpus, "md", tmp_path / f"r{together}.md")
        reports[together] = [line for line in (tmp_path / f"r{together}.md").read_text(encoding="utf-8").splitlines()
                             if line.startswith("| \\[")]
        assert len(reads) == -(-len(claims) // together) + 1, reads
        assert unclaimed in [sorted(read) for read in reads]
    assert len(claims) > 1 and any("closest, not linked" in row for row in reports[1])
    assert reports[chunk] == reports[1]


def test_the_closest_passage_reads_report_progress_and_hear_a_cancel(sample_corpus, tmp_path, monkeypatch):
    """The reads were handed a TaskState of their own: a report's matrix read every chunk's vectors
    after the export was cancelled, and said nothing while it did."""
    from viewer.jobs import Cancelled, TaskState
    from viewer.provenance import timeline

    told = []
    state = TaskState(lambda done, total, text: told.append(text))
    unit_vectors = store.unit_vectors

    def cancelling(corpus, document_ids):
        told.append("read")
        state.cancel()  # the researcher presses Cancel while the first chunk is read
        return unit_vectors(corpus, document_ids)

    monkeypatch.setattr(timeline, "TOGETHER", 1)  # a chunk a claim: the sample's claims make several
    monkeypatch.setattr(store, "unit_vectors", cancelling)
    with pytest.raises(Cancelled):
        export(sample_corpus, "md", tmp_path / "r.md", state=state)
    assert not (tmp_path / "r.md").exists()
    first = told.index("read")
    assert told[first - 1].startswith("finding the closest passages to ["), "the chunk read was announced as itself"
    assert told.count("read") <= 2, "no other chunk is read after the cancel (only the cell's own column)"
