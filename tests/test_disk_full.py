"""A full disk reads "the disk is full" in every command, and keeps nothing half-written.

The disk is real: a small tmpfs mounted in a private mount namespace (``unshare -m``), so the
operating system itself runs out of space where SQLite, Python and Qt write. The tests skip
where mounting is not allowed (no root, no user namespaces).
"""
from __future__ import annotations

import functools
import os
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from tests.conftest import REPO, SAMPLE_DIR

FILL = 'dd if=/dev/zero of="$DISK/filler" bs=1k 2>/dev/null; true'
BAD_WORDS = ("disk I/O error", "Traceback", "could not be read back", "Exception ignored")


@functools.cache
def _mount_command() -> list[str] | None:
    """How to get a private mount namespace here: as root, or through a user namespace."""
    if shutil.which("unshare") is None:
        return None
    with tempfile.TemporaryDirectory() as where:
        for prefix in (["unshare", "--mount"], ["unshare", "--map-root-user", "--mount"]):
            probe = subprocess.run([*prefix, "mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", where],
                                   capture_output=True)
            if probe.returncode == 0:
                return prefix
    return None


def on_small_disk(tmp_path: Path, size_kb: int, script: str) -> str:
    """Run ``script`` (sh) with $DISK a fresh tmpfs of ``size_kb``; returns stdout and stderr."""
    prefix = _mount_command()
    if prefix is None:
        pytest.skip("cannot mount a small file system here (needs root or user namespaces)")
    disk = tmp_path / "disk"
    disk.mkdir(exist_ok=True)
    env = {**os.environ, "DISK": str(disk), "PY": sys.executable, "SAMPLE": str(SAMPLE_DIR),
           "ARTICLES": str(_articles(tmp_path)), "QT_QPA_PLATFORM": "offscreen",
           "PROVENANCE_DATA_DIR": str(tmp_path / "data")}
    body = f'mount -t tmpfs -o size={size_kb}k tmpfs "$DISK" && cd "{REPO}" && {script}'
    result = subprocess.run([*prefix, "sh", "-c", body], env=env, capture_output=True, text=True, timeout=600)
    return result.stdout + result.stderr


def _articles(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    if not folder.exists():
        folder.mkdir()
        for number in range(300):
            rng = random.Random(number)
            words = " ".join(f"{rng.choice(['convoy', 'mayor', 'ministry', 'siege'])}{rng.randint(0, 99999)}"
                             for _ in range(300))
            (folder / f"a{number:03d}.txt").write_text(f"Report {number}\n\n{words}.\n", encoding="utf-8")
    return folder


def assert_disk_full(output: str, marker: str) -> None:
    section = output.split(f"<{marker}>", 1)[1].split(f"</{marker}>", 1)[0]
    assert "the disk is full" in section, output
    assert "status=1" in section, output
    for word in BAD_WORDS:
        assert word not in section, output


def step(marker: str, command: str) -> str:
    """One command between markers, with its exit status, so each can be checked on its own."""
    return f'echo "<{marker}>"; {command} 2>&1; echo "status=$?"; echo "</{marker}>"'


@pytest.mark.parametrize("size_kb", [64, 256])
def test_a_first_import_on_a_full_disk_says_so_and_leaves_no_corpus(tmp_path, size_kb):
    output = on_small_disk(tmp_path, size_kb, " ; ".join([
        step("import", '$PY -m viewer.cli import "$DISK/new.corpus" "$ARTICLES"'),
        'echo "left: $(ls -A "$DISK")"',
    ]))
    assert_disk_full(output, "import")
    assert "left: \n" in output or output.rstrip().endswith("left:"), output


@pytest.mark.parametrize("free_kb", [0, 48])
def test_import_into_a_corpus_on_a_full_disk_keeps_what_it_had(tmp_path, free_kb):
    output = on_small_disk(tmp_path, 2048, " ; ".join([
        '$PY -m viewer.cli import "$DISK/c.corpus" "$SAMPLE" >/dev/null',
        FILL, f'rm -f "$DISK/filler"; dd if=/dev/zero of="$DISK/filler" bs=1k count=$(( $(df -k "$DISK" | '
        f"awk 'NR==2 {{print $4}}') - {free_kb} )) 2>/dev/null",
        step("import", '$PY -m viewer.cli import "$DISK/c.corpus" "$ARTICLES"'),
        'rm -f "$DISK/filler"',
        'echo "count: $($PY -m viewer.cli list "$DISK/c.corpus" | wc -l)"',
    ]))
    assert_disk_full(output, "import")
    assert "count: 5" in output, output


def test_analysis_json_and_pdf_exports_on_a_full_disk_say_so(tmp_path):
    output = on_small_disk(tmp_path, 4096, " ; ".join([
        '$PY -m viewer.cli import "$DISK/c.corpus" "$SAMPLE" >/dev/null',
        FILL,
        step("analyze", '$PY -m viewer.cli analyze "$DISK/c.corpus"'),
        step("json", '$PY -m viewer.cli export "$DISK/c.corpus" -o "$DISK/out.json"'),
        step("pdf", '$PY -m viewer.cli export "$DISK/c.corpus" --format pdf -o "$DISK/out.pdf"'),
        step("csv", '$PY -m viewer.cli export "$DISK/c.corpus" --format csv -o "$DISK/out.csv"'),
        'echo "left: $(ls -A "$DISK" | grep -v -e "^c.corpus" -e "^filler$" | tr "\\n" " ")"',
    ]))
    for marker in ("analyze", "json", "pdf", "csv"):
        assert_disk_full(output, marker)
    assert "left: \n" in output or output.rstrip().endswith("left:"), output


def test_standard_output_on_a_full_device_is_a_message_not_a_traceback(tmp_path, capsys):
    from viewer.cli import main

    corpus = tmp_path / "c.corpus"
    assert main(["import", str(corpus), str(SAMPLE_DIR)]) == 0
    for argv in (["export", str(corpus), "--format", "json"], ["export", str(corpus), "--format", "csv"],
                 ["list", str(corpus)]):
        with open("/dev/full", "w") as full:
            result = subprocess.run([sys.executable, "-m", "viewer.cli", *argv], stdout=full, stderr=subprocess.PIPE,
                                    text=True, cwd=REPO, timeout=120)
        assert result.returncode == 1, (argv, result.stderr)
        assert "the disk is full" in result.stderr, (argv, result.stderr)
        for word in BAD_WORDS:
            assert word not in result.stderr, (argv, result.stderr)
