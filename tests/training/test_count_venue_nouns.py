"""The gathering nouns: those whose first sense is a gathering or a proceeding, or lies below one."""
from training.count_venue_nouns import gathering_nouns

INDEX = "\n".join(["  1 This software and database is being provided",
                   "conference n 2 1 @ 2 0 07000002 07000009", "gathering n 1 1 @ 1 0 07000001",
                   "hearing n 1 1 @ 1 0 07000004", "post n 1 1 @ 1 0 07000005", "summit n 2 1 @ 2 0 07000006 07000002"])
DATA = "\n".join([
    "  1 This software and database is being provided",
    "07000001 14 n 01 gathering 0 000 | a group of persons together in one place",
    "07000002 14 n 01 conference 0 001 @ 07000001 n 0000 | a prearranged meeting for consultation",
    "07000003 04 n 01 proceeding 0 000 | (law) the institution of a sequence of steps by which legal judgments are "
    "invoked",
    "07000004 04 n 01 hearing 0 001 @ 07000003 n 0000 | (law) a proceeding where evidence is taken",
    "07000005 15 n 01 post 0 000 | the position where someone stands guard",
    "07000006 26 n 01 summit 0 000 | the highest level attainable",
    "07000009 10 n 01 conference 0 000 | a discussion",
])


def test_a_word_is_a_gathering_by_its_first_sense_only():
    assert gathering_nouns(INDEX, DATA) == ["conference", "gathering", "hearing"]
