"""Claim units: sentences, or clauses where a sentence joins independent propositions."""
from __future__ import annotations

import json

import pytest

from viewer.analysis.claims import alignment
from viewer.analysis.claims.features import UnitFeatures
from viewer.analysis.claims.units import claim_units
from viewer.analysis.claims.vocabulary import term
from viewer.corpus.spans import Span


def _texts(parsed_doc):
    return [parsed_doc.text[u.span.start:u.span.end] for u in claim_units(parsed_doc)]


@pytest.mark.parametrize("sentence, expected", [
    (
        "Konashenkov added that these troops included 162 officers and 47 women personnel, "
        "and that a total of 151 wounded were given medical treatment.",
        ["Konashenkov added that these troops included 162 officers and 47 women personnel",
         "a total of 151 wounded were given medical treatment."],
    ),
    (
        "Of those who surrendered, 162 were officers and 47 were women.",
        ["Of those who surrendered, 162 were officers and 47 were women."],
    ),
    (
        "There, 57 people died, including children, and dozens were injured in hospital.",
        ["There, 57 people died, including children", "dozens were injured in hospital."],
    ),
    (
        "The talks were postponed; the delegations will meet again in Geneva next week.",
        ["The talks were postponed", "the delegations will meet again in Geneva next week."],
    ),
    (
        "Rescuers searched the rubble and found two survivors on Monday.",
        ["Rescuers searched the rubble and found two survivors on Monday."],
    ),
    (
        "The drone has a top speed of 160 kph (100 mph), but officials say it will usually fly at 100 kph (62 mph).",
        ["The drone has a top speed of 160 kph (100 mph)", "officials say it will usually fly at 100 kph (62 mph)."],
    ),
])
def test_clause_units(parsed, sentence, expected):
    assert _texts(parsed(sentence)) == expected


@pytest.mark.parametrize("sentence, expected", [
    (
        "“The rule strengthens the law, ” the secretary said, adding that agencies can skip a review in limited cases.",
        ["“The rule strengthens the law, ” the secretary said", "adding that agencies can skip a review in limited cases."],
    ),
    (
        "Police said the driver was armed and added that no officer was hurt in the chase.",
        ["Police said the driver was armed", "added that no officer was hurt in the chase."],
    ),
    (
        "A neighbour said they were a 'quiet family' and added he could not believe it.",
        ["A neighbour said they were a 'quiet family'", "added he could not believe it."],
    ),
])
def test_a_speakers_second_report_is_a_unit_of_its_own(parsed, sentence, expected):
    assert _texts(parsed(sentence)) == expected


@pytest.mark.parametrize("sentence", [
    "The chief urged witnesses to come forward and report what they saw that night.",
    "She said the film shows a woman defying anyone to tell her she was wrong.",
    "The company issued a statement on Friday, saying that the plant would reopen next week.",
    "The company said in an e-mailed update, adding that it is working with customers to restore all services.",
])
def test_a_report_that_follows_no_report_or_states_a_purpose_stays_in_its_sentence(parsed, sentence):
    assert _texts(parsed(sentence)) == [sentence]


def test_headlines_and_captions_are_not_units(parsed):
    text = "World\n\nFinland and Sweden, in NATO:\n\nThe ministry said 40 people were evacuated from the town."
    assert _texts(parsed(text)) == ["The ministry said 40 people were evacuated from the town."]


@pytest.mark.parametrize("closing", ["”", "’", ")"])
def test_a_paragraph_whose_closing_quote_a_space_sets_off_is_a_sentence(parsed, closing):
    opening = {"”": "“", "’": "‘", ")": "("}[closing]
    quoted = f"The actor starred in the musical {opening}The Boy from Oz. {closing}"
    text = f"The ministry said 40 people were evacuated from the town.\n\n{quoted}\n\nThe river rose by two metres overnight."
    assert _texts(parsed(text)) == ["The ministry said 40 people were evacuated from the town.", quoted,
                                    "The river rose by two metres overnight."]


def test_units_never_touch_boilerplate(parsed):
    text = "Officials said 40 people were evacuated from the town.\n\n(Also read: Floods hit the north as 200 homes are lost)\n\nThe river rose by two metres overnight."
    start = text.index("(Also")
    boilerplate = Span(start, text.index(")", start) + 1)
    units = claim_units(parsed(text, boilerplate=[boilerplate]))
    assert len(units) == 2
    assert not any(u.span.overlaps(boilerplate) for u in units)


def test_units_never_touch_foreign_passages(parsed):
    text = ("The army said the brigade broke through to the Azov regiment on Tuesday.\n\n"
            "В Мариуполе подразделения 36 обмп в результате рискованного манёвра прорвались к полку «Азов».\n\n"
            "The mayor said 100 civilians were evacuated from the plant.")
    units = claim_units(parsed(text))
    assert [text[u.span.start:u.span.end][:12] for u in units] == ["The army sai", "The mayor sa"]


def test_features_are_stored_as_json_and_carry_figures_with_what_they_count(parsed):
    text = "Russia's Defense Ministry said today that more than 1,000 Ukrainian servicemen had surrendered in Mariupol."
    (unit,) = claim_units(parsed(text))
    features = json.loads(json.dumps(unit.features.to_json()))
    assert UnitFeatures.from_json(features) == unit.features
    assert [(f["text"], f["thing"], f["low"], f["high"]) for f in features["figures"]] == [("more than 1,000", "serviceman", 1000, 2000)]
    assert {"surender", "serviceman", "ukraine"} <= set(features["terms"])
    assert "defense" in features["frame"] and "mariupol" in features["setting"]
    assert [w[0] for w in alignment.unpacked(features["aligned"]) if w[3] & alignment.MAIN] == ["surrender"]


def test_units_record_the_entities_and_counted_words_their_sources_are_compared_by(parsed):
    """Recorded from the article's own parse (the headline's, for a headline, moved to the
    article's offsets), so comparing the sources of a claim needs no parse of its own."""
    text = ("World news\n\nKlitschko Says 40 Journalists Were Evacuated From Bucha\n\n"
            "The mayor, Vitali Klitschko, said 40 journalists were evacuated from Bucha on Monday.\n\n"
            "The Red Cross sent two teams.")
    units = claim_units(parsed(text))
    assert [u.features.headline for u in units] == [True, False, False]
    assert [[text[s:e] for s, e in u.features.entities] for u in units] == [
        ["Klitschko", "Bucha"], ["Vitali Klitschko", "Bucha"], ["The Red Cross"]]
    figures = [f for u in units for f in u.features.figures]
    assert [(text[f.start:f.end], f.thing, f.counts) for f in figures] == [
        ("40", "iournalist", "journalist"), ("40", "iournalist", "journalist"), ("two", "team", "team")]


@pytest.mark.parametrize("text, thing", [
    ("After reports that soldiers in the city surrendered, officials alleged that about 700 more have done the same.", "soldier"),
    ("Two journalists were detained at the border, and police said 40 others were questioned.", "iournalist"),
    ("Dozens of reporters resigned from the state broadcaster in protest.", "reporter"),
    ("About 700 more have done the same.", ""),
])
def test_elided_nouns_count_what_was_named_before(parsed, text, thing):
    figures = [f for u in claim_units(parsed(text)) for f in u.features.figures]
    assert figures[-1].thing == thing


@pytest.mark.parametrize("text, counts", [
    ("Three men were killed and four other people were wounded in the shooting.", "people"),
    ("Three women were hurt, and two more victims were taken to the hospital.", "victim"),
    ("Three men were killed and four others were wounded in the shooting.", "man"),
    ("Three men were killed and two more were wounded in the shooting.", "man"),
])
def test_a_count_of_others_counts_its_own_noun_and_borrows_only_without_one(parsed, text, counts):
    """"four other people" are people, not the men named before; "four others" names nobody, so counts them."""
    figures = [f for u in claim_units(parsed(text)) for f in u.features.figures]
    assert figures[-1].counts == counts


@pytest.mark.parametrize("text, thing", [
    ("The survey said the earthquake had a magnitude of 5.9 on Sunday.", "magnitude"),
    ("The survey put the magnitude of the earthquake at 6.1 on Sunday.", "magnitude"),
    ("The survey put the strength of the earthquake at magnitude-5.4 on Sunday.", "magnitude"),
    ("Rescuers put the death toll at 47 on Monday.", "tol"),
])
def test_a_figure_after_the_noun_it_gives_the_value_of_measures_that_noun(parsed, text, thing):
    (figure,) = [f for u in claim_units(parsed(text)) for f in u.features.figures]
    assert figure.thing == thing


def test_did_the_same_is_compared_under_the_verb_it_repeats(parsed):
    text = "Hundreds of nurses resigned from the city hospital on Monday. On Tuesday, 300 doctors did the same."
    last = claim_units(parsed(text))[-1]
    assert "resign" in last.features.terms


@pytest.mark.parametrize("a, b", [
    ("Dozens of people lost their lives in the flood.", "The flood killed 40 villagers."),
    ("Russia launched its invasion of Ukraine in 2022.", "Russia invaded Ukraine in 2022."),
    ("The fate of 46 residents remains unknown.", "Dozens of residents are still unaccounted for."),
    ("Protesters hurled stones at the police.", "Demonstrators threw stones at officers."),
])
def test_news_paraphrases_are_close_in_meaning_without_a_synonym_table(parsed, a, b):
    """What the retired synonym classes did by hand, the embeddings do for any wording."""
    unrelated = "The central bank raised its key interest rate by half a point."
    va, vb, vu = (claim_units(parsed(t))[0].vector for t in (a, b, unrelated))
    assert va @ vb > 0.45 and va @ vb > va @ vu + 0.2


def test_generic_words_for_people_weigh_nothing(parsed):
    unit = claim_units(parsed("Rescuers saved 39 persons from the rubble."))[0]
    assert "people" not in unit.features.terms
    assert unit.features.figures[0].thing == "person"


@pytest.mark.parametrize("text, counted", [
    ("The suspect fled 150 miles west on Interstate 40.", [("150", True), ("40", False)]),
    ("Flight 370 vanished with 239 people on board.", [("370", False), ("239", True)]),
    ("Marcus Reed, 35, faces three counts of murder.", [("35", False), ("three", True)]),
    ("The house belonged to one of the victims, police said.", [("one", False)]),
    ("Three of the victims were children.", [("Three", True)]),
    ("Callers to 405-555-1234 gave 20 names.", [("405", False), ("555", False), ("1234", False), ("20", True)]),
    ("Two men were shot in the 4000 block of Main Street, three blocks from the school.",
     [("Two", True), ("4000", False), ("three", True)]),
    ("Two men were hurt and a man aged 41 was arrested.", [("Two", True), ("41", False)]),
    ("Police found 3 men shot at 4500 W. Oak St. and 2 more outside 1200 Main Street.",
     [("3", True), ("4500", False), ("2", True), ("1200", False)]),
    ("Police said the boy, who turned 12 last week, called 911 after four shots were fired.",
     [("12", False), ("911", False), ("four", True)]),
    ("A 911 dispatcher took 30 calls in an hour.", [("911", False), ("30", True)]),
])
def test_numbers_that_name_or_pick_are_not_counts(parsed, text, counted):
    """A road, a flight, an age (in apposition, "a 17-year-old", "aged 41", "turned 12"), "one of",
    a telephone number, an emergency line, a time of day, an address's block and a house number name or pick; a count comes before what it counts. Linking still reads them (two reports
    giving one flight number report one event); only comparing counts leaves them out."""
    assert [(text[f.start:f.end], f.count) for u in claim_units(parsed(text)) for f in u.features.figures] == counted


@pytest.mark.parametrize("text, counted", [
    ("Tacoma police told KIRO 7.", [("7", False)]),
    ("Robinson told KIRO 7 on Tuesday that two men fled.", [("7", False), ("two", True)]),
    ("Family members identified the girl to WAVE 3 News as Ilanye Price.", [("3", False)]),
    ("Police originally told WPDE ABC 15 News that eight people were wounded.", [("15", False), ("eight", True)]),
    ("Police told CNN 5 people were wounded.", [("5", True)]),
    ("Police told CNN 5 of the victims were children.", [("5", True)]),
    ("THERE WERE PROBABLY MORE THAN 30 ROUNDS FIRED.", [("MORE THAN 30", True)]),
    ("Arpaio endorsed Perry, the three term Texas Governor, on Monday.", [("three", False)]),
    ("Arpaio endorsed three term Texas Governor Rick Perry for the Republican nomination.", [("three", False)]),
    ("Arpaio endorsed the three-term Texas governor and four other candidates.", [("three", False), ("four", True)]),
    ("Two police officers and one police officer were hurt.", [("Two", True), ("one", True)]),
    ("A five-member family was displaced.", [("five", True)]),
    ("The gunman later shot two Placer County Sheriff's deputies.", [("two", True)]),
    ("He was jailed for six Kansas City firefighter deaths.", [("six", True)]),
    ("He was shot by two Fort Hood civilian police officers.", [("two", True)]),
    ("Batt, a five-time felon, had the weapon.", [("five", False)]),
])
def test_a_broadcasters_channel_or_a_titles_number_is_no_count(parsed, text, counted):
    """Call letters name a station with its channel ("told KIRO 7"), and a title can carry a number
    ("the three-term governor"): both are read for linking, never compared as counts. A number before
    what it counts ("told CNN 5 people", "two police officers") still counts."""
    assert [(text[f.start:f.end], f.count) for u in claim_units(parsed(text)) for f in u.features.figures] == counted


@pytest.mark.parametrize("text, noun", [("Police said 40 people were evacuated.", True), ("More than 100 were injured.", False)])
def test_a_figure_records_whether_a_noun_says_what_it_counts(parsed, text, noun):
    (figure,) = [f for u in claim_units(parsed(text)) for f in u.features.figures]
    assert figure.noun is noun


def test_a_bare_count_the_parser_calls_a_date_is_still_a_figure(parsed):
    unit = claim_units(parsed("The ministry put the death toll at 47 on Monday."))[0]
    assert [f.value for f in unit.features.figures] == [47.0]


@pytest.mark.parametrize(("text", "ends"), [
    ("Between 9 and 20 people were hurt in the blast on Monday.", [(9, 20)]),  # the parser calls the range a date
    ("A Detroit man will spend 20 to 42 years in prison for the shooting.", [(20, 42)]),  # a length of time, as a range
    ("Police said the man was held for 48 hours before his release.", []),  # one length of time that sets the scene is no figure
])
def test_a_range_the_parser_calls_a_date_is_still_a_figure(parsed, text, ends):
    unit = claim_units(parsed(text))[0]
    assert [(f.low, f.high) for f in unit.features.figures] == ends


@pytest.mark.parametrize(("text", "terms"), [
    ("The man was sentenced to 20 years in prison on Monday.", [20.0]),
    ("He faces up to 10 years in prison if convicted.", [10.0]),
    ("Prosecutors said he will serve 9 years.", [9.0]),
    ("He is serving a 15-year sentence for the robbery.", [15.0]),
    ("In the past 24 hours, three people were shot in the city.", []),
    ("For 10 years he worked at the plant on Main Street.", []),
    ("The shooting happened two years ago near the school.", []),
    ("The man left behind two 4-year-olds and a 1-month old baby.", []),  # ages label, they are no term
])
def test_a_single_length_of_time_is_a_figure_only_as_a_term(parsed, text, terms):
    """A term served or faced is what the sentence states; a length of time that sets the scene is
    not compared, since two reports of one claim set it differently."""
    figures = [f for u in claim_units(parsed(text)) for f in u.features.figures if f.unit == "duration"]
    assert [f.value for f in figures if f.term] == terms and all(f.term for f in figures)


def test_two_terms_of_one_thing_conflict_and_a_term_and_its_maximum_agree(parsed):
    from viewer.analysis.claims.index import figure_relation

    def figures(text):
        return [f for u in claim_units(parsed(text)) for f in u.features.figures]

    twenty = figures("Smith was sentenced to 20 years in prison.")
    assert figure_relation(twenty, figures("Jones was sentenced to 9 years in prison."), smallest=0) == "conflict"
    assert figure_relation(twenty, figures("He faces up to 20 years in prison."), smallest=0) == "same"
    assert figure_relation(figures("In the past 24 hours, police made arrests."),
                           figures("In the past 48 hours, police made arrests."), smallest=0) == ""


@pytest.mark.parametrize("text, counted", [
    ("The one who shot him ran from the house before police arrived.", [("one", False)]),
    ("No one else was hurt in the crash on the highway.", [("one", False)]),
    ("The two men blamed one another for the fight outside the bar.", [("two", True), ("one", False)]),
    ("One man was wounded and the other one escaped unhurt.", [("One", True), ("one", False)]),
    ("The gunman killed one and wounded two others at the store.", [("one", True), ("two", True)]),
    ("Police said one suspect fled on foot after the shooting.", [("one", True)]),
    ("He faces two charges for each victim, one each for assault and for robbery.", [("two", True), ("one", True)]),
    ("\u201cIt was terrifying,\u201d one neighbour said after the shots.", [("one", False)]),
    ("The shooting left one dead and six injured, and more than one gunman fired.",
     [("one", True), ("six", True), ("more than one", True)]),
])
def test_one_that_stands_for_a_noun_is_no_count(parsed, text, counted):
    """"one" with a determiner or an adjective of its own stands for a noun ("the one who", "no one", "one
    another", "the other one"), and "one neighbour said" picks a speaker; "one man", a bare "killed one", "left one
    dead" and "more than one gunman" still count."""
    assert [(text[f.start:f.end], f.count) for u in claim_units(parsed(text)) for f in u.features.figures] == counted


def test_clauses_of_one_sentence_share_its_names_as_setting(parsed):
    text = "At least 47 people were killed and dozens more are missing after the Arbaat dam collapsed."
    first = claim_units(parsed(text))[0]
    assert term("Arbaat") in first.features.setting


def test_a_repeated_wording_is_encoded_once_to_the_vector_each_copy_had(monkeypatch):
    """One sample article carried by two outlets: each wording goes to the model once, and every
    unit gets the very bits (vector and word pieces) it had when each copy was encoded with the rest."""
    import numpy as np

    from tests.conftest import SAMPLE_DIR
    from viewer.analysis.claims.encoder import SentenceEncoder, shared_encoder
    from viewer.analysis.claims.units import embed_units, found_units
    from viewer.analysis.segment import Unparsed, parse_many

    text = (SAMPLE_DIR / "000_714b6fe37702d227.txt").read_text(encoding="utf-8")
    found = [u for parsed in parse_many([Unparsed(1, text, []), Unparsed(2, text, [])]) for u in found_units(parsed)]
    wordings = [text[u.span.start:u.span.end] for u in found]
    encoded: list[str] = []
    encode = SentenceEncoder.encode_with_pieces
    monkeypatch.setattr(SentenceEncoder, "encode_with_pieces", lambda self, texts, progress=None: encoded.extend(texts) or encode(self, texts, progress))
    embed_units(found, {1: text, 2: text})
    assert sorted(encoded) == sorted(set(wordings)) and len(wordings) > len(encoded) > 10
    vectors, pieces = encode(shared_encoder(), wordings)
    assert np.stack([u.vector for u in found]).tobytes() == vectors.tobytes()
    assert [u.pieces.data for u in found] == [p.data for p in pieces]


@pytest.mark.parametrize("text, first", [
    ("WASHINGTON — Representative Jane Doe resigned from Congress on Friday.\n\nShe served twelve years.\n",
     "Representative Jane Doe resigned from Congress on Friday."),
    ("Doe quits Congress after twelve years\n\nKYIV, March 3 (Reuters) - Ukraine said its forces had retaken the town.\n",
     "Ukraine said its forces had retaken the town."),
    ("HOUSTON (CBSDFW/AP) – Police say several people were injured in a shooting near a mall.\n",
     "Police say several people were injured in a shooting near a mall."),
])
def test_a_unit_starts_after_the_dateline_its_paragraph_opens_with(parsed, text, first):
    """Where a report was filed is not what it reports: the unit, its highlight and its label
    start with the claim, and its span still points at the text."""
    assert first in _texts(parsed(text))
    assert not any(t.startswith(("WASHINGTON", "KYIV", "HOUSTON")) for t in _texts(parsed(text)))


def test_a_dateline_shape_inside_a_paragraph_is_no_dateline(parsed):
    """Only a paragraph opens with a dateline; a later sentence of it keeps its first words."""
    text = "Shelling went on in the east through the night. KYIV — the capital — stayed calm until morning.\n"
    assert any(t.startswith("KYIV — the capital") for t in _texts(parsed(text)))


def test_units_record_the_ages_they_give_named_people(parsed):
    """Read from the article's own parse, offsets in the article, so comparing the ages two
    sources give ("age of …" discrepancies) needs no parse of its own."""
    text = ("Flooding closed the bridge on Monday.\n\n"
            "Police arrested 45-year-old John Smith and Lt. Ana Ruiz, 39, of Kent. A 17-year-old boy was hurt.")
    units = claim_units(parsed(text))
    ages = [a for u in units for a in u.features.ages]
    assert [(a.who, a.surname, a.given, a.age, text[a.start:a.end]) for a in ages] == [
        ("John Smith", "smith", "john", 45, "45"), ("Lt. Ana Ruiz", "ruiz", "ana", 39, "39")]
    stored = [UnitFeatures.from_json(json.loads(json.dumps(u.features.to_json()))) for u in units]
    assert stored == [u.features for u in units]
    assert UnitFeatures.from_json({"terms": ["bridge"]}).ages is None  # stored before ages were recorded


@pytest.mark.parametrize("text, counted", [
    ("Jewellery worth more than $160 million was stolen from the shop.", [("more than $160 million", True, "jewellery")]),
    ("Thieves took $2.5 million worth of jewellery from the shop.", [("$2.5 million", True, "jewellery")]),
    ("The flat held $1,000 worth of heroin and $14,000 in cash.", [("$1,000", True, "heroin"), ("$14,000", True, "")]),
])
def test_a_sum_is_never_a_label_and_counts_what_it_is_worth(parsed, text, counted):
    """A sum after a capitalised noun opening the sentence is money, not a name's number ("Flight 370"),
    and "$2.5 million worth of jewellery" gives the value of the jewellery, not a count of "worth"."""
    assert [(text[f.start:f.end], f.count, f.counts) for u in claim_units(parsed(text)) for f in u.features.figures] == counted


@pytest.mark.parametrize("text, counts", [
    ("On Monday, Anna Berg, head of Norway's coast guard, said an additional $412 million, or a 12 percent budget "
     "boost, was needed to replace the country's patrol boats in the coming years.", ""),
    ("Officials said 12 were arrested on Monday.", "arrest"),
])
def test_a_figure_never_counts_the_verb_that_reports_it(parsed, text, counts):
    figures = [f for u in claim_units(parsed(text)) for f in u.features.figures]
    assert figures[0].counts == counts


def test_a_wording_an_earlier_partition_encoded_is_not_encoded_again_and_keeps_its_bits(monkeypatch):
    """The sample article in two partitions of one run: the second sends the model none of its wordings, and
    its units get the very bits (vector and word pieces) the model gives each wording."""
    import numpy as np

    from tests.conftest import SAMPLE_DIR
    from viewer.analysis.claims.encoder import SentenceEncoder, shared_encoder
    from viewer.analysis.claims.units import KnownWordings, embed_units, found_units
    from viewer.analysis.segment import Unparsed, parse_many

    text = (SAMPLE_DIR / "000_714b6fe37702d227.txt").read_text(encoding="utf-8")
    first, second = ([u for parsed in parse_many([Unparsed(d, text, [])]) for u in found_units(parsed)] for d in (1, 2))
    encoded: list[str] = []
    encode = SentenceEncoder.encode_with_pieces
    monkeypatch.setattr(SentenceEncoder, "encode_with_pieces", lambda self, texts, progress=None: encoded.extend(texts) or encode(self, texts, progress))
    known = KnownWordings()
    embed_units(first, {1: text}, known)
    sent = len(encoded)
    embed_units(second, {2: text}, known)
    assert sent > 10 and len(encoded) == sent
    vectors, pieces = encode(shared_encoder(), [text[u.span.start:u.span.end] for u in second])
    assert np.stack([u.vector for u in second]).tobytes() == vectors.tobytes()
    assert [u.pieces.data for u in second] == [p.data for p in pieces]


def test_known_wordings_keep_those_met_last():
    import numpy as np

    from viewer.analysis.claims.pieces import WordPieces
    from viewer.analysis.claims.units import KnownWordings

    known = KnownWordings(2)
    row = (np.zeros(3, dtype=np.float32), WordPieces(b""))
    known.keep([("a", *row), ("b", *row)])
    assert set(known.found(["a"])) == {"a"}  # "a" met again: "b" is now the oldest
    known.keep([("c", *row)])
    assert set(known.found(["a", "b", "c"])) == {"a", "c"}
