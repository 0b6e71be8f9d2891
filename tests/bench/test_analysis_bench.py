"""The analysis bench times real reports from a folder as well as generated articles."""
from __future__ import annotations

from pathlib import Path

SAMPLE = Path(__file__).resolve().parents[2] / "viewer" / "resources" / "sample"


def test_a_folder_of_reports_is_read_whole_in_name_order_subfolders_included(tmp_path, bench_script):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("Second report.", encoding="utf-8")
    (tmp_path / "1.txt").write_text("First report, «quoted».", encoding="utf-8")
    (tmp_path / "notes.md").write_text("not a report", encoding="utf-8")
    assert bench_script("bench_analysis").real_articles(tmp_path) == ["First report, «quoted».", "Second report."]


def test_the_sample_corpus_is_a_folder_the_bench_can_time(bench_script):
    texts = bench_script("bench_analysis").real_articles(SAMPLE)
    assert len(texts) == len(list(SAMPLE.glob("*.txt"))) > 0
    assert all(text.strip() for text in texts)
