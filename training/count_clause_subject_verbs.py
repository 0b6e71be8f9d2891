"""Write the verbs whose subject may be an "it" that stands for a clause after them, from WordNet.

    python training/count_clause_subject_verbs.py [WORDNET_DICT] [--out viewer/resources/attribution/clause_subject_verbs.json]

"It appears that the plan failed", "it seems the Democrats have too many superdelegates": the "it" stands for the
clause and names no one, so the reader must not take the nearest organisation for it. Which verbs allow it is read
from WordNet 3.0's sentence frames: a verb is kept when a sense of it lists the frame "It ----s that CLAUSE" (frame
34, wninput(5WN)) for that word ("seem", "appear", "happen", "turn out"), and it is one word of letters. Counted on
PolNeAR train (840 articles, ``training/count_expletive_shapes.py``): a subject "it" of such a verb with a clause and
no object, 28 times, is never in an annotated source; an "it" with a clause after any other verb ("It said…") is one
39 times of 239.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from training.count_person_nouns import wordnet_table_arguments, write_wordnet_table  # noqa: E402
from training.wordnet import synsets  # noqa: E402

CLAUSE_SUBJECT_FRAME = 34  # "It ----s that CLAUSE"


def clause_subject_verbs(data_verb: str) -> list[str]:
    """The one-word verbs of ``data.verb`` that some sense lists with the frame "It ----s that CLAUSE"."""
    return sorted({word for synset in synsets(data_verb) for number, which in synset.frames
                   if number == CLAUSE_SUBJECT_FRAME
                   for i, word in enumerate(synset.lemmas) if which in (0, i + 1) and word.isalpha()})


def main() -> None:
    args = wordnet_table_arguments(__doc__, "data.verb", "clause_subject_verbs.json")
    verbs = clause_subject_verbs((args.wordnet / "data.verb").read_text(encoding="latin-1"))
    write_wordnet_table(args.out, verbs, "data.verb",
                        "one-word verbs a sense of which lists the frame 'It ----s that CLAUSE' (frame 34) for that word",
                        "python training/count_clause_subject_verbs.py " + str(args.wordnet), key="verbs")


if __name__ == "__main__":
    main()
