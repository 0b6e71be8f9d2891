"""Write the common nouns for a body or group of people, from WordNet and PolNeAR's annotated sources.

    python training/count_body_nouns.py [WORDNET_DICT] [--out viewer/resources/attribution/body_nouns.json]

"An influential federal advisory panel rejected the plan", "a federal jury found", "the committee said": a body the
article describes and never names, which a researcher reads as "unnamed: advisory panel". Which nouns are bodies is
read from WordNet 3.0 (``wordnet-base``, /usr/share/wordnet): a one-word noun is kept when its first sense, the most
frequent, is in the lexicographer file ``noun.group`` (14), is a kind, not one thing (no ``@i``: "jury",
"committee", "council", "board"), and is a group of people: noun.group also holds groups of things ("series",
"law", "economy", "traffic", "array", "species"), which speak for no one. Which branches below "group, grouping" hold
people is read from WordNet's member pointers (``%m``): a branch is of people when most members its synsets name that
are not groups themselves are in ``noun.person`` (18), on more than one such member ("social group" 308 of 501,
"people" 32 of 33, "citizenry", "multitude", "varna"; "collection" 11 of 30, "arrangement" 3 of 7, "biological
group" 1 of 25, "system" 1 of 1 are not). Or when PolNeAR train's annotators made it the head of a source three times or more
(``source_nouns`` of ``classes.json``, ``training/count_classes.py``) and one of its senses is a group of people:
"panel" (first sense a flat piece of wood, second "a group of people gathered for a special purpose"),
"administration", "office"; not one whose first sense is a person ("member", "woman"). Nothing else of the data is kept; the table records WordNet's notice, as its licence asks.
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from training.count_person_nouns import PERSON_FILE, first_senses, wordnet_table_arguments, write_wordnet_table  # noqa: E402
from training.wordnet import Synset, index_entries, synsets  # noqa: E402

GROUP_FILE = 14  # noun.group in WordNet's lexnames
GROUPING = "00031264"  # group.n.01, "any number of entities (members) considered as a unit": the root of noun.group
CLASSES = ROOT / "viewer" / "resources" / "attribution" / "classes.json"


def people_branches(data: dict[str, Synset]) -> dict[str, str]:
    """Each group synset with the branch below "group, grouping" it lies in, when that branch is of people: most of
    the members its synsets name (``%m``) that are no group are persons, and more than one is."""
    branches = {offset: _branch(offset, data) for offset, synset in data.items() if synset.lexfile == GROUP_FILE}
    members: dict[str, Counter[bool]] = {}
    for offset, branch in branches.items():
        for pointer in data[offset].pointers:
            member = data.get(pointer.offset)
            if pointer.symbol == "%m" and branch and member and member.lexfile != GROUP_FILE:
                members.setdefault(branch, Counter())[member.lexfile == PERSON_FILE] += 1
    people = {branch for branch, count in members.items() if count[True] > max(count[False], 1)}
    return {offset: branch for offset, branch in branches.items() if branch in people}


def _branch(offset: str, data: dict[str, Synset]) -> str | None:
    """The hyponym of "group, grouping" that ``offset`` lies below (by hypernyms and instance hypernyms), if any."""
    seen: set[str] = set()
    todo = [offset]
    while todo:
        here = todo.pop()
        if here in seen or here not in data:
            continue
        seen.add(here)
        if any(p.symbol == "@" and p.offset == GROUPING for p in data[here].pointers):
            return here
        todo += [p.offset for p in data[here].pointers if p.symbol in ("@", "@i")]
    return None


def body_nouns(index_noun: str, data_noun: str, source_nouns: set[str]) -> tuple[list[str], list[str]]:
    """(nouns whose first sense is a group of people, PolNeAR source heads with some group sense besides)."""
    first = first_senses(index_noun, data_noun)
    people = people_branches({synset.offset: synset for synset in synsets(data_noun)})
    offsets = {entry.lemma: entry.offsets for entry in index_entries(index_noun)}
    groups = sorted(w for w, (file, instance) in first.items()
                    if file == GROUP_FILE and not instance and offsets[w][0] in people)
    sources = sorted(w for w in source_nouns if w not in groups and any(o in people for o in offsets.get(w, ()))
                     and first.get(w, (0, False))[0] != PERSON_FILE)
    return groups, sources


def main() -> None:
    args = wordnet_table_arguments(__doc__, "index.noun and data.noun", "body_nouns.json")
    source_nouns = set(json.loads(CLASSES.read_text(encoding="utf-8"))["source_nouns"])
    groups, sources = body_nouns((args.wordnet / "index.noun").read_text(encoding="latin-1"),
                                 (args.wordnet / "data.noun").read_text(encoding="latin-1"), source_nouns)
    write_wordnet_table(args.out, sorted(groups + sources), "index.noun and data.noun",
                        "one-word nouns whose first sense is in noun.group (lexfile 14), is no instance (@i) and lies in a branch "
                        "below group.n.01 whose members (%m) that are no group are mostly in noun.person (18), more than one, and "
                        "PolNeAR train source heads (classes.json source_nouns, 3 or more) with any sense in such a branch whose first is not in noun.person (18)",
                        f"python training/count_body_nouns.py {args.wordnet}",
                        more={"from_sources": sources, "source_heads": "viewer/resources/attribution/classes.json"})


if __name__ == "__main__":
    main()
