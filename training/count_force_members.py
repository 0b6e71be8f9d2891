"""Write the nouns that name a police force's or sheriff's office's members: "officers", "deputies", "detectives".

    python training/count_force_members.py GVA_CRAWL [--also FOLDER] [--out viewer/resources/attribution/force_members.json]

A report that tells what the police did ("Benton officers responded to the 1200 block…", "Investigators have not
released a motive") names in its own sentence whom it has that from, as another report's "according to the Benton
Police Department" does: the discrepancy stage must read such a sentence's subject as the source's own, which needs
to know which nouns stand for a force's members. A noun is kept from the crawl, not from a hand list: a common noun
whose usual sense is a person (attribution/person_nouns.json, WordNet) written right after a force's word
(``speakers.resolution.FORCE_SUFFIXES``: "police", "sheriff", "sheriff's") at least ``LEAST`` times in the singular
and ``LEAST`` times in the plural ("police officer", "sheriff's deputies"): a body's members are one or several
acting for it. The plural keeps out a verb after "police" that WordNet also lists as a person ("police have", "police
suspect", "police chased") and a body's one office holder ("police chief", "police spokesman"), who is a named
person, not the body acting.
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from training.count_person_nouns import NOTICE  # noqa: E402
from training.count_tables import crawl_and_folder_texts, crawl_arguments, write_table  # noqa: E402
from viewer.analysis.force_members import noun_and_number  # noqa: E402
from viewer.analysis.speakers.resolution import FORCE_SUFFIXES  # noqa: E402

LEAST = 3
_FORCE_WORD = re.compile(rf"\b(?:{'|'.join(FORCE_SUFFIXES)})(?:['’]s)?\s+([a-z]+)\b", re.IGNORECASE)
def forms_after_forces(texts: Iterable[str], nouns: frozenset[str]) -> Counter:
    """How often each person noun follows a force's word, by (noun, plural)."""
    found: Counter = Counter()
    for text in texts:
        for hit in _FORCE_WORD.finditer(text):
            if hit.group(1).islower():
                noun, plural = noun_and_number(hit.group(1), nouns)
                if noun in nouns:
                    found[(noun, plural)] += 1
    return found


def members(forms: Counter) -> dict[str, dict[str, int]]:
    """The nouns seen at least `LEAST` times in each number after a force's word, with both counts."""
    nouns = sorted({noun for noun, _plural in forms})
    return {noun: {"singular": forms[(noun, False)], "plural": forms[(noun, True)]} for noun in nouns
            if forms[(noun, False)] >= LEAST and forms[(noun, True)] >= LEAST}


def main(argv: list[str] | None = None) -> None:
    parser = crawl_arguments(__doc__.splitlines()[0],
                             ROOT / "viewer" / "resources" / "attribution" / "force_members.json")
    ns = parser.parse_args(argv)
    texts, data = crawl_and_folder_texts(ns)
    nouns = frozenset(json.loads((ROOT / "viewer" / "resources" / "attribution" / "person_nouns.json")
                                 .read_text(encoding="utf-8"))["nouns"])
    forms = forms_after_forces(texts, nouns)
    provenance = {
        "data": f"{data}; person nouns: viewer/resources/attribution/person_nouns.json (WordNet 3.0, "
                "training/count_person_nouns.py)",
        "rule": f"a person noun written right after a force's word ({', '.join(FORCE_SUFFIXES)}, with or without "
                f"'s) at least {LEAST} times in the singular and {LEAST} in the plural",
        "licence": f"WordNet 3.0 licence (permission to use, copy, modify and distribute with this notice): {NOTICE}",
        "counts": "members: {noun: {singular: times after a force's word, plural: times}}",
        "forces": ", ".join(FORCE_SUFFIXES),
    }
    write_table(ns.out, "count_force_members.py", provenance, "members", members(forms))


if __name__ == "__main__":
    main()
