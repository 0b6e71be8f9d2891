"""The outlet nouns: WordNet's publishing firms, broadcasters and websites, a compound's head only when news writes it
after "told the"."""
from training.count_publisher_nouns import publisher_nouns, told_counts

DATA = "\n".join([
    "  1 This software and database is being provided",
    "08059870 14 n 01 firm 0 001 ~ 08062623 n 0000 | the members of a business organization",
    "08062623 14 n 02 publisher 0 publishing_firm 0 001 @ 08059870 n 0000 | a firm in the publishing business",
    "06595351 14 n 01 magazine 0 001 @ 08062623 n 0000 | a periodical",
    "04306080 06 n 01 station 0 000 | a facility equipped with special equipment",
    "02903405 06 n 01 broadcasting_station 0 001 @ 04306080 n 0000 | a station equipped to broadcast radio or television "
    "programs",
    "04044119 06 n 01 radio_station 0 001 @ 02903405 n 0000 | station for AM or FM radio broadcasts",
    "03820474 06 n 01 network 0 000 | (broadcasting) a communication system consisting of a group of broadcasting "
    "stations that all transmit the same programs",
    "06359193 10 n 02 web_site 0 site 0 000 | a computer connected to the internet that maintains a series of web pages",
    "01000001 06 n 01 lighthouse 0 000 | a tower with a light",
])


def test_outlet_nouns_and_the_heads_of_their_compounds_apart():
    assert publisher_nouns(DATA) == (["magazine", "network", "publisher", "site"], ["firm", "station"])


def test_told_counts_a_hearer_with_its_modifiers():
    texts = ["She told the local news station on Monday.", "He told the firm's lawyer.", "He told the station."]
    assert told_counts(["station", "firm"], texts) == {"station": 2, "firm": 0}
