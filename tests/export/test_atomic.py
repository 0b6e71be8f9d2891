"""Where exports land: never over a device node, with the target's permissions, and no leftovers.

Device nodes are made in the test's own folder (mknod, as root): a regression must never be
able to replace the machine's real /dev/full or /dev/null.
"""
from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from tests.conftest import REPO, SAMPLE_DIR
from viewer.cli import main
from viewer.export.atomic import ExportError, atomic_path, write_text


@pytest.fixture
def corpus_file(tmp_path) -> Path:
    path = tmp_path / "c.corpus"
    assert main(["import", str(path), str(SAMPLE_DIR)]) == 0
    return path


def device(tmp_path: Path, name: str, major: int, minor: int) -> Path:
    path = tmp_path / name
    try:
        os.mknod(path, 0o666 | stat.S_IFCHR, os.makedev(major, minor))
    except PermissionError:
        pytest.skip("making a device node needs root")
    return path


def node(path: Path) -> tuple[bool, int]:
    info = path.lstat()
    return stat.S_ISCHR(info.st_mode), info.st_rdev


def test_export_to_a_full_device_says_the_disk_is_full_and_keeps_the_device(corpus_file, tmp_path, capsys):
    full = device(tmp_path, "full", 1, 7)
    before = node(full)
    capsys.readouterr()
    assert main(["export", str(corpus_file), "--format", "json", "-o", str(full)]) == 1
    assert "the disk is full" in capsys.readouterr().err
    assert node(full) == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".full")] == []


def test_export_through_a_null_device_and_a_named_pipe(corpus_file, tmp_path):
    null = device(tmp_path, "null", 1, 3)
    assert main(["export", str(corpus_file), "--format", "json", "-o", str(null)]) == 0
    assert node(null) == (True, os.makedev(1, 3))

    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    received = []
    reader = threading.Thread(target=lambda: received.append(pipe.read_bytes()))
    reader.start()
    assert main(["export", str(corpus_file), "--format", "json", "-o", str(pipe)]) == 0
    reader.join(timeout=60)
    assert stat.S_ISFIFO(pipe.lstat().st_mode)
    assert json.loads(received[0])["format"] == "provenance-corpus/1"


def test_a_symlink_stays_a_link_to_the_new_export(corpus_file, tmp_path):
    (tmp_path / "reports").mkdir()
    real = tmp_path / "reports" / "latest.json"
    real.write_text("old")
    link = tmp_path / "latest.json"
    link.symlink_to(real)
    assert main(["export", str(corpus_file), "-o", str(link)]) == 0
    assert link.is_symlink() and json.loads(real.read_text())["format"] == "provenance-corpus/1"


def test_temporary_files_take_the_targets_mode(tmp_path):
    private = tmp_path / "private.json"
    private.write_text("{}")
    private.chmod(0o600)
    with atomic_path(private) as temporary:
        assert stat.S_IMODE(temporary.stat().st_mode) == 0o600
        temporary.write_text("{\"new\": 1}")
    assert stat.S_IMODE(private.stat().st_mode) == 0o600 and private.read_text() == "{\"new\": 1}"

    shared = tmp_path / "shared.json"
    shared.write_text("{}")
    shared.chmod(0o664)
    write_text(shared, lambda out: out.write("{}"))
    assert stat.S_IMODE(shared.stat().st_mode) == 0o664

    old = os.umask(0o027)
    try:
        write_text(tmp_path / "new.json", lambda out: out.write("{}"))
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "new.json").stat().st_mode) == 0o640


KILLED_EXPORT = """
import sys, time
from pathlib import Path
from viewer.export.atomic import atomic_path
from viewer.export.scratch import scratch_file

target, marker = Path(sys.argv[1]), Path(sys.argv[2])
with atomic_path(target) as part, scratch_file(part.parent, target, ".qt.pdf") as painted:
    part.write_text("half an export")
    painted.write_bytes(b"%PDF-1.7 half a page")
    marker.write_text("writing")
    time.sleep(120)
"""


def _exporting(target: Path, marker: Path) -> subprocess.Popen:
    child = subprocess.Popen([sys.executable, "-c", KILLED_EXPORT, str(target), str(marker)], cwd=REPO)
    deadline = time.monotonic() + 60
    while not marker.exists() and child.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert marker.exists(), "the exporting child never started writing"
    return child


def _ours(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir() if p.name.startswith(".report.pdf.")}


def test_a_killed_exports_leftovers_are_cleaned_by_the_next_export_but_a_running_ones_are_not(corpus_file, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    target = out / "report.pdf"
    killed = _exporting(target, tmp_path / "killed")
    killed.send_signal(signal.SIGKILL)
    killed.wait(timeout=30)
    leftovers = _ours(out)
    assert {Path(name).suffixes[-1] for name in leftovers} == {".part", ".pdf"} and len(leftovers) == 2

    running = _exporting(target, tmp_path / "running")
    try:
        live = _ours(out) - leftovers
        assert len(live) == 2
        with atomic_path(target) as temporary:
            temporary.write_text("a finished export")
        assert _ours(out) == live  # the dead export's files are gone, the running one's kept
        assert target.read_text() == "a finished export"
    finally:
        running.send_signal(signal.SIGKILL)
        running.wait(timeout=30)


def test_a_folder_as_target_is_refused(tmp_path):
    with pytest.raises(ExportError, match="is a folder"):
        with atomic_path(tmp_path):
            pass
