"""A headless run of the window prints nothing Qt only says to itself."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_a_screenshot_run_prints_no_size_hint_warning(analysed_corpus_file, tmp_path):
    shot = tmp_path / "shot.png"
    run = subprocess.run(
        [sys.executable, "-m", "viewer.cli", "open", str(analysed_corpus_file), "--compare", "d1,d2",
         "--screenshot", str(shot), "--size", "1000x700"],
        cwd=REPO, capture_output=True, text=True, timeout=120, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    assert run.returncode == 0, run.stderr
    assert shot.stat().st_size > 0
    assert "propagateSizeHints" not in run.stderr + run.stdout
