"""Where the bundled resources (sample corpus, icons, stylesheet) live, in a checkout or a bundle."""
from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def sample_articles() -> Path:
    return resources_dir() / "sample"
