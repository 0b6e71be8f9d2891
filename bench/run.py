"""Run every bench/bench_*.py and print its figures, with the machine they were measured on."""
from __future__ import annotations

import importlib.util
import os
import platform
import sys
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))


def machine() -> str:
    try:
        import psutil

        memory = f"{psutil.virtual_memory().total / 2**30:.0f} GiB"
    except ImportError:
        memory = "? GiB"
    return f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, {memory}, Python {platform.python_version()}, {platform.system()}"


def main() -> None:
    only = set(sys.argv[1:])
    failed: list[str] = []
    print(f"machine: {machine()}")
    for path in sorted(HERE.glob("bench_*.py")):
        if only and path.stem.removeprefix("bench_") not in only:
            continue
        print(f"\n== {path.stem}")
        spec = importlib.util.spec_from_file_location(path.stem, path)
        module = importlib.util.module_from_spec(spec)
        try:
            spec.loader.exec_module(module)
            module.main()
        except Exception:  # one broken bench must not hide the others' figures
            traceback.print_exc()
            failed.append(path.stem)
    if failed:
        sys.exit(f"benches that failed: {', '.join(failed)}")


if __name__ == "__main__":
    main()
