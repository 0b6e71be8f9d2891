"""Run every bench/bench_*.py and print its figures, with the machine they were measured on.

Each bench runs in its own interpreter: Qt allows one application object per process (the PDF
bench makes a GUI-only one, the viewer bench needs widgets), and a bench that crashes, even by a
signal, must not take the figures of the benches after it down with it.
"""
from __future__ import annotations

import os
import platform
import signal
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent


def machine() -> str:
    try:
        import psutil

        memory = f"{psutil.virtual_memory().total / 2**30:.0f} GiB"
    except ImportError:
        memory = "? GiB"
    return f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, {memory}, Python {platform.python_version()}, {platform.system()}"


def load() -> str:
    """The load average: other programs on the machine slow every figure a bench takes."""
    one, five, _ = os.getloadavg()
    return f"load average {one:.1f} (1 min), {five:.1f} (5 min) on {os.cpu_count()} cores"


def why(returncode: int) -> str:
    """A bench's exit status in words: a signal by its name (SIGABRT is Qt refusing something)."""
    if returncode < 0:
        return f"killed by {signal.Signals(-returncode).name}"
    return f"exit status {returncode}"


def main(only: Sequence[str] = (), folder: Path = HERE) -> int:
    failed: list[str] = []
    print(f"machine: {machine()}", flush=True)
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    for path in sorted(folder.glob("bench_*.py")):
        if only and path.stem.removeprefix("bench_") not in only:
            continue
        print(f"\n== {path.stem}", flush=True)
        returncode = subprocess.run([sys.executable, str(path)], cwd=folder, env=env).returncode
        if returncode != 0:
            print(f"{path.stem} failed: {why(returncode)}", flush=True)
            failed.append(path.stem)
    if failed:
        print(f"\nbenches that failed: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
