"""A corpus on a read-only folder (a shared drive, a colleague's USB stick) opens for reading.

Permissions do not stop root, so when the tests run as root the commands run as `nobody`
(through setpriv) in real subprocesses: the file system refuses the writes, not our code.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from hostile_corpora import fingerprint, normal_corpus

REPO = Path(__file__).resolve().parents[2]

WINDOW = """
import sys
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from viewer.app import open_window

app = QApplication([])
window, error = open_window(sys.argv[1], False, None, None, QSettings(sys.argv[2], QSettings.Format.IniFormat))
print(error)
print(window.corpus.read_only, window.corpus.document_count())
print(window.windowTitle())
print(window.read_only_note.text(), window.read_only_note.isHidden())
window.notes_panel.set_target("document", "1", "d1")
print("note can be saved:", window.notes_panel.save_button.isEnabled())
task = window.jobs.import_paths([sys.argv[3]])
task.done.connect(lambda ok, message: print("import:", ok, message.splitlines()[0]))
task.done.connect(app.quit)
app.exec()
window.corpus.close()
"""


@pytest.fixture
def shelf():
    """A folder anyone may enter (tmp_path is private to root), removed afterwards."""
    folder = Path(tempfile.mkdtemp(prefix="provenance-ro-"))
    folder.chmod(0o755)
    (folder / "mine").mkdir(mode=0o777)
    (folder / "mine").chmod(0o777)
    yield folder
    for path in [folder, *folder.rglob("*")]:
        path.chmod(0o777 if path.is_dir() else 0o666)
    shutil.rmtree(folder)


@pytest.fixture
def read_only_corpus(shelf, tmp_path) -> Path:
    source = normal_corpus(tmp_path / "c.corpus")  # WAL mode, closed cleanly: no -wal file
    folder = shelf / "readonly"
    folder.mkdir()
    target = folder / "c.corpus"
    shutil.copy(source, target)
    target.chmod(0o444)
    folder.chmod(0o555)
    return target


def as_reader(args: list[str], shelf: Path) -> subprocess.CompletedProcess:
    """Run ``python args`` as an unprivileged user, so folder permissions apply."""
    env = {
        **os.environ, "HOME": str(shelf / "mine"), "PROVENANCE_DATA_DIR": str(shelf / "mine" / "data"),
        "XDG_CONFIG_HOME": str(shelf / "mine" / "config"), "XDG_RUNTIME_DIR": str(shelf / "mine"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    command = [sys.executable, *args]
    if os.geteuid() == 0:
        if not shutil.which("setpriv"):
            pytest.skip("running as root without setpriv: cannot drop privileges to test permissions")
        command = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", *command]
    return subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, timeout=300)


def test_list_and_export_work_and_say_read_only(read_only_corpus, shelf):
    before = fingerprint(read_only_corpus)
    listed = as_reader(["-m", "viewer.cli", "list", str(read_only_corpus)], shelf)
    assert listed.returncode == 0, listed.stderr
    assert len(listed.stdout.splitlines()) == 5
    assert "is read-only; it is open for reading only" in listed.stderr
    out = shelf / "mine" / "out.json"
    exported = as_reader(["-m", "viewer.cli", "export", str(read_only_corpus), "-o", str(out)], shelf)
    assert exported.returncode == 0, exported.stderr
    assert '"provenance-corpus/1"' in out.read_text(encoding="utf-8")
    assert fingerprint(read_only_corpus) == before


@pytest.mark.parametrize("argv", [["import", "{corpus}", "{sample}"], ["analyze", "{corpus}"],
                                  ["correct", "{corpus}", "merge-speakers", "A B", "C D"]])
def test_writes_are_refused_with_a_clear_message(read_only_corpus, shelf, argv):
    from hostile_files import SAMPLE_DIR

    before = fingerprint(read_only_corpus)
    args = [part.format(corpus=read_only_corpus, sample=SAMPLE_DIR) for part in argv]
    result = as_reader(["-m", "viewer.cli", *args], shelf)
    assert result.returncode == 1
    assert "is read-only (the file or its folder cannot be written): nothing was changed" in result.stderr
    assert "Traceback" not in result.stderr
    assert fingerprint(read_only_corpus) == before


def test_the_window_opens_it_for_reading_and_says_so(read_only_corpus, shelf):
    before = fingerprint(read_only_corpus)
    from hostile_files import SAMPLE_DIR

    result = as_reader(["-c", WINDOW, str(read_only_corpus), str(shelf / "mine" / "settings.ini"), str(SAMPLE_DIR)],
                       shelf)
    assert result.returncode == 0, result.stderr
    error, state, title, message, note, imported = result.stdout.splitlines()[:6]
    assert error == "None" and state == "True 5"
    assert title.startswith("c.corpus [read-only]")
    assert message == "c.corpus is read-only: it is open for reading False"  # the status bar's lasting note, shown
    assert note == "note can be saved: False"
    assert imported.startswith("import: False") and "is read-only" in imported and "Traceback" not in result.stdout
    assert fingerprint(read_only_corpus) == before
