"""The bundle's start-up figures build/package.py records: wall and CPU seconds, under a load."""
from __future__ import annotations

import sys

import pytest


@pytest.mark.skipif(sys.platform == "win32", reason="Windows does not count a child's CPU time")
def test_a_run_counts_the_childs_cpu_seconds_as_well_as_the_wall_clock(package):
    busy = "import time\nend = time.process_time() + 0.3\nwhile time.process_time() < end: pass\nprint('done')"
    sleepy = "import time\ntime.sleep(0.3)\nprint('done')"

    working, waiting = (package.timed([sys.executable, "-c", code], {}) for code in (busy, sleepy))

    assert working["cpu_seconds"] >= 0.3 and working["seconds"] >= working["cpu_seconds"] - 0.05
    assert waiting["seconds"] >= 0.3 and waiting["cpu_seconds"] < working["cpu_seconds"]
    assert working["status"] == 0 and working["output"] == "done"
    assert working["load"] >= 0


def test_the_quickest_start_counts_and_every_start_is_kept(package):
    runs = [{"seconds": 2.4, "cpu_seconds": 0.9, "load": 9.0, "status": 0},
            {"seconds": 0.8, "cpu_seconds": 0.7, "load": 1.0, "status": 0},
            {"seconds": 1.1, "cpu_seconds": 0.7, "load": 1.5, "status": 0}]

    quickest = package.quickest(runs)

    assert quickest["seconds"] == 0.8 and quickest["cpu_seconds"] == 0.7 and quickest["load"] == 1.0
    assert quickest["starts"] == [2.4, 0.8, 1.1]
