"""`provenance tags`: a coder's codebook on the command line — counts, what carries a tag, per document, rename."""
from __future__ import annotations

import shutil

import pytest

from viewer.analysis import store
from viewer.cli import main
from viewer.corpus import notes
from viewer.corpus.store import Corpus


@pytest.fixture
def coded(sample_corpus_file, tmp_path):
    copy = tmp_path / "sample.corpus"
    shutil.copy(sample_corpus_file, copy)
    with Corpus(copy, create=False) as corpus:
        claim = store.claims(corpus)[0]
        statement = store.attributions(corpus, 2)[0]
        notes.set_tags(corpus, "document", "d1", ["time line"])
        notes.set_tags(corpus, "claim", f"c{claim.id}", ["timeline", "disputed"])
        notes.set_note(corpus, "claim", f"c{claim.id}", "Ask the **ministry**.")
        notes.set_tags(corpus, "statement", notes.span_key(2, statement.content.start, statement.content.end), ["timeline"])
        in_claim = {m.document for m in claim.mentions}
    return copy, claim.id, in_claim


def test_tags_counts_each_tag_by_what_carries_it(coded, capsys):
    path, _, _ = coded
    assert main(["tags", str(path)]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "disputed\t1: 1 claim", "time line\t1: 1 document", "timeline\t2: 1 claim, 1 statement"]


def test_tags_lists_what_carries_a_tag_with_its_note_and_counts_per_document(coded, capsys):
    path, claim_id, in_claim = coded
    assert main(["tags", str(path), "--tag", "timeline"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith(f"c{claim_id}\tClaim [{claim_id}]: ") and lines[0].endswith("\tnote: Ask the **ministry**.")
    assert lines[1].startswith("a") and "\tStatement by " in lines[1] and " in d2: “" in lines[1]
    assert main(["tags", str(path), "--documents"]) == 0
    per_document = dict(line.split("\t") for line in capsys.readouterr().out.splitlines())
    assert sorted(int(d.removeprefix("d")) for d in per_document) == sorted(in_claim | {1, 2})
    from_claim = {"disputed": 1, "timeline": 1}
    for document_id in sorted(in_claim | {1, 2}):
        expected = dict(from_claim) if document_id in in_claim else {}
        if document_id == 1:
            expected["time line"] = 1
        if document_id == 2:
            expected["timeline"] = expected.get("timeline", 0) + 1
        assert per_document[f"d{document_id}"] == "; ".join(f"{t} {n}" for t, n in sorted(expected.items()))


def test_tags_renames_and_merges_and_refuses_what_it_cannot(coded, capsys):
    path, claim_id, _ = coded
    assert main(["tags", str(path), "--rename", "time line", "Timeline"]) == 0
    assert capsys.readouterr().out.strip() == "“time line” is now “timeline” on 1 target"
    assert main(["tags", str(path), "--rename", "timeline", "🔫"]) == 2
    assert "has no letter or digit" in capsys.readouterr().err
    assert main(["tags", str(path), "--tag", "time line"]) == 2
    assert "no tag “time line” in this corpus (tags: disputed, timeline)" in capsys.readouterr().err
    with Corpus(path, create=False) as corpus:
        assert [h.key for h in notes.tagged(corpus, "timeline")][:2] == ["d1", f"c{claim_id}"]


def test_a_coded_passage_is_named_as_correct_link_names_one(coded, capsys):
    path, _, _ = coded
    with Corpus(path, create=False) as corpus:
        notes.set_tags(corpus, "passage", notes.span_key(3, 0, 12), ["headline"])
        said = corpus.document(3).text[:12]
    assert main(["tags", str(path), "--tag", "headline"]) == 0
    assert capsys.readouterr().out.strip().startswith(f"d3:0-12\tPassage of d3: “{' '.join(said.split())}")
    assert main(["tags", str(path), "--documents"]) == 0
    assert "headline 1" in dict(line.split("\t") for line in capsys.readouterr().out.splitlines())["d3"]
