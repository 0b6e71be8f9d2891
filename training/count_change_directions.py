"""Write which way each word that says a figure moved moves it: up ("rose from 30 to 64") or down ("fell from 6.1% to
5.8%"), as public texts give both ends of the change.

    python training/count_change_directions.py GVA_CRAWL [--also DIR ...] [--msrp MSRP_DIR] [--out viewer/analysis/claims/change_directions.json]

The words are those `change_words.json` and `change_by_words.json` keep (read by hand as words that say a figure moved),
each counted where it stands before "from A to B" or "to B from A", optionally after its change ("by 37,000", "21 percent"): B above A is
a vote up, B below A a vote down. A word is kept when at least ``--least`` passages vote and at least ``--share`` of them
one way. A change word no passage votes for takes the way opposite to its WordNet antonym's, where the antonym
has one (`opposite_acts.json`: "decrease" of "increase"). Each is written as the analyser keys a verb (`vocabulary.term` of its lemma in the passage's parse), so
`claims.trends` reads it in a predicate. Only the change words are read: "from 18 to 24" after any other word is most
often a range, always rising.
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from training.count_tables import crawl_folder_and_msrp_texts, write_table  # noqa: E402

CLAIMS = ROOT / "viewer" / "analysis" / "claims"
OUT = CLAIMS / "change_directions.json"
_NUMBER = r"[$€£]?(\d[\d,]*(?:\.\d+)?)"
_SCALE = r"(?:\s+(?:million|billion|trillion))?(?:\s*%|\s+percent|\s+per cent|\s+points?)?"
_CHANGE = rf"(?:(?:by\s+)?(?:about\s+|nearly\s+|almost\s+|roughly\s+|some\s+)?[$€£]?\d[\d,]*(?:\.\d+)?{_SCALE},?\s+)?"
_REVISED = r"(?:a\s+)?(?:revised\s+|record\s+)?"
FROM_TO = re.compile(rf"\b([a-z]+)\s+{_CHANGE}from\s+{_REVISED}{_NUMBER}{_SCALE}\s+to\s+{_REVISED}{_NUMBER}",
                     re.IGNORECASE)
TO_FROM = re.compile(rf"\b([a-z]+)\s+{_CHANGE}to\s+{_REVISED}{_NUMBER}{_SCALE}\s+from\s+{_REVISED}{_NUMBER}",
                     re.IGNORECASE)


def change_words() -> frozenset[str]:
    """The words the two change tables keep."""
    return frozenset(w for name in ("change_words.json", "change_by_words.json")
                     for w in json.loads((CLAIMS / name).read_text(encoding="utf-8"))["entries"])


def votes(texts, words: frozenset[str]) -> tuple[dict[str, Counter], dict[str, str]]:
    """Each change word's votes up and down, and the first passage of each."""
    seen: dict[str, Counter] = defaultdict(Counter)
    example: dict[str, str] = {}
    for text in texts:
        hits = [(h, 2, 3) for h in FROM_TO.finditer(text)] + [(h, 3, 2) for h in TO_FROM.finditer(text)]
        for hit, first, last in hits:
            word = hit.group(1).lower()
            if word not in words:
                continue
            a, b = (float(hit.group(k).replace(",", "")) for k in (first, last))
            if a != b:
                seen[word]["up" if b > a else "down"] += 1
                example.setdefault(word, " ".join(text[max(0, hit.start() - 60):hit.end() + 20].split()))
    return seen, example


def antonym_ways(ways: dict[str, str], keys: set[str]) -> dict[str, str]:
    """The way of each change word of ``keys`` no passage voted for, opposite to its WordNet antonym's (the antonym
    pairs of `opposite_acts.json`, keyed as the analyser keys a verb)."""
    from viewer.analysis.claims.vocabulary import term
    pairs = json.loads((CLAIMS / "opposite_acts.json").read_text(encoding="utf-8"))["pairs"]
    flip = {"up": "down", "down": "up"}
    out = {}
    for a, b in ((term(x), term(y)) for x, y in pairs):
        for one, other in ((a, b), (b, a)):
            if one in ways and other in keys and other not in ways:
                out[other] = flip[ways[one]]
    return out


def verb_key(word: str, passage: str) -> str:
    """The analyser's key of ``word`` as its passage's parse lemmatises it."""
    from viewer.analysis.claims.vocabulary import term
    from viewer.analysis.nlp import english
    token = next((t for t in english()(passage) if t.text.lower() == word), None)
    return term((token.lemma_ if token is not None else word).lower())


def main(argv: list[str] | None = None) -> None:
    argv = list(sys.argv[1:] if argv is None else argv)
    least = int(argv.pop(argv.index("--least") + 1)) if "--least" in argv else 3
    share = float(argv.pop(argv.index("--share") + 1)) if "--share" in argv else 0.9
    argv = [a for a in argv if a not in ("--least", "--share")]
    ns, texts, data = crawl_folder_and_msrp_texts(__doc__.splitlines()[0], OUT, argv)
    seen, example = votes(texts, change_words())
    by_key: dict[str, Counter] = defaultdict(Counter)
    for word, counted in sorted(seen.items()):
        by_key[verb_key(word, example[word])] += counted
        print(word, dict(counted), example[word][:140])
    entries = {}
    for key, counted in sorted(by_key.items()):
        way, n = counted.most_common(1)[0]
        total = sum(counted.values())
        print("KEY", key, dict(counted), "KEPT" if total >= least and n >= share * total else "-")
        if total >= least and n >= share * total:
            entries[key] = {"direction": way, "up": counted["up"], "down": counted["down"]}
    keys = {verb_key(w, w) for w in change_words()}
    for key, way in sorted(antonym_ways({k: e["direction"] for k, e in entries.items()}, keys).items()):
        print("ANTONYM", key, way)
        entries[key] = {"direction": way, "up": 0, "down": 0, "antonym": True}
    provenance = {"data": data,
                  "rule": f"each word of change_words.json and change_by_words.json before 'from A to B' or 'to B from A' (after its change, "
                          f"if given): B above A votes up, below votes down; kept where at least {least} passages vote and "
                          f"{share} of them one way; a change word no passage votes for takes the way opposite to its WordNet antonym's "
                          f"(opposite_acts.json; 'antonym': true); keyed as the analyser keys the verb (vocabulary.term of "
                          f"its lemma)",
                  "counts": "passages voting up and down"}
    write_table(ns.out, "count_change_directions.py", provenance, "entries", entries)


if __name__ == "__main__":
    main()
