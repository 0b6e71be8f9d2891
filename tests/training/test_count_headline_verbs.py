"""The headline verbs' table: WordNet's one-word verb lemmas and its two-word nouns ending in one, with where they came
from."""
import json
from pathlib import Path

from training.count_headline_verbs import TABLE, compounds, verbs

INDEX = """  1 This software and database is being provided to you, the LICENSEE, by
abandon v 5 3 @ ~ + 5 5 02228031 02227741 00614057 00613393 01473489
slam v 4 3 @ ~ + 4 2 01242391 01425709 01242208 01507143
blow_up v 7 3 @ ~ + 7 2 00260051 01898664 00305846 01128525 01128406 00301950 00429060
x-ray v 1 2 @ ~ 1 0 00669762
"""


def test_one_word_lemmas_of_letters_are_kept():
    assert verbs(INDEX) == ["abandon", "slam"]


def test_the_table_holds_the_verbs_a_headline_reads_back_and_no_plural_noun():
    table = json.loads(TABLE.read_text(encoding="utf-8"))
    assert "count_headline_verbs.py" in table["provenance"]["command"] and "WordNet" in table["provenance"]["licence"]
    words = set(table["verbs"])
    assert {"subpoena", "slam", "notch", "sign"} <= words
    assert not {"adult", "teen", "migrant", "lawmaker"} & words


NOUNS = """  1 This software and database is being provided to you, the LICENSEE, by
police_officer n 1 4 @ ~ #p %p 1 1 10448983
life_sentence n 1 2 @ ~ 1 0 06234300
police_station n 1 3 @ ~ #p 1 1 03977966
peace_of_mind n 1 1 @ 1 0 14408646
officer n 4 5 @ ~ #m + 4 4 10317007 10317500 10318193 09390424
"""


def test_two_word_nouns_kept_only_when_their_second_word_is_a_verb():
    assert compounds(NOUNS, ["officer", "sentence", "slam"]) == ["life sentence", "police officer"]


def test_the_table_holds_the_compounds_a_headline_subject_runs_on_through():
    table = json.loads(TABLE.read_text(encoding="utf-8"))
    pairs = set(table["compounds"])
    assert {"police officer", "life sentence"} <= pairs
    assert not {"police arrest", "panel subpoena", "police release"} & pairs
    assert table["provenance"]["compounds"] == len(table["compounds"])
