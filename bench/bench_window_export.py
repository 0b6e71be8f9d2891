"""How long the window's event loop stalls while File → Export writes a PDF of a whole corpus.

The window's thread is sampled by a 10 ms timer; the figure is the longest gap between two ticks while the export
runs, beside the export's wall time. With ``--churn``, the window's thread meanwhile makes and deletes, every 5 ms,
a Python subclass of QPropertyAnimation with a Python override (a finished dock animation is what hung an export on
a thread, CI session 33). Usage: ``bench/bench_window_export.py CORPUS [--churn] [--screenshot PNG]``, CORPUS
imported and analysed (e.g. /work/data/q/sets/basil/docs, 60 articles, by `provenance import` and `analyse`).
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus")
    parser.add_argument("--churn", action="store_true", help="delete Python-wrapped animations during the export")
    parser.add_argument("--screenshot", help="save the window, mid-export, to this PNG")
    args = parser.parse_args()
    from PySide6.QtCore import QByteArray, QEventLoop, QPropertyAnimation, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from viewer.corpus.store import Corpus
    from viewer.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
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
