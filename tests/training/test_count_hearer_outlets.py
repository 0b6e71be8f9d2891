"""The hearer outlet nouns: written after "news" or "media", first a made thing, not yet a publisher or written noun."""
from collections import Counter

from training.count_hearer_outlets import hearer_outlets, news_nouns

TEXTS = ["Two media outlets ran it. A news outlet said so.", "At a news conference, the news outlet and the news "
         "station were told. The news release came later."]
SENSES = {"outlet": (6, False), "conference": (14, False), "station": (6, False), "release": (6, False)}


def test_a_plural_after_news_counts_with_its_noun():
    assert news_nouns(TEXTS) == Counter({"outlet": 3, "conference": 1, "station": 1, "release": 1})


def test_only_made_things_not_yet_tabled_are_kept():
    """"station" is a publisher noun already, "release" a written thing, "conference" a group (a gathering)."""
    assert hearer_outlets(news_nouns(TEXTS), SENSES, 1) == ["outlet"]
    assert hearer_outlets(news_nouns(TEXTS), SENSES, 4) == []
