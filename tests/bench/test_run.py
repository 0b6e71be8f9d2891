"""`make bench` runs every bench to the end, even when one needs a different Qt application or crashes."""
from __future__ import annotations

from pathlib import Path


def _bench(folder: Path, name: str, body: str) -> None:
    (folder / f"bench_{name}.py").write_text(f"def main():\n{body}\n\nif __name__ == '__main__':\n    main()\n")


def test_a_widget_bench_after_a_gui_only_bench_still_prints_its_figure(tmp_path, capfd, bench_script):
    # The PDF bench creates a QGuiApplication; in one process the viewer bench after it then
    # could not create a widget (Qt aborts the whole run).
    _bench(tmp_path, "a_pdf", "    from PySide6.QtGui import QGuiApplication\n    QGuiApplication([])\n    print('pdf figure')")
    _bench(tmp_path, "b_clicks", "    from PySide6.QtWidgets import QApplication, QWidget\n"
           "    app = QApplication.instance() or QApplication([])\n    QWidget()\n    print('click figure')")
    assert bench_script("run").main(folder=tmp_path) == 0
    out = capfd.readouterr().out
    assert "pdf figure" in out and "click figure" in out


def test_a_crashing_bench_is_named_and_the_next_one_still_runs(tmp_path, capfd, bench_script):
    _bench(tmp_path, "a_crash", "    import os, signal\n    os.kill(os.getpid(), signal.SIGABRT)")
    _bench(tmp_path, "b_fine", "    print('still measured')")
    assert bench_script("run").main(folder=tmp_path) == 1
    captured = capfd.readouterr()
    assert "still measured" in captured.out
    assert "bench_a_crash failed: killed by SIGABRT" in captured.out
    assert "benches that failed: bench_a_crash" in captured.err
