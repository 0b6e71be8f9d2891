"""The clause subject verbs' table: a verb WordNet lists with the frame "It ----s that CLAUSE"."""
from training.count_clause_subject_verbs import clause_subject_verbs

# Lines in WordNet 3.0's format (pointers cut to none): offset, lexfile, pos, words, pointers, frames | gloss.
DATA = "\n".join([
    "  1 This software and database is being provided",  # the licence header, indented
    "02133435 30 v 01 seem 0 000 02 + 34 00 + 06 00 | give a certain impression",
    "00730758 32 v 02 say 0 state 0 000 01 + 26 00 | express in words",
    "00339934 30 v 02 turn_out 0 prove 0 000 01 + 34 02 | be shown or be found to be",
    "00342028 30 v 02 happen 0 chance 0 000 01 + 34 01 | come about by chance",
])


def test_a_verb_is_kept_when_a_sense_lists_it_with_the_frame_it_seems_that():
    # say: no such frame; turn_out: two words; prove and happen: the frame is listed for them, not for chance
    assert clause_subject_verbs(DATA) == ["happen", "prove", "seem"]
