"""Corpus-wide speaker merging: spelling variants join, different people and bodies never do."""
from __future__ import annotations

import pytest

from viewer.analysis.model import SpeakerMention
from viewer.analysis.speakers.resolution import resolve_speakers


def person(doc, name, role=None):
    return SpeakerMention(doc, name, role, "person")


def org(doc, name):
    return SpeakerMention(doc, name, None, "organisation")


def groups(mentions, **links):
    speakers, index = resolve_speakers(mentions, **links)
    return speakers, [[m.name for m, i in zip(mentions, index) if i == k] for k in range(len(speakers))]


@pytest.mark.parametrize("a, b", [
    ("Vadim Boychenko", "Vadym Boichenko"),
    ("Irina Vereshchuk", "Iryna Vereshchuk"),
    ("Mikhaïlo Podolyak", "Mykhailo Podolyak"),
    ("Dmitri Peskov", "Dmitry Peskov"),
    ("Serguiï Volyna", "Serhiy Volyna"),
    ("Andrei Rudenko", "Andrey Rudenko"),
    ("Sergey Lavrov", "Sergei Lavrov"),
    ("Vitali Klitschko", "Vitaly Klychko"),  # spellings that keep the consonants
    ("Ivan Fyodorov", "Ivan Fedorov"),
    ("Dmitri Peskow", "Dmitry Peskov"),
    ("Oleksandr Zelenskij", "Oleksandr Zelenskyy"),
    ("Paul Lamoureux", "Paul Lamourex"),
    ("Anna Steiner", "Anna Stiener"),
])
def test_transliteration_variants_are_one_person(a, b):
    speakers, members = groups([person(1, a), person(2, b)])
    assert members == [[a, b]]


@pytest.mark.parametrize("a, b", [
    ("Russia's Defense Ministry", "Russian defence ministry"),
    ("Russian Ministry of Defence", "the Russian Defense Ministry"),
    ("Ukrainian Ministry of Defense", "Ukraine's defence ministry"),
])
def test_organisation_wordings_are_one_body(a, b):
    _, members = groups([org(1, a), org(2, b)])
    assert members == [[a, b]]


def test_ukrainian_and_russian_ministries_stay_apart():
    mentions = [org(1, "Russia's Defense Ministry"), org(2, "Ukrainian Ministry of Defense"),
                org(3, "Ministry of Defense")]
    _, members = groups(mentions)
    assert members == [["Russia's Defense Ministry"], ["Ukrainian Ministry of Defense"], ["Ministry of Defense"]]


def test_unqualified_body_joins_the_only_country_that_has_it():
    _, members = groups([org(1, "Russian Defense Ministry"), org(2, "Defense Ministry")])
    assert members == [["Russian Defense Ministry", "Defense Ministry"]]


def test_same_surname_different_first_names_stay_apart():
    mentions = [person(1, "Andriy Yermak"), person(2, "Oleh Yermak"), person(3, "Yermak")]
    _, members = groups(mentions)
    assert members == [["Andriy Yermak"], ["Oleh Yermak"], ["Yermak"]]


def test_surname_alone_joins_the_one_full_name():
    mentions = [person(1, "Boichenko"), person(2, "Vadym Boichenko"), person(3, "Vadim Boychenko")]
    speakers, members = groups(mentions)
    assert members == [["Boichenko", "Vadym Boichenko", "Vadim Boychenko"]]
    assert speakers[0].name == "Vadym Boichenko"
    assert speakers[0].aliases == ["Boichenko", "Vadim Boychenko"]


def test_title_only_mention_joins_the_person_with_that_role():
    mentions = [person(1, "Vadym Boichenko", "Mariupol Mayor"), person(2, "Mariupol Mayor"),
                person(3, "Olena Kovalenko", "Kharkiv deputy mayor")]
    _, members = groups(mentions)
    assert members == [["Vadym Boichenko", "Mariupol Mayor"], ["Olena Kovalenko"]]


def test_one_name_the_recogniser_took_for_a_person_and_for_a_body_is_one_speaker():
    speakers, members = groups([person(1, "Estrada"), org(2, "Estrada"), person(3, "Estrada")])
    assert len(members) == 1 and speakers[0].kind == "person"


def test_a_surname_read_as_a_body_in_one_article_and_a_person_in_another_is_a_person():
    speakers, members = groups([org(1, "Salazar"), person(2, "Jaime Salazar")])
    assert len(members) == 1 and speakers[0].kind == "person"
    speakers, _ = groups([org(1, "Reeves"), person(2, "Reeves")])
    assert speakers[0].kind == "person"


def test_a_body_most_articles_read_as_one_stays_a_body():
    speakers, _ = groups([org(1, "Politico"), org(2, "Politico"), person(3, "Politico")])
    assert speakers[0].kind == "organisation"
    speakers, _ = groups([org(1, "Fox News"), person(2, "Fox News")])  # a tie, but no one's surname alone
    assert speakers[0].kind == "organisation"


def test_canonical_name_is_the_fullest_most_frequent_form():
    mentions = [person(1, "Zelensky"), person(2, "Volodymyr Zelensky"), person(3, "Volodymyr Zelensky"),
                person(3, "Volodymyr Zelenskyy")]
    speakers, _ = groups(mentions)
    assert [(s.name, s.aliases, s.kind) for s in speakers] == [
        ("Volodymyr Zelensky", ["Zelensky", "Volodymyr Zelenskyy"], "person")]


def test_researcher_links_win():
    mentions = [person(1, "Vadim Boychenko"), person(2, "Vadym Boichenko"), org(3, "Mariupol city council")]
    _, members = groups(mentions, cannot_link=[("Vadim Boychenko", "Vadym Boichenko")],
                        must_link=[("Vadym Boichenko", "Mariupol city council")])
    assert members == [["Vadim Boychenko"], ["Vadym Boichenko", "Mariupol city council"]]


def test_order_and_output_are_stable():
    mentions = [org(1, "BBC"), person(1, "Dmitri Peskov"), person(2, "Peskov"), org(2, "The BBC")]
    first = resolve_speakers(mentions)
    assert first == resolve_speakers(list(mentions))
    speakers, index = first
    assert [s.name for s in speakers] == ["BBC", "Dmitri Peskov"]
    assert index == [0, 1, 1, 0]


def test_no_mentions():
    assert resolve_speakers([]) == ([], [])


def test_unresolved_pronouns_and_bare_descriptions_do_not_merge_across_documents():
    mentions = [person(1, "he"), person(2, "he"), org(1, "the ministry"), org(2, "the ministry")]
    speakers, _ = resolve_speakers(mentions)
    assert len(speakers) == 4


def test_one_articles_police_are_one_speaker_there_and_nowhere_else():
    mentions = [org(1, "Police"), org(1, "police"), org(2, "Police"), SpeakerMention(1, "officials", None, "group"),
                SpeakerMention(1, "officials", None, "group"), org(1, "it"), org(1, "it")]
    _, members = groups(mentions)
    assert members == [["Police", "police"], ["Police"], ["officials", "officials"], ["it"], ["it"]]


def group(doc, name):
    return SpeakerMention(doc, name, None, "group")


def test_a_description_written_in_lower_case_is_one_speaker_per_article():
    """"people" or "his campaign" in two articles are two speakers, "People" opening a sentence is
    the article's "people", and "politicians" is no part of another article's "Ukrainian politicians";
    a name stays one speaker across articles."""
    mentions = [group(1, "people"), group(1, "People"), group(2, "People"), group(3, "people"),
                org(1, "his campaign"), org(2, "his campaign"), group(1, "Ukrainian politicians"), group(2, "politicians"),
                org(1, "Clinton campaign"), org(2, "Clinton campaign")]
    _, members = groups(mentions)
    assert members == [["people", "People"], ["People"], ["people"], ["his campaign"], ["his campaign"],
                       ["Ukrainian politicians"], ["politicians"], ["Clinton campaign", "Clinton campaign"]]


def test_two_unnamed_officials_of_one_article_may_be_two_people():
    _, members = groups([person(1, "official"), person(1, "official"), person(1, "he"), person(1, "he")])
    assert members == [["official"], ["official"], ["he"], ["he"]]


def test_many_mentions_resolve_quickly():
    import time

    import random

    rng = random.Random(7)
    syllables = ["ko", "va", "len", "shen", "dro", "mi", "ro", "sla", "tur", "bek", "za", "ny", "go", "rod"]
    word = lambda n: "".join(rng.choice(syllables) for _ in range(n)).title()
    people = [f"{word(2)} {word(3)}" for _ in range(800)]
    mentions = [person(i % 50, rng.choice(people)) for i in range(3000)]
    started = time.perf_counter()
    speakers, index = resolve_speakers(mentions)
    assert time.perf_counter() - started < 20
    assert len(index) == 3000 and len(speakers) <= 3000


def test_a_family_name_written_first_joins_its_honorific_and_its_office():
    mentions = [person(1, "Kim Jong Un", "North Korean leader"), person(2, "Mr. Kim"), person(3, "North Korean leader"),
                person(3, "Itsunori Onodera", "Japanese defence minister"), person(4, "Mr. Onodera")]
    _, members = groups(mentions)
    assert sorted(map(sorted, members)) == [["Itsunori Onodera", "Mr. Onodera"],
                                            ["Kim Jong Un", "Mr. Kim", "North Korean leader"]]


def test_a_first_name_alone_never_joins_a_full_name():
    _, members = groups([person(1, "John Smith"), person(2, "John")])
    assert len(members) == 2


def test_a_name_suffix_does_not_hide_the_surname():
    speakers, members = groups([person(1, "Joseph R. Biden Jr."), person(2, "Biden")])
    assert members == [["Joseph R. Biden Jr.", "Biden"]]


def test_a_given_name_and_its_diminutive_are_one_person():
    mentions = [person(1, "Joe Biden"), person(2, "Joseph R. Biden Jr."), person(3, "Mr. Biden"), person(4, "Biden")]
    _, members = groups(mentions)
    assert members == [["Joe Biden", "Joseph R. Biden Jr.", "Mr. Biden", "Biden"]]


@pytest.mark.parametrize("a, b", [("Bill Nelson", "William Nelson"), ("Bob Casey", "Robert Casey"),
                                  ("Peggy Flanagan", "Margaret Flanagan")])
def test_common_diminutives_join_their_names(a, b):
    _, members = groups([person(1, a), person(2, b)])
    assert members == [[a, b]]


def test_two_diminutives_of_different_names_stay_apart():
    # "Al" is short for Albert and for Alfred: each joins "Al", but Albert and Alfred are two people
    _, members = groups([person(1, "Albert Green"), person(2, "Alfred Green")])
    assert members == [["Albert Green"], ["Alfred Green"]]


def test_a_diminutive_of_another_name_keeps_a_surname_alone_apart():
    # Joe and Jill Biden: "Biden" alone could be either, so it joins neither
    _, members = groups([person(1, "Joe Biden"), person(2, "Jill Biden"), person(3, "Biden")])
    assert members == [["Joe Biden"], ["Jill Biden"], ["Biden"]]


def test_father_and_son_with_different_suffixes_stay_apart():
    _, members = groups([person(1, "Martin Luther King Jr."), person(2, "Martin Luther King III")])
    assert members == [["Martin Luther King Jr."], ["Martin Luther King III"]]


def test_an_initial_never_joins_a_different_first_name():
    _, members = groups([person(1, "J. Green"), person(2, "Michael Green")])
    assert members == [["J. Green"], ["Michael Green"]]


def test_canonical_name_is_written_without_honorific():
    speakers, _ = groups([person(1, "Mr. Greg Abbott"), person(1, "Mr. Greg Abbott"), person(2, "Greg Abbott")])
    assert speakers[0].name == "Greg Abbott"


def test_surnames_compared_only_within_their_consonants_are_every_pair_the_full_comparison_joins():
    # Surnames are compared only with those spelt with the same consonants; that must find exactly the
    # spellings that comparing every pair of surnames of one initial finds (transliterations, vowels added,
    # dropped or swapped, doubled letters), in the same order, while trying far fewer pairs.
    import random

    from viewer.analysis.person_names import surnames_match
    from viewer.analysis.speakers.resolution import _FormIndex, _transliterated

    rng = random.Random(2)
    words = {"K" + "".join(rng.choices("aeiouklmnrstvyh", k=rng.randint(3, 8))) for _ in range(400)}
    words = sorted(words)
    words += [w.replace("a", "ai", 1) for w in words[:60]] + [w.replace("i", "y") for w in words[60:120]]
    words += [w + w[-1] for w in words[120:160]] + [w.replace("o", "io") for w in words[160:200]]
    forms = [(f"Anna {w}", "person") for w in dict.fromkeys(words)]
    index = _FormIndex(forms, [[] for _ in forms])
    surnames = list(index.surnames)
    every = {s: [s] for s in surnames}
    for x, a in enumerate(surnames):
        for b in surnames[x + 1:]:
            if a[:1] == b[:1] and surnames_match(a, b) and any(
                    _transliterated(p, q) for p in index.spellings[a] for q in index.spellings[b]):
                every[a].append(b)
                every[b].append(a)
    assert sum(len(found) > 1 for found in every.values()) > 50
    assert index.similar == every


def test_a_surname_with_and_without_its_honorific_is_one_person_when_no_full_name_is_known():
    _, grouped = groups([person(1, "Obama"), person(2, "Mr. Obama"), person(2, "Mr. Lee"), person(3, "Lee Kessler")])
    assert ["Obama", "Mr. Obama"] in grouped


def test_a_person_named_in_someone_else_s_role_stays_apart():
    mentions = [person(1, "Mr. Obama"), person(1, "John Podesta", "former chief of staff and a close ally of Mr. Obama")]
    _, grouped = groups(mentions)
    assert ["Mr. Obama"] in grouped and ["John Podesta"] in grouped


def test_an_acronym_joins_the_body_whose_initials_it_is():
    mentions = [org(1, "American Civil Liberties Union"), org(1, "ACLU"), org(2, "NRA"), org(2, "National Rifle Association"),
                org(3, "AP")]
    _, grouped = groups(mentions)
    assert ["American Civil Liberties Union", "ACLU"] in grouped
    assert ["NRA", "National Rifle Association"] in grouped
    assert ["AP"] in grouped


def test_people_only_described_are_no_surname():
    mentions = [person(1, "Florida senator"), person(2, "former Florida governor"), person(3, "Jeb Bush", "former Florida governor"),
                person(4, "Warren adviser"), person(5, "Elizabeth Warren", "Sen."), person(6, "Democratic senator"),
                person(7, "Democratic official")]
    _, grouped = groups(mentions)
    assert ["Florida senator"] in grouped
    assert ["former Florida governor", "Jeb Bush"] in grouped
    assert ["Warren adviser"] in grouped and ["Elizabeth Warren"] in grouped
    assert ["Democratic senator"] in grouped and ["Democratic official"] in grouped


def test_a_description_ending_in_a_name_is_no_full_name_of_that_surname():
    mentions = [person(1, "spokesman for Sen. Marco Ruiz"), person(2, "Marco Ruiz", "Sen."), person(3, "Ruiz"),
                person(4, "Mr. Ruiz")]
    _, grouped = groups(mentions)
    assert ["spokesman for Sen. Marco Ruiz"] in grouped
    assert ["Marco Ruiz", "Ruiz", "Mr. Ruiz"] in grouped


def test_a_person_is_named_by_the_full_form_most_mentions_use_not_the_longest():
    mentions = [person(1, "Donald John Trump"), person(2, "Donald Trump"), person(2, "Donald Trump"), person(3, "Mr. Trump"),
                person(3, "Mr. Trump"), person(3, "Mr. Trump"), person(4, "Donald Trump")]
    speakers, _ = groups(mentions)
    assert speakers[0].name == "Donald Trump"


@pytest.mark.parametrize("a, b", [
    ("Anna Collins", "Anna Coons"),
    ("Mark Wilson", "Mark Woolson"),
    ("Fred Kagan", "Alfred Kahn"),
    ("Tom Stone", "Tom Sutton"),
    ("Lisa Davis", "Lisa David"),
])
def test_different_people_with_alike_surnames_stay_apart(a, b):
    # Close by a likeness ratio, but a consonant added, dropped or changed, or one vowel for
    # another, is no way of writing one name in Latin letters.
    _, members = groups([person(1, a), person(2, b)])
    assert sorted(members) == sorted([[a], [b]])


def test_a_surname_alone_does_not_join_a_person_with_an_alike_surname():
    _, members = groups([person(1, "Anna Collins"), person(2, "Mr. Coons"), person(3, "Gold"), person(3, "Joan Goldin")])
    assert sorted(members) == sorted([["Anna Collins"], ["Mr. Coons"], ["Gold"], ["Joan Goldin"]])


def test_a_country_is_no_one_s_surname():
    _, members = groups([org(1, "Germany"), person(2, "Roy Hermann")])
    assert sorted(members) == sorted([["Germany"], ["Roy Hermann"]])


def test_an_honorific_never_joins_a_full_name_of_the_other_sex():
    """"Mr. Bennett", a husband no article names in full, is not Laura Bennett; "Ms. Bennett" is."""
    _, grouped = groups([person(1, "Laura Bennett"), person(2, "Mr. Bennett")])
    assert grouped == [["Laura Bennett"], ["Mr. Bennett"]]
    _, grouped = groups([person(1, "Laura Bennett"), person(2, "Ms. Bennett")])
    assert grouped == [["Laura Bennett", "Ms. Bennett"]]


def test_an_honorific_joins_a_given_name_of_either_sex():
    _, grouped = groups([person(1, "Jordan Bennett"), person(2, "Mr. Bennett")])
    assert grouped == [["Jordan Bennett", "Mr. Bennett"]]


def test_a_surname_titled_mr_and_ms_is_two_people_and_the_bare_surname_neither():
    """"Mr. Qureshi" and "Ms. Qureshi" with no one named in full: a husband and a wife, not one speaker."""
    mentions = [person(1, "Mr. Qureshi"), person(1, "Ms. Qureshi"), person(2, "Mr. Qureshi"), person(3, "Qureshi")]
    _, grouped = groups(mentions)
    assert sorted(grouped) == sorted([["Mr. Qureshi", "Mr. Qureshi"], ["Ms. Qureshi"], ["Qureshi"]])
    _, grouped = groups([person(1, "Mr. Qureshi"), person(3, "Qureshi")])
    assert grouped == [["Mr. Qureshi", "Qureshi"]]


@pytest.mark.parametrize("full, alone", [
    ("Maria Lopez-Garcia", "Lopez-Garcia"),  # a hyphen joins one surname, not a first name and a surname
    ("Dan O'Leary", "O’Leary"),  # an apostrophe inside a surname, straight or curly
    ("Joseph deVries", "deVries"),  # a capital inside: a name, not a description in lower case
    ("Gov. Tom Hale", "Tom Hale"),  # a title kept before the name is no first name
])
def test_one_person_whatever_marks_or_titles_the_name_carries(full, alone):
    _, members = groups([person(1, full), person(2, alone), person(3, "Ann Brook")])
    assert sorted(members) == sorted([[full, alone], ["Ann Brook"]])


def test_two_hyphenated_surnames_sharing_a_part_stay_apart():
    _, members = groups([person(1, "Maria Lopez-Garcia"), person(2, "Ana Lopez-Ruiz"), person(3, "Lopez-Garcia")])
    assert sorted(members) == sorted([["Maria Lopez-Garcia", "Lopez-Garcia"], ["Ana Lopez-Ruiz"]])


def test_an_acronym_written_with_dots_or_without_its_joining_words_is_its_body():
    mentions = [org(1, "CIA"), org(2, "C.I.A."), org(3, "FWS"), org(4, "U.S. Fish and Wildlife Service"),
                org(5, "DOJ"), org(6, "Department of Justice")]
    _, grouped = groups(mentions)
    assert ["CIA", "C.I.A."] in grouped
    assert ["FWS", "U.S. Fish and Wildlife Service"] in grouped
    assert ["DOJ", "Department of Justice"] in grouped


def test_a_police_force_is_one_body_with_or_without_its_department_word():
    mentions = [org(1, "Millbrook Police"), org(2, "Millbrook police department"), org(3, "Millbrook Police Department"),
                org(4, "Ashford County Sheriff's Office"), org(5, "Ashford County Sheriff's Department"),
                org(6, "Ashford police")]
    _, grouped = groups(mentions)
    assert ["Millbrook Police", "Millbrook police department", "Millbrook Police Department"] in grouped
    assert ["Ashford County Sheriff's Office", "Ashford County Sheriff's Department"] in grouped
    assert ["Ashford police"] in grouped


def test_a_constabulary_is_the_police_force_of_its_name():
    _, grouped = groups([org(1, "Wexham Constabulary"), org(2, "Wexham Police"), org(3, "Ashford Police")])
    assert ["Wexham Constabulary", "Wexham Police"] in grouped and ["Ashford Police"] in grouped


def test_an_acronym_two_bodies_share_joins_the_one_its_own_articles_name():
    mentions = [org(1, "Millbrook Police Department"), org(1, "MPD"), org(2, "Marston Police Department"),
                org(3, "MPD")]
    _, grouped = groups(mentions)
    assert ["Millbrook Police Department", "MPD", "MPD"] in grouped and ["Marston Police Department"] in grouped
    _, grouped = groups([org(1, "Millbrook Police Department"), org(2, "Marston Police Department"), org(3, "MPD")])
    assert ["MPD"] in grouped  # no article says which


def test_a_surname_the_recogniser_left_unknown_joins_its_person_across_spellings():
    mentions = [person(1, "Jay Carney", "press secretary"), SpeakerMention(1, "Carney", None, "unknown")]
    _, grouped = groups(mentions)
    assert ["Jay Carney", "Carney"] in grouped


def test_a_surname_two_people_of_one_article_share_joins_neither():
    mentions = [person(1, "Bernie Sanders", "Sen."), person(1, "Sarah Sanders", "press secretary"), person(1, "Sanders")]
    _, grouped = groups(mentions)
    assert ["Sanders"] in grouped


def test_a_description_of_someones_attorney_joins_only_the_person_named_in_that_role():
    mentions = [person(1, "Ruth Delacorte", "Brandt's attorney"), person(2, "Brandt's attorney"),
                person(3, "Samuel Okafor", "Pinner's attorney"), person(4, "Pinner's attorney")]
    _, grouped = groups(mentions)
    assert grouped == [["Ruth Delacorte", "Brandt's attorney"], ["Samuel Okafor", "Pinner's attorney"]]


def test_two_people_sharing_a_role_stay_two_and_the_role_joins_neither():
    mentions = [person(1, "Ruth Delacorte", "Brandt's attorney"), person(2, "Samuel Okafor", "Brandt's attorney"),
                person(3, "Brandt's attorney"), person(4, "the attorney")]
    _, grouped = groups(mentions)
    assert ["Ruth Delacorte"] in grouped and ["Samuel Okafor"] in grouped and ["Brandt's attorney"] in grouped


def test_a_lawyers_surname_read_as_a_body_joins_the_lawyer_named_in_full():
    mentions = [person(1, "Aitan Vaszkel", "Halvard attorney"), org(2, "Vaszkel"), person(3, "Vaszkel"), person(3, "Peter Halvard")]
    _, grouped = groups(mentions)
    assert grouped == [["Aitan Vaszkel", "Vaszkel", "Vaszkel"], ["Peter Halvard"]]


def test_a_person_is_named_by_their_name_not_by_the_description_written_most():
    speakers, _ = groups([person(1, "Grant Smith", "Stone’s attorney"), person(1, "Stone’s attorney"),
                          person(2, "Stone’s attorney"), person(2, "Stone’s attorney")])
    assert [s.name for s in speakers] == ["Grant Smith"] and speakers[0].aliases == ["Stone’s attorney"]


def test_a_surname_with_its_particle_joins_the_one_full_name_and_never_two():
    speakers, grouped = groups([person(1, "Marta de Souza", "president"), person(2, "de Souza"),
                                person(3, "Ana van Dijk"), person(4, "Piet van Dijk"), person(5, "van Dijk")])
    assert grouped == [["Marta de Souza", "de Souza"], ["Ana van Dijk"], ["Piet van Dijk"], ["van Dijk"]]
    assert speakers[0].name == "Marta de Souza"


def test_an_office_named_with_its_owners_titles_is_the_office_named_by_surname():
    """A press release "from Senate Majority Leader Harry Reid's office" and "Reid's office" are one office."""
    speakers, members = groups([org(1, "Senate Majority Leader Harry Reid's office"), org(2, "Reid's office"),
                                person(2, "Harry Reid"), org(3, "Senator Dana Kowalczyk's office"),
                                org(3, "Kowalczyk's office")])
    assert members == [["Senate Majority Leader Harry Reid's office", "Reid's office"], ["Harry Reid"],
                       ["Senator Dana Kowalczyk's office", "Kowalczyk's office"]]


def test_offices_of_two_people_with_one_surname_stay_apart():
    speakers, members = groups([org(1, "Bill Clinton's office"), org(2, "Hillary Clinton's office"),
                                org(3, "Clinton's office")])
    assert members == [["Bill Clinton's office"], ["Hillary Clinton's office"], ["Clinton's office"]]


def test_a_body_takes_no_role_that_describes_the_person_who_spoke_for_it():
    """"A White House official said…" speaks for the White House; "White House official" is no role of the
    White House itself, while a description of the body ("a conservative group") stays its role."""
    speakers, _ = groups([SpeakerMention(1, "White House", "White House official", "organisation"),
                          SpeakerMention(2, "White House", None, "organisation"),
                          SpeakerMention(3, "Center for Policy", "social conservative group", "organisation"),
                          SpeakerMention(4, "State Department", "current and former State Department officials",
                                         "organisation")])
    assert [(s.name, s.role) for s in speakers] == [("White House", None), ("Center for Policy", "social conservative group"),
                                                    ("State Department", None)]


def test_offices_named_for_an_office_holder_of_two_counties_stay_apart():
    mentions = [org(1, "the Allegheny County Medical Examiner's Office"), org(2, "The Bexar County Medical Examiner's Office"),
                org(3, "Harry Reid's office"), org(4, "Reid's office")]
    _, members = groups(mentions)
    assert members == [["the Allegheny County Medical Examiner's Office"], ["The Bexar County Medical Examiner's Office"],
                       ["Harry Reid's office", "Reid's office"]]


def test_a_bare_police_is_the_named_force_of_the_place_its_article_names():
    mentions = [org(1, "San Antonio police"), org(2, "Police"), org(3, "Police"), org(4, "police"),
                org(5, "Pittsburgh Police"), org(6, "police"), org(7, "police")]
    texts = {2: "Shooting\n\nSAN ANTONIO - Police said a man was hurt.",
             3: "Shooting\n\nWASHINGTON (AP) - Police said a man was hurt.",  # no Washington police speaks
             4: "Shooting\n\nPolice said a man was hurt.",
             6: "Shooting\n\nIt was the deadliest shooting in Pittsburgh this year, police said.",
             7: "Shooting\n\nA Pittsburgh man and a San Antonio woman were hurt, police said.",  # two places
             8: "Shooting\n\nBaton Rouge police Sgt. Don Cole said it was like the Pittsburgh attack. Police said more."}
    mentions.append(org(8, "Police"))  # the article's own force is Baton Rouge's, though none speaks as a force
    speakers, index = resolve_speakers(mentions, texts=texts)
    assert index[0] == index[1] and index[4] == index[5] and len(set(index)) == 6
    assert speakers[index[0]].name == "San Antonio police" and speakers[index[4]].name == "Pittsburgh Police"


def test_a_surname_alone_in_another_story_is_not_the_one_person_named_so_in_full():
    mentions = [person(1, "Leroy Ravenell", "Sheriff"), person(1, "Walker"), person(1, "Marie Collins"),
                person(2, "Frank Walker", "Powell's attorney"), person(2, "Mike Manko")]
    _, grouped = groups(mentions)
    assert ["Walker"] in grouped and ["Frank Walker"] in grouped


def test_a_surname_alone_joins_the_full_name_of_its_own_story():
    mentions = [person(1, "Leroy Ravenell", "Sheriff"), person(1, "Walker"),
                person(2, "Frank Walker"), person(2, "Leroy Ravenell")]
    _, grouped = groups(mentions)
    assert ["Walker", "Frank Walker"] in grouped


def test_a_surname_alone_joins_a_full_name_its_article_writes_though_not_as_a_speaker():
    mentions = [person(1, "Hillary Clinton"), person(1, "Maddow"), person(2, "Rachel Maddow"), person(2, "Elizabeth Warren")]
    texts = {1: "Sitting down with MSNBC's \"The Rachel Maddow Show\", Clinton said… When Maddow pointed out…",
             2: "Warren appeared with MSNBC's Rachel Maddow."}
    _, grouped = groups(mentions, texts=texts)
    assert ["Maddow", "Rachel Maddow"] in grouped


def test_a_surname_several_articles_write_alone_joins_its_one_full_name():
    mentions = [person(1, "Obama"), person(1, "Jan Brewer"), person(2, "Obama"), person(2, "Joe Sestak"),
                person(3, "Barack Obama"), person(3, "John McCain")]
    _, grouped = groups(mentions)
    assert ["Obama", "Obama", "Barack Obama"] in grouped


def test_two_surnames_alone_of_one_story_vouch_for_each_other():
    mentions = [org(1, "Salazar"), org(1, "Reeves"), person(2, "Jaime Salazar", "Sheriff"), person(2, "Johnathon Reeves")]
    _, grouped = groups(mentions)
    assert ["Salazar", "Jaime Salazar"] in grouped and ["Reeves", "Johnathon Reeves"] in grouped


def test_a_surname_alone_joins_where_the_other_article_writes_one_of_its_speakers():
    mentions = [org(1, "Salazar"), org(1, "Reeves"), person(2, "Jaime Salazar", "Sheriff"), person(2, "Bas Gil")]
    texts = {1: "Reeves said he was sorry. Salazar said the case was closed.",
             2: "Sheriff Jaime Salazar said Johnathon Reeves shot the man. Bas Gil said nothing."}
    _, grouped = groups(mentions, texts=texts)
    assert ["Salazar", "Jaime Salazar"] in grouped


def test_a_place_written_as_the_end_of_a_longer_name_names_no_force_of_that_place():
    mentions = [org(1, "County Police"), org(2, "Police"), org(3, "Chicago Police Department"), org(4, "police"),
                org(5, "Philadelphia Police"), org(6, "police")]
    texts = {2: "Shooting\n\nA boy was shot in Habersham County on Sunday, Police said.",  # "County" of a longer name
             4: "Shooting\n\nFive were hurt in Chicago and Cook County overnight, police said.",
             6: "Shooting\n\nFour were hurt in Southwest Philadelphia, police said."}  # a part of Philadelphia
    speakers, index = resolve_speakers(mentions, texts=texts)
    assert index[1] != index[0] and index[3] == index[2] and index[5] == index[4]
    assert speakers[index[3]].name == "Chicago Police Department"


def test_a_bare_police_is_the_one_force_its_article_writes_among_several_places_of_forces():
    mentions = [org(1, "Miami police"), org(2, "Miami-Dade police"), org(3, "police"), org(4, "police")]
    texts = {3: "Tragedy in Liberty City\n\nMiami police were called to the park. A Miami-Dade school was closed, police said.",
             4: "Shooting\n\nA Miami man and a Miami-Dade teacher were hurt, police said."}  # no force of its own
    _, index = resolve_speakers(mentions, texts=texts)
    assert index[2] == index[0] and index[3] not in (index[0], index[1])


def test_under_a_dateline_of_another_place_a_place_opening_a_longer_name_names_no_force():
    mentions = [org(1, "Dallas police"), org(2, "police"), org(3, "Metro police"), org(4, "Police"), org(5, "police")]
    texts = {2: "Child killed\n\nPAULDING COUNTY, Ga. - It happened on Dallas Acworth Highway, police said.",
             4: "Teen killed\n\nNASHVILLE, Tenn. (WKRN) - Police want answers. Metro authorities say a boy died.",
             5: "Child killed\n\nIt happened on Dallas Acworth Highway, police said."}  # no dateline: as before
    _, index = resolve_speakers(mentions, texts=texts)
    assert index[1] != index[0] and index[3] == index[2] and index[4] == index[0]


def test_a_force_is_written_on_one_line_and_its_place_is_capitalised():
    mentions = [org(1, "Philadelphia Police"), org(2, "Police"), org(3, "YouTube video police"), org(4, "Police")]
    texts = {2: "Boy, 9, shoots himself in South Philadelphia\n\nPolice said the boy found a gun in a closet.",
             4: "Shooting\n\nThe gunman had posted a YouTube video before the attack, Police said."}
    _, index = resolve_speakers(mentions, texts=texts)
    assert index[1] == index[0] and index[3] != index[2]


def test_a_force_named_without_its_department_joins_the_acronym_with_it():
    mentions = [org(1, "San Francisco police"), org(2, "SFPD"), org(3, "Louisville Metro Police"), org(4, "LMPD"),
                org(5, "Dallas police"), org(6, "Denver police"), org(7, "DPD")]  # two forces DPD may be: neither
    _, grouped = groups(mentions)
    assert ["San Francisco police", "SFPD"] in grouped and ["Louisville Metro Police", "LMPD"] in grouped
    assert ["DPD"] in grouped


@pytest.mark.parametrize("a, b", [("KOCO-TV", "KOCO"), ("KOB 4", "KOB"), ("KING 5", "KING-TV")])
def test_a_call_sign_with_its_channel_or_service_is_one_station(a, b):
    speakers, members = groups([org(1, a), org(2, b)])
    assert members == [[a, b]]


def test_call_signs_of_two_stations_stay_apart():
    speakers, members = groups([org(1, "KOCO-TV"), org(2, "KFOR-TV")])
    assert members == [["KOCO-TV"], ["KFOR-TV"]]


def test_a_bare_police_is_the_force_its_article_writes_most_among_several():
    mentions = [org(1, "Federal Way police"), org(2, "police"), org(3, "Dallas police"), org(4, "police")]
    texts = {2: "Names emerge\n\nFederal Way police shot the man, according to police. On March 23, Federal Way "
                "police answered a call. In 2009 a Kent police dog bit him, Kent Police Lt. Pat Lowe said. "
                "The eight Federal Way police officers are on leave and the Auburn Police Department is investigating.",
             4: "Vigil\n\nIt was like the Dallas police shooting, Baton Rouge police said. Police said more."}
    _, index = resolve_speakers(mentions, texts=texts)
    assert index[1] == index[0] and index[3] != index[2]


def test_a_capital_speaking_as_a_body_is_its_countrys_government():
    mentions = [org(1, "China"), org(1, "Beijing"), org(2, "Islamabad"), org(3, "Pakistan"), person(4, "Paris"),
                org(4, "France")]
    speakers, grouped = groups(mentions)
    assert ["China", "Beijing"] in grouped and ["Islamabad", "Pakistan"] in grouped and ["Paris"] in grouped
    assert {s.name for s in speakers} >= {"China", "Pakistan"}
