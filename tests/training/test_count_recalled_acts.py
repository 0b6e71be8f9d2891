"""training/count_recalled_acts.py: a deep sentence recalling an act beside the other report's headline or lede, filed
as parted or kept, and why."""
from __future__ import annotations

from pathlib import Path

from training.count_recalled_acts import readings

_NEWS = "Louisiana Senate backs transgender sports ban veto override\n\nThe Louisiana Senate voted on Wednesday to override it."
_RECALL = ("Transgender sports bill returns to the Senate\n\nThe Senate met on Wednesday.\n\nLawmakers spoke for hours."
           "\n\nEdwards vetoed Senate Bill 156 last month, which would have banned transgender athletes from sports.")
_SAME = "Edwards vetoes transgender sports ban\n\nGov. John Bel Edwards vetoed Senate Bill 156, the transgender sports bill."


def _story(tmp_path: Path, other: str) -> Path:
    docs = tmp_path / "sets" / "made" / "docs"
    docs.mkdir(parents=True)
    (docs / "1_left.txt").write_text(_RECALL, encoding="utf-8")
    (docs / "1_right.txt").write_text(other, encoding="utf-8")
    return tmp_path


def test_a_recall_beside_the_news_of_another_act_is_parted(tmp_path):
    kinds = {(why, recall.split()[0]) for _story_id, why, recall, _news in readings(_story(tmp_path, _NEWS), ["made"], 0.1)}
    assert ("parted", "Edwards") in kinds


def test_a_recall_beside_the_same_act_told_as_news_is_kept(tmp_path):
    kinds = {why for _story_id, why, _recall, _news in readings(_story(tmp_path, _SAME), ["made"], 0.1)}
    assert kinds == {"kept: one act told again"}
