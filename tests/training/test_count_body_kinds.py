"""The body-kind table pairs a speaking description with the body named just before it, only where
no body of the text is named with the description's own noun, and WordNet's hyponyms of the noun."""
from collections import Counter

from training.count_body_kinds import below_in_wordnet, counted, pairs


def test_a_speaking_description_counts_against_the_body_named_before_it():
    text = ("The Roseville Police arrested two men. The agency said both would appear in court. "
            "The Green Party met. The party said it would wait. The commission of a crime is no body.")
    assert pairs(text) == Counter({("agency", "police"): 1})


def test_a_name_with_two_kind_words_says_nothing_of_which_the_description_took():
    assert pairs("The Roseville Police Department arrested two men. The agency said both would appear.") == Counter()


def test_a_kind_is_kept_only_when_seen_often_and_beyond_closeness():
    counts = Counter({("agency", "department"): 3, ("agency", "police"): 3, ("party", "police"): 30,
                      ("court", "department"): 2})
    assert counted(counts) == {"agency": {"department": 3}}


def test_wordnet_keeps_kind_words_below_a_sense_of_the_noun():
    # offset lex_filenum ss_type w_cnt word lex_id p_cnt [ptr offset pos src/tgt] | gloss
    data = "\n".join([
        "00000001 14 n 02 agency 0 bureau 0 000 | an administrative unit of government",
        "00000002 14 n 01 police 0 001 @ 00000001 n 0000 | a police force",
        "00000003 14 n 01 party 0 000 | an organization to gain political power",
    ])
    assert below_in_wordnet(data) == {"agency": ["bureau", "police"], "bureau": ["agency", "police"]}
