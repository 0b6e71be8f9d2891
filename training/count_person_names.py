"""Write the tables that tell a person's name from an organisation's or a place's.

    python training/count_person_names.py SSA [WORDNET_DICT] [CLEANCO] [--out viewer/resources/attribution/person_names.json]
                                          [--min-births 1000]

The small English pipeline tags many people's names as organisations or places ("Marcus Delaney" ORG);
``viewer/analysis/person_names.py`` relabels them when the name's shape says so. It reads three tables:

- ``given``: given names, lower case, that the US Social Security Administration's national baby-name
  counts (``yobYYYY.txt``, as ``count_given_names.py`` reads them) show given to at least ``--min-births``
  babies in all years, either sex, and that are no lemma of WordNet 3.0's noun, verb, adjective or
  adverb index: English words ("will", "mark", "rose", "chase") and names WordNet lists for a place or a
  famous bearer ("israel", "cleveland", "norris") are kept apart as ``given_words``. Counting names of
  instances as given names made "Israel Radio" and "Cleveland Indians" people on CoNLL-2003 train.
- ``org_words``: lower-case one-word nouns that head the name of a body or a place: WordNet 3.0 nouns
  whose first (most frequent) sense is in the lexicographer file noun.group (14), noun.location (15) or
  noun.artifact (06) ("university", "county", "street", "hospital"), or that have any sense in noun.group
  ("bank": a financial institution; "house": a legislature), and that are no given name of the table.
- ``designators``: one-word legal forms of companies ("inc", "ltd", "llc"), from the cleanco package's
  terms of the United States, the United Kingdom, Canada, Australia, Ireland and New Zealand (MIT),
  without their full stops.
Nothing else of the data is kept; the table records where each part came from.
"""
from __future__ import annotations

import argparse
import ast
import datetime
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

from count_given_names import _git_dir, _year_files

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from training.wordnet import index_entries, index_lemmas, synsets  # noqa: E402

NOTICE = "WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved."
FIRST_SENSE_FILES = {6, 14, 15}  # noun.artifact, noun.group, noun.location
ANY_SENSE_FILES = {14}  # noun.group
COUNTRIES = ("United States of America", "United Kingdom", "Canada", "Australia", "Ireland", "New Zealand")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("ssa", type=Path, help="folder of yobYYYY.txt, or a git repository with raw-data/yobYYYY.txt")
    parser.add_argument("wordnet", type=Path, nargs="?", default=Path("/usr/share/wordnet"))
    parser.add_argument("cleanco", type=Path, nargs="?", default=Path("/work/.mirror/psolin+cleanco/repo"),
                        help="a git repository of github.com/psolin/cleanco (cleanco/termdata.py at HEAD)")
    parser.add_argument("--out", type=Path, default=ROOT / "viewer" / "resources" / "attribution" / "person_names.json")
    parser.add_argument("--min-births", type=int, default=1000)
    parser.add_argument("--origin", default="", help="where the SSA git repository was fetched from")
    args = parser.parse_args()
    files, source = _year_files(args.ssa, args.origin)
    births = Counter()
    for text in files.values():
        for line in text.split():
            name, _sex, number = line.split(",")
            births[name.lower()] += int(number)
    words = _wordnet_lemmas(args.wordnet)
    named = sorted(n for n, k in births.items() if k >= args.min_births)
    given = [n for n in named if n not in words]
    given_words = [n for n in named if n in words]
    org_words = sorted(w for w in _org_nouns(args.wordnet) if w not in births or births[w] < args.min_births)
    designators, cleanco_source = _designators(args.cleanco)
    table = {"provenance": {
        "given": f"US Social Security Administration national baby-name counts ({source}), years "
                 f"{min(files)}-{max(files)}, public domain: names given to at least {args.min_births} babies "
                 "in all, either sex; 'given' are no lemma of WordNet 3.0 (noun, verb, adj, adv, instances included), "
                 "'given_words' are",
        "org_words": "WordNet 3.0 (Debian wordnet-base) index.noun/data.noun: one-word nouns whose first sense is in "
                     "noun.artifact, noun.group or noun.location, or with any sense in noun.group, that are no given "
                     f"name above; licence: {NOTICE}",
        "designators": f"cleanco (MIT) {cleanco_source}, terms_by_country for " + ", ".join(COUNTRIES)
                       + ": one-word terms, full stops removed",
        "command": "python training/count_person_names.py " + " ".join(sys.argv[1:]),
        "date": datetime.date.today().isoformat(),
        "counts": {"given": len(given), "given_words": len(given_words), "org_words": len(org_words),
                   "designators": len(designators)},
    }, "given": given, "given_words": given_words, "org_words": org_words, "designators": designators}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(table, ensure_ascii=False, separators=(",", ":"), indent=0) + "\n", encoding="utf-8")
    print(f"{len(given)} given names, {len(given_words)} also words, {len(org_words)} org words, "
          f"{len(designators)} designators; {args.out.stat().st_size:,} bytes")


def _wordnet_lemmas(wordnet: Path) -> set[str]:
    """Every one-word lemma of WordNet's four indexes, instances included: a given name that is also an
    English word ("rose") or the name of a place or a famous bearer ("israel", "cleveland", "norris")."""
    return {lemma for part in ("noun", "verb", "adj", "adv")
            for lemma in index_lemmas((wordnet / f"index.{part}").read_text(encoding="utf-8"))}


def _lexfiles(wordnet: Path) -> dict[str, int]:
    """Each noun synset's lexicographer file, -1 for an instance (one person or place: "lincoln")."""
    return {synset.offset: -1 if any(p.symbol == "@i" for p in synset.pointers) else synset.lexfile
            for synset in synsets((wordnet / "data.noun").read_text(encoding="utf-8"))}


def _org_nouns(wordnet: Path) -> set[str]:
    """One-word nouns heading a body's or a place's name (first sense artifact/group/location, or any group sense)."""
    lexfile = _lexfiles(wordnet)
    kept = set()
    for entry in index_entries((wordnet / "index.noun").read_text(encoding="utf-8")):
        files = [lexfile.get(o) for o in entry.offsets]
        if entry.lemma.isalpha() and files and (files[0] in FIRST_SENSE_FILES or ANY_SENSE_FILES & set(files)):
            kept.add(entry.lemma)
    return kept


def _designators(cleanco: Path) -> tuple[list[str], str]:
    """cleanco's legal forms of companies in English-speaking countries, one word, without full stops."""
    git = ["git", "--git-dir", str(_git_dir(cleanco))]
    commit = subprocess.run(git + ["rev-parse", "HEAD"], capture_output=True, text=True, check=True).stdout.strip()
    text = subprocess.run(git + ["show", "HEAD:cleanco/termdata.py"], capture_output=True, text=True, check=True).stdout
    tree = ast.parse(text)
    terms = next(ast.literal_eval(node.value) for node in tree.body
                 if isinstance(node, ast.Assign) and node.targets[0].id == "terms_by_country")
    words = {t.replace(".", "") for country in COUNTRIES for t in terms.get(country, []) if " " not in t.strip()}
    return sorted(w for w in words if w.isalpha()), f"github.com/psolin/cleanco at commit {commit}, cleanco/termdata.py"


if __name__ == "__main__":
    main()
