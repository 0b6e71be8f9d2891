"""The speech verbs' table: a verb whose first sense is one of speaking or writing."""
from training.count_speech_verbs import speech_verbs

# Lines in WordNet 3.0's format (pointers cut to none): offset, lexfile, pos, words, pointers, frames | gloss.
DATA = "\n".join([
    "  1 This software and database is being provided",  # the licence header, indented
    "01009240 32 v 02 say 0 state 0 000 01 + 08 00 | express in words",
    "02000000 40 v 01 offer 0 000 01 + 08 00 | make available",
    "02000001 32 v 01 offer 0 000 01 + 08 00 | propose",
    "02000002 31 v 01 decide 0 000 01 + 08 00 | reach a decision",
    "02000003 32 v 01 speak_up 0 000 01 + 08 00 | speak loudly",
])
INDEX = "\n".join([
    "  1 This software and database is being provided",
    "say v 1 0 1 1 01009240",
    "state v 1 0 1 1 01009240",
    "offer v 2 0 2 1 02000000 02000001",
    "decide v 1 0 1 1 02000002",
    "speak_up v 1 0 1 0 02000003",
])


def test_a_verb_is_kept_when_its_first_sense_is_communication():
    # offer: its communication sense is not its first; decide: cognition; speak_up: two words
    assert speech_verbs(INDEX, DATA) == ["say", "state"]
