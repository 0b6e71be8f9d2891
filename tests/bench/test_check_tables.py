"""bench/check_tables.py reruns the scripts that write the word tables and says which still come out the same."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

WORDNET = Path("/usr/share/wordnet")


def test_a_rerun_that_differs_only_in_its_day_and_command_is_the_same(tmp_path, bench_script):
    check = bench_script("check_tables")
    kept, rerun = tmp_path / "kept.json", tmp_path / "rerun.json"
    kept.write_text(json.dumps({"provenance": {"date": "2026-12-04", "command": "python a.py /tmp/x", "rule": "r"},
                                "words": ["a", "b"]}), encoding="utf-8")
    rerun.write_text(json.dumps({"provenance": {"date": "2026-12-07", "command": "python a.py /data", "rule": "r"},
                                 "words": ["a", "b"]}), encoding="utf-8")
    assert check.compare(kept, rerun) == "same"


def test_a_rerun_with_other_entries_says_how_many_came_and_went(tmp_path, bench_script):
    check = bench_script("check_tables")
    kept, rerun = tmp_path / "kept.json", tmp_path / "rerun.json"
    kept.write_text(json.dumps({"rule": "r", "classes": {"n:1": {"car": 3, "auto": 3}, "n:2": {"a": 1, "b": 1}}}),
                    encoding="utf-8")
    rerun.write_text(json.dumps({"rule": "r", "classes": {"n:1": {"car": 4, "auto": 3}, "n:3": {"c": 1, "d": 1}}}),
                     encoding="utf-8")
    assert check.compare(kept, rerun) == "differs: classes: 2 -> 2 (+1 -1, 1 changed)"


def test_every_table_the_check_lists_is_a_table_of_the_repository(bench_script):
    check = bench_script("check_tables")
    for table in check.TABLES:
        assert (check.ROOT / table.path).is_file(), table.path
        assert (check.ROOT / table.argv[0]).is_file(), table.argv[0]


@pytest.mark.skipif(not (WORDNET / "data.verb").exists(), reason="WordNet 3.0 (Debian wordnet-base) not installed")
def test_the_tables_written_from_wordnet_alone_reproduce(tmp_path, bench_script):
    """The fast tables read only WordNet and the repository: each rerun must write its committed table again."""
    check = bench_script("check_tables")
    alone = [t for t in check.TABLES if t.speed == "fast" and not any("{" in arg and "{out}" not in arg
                                                                    for arg in t.argv)]
    assert len(alone) >= 12
    results = {t.path: check.check(t, Path("/nonexistent"), Path("/nonexistent"), tmp_path, 300) for t in alone}
    assert {path: r for path, r in results.items() if not r.startswith("same")} == {}


def test_every_table_the_analysis_reads_is_rerun_or_says_why_not(bench_script):
    """A table added without a rerun command (or a reason it has none) is how a table stops reproducing unseen."""
    check = bench_script("check_tables")
    tables = {str(p.relative_to(check.ROOT)) for folder in ("viewer/analysis", "viewer/corpus", "viewer/resources")
              for p in (check.ROOT / folder).rglob("*.json")}
    listed = {t.path for t in check.TABLES}
    assert not listed & set(check.NOT_RERUN)
    assert tables - listed - set(check.NOT_RERUN) == set()
    assert set(check.NOT_RERUN) <= tables
