"""bench/pronoun_readings.py: a pronoun two readers read apart is listed and counted by its role, on a made-up report."""
from __future__ import annotations

_REPORT = {"title": "Two shot at a body shop",
           "text": "James Carter drove to the office of his former boss, Robert Miller. He shot two people there."}


def test_a_pronoun_read_apart_from_an_older_reader_is_listed_and_counted(bench_script, monkeypatch, tmp_path):
    readings = bench_script("pronoun_readings")
    monkeypatch.setattr(readings.gva, "incidents_with_two", lambda corpus, incidents: iter([[("1", _REPORT)]]))
    older = tmp_path / "older.py"
    older.write_text("def pronoun_person(token):\n    return None\n", encoding="utf-8")
    lines = readings.readings(tmp_path, 1, readings._reader(older))
    assert lines[0].startswith("0 acts or speaks He: old None, new 'James Carter'")
    assert lines[1:] == ["acts or speaks, read apart: 1", "acts or speaks, read by the old reader: 0",
                         "acts or speaks, read by this one: 1"]
