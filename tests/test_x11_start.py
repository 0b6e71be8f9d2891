"""`provenance open --sample` maps its window on a bare X server, not only offscreen.

Qt's xcb platform needs libraries a fresh Debian lacks (libxcb-cursor0 among them); the
Makefile installs them and Xvfb. The test starts Xvfb, opens the window the way `make run`
does and waits for X to report the window viewable. It skips only where Xvfb is not installed.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.skipif(
    shutil.which("Xvfb") is None or shutil.which("xwininfo") is None,
    reason="Xvfb or xwininfo is not installed (make test installs xvfb and x11-utils with apt-get)",
)


@pytest.fixture
def x_display(tmp_path):
    """A private Xvfb display; its number is chosen by the server (-displayfd), so runs never collide."""
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
                              pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    assert number, "Xvfb did not start"
    yield f":{number}"
    server.terminate()
    server.wait(timeout=10)


def _windows(display: str) -> str:
    return subprocess.run(["xwininfo", "-display", display, "-root", "-tree"], capture_output=True, text=True).stdout


def test_the_window_maps_on_a_bare_x_server(x_display, sample_corpus_file, tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(sample_corpus_file, data / "sample.corpus")  # first-start analysis is tested elsewhere
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env.update(DISPLAY=x_display, PROVENANCE_DATA_DIR=str(data), XDG_CONFIG_HOME=str(tmp_path / "config"))
    app = subprocess.Popen([sys.executable, "-m", "viewer.cli", "open", "--sample"], cwd=REPO, env=env,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 90
        state = ""
        while time.monotonic() < deadline and app.poll() is None and "Map State: IsViewable" not in state:
            # The main window's title names the corpus (Qt's own 1x1 leader window is titled after the app).
            title = next((line for line in _windows(x_display).splitlines() if "sample.corpus — Provenance Viewer" in line), None)
            if title:
                state = subprocess.run(["xwininfo", "-display", x_display, "-id", title.split()[0]],
                                       capture_output=True, text=True).stdout
            time.sleep(0.3)
        assert app.poll() is None, f"the app exited: {app.communicate()[1][-2000:]}"
        assert "Map State: IsViewable" in state, state or "no Provenance Viewer window appeared on the X server"
        width = int(next(line for line in state.splitlines() if "Width:" in line).split()[-1])
        assert width > 600, state
    finally:
        app.terminate()
        _out, err = app.communicate(timeout=30)
    assert "could not load the Qt platform plugin" not in err.lower(), err
    assert "xcb-cursor0" not in err, err
