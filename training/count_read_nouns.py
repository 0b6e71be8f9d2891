"""Count the nouns news writes as the subject of a "read" whose words are quoted, and write those of a thing
words are written on.

    python training/count_read_nouns.py GVA_CRAWL --polnear POLNEAR_PREPARED [--min 2]
        [--out viewer/resources/attribution/read_nouns.json]

'"…," the statement read.', 'A sign on the door read: "Closed."', 'a shirt that read "Justice for Jamal"': a thing
with words on it speaks them with "read", as a person does with "said"; a person reading ("he read the statement",
'"Guilty," the judge read') reads another's words. Each paragraph of the GVA crawl and of PolNeAR train's ``fit``
part holding "read" or "reads" beside a quotation mark is parsed; a "read" counts when a quotation opens right after
it (past a colon or comma) or closes right before its subject, and its subject (or the noun a relative "that read"
hangs from) is a common noun. The table keeps the nouns counted at least ``--min`` times that are not a kind of
person (``person_nouns.json``), with their counts in each corpus; the counts of the nouns the analysis takes as
written things on its own (``written.json``, ``communication_nouns.json``) are listed beside them, so how much of
the class each table covers can be read from the file.
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from training.count_tables import GVA_CRAWL, crawl_texts, write_table  # noqa: E402
from training.polnear_parts import part_of  # noqa: E402
from viewer.analysis.attribution.read_cues import quoted_beside, reader  # noqa: E402
from viewer.analysis.speakers.kinds import communication_nouns, names_person, written_nouns  # noqa: E402

_READ = re.compile(r"\breads?\b")


def quoted_read_subjects(doc) -> Iterable[str]:
    """The lemma of each common noun that reads quoted words in a parsed paragraph."""
    for verb in doc:
        if verb.lower_ not in ("read", "reads"):
            continue
        noun = reader(verb)
        if noun is not None and noun.pos_ in ("NOUN", "ADJ") and quoted_beside(verb, noun):
            yield noun.lemma_.lower()


def counts(texts: Iterable[str]) -> Counter:
    """Quoted-read subjects over the paragraphs of ``texts`` that may hold one."""
    from viewer.analysis.nlp import english
    found = Counter()
    for text in texts:
        for para in text.split("\n\n"):
            if _READ.search(para) and any(m in para for m in "\"“”"):
                found.update(quoted_read_subjects(english()(para)))
    return found


def _polnear_fit(prepared: Path) -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted((prepared / "docs").glob("*.txt")) if part_of(p.name) == "fit"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("crawl", type=Path)
    parser.add_argument("--polnear", type=Path, required=True)
    parser.add_argument("--min", type=int, default=2)
    parser.add_argument("--out", type=Path, default=ROOT / "viewer" / "resources" / "attribution" / "read_nouns.json")
    ns = parser.parse_args()
    crawl, polnear = counts(crawl_texts(ns.crawl)), counts(_polnear_fit(ns.polnear))
    both = crawl + polnear
    covered = written_nouns() | communication_nouns()
    kept = sorted(n for n, k in both.items() if k >= ns.min and not names_person(n) and n not in covered)
    write_table(ns.out, "count_read_nouns.py", {
        "data": f"{GVA_CRAWL}; PolNeAR v1.0.0 train split, fit part (training/polnear_parts.py)",
        "rule": f"common nouns that read quoted words (subject of 'read'/'reads', or the noun a relative 'that read' "
                f"hangs from, a quotation opening right after or closing right before) at least {ns.min} times in both "
                "corpora, not a kind of person (person_nouns.json), not already a written or communication noun",
        "counts": "[GVA crawl, PolNeAR fit]"}, "nouns", {n: [crawl[n], polnear[n]] for n in kept}, {
        "covered_elsewhere": {n: [crawl[n], polnear[n]] for n in sorted(both) if n in covered},
        "not_kept": {n: [crawl[n], polnear[n]] for n in sorted(both) if n not in covered and n not in kept}})
    print(f"{len(kept)} nouns -> {ns.out}")


if __name__ == "__main__":
    main()
