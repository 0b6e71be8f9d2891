"""The body terms' table: an adjective and a body's noun WordNet lists as one noun whose first sense is a group."""
from training.count_body_terms import body_terms

# Lines in WordNet 3.0's format (pointers cut to none): offset, lexfile, pos, words, pointers | gloss.
DATA = "\n".join([
    "  1 This software and database is being provided",  # the licence header, indented
    "08000001 14 n 01 federal_government 0 000 | a government of a federation",
    "08000002 14 n 01 grand_jury 0 000 | a jury to inquire into accusations",
    "08000003 06 n 01 grand_piano 0 000 | a piano",
    "08000004 14 n 01 school_board 0 000 | a board of a school district",
    "08000005 04 n 01 open_court 0 000 | a court open to the public",
    "08000006 14 n 01 open_court 0 000 | a court sitting in public",
])
INDEX = "\n".join([
    "  1 This software and database is being provided",
    "federal_government n 1 0 1 1 08000001",
    "grand_jury n 1 0 1 1 08000002",
    "grand_piano n 1 0 1 1 08000003",
    "school_board n 1 0 1 1 08000004",
    "open_court n 2 0 2 1 08000005 08000006",
])
ADJECTIVES = "\n".join(["  1 This software", "federal a 1 0 1 0 00000001", "grand a 1 0 1 0 00000002",
                        "open a 1 0 1 0 00000003"])


def test_a_term_is_kept_when_it_is_an_adjective_and_a_body_noun_whose_first_sense_is_a_group():
    # grand piano: no body noun; school board: "school" no adjective; open court: its group sense is not its first
    assert body_terms(INDEX, DATA, ADJECTIVES, {"government", "jury", "board", "court"}) == \
        ["federal government", "grand jury"]
