"""Every document an older reader read, read again in one go: refusals collected, one relink, a cancel keeps the
finished ones, and all of it taken back as one step."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.corpus.test_rereading import PDFS, as_an_older_reader_left_it
from viewer.analysis import pipeline
from viewer.analysis.marked_rereads import reread_marked, reread_marked_job
from viewer.analysis.operations import undo_rereads
from viewer.corpus import notes
from viewer.corpus.importing import import_paths
from viewer.corpus.store import Corpus
from viewer.corpus.text_reader import older_reader_ids
from viewer.jobs import Cancelled, TaskState

SEEDS = Path("/work/shared/seeds")
SEEDS = SEEDS if SEEDS.exists() else Path(__file__).resolve().parents[2] / "viewer" / "resources" / "sample"


@pytest.fixture
def upgraded(tmp_path):
    """A corpus as an older build left it: two PDFs read as a grid of words, three news articles (one reads the same,
    one whose file is gone, one whose file changed since), and a JSONL file's two records; analysed."""
    files = tmp_path / "files"
    files.mkdir()
    for name in ("printed_article.pdf", "quartz_page.pdf"):
        shutil.copy(PDFS / name, files / name)
    seeds = sorted(SEEDS.glob("*.txt"))[:3]
    for seed in seeds:
        shutil.copy(seed, files / seed.name)
    (files / "wire.jsonl").write_text('{"text": "The bridge was closed on Tuesday, officials said."}\n'
                                      '{"text": "The bridge reopened on Friday after repairs, the city said."}\n',
                                      encoding="utf-8")
    corpus = Corpus(tmp_path / "old.corpus")
    imported = dict(import_paths(corpus, [files]).imported)
    ids = {Path(label).name.split(":")[0] + (":" + label.rsplit(":", 1)[1] if label.endswith((":1", ":2")) else ""): d
           for label, d in imported.items()}
    pdfs = [ids["printed_article.pdf"], ids["quartz_page.pdf"]]
    new_texts = {d: corpus.document(d).text for d in pdfs}
    for name, d in zip(("printed_article.pdf", "quartz_page.pdf"), pdfs):
        as_an_older_reader_left_it(corpus, d, files / name)
    with corpus.transaction() as db:  # every document imported before reader versions were kept
        db.execute("UPDATE documents SET text_reader = NULL")
    same, gone, changed = (ids[seed.name] for seed in seeds)
    (files / seeds[1].name).unlink()
    (files / seeds[2].name).write_text("Someone edited this file after the import.\n", encoding="utf-8")
    pipeline.analyse(corpus)
    yield corpus, {"pdfs": pdfs, "new": new_texts, "same": same, "gone": gone, "changed": changed,
                   "records": [ids["wire.jsonl:1"], ids["wire.jsonl:2"]]}
    corpus.close()


def _relinks(monkeypatch) -> list[int]:
    calls = []
    real = pipeline.relink
    monkeypatch.setattr(pipeline, "relink", lambda *a, **k: (calls.append(1), real(*a, **k))[1])
    return calls


def test_every_marked_document_is_read_again_refusals_are_kept_and_claims_relinked_once(upgraded, monkeypatch):
    corpus, d = upgraded
    marked = older_reader_ids(corpus)
    assert sorted(marked) == sorted([*d["pdfs"], d["same"], d["gone"], d["changed"]])  # records are never marked
    first = d["pdfs"][0]
    old = corpus.document(first).text
    start = old.index("oﬃcer")
    notes.set_note(corpus, "passage", notes.span_key(first, start, start + len("oﬃcer")), "which officer?")
    relinks = _relinks(monkeypatch)
    heard = []

    done = reread_marked(corpus, heard=heard.append)

    assert relinks == [1]
    assert sorted(done.read) == sorted(d["pdfs"])  # both PDFs read as prose now
    assert all(corpus.document(p).text == d["new"][p] for p in d["pdfs"])
    assert d["same"] in done.same
    assert dict(done.refused).keys() == {d["gone"], d["changed"]}
    assert "is not there any more" in dict(done.refused)[d["gone"]]
    assert "has changed since it was imported" in dict(done.refused)[d["changed"]]
    assert sorted(older_reader_ids(corpus)) == sorted([d["gone"], d["changed"]])  # the refused keep their mark
    assert len(heard) == len(done.read) == len(done.befores)
    assert pipeline.pending_documents(corpus) == []  # analysed again
    [(key,)] = corpus.db.execute("SELECT target_key FROM notes WHERE target_kind = 'passage'").fetchall()
    _, s, e = notes.parse_span_key(key)
    assert corpus.document(first).text[s:e] == "officer"
    said = done.said()
    first_line, *refusals = said.splitlines()
    assert first_line.startswith(f"Read {len(done.read)} document") and "claims relinked" in first_line
    assert f"read the same, nothing changed (d{d['same']})" in first_line
    assert refusals[0] == "Could not read 2 documents again (each left as it was):"
    assert any(line.startswith(f"  d{d['gone']}: the original file of d{d['gone']} is not there any more")
               for line in refusals)


def test_a_record_asked_for_by_name_is_refused_and_the_rest_go_on(upgraded):
    corpus, d = upgraded
    done = reread_marked(corpus, [d["records"][0], d["pdfs"][0]])
    assert done.read == [d["pdfs"][0]]
    [(record, why)] = done.refused
    assert record == d["records"][0] and "is record 1 of" in why and "importing its file again" in why


def test_a_cancel_keeps_the_documents_read_so_far_and_the_corpus_valid(upgraded):
    corpus, d = upgraded
    first, second = d["pdfs"]
    before_second = corpus.document(second).text
    order = [first, second, d["same"]]
    heard = []
    state = TaskState(lambda _done, _total, text: text == f"reading d{second} again" and state.cancel())

    with pytest.raises(Cancelled, match=rf"stopped while reading: 1 document read again \(d{first}\) keeps its new text"):
        reread_marked_job(order, heard.append)(corpus, state)

    assert corpus.document(first).text == d["new"][first]
    assert corpus.document(second).text == before_second and len(heard) == 1
    assert pipeline.pending_documents(corpus) == [first]  # the next Analyse analyses it and relinks
    assert older_reader_ids(corpus) != [] and first not in older_reader_ids(corpus)
    report = pipeline.analyse(corpus)
    assert report.analysed == 1 and pipeline.pending_documents(corpus) == []


def test_a_cancel_while_analysing_keeps_the_new_texts(upgraded):
    corpus, d = upgraded
    state = TaskState(lambda _done, _total, text: "linking" in text and state.cancel())
    with pytest.raises(Cancelled, match="stopped while analysing: 2 documents read again"):
        reread_marked(corpus, d["pdfs"], state)
    assert all(corpus.document(p).text == d["new"][p] for p in d["pdfs"])


def test_all_of_it_taken_back_as_one_step(upgraded, monkeypatch):
    from tests.analysis.test_bringing_back import _everything

    corpus, d = upgraded
    before = _everything(corpus)
    done = reread_marked(corpus)
    relinks = _relinks(monkeypatch)

    said = undo_rereads(corpus, done.befores)

    assert relinks == [1]
    assert said.startswith(", ".join(f"d{x}" for x in done.read) + " have the text they had before")
    after = _everything(corpus)
    moved_on = {"claim_sequence", "retired_claim_mentions", "documents"}  # "reads the same" marked its document read
    for table in set(before) - moved_on:
        assert after[table] == before[table], table
    assert [r for r in after["documents"] if r[0] != d["same"]] == [r for r in before["documents"] if r[0] != d["same"]]
