"""Count the verbs news writes before "to" for an act not done ("failed to show" for "did not show"), from MSRP.

    python training/count_negating_verbs.py MSRP_FOLDER [--least 2] [--withholding WITHHOLDING_JSON]
        [--out viewer/analysis/claims/negating_verbs.json]

MSRP_FOLDER holds msr_paraphrase_train.txt and msr_paraphrase_test.txt (the Microsoft Research Paraphrase Corpus:
sentence pairs from clusters of news articles, judged same or not). In each pair judged the same, where one sentence
denies a verb ("did not show") and the other has no denial, the word before "to" and that verb in the other
("failed to show") stands for the denial; its lemma (the word without an inflection or "-ure") is counted, and the
lemmas counted at least ``--least`` times are written. A discrepancy of polarity then reads "failing to appear"
as denying "appear", as "didn't appear" does.

MSRP's pairs are few for this: "refused to recuse himself" / "would not recuse himself" and "declined to discuss" /
"will not discuss" are there once each. ``--withholding`` (the attribution reader's table of verbs that withhold a
report, counted on PolNeAR and the GVA crawl and kept by their WordNet senses of refusing or failing,
training/count_withholding.py) keeps too the lemmas MSRP counts once that the table holds: two public counts agree
the verb writes an act not done. The table alone would keep "stop", whose "stopped to help" is done.
"""
from __future__ import annotations

import argparse
import csv
import datetime
import json
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "viewer" / "analysis" / "claims" / "negating_verbs.json"
_DENIED = re.compile(r"\b(?:not|never|n't)\s+(?:be\s+|been\s+|to\s+)?([a-z]+)", re.IGNORECASE)
_ANY_DENIAL = re.compile(r"\b(?:not|never|no|none|nothing|n't)\b|n't", re.IGNORECASE)
_BEFORE_TO = re.compile(r"\b([a-z]+)\s+to\s+([a-z]+)", re.IGNORECASE)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("msrp", type=Path)
    parser.add_argument("--least", type=int, default=2)
    parser.add_argument("--withholding", type=Path, help="withholding.json: lemmas of it counted once are kept too")
    parser.add_argument("--out", type=Path, default=OUT)
    ns = parser.parse_args(argv)
    counted, examples = count(same_pairs(ns.msrp))
    for verb, n in counted.most_common():
        print(n, verb, "|", examples[verb])
    withholding = {lemma(v) for v in json.loads(ns.withholding.read_text(encoding="utf-8"))["verbs"]} if ns.withholding else set()
    kept = {verb: n for verb, n in counted.most_common() if n >= ns.least or verb in withholding}
    ns.out.write_text(json.dumps({
        "entries": kept,
        "produced_by": f"python training/count_negating_verbs.py MSRP_FOLDER --least {ns.least}"
                       + (" --withholding viewer/resources/attribution/withholding.json" if ns.withholding else ""),
        "date": datetime.date.today().isoformat(),
        "data": "Microsoft Research Paraphrase Corpus, train and test, pairs judged the same: the verbs before 'to' one "
                "sentence has where the other denies the verb after it, by lemma, counted at least --least times"
                + (", or once and a verb of the attribution reader's withholding table (refusing, failing)" if ns.withholding else ""),
    }, indent=1) + "\n", encoding="utf-8")


def same_pairs(folder: Path) -> list[tuple[str, str]]:
    pairs = []
    for name in ("msr_paraphrase_train.txt", "msr_paraphrase_test.txt"):
        with open(folder / name, encoding="utf-8-sig", newline="") as f:
            pairs += [(row[3], row[4]) for row in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE) if row[0] == "1"]
    return pairs


def count(pairs: list[tuple[str, str]]) -> tuple[Counter, dict[str, str]]:
    counted, examples = Counter(), {}
    for a, b in pairs:
        for denying, other in ((a, b), (b, a)):
            denied = {lemma(m.group(1)) for m in _DENIED.finditer(denying)}
            if not denied or _ANY_DENIAL.search(other):
                continue
            for hit in _BEFORE_TO.finditer(other):
                if lemma(hit.group(2)) in denied:
                    counted[lemma(hit.group(1))] += 1
                    examples.setdefault(lemma(hit.group(1)), f"{denying} || {other}")
    return counted, examples


def lemma(word: str) -> str:
    """The word without an inflection or a noun's "-ure" ("failed", "failing", "failure": "fail")."""
    word = word.lower()
    for suffix in ("ure", "ing", "ed", "es", "s", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[:-len(suffix)]
    return word


if __name__ == "__main__":
    main()
