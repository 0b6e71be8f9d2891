"""The downloadable archive build/package.py makes beside the bundle folder."""
from __future__ import annotations

import importlib.util
import os
import sys
import tarfile
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "build" / "package.py"


@pytest.fixture
def package(tmp_path, monkeypatch):
    spec = importlib.util.spec_from_file_location("build_package", PACKAGE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    monkeypatch.setattr(module, "DIST", tmp_path)
    return module


@pytest.mark.skipif(sys.platform == "win32", reason="Windows gets a .zip beside its installer")
def test_the_archive_is_lzma_and_keeps_symlinks(package, tmp_path):
    bundle = tmp_path / "provenance"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / "_internal" / "libQt6Core.so.6").write_bytes(b"\x7fELF" + bytes(range(256)) * 64)
    os.symlink("libQt6Core.so.6", bundle / "_internal" / "libQt6Core.so")

    target = package.archive(bundle)

    assert target.name.endswith(".tar.xz") and target.read_bytes()[:6] == b"\xfd7zXZ\x00"
    with tarfile.open(target) as tar:
        link = tar.getmember("provenance/_internal/libQt6Core.so")
        assert link.issym() and link.linkname == "libQt6Core.so.6"
        assert tar.extractfile("provenance/_internal/libQt6Core.so.6").read()[:4] == b"\x7fELF"
