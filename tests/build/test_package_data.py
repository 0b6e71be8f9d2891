"""Every data file the code reads ships in the wheel, not only in a checkout.

setuptools puts only modules in a wheel unless pyproject's package-data names the other files;
a Dask worker installed with `pip install '.[cluster]'` (README) then lacked the fitted verifier
and the attribution tables. Checked against the configuration, as building a wheel needs the network.
"""
from __future__ import annotations

import tomllib
from pathlib import Path

from tests.conftest import REPO


def _shipped() -> set[Path]:
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    shipped: set[Path] = set()
    for package, patterns in config["tool"]["setuptools"]["package-data"].items():
        folder = REPO.joinpath(*package.split("."))
        for pattern in patterns:
            shipped.update(p for p in folder.glob(pattern) if p.is_file())
    return shipped


def _data_files() -> list[Path]:
    return [p for p in (REPO / "viewer").rglob("*")
            if p.is_file() and p.suffix not in (".py", ".pyc") and "__pycache__" not in p.parts]


def test_every_data_file_under_the_package_is_in_its_package_data():
    missing = sorted(str(p.relative_to(REPO)) for p in set(_data_files()) - _shipped())
    assert not missing, f"not in pyproject's [tool.setuptools.package-data], so not in a wheel: {missing}"


def test_the_files_the_analysis_reads_are_among_them():
    names = {p.relative_to(REPO).as_posix() for p in _shipped()}
    for wanted in ("viewer/analysis/claims/verifier.json", "viewer/analysis/claims/pieces_projection.safetensors",
                   "viewer/resources/attribution/cues.json",
                   "viewer/resources/attribution/classes.json", "viewer/resources/attribution/written.json"):
        assert wanted in names
