"""The stimulus verbs' table: a verb whose first sense is a feeling something stirs in someone."""
from training.count_stimulus_verbs import stimulus_verbs

# Lines in WordNet 3.0's format (pointers cut to none): offset, lexfile, pos, words, pointers, frames | gloss.
DATA = "\n".join([
    "  1 This software and database is being provided",  # the licence header, indented
    "01785989 37 v 01 anger 0 000 02 + 09 00 + 10 00 | make angry",
    "01775182 37 v 01 love 0 000 02 + 08 00 + 09 00 | have a great affection for",
    "01787124 37 v 02 anger 0 see_red 0 000 01 + 02 00 | become angry",
    "02000000 35 v 01 shock 0 000 01 + 10 00 | collide violently",
    "02000001 37 v 01 shock 0 000 01 + 10 00 | surprise greatly",
    "02000002 37 v 02 scare 0 frighten 0 000 02 + 09 01 + 10 02 | cause fear in",
])
INDEX = "\n".join([
    "  1 This software and database is being provided",
    "anger v 2 0 2 1 01785989 01787124",
    "love v 1 0 1 1 01775182",
    "see_red v 1 0 1 0 01787124",
    "shock v 2 0 2 1 02000000 02000001",
    "scare v 1 0 1 1 02000002",
    "frighten v 1 0 1 1 02000002",
])


def test_a_verb_is_kept_when_its_first_sense_is_a_feeling_stirred_in_someone():
    # anger: first sense in verb.emotion with "Something ----s somebody"; love: a person feels (frame 9 only);
    # shock: its first sense is a collision; see_red: two words; scare: the frame is listed for "frighten" only
    assert stimulus_verbs(INDEX, DATA) == ["anger", "frighten"]
