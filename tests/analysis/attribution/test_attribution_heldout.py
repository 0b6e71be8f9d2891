"""Attribution on held-out articles, scored with the project's own evaluation rules so that a
change tuned to one sentence shows up. The first set: wire, BBC, Guardian, translated, AFP,
unnamed sources, Q&A. The second, annotated before its failures were looked at: agency relays,
court and police, anonymous sources, a feature with pronoun chains, speakers named after their
quotation, a translated wire with «» and dashes. The third, also annotated first: a club sale with
executives, a health-agency report, residents named by first name and age, and an
investigation built on documents and spokespeople."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from viewer.analysis import store
from viewer.analysis.pipeline import analyse
from viewer.corpus.importing import import_paths
from viewer.corpus.store import Corpus
from viewer.export.interchange import corpus_to_dict

from tests.conftest import load_scorer

FIXTURES = Path(__file__).parent / "fixtures"
# floors: reached when written, less a small margin; speakers are compared across documents. The first set's
# attributions read .969 since the later paragraphs of a quotation left open became parts of its statement: h03's
# "We will not accept it…", Kebede's second quoted paragraph, is a passage its annotation left out.
FLOORS = {
    "heldout": {"attributions": 0.965, "speakers": 0.95},
    "heldout2": {"attributions": 0.96},
    "heldout3": {"attributions": 0.88},
}


def quoted_passages_apart(export: dict, unsaid: set[tuple[str, int, int]] = frozenset()) -> dict:
    """The export in these sets' own convention: they were annotated for statements only, with
    every quoted passage as a statement of its own. The analysis (like PolNeAR's annotators) also
    reports beliefs and intentions (kind ``belief``) and reports not made ("did not say whether…",
    "declined to say whether…": ``unsaid``, by document and content span, as the corpus flags them),
    which these sets never marked, and keeps "'A,' he said. 'B.'" as one statement with a further
    part: beliefs and reports not made are left out of the comparison and each part is scored as
    the statement it is here."""
    attributions = []
    for a in export["attributions"]:
        if a["kind"] == "belief" or (a["document"], a["content"]["start"], a["content"]["end"]) in unsaid:
            continue
        attributions.append(a)
        attributions += [dict(a, content=part, parts=[]) for part in a.get("parts", [])]
    return dict(export, attributions=attributions)


def unsaid_reports(corpus: Corpus) -> set[tuple[str, int, int]]:
    """(document, content start, end) of every report the corpus flags as not made (schema 16)."""
    return {(f"d{a.document_id}", a.content.start, a.content.end) for a in store.attributions(corpus) if not a.made}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_heldout_articles_keep_their_score(name, tmp_path):
    folder = FIXTURES / name
    scorer = load_scorer(folder / "gold.json")
    with Corpus(tmp_path / f"{name}.corpus") as corpus:
        import_paths(corpus, sorted(folder.glob("*.txt")))
        analyse(corpus)
        export = tmp_path / "export.json"
        export.write_text(json.dumps(quoted_passages_apart(corpus_to_dict(corpus), unsaid_reports(corpus))),
                          encoding="utf-8")
    result = scorer.score(str(export))
    for measure, floor in FLOORS[name].items():
        assert result[measure]["f1"] >= floor, (measure, result[measure])
