"""How long the window's event loop stalls while File → Export writes a PDF of a whole corpus.

The window's thread is sampled by a 10 ms timer; the figure is the longest gap between two ticks while the export
runs, beside the export's wall time. With ``--churn``, the window's thread meanwhile makes and deletes, every 5 ms,
a Python subclass of QPropertyAnimation with a Python override (a finished dock animation is what hung an export on
a thread, CI session 33). Usage: ``bench/bench_window_export.py [CORPUS] [--churn] [--screenshot PNG]``, CORPUS
imported and analysed; without one, `bench_export`'s 60 generated articles.

Measured (session 34, 2 cores shared with six other sessions, load ~4): BASIL 60 articles (bench/basil.py's first draw,
imported and analysed: 160 claims, a 323-page PDF in 22-32 s):
  export on a thread of the window (main bf335ad): longest stall 632 ms, 49 stalls over 100 ms, 727 ticks in 23 s;
    with --churn 652 ms, 52 stalls, 544 ticks (no hang in that run: the race is rare).
  export as its own process (threads34): longest stall 232 and 47 ms in two runs, 1 and 0 stalls over 100 ms, ~2,080
    ticks in 23 s; with --churn 76 ms, 0 stalls.
Laying out one section on the window's thread instead (sliced export) would stall it as long as that section's
layout: the BASIL source index took 8.9 s of a 16 s command-line export.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", help="an analysed corpus (default: 60 generated articles)")
    parser.add_argument("--churn", action="store_true", help="delete Python-wrapped animations during the export")
    parser.add_argument("--screenshot", help="save the window, mid-export, to this PNG")
    args = parser.parse_args()
    from PySide6.QtCore import QByteArray, QEventLoop, QPropertyAnimation, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from viewer.corpus.store import Corpus
    from viewer.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        if args.corpus is None:
            from bench_export import make_corpus

            args.corpus = Path(folder) / "generated.corpus"
            make_corpus(args.corpus, 60)
        corpus = Corpus(args.corpus, create=False)
        window = MainWindow(corpus, QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat))
        window.resize(1400, 900)
        window.show()
        window.compare([])  # nothing open: the whole corpus is exported
        app.processEvents()
        ticks: list[float] = []
        sampler = QTimer(interval=10, timeout=lambda: ticks.append(time.perf_counter()))

        class Fading(QPropertyAnimation):
            def updateCurrentValue(self, value) -> None:  # a Python override, called by Qt with the GIL
                pass

        def churn() -> None:
            animation = Fading(window, QByteArray(b"windowOpacity"))
            animation.setDuration(1)
            animation.setEndValue(1.0)
            animation.start(QPropertyAnimation.DeletionPolicy.DeleteWhenStopped)

        churner = QTimer(interval=5, timeout=churn)
        shot = QTimer(singleShot=True, interval=3000,
                      timeout=lambda: window.grab().save(args.screenshot) if args.screenshot else None)
        started = time.perf_counter()
        task = window.jobs.export_to(str(Path(folder) / "corpus.pdf"))
        loop = QEventLoop()
        task.done.connect(lambda ok, message: (print(("" if ok else "FAILED: ") + message), loop.quit()))
        sampler.start()
        shot.start()
        if args.churn:
            churner.start()
        loop.exec()
        sampler.stop()
        churner.stop()
        wall = time.perf_counter() - started
        gaps = [b - a for a, b in zip(ticks, ticks[1:])]
        longest = max(range(len(gaps)), key=gaps.__getitem__)
        print(f"export {wall:.1f} s; event-loop ticks {len(ticks)}; longest stall {gaps[longest] * 1000:.0f} ms"
              f" ({ticks[longest] - started:.1f} s in); stalls over 100 ms {sum(g > 0.1 for g in gaps)}")
        window.close()
        corpus.close()


if __name__ == "__main__":
    main()
