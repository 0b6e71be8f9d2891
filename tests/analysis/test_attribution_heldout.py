"""Attribution on held-out articles (wire, BBC, Guardian, translated, AFP, unnamed sources, Q&A),
scored with the project's own evaluation rules so that a change tuned to one sentence shows up."""
from __future__ import annotations

import json
from pathlib import Path

from viewer.analysis.pipeline import analyse
from viewer.corpus.importing import import_paths
from viewer.corpus.store import Corpus
from viewer.export.interchange import corpus_to_dict

from tests.conftest import load_scorer

HELDOUT = Path(__file__).parent / "fixtures" / "attribution" / "heldout"
FLOORS = {"attributions": 0.92, "speakers": 0.95}  # reached when written, less a small margin


def test_heldout_articles_keep_their_score(tmp_path):
    scorer = load_scorer(HELDOUT / "gold.json")
    with Corpus(tmp_path / "heldout.corpus") as corpus:
        import_paths(corpus, sorted(HELDOUT.glob("*.txt")))
        analyse(corpus)
        export = tmp_path / "export.json"
        export.write_text(json.dumps(corpus_to_dict(corpus)), encoding="utf-8")
    result = scorer.score(str(export))
    for measure, floor in FLOORS.items():
        assert result[measure]["f1"] >= floor, (measure, result[measure])
