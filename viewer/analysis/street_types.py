"""The words that end a street's name as written ("Street", "Ave", "Drive"), read from police blocks of the GVA crawl
(``street_types.json``, ``training/count_street_types.py``). Figures tell a house number by them and speakers
know that a street never speaks, so both read this one table."""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=1)
def street_types() -> frozenset[str]:
    return frozenset(json.loads(Path(__file__).with_name("street_types.json").read_text(encoding="utf-8"))["words"])
