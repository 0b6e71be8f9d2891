"""bench_package prints the bundle's figures from the last build's report, CPU time and load beside the window's start."""
from __future__ import annotations

import json

REPORT = {"platform": "linux-x86_64", "version": "0.1.0", "unpacked_mb": 271.4, "unpacked_mib": 258.8,
          "compressed_mb": 111.9, "compressed_mib": 106.7, "archive": "dist/p.tar.xz", "largest": [],
          "smoke": {"selftest": {"seconds": 9.0, "verdict": "selftest passed"},
                    "first_window": {"seconds": 5.0}}}


def _printed(bench_script, tmp_path, monkeypatch, capsys, window):
    bench = bench_script("bench_package")
    report = tmp_path / "package-report.json"
    report.write_text(json.dumps({**REPORT, "smoke": {**REPORT["smoke"], "window": window}}))
    monkeypatch.setattr(bench, "REPORT", report)
    bench.main()
    return next(line for line in capsys.readouterr().out.splitlines() if "start to window" in line)


def test_the_start_shows_its_cpu_seconds_the_load_and_every_start(bench_script, tmp_path, monkeypatch, capsys):
    line = _printed(bench_script, tmp_path, monkeypatch, capsys,
                    {"seconds": 4.07, "cpu_seconds": 1.87, "load": 12.2, "starts": [4.26, 4.07, 6.01]})
    assert "4.07 s" in line and "CPU 1.87 s" in line and "load average 12.2" in line
    assert "quickest of 4.26, 4.07, 6.01 s" in line


def test_a_report_from_before_cpu_was_kept_still_prints_its_start(bench_script, tmp_path, monkeypatch, capsys):
    line = _printed(bench_script, tmp_path, monkeypatch, capsys, {"seconds": 0.8, "status": 0})
    assert "0.80 s" in line and "CPU" not in line and "load" not in line
