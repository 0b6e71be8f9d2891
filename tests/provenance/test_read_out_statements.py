"""A statement read out after a colon is its issuer's words: the timeline never calls its paragraphs the outlet's
fact (made-up reports: d1 prints the fire department's statement whole, d2 tells the same in its own words)."""
from __future__ import annotations

import pytest

from viewer.analysis import store
from viewer.corpus.store import Corpus
from viewer.provenance.rows import source_row
from viewer.provenance.timeline import timeline

_REPORTS = {
    "release.txt": """Title: Warehouse fire on Dock Road
Date: 2024-05-02

The Harbor City Fire Department issued the following statement on Thursday:

Crews were called to a warehouse on Dock Road at 2:15 a.m. and found heavy smoke coming from the roof.

The fire was brought under control within two hours and no one was hurt in the blaze.
""",
    "story.txt": """Title: Dock Road warehouse burns
Date: 2024-05-03

The fire was brought under control within two hours and no one was hurt in the blaze.

The warehouse had stood empty since March.
""",
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    from viewer.analysis.pipeline import analyse
    from viewer.corpus.importing import import_paths

    folder = tmp_path_factory.mktemp("read_out")
    for name, text in _REPORTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    with Corpus(folder / "read_out.corpus") as opened:
        import_paths(opened, sorted(folder.glob("*.txt")))
        analyse(opened)
        yield opened


def test_a_paragraph_of_a_statement_read_out_is_not_stated_as_fact(corpus):
    (claim,) = [c.id for c in store.claims(corpus) if "under control" in c.label]
    rows = {s.document_id: source_row(s)[4] for s in timeline(corpus, claim).sources}
    release = next(d.id for d in corpus.documents(with_text=False) if d.file_name == "release.txt")
    assert rows[release] == "Harbor City Fire Department"  # the issuer the statement's first paragraph names
    # the next day's story states it bare: the drop is from the department's words, not between two facts
    assert [c.wording for s in timeline(corpus, claim).sources for c in s.changes] == [
        "attribution dropped: was attributed to Harbor City Fire Department, now stated as fact"]
