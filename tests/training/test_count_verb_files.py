"""The verb-files table: each one-word verb of WordNet with the lexicographer files of all its senses."""
from training.count_verb_files import verb_files


def test_a_verb_takes_the_distinct_files_of_its_senses_and_phrases_are_left_out():
    # offset lex_filenum ss_type w_cnt (word lex_id)… p_cnt | gloss
    data = "\n".join([
        "00000001 32 v 01 retort 0 000 | answer back",
        "00000002 32 v 01 retort 0 000 | reply in a sharp way",
        "00000003 38 v 01 stand 0 000 | be upright",
        "00000004 42 v 01 stand 0 000 | be in some state",
        "00000005 31 v 01 stand_by 0 000 | be loyal to",
    ])
    # lemma pos synset_cnt p_cnt [ptr…] sense_cnt tagsense_cnt offsets…
    index = "\n".join([
        "  1 this line is the licence header",
        "retort v 2 1 @ 2 0 00000001 00000002",
        "stand v 2 0 2 1 00000004 00000003",
        "stand_by v 1 0 1 0 00000005",
        "re-elect v 1 0 1 0 00000004",
    ])
    assert verb_files(index, data) == {"retort": "communication", "stand": "motion stative", "re-elect": "stative"}
