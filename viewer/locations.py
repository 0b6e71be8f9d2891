"""Where the application keeps the researcher's data on each system."""
from __future__ import annotations

import os
import sys
from pathlib import Path


def data_dir() -> Path:
    """Per-user data folder; PROVENANCE_DATA_DIR overrides it (tests, portable installs)."""
    override = os.environ.get("PROVENANCE_DATA_DIR")
    if override:
        return Path(override)
    home = Path.home()
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA", home / "AppData" / "Roaming")) / "Provenance Viewer"
    if sys.platform == "darwin":
        return home / "Library" / "Application Support" / "Provenance Viewer"
    return Path(os.environ.get("XDG_DATA_HOME", home / ".local" / "share")) / "provenance-viewer"


def sample_corpus_path() -> Path:
    return data_dir() / "sample.corpus"
