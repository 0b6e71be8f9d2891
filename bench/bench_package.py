"""Figures of the last `make package` build (read from build/out/package-report.json; no rebuild).

Targets (issue 11, raised for the sentence-embedding model): < 300 MB unpacked, < 120 MB compressed,
start to window < 2 s. MB are decimal (10^6 bytes), as the targets read; MiB beside them.
"""
from __future__ import annotations

import json
from pathlib import Path

REPORT = Path(__file__).resolve().parent.parent / "build" / "out" / "package-report.json"
TARGETS = {"unpacked_mb": 300, "compressed_mb": 120, "window_seconds": 2}


def main() -> None:
    if not REPORT.exists():
        print("no package build yet: run `make package` (about 3 minutes) to measure the bundle")
        return
    figures = json.loads(REPORT.read_text())
    smoke = figures.get("smoke") or {}
    window_run = smoke.get("window") or {}
    window = window_run.get("seconds")
    print(f"bundle {figures['platform']} {figures['version']}")
    print(f"  unpacked    {figures['unpacked_mb']:7.1f} MB   (target < {TARGETS['unpacked_mb']} MB; {figures['unpacked_mib']} MiB)")
    if figures.get("compressed_mb") is not None:
        print(f"  compressed  {figures['compressed_mb']:7.1f} MB   (target < {TARGETS['compressed_mb']} MB; "
              f"{figures['compressed_mib']} MiB) {figures['archive']}")
    if window is not None:
        print(f"  start to window {window:5.2f} s    (target < {TARGETS['window_seconds']} s){_beside(window_run)}")
        print(f"  first start, building the sample corpus {smoke['first_window']['seconds']:5.2f} s")
    if smoke.get("selftest"):
        print(f"  --selftest {smoke['selftest']['seconds']:5.2f} s: {smoke['selftest']['verdict']}")
    print("  largest parts:")
    for part in figures["largest"]:
        print(f"    {part['mb']:7.1f} MB  {part['path']}")


def _beside(run: dict) -> str:
    """The start's CPU seconds and the load it ran under (reports from before they were kept have neither):
    on a shared machine the wall clock counts other programs' turns, the CPU seconds only the start's work."""
    parts = []
    if run.get("cpu_seconds") is not None:
        parts.append(f"CPU {run['cpu_seconds']:.2f} s")
    if run.get("load") is not None:
        parts.append(f"load average {run['load']:.1f}")
    if len(run.get("starts") or ()) > 1:
        parts.append(f"quickest of {', '.join(f'{s:.2f}' for s in run['starts'])} s")
    return f"; {'; '.join(parts)}" if parts else ""


if __name__ == "__main__":
    main()
