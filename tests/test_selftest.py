"""`provenance --selftest`: passes on a working checkout, names the step that fails."""
from __future__ import annotations

import pytest

from viewer import selftest


def test_selftest_passes_on_the_checkout(capsys, tmp_path, monkeypatch):
    report = tmp_path / "verdict.txt"
    monkeypatch.setenv("PROVENANCE_SELFTEST_REPORT", str(report))
    assert selftest.selftest() == 0
    line = capsys.readouterr().out.strip().splitlines()[-1]
    assert line.startswith("selftest passed: 5 documents, ")
    assert "claims" in line and "speakers" in line and "PDF" in line
    assert report.read_text(encoding="utf-8").strip() == line


def test_a_failing_step_is_named(capsys, monkeypatch):
    def broken(run):
        raise ModuleNotFoundError("No module named 'spacy.lang.en'")

    monkeypatch.setattr(selftest, "STEPS", [("sample articles", selftest._sample_articles), ("English pipeline", broken)])
    assert selftest.selftest() == 1
    captured = capsys.readouterr()
    assert captured.out.strip() == "selftest FAILED: English pipeline: ModuleNotFoundError: No module named 'spacy.lang.en'"
    assert "Traceback" in captured.err


def test_a_failed_check_says_what_was_expected(capsys, monkeypatch, tmp_path):
    monkeypatch.setattr(selftest, "sample_articles", lambda: tmp_path, raising=False)
    monkeypatch.setattr("viewer.resources.sample_articles", lambda: tmp_path)
    monkeypatch.setattr(selftest, "STEPS", [("sample articles", selftest._sample_articles)])
    assert selftest.selftest() == 1
    assert capsys.readouterr().out.strip() == f"selftest FAILED: sample articles: expected 5 sample articles in {tmp_path}, found 0"


def test_the_cli_runs_it(monkeypatch):
    from viewer.cli import main

    monkeypatch.setattr(selftest, "selftest", lambda: 7)
    assert main(["--selftest"]) == 7


@pytest.mark.parametrize("argv", [["provenance", "x.corpus"], ["provenance", "--selftest"]])
def test_runtime_hook_rewrites_only_a_lone_corpus_argument(argv, monkeypatch):
    import runpy
    import sys

    monkeypatch.setattr(sys, "argv", list(argv))
    monkeypatch.setattr(sys, "addaudithook", lambda hook: None)  # don't cut this test process off the network
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("QT_PLUGIN_PATH", raising=False)
    runpy.run_path(str(selftest.Path(__file__).resolve().parent.parent / "build" / "hooks" / "rthook_provenance.py"))
    expected = ["provenance", "open", "x.corpus"] if argv[1].endswith(".corpus") else argv
    assert sys.argv == expected
