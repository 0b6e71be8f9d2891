"""The found-things table: WordNet's verbs of finding (a sense and those below it) and the nouns whose
first sense is a physical thing."""
from training.count_found_things import FIND_SENSE, finding_verbs, thing_nouns


def test_the_verbs_are_the_finding_sense_and_its_hyponyms_of_one_word():
    # offset lex_filenum ss_type w_cnt (word lex_id)… p_cnt (ptr offset pos src/tgt)… | gloss
    data = "\n".join([
        f"{FIND_SENSE} 40 v 02 find 0 regain 1 001 ~ 00000002 v 0000 | come upon after searching",
        "00000002 40 v 02 locate 0 turn_up 0 001 ~ 00000003 v 0000 | find the whereabouts of",
        "00000003 40 v 01 pinpoint 0 000 | locate exactly",
        "00000004 32 v 01 say 0 000 | express in words",
    ])
    assert finding_verbs(data) == ["find", "locate", "pinpoint", "regain"]


def test_the_things_are_nouns_whose_first_sense_is_physical():
    data = "\n".join([
        "00000001 06 n 01 gun 0 000 | a weapon",
        "00000002 10 n 01 evidence 0 000 | your basis for belief",
        "00000003 06 n 01 letter 0 000 | a written message",
        "00000004 10 n 01 letter 0 000 | the conventional characters of the alphabet",
    ])
    index = "\n".join([
        "  1 this line is the licence header",
        "gun n 1 0 1 0 00000001",
        "evidence n 1 0 1 0 00000002",
        "letter n 2 0 2 0 00000004 00000003",
        "hand_gun n 1 0 1 0 00000001",
    ])
    assert thing_nouns(index, data) == ["gun"]
