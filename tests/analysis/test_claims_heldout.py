"""Linking on the held-out article pairs, scored with the shared scorer's matching rules, so a
change tuned to the two April reports cannot quietly lose precision on other news."""
from __future__ import annotations

import json
from pathlib import Path

from viewer.analysis.claims import claim_units, link_claims

from tests.conftest import load_scorer

HELDOUT = Path(__file__).parent / "fixtures" / "claims" / "heldout"
MIN_PRECISION = 0.95
MIN_F1 = 0.84


def _export(parse) -> dict:
    """The claims part of the interchange export: documents with their source path and text."""
    gold = json.loads((HELDOUT / "gold.json").read_text(encoding="utf-8"))
    names = sorted(gold["documents"].values())
    texts = {i: (HELDOUT / n).read_text(encoding="utf-8") for i, n in enumerate(names)}
    units = [u for d, t in texts.items() for u in claim_units(parse(d, t, []))]
    claims = link_claims(units, texts)
    return {
        "documents": [{"id": i, "source": {"path": names[i]}, "text": texts[i]} for i in texts],
        "claims": [{"mentions": [{"document": m.document, "start": m.start, "end": m.end} for m in c.mentions]} for c in claims],
    }


def test_heldout_links_keep_their_precision_and_f1(nlp, tmp_path):
    from viewer.analysis.segment import parse

    score = load_scorer(HELDOUT / "gold.json")
    export = tmp_path / "export.json"
    export.write_text(json.dumps(_export(parse)), encoding="utf-8")
    links = score.score(str(export))["links"]
    assert links["p"] >= MIN_PRECISION and links["f1"] >= MIN_F1, links
