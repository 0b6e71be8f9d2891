"""Two programs writing one corpus: the second waits for the first, says so, and both succeed.

Real processes, as a researcher would start them from two terminals (or the window and a script).
"""
from __future__ import annotations

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
from viewer.corpus.importing import import_paths
from viewer.corpus.store import Corpus
from viewer.jobs import TaskState

corpus_path, folder, marker, release = sys.argv[1:]

def progress(done, total, path):
    if path == "saving":  # saving: inside the transaction, holding the write lock
        Path(marker).write_text("holding")
        deadline = time.monotonic() + 60
        while not Path(release).exists() and time.monotonic() < deadline:
            time.sleep(0.05)

print(len(import_paths(Corpus(corpus_path, create=False), [folder], state=TaskState(progress)).imported))
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
    first = subprocess.Popen([sys.executable, "-c", HOLDING_IMPORT, str(corpus_path), str(first_folder), str(marker), str(release)],
                             cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while not marker.exists() and first.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert marker.exists(), first.communicate()
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
