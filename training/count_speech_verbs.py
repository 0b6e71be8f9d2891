"""Write the verbs whose commonest use is speaking or writing, from WordNet.

    python training/count_speech_verbs.py [WORDNET_DICT] [--out viewer/resources/attribution/speech_verbs.json]

A speaker is someone reported as saying something. The attribution cue model (PolNeAR's sense of
attribution) also reports deeds and decisions with an object ("Crime Stoppers is offering a reward",
"the judge decided to hold them", "Total signed a deal"); those make no one a speaker unless what follows
is a reported clause. Which verbs report words by themselves is read from WordNet 3.0 (Princeton
University; the Debian package ``wordnet-base`` installs its database in /usr/share/wordnet): a verb is
kept when its first sense, the one WordNet lists as most frequent, belongs to the lexicographer file
``verb.communication`` (number 32, lexnames(5WN)), and it is one word of letters.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from training.count_person_nouns import first_sense_words, wordnet_table_main  # noqa: E402

COMMUNICATION_FILE = 32  # verb.communication in WordNet's lexnames


def speech_verbs(index_verb: str, data_verb: str) -> list[str]:
    """The one-word verbs of ``index.verb`` whose first sense is in ``verb.communication``."""
    return first_sense_words(index_verb, data_verb, COMMUNICATION_FILE)


def main() -> None:
    wordnet_table_main(__doc__, "verb", COMMUNICATION_FILE, "speech_verbs.json",
                       "one-word verbs whose first (most frequent) sense is in verb.communication (lexfile 32)")


if __name__ == "__main__":
    main()
