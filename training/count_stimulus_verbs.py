"""Write the verbs whose subject stirs a feeling in their object, from WordNet.

    python training/count_stimulus_verbs.py [WORDNET_DICT] [--out viewer/resources/attribution/stimulus_verbs.json]

"Mrs. Clinton's position has angered some Democrats", "the jobs report cheered Democrats": the object
feels, the subject is what the feeling is about. PolNeAR's annotators mark such a sentence as the
object's stance (source "some Democrats", content "Mrs. Clinton's position"), where a reporting verb's
subject would be the source. Which verbs do so is read from WordNet 3.0 (Princeton University; the
Debian package ``wordnet-base`` installs its database in /usr/share/wordnet): a verb is kept when its
first sense, the one WordNet lists as most frequent, belongs to the lexicographer file ``verb.emotion``
(number 37, lexnames(5WN)) and allows the sentence frame "Something ----s somebody" (frame 10,
wninput(5WN)), and it is one word of letters. "Love" and "fear" (a person feels, frame 9 "Somebody ----s
somebody" only) are not kept.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from training.count_person_nouns import wordnet_table_arguments, write_wordnet_table  # noqa: E402
from training.wordnet import index_entries, synsets  # noqa: E402

EMOTION_FILE = 37  # verb.emotion in WordNet's lexnames
STIMULUS_FRAME = 10  # "Something ----s somebody"


def stimulus_verbs(index_verb: str, data_verb: str) -> list[str]:
    """The one-word verbs of ``index.verb`` whose first sense is a feeling caused in someone by something."""
    kept = _stimulus_senses(data_verb)
    return sorted(entry.lemma for entry in index_entries(index_verb)
                  if entry.lemma.isalpha() and entry.lemma in kept.get(entry.offsets[0], ()))


def _stimulus_senses(data_verb: str) -> dict[str, set[str]]:
    """Per verb.emotion synset, the words of it the "Something ----s somebody" frame is listed for."""
    return {synset.offset: {word for number, which in synset.frames if number == STIMULUS_FRAME
                            for i, word in enumerate(synset.lemmas) if which in (0, i + 1)}
            for synset in synsets(data_verb) if synset.lexfile == EMOTION_FILE}


def main() -> None:
    args = wordnet_table_arguments(__doc__, "index.verb and data.verb", "stimulus_verbs.json")
    verbs = stimulus_verbs((args.wordnet / "index.verb").read_text(encoding="latin-1"),
                           (args.wordnet / "data.verb").read_text(encoding="latin-1"))
    write_wordnet_table(args.out, verbs, "index.verb and data.verb",
                        "one-word verbs whose first (most frequent) sense is in verb.emotion (lexfile 37) and allows the "
                        "frame 'Something ----s somebody' (frame 10)",
                        "python training/count_stimulus_verbs.py " + str(args.wordnet), key="verbs")


if __name__ == "__main__":
    main()
