"""Write the verbs of finding a thing and the nouns of things one finds, from WordNet.

    python training/count_found_things.py [WORDNET_DICT] [--out viewer/resources/attribution/found_things.json]

"A poll found Clinton leading" reports; "Police found a woman suffering from a gunshot wound" or
"Officers found a letter in the car" do not: the police came upon a person or a thing, they said
nothing about it. The verbs are those of WordNet 3.0's sense "come upon after searching; find the location
of something that was missed or lost" (find, regain) and of every sense below it by hyponymy (locate,
turn up, come upon, discover…), one word of letters each. The nouns are the one-word nouns whose first
sense (the most frequent) is in a lexicographer file of physical things: noun.artifact, noun.body,
noun.object, noun.animal, noun.substance, noun.food, noun.plant (lexnames(5WN) 06, 08, 17, 05, 27, 13,
20); people are in ``person_nouns.json`` already.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from training.count_person_nouns import NOTICE, first_senses, wordnet_table_arguments  # noqa: E402
from training.count_tables import write_table  # noqa: E402
from training import wordnet  # noqa: E402

FIND_SENSE = "02285647"  # find, regain: "come upon after searching; find the location of something…"
THING_FILES = frozenset({6, 8, 17, 5, 27, 13, 20})


def finding_verbs(data_verb: str) -> list[str]:
    """The one-word lemmas of the finding sense and of the senses below it (hyponyms, ``~`` pointers)."""
    synsets = {synset.offset: (synset.lemmas, [p.offset for p in synset.pointers if p.symbol == "~"])
               for synset in wordnet.synsets(data_verb)}
    found, todo = set(), [FIND_SENSE]
    while todo:
        lemmas, below = synsets[todo.pop()]
        found.update(lemma for lemma in lemmas if lemma.isalpha())
        todo.extend(below)
    return sorted(found)


def thing_nouns(index_noun: str, data_noun: str) -> list[str]:
    """The one-word nouns whose first sense is in a file of physical things."""
    return sorted(lemma for lemma, (file, _one) in first_senses(index_noun, data_noun).items() if file in THING_FILES)


def main() -> None:
    args = wordnet_table_arguments(__doc__, "data.verb, index.noun and data.noun", "found_things.json")
    verbs = finding_verbs((args.wordnet / "data.verb").read_text(encoding="latin-1"))
    things = thing_nouns((args.wordnet / "index.noun").read_text(encoding="latin-1"),
                         (args.wordnet / "data.noun").read_text(encoding="latin-1"))
    write_table(args.out, "count_found_things.py", {
        "source": "WordNet 3.0, Princeton University (Debian package wordnet-base 1:3.0), data.verb, index.noun, data.noun",
        "verbs": f"one-word lemmas of verb synset {FIND_SENSE} (find, regain: come upon after searching) and its hyponyms",
        "things": "one-word nouns whose first sense is in noun.artifact, noun.body, noun.object, noun.animal, "
                  "noun.substance, noun.food or noun.plant",
        "licence": "WordNet 3.0 licence (permission to use, copy, modify and distribute with this notice): " + NOTICE,
    }, "found", {"verbs": verbs, "things": things})
    print(f"{len(verbs)} verbs, {len(things)} things -> {args.out}")


if __name__ == "__main__":
    main()
