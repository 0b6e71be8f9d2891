"""bench/keep_corpora.py keeps a set's analysed corpus and export, which the line reruns read."""
from __future__ import annotations

import json

from viewer.corpus.store import Corpus


def test_a_kept_set_holds_its_corpus_with_claims_and_its_export(kept_set):
    out = kept_set({"a.txt": "Two men were shot on Elm Street on Monday, police said. Both were taken to a hospital.",
                    "b.txt": "Two men were shot on Elm Street on Monday. Both men were taken to a hospital, police "
                             "said."})
    export = json.loads((out / "tiny.json").read_text(encoding="utf-8"))
    assert len(export["documents"]) == 2
    with Corpus(out / "tiny.corpus") as corpus:
        assert len(corpus.document_ids()) == 2
