"""Write the words news uses for what happened to the people a count counts ("two were killed", "three people
wounded", "one fatally") with their kind of outcome (claims/outcomes.py), and count how such counts relate in judged
links.

    python training/count_outcome_words.py GVA_CRAWL [--out viewer/analysis/claims/outcome_words.json]
    python training/count_outcome_words.py --judged SETS_DIR TSV [--judged SETS_DIR TSV ...]
    python training/count_outcome_words.py --gold ECB_SET

A word is counted where it follows a count and at most "other"/"more", a noun for people, an auxiliary and an
adverb ("two other men were critically WORD"), stands alone after a count ("one fatally"), or comes before a count
that ends its phrase with at most a noun for people ("WORD two people,", "WORD 10;"). Every word seen at
least ``MIN_COUNT`` times in that shape whose sense is an outcome for the people counted (KINDS: death, wound,
gunshot, arrest, charge) is written with its count and the first sentence it was seen in; the others seen as often
that read as participles are written apart (``not_outcomes``) with their counts, so what was left out can be read: what is done after the toll
("taken", "treated", "transported", "found"), not what it counts.

With ``--judged``, each hand-judged link (training/judged/links*.tsv; the texts read from SETS_DIR/SET/docs) is
read as the outcomes each mention counts (`outcomes.stated_outcomes`), and the links are tallied by verdict and by
how the two sides' outcomes relate: none on a side, one outcome counted alike, one outcome counted differently, or
only different outcomes (`outcomes.outcomes_apart`).
"""
from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import Counter
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from training.count_tables import GVA_CRAWL, crawl_texts, write_table  # noqa: E402
from viewer.analysis.claims.outcomes import (AUXILIARIES, GROUP_WORDS, Outcome, outcomes_apart,  # noqa: E402
                                             person_word, stated_outcomes)

OUT = ROOT / "viewer" / "analysis" / "claims" / "outcome_words.json"
MIN_COUNT = 5
# The sense of each word that can name what happened to counted people, by kind: the words' dictionary senses, not
# a count. Only those the crawl shows after a count at least MIN_COUNT times are written.
KINDS = {
    "death": ("killed", "dead", "died", "murdered", "slain", "fatally", "deceased", "kills", "killing"),
    "wound": ("wounded", "injured", "hurt", "hospitalized", "grazed", "wounding", "injuring", "injures", "wounds"),
    "gunshot": ("shot",),
    "arrest": ("arrested", "detained", "apprehended"),
    "charge": ("charged", "indicted"),
}
_NUMBER = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen|dozens)"
_SHAPE = re.compile(rf"\b{_NUMBER}\s+(?:(?:{'|'.join(GROUP_WORDS)})\s+)?(?:([a-z]+)\s+)?"
                    rf"(?:(?:{'|'.join(AUXILIARIES)})\s+)?(?:([a-z]+ly)(?=[\s,.;])\s*)?"
                    r"([a-z]*)", re.IGNORECASE)
# An active verb with the count as its object ("killing two people", "Kills 10;"), the object ending its phrase.
_BEFORE = re.compile(rf"\b([a-z]+)\s+(?:at least\s+|more than\s+|about\s+)?{_NUMBER}(?:\s+(?:other|more)\s+)?(?:\s+([a-z]+))?"
                     r"(?=\s*[,.;:]|\s+and\b)", re.IGNORECASE)
_SENTENCE = re.compile(r"(?<=[.!?])\s+")


def words_after_counts(texts) -> tuple[Counter, dict[str, str]]:
    """How often each word follows a count in the shape above, with the first sentence it was seen in."""
    seen: Counter = Counter()
    example: dict[str, str] = {}
    for text in texts:
        for sentence in _SENTENCE.split(text):
            for m in _SHAPE.finditer(sentence):
                noun = (m.group(1) or "").lower()
                if noun and not person_word(noun):
                    continue
                word = (m.group(3) or m.group(2) or "").lower()
                if not word:
                    continue
                seen[word] += 1
                example.setdefault(word, " ".join(sentence.split())[:300])
            for m in _BEFORE.finditer(sentence):
                if m.group(2) and not person_word(m.group(2).lower()):
                    continue
                seen[m.group(1).lower()] += 1
                example.setdefault(m.group(1).lower(), " ".join(sentence.split())[:300])
    return seen, example


def write_words(crawl: Path, out: Path) -> None:
    texts = list(crawl_texts(crawl))
    seen, example = words_after_counts(texts)
    kind_of = {word: kind for kind, words in KINDS.items() for word in words}
    entries = {w: {"kind": kind_of[w], "count": seen[w], "example": example[w]}
               for w, _n in seen.most_common() if w in kind_of and seen[w] >= MIN_COUNT}
    others = {w: n for w, n in seen.most_common() if w not in kind_of and n >= MIN_COUNT and w.endswith(("ed", "en"))}
    write_table(out, "count_outcome_words.py", {
        "data": f"{GVA_CRAWL} ({len(texts)} texts)",
        "rule": "a word after a count and at most other/more, a noun for people (person_nouns), an auxiliary and an "
                "adverb, or an adverb alone after the count ('one fatally'), or a word before a count that ends its "
                "phrase, with at most a noun for people ('killing two people,', 'Kills 10;'); kept when seen at least "
                f"{MIN_COUNT} times and its sense names what happened to the counted people",
        "kinds": "death, wound, gunshot (the whole of the killed and the wounded), arrest, charge: the word's "
                 "dictionary sense",
        "counts": "times seen in that shape, with the first sentence",
    }, "entries", entries, {"not_outcomes": others})


def tally_judged(pairs: list[tuple[Path, Path]]) -> None:
    """Print the judged links by verdict and by how their sides' outcomes relate, with the links of each relation."""
    tally: Counter = Counter()
    shown: list[str] = []
    for sets, tsv in pairs:
        with tsv.open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                docs = sets / row["set"] / "docs"
                if not docs.is_dir():
                    continue
                a = _span(docs / row["file_a"], row["start_a"], row["end_a"])
                b = _span(docs / row["file_b"], row["start_b"], row["end_b"])
                relation = _relation(stated_outcomes(a), stated_outcomes(b))
                verdict = "right" if row["verdict"] in ("R", "P") else "wrong" if row["verdict"] == "W" else "unsure"
                tally[relation, verdict] += 1
                if relation != "none":
                    shown.append(f"{relation}\t{row['verdict']}\t{row['set']}\t{_short(a)}\t{_short(b)}")
    for relation in ("none", "alike", "counted apart", "outcomes apart"):
        print(f"{relation:15} right {tally[relation, 'right']:4}  wrong {tally[relation, 'wrong']:4}  "
              f"unsure {tally[relation, 'unsure']:3}")
    print("\n".join(sorted(shown)))


def tally_gold(sets: Path) -> None:
    """Print the sentence pairs of one ECB+ topic in two documents that both count outcomes, by how their outcomes
    relate and whether the gold gives them an event chain in common (right) or none (wrong): every such pair, as
    the linker might propose it, not only the pairs some linker made."""
    gold = json.loads((sets / "events.json").read_text(encoding="utf-8"))["documents"]
    by_topic: dict[int, list[tuple[str, list[Outcome], set[str]]]] = {}
    for name, record in gold.items():
        text = (sets / "docs" / name).read_text(encoding="utf-8")
        for sentence in record["sentences"]:
            outcomes = stated_outcomes(text[sentence["start"]:sentence["end"]])
            if sentence.get("annotated") and outcomes:
                by_topic.setdefault(record["topic"], []).append((name, outcomes, set(sentence["chains"])))
    tally: Counter = Counter()
    for sentences in by_topic.values():
        for (name_a, a, chains_a), (name_b, b, chains_b) in combinations(sentences, 2):
            if name_a != name_b:
                tally[_relation(a, b), "right" if chains_a & chains_b else "wrong"] += 1
    for relation in ("alike", "counted apart", "outcomes apart"):
        print(f"{relation:15} right {tally[relation, 'right']:5}  wrong {tally[relation, 'wrong']:5}")


def _relation(a: list[Outcome], b: list[Outcome]) -> str:
    if not (a and b):
        return "none"
    if outcomes_apart(a, b):
        return "outcomes apart"
    shared = {k for k, _l, _h in a} & {k for k, _l, _h in b}
    alike = any(ka == kb and la <= hb and lb <= ha for ka, la, ha in a for kb, lb, hb in b if ka in shared)
    return "alike" if alike else "counted apart"


def _span(path: Path, start: str, end: str) -> str:
    return path.read_text(encoding="utf-8")[int(start):int(end)]


def _short(text: str) -> str:
    return " ".join(text.split())[:140]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("crawl", type=Path, nargs="?")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--judged", nargs=2, type=Path, action="append", metavar=("SETS_DIR", "TSV"))
    parser.add_argument("--gold", type=Path, help="an ECB+ set drawn by bench/ecbplus.py (events.json gives its chains)")
    ns = parser.parse_args()
    if ns.gold:
        tally_gold(ns.gold)
    elif ns.judged:
        tally_judged(ns.judged)
    elif ns.crawl:
        write_words(ns.crawl, ns.out)
    else:
        parser.error("name the GVA crawl, --judged or --gold")


if __name__ == "__main__":
    main()
