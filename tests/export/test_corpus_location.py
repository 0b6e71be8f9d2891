"""Every export names the corpus by its whole path, however it was opened: `provenance export basil.pv` run in the
corpus's folder wrote "path": "basil.pv" where the window wrote the whole path (two exports of one corpus
differed, against interchange.md), and the report's cover read "Corpus: basil.pv (basil.pv)"."""
from __future__ import annotations

import json

from viewer.cli import main
from viewer.export.report import md_escape


def test_exports_name_the_corpus_by_its_whole_path_however_it_was_opened(sample_corpus, tmp_path, monkeypatch):
    corpus = sample_corpus.path.resolve()
    sample_corpus.close()
    monkeypatch.chdir(corpus.parent)
    assert main(["export", corpus.name, "-o", str(tmp_path / "typed.json")]) == 0
    assert main(["export", str(corpus), "-o", str(tmp_path / "whole.json")]) == 0
    typed = (tmp_path / "typed.json").read_bytes()
    assert json.loads(typed)["corpus"]["path"] == str(corpus)
    assert typed == (tmp_path / "whole.json").read_bytes(), "two exports of one corpus are byte-identical"
    assert main(["export", corpus.name, "-o", str(tmp_path / "report.md")]) == 0
    assert f"**Corpus:** {md_escape(str(corpus))}" in (tmp_path / "report.md").read_text(encoding="utf-8")
