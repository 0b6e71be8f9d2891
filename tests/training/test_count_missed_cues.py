"""training/count_missed_cues.py groups the misses of a made-up article by the lemma of their cue's head."""
from __future__ import annotations

from training.count_missed_cues import count_cues
from viewer.analysis.nlp import english

NAME = "made-up_port.txt"
TEXT = ("The mayor said the port would close. The union warned that strikes would follow. "
        "Officials told reporters the port was safe. Police say the road is open.")


def _miss(cue: str, cls: str = "content not found: verb rejected") -> dict:
    start = TEXT.index(cue)
    return {"error": "miss", "cls": cls, "doc": NAME, "source": "", "cue": cue, "content": "",
            "cue_spans": [[start, start + len(cue)]]}


def test_misses_are_grouped_by_their_cues_lemma_with_its_shape():
    misses = [_miss("said"), _miss("warned"), _miss("told"), _miss("say")]
    groups = count_cues(misses, {NAME: english()(TEXT)})
    assert {lemma: len(rows) for lemma, rows in groups.items()} == {"say": 2, "warn": 1, "tell": 1}
    assert [r["shape"] for r in groups["say"]] == ["say", "say"]


def test_an_article_whose_parse_differs_is_counted_apart():
    groups = count_cues([_miss("said", "content not found: not parsed")], {NAME: english()(TEXT)})
    assert list(groups) == ["?"]
