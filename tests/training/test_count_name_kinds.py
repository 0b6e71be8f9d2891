"""The name-kinds table keeps a one-word name written often inside sentences, hardly ever after a given
name or a title, seldom opening a longer name, and never a given name itself."""
from collections import Counter

from training.count_name_kinds import LEAST, bodies, count_words


def test_words_are_counted_inside_sentences_and_after_a_name_or_a_title():
    text = "a post on Twitter said, Twitter added. Jack Twitter spoke with Sen. Warren and in Boston, Amanda said."
    inside, named, opening = count_words([text + " Her husband, Melania Trump said."])
    assert inside == Counter(Twitter=2, Sen=1, Boston=1, Amanda=1, Melania=1) and named == Counter(Twitter=1, Warren=1)
    assert +opening == Counter(Melania=1)


def test_a_word_is_kept_seen_often_and_seldom_after_a_name_and_no_given_name():
    inside = Counter(Politico=LEAST, Trump=LEAST * 10, Acme=LEAST - 1, Amanda=LEAST * 10, Twitter=LEAST * 100)
    inside["Melania"] = LEAST * 10
    named = Counter(Trump=LEAST, Twitter=1)
    assert list(bodies(inside, named, Counter(Melania=LEAST * 8, Twitter=LEAST))) == ["Politico", "Twitter"]
