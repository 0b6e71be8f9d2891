"""Turn the noun phrase that names a speaker into a name, a role and a kind.

"Mariupol Mayor Vadim Boychenko" is the person "Vadim Boychenko" in the role "Mariupol Mayor";
"A spokesman for the Ukrainian Ministry of Defense" speaks for the organisation; "he" and
"the ministry" are references, resolved later against earlier speakers of the document.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from viewer.analysis.generations import is_generation
from viewer.analysis.nlp import text_of, written_alike
from viewer.analysis.person_names import given_name
from viewer.analysis.speakers.given_names import is_given_name
from viewer.analysis.speakers.kinds import (
    names_document, names_person, names_source, place_nouns, publisher_nouns, seldom_surnames, written_nouns,
)
from viewer.analysis.speakers.nameless import (
    describes_unnamed, description, lower_elsewhere, only_opening_capital, opens_sentence,
)
from viewer.analysis.speakers.pronoun_persons import called_by_pronoun
from viewer.analysis.street_types import street_types
from viewer.corpus.metadata import dateline_length
from viewer.corpus.nameplates import nameplate_word
from viewer.corpus.titles import TITLES

ROLE_WORDS = frozenset("""
mayor deputy prime minister president vice general major colonel lieutenant captain commander
spokesman spokeswoman spokesperson adviser advisor secretary foreign defence defense interior
chief head leader negotiator governor senator ambassador envoy official officer director chairman
chairwoman chair presidential presidency king queen prince pope premier chancellor sheikh
representative deputy-head ombudsman prosecutor attorney judge mr mrs ms dr sir lord lady
senior former acting first lawmaker mp councillor
""".split())
ORG_WORDS = frozenset("""
ministry office army military government kremlin agency council parliament police forces command service
committee court administration department bureau authority commission staff navy guard embassy
cabinet company corporation organisation organization union party institute news channel
newspaper tass reuters afp interfax ria bbc cnn un nato eu
bank watchdog regulator association federation firm university hospital board network
""".split())
ORG_NAMES = frozenset("tass reuters afp interfax ria bbc cnn un nato eu kremlin".split())  # names, not kinds of body
GROUP_WORDS = frozenset("""
officials authorities politicians agencies sources residents witnesses experts analysts people
soldiers troops leaders diplomats lawmakers observers activists media reports
""".split())
SPOKES_WORDS = frozenset("spokesman spokeswoman spokesperson representative official officials source sources".split())
HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "sir", "madam"})
# a share or a count of a group speaks ("some", "19 percent of voters"): no one person or body
QUANTIFIERS = frozenset("""some many most few several each another one others other all both none any either neither
half majority minority percent number third quarter dozen dozens hundreds thousands millions lot plenty""".split())
REFLEXIVES = frozenset("himself herself themselves itself".split())
PLACE_NAMES = ("GPE", "LOC", "NORP")
PAIRING = frozenset("both either neither".split())  # "both X and Y": the pair, not a share of it
PERSON_PRONOUNS = {"he": "person", "she": "person", "him": "person", "her": "person", "his": "person"}
THING_PRONOUNS = {"it": "organisation", "they": "group", "we": "group"}
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those"})
COUNTRY_ADJECTIVES = {
    "russia": "russian", "ukraine": "ukrainian", "america": "american", "china": "chinese",
    "france": "french", "germany": "german", "britain": "british", "poland": "polish",
    "estonia": "estonian", "latvia": "latvian", "lithuania": "lithuanian", "belarus": "belarusian",
    "turkey": "turkish", "israel": "israeli", "iran": "iranian", "japan": "japanese",
    "finland": "finnish", "sweden": "swedish", "us": "american", "uk": "british",
}


@dataclass
class SpeakerName:
    name: str
    role: str | None
    kind: str  # person | organisation | group | unknown
    reference: bool = False  # a pronoun or a description to resolve against earlier speakers
    unnamed: bool = False  # a description naming no one ("officials", "an aide"): its words are ``role``
    written: str | None = None  # the written thing it spoke through ("a letter from Ames": "letter")


def describe(tokens: list, doc_words: dict[str, int]) -> SpeakerName:
    """Name, role and kind of the speaker phrase ``tokens`` (spaCy tokens, in order).

    People and bodies get a name; pronouns and descriptions ("he", "the ministry") are references
    to resolve; a share of a group ("some", "19 percent of voters") and a phrase whose head names
    no one who speaks ("the massacre") get no name at all, so they never become speakers."""
    tokens = _without_time(_after_dateline(_without_clause(_whole_words([t for t in tokens if not t.is_space]))))
    tokens = _with_name_before_suffix(tokens)
    while tokens and (tokens[-1].is_punct or tokens[-1].lower_ in ("'s", "’s") or tokens[-1].lower_ in REFLEXIVES
                      or _aside(tokens[-1], tokens)):
        tokens = tokens[:-1]
    while tokens and (tokens[0].is_punct or tokens[0].pos_ == "CCONJ" and len(tokens) > 1 or _aside(tokens[0], tokens)):
        tokens = tokens[1:]  # "and Carly Fiorina": the phrase starts after the joining word
    if not tokens:
        return SpeakerName("", None, "unknown", True)
    if all(t.ent_type_ in ("DATE", "TIME") or t.is_punct for t in tokens):
        return SpeakerName("", None, "unknown")  # "that October praising…": a time the parse made a subject
    if len(tokens) > 1 and _head(tokens).pos_ == "ADP":
        return SpeakerName("", None, "unknown")  # "in the wake of a new poll": where or how, not who
    if _names_a_street(tokens):
        return SpeakerName("", None, "unknown")  # "Nash Street said": a parse's subject, no one who speaks
    if len(tokens) > 2 and tokens[-1].lemma_.lower() in written_nouns() and tokens[-2].lower_ in ("'s", "’s"):
        tokens = tokens[:-2]  # "Arestovych's tweet"
    joined = _joined(tokens)
    if joined is not None:
        return describe(joined, doc_words) if joined else SpeakerName("", None, "unknown")
    words = [t.lower_ for t in tokens]
    if len(tokens) == 1 and words[0] in PERSON_PRONOUNS:
        return SpeakerName(tokens[0].text, None, "person", True)
    if len(tokens) == 1 and words[0] in THING_PRONOUNS:
        return SpeakerName(tokens[0].text, None, THING_PRONOUNS[words[0]], True)
    head = _head(tokens)
    if describes_unnamed(tokens, head) and not _names_no_one(head) and head.lemma_.lower() not in ORG_WORDS:
        return _unnamed(tokens, head)
    if all(t.lower_.rstrip(".") in TITLES | ROLE_WORDS | DETERMINERS or t.is_punct for t in tokens):
        return SpeakerName(_strip_det(tokens), None, "person", True)  # "Sgt."
    if _counts_a_share(head):
        return SpeakerName("", None, "group")
    if _names_no_one(head):
        return SpeakerName("", None, "unknown")
    writer = _writer(tokens, head) or _published_in(tokens, head)
    if writer:
        return replace(describe(writer, doc_words), written=head.lemma_.lower())
    if names_document(head) and not _surname_of_person(head) and not _names_body_by_its_word(head):
        document = [t for t in tokens if t.i <= head.i]
        whose = _before_aside(tokens, head)
        after = [t for c in head.children if c.dep_ == "prep" and c.i > head.i for t in c.subtree]
        if _says_which([t for t in after if t in whose], head):
            document = whose  # "the statement from the White House"
        if _says_which(document, head):
            return SpeakerName(_strip_det(document), None, "document")
        if document[0].lower_ in ("a", "an") or _counted(document[0]):
            return SpeakerName("", None, "document")  # "a review showed", "one photo shows": some, unnamed
        return SpeakerName(_strip_det(document), None, "document", reference=True)
    if len(tokens) == 1 and head.tag_ == "NNP" and head.ent_type_ != "NORP" and _body_alone(head):
        return SpeakerName(head.text, None, "organisation")  # "Twitter said in a statement"
    person = _person_entity(tokens, head, doc_words)
    if person and not _names_body(tokens, head, person):
        return SpeakerName(_honoured(tokens, person), _role_text(tokens, person), "person")
    if person:
        return SpeakerName(_body_named_for(tokens, head, person), None, "organisation")
    if _speaks_for(head) and any(t.ent_type_ == "ORG" and not _qualifies_person(t, head) for t in tokens):
        return _common_phrase(tokens)  # "a spokesman for Meta Platforms": the company speaks
    run = _name_run(tokens, doc_words)
    if run and (_title_and_given_name(run) or _after_abbreviated_title(run)):
        run = run[1:]  # the title is the office, as with a name the recogniser knows ("Sgt. John Smith")
    if run:
        name = " ".join(t.text for t in run).replace(" - ", "-")  # a hyphen inside a run joins a double surname
        role = _role_text(tokens, run)
        body = _is_org(run, tokens)
        if body and _someone_of_body(head, run):
            return _unnamed(tokens, head)  # "A pastor from Pastors United": a person of the body, not the body
        if body:
            named = [t for t in tokens if t.i <= _name_of_body_end(_entity_end(run[-1], tokens), tokens).i]
            named = [t for t in named if t.i >= _apposed_name_start(run, tokens)]
            return SpeakerName(_strip_det(named), _described_as(tokens, named), _body_kind(run))
        return SpeakerName(name, role, "person")
    return _common_phrase(tokens)


def _names_a_street(tokens: list) -> bool:
    """"Nash Street", "Elm Ave.": a name ending in a word that ends streets' names (``kinds.street_types``), which the
    recogniser takes for a place or nothing, is where something happened; no street speaks. A body's word among
    them ("Court") and a body the recogniser names ("United Way") still speak."""
    last = tokens[-1]
    return len(tokens) > 1 and last.text.rstrip(".") in street_types() and last.lower_ not in ORG_WORDS and \
        last.ent_type_ in ("FAC", "LOC", "GPE", "") and all(t.text[:1].isupper() or t.like_num for t in tokens)


def _with_name_before_suffix(tokens: list) -> list:
    """"Chief Justice Robert P. Young, Jr. offered a statement": the parse made the suffix a subject of its own,
    and "Jr." spoke; a generation suffix alone after a comma is the end of the name before the comma, which speaks
    (a name without its suffix joins the same name with it, never one with another suffix)."""
    if len(tokens) != 1 or not is_generation(tokens[0].text) or tokens[0].i < 2:
        return tokens
    doc = tokens[0].doc
    comma, name = doc[tokens[0].i - 1], doc[tokens[0].i - 2]
    if comma.text != "," or name.ent_type_ != "PERSON":
        return tokens
    return [t for t in doc[name.left_edge.i:name.i + 1] if not t.is_space]


def _someone_of_body(head, run: list) -> bool:
    """"A pastor from Pastors United", "a teacher at Lincoln High School": a common noun for a kind of person heading
    the phrase, before a body's name it is "from", "at", "of" or "with", names someone of the body speaking for
    themself; read as the body, the phrase made a body "pastor from Pastors United" apart from the pastor named next.
    An office or a spokesman ("a spokesman for", "officials with") speaks for the body, as before."""
    return head.pos_ == "NOUN" and head.i < run[0].i and names_person(head.lemma_) and \
        head.lower_ not in ROLE_WORDS | SPOKES_WORDS and head.lemma_.lower() not in ROLE_WORDS | SPOKES_WORDS and \
        any(c.dep_ == "prep" and c.lower_ in ("from", "at", "of", "with") and run[-1] in c.subtree
            for c in head.children)


def _body_alone(token) -> bool:
    """"Twitter said in a statement", "Politico reported": a one-word name the recogniser took for a person is a
    body when the news seldom writes it as anyone's surname (``kinds.seldom_surnames``) and this article never
    names a person by it either (no given name or title before it, no longer name of a person holding it).
    The caller asks only of a name in the singular and no people ("Democrats", "Americans" are groups)."""
    if token.text not in seldom_surnames():
        return False
    doc = token.doc
    return not any(_in_longer_person(t) or t.i and _names_before(doc[t.i - 1]) for t in written_alike(token))


def _in_longer_person(token) -> bool:
    """"Tyshawn Smith", "Recep Tayyip Erdogan": a word of a person's name of two words or more."""
    doc = token.doc
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return token.ent_type_ == "PERSON" and (token.ent_iob_ == "I" or following is not None and following.ent_iob_ == "I")


def _names_before(word) -> bool:
    return word.lower_.rstrip(".") in TITLES or word.text[:1].isupper() and is_given_name(word.text)


def _unnamed(tokens: list, head) -> SpeakerName:
    """An unnamed source ("officials", "an aide", "the spokesman" nobody named before): its words are
    its description. A definite one is first looked for among the people the article named before."""
    words = _before_aside(tokens, head)
    plural = head.tag_ in ("NNS", "NNPS")
    definite = words[0].lower_ in DETERMINERS - {"a", "an"} and not plural
    # a later "he" may stand for an office holder ("a spokesman", "the president"), not for "a man",
    # "the actress" or "one user" the article passes by (it took Trump's and Clinton's words from them)
    kind = "group" if plural else "person" if head.lower_ in ROLE_WORDS else "unknown"
    return SpeakerName(_strip_det(words), description(words), kind, reference=definite, unnamed=True)


def _whole_words(tokens: list) -> list:
    """"Wal-Mart calls…" parsed as two subjects, "Wal" and "Mart": a phrase starts and ends at a space,
    never inside a word a hyphen joins."""
    if not tokens:
        return tokens
    doc = tokens[0].doc
    start, end = tokens[0].i, tokens[-1].i
    while start > 0 and not doc[start - 1].whitespace_ and "-" in (doc[start - 1].text, doc[start].text) \
            and not doc[start - 1].is_space:
        start -= 1
    while end + 1 < len(doc) and not doc[end].whitespace_ and "-" in (doc[end].text, doc[end + 1].text) \
            and not doc[end + 1].is_space:
        end += 1
    before = [doc[i] for i in range(start, tokens[0].i)]
    after = [doc[i] for i in range(tokens[-1].i + 1, end + 1)]
    return before + tokens + after


def _without_time(tokens: list) -> list:
    """"Trump over the weekend denied…", "officials on Monday": a time after a preposition at the end of
    the phrase says when they spoke, not who."""
    end = len(tokens)
    while end > 0 and tokens[end - 1].ent_type_ in ("DATE", "TIME"):
        end -= 1
    if end < len(tokens) and end > 1 and tokens[end - 1].pos_ == "DET":
        end -= 1
    if end < len(tokens) and end > 1 and tokens[end - 1].pos_ == "ADP":
        return tokens[:end - 1]
    return tokens


def _aside(token, tokens: list) -> bool:
    """"even he", "only the ministry", "officials there", "but rather his comments": an adverb at either
    end of the phrase says how far or where, not who; kept, "even he" was a speaker of its own. A word
    in capitals or inside a sentence in title case is a name the tagger misread ("KATE BOLDUAN")."""
    written = token.is_lower or token.is_title and token.is_sent_start
    return token.pos_ == "ADV" and written and len(tokens) > 1 and token.dep_ == "advmod" and token.head.i == _head(tokens).i


def _after_dateline(tokens: list) -> list:
    """"SEATTLE – Police are…", "MARKSVILLE, La. - Police said…": a dateline at the head of a story
    is parsed onto the subject but is no part of who speaks (the same dateline claims leave out)."""
    if not tokens:
        return tokens
    sentence = tokens[0].sent
    end = sentence.start_char + dateline_length(text_of(sentence.doc)[sentence.start_char:sentence.end_char])
    return [t for t in tokens if t.idx >= end] if end > sentence.start_char and tokens[-1].idx >= end else tokens


def _joined(tokens: list) -> list | None:
    """"Nebraska and Oklahoma said", "She and other Democrats disputed": a phrase joining several
    speakers is spoken for by its first, as an attribution has one speaker (the words of the
    whole phrase stay its speaker text); "neither X nor Y" names no one. None when the phrase
    names one speaker: one name with "and" in it ("Procter & Gamble", one entity of the
    recogniser), one head with joined modifiers ("House and Senate Democrats"), or joined offices
    of one person."""
    head = _head(tokens)
    inside = {t.i for t in tokens}
    joining = _name_joined_before(tokens, head)
    if joining is not None:  # the first name alone: the article before it hangs on the second name's head
        return [t for t in tokens if t.i < joining.i and t.ent_type_]
    joined = [c for c in head.children if c.dep_ == "conj" and c.i in inside and c.pos_ in ("NOUN", "PROPN", "PRON")]
    said = [c for t in [head, *joined] for c in t.children if c.dep_ == "cc" and c.i in inside]
    if not joined or not said or _one_name(head, joined[-1]) or _offices(head, joined[-1]):
        return None  # a name set off by a comma is the same speaker
    pairs = [c for c in head.children if c.dep_ == "preconj" or c.lower_ in PAIRING]
    if any(c.lower_ == "neither" for c in pairs):
        return []
    cut = min([c.left_edge.i for c in head.children if c.dep_ == "cc" and c.i > head.i] + [joined[0].left_edge.i])
    return phrase([t for t in tokens if t.i < cut and t not in pairs])


def _name_joined_before(tokens: list, head):
    """"The IRS and Treasury Department announced": the parser may hang a first body's name on the
    second one's head as a modifier ("IRS" nmod of "Department") with the joining word under it, so
    no conjunct shows. Two names of the recogniser, the joining word between them and the second one
    ending in the phrase's head, are two speakers all the same: the joining word is returned, and the
    first name speaks, as for any joined speakers."""
    if not head.ent_type_ or head.ent_type_ not in _JOINED_NAMES:
        return None
    doc = head.doc
    for word in tokens:
        if word.lower_ not in ("and", "or") or word.dep_ != "cc" or word.ent_type_ or word.i + 1 >= len(doc) or word.i < 1:
            continue
        before, after = doc[word.i - 1], doc[word.i + 1]
        if before.ent_type_ in _JOINED_NAMES and after.ent_iob_ == "B" and after.ent_type_ in _JOINED_NAMES \
                and word.head.i == before.i and before.dep_ in ("nmod", "compound") and _one_entity(after, head) \
                and all(t.lower_ in DETERMINERS for t in tokens if t.i < _entity_start(before)):
            return word  # the first name opens the phrase: not the end of a list inside one long name
    return None


_JOINED_NAMES = frozenset({"ORG", "PERSON", "GPE"})


def _offices(head, joined) -> bool:
    """"Fox News Vice President and Managing Editor Bill Sammon", "lobbyist and GOP strategist
    Charlie Black": offices or descriptions joined before one person's name."""
    named = joined.ent_type_ == "PERSON" or any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in head.children)
    return (head.pos_ == "NOUN" or head.lower_.rstrip(".") in TITLES | ROLE_WORDS) and named


def _one_name(head, joined) -> bool:
    """"Procter & Gamble", "The Gay and Lesbian Alliance Against Defamation": one entity of the
    recogniser, or proper nouns it marks as no entity at all, are one name with "and" in it."""
    unknown = head.pos_ == joined.pos_ == "PROPN" and not head.ent_type_ and not joined.ent_type_
    return unknown or _one_entity(head, joined)


def _one_entity(first, last) -> bool:
    """Whether the recogniser reads the words from ``first`` to ``last`` as one name."""
    doc = first.doc
    return bool(first.ent_type_) and all(doc[i].ent_iob_ == "I" for i in range(first.i + 1, last.i + 1))


def names_outlet(token) -> bool:
    """Whether the noun names a news outlet: a name ending as outlets' names end ("the Jakarta Post": counted in news,
    ``corpus.nameplates``), an agency's name ("Reuters"), or a kind of publisher ("the newspaper")."""
    if token.pos_ == "PROPN":
        return token.ent_type_ in ("ORG", "WORK_OF_ART", "") and (nameplate_word(token.text)
                                                                  or token.lower_ in ORG_NAMES)
    return token.pos_ == "NOUN" and token.lemma_.lower() in publisher_nouns()


def phrase(tokens: list) -> list:
    """The tokens without the punctuation and spaces that close them ("the ministry ,")."""
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens = tokens[:-1]
    return tokens


def _without_clause(tokens: list) -> list:
    """"A report released Monday", "officials who asked not to be named": the clause after the
    head says which one, and is not part of the name."""
    if not tokens:
        return tokens
    head = _head(tokens)
    if head.lemma_.lower() in written_nouns() and written_by(head):
        return tokens  # "a statement released by the ministry": the clause says whose it is (``_writer``)
    clause = {t.i for c in head.children if c.dep_ in ("acl", "relcl") and c.i > head.i for t in c.subtree}
    return [t for t in tokens if t.i not in clause]


def _names_no_one(head) -> bool:
    """"No senior official has defended it", "just that suggested": a negated phrase or a pronoun
    other than a person's or a body's ("that", "this", "someone") names no one who speaks."""
    if any(c.dep_ == "det" and c.lower_ == "no" for c in head.children):
        return True
    return head.pos_ == "PRON" and head.lower_ not in PERSON_PRONOUNS and head.lower_ not in THING_PRONOUNS


def _says_which(document: list, head) -> bool:
    """"The CNN tally", "Mattis's resignation letter", "an FBI report" say which document speaks;
    "a review" or "the statement" do not: the one is unnamed, the other a document named before. Nor,
    after "the", does a common noun in lower case making one term with the head: "Acme issued a press
    release. The press release said…" points back as "the release" would ("a port memo" is a new one)."""
    definite = bool(document) and document[0].lower_ in DETERMINERS - {"a", "an"}
    return any(t.pos_ in ("PROPN", "NUM") or t.pos_ == "NOUN" and not (definite and _term_with(t, head))
               or t.ent_type_ or t.dep_ == "poss" or t.tag_ == "POS"
               for t in document if t.i != head.i and not _counted(t))


def _term_with(token, head) -> bool:
    return token.dep_ == "compound" and token.head.i == head.i and token.is_lower


def _counted(token) -> bool:
    """"one photo", "two polls", "another review": a count of documents says how many, not which
    ("a 2016 report", a date, does)."""
    return token.lower_ in ("one", "another") or token.pos_ == "NUM" and token.ent_type_ == "CARDINAL"


def _counts_a_share(head) -> bool:
    return head.lower_ in QUANTIFIERS or head.lemma_.lower() in QUANTIFIERS or head.pos_ == "NUM" or \
        head.ent_type_ in ("PERCENT", "CARDINAL", "QUANTITY")


def _person_entity(tokens: list, head, doc_words: dict[str, int]) -> list:
    """The person the phrase names, as the recogniser marks them, without titles before the name
    ("Gov. Greg Abbott" is Greg Abbott) or a possessive after it."""
    inside = {t.i for t in tokens}
    doc = tokens[0].doc
    people = [[doc[i] for i in p] for p in _people(doc) if all(i in inside for i in p)]
    people = [_without_leading_function_words([t for t in p if t.lower_.rstrip(".") not in TITLES and t.lower_ not in ("'s", "’s")])
              for p in people]
    people = [p[1:] if _titled_person(p) else p for p in people]
    people = [p for p in people if p and any(t.is_alpha and t.text[:1].isupper() for t in p)]
    if not people:
        return []
    holding = [p for p in people if head in p or any(t.dep_ == "appos" and t.head.i == head.i for t in p)]
    people = holding or [p for p in people if not _whose_people(p, head) and not _owner(p, head)
                         and not _inside_description(p, head) and not _owner_of_title(p, head)]
    if not people:
        return []
    person = _whole_name(people[-1], tokens)
    while len(person) > 2 and _used_alone_elsewhere(person[0], person[1], doc_words) and not _initial(person[1]):
        person = person[1:]  # a place or title used on its own elsewhere ("Crimea Sergey Aksyonov")
    return person


_FUNCTION_TAGS = frozenset({"CCONJ", "SCONJ", "ADV", "DET", "PRON", "ADP", "PART", "INTJ"})  # not AUX: "Will Doyle"


def _without_leading_function_words(person: list) -> list:
    """"Plus Obama is nominating…": a sentence's first word, capitalised, taken into the name."""
    while len(person) > 1 and person[0].pos_ in _FUNCTION_TAGS:
        person = person[1:]
    return person


def _used_alone_elsewhere(token, following, doc_words: dict[str, int]) -> bool:
    """Whether a capitalised word before a name is also written elsewhere outside a person's name
    and not before ``following`` as here: then it is a place or title ("Crimea Sergey Aksyonov"),
    not a first name nor the first word of a name the article repeats ("Hillsborough County GOP").
    ``doc_words`` counts only words outside people's names, so "Donald" of "Donald John Trump"
    does not count where the document writes "Donald Trump"."""
    if doc_words.get(token.text, 0) - (token.ent_type_ != "PERSON") < 1:
        return False
    doc = token.doc
    return any(t.i != token.i and t.ent_type_ != "PERSON" and (t.i + 1 == len(doc) or doc[t.i + 1].text != following.text)
               for t in written_alike(token))


def _initial(token) -> bool:
    """"R." of "Paul R. LePage": the word before a middle initial is a given name."""
    return len(token.text) == 2 and token.text[0].isupper() and token.text[1] == "."


def _whose_people(person: list, head) -> bool:
    """"Aides to Mr. Romney", "attorneys for Norris Greenhouse Jr. and Derrick Stafford", "a spokesman
    for St. Louis County Prosecutor Bob McCulloch", "people close to Clinton", "a person familiar with
    Johnson's views": a person named inside a preposition's object that qualifies the phrase's head
    (or a word qualifying it), alone, joined to another name, or owning that object, is whose people
    speak, not who speaks; not so for a name right after "by" or "from", which say whose the words
    are ("a quote from Krebs"), nor of words written ("Mr. Lee's letter to Senator Ames"). Words
    between the preposition and the name other than titles, articles, adjectives, places and peoples
    (and the places and bodies of a title) make the name the speaker's own ("adviser to the
    Ukrainian Presidency Mykhailo Podolyak"), and so does a place or body right before it ("the governor
    of Ohio John Kasich", "Secretary for Diplomatic Security Charlene Lamb"); a title there belongs to
    the name ("a spokesman for St. Louis County Prosecutor Bob McCulloch")."""
    top = named = _top(person)
    while top.dep_ == "conj" and top.head.i < top.i:
        if any(c.dep_ == "cc" and c.lower_ == "or" for c in top.head.children):
            return False  # "Campaign for a Neutral Switzerland, or AUNS": the same body named again
        top = top.head  # "Barack Obama and Clinton": the first of the joined names
    start = person[0].i if top is named else _entity_start(top)
    while top.dep_ in ("poss", "compound") and top.head.i > top.i:
        top = top.head  # "Johnson's views", "the Trump campaign"
    preposition = top.head
    if top.dep_ != "pobj" or preposition.dep_ != "prep" or not _below(preposition, head):
        return False
    if any(c.dep_ == "pobj" and c.i != top.i for c in preposition.children):
        return False  # "adviser to the Ukrainian Presidency Mykhailo Podolyak" parsed as two objects: the name is beside
    if preposition.lower_ in ("by", "from") and top is named or head.lemma_.lower() in written_nouns():
        return False  # "a gaffe by McCarthy", "that quote from Krebs": their own words
    if preposition.lower_ == "of" and _titles(preposition.head):
        return False  # "Chairman of the Joint Chiefs Gen. Martin Dempsey" holds the office
    between = [t for t in preposition.doc[preposition.i + 1:start] if not t.is_punct]
    if not all(_qualifies_name(t) or t.ent_type_ in PLACE_NAMES + ("ORG",) for t in between):
        return False
    return not between or _qualifies_name(between[-1]) or between[-1].ent_type_ == "NORP"


def _inside_description(person: list, head) -> bool:
    """"Democracy for America, the committee founded by Howard Dean", "Democracy for America, one of
    several groups bashing Schumer", "the executives of nine companies, including Angie's List and
    Anthem": a name inside what an apposition says about the phrase's head, or among the examples
    after "including", describes who speaks or names some of them; the body or group speaks. The
    apposition's own name speaks ("at least one senator, Arizona's John McCain"): only the words
    above the name are looked at. An author after "by" on a title ("according to 'Perfect Enough:
    Carly Fiorina and…' by George Anders") says whose the words are, and a verb the parser made an
    apposition ("Democrats, Frank notes, applaud") describes nothing."""
    token = _top(person)
    if token.dep_ == "pobj" and token.head.lower_ in ("by", "from") and token.head.head.pos_ in ("NOUN", "PROPN"):
        return False
    while token.head.i != token.i and token.head.i != head.i:
        token = token.head
        if token.dep_ == "appos" and token.pos_ in ("NOUN", "PROPN", "NUM", "PRON") or \
                token.dep_ == "prep" and token.lower_ == "including":
            return True
    return False


def _titles(token) -> bool:
    return token.lower_.rstrip(".") in TITLES | ROLE_WORDS


def _qualifies_name(token) -> bool:
    """A title, an article or an adjective ("the late King", "both", "Republican") may stand before
    a name and still leave it whose people speak."""
    return _titles(token) or token.lower_ in DETERMINERS or token.pos_ in ("DET", "ADJ")


def _qualifies_person(token, head) -> bool:
    """"St. Louis County" of "a spokesman for St. Louis County Prosecutor Bob McCulloch" says which
    prosecutor, not which body the spokesman speaks for."""
    while token.head.i != token.i and token.i != head.i:
        token = token.head
        if token.ent_type_ == "PERSON":
            return True
    return False


def _entity_start(token) -> int:
    """Where the recogniser's name holding ``token`` begins ("Norris" of "Norris Greenhouse Jr.")."""
    i = token.i
    while i > 0 and token.doc[i].ent_iob_ == "I":
        i -= 1
    return i


def _top(person: list):
    """The word of a name that the rest of the sentence attaches to."""
    inside = {t.i for t in person}
    return next((t for t in person if t.head.i not in inside or t.head.i == t.i), person[-1])


def _below(token, head) -> bool:
    """Whether ``token`` hangs from ``head``, directly or through the words that qualify it."""
    while token.head.i != token.i:
        token = token.head
        if token.i == head.i:
            return True
    return False


def _owner(person: list, head) -> bool:
    """"Clinton's allies", "the Obama administration", "Donald Trump's eldest daughter", "a Kaine
    spokesman", "Grayson's spokeswoman": a person who only qualifies a noun naming others who speak is
    whose they are, not who speaks. A person's spokesman or lawyer is someone else: given to the person
    spoken for, "Grayson's spokeswoman said" was Alan Grayson's own words, and a spokesman the article
    names later could not take them back. (A body still speaks through its spokesman: "a Twitter
    spokesman" is Twitter, a body and no person.) So is any kind of person, whether or not PolNeAR marked
    the noun as a source: "Harris' uncle", "Rubbert's roommates", "Mrs. Clinton's confidants"."""
    of_person = names_person(head.lemma_.lower()) and not _ends_in_body_word(person)  # "Sheriff's Office investigators"
    return head.pos_ == "NOUN" and (names_source(head) or of_person) and \
        any(t.head.i == head.i and t.dep_ in ("poss", "compound") for t in person)


def _ends_in_body_word(run: list) -> bool:
    """"Bexar County Sheriff's Office": a recogniser's person ending in a body's word is a body (`_names_body`)."""
    return run[-1].lower_ in ORG_WORDS and run[-1].lower_ not in ROLE_WORDS


def _written_as_venue(person: list) -> bool:
    """"Staples Center said…" after "outside Staples Center": a recogniser's person closed by a word for a place or
    built thing (``kinds.place_nouns``) that the article writes elsewhere as a building or a body is that venue's
    body (not "Don Couch", a body to the recogniser once and a couch to WordNet)."""
    entity = _entity(person)
    words = entity.text if entity is not None else " ".join(t.text for t in person)
    return len(words.split()) > 1 and words.split()[-1].lower() in place_nouns() and any(
        e.text == words and e.label_ in ("FAC", "ORG") and (entity is None or e.start != entity.start)
        for e in person[0].doc.ents)


def _entity_text(person: list) -> str:
    """The recogniser's whole entity a person's words lie in ("Soldier Field", of which "Field" was kept)."""
    entity = _entity(person)
    return entity.text if entity is not None else " ".join(t.text for t in person)


def _entity(person: list):
    return next((e for e in person[0].doc.ents if e.start <= person[0].i < e.end), None)


def _someone_of_persons(tokens: list, head) -> bool:
    """Whether the phrase is a kind of person told by whose they are, a person named before it ("Harris' uncle",
    "Rubbert's roommates"): described so, as "Phillips' mother" is, whether or not PolNeAR marked the noun as a
    source, and not that person (`_owner`)."""
    return head.pos_ == "NOUN" and names_person(head.lemma_.lower()) and \
        any(t.dep_ == "poss" and t.head.i == head.i and t.ent_type_ == "PERSON"
            and not any(e.start <= t.i < e.end and _ends_in_body_word(list(e)) for e in t.doc.ents) for t in tokens)


def _owner_of_title(person: list, head) -> bool:
    """"Strzok attorney Aitan Goelman", "Clinton aide Huma Abedin": a person named before a word for a
    person that stands before the name the phrase is headed by says whose attorney or aide that is; the
    name after speaks. Where the recogniser knew only the first name ("Aitan Goelman" read as a body),
    the lawyer's statement went to his client, and a later "the attorney said" with it."""
    top = _top(person)
    noun = top.head
    return top.dep_ in ("poss", "compound") and top.i < noun.i < head.i \
        and (noun.pos_ == "NOUN" and names_person(noun.lemma_) or noun.pos_ == "PROPN" and _title(noun)) \
        and _is_name_token(head) and _below(noun, head) \
        and all(t.i != head.i for t in person)


def _honoured(tokens: list, person: list) -> str:
    """"Mr. Kim": an honorific before a single name says it is a family name, so it stays."""
    at = tokens.index(person[0])
    before = [t for t in tokens[max(0, at - 2):at] if not t.is_punct]
    if len(person) == 1 and before and before[-1].lower_.rstrip(".") in HONORIFICS:
        return _text([before[-1], *person])
    return _text(person)


def _people(doc) -> list[range]:
    """The token positions of the recogniser's people in the document, read once per document: a
    document has dozens of speaker phrases to describe, and ``Doc.ents`` builds every entity anew
    each time. Positions, not tokens, so the document holds no reference to itself."""
    found = doc.user_data.get(_PEOPLE)
    if found is None:
        found = doc.user_data[_PEOPLE] = [range(e.start, e.end) for e in doc.ents if e.label_ == "PERSON"]
    return found


_PEOPLE = "people"


def _surname_of_person(token) -> bool:
    """"Ms. Page", "former FBI official Lisa Page": a capitalised word that also names a document is a
    surname after an honorific, or closing a name the recogniser marks a person that opens with a given
    name; read as a document, Lisa Page's words were a document's and she was no person to join."""
    if not token.text[:1].isupper() or token.is_sent_start and token.i == token.sent.start:
        return False
    doc = token.doc
    if token.i and doc[token.i - 1].lower_.rstrip(".") in HONORIFICS:
        return True
    name = next((p for p in _people(doc) if token.i in p), None)
    return name is not None and len(name) > 1 and name[-1] == token.i and is_given_name(doc[name[0]].text)


def written_by(thing) -> list:
    """Who put out a written thing a participle after it names: the agent of "a statement released by the
    ministry", "a letter signed by Mayor Cruz" (its words are theirs, as "the ministry's statement" is). Not who
    came by it (``RECEIVING``): "a statement obtained by CNN" is no word of CNN's."""
    clause, agent = received_by(thing, any_verb=True)
    return [] if clause is None or clause.lemma_.lower() in RECEIVING else agent


# verbs of coming by a written thing, after it with "by" whoever passed it on: "documents seen by Reuters",
# "court papers cited by the Journal", "emails obtained by CNN"
RECEIVING = frozenset("obtain see review cite quote view receive acquire".split())


def received_by(thing, any_verb: bool = False) -> tuple:
    """The participle after a noun and the words of its agent: "seen" and "Reuters" of "documents seen by Reuters";
    (None, []) without one, or (``any_verb`` false) when the verb is none of coming by a thing."""
    for clause in thing.children:
        if clause.dep_ == "acl" and clause.tag_ == "VBN" and clause.i > thing.i and \
                (any_verb or clause.lemma_.lower() in RECEIVING):
            for agent in clause.children:
                if agent.dep_ == "agent":
                    return clause, [t for c in agent.children if c.dep_ == "pobj" for t in c.subtree]
    return None, []


def _published_in(tokens: list, head) -> list:
    """"A report in the Jakarta Post", "a story in the paper": what an outlet published is the outlet's report."""
    if head.pos_ != "NOUN" or not names_document(head):
        return []
    inside = {t.i for t in tokens}
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "in" and c.i in inside):
        for outlet in (o for o in prep.children if o.dep_ == "pobj" and names_outlet(o)):
            return [t for t in outlet.subtree if t.i in inside]
    return []


def _writer(tokens: list, head) -> list:
    """Who wrote the written thing a phrase names, when the phrase says it: "Walsh's letter to the
    committee", "an FBI statement", "a statement from Senator Walsh's office". A statement, letter or
    tweet speaks for whoever wrote it (``written_nouns``), as "Arestovych's tweet" is Arestovych's; named
    by an owner, a name before it or "from"/"by" after it, the words were the document's, and the writer
    was listed as a speaker apart from their own statement. Polls, reports and records stay documents:
    they tell what they found, whoever's name they carry."""
    if head.pos_ != "NOUN" or head.lemma_.lower() not in written_nouns():
        return []
    inside = {t.i for t in tokens}
    owners = [c for c in head.children if c.i < head.i and c.i in inside and
              (c.dep_ == "poss" or c.dep_ == "compound" and c.pos_ != "NOUN")]  # "press" of "press release" is no owner
    if owners:  # "Tarrow's", "FBI", "Marlow County Sheriff's Office": the owner and the names after it
        first, last = min(w.i for w in owners[0].subtree), max(w.i for w in owners[-1].subtree)
        words = [t for t in tokens if first <= t.i <= last]
        if words and words[-1].lower_ in ("'s", "’s"):
            words = words[:-1]
        if words and (any(c.dep_ == "poss" for c in owners) or _names_someone(words)):
            return words
    agent = [t for t in written_by(head) if t.i in inside]
    if _names_someone(agent):
        return agent  # "a statement released by the ministry"
    for child in head.children:
        if child.i in inside and child.i > head.i and child.dep_ == "prep" and child.lower_ in ("from", "by"):
            words = [t for c in child.children if c.dep_ == "pobj" for t in c.subtree if t.i in inside]
            words = words[:next((n for n, t in enumerate(words) if t.text in "(;"), len(words))]  # "(D-Nev.)"
            if _names_someone(words):
                return words
    return []


def _names_someone(words: list) -> bool:
    """Whether words hold a name the recogniser marks a person or a body, written as a name: not "a
    campaign statement", nor "the city council", which the recogniser may mark a body in lower case."""
    return any(t.pos_ == "PROPN" and t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") and t.text[:1].isupper()
               for t in words)


def _names_body_by_its_word(token) -> bool:
    """"The Washington Post", "the Huffington Post": a word for a written thing closing a name the
    recogniser marks a body names the body that writes, though the word alone names a document. Read as
    a document, the paper was listed among polls and filings, apart from the outlets, and hidden with
    them. A record's word stays a document ("the AP-GfK Poll", "the Great Elephant Census"): the
    recogniser marks those bodies too, and "they" and "it" then went to a poll."""
    return token.pos_ == "PROPN" and token.ent_type_ == "ORG" and token.lemma_.lower() in written_nouns()


def _whole_name(person: list, tokens: list) -> list:
    """The recogniser's person widened to the proper nouns it cut off ("KELLYANNE" of "KELLYANNE
    CONWAY", a transcript's capitals)."""
    at = {t.i: n for n, t in enumerate(tokens)}
    start, end = at[person[0].i], at[person[-1].i]
    while end + 1 < len(tokens) and tokens[end + 1].pos_ == "PROPN" and tokens[end + 1].ent_type_ in ("", "PERSON") \
            or _hyphen_goes_on(tokens, end):
        end += 2 if _hyphen_goes_on(tokens, end) else 1
    capitals = all(t.text.isupper() and not _initial(t) for t in person)  # a transcript's "DARRIN PORCHER:"
    while start > 0 and tokens[start - 1].text.isupper() and tokens[start - 1].is_alpha and capitals \
            and tokens[start - 1].lower_ not in TITLES | ROLE_WORDS:
        start -= 1
    if start > 1 and _first_name_after_title(tokens[start - 2], tokens[start - 1], person):
        start -= 1
    while start > 0 and _named_so_elsewhere(tokens[start - 1], tokens[start]):
        start -= 1
    return tokens[start:end + 1]


def _named_so_elsewhere(word, following) -> bool:
    """"Lakim" of "Lakim Anthony Faust pleaded…", of which the recogniser marks only "Anthony Faust": a
    capitalised word before a name is part of it when the recogniser's person elsewhere in the document
    holds the same two words in this order; kept out, it was the person's role ("Lakim")."""
    if not (word.pos_ == "PROPN" and word.is_alpha and word.is_title) or _title(word) or _titles(word):
        return False  # "Sheriff" of "Sheriff Bailey", written so again: the office, not a first name
    doc = word.doc
    return any(i + 1 in p and doc[i].text == word.text and doc[i + 1].text == following.text and i != word.i
               for p in _people(doc) for i in p)


def _hyphen_goes_on(tokens: list, end: int) -> bool:
    """"Mr. Campa-Najjar", of which the recogniser marks only "Campa": a hyphen written without spaces
    between two capitalised words joins one name ("Mr. Campa" was the speaker, "Najjar" his role)."""
    if end + 2 >= len(tokens):
        return False
    word, hyphen, rest = tokens[end], tokens[end + 1], tokens[end + 2]
    return hyphen.text == "-" and not word.whitespace_ and not hyphen.whitespace_ and rest.text[:1].isupper() \
        and rest.is_alpha and rest.ent_type_ in ("", "PERSON")


def _hyphen_joins(word, hyphen, name) -> bool:
    """"King-Macon", "Prince-Bythewood": a capitalised word written with a hyphen and no space before the name is the
    first half of a double surname, even where the word alone is an office ("King"); read as the office, "King-Macon
    told police" made a person "Macon" with the role "King", apart from Kim King-Macon named before."""
    return hyphen.text == "-" and not word.whitespace_ and not hyphen.whitespace_ and word.is_alpha and \
        len(word) > 1 and word.is_title and name.is_title and name.lower_.rstrip(".") not in TITLES | ROLE_WORDS \
        and not names_person(name.lower_)  # "Secretary-Treasurer": two offices


def _first_name_after_title(title, token, person: list) -> bool:
    """"George" of "Senator George J. Mitchell", left out of the recogniser's "J. Mitchell": a
    capitalised word between a title and the name is the first name."""
    return title.lower_.rstrip(".") in TITLES | ROLE_WORDS and token.lower_.rstrip(".") not in TITLES | ROLE_WORDS \
        and not _title(token) and token.pos_ == "PROPN" and token.ent_type_ in ("", "PERSON") and token.is_title \
        and token.head.i in {t.i for t in person}


def _names_body(tokens: list, head, person: list) -> bool:
    """"The Gun Violence Archive, a nonprofit organization", "Bexar County Sheriff's Office investigators" (the
    recogniser's person ending in "Office"): the recogniser's person is a body."""
    if _ends_in_body_word(person) or len(person) == 1 and _opens_body_name(person[0]) or _written_as_venue(person):
        return True
    described = [head, *[t for t in tokens if t.dep_ == "appos" and t.head.i == head.i]]
    return any(t.lower_ in ORG_WORDS and t.lower_ not in ROLE_WORDS and t not in person for t in described)


def _body_named_for(tokens: list, head, person: list) -> str:
    """"Kent police", "the Obama administration": a body named for a place or a person is the whole
    phrase, never the place or the person alone; "the Gun Violence Archive, a nonprofit" is its name."""
    if head.lower_ in ORG_WORDS and head not in person and person[-1].i < head.i:
        return _strip_det([t for t in tokens if t.i <= head.i])
    return _entity_text(person) if _written_as_venue(person) else _text(person)


def _body_kind(run: list) -> str:
    """What the recogniser makes of a body's name: a country or place, a people, else a body."""
    labels = {t.ent_type_ for t in run}
    if labels & {"GPE", "LOC"} and not labels & {"ORG"} and run[-1].lower_ not in ORG_WORDS:
        return "country"
    if labels == {"NORP"} or not labels - {""} and run[-1].tag_ == "NNPS" and _people_word(run[-1].lower_):
        return "group"  # "the Founding Fathers": people, where "Crime Stoppers" is a body
    return "organisation"


def _people_word(plural: str) -> bool:
    """Whether a plural's singular is a word for a kind of person ("fathers", "candidates", "witnesses")."""
    return any(names_person(plural.removesuffix(end)) for end in ("s", "es") if plural.endswith(end))


def _name_run(tokens: list, doc_words: dict[str, int]) -> list:
    """The proper name heading a phrase (or the last one before any apposition), titles cut off."""
    head = _head(tokens)
    named = [t for t in tokens if t.dep_ == "appos" and _is_name_token(t) and t.head in tokens]
    fallback = not _is_name_token(head)
    if fallback and named:
        head, fallback = named[0], False
    if not fallback:
        end = tokens.index(head) + 1
    else:
        end = next((i for i, t in enumerate(tokens) if t.text == ","), len(tokens))
        while end and not _is_name_token(tokens[end - 1]):
            end -= 1
    if end == 0 or tokens[end - 1].lower_ in ORG_WORDS and tokens[end - 1].ent_type_ != "PERSON":
        return []
    start = end
    while start and _is_name_token(tokens[start - 1]) and (tokens[start - 1].lower_ not in ROLE_WORDS or
                                                           _opens_body_entity(tokens[start - 1], tokens[start:end])) \
            and tokens[start - 1].text[:1].isupper():  # "secretary of state Antony Blinken"
        candidate = tokens[start - 1]
        if end - start >= 2 and (_used_alone_elsewhere(candidate, tokens[start], doc_words) or _place_before(candidate, tokens[start])):
            break  # a place or title used on its own elsewhere ("Mariupol Serguiï Volyna")
        start -= 1
    while 1 < start < end and _hyphen_joins(tokens[start - 2], tokens[start - 1], tokens[start]):
        start -= 2  # "King-Macon": one surname, not the office "King" before "Macon"
    run = tokens[start:end]
    names_person = any(t.ent_type_ == "PERSON" for t in run)
    if fallback and (len(run) < 2 and not names_person or _employer_object(run) or _whose(run, tokens, head)):
        return []
    if any(t.ent_type_ in ("GPE", "NORP") for t in run) and not names_person and not called_by_pronoun(run):
        return []  # a place, unless its own verb calls it "herself" ("Beverly McAuliffe calls herself…")
    return run if end == len(tokens) or tokens[end].dep_ in ("appos", "punct", "prep") else []


def _opens_body_entity(word, rest: list) -> bool:
    """"General Motors", "General Mills": a word for an office opening a body's name the recogniser reads whole, the
    rest of which the article never writes as a person's ("Sheriff Dodson" after "Sheriff Ronny Dodson")."""
    if word.ent_type_ != "ORG" or word.ent_iob_ != "B" or not rest or any(t.ent_iob_ != "I" for t in rest):
        return False
    names = {t.lower_ for t in rest}
    return not any(t.lower_ in names and (t.ent_type_ == "PERSON" or t.i and is_given_name(t.doc[t.i - 1].text))
                   for t in word.doc)


def _whose(run: list, tokens: list, head) -> bool:
    """Whose people a name in the phrase says, unless the name is a body's: "a producer for Yahoo
    Studios" speaks for Yahoo Studios."""
    return _whose_people(run, head) and (any(t.ent_type_ == "PERSON" for t in run) or not _is_org(run, tokens))


def _place_before(word, name_start) -> bool:
    """A place the recogniser ends before the name ("Mariupol Serguiï Volyna"), not a word inside
    a place's or body's name that goes on ("The Rocky Mountain High Intensity Drug Trafficking Area")."""
    return word.ent_type_ in PLACE_NAMES and not _one_entity(word, name_start)


def _entity_end(token, tokens: list):
    """"The Center on Budget and Policy Priorities": a body's name may go on past its head noun, as far
    as the recogniser's organisation does inside the phrase."""
    if token.ent_type_ != "ORG":
        return token
    doc, first, last = token.doc, token.i, token.i
    while doc[first].ent_iob_ == "I":
        first -= 1
    while last + 1 < len(doc) and doc[last + 1].ent_iob_ == "I":
        last += 1
    inside = {t.i for t in tokens}
    return doc[last] if all(i in inside for i in range(first, last + 1)) else token


def _apposed_name_start(run: list, tokens: list) -> int:
    """"a California newspaper, The Press-Enterprise": a body's name set after a description of it
    by a comma starts after the comma (its own article with it); the description says what it is."""
    name = next((t for t in run if t.dep_ == "appos"), None)
    if name is None or name.head.i >= name.i or name.head.pos_ != "NOUN" or name.head not in tokens:
        return tokens[0].i
    start = name.left_edge.i
    comma = name.doc[start - 1] if start else None
    return start if comma is not None and comma.text == "," and comma in tokens else tokens[0].i


def _described_as(tokens: list, named: list) -> str | None:
    """"Center for Arizona Policy, a social conservative group": what an apposition after a body's
    name says it is, kept as its role, so that a later "the group" finds it (it found the description
    when the description was taken for the speaker). Only a kind of body is kept: a common noun
    PolNeAR's annotators took for a source's head, naming no person ("part of the FBI's probe", a
    misparsed clause, is none)."""
    described = [t for t in tokens if t.dep_ == "appos" and t.head in named and t.i > named[-1].i
                 and t.pos_ == "NOUN" and names_source(t) and not names_person(t.lemma_)]
    if not described:
        return None
    return _role_text(tokens, named)


def _name_of_body_end(token, tokens: list):
    """"Democracy for America", "Americans for Prosperity", "Bank of the West": a body's name the
    recogniser does not mark goes on through "for" or "of" when every word of that preposition's
    object is a capitalised proper noun (or "the"); "Democracy" alone was a speaker of its own."""
    inside = {t.i for t in tokens}
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if following is None or following.i not in inside or following.lower_ not in ("for", "of") \
            or following.head.i != token.i:
        return token
    objects = [c for c in following.children if c.dep_ == "pobj"]
    if not objects:
        return token
    words = list(objects[0].subtree)
    if not all(t.i in inside for t in words) or words[0].i != following.i + 1 or \
            not all(t.pos_ == "PROPN" and t.text[:1].isupper() or t.lower_ == "the" for t in words):
        return token
    return words[-1]


def _employer_object(run: list) -> bool:
    """"Analysts at Fitch Ratings": the name after "at" is where the speakers work, not who they are."""
    return run[-1].dep_ == "pobj" and run[-1].head.lower_ == "at" and run[-1].ent_type_ != "PERSON"


def _is_name_token(t) -> bool:
    if t.pos_ == "PROPN":  # "Authorities said", a plural tagged a name by its capital (a surname is singular: "Small said")
        return not (t.tag_ == "NNPS" and (opens_sentence(t) and lower_elsewhere(t) or _headline_people(t))) and \
            not only_opening_capital(t)
    return t.text[:1].isupper() and t.ent_type_ in ("PERSON", "ORG") and not t.is_sent_start


def _is_org(run: list, tokens: list) -> bool:
    if _names_body(tokens, _head(tokens), run):
        return True
    if len(run) == 1 and _opens_body_name(run[0]):
        return True
    if len(run) > 1 and all(t.text.isupper() for t in run) and not any(t.lower_ in ORG_WORDS for t in run):
        return False  # a transcript's speaker in capitals ("DARRIN PORCHER:")
    before = [t for t in tokens if t.i < run[0].i]
    titled = any(t.lower_ in ROLE_WORDS for t in before) or _title_and_given_name([*before[-1:], *run]) or \
        _given_name_and_surname(run)
    if (titled or any(t.ent_type_ == "PERSON" for t in run)) and run[-1].lower_ not in ORG_WORDS:
        return False
    if _described_as_someones(run, tokens):
        return False
    if run[-1].lower_ not in ORG_WORDS and (_after_abbreviated_title([*before[-1:], *run]) or _person_apposed(run[-1])):
        return False  # "Det. Nix says", "Casper Hill, a spokesman for the city, said": the recogniser's "body"
    if not any(t.lower_ in ORG_WORDS for t in run) and called_by_pronoun(run):
        return False  # "Mason Jefferies calls himself a school buddy"
    if len(run) == 1 and (_written_as_person(run[0]) or _apposed_to_a_person(run[0])) and not _kind_word(run[0]):
        return False  # "Tillis said", after "Republican Thom Tillis" (which the recogniser also took for a body)
    last = run[-1]
    return last.lower_ in ORG_WORDS or last.ent_type_ in ("ORG", "GPE", "NORP", "FAC") or (
        len(run) == 1 and last.text.isupper()) or _plural_name(run, tokens)


def _opens_body_name(token) -> bool:
    """"Harborview said", "Grady said" after "taken to Harborview Medical Center", "Grady Memorial Hospital": a word
    alone that opens the name of a body or a building elsewhere in the article (the recogniser's body or facility,
    closed by a word for a body, ``ORG_WORDS``, or for a place or built thing, ``kinds.place_nouns``) is that body,
    not a person the recogniser may take it for, unless the article writes it as a person's name too ("Mr. Grady")."""
    for start, end in _body_names(token.doc).get(token.text, ()):
        if start.i != token.i and end.i > start.i and (end.lower_ in ORG_WORDS or end.lower_ in place_nouns()):
            return not _written_as_person(token)
    return False


def _body_names(doc) -> dict[str, list]:
    """The first and last word of each body or facility the recogniser finds, by the first word's text, gathered
    once per document: walked again for every lone word asked about, they took a twentieth of reading speakers."""
    found = doc.user_data.get(_BODY_NAMES)
    if found is None:
        found = doc.user_data[_BODY_NAMES] = {}
        for e in doc.ents:
            if e.label_ in ("ORG", "FAC"):
                found.setdefault(e[0].text, []).append((e[0], e[-1]))
    return found


_BODY_NAMES = "bodies' first and last words"


def _written_as_person(token) -> bool:
    """Whether the article writes the word elsewhere after an honorific or a title ("Mr. Tillis", "Sen. Tillis") or
    after a given name that is no place ("Thom Tillis", not "Washington Post"): then the word alone is that person's
    surname."""
    doc = token.doc
    return any(t.i != token.i and t.i and _names_before(doc[t.i - 1]) for t in written_alike(token))


def _names_before(word) -> bool:
    """A capitalised honorific, title or given name that is no place: what may stand before a surname."""
    return word.text[:1].isupper() and (word.lower_.rstrip(".") in HONORIFICS | TITLES or
                                        is_given_name(word.text) and word.ent_type_ not in (*PLACE_NAMES, "FAC"))


def _apposed_to_a_person(token) -> bool:
    """"One survivor, 26-year-old Henrique, said": a word alone set beside a word for a kind of person
    (``kinds.names_person``) names that person, though the recogniser may take it for a body."""
    return token.dep_ == "appos" and token.head.pos_ == "NOUN" and names_person(token.head.lemma_.lower())


def _after_abbreviated_title(words: list) -> bool:
    """"Det. Nix", "Sgt. Hecht": a title cut short with a full stop before a name is written only before a person's
    (TITLES spelled out are also the first words of bodies: "General Motors", "Judge Advocate General's Corps")."""
    return len(words) > 1 and words[0].text.endswith(".") and words[0].lower_.rstrip(".") in TITLES


def _person_apposed(token) -> bool:
    """"Casper Hill, a spokesman for the city": a name set beside one singular noun for a kind of person
    (``kinds.names_person``) is that person's, though the recogniser took "Hill" for a place or a body. A noun
    saying whose it is ("Mondelez, Nabisco's parent") may describe a body as well."""
    return any(c.dep_ == "appos" and c.tag_ == "NN" and names_person(c.lemma_.lower())
               and not any(g.dep_ == "poss" for g in c.children) for c in token.children)


def _kind_word(token) -> bool:
    """A word for a kind of body, place or writing ("Post", "Garden", "Police"): no surname however written."""
    word = token.lower_
    return word in ORG_WORDS or word in place_nouns() or word in written_nouns() or names_document(token)


def _plural_name(run: list, tokens: list) -> bool:
    """"Crime Stoppers of Puget Sound said…": a name ending in a plural is no one person's (a surname is
    singular), so a name of two words or more, or one going on through "of"/"for" a name, names a body; the
    recogniser marked none of it, and the phrase was read as a person "Stoppers" with the role "Crime of Puget
    Sound". A plural alone ("Democrats") is a group or a people, not a body, and stays as it was read; a given
    name before a plural is a person's whose surname is written as one ("his aunt Helen Weeks")."""
    last, first = run[-1], run[0]
    return last.tag_ == "NNPS" and (len(run) > 1 or _name_of_body_end(last, tokens) is not last) and \
        not (is_given_name(first.text) or given_name(first.text))


def _title_and_given_name(run: list) -> bool:
    """"Detective Ed Troyer", "Bishop Daniel Jenky", "Trooper Chad Dermyer": a title, or a capitalised word for a
    kind of person (WordNet's noun.person, ``kinds.names_person``), before a given name names a person, though the
    recogniser may take the three words for a body (it labels these ORG). A given name of two letters is one the
    table of names and diminutives holds ("Ed"): "Le", "De", "La" open surnames ("Marine Le Pen")."""
    return len(run) > 2 and _title(run[0]) and (is_given_name(run[1].text) or len(run[1].text) > 2 and
                                                given_name(run[1].text, english=True))


def _titled_person(person: list) -> bool:
    """"Trooper Chad Dermyer", "Rabbi Rick Jacobs", all of it the recogniser's person: a capitalised word for a kind
    of person before a given name is the office. Not when the word is a given name too, as many are ("Dean Heller",
    "Earl Ray Tomblin", "Marine Le Pen"): the recogniser's person already says someone is named. So is such a word
    before a surname alone ("Sheriff Dodson", after "Sheriff Ronny Dodson"): kept, it read as a given name, and the
    same sheriff was three speakers, "Sheriff Dodson", "Dodson" and "Ronny Dodson"."""
    if not person or given_name(person[0].text, english=True):
        return False
    return _title_and_given_name(person) or len(person) == 2 and _title(person[0]) and \
        person[0].lower_.rstrip(".") not in TITLES and _surname_shaped(person[1])


def _surname_shaped(token) -> bool:
    """A capitalised proper noun that is no title, no kind of person and no word the article writes in lower
    case ("Bellwether County" beside "the county"): what a surname alone looks like."""
    return token.pos_ == "PROPN" and token.is_alpha and token.is_title and not _title(token) and \
        token.lower_ not in ORG_WORDS and not lower_elsewhere(token)


def _title(token) -> bool:
    """A title ("Sgt.", "Gov."), or a capitalised word for a kind of person ("Bishop", "Trooper") that the table
    of given names does not hold ("Michael" is a kind of person to WordNet, an archangel)."""
    word = token.lower_.rstrip(".")
    return word in TITLES or token.text[:1].isupper() and names_person(word) and not is_given_name(word)


def _given_name_and_surname(run: list) -> bool:
    """"Maria Cain didn't know why… Ms. Cain said": a given name, then one or two words shaped like a name
    (capitalised, or an initial), whose last word the article writes as a person's elsewhere (``_person_elsewhere``:
    "Ms. Cain", or a person of the recogniser's), is that person, though the recogniser labels it ORG here. Without
    that, a given name opens many bodies' names ("Washington Post", "Arizona Legislature", "Shelton Weekly")."""
    return 2 <= len(run) <= 3 and (is_given_name(run[0].text) or given_name(run[0].text, english=True)) and \
        all(t.is_title and t.is_alpha or _initial(t) for t in run) and \
        not any(t.lower_ in ORG_WORDS or t.ent_type_ in PLACE_NAMES for t in run) and _person_elsewhere(run[-1])


def _described_as_someones(run: list, tokens: list) -> bool:
    """"Aitan Goelman, Strzok's attorney", "Rosette Pambakian, a Tinder spokeswoman", "Marta de Souza,
    the president of the State Senate": a name the recogniser does not know may be marked a body; set
    beside a word for a person said to be someone's (an owner's name before it, or "of"/"for" a name
    after it), it is a person, and the description is their role: when the word is an office (ROLE_WORDS)
    or the article names the person so elsewhere ("Mr. Goelman"); "parent", "owner" or "partner" may
    describe a body. Read as a body, the
    lawyer was no person a later "Goelman said" or "Mr. Strzok's lawyer said" could be. A name holding
    a word for a body ("Mondelez International, Nabisco's parent company") or anything but words
    keeps the recogniser's reading."""
    if any(t.lower_ in ORG_WORDS or not (t.is_alpha or t.text in (".", "-")) or t.text.isupper() for t in run):
        return False
    described = [t for t in tokens if t.dep_ == "appos" and t.head.i == run[-1].i and t.i > run[-1].i]
    office = [t for t in described if t.pos_ == "NOUN" and names_person(t.lemma_)
              and (t.lower_ in ROLE_WORDS or _person_elsewhere(run[-1]) or _a_persons(t))]
    return any(_owned_by_name(t) or any(c.dep_ == "prep" and c.lower_ in ("of", "for") and _owned_by_name(c, "pobj")
                                        for c in t.children) for t in office)


def _a_persons(token) -> bool:
    """"Kieshah Cain Saunders, Solomon's aunt": one kind of person said to be a person's (the owner the
    recogniser's person) is a person too; no body is someone's aunt or cousin, where "Nabisco's parent" may be."""
    return token.tag_ == "NN" and any(c.dep_ == "poss" and c.ent_type_ == "PERSON" for c in token.children)


def _person_elsewhere(surname) -> bool:
    """Whether the article writes the word as a person's name elsewhere ("Mr. Goelman", or a person of
    the recogniser's): then "Aitan Goelman, Mr. Strzok's lawyer" is that person, where "Mondelez,
    Nabisco's parent" (a word a body may be too) is left a body."""
    doc = surname.doc
    return any(t.text == surname.text and t.i != surname.i and (
        t.ent_type_ == "PERSON" or t.i and doc[t.i - 1].lower_.rstrip(".") in HONORIFICS) for t in doc)


def _owned_by_name(token, dep: str = "") -> bool:
    """Whether a proper noun says whose ``token`` is: "Strzok's attorney", "a Tinder spokeswoman"; or,
    with ``dep`` "pobj", the object of "of"/"for" after an office ("the president of the State Senate")."""
    if dep:
        return any(c.dep_ == dep and c.pos_ == "PROPN" for c in token.children)
    return any(c.dep_ in ("poss", "compound") and c.pos_ == "PROPN" and c.i < token.i for c in token.children)


def _role_text(tokens: list, run: list) -> str | None:
    """The words that describe the office, never a fragment: no honorific, age or party tag."""
    before = _after_agent(run, [t for t in tokens if t.i < run[0].i])
    after = [t for t in tokens if t.i > run[-1].i]
    before = [t for t in before if t.lower_.rstrip(".") not in HONORIFICS]
    before = _office_words(before)
    while before and before[-1].is_punct:
        before = before[:-1]
    if before and before[-1].pos_ == "CCONJ":  # "Paul and" of "the mayor's biographers, Paul and Jeanne Heidler"
        comma = max((n for n, t in enumerate(before) if t.text == ","), default=0)
        before = before[:comma]  # the other person named is no office; "the mayor's biographers" is
    before = before[_after_other_subject(before):]
    if after and (after[0].text == "(" or after[0].pos_ == "CCONJ" or after[0].tag_ == "POS"):
        after = []  # "(D., N.Y.)", "and Cruz", "'s tone": no office
    while after and (after[0].is_punct or after[0].dep_ == "punct"):
        after = after[1:]
    after = after[:next((i for i, t in enumerate(after) if t.text in ",("), len(after))]
    after = _office_words(after)
    if after and after[0].pos_ == "ADP" and not _names_place_or_body(after[1:]):
        after = []  # "Cruz, with unconcealed delight", "Beck on Wednesday": how or when, no office
    parts = [p for p in (before, after) if p and _describes_office(p) and not _only_places(p) and not _headline_words(p)]
    joined = " ".join(_text(p) for p in parts) if len(parts) == 2 and parts[1][0].pos_ == "ADP" else \
        ", ".join(_text(p) for p in parts)
    return joined or None


def _after_other_subject(before: list) -> int:
    """"Donald Trump and House Speaker Paul Ryan", "Indiana lawmakers and Gov. Mike Pence": words before "and" that end
    with a person the recogniser names or with people in the plural are another subject, not the office of the name
    after it (the role read "Donald Trump and House Speaker"); "Former prosecutor and New York City Mayor" is one."""
    joins = [n for n, t in enumerate(before) if t.pos_ == "CCONJ" and n > 0 and (
        before[n - 1].ent_type_ == "PERSON" or before[n - 1].tag_ == "NNS" and names_person(before[n - 1].lemma_))]
    return joins[-1] + 1 if joins else 0


def _names_place_or_body(tokens: list) -> bool:
    """"of the National Retail Federation", "of Cheyenne", "with the Attorney General's Office" say
    where a person works or lives; "on Wednesday" or "in the primary" say only when or how they spoke."""
    return any(t.pos_ == "PROPN" and t.ent_type_ not in ("DATE", "TIME") or t.lower_ in ORG_WORDS for t in tokens)


def _headline_words(tokens: list) -> bool:
    """"Carly Fiorina Endorses", "Under Pressure", "Alabama Republicans Defend": in a headline every
    word is capitalised and the tagger takes verbs and prepositions for names, so a role read there
    is no office when it holds a function word or a word the article writes in lower case as a verb
    ("defended", "endorse"); "McCain Challenger" and "Billionaire" stay."""
    if not _in_headline(tokens[0]):
        return False
    verbs = _lowercase_verbs(tokens[0].doc)
    return any(t.is_stop or t.lower_ in verbs or t.lower_.endswith("s") and t.lower_[:-1] in verbs
               for t in tokens if not t.is_punct)


def _lowercase_verbs(doc) -> frozenset[str]:
    """Words the document writes in lower case as verbs, and their lemmas, read once per document."""
    found = doc.user_data.get(_VERB_WORDS)
    if found is None:
        found = doc.user_data[_VERB_WORDS] = frozenset(w for t in doc if t.is_lower and t.pos_ in ("VERB", "AUX")
                                                       for w in (t.text, t.lemma_))
    return found


_VERB_WORDS = "lower-case verbs"


def _headline_people(token) -> bool:
    """"GOP Candidates Resoundingly Reject…": a headline capitalises every word, so a plural there whose singular
    is a kind of person is the common noun ("candidates"), a group, not a name; read as one, it was the body
    "GOP Candidates", and "Republican Candidates" a person named "Candidates"."""
    return _people_word(token.lower_) and _in_headline(token)


def _in_headline(token) -> bool:
    """A sentence written in title case: every word of four letters or more after the first capitalised."""
    words = [t for t in token.sent if t.is_alpha and len(t) > 3][1:]
    return len(words) >= 3 and all(t.text[:1].isupper() for t in words)


def _after_agent(run: list, before: list) -> list:
    """"a gaffe by House Majority Leader Kevin McCarthy", "calculations by Amy Glasmeier": what the
    named person did or wrote is no office of theirs; the words after "by" or "from" may be one."""
    top = _top(run)
    at = next((n for n, t in enumerate(before) if t.i == top.head.i), None)
    if top.dep_ != "pobj" or at is None or top.head.lower_ not in ("by", "from"):
        return before
    return before[at + 1:]


def _office_words(tokens: list) -> list:
    """The office, not whose it is or how its holder looked: "his aunt" is an aunt, "now the
    mayor" and "a visibly angry Gov." or "a shaken and emotional President" hold an office."""
    qualified = False
    while tokens and (tokens[0].lower_ in DETERMINERS or tokens[0].tag_ == "PRP$" or tokens[0].pos_ == "ADV"):
        qualified |= tokens[0].pos_ == "ADV"
        tokens = tokens[1:]
    mood = next((i for i, t in enumerate(tokens) if t.pos_ not in ("ADJ", "CCONJ", "PUNCT")), len(tokens))
    if mood < len(tokens) and (qualified or any(t.pos_ == "CCONJ" for t in tokens[:mood])):
        tokens = tokens[mood:]
    return tokens


def _only_places(tokens: list) -> bool:
    """"Mariupol" before "Serguiï Volyna" says where he is, not what he is: a place alone (a word
    the recogniser takes for a place here or elsewhere in the article) is no office ("Mariupol
    Mayor" is one)."""
    words = [t for t in tokens if not t.is_punct]
    if not words:
        return False
    places = _places(words[0].doc)
    return all(t.ent_type_ in PLACES or t.text in places for t in words)


PLACES = ("GPE", "LOC")


def _places(doc) -> frozenset[str]:
    """The words the recogniser marks as places anywhere in the document, read once per document."""
    found = doc.user_data.get(_PLACE_WORDS)
    if found is None:
        found = doc.user_data[_PLACE_WORDS] = frozenset(t.text for t in doc if t.ent_type_ in PLACES)
    return found


_PLACE_WORDS = "place words"


def _describes_office(tokens: list) -> bool:
    """An office is said in nouns ("managing director of Giffords"), not ages or clause pieces."""
    if any(t.pos_ in ("VERB", "AUX") for t in tokens) or all(t.like_num or t.is_punct for t in tokens):
        return False
    return any(t.pos_ in ("NOUN", "PROPN") and not t.like_num and t.lower_ not in ("years", "year", "old")
               for t in tokens)


def _common_phrase(tokens: list) -> SpeakerName:
    head = _head(tokens)
    name = _strip_det(_before_aside(tokens, head))
    organisations = [t for t in tokens if (t.lower_ in ORG_WORDS or t.ent_type_ == "ORG") and not _qualifies_person(t, head)]
    definite = tokens[0].lower_ in DETERMINERS and tokens[0].lower_ not in ("a", "an")
    if _speaks_for(head) and organisations and _of_joined_bodies(tokens, head):
        return SpeakerName(name, None, "group")  # "Medicare and Treasury officials": no one body speaks
    if _speaks_for(head) and organisations:
        org = _org_phrase(tokens, head)
        if not any(t.pos_ == "PROPN" or t.ent_type_ and not _counted(t) for t in tokens if t.text in org.split()):
            return SpeakerName("", None, "person")  # "a Sheriff's Office official": which office, the words do not say
        return SpeakerName(org, _text([t for t in tokens if t.i <= head.i and t.lower_ not in DETERMINERS]),
                           "organisation")
    if head.lower_ in ORG_WORDS or head.ent_type_ in ("ORG", "GPE"):
        return SpeakerName(name, None, "organisation", reference=definite and _all_common(tokens))
    if head.lower_ in GROUP_WORDS or head.tag_ == "NNPS" or head.tag_ == "NNS" and names_source(head):
        return SpeakerName(name, None, "group")
    if head.lower_ in ROLE_WORDS or head.lower_ in ("source", "sources"):
        return SpeakerName(name, None, "person" if head.lower_ in ROLE_WORDS else "unknown", reference=definite)
    if len(tokens) == 1 and _proper_noun(head):
        return SpeakerName(head.text, None, "person" if _named_elsewhere(head) else "unknown")
    if not names_source(head) and not _someone_of_persons(tokens, head):
        return SpeakerName("", None, "unknown")  # "the massacre", "a fresh timeline": no one speaks
    if not definite and len(name.split()) == 1 and not _named_elsewhere(head):
        return SpeakerName("", None, "unknown")  # "a group": some body, unnamed
    return SpeakerName(name, None, _described_kind(head), reference=definite)


def _described_kind(head) -> str:
    """"An employee at Perry's Palace", "Allen's mother": a phrase headed by WordNet's noun for a person describes
    a person (in the plural, people); a source noun of no person ("a statement") says no kind."""
    if head.pos_ != "NOUN" or not names_person(head.lemma_.lower()):
        return "unknown"  # "federal and local police" parsed with "federal" at its head: a noun.person word too
    return "group" if head.tag_ in ("NNS", "NNPS") else "person"


def _speaks_for(head) -> bool:
    """"a spokesman", "officials", "representatives with Develop Louisville", "Spokesmen for the office": a word
    for someone who speaks for a body, in either number (the plural was a body "representatives with …" of its own)."""
    return head.lower_ in SPOKES_WORDS or head.lemma_.lower() in SPOKES_WORDS


def _of_joined_bodies(tokens: list, head) -> bool:
    """"Medicare and Treasury officials": officials of two bodies named before them are a group, not a body
    called "Medicare and Treasury"; "current and former State Department officials" join no names."""
    return head.tag_ == "NNS" and any(t.dep_ == "conj" and t.i < head.i and t.head.i < t.i and _names_a_body(t)
                                      and _names_a_body(t.head) for t in tokens)


def _names_a_body(token) -> bool:
    return token.pos_ == "PROPN" or token.ent_type_ == "ORG"


def _before_aside(tokens: list, head) -> list:
    """"Bruning, a Republican", "candidates, including those who won": what follows a comma or
    "including" after the head describes the speaker and is no part of its name."""
    at = tokens.index(head)
    end = next((i for i in range(at + 1, len(tokens)) if tokens[i].text in ",(;" or tokens[i].lower_ == "including"),
               len(tokens))
    return tokens[:end]


def _proper_noun(token) -> bool:
    """"Hannity said", "D’Souza told": a surname the tagger takes for a common noun at the start of a
    sentence is a name when the article writes it capitalised inside sentences and never in lower case,
    nor as a people or party ("a Republican")."""
    if not token.text[:1].isupper() or token.text.isupper():
        return False
    same = [t for t in token.doc if t.lower_ == token.lower_]
    return all(t.text[:1].isupper() and t.ent_type_ != "NORP" for t in same) and \
        any(t.i > 0 and not t.is_sent_start and _inside_name_or_clause(t.doc[t.i - 1]) for t in same)


def _inside_name_or_clause(before) -> bool:
    """A word after a lowercase word ("said Hannity"), a given name or an honorific ("Dinesh D’Souza",
    "Mr. D’Souza") stands inside a sentence or a name; after "The" or "Why" it may open a title."""
    return before.is_alpha and before.is_lower or before.lower_.rstrip(".") in HONORIFICS or \
        before.pos_ == "PROPN" and before.is_title


def _named_elsewhere(token) -> bool:
    """"Bruning, a Republican, blamed…", read as a verb: a word the recogniser takes for a person's
    name elsewhere in the article is that name."""
    return token.text[:1].isupper() and any(t.ent_type_ == "PERSON" for t in written_alike(token))


def _org_phrase(tokens: list, head) -> str:
    """The organisation inside "a spokesman for the Ukrainian Ministry of Defense"."""
    for prep in head.children:
        objects = [c for c in prep.children if c.dep_ == "pobj"] if prep.dep_ == "prep" else []
        if objects and prep.lower_ in ("for", "of", "at", "in", "from", "with"):
            phrase = list(objects[0].subtree)
            named = [e for e in tokens[0].doc.ents
                     if e.label_ == "ORG" and e.start >= phrase[0].i and e.end <= phrase[-1].i + 1]
            if prep.lower_ == "with" and named:  # "officials with the Hendersonville Police Department",
                # not "with knowledge"
                phrase = phrase[:next((n for n, t in enumerate(phrase) if t.text == ","), len(phrase))]
                named = [e for e in named if e.end <= phrase[-1].i + 1]  # not "…, which is located near TriStar…"
                return _strip_det(list(named[-1]) if len(named) == 1 else phrase)  # "… of Game and Inland Fisheries"
            if prep.lower_ != "with":
                return _strip_det(list(named[-1])) if named else _strip_det(phrase)
    before = [t for t in tokens if t.i < head.i and t.lower_ not in DETERMINERS]
    while before and not _names_part_of_body(before[0]):
        before = before[1:]  # "current and former State Department officials": the State Department
    named = [t for n, t in enumerate(before)  # "senior Kremlin" is the Kremlin, "Defense Department" keeps Defense
             if t.lower_ not in ROLE_WORDS or n + 1 < len(before) and before[n + 1].lower_ in ORG_WORDS]
    return _text(named) or _strip_det(tokens)


def _names_part_of_body(token) -> bool:
    return token.pos_ == "PROPN" or token.ent_type_ in ("ORG", "GPE", "NORP") or token.lower_ in ORG_WORDS


def _all_common(tokens: list) -> bool:
    """"the Ukrainian army" describes; "the NRA" and "the BBC" name, whatever the recogniser calls them."""
    head = _head(tokens)
    return not any(t.pos_ == "PROPN" and (t.ent_type_ not in ("NORP", "GPE") or t.i == head.i)
                   and (t.lower_ not in ORG_WORDS or t.lower_ in ORG_NAMES) and t.lower_ not in ROLE_WORDS
                   for t in tokens)


def _head(tokens: list):
    ids = {t.i for t in tokens}
    for t in tokens:
        if t.head.i not in ids or t.head.i == t.i:
            return t
    return tokens[-1]


def _strip_det(tokens: list) -> str:
    while tokens and tokens[0].lower_ in DETERMINERS:
        tokens = tokens[1:]
    return _text(tokens)


def _text(tokens: list) -> str:
    if not tokens:
        return ""
    doc = tokens[0].doc
    return text_of(doc)[tokens[0].idx:tokens[-1].idx + len(tokens[-1].text)].strip()


def described(name: str) -> bool:
    """"Florida senator", "campaign official", "longtime adviser to Trump": a person no one named, only
    described. Keyed as a surname, "Florida" joined every Florida senator and governor of the corpus
    into one speaker, "Warren adviser" became Elizabeth Warren, and a later "Trump" took the adviser's
    words for his full name. A name ending in a word all in lower case, or holding one longer than
    a name's particles ("de", "van", "bin"), describes; a surname with a capital inside ("diGenova")
    names. Only an office held by exactly one person may still say who it is."""
    words = name.split()
    return bool(words) and (words[-1].islower() or any(w.islower() and len(w) > 3 for w in words))


def nationality(word: str) -> str:
    """'Russia', "Russia's" and 'Russian' all give 'russian'."""
    w = word.lower().removesuffix("'s").removesuffix("’s")
    return COUNTRY_ADJECTIVES.get(w, w)
