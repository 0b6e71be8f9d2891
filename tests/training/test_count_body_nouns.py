"""The body nouns' table: nouns whose first sense is a group of people, not a group of things."""
from training.count_body_nouns import body_nouns

# Lines in WordNet 3.0's format: offset, lexfile, pos, words, pointers (symbol, offset, pos, source/target) | gloss.
DATA = "\n".join([
    "  1 This software and database is being provided",  # the licence header, indented
    "00031264 03 n 01 group 0 000 | any number of entities (members) considered as a unit",
    "07950920 14 n 01 social_group 0 001 @ 00031264 n 0000 | people sharing some social relation",
    "07951464 14 n 01 collection 0 001 @ 00031264 n 0000 | several things grouped together",
    "08000001 14 n 01 jury 0 002 @ 07950920 n 0000 %m 10000001 n 0000 | a body sworn to give a verdict",
    "08000002 14 n 01 committee 0 002 @ 07950920 n 0000 %m 10000002 n 0000 | a body appointed to act",
    "08000003 14 n 01 series 0 002 @ 07951464 n 0000 %m 04000001 n 0000 | similar things placed in order",
    "08000004 14 n 01 law 0 001 @ 07951464 n 0000 | the collection of rules imposed by authority",
    "08000005 14 n 01 panel 0 001 @ 07950920 n 0000 | a group of people gathered for a special purpose",
    "04000001 06 n 01 stamp 0 000 | a small piece of adhesive paper",
    "04000002 06 n 01 panel 0 000 | a sheet that forms a flat part of a surface",
    "10000001 18 n 01 juror 0 000 | someone who serves on a jury",
    "10000002 18 n 01 committee_member 0 000 | a member of a committee",
])
INDEX = "\n".join([
    "  1 This software and database is being provided",
    "collection n 1 0 1 1 07951464",
    "committee n 1 0 1 1 08000002",
    "jury n 1 0 1 1 08000001",
    "law n 1 0 1 1 08000004",
    "panel n 2 0 2 1 04000002 08000005",
    "series n 1 0 1 1 08000003",
])


def test_a_noun_whose_first_sense_groups_things_is_no_body():
    # members of jury and committee are persons, so their branch is of people; series' member is a stamp
    groups, _ = body_nouns(INDEX, DATA, set())
    assert groups == ["committee", "jury"]


def test_a_source_head_is_kept_only_for_a_sense_that_groups_people():
    # panel's second sense is a group of people; law's only group sense is a collection of rules
    _, sources = body_nouns(INDEX, DATA, {"panel", "law"})
    assert sources == ["panel"]
