"""Linking on the held-out article pairs, scored with the shared scorer's matching rules, so a
change tuned to the two April reports cannot quietly lose precision on other news."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from viewer.analysis.claims.linking import claim_units, link_claims

from tests.conftest import load_scorer

CLAIMS = Path(__file__).parent / "fixtures"
# (set, precision floor, F1 floor): a little under what linking reaches on each. The first set's
# F1 floor was 0.88, what the word-overlap linker reached after being tuned on this very set (its
# first score was 0.55); the semantic linker, fitted on public data and never on these articles,
# reaches precision 1.00 and F1 0.83 here (it misses paraphrases such as "still unaccounted for" /
# "fate remains unknown" and a denial worded as "does not have means"), 0.79 on the second.
FLOORS = [("heldout", 0.95, 0.80), ("heldout2", 0.95, 0.66)]


def _export(parse, heldout: Path) -> dict:
    """The claims part of the interchange export: documents with their source path and text."""
    gold = json.loads((heldout / "gold.json").read_text(encoding="utf-8"))
    names = sorted(gold["documents"].values())
    texts = {i: (heldout / n).read_text(encoding="utf-8") for i, n in enumerate(names)}
    units = [u for d, t in texts.items() for u in claim_units(parse(d, t, []))]
    claims = link_claims(units, texts)
    return {
        "documents": [{"id": i, "source": {"path": names[i]}, "text": texts[i]} for i in texts],
        "claims": [{"mentions": [{"document": m.document, "start": m.start, "end": m.end} for m in c.mentions]} for c in claims],
    }


@pytest.mark.parametrize("name, min_precision, min_f1", FLOORS, ids=[f[0] for f in FLOORS])
def test_heldout_links_keep_their_precision_and_f1(nlp, tmp_path, name, min_precision, min_f1):
    from viewer.analysis.segment import parse

    heldout = CLAIMS / name
    score = load_scorer(heldout / "gold.json")
    export = tmp_path / "export.json"
    export.write_text(json.dumps(_export(parse, heldout)), encoding="utf-8")
    links = score.score(str(export))["links"]
    assert links["p"] >= min_precision and links["f1"] >= min_f1, links
