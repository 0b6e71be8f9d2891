"""The files the application reads beside its code (sample corpus, fitted attribution tables,
fonts, icons, licences): this package's own folder, so a checkout, an installed wheel and a
Dask worker's `pip install` all carry them; the desktop bundle copies them to its `resources`."""
from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent


def sample_articles() -> Path:
    return resources_dir() / "sample"
