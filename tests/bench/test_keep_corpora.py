"""bench/keep_corpora.py keeps a set's analysed corpus and export, which the line reruns read."""
from __future__ import annotations

import json

from viewer.corpus.store import Corpus


def test_a_kept_set_holds_its_corpus_with_claims_and_its_export(bench_script, tmp_path):
    keep = bench_script("keep_corpora")
    folder = tmp_path / "data" / "sets" / "tiny"
    (folder / "docs").mkdir(parents=True)
    texts = {"a.txt": "Two men were shot on Elm Street on Monday, police said. Both were taken to a hospital.",
             "b.txt": "Two men were shot on Elm Street on Monday. Both men were taken to a hospital, police said."}
    for name, text in texts.items():
        (folder / "docs" / name).write_text(text, encoding="utf-8")
    events = {"documents": {name: {"event": "e1"} for name in texts}}
    (folder / "events.json").write_text(json.dumps(events), encoding="utf-8")
    out = tmp_path / "kept"
    out.mkdir()
    keep.keep_set(tmp_path / "data", "tiny", out)
    export = json.loads((out / "tiny.json").read_text(encoding="utf-8"))
    assert len(export["documents"]) == 2
    with Corpus(out / "tiny.corpus") as corpus:
        assert len(corpus.document_ids()) == 2
