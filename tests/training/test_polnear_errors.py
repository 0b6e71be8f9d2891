"""training/polnear_errors.py puts each error of a made-up article in its class, as polnear.py matches."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from training import polnear_errors
from training.polnear_parts import part_of
from viewer.analysis.nlp import english

EVAL = Path(polnear_errors.__file__).resolve().parents[2] / "shared" / "eval" / "evalcommon.py"
NAME = "made-up_bridge.txt"
TEXT = ("Officials said the bridge would reopen on Monday. Her criticism of the plan was sharp. "
        "Smith did not say the road was closed. Jones said the ferry will run.")


def _span(words: str) -> list[int]:
    start = TEXT.index(words)
    return [start, start + len(words)]


def _gold(source: str, cue: str, content: str) -> dict:
    return {"doc": NAME, "kind": "Attribution", "source": [_span(source)], "cue": [_span(cue)], "content": [_span(content)],
            "source_text": source, "cue_text": cue, "content_text": content}


def _system(source: str, cue: str, content: str) -> dict:
    return {"document": "d1", "speaker": None, "speaker_name": source,
            "speaker_text": dict(zip(("start", "end"), _span(source)), text=source),
            "cue": dict(zip(("start", "end"), _span(cue)), text=cue),
            "content": dict(zip(("start", "end"), _span(content)), text=content)}


@pytest.fixture
def errors():
    if not EVAL.exists():
        pytest.skip(f"the shared evaluation helpers are not at {EVAL}")
    assert part_of(NAME) == "fit"
    sentences = [[m.start(), m.end()] for m in re.finditer(r"[^.]+\.", TEXT)]
    gold = {"documents": [{"name": NAME, "sentences": sentences, "ignore": []}], "attributions": [
        _gold("Officials", "said", "the bridge would reopen on Monday"),
        _gold("Her", "criticism of", "the plan"),
        _gold("Smith", "did not say", "the road was closed"),
        _gold("Jones", "said", "the ferry will run"),
    ]}
    export = {"documents": [{"id": "d1", "source": {"path": NAME}, "text": TEXT}], "speakers": [], "attributions": [
        _system("Officials", "said", "the bridge would reopen on Monday"),  # right
        _system("Monday", "said", "the ferry will run"),  # the right content, another source
    ]}
    rows = polnear_errors.classify(gold, {NAME: TEXT}, export, "fit", {NAME: english()(TEXT)})
    return sorted((r["error"], r["cls"], r["content"]) for r in rows)


def test_each_error_is_counted_once_in_its_class(errors):
    assert errors == [
        ("false", "source wrong", "the ferry will run"),
        ("miss", "content found, source wrong: other", "the ferry will run"),
        ("miss", "content not found: noun cue", "the plan"),
        ("miss", "content not found: verb accepted, no frame: negated", "the road was closed"),
    ]


def test_a_missed_cue_is_shaped_as_lemmas_with_names_and_determiners_folded():
    doc = english()("Her criticism of the plan was sharp. Senator Bernie Sanders raised questions about it.")
    assert polnear_errors.cue_shape(list(doc[0:3])) == "DET criticism of"
    assert polnear_errors.cue_shape(list(doc[8:14])) == "PROPN raise question about"
