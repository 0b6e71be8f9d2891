"""Titles written before a person's name, whole or abbreviated ("Mr.", "Sgt.", "Ald."): they say the office, not who
holds it. Read where a sentence ends in raw text (`sentence_ends`: a title's stop ends none) and where a name is
read (`analysis.speakers.names`, `analysis.person_names`)."""
from __future__ import annotations

import json

from viewer.resources import resources_dir


def counted_titles() -> frozenset[str]:
    """Abbreviated titles news writes before speakers' names beyond the usual ones ("Ald. Raymond Lopez said"),
    lower case: ``attribution/titles.json`` (``training/count_titles.py``, counted on the GVA crawl)."""
    table = json.loads((resources_dir() / "attribution" / "titles.json").read_text(encoding="utf-8"))
    return frozenset(title.lower() for title in table["titles"])


# titles written before a name, whole or abbreviated (and the local ones counted in news, ``counted_titles``)
TITLES = counted_titles() | frozenset("""mr mrs ms miss dr sir dame lord lady madam gov governor sen senator rep
representative lt lieutenant sgt sergeant gen general col colonel capt captain cpl corporal adm admiral prof
professor rev president vice prime minister secretary chief justice judge mayor ambassador det detective supt insp
deputy state former acting""".split())
