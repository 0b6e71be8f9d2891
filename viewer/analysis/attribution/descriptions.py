"""A person the article describes instead of naming again: "The Texas lawmaker said", "the presumptive
Republican nominee told reporters".

News writing names a person once and then varies the reference with a description of them ("the
firebrand senator", "the California Democrat"). Left unresolved, each description became a speaker of
its own beside the person's name. Such a description, "the", a word that names (a place, a party, a
body: "Texas", "Republican", "GOP") and a noun whose usual sense is a kind of person
(``kinds.names_person``), with nothing after it, means the last speaker of the article, unless it
contradicts them: another title as office ("the Hamilton judge" is not the prosecutor just quoted) or
another country; a naming word written beside another person and never beside them ("the Vermont
senator" is not Obama when the article writes "Vermont Sen. Bernie Sanders"); their last mention in the
same sentence or as one acted on ("Harris was ordered held"); or someone else named since, as a subject
in the description's paragraph or the sentence before it, or in its own sentence. A description built
on a person's name ("the Obama adviser", "the elder Cheney daughter") is someone else. On PolNeAR train
41 of the 48 attributions it changes are right and 6 wrong (spk21 note); descriptions with no naming word
("the retired neurosurgeon", "the young woman") are left as they are: without one, a fifth went wrong.
"""
from __future__ import annotations

import re

from viewer.analysis.generations import is_generation
from viewer.analysis.nlp import text_of
from viewer.analysis.person_names import given_name_sex
from viewer.analysis.speakers.kinds import names_person
from viewer.analysis.speakers.names import (
    COUNTRY_ADJECTIVES, DETERMINERS, ROLE_WORDS, TITLES, SpeakerName, described, nationality,
)

# abbreviated titles say the same office as the word ("Gov. Abbott" … "the governor said")
ABBREVIATED = {"gov": "governor", "sen": "senator", "rep": "representative", "lt": "lieutenant", "sgt": "sergeant",
                "gen": "general", "col": "colonel", "capt": "captain", "pres": "president", "amb": "ambassador"}
_PROPER = ("GPE", "LOC", "NORP", "ORG")
_COUNTRIES = frozenset(COUNTRY_ADJECTIVES.values())


def described_person(speaker: list, earlier: list[SpeakerName], named: list[SpeakerName]) -> SpeakerName | None:
    """The earlier speaker (``earlier``, nearest first) that the description ``speaker`` stands for, if any;
    ``named`` are all people the article names, whose names a description may be built on."""
    words = [t for t in speaker if not t.is_punct]
    if len(words) < 2 or words[0].lower_ != "the" or any(t.tag_ == "POS" or t.dep_ == "poss" for t in words):
        return None
    head, modifiers = words[-1], words[1:-1]
    if not modifiers or head.pos_ not in ("NOUN", "PROPN") or not names_person(head.lemma_):
        return None  # "the caller", "the man": someone unnamed, not the person just named
    if not head.is_lower and head.ent_type_ != "NORP":
        return None  # "the New Hampshire Union Leader": a capitalised head is part of a name
    if all(_office(t.lower_) or t.lower_ in DETERMINERS for t in words[1:]):
        return None  # "the president", "the vice president": an office, resolved by its holder's title
    if any(t.ent_type_ == "PERSON" or t.lower_ in {_surname(n.name) for n in named + earlier}
           for t in modifiers if t.text[:1].isupper()):
        return None
    person = next((n for n in earlier if n.kind == "person" and not n.reference and not described(n.name)), None)
    if person is None or _other_office(_office_word(head.lower_), person):
        return None
    last = _last_mention(person, words[0])
    if last is None or last.sent == words[0].sent or last.dep_ == "nsubjpass":
        return None  # named in the same sentence, or only as one acted on ("X was led into court")
    if _someone_else_since(last, words[0]):
        return None  # "Sen. Marco Rubio and former Gov. Jeb Bush have…. The Florida senator": the people just named
    proper = [t for t in modifiers if t.pos_ == "PROPN" or t.ent_type_ in _PROPER]
    if not proper or any(_other_bearer(t, person, named) for t in proper) or _other_country(proper, person):
        return None  # "the Wisconsin Republican" is not Obama when the article writes "Wisconsin" beside Ryan
    return person


def _other_country(proper: list, person: SpeakerName) -> bool:
    """"the US vice president" is not "Turkish President Recep Tayyip Erdogan": each says a country, not the same."""
    said = {nationality(t.text) for t in proper} & _COUNTRIES
    held = {nationality(w) for w in (person.role or "").split()} & _COUNTRIES
    return bool(said and held and not said & held)


def _other_bearer(word, person: SpeakerName, named: list[SpeakerName]) -> bool:
    """A word of the description written in a sentence with another person's surname, never with this one's."""
    surname = _surname(person.name)
    others = {_surname(n.name) for n in named} - {surname, ""}
    return not _written_beside(word, surname) and any(_written_beside(word, other) for other in others)


def _someone_else_since(last, description) -> bool:
    """Another person named after the last speaker's last mention, as a subject in the description's
    paragraph or the sentence before it ("Sen. Marco Rubio and former Gov. Jeb Bush have…. The Florida
    senator likes"), or anywhere in its own sentence ("Angela Corey is the state attorney who said"): the
    description is more likely theirs."""
    doc = description.doc
    paragraph = text_of(doc).rfind("\n", 0, description.idx)
    for t in doc[last.i + 1:description.i]:
        if t.ent_type_ == "PERSON" and t.ent_iob_ == "B" and t.lower_ != last.lower_:
            root = next(e for e in doc.ents if e.start <= t.i < e.end).root
            near = t.idx > paragraph or description.sent.start > 0 and t.sent == doc[description.sent.start - 1].sent
            if root.dep_ in ("nsubj", "nsubjpass") and near or t.sent == description.sent:
                return True
    return False


def _last_mention(person: SpeakerName, before):
    """The last word of the person's surname written before the description."""
    surname = _surname(person.name)
    return next((t for t in reversed(before.doc[:before.i]) if t.lower_ == surname), None)


def _office(word: str) -> bool:
    return word.rstrip(".") in TITLES | ROLE_WORDS or word.rstrip(".") in ABBREVIATED


def _office_word(word: str) -> str:
    word = word.rstrip(".")
    return ABBREVIATED.get(word, word)


def _other_office(title: str, person: SpeakerName) -> bool:
    """"the judge" is not "Butler County Prosecutor Michael Gmoser": both say an office, and not the same one."""
    if title not in TITLES or not person.role:
        return False
    held = _office_word(person.role.split()[-1].lower())
    return _office(held) and held != title


def _written_beside(place, surname: str) -> bool:
    doc = place.doc
    return any(t.lower_ == place.lower_ and any(w.lower_ == surname for w in t.sent) for t in doc if t.i != place.i)


def _surname(name: str) -> str:
    words = [w for w in name.split() if not is_generation(w)]
    return words[-1].lower() if words else ""


def named_after(description: SpeakerName, later: list[SpeakerName]) -> SpeakerName | None:
    """The person a description of someone's role is before the article names them: "Grimm's lawyer said
    Friday. … Grimm's lawyer, William McGinley, said", "a lawyer for Mrs. Clinton said … The lawyer for Mrs.
    Clinton, David Kendall, said". ``later`` are the people who speak after it, in order. The description
    must name whose role it is ("Grimm's", "for Mrs. Clinton"; "a spokesman for her" says too little, and "a
    Carrier executive" or "one Sanders supporter" is one of many), its person noun must be the one of that
    person's role ("the girlfriend of Freddy's best friend" is no best friend), every word of it must be in
    the role, and exactly one later speaker may hold it; the person it is built on is not their own lawyer.
    The caller may pass the people who spoke before it instead ("Strzok attorney Aitan Goelman said …
    Strzok's attorney blasted the bureau"): named once, a lawyer is then written as whose lawyer they are."""
    words = _role_words(description.name)
    head = _role_head(description.name)
    if not _OWNER.search(description.name) or not names_person(head):
        return None
    found = {n.name: n for n in later if n.kind == "person" and not n.reference and n.role and not described(n.name)
             and _role_head(n.role) == head and words <= _role_words(n.role) and _surname(n.name) not in words}
    return next(iter(found.values())) if len(found) == 1 else None


# whose role it is: a possessive, or "for"/"of"/"to" before a name ("a lawyer for Mrs. Clinton")
_OWNER = re.compile(r"\w['’](?:s\b|(?=\s|$))|\b(?:for|of|to) (?:the )?[A-Z]")
_JOINING = re.compile(r"\s(?:for|of|to|at|with|from|in)\s")


def _role_head(text: str) -> str:
    """The person noun a role is about: "lawyer" of "a lawyer for Mrs. Clinton" and of "Grimm's lawyer"."""
    own = _JOINING.split(f" {text} ", maxsplit=1)[0].split()
    return own[-1].lower().strip(".,") if own else ""


def _role_words(text: str) -> set[str]:
    """A role's words, lower case, without articles, possessive endings, honorifics and joining words."""
    words = {w.lower().removesuffix("'s").removesuffix("’s").strip(".,") for w in text.split()}
    return words - DETERMINERS - {"of", "for", "to", "", "mr", "mrs", "ms", "dr"}


def introduced_next(speaker: list, following: SpeakerName, named: list) -> bool:
    """Whether "a Moncks Corner man" of a story's lead is the person who speaks next, named in the paragraph
    after it ("A Moncks Corner man says he has a reputation for fighting, but… / “They have my name misplaced,”
    Michael “Rambo” Deroaknel Smith said"): news describes its main person first and names them below.
    The description is "a" or "an" and a noun for a kind of person, in the lead (no paragraph of more than a
    dateline's words before it), before the body names anyone. The person is named in full, not before it,
    in the next paragraph, alone ("Suze and Jarabi Sadler told…" names two, one of them "a homeowner"),
    described there by nothing but the description's noun ("a veteran diplomat said…" then "said Jeff
    Bechdel, communications director": another), and of the noun's sex where the noun ("woman") and a strongly one-sex given name
    say it. Further down a story "a neighbor said" is often one of several (on the GVA crawl "said a
    student", then "said classmate Tony DeLaughter", two of the boy's classmates)."""
    words = [t for t in speaker if not t.is_punct]
    if len(words) < 2 or words[0].lower_ not in ("a", "an") or following.kind != "person" or following.reference \
            or " " not in following.name or described(following.name) or any(t.pos_ == "CCONJ" for t in named):
        return False
    head, doc = words[-1], words[0].doc
    if head.pos_ != "NOUN" or not names_person(head.lemma_) or any(t.tag_ == "POS" or t.dep_ == "poss" for t in words):
        return False
    text = text_of(doc)
    lead, below = _paragraph_at(text, words[0].idx), _paragraph_at(text, named[0].idx)
    headline = _paragraph_at(text, 0)[1]
    if lead[0] == 0 or below[0] != _paragraph_at(text, lead[1] + 2)[0] or \
            len(text[headline:lead[0]].split()) > _DATELINE_WORDS:
        return False  # the headline, a paragraph below the lead, or a name not in the paragraph right after
    surname = following.name.split()[-1]
    if any(e.label_ == "PERSON" and headline < e.start_char < words[0].idx for e in doc.ents) or \
            surname in text[:words[0].idx]:
        return False  # a description after someone was named is not the story's lead
    noun = head.lemma_.lower()
    described_so = [t for t in named if t.is_alpha and t.text not in re.findall(r"\w+", following.name)]
    if described_so and noun not in {t.lemma_.lower() for t in described_so}:
        return False  # "a veteran diplomat said…" then "…,” said Jeff Bechdel, communications director": another
    sex = "f" if noun.endswith("woman") else "m" if noun.endswith("man") else None
    given = given_name_sex(following.name.split()[0])
    return sex is None or given is None or sex == given


_DATELINE_WORDS = 6  # "GREENVILLE, PITT COUNTY -" on a line of its own before the lead


def _paragraph_at(text: str, position: int) -> tuple[int, int]:
    start = text.rfind("\n\n", 0, position)
    end = text.find("\n\n", position)
    return (0 if start < 0 else start + 2, len(text) if end < 0 else end)
