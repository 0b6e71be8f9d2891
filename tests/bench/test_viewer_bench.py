"""bench_viewer times the window's start in a fresh process by the wall clock and by CPU time."""
from __future__ import annotations

from viewer.corpus.store import Corpus


def test_the_start_reports_its_cpu_seconds_beside_the_wall_clock(tmp_path, bench_script):
    path = tmp_path / "empty.corpus"
    Corpus(path).close()

    wall, rss, fetched, rows, cpu = bench_script("bench_viewer").startup(path, tmp_path)

    assert rows == 0 and fetched == 0 and rss > 0
    assert 0 < cpu and wall > 0
