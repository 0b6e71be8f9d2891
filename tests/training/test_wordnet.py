from training.wordnet import index_lemmas, synsets

# Two lines in WordNet 3.0's data.adj shape: the licence line, then "hypocritical" with a syntactic marker on its
# second word, an antonym pointer from the whole synset and a derivation pointer from word 1 to word 2 of a noun synset.
_DATA_ADJ = """  1 This software and database is being provided to you, the LICENSEE, by Princeton University
01234567 00 s 02 hypocritical 0 two-faced(a) 0 002 ! 07654321 a 0000 + 05432100 n 0102 | """ \
    'professing feelings; "a hypocritical smile"\n'


def test_a_data_line_gives_its_lemmas_pointers_and_gloss():
    [synset] = synsets(_DATA_ADJ)
    assert synset.offset == "01234567"
    assert synset.lemmas == ("hypocritical", "two-faced")
    assert [(p.symbol, p.offset, p.pos, p.source, p.target) for p in synset.pointers] == \
        [("!", "07654321", "a", 0, 0), ("+", "05432100", "n", 1, 2)]
    assert synset.gloss == 'professing feelings; "a hypocritical smile"'


def test_an_index_file_gives_its_lemmas_after_the_licence():
    index = "  1 This software and database is being provided to you\n" \
        "give_up v 2 1 @ 2 0 02 00\nslam v 3 2 @ + 3 0 1 2 3\n"
    assert index_lemmas(index) == ["give_up", "slam"]
