"""The capitals table: WordNet's instances of national_capital, each to the country it is part of."""
from training.count_capitals import capitals

INDEX = "\n".join(["  1 This software and database is being provided",
                   "country n 1 1 ~ 1 0 08544813", "national_capital n 1 1 ~ 1 0 08691669"])
DATA = "\n".join([
    "  1 This software and database is being provided",
    "08544813 15 n 01 country 0 001 ~ 08700255 n 0000 | a territory",
    "08691669 15 n 01 national_capital 0 000 | the capital city of a nation",
    "08700255 15 n 01 Asian_country 0 001 @ 08544813 n 0000 | a country of Asia",
    "08723006 15 n 02 China 0 People's_Republic_of_China 0 001 @i 08700255 n 0000 | a communist nation",
    "08724726 15 n 02 Beijing 0 Peking 0 002 @i 08691669 n 0000 #p 08723006 n 0000 | capital of China",
    "08730218 15 n 01 Hohhot 0 002 @i 08524735 n 0000 #p 08723006 n 0000 | a city of China",
])


def test_each_capital_name_stands_for_its_countrys_names_and_other_cities_for_none():
    assert capitals(INDEX, DATA) == {"Beijing": ["China", "People's Republic of China"],
                                     "Peking": ["China", "People's Republic of China"]}
