"""Two programs writing one corpus: the second waits for the first, says so, and both succeed.

Real processes, as a researcher would start them from two terminals (or the window and a script).
"""
from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

from hostile_files import SAMPLE_DIR
from test_importing import _article, _write_articles
from viewer.corpus.store import Corpus
from viewer.corpus.write_lock import WAITING

REPO = Path(__file__).resolve().parents[2]

HOLDING_IMPORT = """
import sys, time
from pathlib import Path
from viewer.corpus.importing import import_into, import_paths
from viewer.corpus.store import Corpus
from viewer.jobs import TaskState

corpus_path, folder, marker, release = sys.argv[1:]

def progress(done, total, path):
    if path == "saving":  # saving: inside the transaction, holding the write lock
        Path(marker).write_text("holding")
        deadline = time.monotonic() + 60
        while not Path(release).exists() and time.monotonic() < deadline:
            time.sleep(0.05)

print(len({call}.imported))
"""
INTO_EXISTING = "import_paths(Corpus(corpus_path, create=False), [folder], state=TaskState(progress))"
INTO_NEW = "import_into(corpus_path, [folder], state=TaskState(progress))"


LATE_IMPORT = """
import sys, time
from pathlib import Path
from viewer.corpus import store

decided, go = Path(sys.argv.pop(1)), Path(sys.argv.pop(1))
opening = store.Corpus.__init__

def after_the_other_began(self, *args, **kwargs):  # this import has decided the corpus is new
    decided.write_text("new")
    while not go.exists():
        time.sleep(0.05)
    opening(self, *args, **kwargs)

store.Corpus.__init__ = after_the_other_began
from viewer.cli import main
sys.exit(main(sys.argv[1:]))
"""


def _cli(*args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "viewer.cli", *args], cwd=REPO,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_a_second_import_waits_for_the_first_and_says_so(tmp_path):
    corpus_path = tmp_path / "shared.corpus"
    with Corpus(corpus_path) as corpus:
        corpus.db.execute("SELECT 1")
    first_folder = _write_articles(tmp_path / "first", 50)
    marker, release = tmp_path / "holding", tmp_path / "release"
    first = subprocess.Popen([sys.executable, "-c", HOLDING_IMPORT.format(call=INTO_EXISTING),
                              str(corpus_path), str(first_folder), str(marker), str(release)], cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    _wait_for(marker, first)
    second = _cli("import", str(corpus_path), str(SAMPLE_DIR))
    told = _stderr_until(second, WAITING)  # the first holds the lock until the second has said it waits
    release.write_text("go")
    first_out, first_err = first.communicate(timeout=120)
    second_out, second_err = second.communicate(timeout=120)
    second_err = told + second_err
    assert first.returncode == 0 and first_out.strip() == "50", first_err
    assert second.returncode == 0, second_err
    assert WAITING in second_err and "Imported 5 documents." in second_out
    with Corpus(corpus_path, create=False) as corpus:
        assert corpus.document_count() == 55


def _stderr_until(process: subprocess.Popen, text: str) -> str:
    """What the process wrote to stderr up to the line holding ``text``, or all of it if it ended first:
    however slowly a loaded machine starts the second program, the first still holds the lock."""
    lines = []
    for line in iter(process.stderr.readline, ""):
        lines.append(line)
        if text in line:
            break
    return "".join(lines)


def test_pairs_of_simultaneous_imports_all_succeed(tmp_path):
    folders = [_write_articles(tmp_path / f"batch{n}", 0) for n in range(2)]
    for n, folder in enumerate(folders):
        for k in range(120):
            (folder / f"n{k}.txt").write_text(_article(1000 * (n + 1) + k), encoding="utf-8")
    existing = tmp_path / "existing.corpus"
    Corpus(existing).close()
    for round_number, corpus_path in enumerate([existing, tmp_path / "created-by-both.corpus", existing]):
        pair = [_cli("import", str(corpus_path), str(folder)) for folder in folders]
        results = [process.communicate(timeout=300) for process in pair]
        for process, (out, err) in zip(pair, results):
            assert process.returncode == 0, (round_number, err)
            assert "locked" not in err and "Traceback" not in err, (round_number, err)
    with Corpus(existing, create=False) as corpus:
        assert corpus.document_count() == 240
    with Corpus(tmp_path / "created-by-both.corpus", create=False) as corpus:
        assert corpus.document_count() == 240


def test_a_second_first_import_given_up_loses_nothing_of_the_first(tmp_path):
    """Two imports decide at once that a corpus is new, and the second is interrupted (Ctrl-C; any
    failure did the same) while the first is saving: it must not take the first one's corpus with it."""
    corpus_path, first_folder = tmp_path / "new.corpus", _write_articles(tmp_path / "first", 20)
    decided, marker, release = tmp_path / "decided", tmp_path / "holding", tmp_path / "release"
    second = subprocess.Popen([sys.executable, "-c", LATE_IMPORT, str(decided), str(marker),
                               "import", str(corpus_path), str(SAMPLE_DIR)],
                              cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    _wait_for(decided, second)
    first = subprocess.Popen([sys.executable, "-c", HOLDING_IMPORT.format(call=INTO_NEW),
                              str(corpus_path), str(first_folder), str(marker), str(release)],
                             cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    _wait_for(marker, first)
    told = _stderr_until(second, WAITING)
    if second.poll() is None:
        second.send_signal(signal.SIGINT)
    second_out, second_err = second.communicate(timeout=120)
    release.write_text("go")
    first_out, first_err = first.communicate(timeout=120)
    assert first.returncode == 0 and first_out.strip() == "20", first_err
    assert second.returncode in (0, 130), told + second_err
    with Corpus(corpus_path, create=False) as corpus:
        assert corpus.document_count() == 20 + (5 if second.returncode == 0 else 0)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["decided", "first", "holding", "new.corpus", "release"]


def _wait_for(signal_file: Path, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + 60
    while not signal_file.exists() and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert signal_file.exists(), process.communicate()


def test_a_look_as_the_other_program_closes_the_corpus_is_not_a_crash(tmp_path, monkeypatch):
    """The writer's -wal file is there when the second program checks and gone when it measures it
    (the writer closed the corpus in between): the look goes on as for a file without one."""
    corpus_path = tmp_path / "shared.corpus"
    with Corpus(corpus_path) as corpus:
        corpus.db.execute("SELECT 1")
    seen = Path.exists
    monkeypatch.setattr(Path, "exists", lambda self: self.name.endswith("-wal") or seen(self))
    with Corpus(corpus_path, create=False) as corpus:
        assert corpus.document_count() == 0
