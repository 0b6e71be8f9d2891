from training.wordnet import IndexEntry, exceptions, index_entries, index_lemmas, sense_counts, synsets

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


# A data.verb line: the verb.communication file (32), two words, one pointer, then two frames, one for every word
# ("00") and one for word 2 only.
_DATA_VERB = "01009240 32 v 02 Say 0 state 0 001 @ 01008947 v 0000 02 + 08 00 + 26 02 | express in words\n"


def test_a_data_line_gives_its_lexicographer_file_its_words_as_written_and_a_verbs_frames():
    [synset] = synsets(_DATA_VERB)
    assert synset.lexfile == 32
    assert synset.words == ("Say", "state") and synset.lemmas == ("say", "state")
    assert synset.frames == ((8, 0), (26, 2))
    [adjective] = synsets(_DATA_ADJ)
    assert adjective.lexfile == 0 and adjective.words == ("hypocritical", "two-faced") and adjective.frames == ()


def test_an_index_line_gives_its_synsets_in_sense_order_and_how_many_are_tagged():
    index = "  1 This software and database is being provided to you\n" \
        "slam v 3 2 @ + 3 1 02000003 01000001 00000002\n"
    [entry] = index_entries(index)
    assert entry == IndexEntry("slam", ("02000003", "01000001", "00000002"), 1)


def test_cntlist_gives_each_sense_key_with_its_number_and_count():
    assert list(sense_counts("refuse%2:32:00:: 1 40\nrefuse%2:40:00:: 2 7\n")) == \
        [("refuse%2:32:00::", 1, 40), ("refuse%2:40:00::", 2, 7)]


def test_an_exception_list_gives_each_irregular_form_with_its_bases():
    assert list(exceptions("forgot forget\nfound find found\n")) == [("forgot", ("forget",)), ("found", ("find", "found"))]
