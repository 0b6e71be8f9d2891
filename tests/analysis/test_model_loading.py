"""A cancel is heard while the models load, not only once they have loaded."""
from __future__ import annotations

import threading

import pytest

from viewer.analysis.model_loading import load_heeding_cancel
from viewer.jobs import Cancelled, TaskState


def test_a_cancel_stops_the_wait_for_a_load_that_has_not_finished():
    release = threading.Event()
    state = TaskState()
    state.cancel()
    with pytest.raises(Cancelled, match="stopped while the models loaded"):
        load_heeding_cancel(lambda: release.wait(30), state, "stopped while the models loaded")
    assert not release.is_set()  # the load was still under way when the analysis stopped
    release.set()


def test_a_load_that_fails_says_so_on_the_analysis_s_thread():
    def broken() -> None:
        raise OSError("model file damaged")

    with pytest.raises(OSError, match="model file damaged"):
        load_heeding_cancel(broken, TaskState(), "stopped")


def test_a_finished_load_lets_the_analysis_go_on():
    loaded = []
    load_heeding_cancel(lambda: loaded.append(True), TaskState(), "stopped")
    assert loaded == [True]
