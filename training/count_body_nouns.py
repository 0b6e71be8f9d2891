"""Write the common nouns for a body or group of people, from WordNet and PolNeAR's annotated sources.

    python training/count_body_nouns.py [WORDNET_DICT] [--out viewer/resources/attribution/body_nouns.json]

"An influential federal advisory panel rejected the plan", "a federal jury found", "the committee said": a body the
article describes and never names, which a researcher reads as "unnamed: advisory panel". Which nouns are bodies is
read from WordNet 3.0 (``wordnet-base``, /usr/share/wordnet): a one-word noun is kept when its first sense, the most
frequent, is in the lexicographer file ``noun.group`` (14) and is a kind, not one thing (no ``@i``: "jury",
"committee", "council", "board"); or when PolNeAR train's annotators made it the head of a source three times or more
(``source_nouns`` of ``classes.json``, ``training/count_classes.py``) and one of its senses is in ``noun.group``:
"panel" (first sense a flat piece of wood, second "a group of people gathered for a special purpose"),
"administration", "office"; not one whose first sense is a person ("member", "woman"). Nothing else of the data is kept; the table records WordNet's notice, as its licence asks.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from training.count_person_nouns import PERSON_FILE, first_senses, wordnet_table_arguments, write_wordnet_table  # noqa: E402
from training.wordnet import index_entries, synsets  # noqa: E402

GROUP_FILE = 14  # noun.group in WordNet's lexnames
CLASSES = ROOT / "viewer" / "resources" / "attribution" / "classes.json"


def group_senses(index_noun: str, data_noun: str) -> dict[str, list[int]]:
    """Each one-word noun of ``index.noun`` with the lexicographer files of all its senses, most frequent first."""
    files = {synset.offset: synset.lexfile for synset in synsets(data_noun)}
    return {entry.lemma: [files[o] for o in entry.offsets if o in files]
            for entry in index_entries(index_noun) if entry.lemma.isalpha()}


def body_nouns(index_noun: str, data_noun: str, source_nouns: set[str]) -> tuple[list[str], list[str]]:
    """(nouns whose first sense is a group, PolNeAR source heads with some group sense besides)."""
    first = first_senses(index_noun, data_noun)
    senses = group_senses(index_noun, data_noun)
    groups = sorted(w for w, (file, instance) in first.items() if file == GROUP_FILE and not instance)
    sources = sorted(w for w in source_nouns if w not in groups and GROUP_FILE in senses.get(w, [])
                     and first.get(w, (0, False))[0] != PERSON_FILE)
    return groups, sources


def main() -> None:
    args = wordnet_table_arguments(__doc__, "index.noun and data.noun", "body_nouns.json")
    source_nouns = set(json.loads(CLASSES.read_text(encoding="utf-8"))["source_nouns"])
    groups, sources = body_nouns((args.wordnet / "index.noun").read_text(encoding="latin-1"),
                                 (args.wordnet / "data.noun").read_text(encoding="latin-1"), source_nouns)
    write_wordnet_table(args.out, sorted(groups + sources), "index.noun and data.noun",
                        "one-word nouns whose first sense is in noun.group (lexfile 14) and is no instance (@i), and "
                        "PolNeAR train source heads (classes.json source_nouns, 3 or more) with any sense in noun.group whose first is not in noun.person (18)",
                        f"python training/count_body_nouns.py {args.wordnet}",
                        more={"from_sources": sources, "source_heads": "viewer/resources/attribution/classes.json"})


if __name__ == "__main__":
    main()
