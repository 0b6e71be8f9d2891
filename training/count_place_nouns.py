"""Write the nouns of places one goes to and the verbs of saying, from WordNet.

    python training/count_place_nouns.py [WORDNET_DICT] [--out viewer/resources/attribution/places_gone.json]

"Officers responded to the scene", "Crews responded to the 2400 block of East 12th Street": the cue model,
fitted on PolNeAR, reads "responded to X" as a report (its annotators mark "responded to the criticism", "did
not respond to a request for comment"), so a police force going somewhere said nothing and a fire crew
became a speaker. What one answers is said or done; where one goes is a place or a built thing. The places are
the one-word nouns whose first (most frequent) sense is in noun.location (lexfile 15: scene, area, home, site)
or noun.artifact (lexfile 06: block, apartment, street, building). A verb whose first sense is one of saying
(verb.communication, lexfile 32: refer, allude, point, agree) names what it speaks of by such a phrase
("referring to the two Trump resorts", which PolNeAR marks); "respond" (first sense verb.cognition, react) and
verbs of motion do not.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from training.count_person_nouns import NOTICE, first_senses, wordnet_table_arguments  # noqa: E402
from training.count_tables import write_table  # noqa: E402

PLACE_FILES = frozenset({15, 6})  # noun.location, noun.artifact in WordNet's lexnames
SAYING_FILE = 32  # verb.communication


def place_nouns(index_noun: str, data_noun: str) -> list[str]:
    """The one-word nouns whose first sense is a location or a built thing, and no one place ("paris")."""
    return sorted(lemma for lemma, (file, instance) in first_senses(index_noun, data_noun).items()
                  if file in PLACE_FILES and not instance)


def saying_verbs(index_verb: str, data_verb: str) -> list[str]:
    """The one-word verbs whose first sense is in verb.communication."""
    return sorted(lemma for lemma, (file, _one) in first_senses(index_verb, data_verb).items() if file == SAYING_FILE)


def main() -> None:
    args = wordnet_table_arguments(__doc__, "index.noun, data.noun, index.verb and data.verb", "places_gone.json")
    read = lambda name: (args.wordnet / name).read_text(encoding="latin-1")  # noqa: E731
    places = place_nouns(read("index.noun"), read("data.noun"))
    verbs = saying_verbs(read("index.verb"), read("data.verb"))
    write_table(args.out, "count_place_nouns.py", {
        "source": "WordNet 3.0, Princeton University (Debian package wordnet-base 1:3.0), "
                  "index/data.noun, index/data.verb",
        "places": "one-word nouns whose first sense is in noun.location (15) or noun.artifact (06), no instance (@i)",
        "saying": "one-word verbs whose first sense is in verb.communication (32)",
        "licence": "WordNet 3.0 licence (permission to use, copy, modify and distribute with this notice): " + NOTICE,
    }, "gone", {"places": places, "saying": verbs})
    print(f"{len(places)} places, {len(verbs)} verbs of saying -> {args.out}")


if __name__ == "__main__":
    main()
