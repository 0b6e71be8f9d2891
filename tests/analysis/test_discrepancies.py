"""Discrepancies between the mentions of one claim, built directly from mentions."""
from __future__ import annotations

import pytest

from viewer.analysis.discrepancies import find_discrepancies
from viewer.analysis.model import Claim, Mention
from viewer.corpus.spans import Span


def _claim(*texts: str) -> tuple[Claim, dict[int, str]]:
    docs = {i + 1: t for i, t in enumerate(texts)}
    return Claim("x", [Mention(d, 0, len(t), t) for d, t in docs.items()]), docs


@pytest.mark.parametrize("a, b, expected", [
    ("The strike killed 12 people in Kharkiv.", "The strike killed 40 people in Kharkiv.",
     [("number", "people: '12' vs '40' (incompatible)")]),
    ("More than 100 were injured.", "A total of 151 wounded were given medical treatment.",
     [("number", "wounded: 'more than 100' vs '151'")]),
    ("More than 30 bullets were fired.", "Police found 46 bullets.", [("number", "bullets: 'more than 30' vs '46'")]),
    ("Up to 30 bullets were fired.", "Police found 46 bullets.",
     [("number", "bullets: 'up to 30' vs '46' (incompatible)")]),
    ("1,026 servicemen from the 36th Naval Brigade surrendered.", "1,026 troops from the 36th Marine Brigade surrendered.",
     [("name", "named '36th Naval Brigade' vs '36th Marine Brigade'")]),
    ("The Russian Defense Ministry reported 40 strikes.", "The Ukrainian Defense Ministry reported 40 strikes.", []),
    ("Mayor Vadim Boychenko ordered an evacuation.", "Mayor Vadym Boichenko ordered an evacuation.", []),
    ("Marcus Reed Jr. was charged with murder.", "Marcus Reed of Flint was charged with murder.", []),
    ("Former Governor Ana Ruiz signed the bill.", "Governor Ana Ruiz of Oregon signed the bill.", []),
    ("City Police Chief Tom Lund closed the road.", "Acting Police Chief Tom Lund closed the road.", []),
    ("Marcus Reed Jr. was charged with murder.", "Marcus Reed Sr. was charged with murder.",
     [("name", "named 'Marcus Reed Jr.' vs 'Marcus Reed Sr.'")]),
    ("Travon Manuel of Lafayette was arrested at his home.", "Kavon Manuel, 20, was arrested at a home in Lafayette.",
     [("name", "named 'Travon Manuel of Lafayette' vs 'Kavon Manuel'")]),
    # a person's name spelt with a letter or two changed, however close: one person, spelt two ways
    ("Janelle Okafor, 29, was shot outside the store.", "Janelle Okafur, 29, was shot outside the store.",
     [("name", "named 'Janelle Okafor' vs 'Janelle Okafur'")]),
    ("Police said Dante Whitfield fired first.", "Police said Dante Whitfeild fired first.",
     [("name", "named 'Dante Whitfield' vs 'Dante Whitfeild'")]),
    # a given name no table holds: the age the mention gives the surname says it is a person's
    ("Tavarion Pruitt, 19, was charged with murder.", "Tavarian Pruitt, 19, was charged with murder.",
     [("name", "named 'Tavarion Pruitt' vs 'Tavarian Pruitt'")]),
    ("The corridor did not work on Friday.", "The corridor has not worked since Friday.", []),
    # having no information about a surrender does not deny it
    ("There was no such information about the surrender.", "The brigade surrendered on Wednesday.", []),
    ("The bridge reopened on Monday. Nobody was hurt.", "The bridge reopened on Monday.", []),
    ("The council did not approve the budget.", "The council approved the budget.",
     [("polarity", "negated: 'not approve the budget' vs asserted: 'The council approved the budget.'")]),
    ("Officers say they “don't know who fired first.”", "Officers say they know who fired first.",
     [("polarity", "negated: 'don't know who fired' vs asserted: 'Officers say they know who fired first.'")]),
    # the act denied is the other's: the complement of a "be", a noun a "no" picks out, a verb the other inflects
    ("The guard's wounds were not life-threatening.", "The guard suffered life-threatening wounds.",
     [("polarity", "negated: 'not life-threatening' vs asserted: 'The guard suffered life-threatening wounds.'")]),
    ("Jackson is not Muslim nor a member of the Nation of Islam.", "Jackson had become a member of the Nation of Islam.",
     [("polarity", "negated: 'not Muslim nor a' vs asserted: 'Jackson had become a member of the Nation of Islam.'")]),
    ("The men were not seen together at the airport.", "The men were seen together at the airport.",
     [("polarity", "negated: 'not seen together at' vs asserted: 'The men were seen together at the airport.'")]),
    ("Three patients have been treated and released.", "Two victims are still being treated.", []),
    ("He drove 150 miles west.", "He was last seen driving west on Interstate 40.", []),
    ("The bill moves $3.5 billion to the wall.", "The bill moves $3.6 billion to the wall.",
     [("number", "figure: '$3.5 billion' vs '$3.6 billion' (incompatible)")]),
    ("It moves $200 million from Homeland Security and $600 million from the Treasury.",
     "It taps $2.5 billion from drug programs and $600 million from the Treasury.", []),  # two sums for two things
    # a figure one source corrects and the other still gives: a revised figure, the corrected value the one stated
    ("Police said 300 people were evacuated from the valley.", "Police said 280, not 300, people were evacuated from the valley.",
     [("number", "people: '300' vs '280, not 300' (revised)")]),
    ("Police said 280 people were evacuated from the valley.", "Police said 280, not 300, people were evacuated from the valley.", []),
    # a verb that sets the reported figure to another corrects it as a "not" does
    ("Police said seven people were shot on Elm Street.",
     "Police had originally said that seven people were shot on Elm Street, but amended that number to four.",
     [("number", "people: 'seven' vs 'four, not seven' (revised)")]),
    ("Police said four people were shot on Elm Street.",
     "Police had originally said that seven people were shot on Elm Street, but amended that number to four.", []),
    # a term stated as what the clause takes is compared; a length of time setting the scene is not
    ("A judge sentenced Reed to 15 years in prison.", "A judge sentenced Reed to 12 years in prison.",
     [("number", "years: '15' vs '12' (incompatible)")]),
    ("Reed had lived in the house for 15 years.", "Reed had lived in the house for 12 years.", []),
    # one range in two wordings gives one figure
    ("The seven got prison terms from 7 to 75 years.", "The seven got prison terms between seven and 75 years.", []),
    ("The seven got prison terms from 7 to 75 years.", "The seven got prison terms between six and 75 years.",
     [("number", "years: 'from 7 to 75' vs 'between six and 75'")]),
    ("Thieves took jewellery worth $2.5M.", "Thieves took jewellery worth $160 million.",
     [("number", "figure: '$2.5m' vs '$160 million' (incompatible)")]),
    ("Thieves took $2.5 million worth of jewellery.", "Thieves took 160 pieces of jewellery.", []),  # a sum and a count
    # one outcome counted two ways, however the parse reads what "others" counts
    ("Fourteen other people were injured.", "During the events of the last night, 13 others were wounded.",
     [("number", "wounded: 'fourteen' vs '13' (incompatible)")]),
    ("A shooting in which three people died, including an infant.", "2 women killed in the shooting Sunday", []),
    # a change and a level are two measures: by how much filings fell is no count of them
    ("Jobless filings fell by 92,000 to 498,000 in the week ended May 1.",
     "Applications for the week ended May 1 fell to 498,000 from a revised 590,000 a week earlier.", []),
    ("Jobless filings fell by 92,000 to 498,000 in the week ended May 1.",
     "Jobless filings fell by 95,000 to 498,000 in the week ended May 1.",
     [("number", "figure: '92,000' vs '95,000' (incompatible)")]),
])
def test_explanations(a, b, expected):
    claim, _ = _claim(a, b)
    assert [(d.kind, d.explanation) for d in find_discrepancies(claim, {})] == expected


@pytest.mark.parametrize("text", [
    "Thousands of people fled the city, officials said.",
    "There was no such information about the surrender of 1,026 servicemen.",
    "The 36th Naval Brigade surrendered in Mariupol.",
])
def test_equal_wordings_never_conflict(text):
    claim, _ = _claim(text, "  " + text.replace(" ", "  ", 1) + " ")
    assert [d for d in find_discrepancies(claim, {}) if d.kind != "attribution"] == []


def test_attribution_from_the_attribution_spans():
    claim, _ = _claim("Most of the 200 residents were evacuated by bus.", "Most of the 200 residents were evacuated by bus.")
    found = find_discrepancies(claim, {2: [Span(0, 30)]})
    assert [(d.kind, [m.document for m in d.mentions]) for d in found] == [("attribution", [1, 2])]
    assert find_discrepancies(claim, {1: [Span(0, 30)], 2: [Span(5, 40)]}) == []


def test_number_discrepancy_mentions_point_at_the_figures():
    claim, texts = _claim("The strike killed 12 people.", "Officials said the strike killed 40 people.")
    (number,) = [d for d in find_discrepancies(claim, {}) if d.kind == "number"]
    assert [(m.document, m.text, texts[m.document][m.start:m.end]) for m in number.mentions] == [(1, "12", "12"), (2, "40", "40")]


class CountingPipeline:
    """Stands in for the spaCy pipeline where the discrepancy stage would use it: records each
    text it is asked to parse, and the batches."""

    def __init__(self):
        self.batches: list[list[str]] = []

    def pipe(self, texts, **options):
        from viewer.analysis.nlp import english

        self.batches.append(list(texts))
        return english().pipe(self.batches[-1], **options)

    def __call__(self, text):
        from viewer.analysis.nlp import english

        self.batches.append([text])
        return english()(text)


def _discrepancies_of(corpus) -> list[tuple[str, tuple[tuple[str, str], ...]]]:
    from viewer.analysis import store

    return [(c.id, tuple((d.kind, d.explanation) for d in c.discrepancies)) for c in store.claims(corpus)]


def _relinked_counting(corpus, monkeypatch) -> CountingPipeline:
    from viewer.analysis import discrepancies
    from viewer.analysis.pipeline import relink

    counting = CountingPipeline()
    monkeypatch.setattr(discrepancies, "english", lambda: counting)
    relink(corpus)
    return counting


def test_sources_are_compared_from_what_their_units_recorded_without_parsing_a_mention(sample_corpus, monkeypatch):
    """The entities and counted figures a claim's sources are compared by were recorded with
    each unit when its document was parsed: relinking parses nothing again."""
    before = _discrepancies_of(sample_corpus)
    counting = _relinked_counting(sample_corpus, monkeypatch)
    assert counting.batches == []
    assert _discrepancies_of(sample_corpus) == before
    assert ("name", "named '36th Naval Brigade' vs '36th Marine Brigade'") in [d for _id, ds in before for d in ds]


def test_units_stored_before_they_recorded_entities_are_parsed_once_in_one_batch(sample_corpus, monkeypatch):
    """An analysis stored by an older version has no entities nor counted lemmas in its units:
    relinking it before it is analysed again parses the compared mentions, each text once and
    all in one batch, and finds the same discrepancies."""
    import json

    before = _discrepancies_of(sample_corpus)
    rows = list(sample_corpus.db.execute("SELECT id, features FROM claim_units"))
    with sample_corpus.transaction() as db:
        for id_, features in rows:
            old = {k: v for k, v in json.loads(features).items() if k != "entities"}
            for figure in old["figures"]:
                figure.pop("counts")
            db.execute("UPDATE claim_units SET features = ? WHERE id = ?", (json.dumps(old), id_))
    counting = _relinked_counting(sample_corpus, monkeypatch)
    assert len(counting.batches) == 1
    (batch,) = counting.batches
    assert batch and len(batch) == len(set(batch))
    assert _discrepancies_of(sample_corpus) == before


def _sample_sentences(folders=None) -> list[str]:
    """Sentences of real articles (the sample's unless ``folders`` are given), single and run
    together across a boundary."""
    from tests.conftest import SAMPLE_DIR
    from viewer.analysis.nlp import english

    paths = sorted(p for folder in (folders or [SAMPLE_DIR]) for p in folder.glob("*.txt"))
    articles = [path.read_text(encoding="utf-8") for path in paths]
    sentences = [s.text.strip() for doc in english().pipe(articles) for s in doc.sents if s.text.strip()]
    return sentences + [a + " " + b for a, b in zip(sentences, sentences[1:])]


def test_figures_are_counted_only_where_both_sources_state_one_in_a_shared_unit(monkeypatch):
    """Skipping the pairs whose figures share no unit changes no discrepancy (checked against
    comparing every pair, on claims made of the sample's sentences with figures, two mentions
    from one source)."""
    from viewer.analysis import discrepancies

    import re
    from pathlib import Path

    from tests.conftest import SAMPLE_DIR

    held_out = sorted((Path(__file__).parent / "claims" / "fixtures").glob("heldout*"))
    counted = [t for t in _sample_sentences([SAMPLE_DIR, *held_out]) if discrepancies._units(t)]
    shares = [t for t in counted if discrepancies._units(t) == {"%"}]
    plain = [t for t in counted if discrepancies._units(t) == {""}]
    assert len(shares) > 10

    def one(document, *texts):
        return [Mention(document, 0, len(t), t) for t in texts]

    def other_figure(text):
        return re.sub(r"\d+", lambda n: str(int(n.group()) + 7), text, count=1)

    claims = [Claim("x", one(1, a, b) + one(2, other_figure(a))) for a, b in zip(counted[::5], counted[1::5])]
    claims += [Claim("x", one(1, a) + one(2, b)) for a, b in zip(shares, plain)]
    claims += [Claim("x", one(1, a, b) + one(2, other_figure(b))) for a, b in zip(plain[20:], shares)]

    def numbers():
        discrepancies.annotate_discrepancies(claims, [], {})
        return [[d for d in c.discrepancies if d.kind == "number"] for c in claims]

    found = numbers()
    assert sum(map(len, found)) > 5
    monkeypatch.setattr(discrepancies, "_figures_may_differ", lambda left, right: True)
    assert numbers() == found


def test_people_count_persons_by_a_table_that_says_where_it_comes_from():
    """The lemmatizer leaves "people" as it is; the table of such plurals is data with its source."""
    import json
    from pathlib import Path

    import viewer.analysis

    table = json.loads((Path(viewer.analysis.__file__).parent / "suppletive_plurals.json").read_text(encoding="utf-8"))
    assert "lemmatizer" in table["source"] and table["entries"] == {"people": "person"}
    claim, _ = _claim("The fire killed 73 people.", "The fire killed 75 persons.")
    assert [d.explanation for d in find_discrepancies(claim, {})] == ["people: '73' vs '75' (incompatible)"]


@pytest.mark.parametrize("a, b, expected", [
    ("Norris Greenhouse Jr., 32, and Derrick Stafford, 23, were charged with murder.",
     "Norris Greenhouse Jr., 23, and Lt. Derrick Stafford, 32, were indicted on murder charges.",
     ["age of Norris Greenhouse Jr.: '32' vs '23'", "age of Derrick Stafford: '23' vs '32'"]),
    ("Police arrested 45-year-old John Smith on Monday.", "Police arrested John Smith, 47, of Kent on Monday.",
     ["age of John Smith: '45' vs '47'"]),
    ("Ronald Wilkson, 60, and Valerie Wilkson, 58, were found dead.", "Valerie Wilkson, 58, was found dead.", []),
    ("The victim was Joe Robertson, 37, and his son Javarrie Robertson, 13.", "Robertson, 38, was found dead.", []),
    ("A 17-year-old boy was killed.", "A 16-year-old boy was killed.", []),  # unnamed: one boy or two?
    # a nickname in quotation marks stands between the given name and the surname: a son and his father, two people
    ('Javarrie "JoJo" Robertson, 13, and his father were killed.',
     'His father, Joe "Duke" Robertson, 37, was found dead with him.', []),
    ('Joe “Joe Duke” Robertson, 38, was found dead.', 'Joe "Duke" Robertson, 37, was found dead.',
     ["age of Joe “Joe Duke” Robertson: '38' vs '37'"]),
    ('Police named the boy as Tavion "Tay" Brooks, 13, of Toone.', 'His father, Marcus "Duke" Brooks, 37, died.', []),
    ('Deshawn "Dee" Miller, 13, was shot.', 'Deshawn Miller, 14, was shot.', ["age of Deshawn \"Dee\" Miller: '13' vs '14'"]),
    ("On Thursday, 12 people were hurt, Smith said.", "On Thursday, 12 people were hurt, Smith, 40, said.", []),
])
def test_one_person_given_two_ages_is_a_number_discrepancy(a, b, expected):
    claim, _ = _claim(a, b)
    found = [d for d in find_discrepancies(claim, {}) if d.kind == "number"]
    assert [d.explanation for d in found] == expected
    for d in found:
        assert all(m.text == (a, b)[m.document - 1][m.start:m.end] and m.text.isdigit() for m in d.mentions)


@pytest.mark.parametrize("a, b, attributed", [
    ("Police said a gunman fired shots on Elm Street.", "A gunman fired shots on Elm Street.", True),
    ("It was reported that the gunman fled on foot.", "The gunman fled on foot.", True),
    ("Officers responded to reports of shots fired on Elm Street.", "Officers responded to shots fired on Elm Street.", False),
    ("A reported shooting closed Elm Street on Monday.", "A shooting closed Elm Street on Monday.", False),
    ("The rifle was reported stolen in April and has not been recovered.", "The rifle has not been recovered.", False),
    ("The shooting was first reported at 1:39 a.m. on Elm Street.", "The shooting happened at 1:39 a.m. on Elm Street.", False),
    ("He had been convicted of robbery in 2011, court records show.", "He had been convicted of robbery in 2011.", True),
    ("The gunman fled through the back door, the news release states.", "The gunman fled through the back door.", True),
    ("Hide Transcript Show Transcript The gunman fled through the back door.", "The gunman fled through the back door.", False),
])
def test_a_word_of_saying_makes_a_mention_attributed_only_when_used_as_one(a, b, attributed):
    """Without attribution spans, the words decide: "was reported stolen" and "reports of shots"
    tell of an event, not of who says what the sentence says."""
    claim, _ = _claim(a, b)
    kinds = [d.kind for d in find_discrepancies(claim, {})]
    assert ("attribution" in kinds) == attributed


@pytest.mark.parametrize("a, b, attributed", [
    # one statement, sourced in one report only
    ("Three climbers were rescued after a night on the mountain.",
     "Three climbers were said to have been rescued after a night on the mountain.", True),
    # one person in two statements: the name is all they share
    ("Dana Whitfield was charged with two counts of arson.", "Dana Whitfield set the warehouse alight, police said.", False),
    ("Harbor Road reopened to traffic on Monday.", "Crews said Harbor Road had flooded twice this spring.", False),
])
def test_fact_and_attribution_are_compared_only_where_they_state_one_thing(a, b, attributed):
    """A source stating as fact what another attributes is a discrepancy only when the two say
    the same: a content word in common, not only a name."""
    claim, _ = _claim(a, b)
    assert ("attribution" in [d.kind for d in find_discrepancies(claim, {})]) == attributed


def test_the_attributed_side_is_the_mention_that_states_the_same():
    """The fact is set against the attributed mention saying most of what it says, not the first."""
    fact = "The mill closed its gates on Friday after the flood."
    first = "The mayor said the mill had hired forty workers in spring."
    same = "The mill closed its gates on Friday after the flood, the owner said."
    docs = [Mention(1, 0, len(fact), fact), Mention(2, 0, len(first), first), Mention(3, 0, len(same), same)]
    found = [d for d in find_discrepancies(Claim("x", docs), {}) if d.kind == "attribution"]
    assert [[m.document for m in d.mentions] for d in found] == [[1, 3]]


def test_a_short_attributed_phrase_inside_a_mention_makes_it_neither_fact_nor_attributed():
    """An attribution holding a few words of a long mention ("compiled" read as a cue) does not
    make the mention sourced, nor does the mention state its content as plain fact."""
    text = "The coach compiled a record of forty wins in three seasons with the club."
    claim, _ = _claim(text, text.replace("forty wins", "forty victories"))
    assert [d.kind for d in find_discrepancies(claim, {2: [Span(20, 28)]})] == []
    assert [d.kind for d in find_discrepancies(claim, {2: [Span(0, len(text))]})] == ["attribution"]


@pytest.mark.parametrize("kind, a, b", [
    # one name written two ways: spelling, hyphenation, an initial; a headline set in capitals names nothing by its capitals
    ("name", "Ships use the Internationally Recognized Transit Corridor.", "Ships use the Internationally Recognised Transit Corridor."),
    ("name", "He ran the arm of the Church of Jesus Christ of Latter-day Saints.", "He ran the arm of the Church of Jesus Christ of Latter Day Saints."),
    ("name", "Frederick Cheney LaRue died in Biloxi.", "Frederick C. LaRue died in Biloxi."),
    ("name", "TRIAL DATE SET FOR KENDAL ARSON ACCUSED", "TRIAL DATE SET FOR CUMBRIA ARSON ACCUSED"),
    # nor a headline set in title case: its capitals say nothing of which words are names
    ("name", "Holt Disputes Gazette Report That Harris Told Michael Lane",
     "Holt Statement Disputes Report That Harris Directed Lane"),
    # a diminutive, a name cut short, two days, two places further apart than a misspelling: no name written two ways
    ("name", "Spokesman Timothy Kenny said the road was closed.", "Chief Judge Timmy Kenny said the road was closed."),
    ("name", "Zach Thompson was arrested on Friday.", "Zachary Thompson was arrested on Friday."),
    ("name", "The shooting happened late Sunday.", "The shooting happened late Saturday."),
    ("name", "North Dakota passed the bill.", "South Dakota passed the bill."),
    # a word of the language spelt two ways in a name no given name is in; a person's name cut short
    ("name", "The Elm Park Recreation Centre reopened.", "The Elm Park Recreation Center reopened."),
    ("name", "Officer Lena Brandt fired first.", "Officer Lena Brand fired first."),
    # "not only" adds; a denial said of another verb does not contradict the other source's verb
    ("polarity", "The warship not only repulsed the attack but seized the boats.", "The warship repulsed the attack on Saturday."),
    ("polarity", "The quake shook not just the valley towns but the coast.", "The quake shook the valley towns at dawn."),
    ("polarity", "A Tulsa man has pleaded not guilty to two counts of murder.", "A Tulsa man was found guilty on two counts of murder."),
    ("polarity", "Senators have urged Governor Hale not to sign the budget.", "Governor Hale will sign the budget on Friday."),
    # both deny it, the second with a clause after the denial that says a denied word again
    ("polarity", "Hayes doesn't want to bring her son back home.",
     "Hayes does not want to bring her son home to Elm Court, their home for three years."),
    # a verb standing for the act not done denies it as "not" does (negating_verbs.json)
    ("polarity", "When she didn't appear in court, officers went to her home.",
     "Officers came to serve a warrant on her for failing to appear in court."),
    # both deny it, one in a form denial_forms.json holds: "forgot to", "unable to", "cannot"
    ("polarity", "She put the pistol in a lock box but did not lock it.", "She put the pistol back, but forgot to lock the box."),
    ("polarity", "The jury could not reach a verdict on the second count.",
     "The jury was unable to reach a verdict on the second count."),
    ("polarity", "The coroner could not say how long the body lay in the creek.",
     "The coroner cannot say how long the body lay in the creek."),
    # the act denied is not the other's: an idiom whose denial is the other's affirmative, a denial said of a
    # judgement the other words another way, a nearness denied of a distance the other gives another way
    ("polarity", "The driver didn't make it and was pronounced dead at Mercy Hospital.",
     "The driver was pronounced dead at Mercy Hospital."),
    ("polarity", "Officials say none of the injuries are considered life-threatening.",
     "All four were taken to the hospital with injuries classified as non life-threatening."),
    ("polarity", "The clinic stands not far from the scene of Monday's fire.",
     "The clinic stands only blocks from the scene of Monday's fire."),
    # a part of a group, or a run out of a sequence, is no count of the whole
    ("number", "Echenique grabbed 3 of his 11 rebounds in the run.", "Echenique grabbed 26 rebounds in the game."),
    ("number", "Philadelphia won 18 of its next 23 games.", "Philadelphia won six games."),
    ("number", "Manning completed 29 of 34 passes.", "Manning completed his first 17 passes."),
])
def test_wordings_that_say_one_thing_are_no_discrepancy_of_that_kind(kind, a, b):
    claim, _ = _claim(a, b)
    assert [d for d in find_discrepancies(claim, {}) if d.kind == kind] == []


def test_spacing_never_makes_two_wordings():
    claim, _ = _claim("Smith didn't return a call seeking comment.", "Smith didn’ t return a call seeking comment.")
    assert [d for d in find_discrepancies(claim, {}) if d.kind != "attribution"] == []


def test_a_model_number_is_no_count():
    """"AK-47" names a rifle; it never counts 47 of them."""
    claim, _ = _claim("Officers seized five AK-47 rifles.", "Officers seized six rifles.")
    assert not any("'47'" in d.explanation for d in find_discrepancies(claim, {}))


@pytest.mark.parametrize("a, b, expected", [
    ("Anyone with information can call Crime Stoppers at 1-800-555-TIPS.",
     "Anyone with information can call Crime Stoppers at 1-800-444-TIPS.", []),  # two tip lines, no count
    ("The suspect, born 07/19/98, was arrested Friday.", "The suspect, born 07/18/98, was arrested Friday.", []),
    ("Three people were shot on Main Street.", "Four people were shot on Main Street.",
     ["people: 'three' vs 'four' (incompatible)"]),
])
def test_a_number_that_names_is_no_count(a, b, expected):
    """A tip line spelt in capitals or a date written in numbers names; two of them never count one thing twice."""
    claim, _ = _claim(a, b)
    assert [d.explanation for d in find_discrepancies(claim, {}) if d.kind == "number"] == expected


def _in_articles(*articles: tuple[str, str]) -> tuple[Claim, dict[int, str]]:
    """A claim whose mentions are the marked passages of whole articles (text, passage)."""
    texts = {i + 1: text for i, (text, _) in enumerate(articles)}
    mentions = [Mention(d, texts[d].index(p), texts[d].index(p) + len(p), p) for d, (_, p) in zip(texts, articles)]
    return Claim("x", mentions), texts


def _attributions(claim: Claim, texts: dict[int, str], attributed: dict[int, list[Span]]) -> list[list[int]]:
    from viewer.analysis.discrepancies import annotate_discrepancies

    annotate_discrepancies([claim], [], attributed, texts)
    return [[m.document for m in d.mentions] for d in claim.discrepancies if d.kind == "attribution"]


_PLAIN = ("The fire gutted the hall. He knew of no threats to the church.", "He knew of no threats to the church.")
_CHIEF_SAID = ("The fire gutted the hall. He knew of no threats to the church, the chief said.", "He knew of no threats to the church")
_CLAUSE = ("The chief said the blaze was arson, but he knew of no threats to the church.", "he knew of no threats to the church.")
_FACT = ("The pastor left early. A craft group was in the hall when the fire started.", "A craft group was in the hall when the fire started.")
_KROON_SAID = ("A craft group was in the hall when the fire started, but they got out, Kroon said.", "A craft group was in the hall when the fire started")
_SAW = ("Neighbours saw a craft group was in the hall when the fire started.", "a craft group was in the hall when the fire started.")


@pytest.mark.parametrize("first, second, expected", [
    # "The chief said the blaze was arson, but [he knew of no threats]": the clause is the chief's, no fact
    (_PLAIN, _CHIEF_SAID, [[1, 2]]),
    (_CLAUSE, _CHIEF_SAID, []),
    # an attribution span the analysis read from "saw" names no source; "Kroon said" after the clause does
    (_FACT, _KROON_SAID, [[1, 2]]),
    (_FACT, _SAW, []),
])
def test_whether_a_source_is_named_is_read_in_the_mentions_sentence(first, second, expected):
    claim, texts = _in_articles(first, second)
    start = claim.mentions[1].start
    assert _attributions(claim, texts, {2: [Span(start, start + len(second[1]) - 1)]}) == expected


@pytest.mark.parametrize("a, b, attributed", [
    ("Investigators allege the driver fled the scene on foot.", "The driver fled the scene on foot, police said.", False),
    ("The county confirms the driver fled the scene on foot.", "The driver fled the scene on foot, police said.", False),
    ("Did the driver flee the scene on foot?", "The driver fled the scene on foot, police said.", False),
    ("The driver is believed to have fled the scene on foot.", "The driver fled the scene on foot, police said.", False),
    ("The driver fled the scene on foot.", "The driver fled the scene on foot, police said.", True),
])
def test_an_allegation_or_a_question_is_not_stated_as_fact(a, b, attributed):
    claim, _ = _claim(a, b)
    assert ("attribution" in [d.kind for d in find_discrepancies(claim, {})]) == attributed


def test_words_of_saying_are_a_table_that_says_where_it_comes_from():
    import json
    from pathlib import Path

    import viewer.analysis

    table = json.loads((Path(viewer.analysis.__file__).parent / "saying_words.json").read_text(encoding="utf-8"))
    assert "GVA crawl" in table["source"] and {"said", "according to", "allege", "confirms"} <= set(table["entries"])


def test_a_number_spaced_at_its_thousands_comma_is_one_number():
    """"2, 117" (ECB+'s tokens) is 2,117, not 117; "5-foot-8, 135 pounds" is two figures."""
    claim, _ = _claim("He passed the record with 2, 117 points.", "He ended the game with 2, 129 points.")
    assert [d for d in find_discrepancies(claim, {}) if d.kind == "number"] == []
    claim, _ = _claim("He is 5-foot-8, 130 pounds, with tattoos.", "He is 5-foot-8, 135 pounds, with tattoos.")
    assert [d.explanation for d in find_discrepancies(claim, {}) if d.kind == "number"] == ["pounds: '130' vs '135' (incompatible)"]


def test_a_denial_set_off_in_a_relative_clause_is_no_denial_of_the_claim():
    claim, _ = _claim("Ms. Dale, who was not at the church at the time of the fire, visited the church on Saturday.",
                      "Ms. Dale visited the church on Saturday.")
    assert [d for d in find_discrepancies(claim, {}) if d.kind == "polarity"] == []


_TWEETED = ("The mayor wrote on Twitter: \"We are reopening the bridge today!\n\nThanks to every crew that worked through the night.\"",
            "Thanks to every crew that worked through the night.")
_TWEET_CITED = ("\"Thanks to every crew that worked through the night,\" the mayor wrote.",
                "Thanks to every crew that worked through the night")
_STATED = ("The bridge reopened. Thanks to every crew that worked through the night.", "Thanks to every crew that worked through the night.")


@pytest.mark.parametrize("first, expected", [
    # the second sentence of a quoted post is the poster's words though its sentence names no one
    (_TWEETED, []),
    (_STATED, [[1, 2]]),
])
def test_a_mention_within_a_quotation_opened_before_it_is_attributed(first, expected):
    claim, texts = _in_articles(first, _TWEET_CITED)
    start = claim.mentions[1].start
    assert _attributions(claim, texts, {2: [Span(start, start + len(_TWEET_CITED[1]))]}) == expected


@pytest.mark.parametrize("before, inside", [
    ("She wrote, “We will stay. ", True),
    ("She wrote, “We will stay. ” Then she left. ", False),
    # a quote running over paragraphs re-opens each one and closes once
    ("He said: “We will stay.\n\n“We will rebuild. ", True),
    # a title left unclosed does not keep the rest of the article inside quotation marks
    ("He starred in “The Boy From Oz.\n\n“It was a joy, ” he said. ", False),
    # a closing mark written as an opening one still closes
    ("“We will stay “, she said. ", False),
    ("Nothing quoted here. ", False),
])
def test_inside_quotation(before, inside):
    from viewer.analysis.set_out import inside_quotation

    text = before + "The ferry runs again."
    assert inside_quotation(Mention(1, len(before), len(text), "The ferry runs again."), text) is inside


_ANNOUNCED = ("Lena Ortiz was announced Friday as the festival's director, a departure for the board.",
              "Lena Ortiz was announced Friday as the festival's director")
_NAMED = ("Lena Ortiz was named the festival's director on Friday.", "Lena Ortiz was named the festival's director on Friday.")


def test_a_word_of_saying_no_attribution_reaches_names_no_source():
    """"was announced Friday as the director" tells of an announcement, not who says so: with the
    attribution reader finding no attribution on it, the mention is not "attributed"; with one it is."""
    claim, texts = _in_articles(_NAMED, _ANNOUNCED)
    assert _attributions(claim, texts, {}) == []
    claim, texts = _in_articles(_NAMED, _ANNOUNCED)
    start = claim.mentions[1].start
    assert _attributions(claim, texts, {2: [Span(start, start + len(_ANNOUNCED[1]))]}) == [[1, 2]]


_ALLEGED = ("The court heard the case on Monday. Two men allegedly broke into the depot at night.",
            "Two men allegedly broke into the depot at night.")
_PLAINLY = ("The court heard the case on Monday. Two men broke into the depot at night.", "Two men broke into the depot at night.")
_PROSECUTORS = ("Prosecutors allege that two men broke into the depot at night.", "two men broke into the depot at night.")


@pytest.mark.parametrize("first, expected", [
    # "allegedly" states an allegation: not a fact to set against the prosecutors' account
    (_ALLEGED, []),
    (_PLAINLY, [[1, 2]]),
])
def test_a_hedged_mention_is_not_stated_as_fact(first, expected):
    claim, texts = _in_articles(first, _PROSECUTORS)
    start = claim.mentions[1].start
    assert _attributions(claim, texts, {2: [Span(start, start + len(_PROSECUTORS[1]))]}) == expected


def test_hedges_are_a_table_that_says_where_it_comes_from():
    import json
    from pathlib import Path

    import viewer.analysis

    table = json.loads((Path(viewer.analysis.__file__).parent / "hedge_words.json").read_text(encoding="utf-8"))
    assert "GVA crawl" in table["source"] and {"allegedly", "accused of"} <= set(table["entries"])


@pytest.mark.parametrize("a, b, expected", [
    ("The shooting happened around 3:30 a.m. Sunday at the club.", "The shooting happened early Sunday around 3:50 a.m. at the club.",
     [("time", "time: 'around 3:30 a.m.' vs 'around 3:50 a.m.'")]),
    ("The shooting happened at 3:30 a.m. at the club.", "The shooting happened at 3:30am at the club.", []),
    ("The shooting happened at 3:30 a.m. at the club.", "The shooting happened at 03:30 at the club.", []),
    ("The shooting happened about 9:30 pm at the club.", "The shooting happened around 9:30 p.m. at the club.", []),
    ("Three officers were killed July 17 in Baton Rouge and five on July 7 in Dallas.",
     "Five officers were killed on July 7 in Dallas and three July 18 in Baton Rouge.",
     [("time", "date: 'July 17' vs 'July 18'")]),
    # two times a side, neither met: each compared with the other side's time of its event
    ("Police were called at 3:10 a.m. and arrived at 3:20 a.m.", "Police were called at 3:40 a.m. and arrived at 3:55 a.m.",
     [("time", "time: '3:10 a.m.' vs '3:40 a.m.'"), ("time", "time: '3:20 a.m.' vs '3:55 a.m.'")]),
    # a second time in the sentence is of another event: the death is compared with the death only
    ("The man was shot at 10:15 a.m. and died at 11:40 a.m.", "The man was shot at 10:15 a.m.", []),
    ("The man was shot at 10:15 a.m. and died at 11:40 a.m.", "The man died at 12:30 p.m. in hospital.",
     [("time", "time: '11:40 a.m.' vs '12:30 p.m.'")]),
    ("The man was shot at 10:15 a.m. and died at 11:40 a.m.", "The man was shot at 10:45 a.m. outside a bar.",
     [("time", "time: '10:15 a.m.' vs '10:45 a.m.'")]),
    ("Police were called to the bar at 9:30 p.m.", "The suspect was arrested at the bar at 11 p.m.", []),
    ("The gunman was killed at the scene, which unfolded at 10:15 a.m.", "At a little after 11am, the gunman was shot and killed.", []),
    ("The man was shot Monday night, police said Wednesday.", "On Tuesday, police said the man was shot Monday night.", []),
    # a date both give shows two words are one event here, whatever the parse hung it from
    ("Sniper attacks killed five officers on July 7 in Dallas and three more July 18 in Baton Rouge.",
     "The officer deaths included the July 17 killings of three officers in Baton Rouge and a July 7 attack in Dallas.",
     [("time", "date: 'July 18' vs 'July 17'")]),
    # a state's time is when it was seen, not a moment two sources share
    ("The suspect was held in the county jail Sunday night.", "The suspect was held in the county jail on Monday.", []),
])
def test_a_moment_given_two_times_is_a_time_discrepancy(a, b, expected):
    claim, _ = _claim(a, b)
    assert [(d.kind, d.explanation) for d in find_discrepancies(claim, {}) if d.kind == "time"] == expected


def test_a_time_discrepancy_points_at_the_two_times():
    claim, _ = _claim("The shooting happened around 3:30 a.m. at the club.", "The shooting happened around 3:50 a.m. at the club.")
    (found,) = [d for d in find_discrepancies(claim, {}) if d.kind == "time"]
    assert [(m.document, m.text) for m in found.mentions] == [(1, "around 3:30 a.m."), (2, "around 3:50 a.m.")]
    assert all(claim.mentions[m.document - 1].text[m.start:m.end] == m.text for m in found.mentions)


def test_items_of_one_list_are_not_one_thing_named_two_ways():
    claim, _ = _claim("The gang has sets including the Detroit-based Traveling Vice Lords, Insane Vice Lords and Conservative Vice Lords.",
                      "The gang has sets including the Detroit-based Insane Vice Lords, Traveling Vice Lords and Conservative Vice Lords.")
    assert [d for d in find_discrepancies(claim, {}) if d.kind == "name"] == []
    claim, _ = _claim("The gang has sets including the Detroit-based Traveling Vice Lords.",
                      "The gang has sets including the Detroit-based Insane Vice Lords.")
    assert [d.explanation for d in find_discrepancies(claim, {}) if d.kind == "name"] == [
        "named 'Detroit-based Traveling Vice Lords' vs 'Detroit-based Insane Vice Lords'"]


def test_a_long_attributed_wording_keeps_its_source_and_opening():
    fact = "The teenager was arrested on murder and other charges after the shootings Saturday night at the family home."
    said = ("The teenager was arrested on murder and other charges in connection with the shootings, which happened Saturday "
            "night at the home in a rural area southwest of downtown Albuquerque, the Bernalillo County Sheriff's Department said.")
    claim = Claim("x", [Mention(1, 0, len(fact), fact), Mention(2, 0, len(said), said)])
    (found,) = find_discrepancies(claim, {2: [Span(0, len(said))]})
    assert found.kind == "attribution"
    quoted = found.explanation.split("attributed: ")[1]
    assert quoted.startswith("'The teenager was arrested") and "Sheriff's Department said" in quoted and " … " in quoted
    assert len(quoted) < 90


@pytest.mark.parametrize("a, b, expected", [
    ("The shooting happened Tuesday night at the club.", "The shooting happened Wednesday night at the club.",
     [("time", "day: 'Tuesday night' vs 'Wednesday night'")]),
    ("The shooting happened Tuesday at the club.", "The shooting happened on Tuesday at the club.", []),
    # the night of one day is the early hours of the next
    ("The shooting happened late Tuesday at the club.", "The shooting happened early Wednesday at the club.", []),
    ("The shooting happened Tuesday, Feb. 14, at the club.", "The shooting happened on Monday at the club.",
     [("time", "day: 'Tuesday, Feb. 14' vs 'Monday'")]),
    ("The shooting happened on Feb. 14, 2017, at the club.", "The shooting happened on Monday at the club.",
     [("time", "day: 'Feb. 14, 2017' vs 'Monday' (Feb. 14, 2017 was a Tuesday)")]),
    ("The shooting happened on Feb. 13, 2017, at the club.", "The shooting happened on Monday at the club.", []),
    ("The shooting happened on Feb. 14 at the club.", "The shooting happened on Monday at the club.", []),  # no year: any weekday
    ("The man was arrested Tuesday after the shooting.", "The man was shot Monday at the club.", []),  # two events
])
def test_weekdays_of_one_event_are_compared(a, b, expected):
    claim, _ = _claim(a, b)
    assert [(d.kind, d.explanation) for d in find_discrepancies(claim, {}) if d.kind == "time"] == expected


@pytest.mark.parametrize("a, b, expected", [
    # a total against one item's price: two figures, not a conflict
    ("Jackson pleaded guilty to spending $750,000 in campaign cash on personal items.",
     "Jackson pleaded guilty to buying personal items including a $43,000 Rolex watch.", []),
    ("The company paid $750,000 for the house.", "The company paid $43,000 for the car.", []),
    ("The shipment was worth $750,000, prosecutors said.", "Each rifle in the shipment cost $43,000, prosecutors said.", []),
    ("The company paid $750,000 for the house.", "The company paid $700,000 for the house.",
     [("number", "figure: '$750,000' vs '$700,000' (incompatible)")]),
    ("Bail was set at $750,000.", "Bail was set at $43,000.", [("number", "figure: '$750,000' vs '$43,000' (incompatible)")]),
])
def test_sums_of_money_are_compared_only_for_one_thing(a, b, expected):
    claim, _ = _claim(a, b)
    assert [(d.kind, d.explanation) for d in find_discrepancies(claim, {}) if d.kind == "number"] == expected


@pytest.mark.parametrize("a, b, expected", [
    ("Tens of thousands of people marched in the city.", "50,000 people marched in the city.", []),
    ("Tens of thousands of people marched in the city.", "About 50,000 people marched in the city.", []),
    ("Dozens of people were hurt in the blast.", "Forty people were hurt in the blast.", []),
    ("Dozens of people were hurt in the blast.", "Fifteen people were hurt in the blast.",
     [("number", "people: 'dozens' vs 'fifteen' (incompatible)")]),
    ("Hundreds of people marched in the city.", "Tens of thousands of people marched in the city.",
     [("number", "people: 'hundreds' vs 'tens of thousands' (incompatible)")]),
])
def test_a_vague_quantity_agrees_with_a_figure_in_its_range(a, b, expected):
    claim, _ = _claim(a, b)
    assert [(d.kind, d.explanation) for d in find_discrepancies(claim, {}) if d.kind == "number"] == expected


def test_a_vague_count_in_another_mention_does_not_hide_two_exact_figures():
    """One source gives "tens of thousands of pages" gone through and "55,000 pages" received, the other "50,000
    pages" delivered: the vague count allows 50,000, but the two exact figures of one thing still differ."""
    first = ("Her advisers went through tens of thousands of pages of correspondence.",
             "The department said it had received 55,000 pages of her emails.")
    second = "In December, 50,000 pages of printed emails were delivered to the department."
    text = " ".join(first)
    mentions = [Mention(1, text.index(p), text.index(p) + len(p), p) for p in first]
    claim = Claim("x", [*mentions, Mention(2, 0, len(second), second)])
    assert [d.explanation for d in find_discrepancies(claim, {}) if d.kind == "number"] == [
        "pages: '55,000' vs '50,000' (incompatible)"]


def test_vague_quantities_are_a_table_that_says_how_it_is_read():
    import json
    from pathlib import Path

    import viewer.analysis.claims

    table = json.loads((Path(viewer.analysis.claims.__file__).parent / "vague_quantities.json").read_text(encoding="utf-8"))
    assert "meaning" in table["how"] and table["ranges"]["tens of thousands"] == [20000, 99999]


def test_a_report_not_made_is_no_denial_of_what_another_source_asserts():
    """"Police did not say whether the suspect was armed": the "not" is in a report not made (schema 16), so it denies
    nothing, and the mention is neither attributed nor stated as fact. Read without the flag it was a report
    attributed to police (its denied act, "say", the other does not state, so no polarity line either)."""
    claim, texts = _claim("Police did not say whether the suspect was armed on Route 9.",
                          "The suspect was armed on Route 9.")
    unsaid = {1: [Span(0, len(texts[1]) - 1)]}
    assert [d.kind for d in find_discrepancies(claim, {1: [Span(20, len(texts[1]) - 1)]})] == ["attribution"]
    assert find_discrepancies(claim, {}, unsaid=unsaid) == []


def test_a_denial_inside_what_is_said_stays_a_denial_beside_a_report_not_made():
    claim, texts = _claim("Officials said the suspect was not armed on Route 9.", "The suspect was armed on Route 9.")
    unsaid = {2: [Span(0, 5)]}  # elsewhere in the other source: changes nothing here
    assert [d.kind for d in find_discrepancies(claim, {1: [Span(15, len(texts[1]) - 1)]}, unsaid=unsaid)] == [
        "polarity", "attribution"]


def test_a_side_whose_denial_is_a_report_not_made_asserts_nothing_another_source_denies():
    """A denial the attribution reader took for a report not made ("refused to open the door" read as withholding) is
    no assertion either: it stands against "would not let them inside" as one refusal against another."""
    refused = "When officers came, the man inside refused to open the door."
    claim, texts = _claim(refused, "When officers came, the man would not let them inside.")
    at = refused.index("refused")
    assert find_discrepancies(claim, {}, unsaid={1: [Span(at, len(refused) - 1)]}) == []


@pytest.mark.parametrize("refusal", ["The family declined to press charges against the driver.",
                                     "The family refused to press charges against the driver."])
def test_a_verb_of_refusing_denies_the_act_after_it(refusal):
    claim, _ = _claim(refusal, "The family pressed charges against the driver.")
    assert [d.kind for d in find_discrepancies(claim, {})] == ["polarity"]
    claim, _ = _claim(refusal, "The family would not press charges against the driver.")
    assert find_discrepancies(claim, {}) == []


def test_a_figure_a_source_repeats_differs_once():
    """Five in the lede and five again below, against another source's four: one difference, listed once, at the
    first mention giving it; a second value in that source is a second difference."""
    lede, again, other = ("Five people were injured in the shooting, police said.", "Police said five people were injured.",
                          "Four people were injured in the shooting.")
    claim = Claim("x", [Mention(1, 0, len(lede), lede), Mention(1, 100, 100 + len(again), again), Mention(2, 0, len(other), other)])
    numbers = [d for d in find_discrepancies(claim, {}) if d.kind == "number"]
    assert [(d.explanation, [(m.document, m.start) for m in d.mentions]) for d in numbers] == [
        ("people: 'five' vs 'four' (incompatible)", [(1, 0), (2, 0)])]
    later = "Police later said six people were injured."
    claim.mentions.append(Mention(1, 300, 300 + len(later), later))
    assert len([d for d in find_discrepancies(claim, {}) if d.kind == "number"]) == 2


@pytest.mark.parametrize("a, b, expected", [
    # what befell a part ("shot") is the least the source gives for it
    ("Seventeen others were wounded, including eight shot.", "Six shot were taken to hospital.",
     [("number", "shot: 'including eight' vs 'six' (incompatible)")]),
    ("Four people were shot, two of whom died.", "Three died.", [("number", "died: 'two of whom' vs 'three'")]),
    ("Four people were shot, two of whom died.", "One died.", [("number", "died: 'two of whom' vs 'one' (incompatible)")]),
    # a kind of person in the group is counted as it is
    ("The blast killed 12 people, including three children.", "The blast killed four children.",
     [("number", "children: 'including three' vs 'four' (incompatible)")]),
    # the whole group is no part
    ("Six children were hurt, all three of them girls.", "Five girls were hurt.",
     [("number", "girls: 'three' vs 'five' (incompatible)")]),
])
def test_a_count_of_a_part_of_a_group_is_not_read_as_the_whole_count(a, b, expected):
    claim, _ = _claim(a, b)
    assert [(d.kind, d.explanation) for d in find_discrepancies(claim, {}) if d.kind == "number"] == expected


@pytest.mark.parametrize("a, b, expected", [
    # another owner: two bodies of one county, not one named two ways
    ("The body was taken to the Wayne County Medical Examiner's Office on Monday.",
     "The body was taken to the Wayne County Sheriff's Office on Monday.", []),
    ("The body was taken to the Wayne County Coroner’s Office on Monday.",
     "The body was taken to the Wayne County Sheriff’s Office on Monday.", []),
    # a word replaced that owns nothing is still one thing named two ways
    ("The 36th Naval Brigade surrendered in Mariupol on Monday.",
     "The 36th Marine Brigade surrendered in Mariupol on Monday.",
     ["named '36th Naval Brigade' vs '36th Marine Brigade'"]),
    # a given name and its diminutive inside a name are one name; another given name is not
    ("Officer Joseph Silva was shot in the leg on Monday.", "Officer Joe Silva was shot in the leg on Monday.", []),
    ("Officer Joseph Silva was shot in the leg on Monday.", "Officer Daniel Silva was shot in the leg on Monday.",
     ["named 'Officer Joseph Silva' vs 'Officer Daniel Silva'"]),
])
def test_names_that_differ_in_whose_the_thing_is_name_two_bodies(a, b, expected):
    claim, _ = _claim(a, b)
    assert [d.explanation for d in find_discrepancies(claim, {}) if d.kind == "name"] == expected


def test_a_name_difference_is_listed_once_in_its_longest_writing():
    claim, _ = _claim("The boy had surgery at St. Elizabeth Medical Center on Thursday night.",
                      "The boy had surgery at St. Elizabeth Health Center on Thursday night.")
    assert [d.explanation for d in find_discrepancies(claim, {}) if d.kind == "name"] == [
        "named 'St. Elizabeth Medical Center' vs 'St. Elizabeth Health Center'"]


@pytest.mark.parametrize("a, b, expected", [
    # one identification, each victim's name spelt a letter or two apart and given another age
    ("The victims were identified as 61-year-old Mary Lou Hensley and 27-year-old Kortney Ann Pyle.",
     "Family members named them as Marylou Hensly, 59, and her niece Kourtney Pyle, 26.",
     ["age of Mary Lou Hensley / Marylou Hensly: '61' vs '59'", "age of Kortney Ann Pyle / Kourtney Pyle: '27' vs '26'"]),
    # two people of one name spelt alike on one side: which is the other side's is not known
    ("Jamie Ortez, 30, and Jaime Ortez, 8, were hurt.", "Jaimie Ortez, 31, was hurt.", []),
    # a name spelt apart is one person only where the other side names no one alike
    ("Dana Pruitt, 40, was shot.", "Dana Pruett, 40, was shot.", []),
])
def test_one_person_spelt_two_ways_given_two_ages_is_a_number_discrepancy(a, b, expected):
    claim, _ = _claim(a, b)
    assert [d.explanation for d in find_discrepancies(claim, {}) if d.kind == "number"] == expected


@pytest.mark.parametrize("a, b, expected", [
    ("His aunt, Annette Bowsky, said the boy loved football.", "His aunt, Anette Bowsky, wept outside the house.",
     ["named 'Annette Bowsky' vs 'Anette Bowsky'"]),
    ("Police named the man as Phillip Norcross.", "Police named the man as Philip Norcross.",
     ["named 'Phillip Norcross' vs 'Philip Norcross'"]),
    # a source writing the name both ways spells it two ways itself: no line between the sources
    ("Annette Bowsky, or Anette Bowsky, said the boy loved football.", "His aunt, Anette Bowsky, wept outside.", []),
    # no person's name: a doubled letter is one writing (a transliteration)
    ("Shelling hit the Kharkivv region overnight.", "Shelling hit the Kharkiv region overnight.", []),
])
def test_a_persons_name_spelt_with_a_letter_doubled_is_a_name_discrepancy(a, b, expected):
    claim, _ = _claim(a, b)
    assert [d.explanation for d in find_discrepancies(claim, {}) if d.kind == "name"] == expected


@pytest.mark.parametrize("a, b, expected", [
    ("Officers responded to the shooting at around 11:20 p.m. on Elm Street.",
     "Officers responded to the shooting at 11:23 p.m. on Elm Street.",
     [("time", "time: 'around 11:20 p.m.' vs '11:23 p.m.' (minutes apart, may be one moment)")]),
    ("The shooting happened at 12:45 p.m. outside the store.", "The shooting happened at 12:47 p.m. outside the store.",
     [("time", "time: '12:45 p.m.' vs '12:47 p.m.' (minutes apart, may be one moment)")]),
    # one minute, written alike or with a hedge: no line
    ("The shooting happened at about 12:45 p.m. outside the store.", "The shooting happened at 12:45 p.m. outside the store.", []),
    # a time on the hour is not written to the minute
    ("The shooting happened around 11 p.m. outside the store.", "The shooting happened at 11:03 p.m. outside the store.", []),
    # times of two events are not compared
    ("Police were called at 11:20 p.m. to the store.", "The suspect was arrested at 11:23 p.m. at the store.", []),
])
def test_one_moment_given_two_minutes_that_meet_is_a_close_time_line(a, b, expected):
    claim, _ = _claim(a, b)
    assert [(d.kind, d.explanation) for d in find_discrepancies(claim, {}) if d.kind == "time"] == expected


def test_a_transliterations_doubled_letter_is_no_second_spelling():
    claim, _ = _claim("Mayor Daniel Kovalskyy said the bridge was hit.", "Mayor Daniel Kovalsky said the bridge was hit.")
    assert [d for d in find_discrepancies(claim, {}) if d.kind == "name"] == []


@pytest.mark.parametrize("a, b, expected", [
    # a name of four words, one spelt a letter apart: the ages say it is one person's
    ("Police charged 22-year-old Darnell Lamont Wakefield Tobin of Easton.",
     "Police charged Darnell Lamont Wakfield Tobin, 22, of Easton.",
     ["named 'Darnell Lamont Wakefield Tobin' vs 'Darnell Lamont Wakfield Tobin'"]),
    # a short form or a diminutive is no second spelling
    ("Christopher Ondrak, 24, opened fire.", "Chris Ondrak, 24, opened fire.", []),
    # a middle name dropped alone is no second spelling
    ("Lanette Marie Coyle, 31, was hurt.", "Lanette Coyle, 31, was hurt.", []),
])
def test_a_persons_name_given_an_age_and_spelt_apart_is_a_name_discrepancy(a, b, expected):
    claim, _ = _claim(a, b)
    found = [d for d in find_discrepancies(claim, {}) if d.kind == "name"]
    assert [d.explanation for d in found] == expected
    for d in found:
        assert all(claim.mentions[m.document - 1].text[m.start:m.end] == m.text for m in d.mentions)


@pytest.mark.parametrize("denying", ["She forgot to lock the box before she left.", "She was unable to lock the box before she left.",
                                     "She cannot lock the box before she left."])
def test_a_denial_form_sets_a_denial_aside_but_opens_no_line(denying):
    """"Forgot to lock", "unable to lock" and "cannot lock" deny the locking beside "did not lock", but read against a
    plain statement they open no line: "cannot end birthright citizenship with an executive order" beside "wants to
    end birthright citizenship" judges what can be done and denies nothing done."""
    claim, _ = _claim(denying, "She locked the box before she left.")
    assert [d.kind for d in find_discrepancies(claim, {}) if d.kind == "polarity"] == []
    claim, _ = _claim(denying, "She did not lock the box before she left.")
    assert [d.kind for d in find_discrepancies(claim, {}) if d.kind == "polarity"] == []
    claim, _ = _claim("She did not lock the box before she left.", "She locked the box before she left.")
    assert [d.kind for d in find_discrepancies(claim, {}) if d.kind == "polarity"] == ["polarity"]


@pytest.mark.parametrize("a, b, lines", [
    # the rest of a group beside the whole group: two wholes, no conflict
    ("The other eight people in the Dallas group were detained for questioning.",
     "The nine people from Dallas have all been detained by police.", []),
    # a remainder larger than the other's count, or two counts of the whole, still differ
    ("The other eight people in the Dallas group were detained for questioning.",
     "The six people from Dallas have all been detained by police.", ["number"]),
    ("The eight people in the Dallas group were detained for questioning.",
     "The nine people from Dallas have all been detained by police.", ["number"]),
])
def test_the_rest_of_a_group_is_no_count_of_the_whole(a, b, lines):
    claim, _ = _claim(a, b)
    assert [d.kind for d in find_discrepancies(claim, {}) if d.kind == "number"] == lines
