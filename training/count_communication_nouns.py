"""Write the nouns whose usual sense is a communication (a writing, a message, a record), from WordNet.

    python training/count_communication_nouns.py [WORDNET_DICT] [--out viewer/resources/attribution/communication_nouns.json]

"…, the affidavit states.", "…, court documents state.": spaCy's tagger reads "states", "notes" after such a noun
as a plural noun ("the affidavit states" like "the swing states"), and the statement is lost (PolNeAR train and the
GVA 500 and basil draws write ", the affidavit states." five times, ", the report states." twice, session 50). Only
a paper can speak so; a region or a group of voters cannot. The papers are the one-word nouns whose first (most
frequent) sense is in noun.communication (lexfile 10: affidavit, complaint, report, memo), no instance.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from training.count_person_nouns import wordnet_table_main  # noqa: E402

COMMUNICATION_FILE = 10  # noun.communication in WordNet's lexnames

if __name__ == "__main__":
    wordnet_table_main(__doc__, "noun", COMMUNICATION_FILE, "communication_nouns.json", "one-word nouns whose first "
                       "(most frequent) sense is in noun.communication (lexfile 10) and is no instance (@i)")
