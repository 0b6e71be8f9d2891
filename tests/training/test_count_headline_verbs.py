"""The headline verbs' table: WordNet's one-word verb lemmas, with where they came from."""
import json
from pathlib import Path

from training.count_headline_verbs import TABLE, verbs

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
