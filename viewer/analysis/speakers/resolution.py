"""One canonical speaker per person or body across the corpus.

Outlets transliterate the same Ukrainian or Russian name differently (Vadim/Vadym Boychenko/
Boichenko, Mikhaïlo/Mykhailo Podolyak) and word the same ministry differently (Russia's
Defense Ministry / the Russian Ministry of Defence). Names are compared on a transliteration-
aware key; two people who share a surname but not a first name stay apart, and a country is
never dropped from a body's name when it would join two countries' bodies.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from collections import Counter
from difflib import SequenceMatcher
from typing import Iterator, Mapping, Sequence

from viewer.analysis.generations import GENERATIONS
from viewer.analysis.model import Speaker, SpeakerMention
from viewer.analysis.person_names import given_name_sex, surnames_match
from viewer.analysis.speakers.given_names import is_given_name, same_given_name
from viewer.analysis.speakers.kinds import capital_countries, names_person, owned_nouns
from viewer.analysis.speakers.names import (
    COUNTRY_ADJECTIVES, DETERMINERS, ORG_WORDS, PERSON_PRONOUNS, ROLE_WORDS, THING_PRONOUNS, TITLES, described,
)
from viewer.corpus.metadata import dateline_place
from viewer.corpus.stop_words import stop_words

_FIRST_NAME_SIMILARITY = 0.75
_TRANSLIT = [("kh", "h"), ("zh", "j"), ("yi", "i"), ("iy", "i"), ("ii", "i"), ("ij", "i"), ("y", "i"),
             ("gu", "g"), ("h", "g"), ("ie", "e"), ("ei", "i"), ("ye", "e"), ("ck", "k"), ("ks", "x")]
# spelling differences of transliteration that are not vowels: "Charkiw"/"Kharkiv", "Klitschko"/"Klichko"
_CONSONANTS = [("tsch", "ch"), ("tch", "ch"), ("shch", "sch"), ("kh", "h"), ("zh", "j"), ("ij", "i"), ("y", "i"),
               ("h", "g"), ("ck", "k"), ("ks", "x"), ("w", "v")]
_VOWELS = "aeiou"  # y is written i first
# "constabulary" is "police" (WordNet 3.0 synset 08209687: police, police force, constabulary, law): "Cheshire
# Constabulary" is the force other outlets write "Cheshire Police"
_SPELLING = {"defence": "defense", "organisation": "organization", "programme": "program", "constabulary": "police"}
_GENERIC_WORDS = frozenset("""he she it they we him her them ministry office army military government agency
source sources official officials authorities spokesman spokeswoman spokesperson police""".split())
_STOP = DETERMINERS | {"of", "'s", "’s"}
# a police force is written with or without the word for its department: "Houston Police Department",
# "Houston police"; "Wayne County Sheriff's Office", "... Sheriff's Department"
FORCE_SUFFIXES = {"police": frozenset({"department", "dept", "service", "force"}),
                   "sheriff": frozenset({"office", "department", "dept"})}
_NAMED_KINDS = frozenset({"person", "organisation", "unknown"})
_NO_OWNER = frozenset(FORCE_SUFFIXES) | TITLES | ROLE_WORDS | ORG_WORDS
_PRONOUNS = frozenset(PERSON_PRONOUNS) | frozenset(THING_PRONOUNS) | {"them", "us", "i"}
_BODY_KINDS = frozenset({"organisation", "group"})


def resolve_speakers(mentions: Sequence[SpeakerMention],
                     must_link: Sequence[tuple[str, str]] = (),
                     cannot_link: Sequence[tuple[str, str]] = (),
                     texts: Mapping[int, str] | None = None) -> tuple[list[Speaker], list[int]]:
    """Group mentions into canonical speakers; researcher links and splits always win. ``texts``: document texts,
    read where a bare "police" speaks (its places say which force that is) and where a surname alone might be a
    person of another story (whether it writes the full name)."""
    texts = {} if texts is None else texts
    lowered = _written_in_lower_case(mentions)
    form = [_form(m, i, lowered) for i, m in enumerate(mentions)]
    forms = list(dict.fromkeys(form))
    roles: dict[tuple, set[str]] = {}
    for i, m in enumerate(mentions):
        if m.role:
            roles.setdefault(form[i], set()).add(m.role)
    clusters = _Clusters([f[0] for f in forms], cannot_link)
    form_of = {f: i for i, f in enumerate(forms)}
    for alike in _descriptions_by_document(mentions, lowered):
        for i in alike[1:]:
            clusters.union(form_of[form[alike[0]]], form_of[form[i]])
    by_name: dict[str, list[int]] = {}
    for i, (name, *_) in enumerate(forms):
        by_name.setdefault(fold_name(name), []).append(i)
    for a, b in must_link:
        linked = by_name.get(fold_name(a), []) + by_name.get(fold_name(b), [])
        for j in linked[1:]:
            clusters.union(linked[0], j, forced=True)
    for members in by_name.values():  # one name, told apart only by the recogniser's guess of its kind
        named = [j for j in members if forms[j][1] in _NAMED_KINDS and len(forms[j]) == 2]
        for j in named[1:]:
            clusters.union(named[0], j)
    index = _FormIndex(forms, [sorted(roles.get(f, ())) for f in forms])
    for i, j in index.same_pairs():
        clusters.union(i, j)
    documents: dict[int, set[int]] = {}
    for i, m in enumerate(mentions):
        documents.setdefault(form_of[form[i]], set()).add(m.document)
    in_document: dict[int, list[int]] = {}
    for j, where in documents.items():
        for d in where:
            in_document.setdefault(d, []).append(j)
    for i in range(len(forms)):
        found = index.partial_targets(i)
        targets = {clusters.find(j) for j in found}
        if len(targets) > 1 and forms[i][1] != "person":  # "HPD": the department its own articles name
            targets = {clusters.find(j) for j in found if documents[j] & documents[i]}
        if len(targets) == 1 and not _surname_of_another_story(i, found, forms, index, documents, in_document,
                                                                    clusters.find, texts):
            clusters.union(i, targets.pop())
    for i, j in _police_of_places(mentions, forms, index, texts):
        clusters.union(i, j)
    for i, j in _capitals_of_countries(forms):
        clusters.union(i, j)
    return _speakers(mentions, [clusters.find(form_of[f]) for f in form])


def _capitals_of_countries(forms: list[tuple]) -> Iterator[tuple[int, int]]:
    """"Beijing says…" beside "China said…", "Islamabad has not commented" beside "Pakistan said": a capital
    speaking as a body is its country's government (``kinds.capital_countries``); a person of the name is no capital."""
    bodies: dict[str, list[int]] = {}
    for i, (name, kind, *_) in enumerate(forms):
        if kind == "organisation":
            bodies.setdefault(fold_name(name), []).append(i)
    for capital, countries in capital_countries().items():
        for i in bodies.get(fold_name(capital), ()):
            yield from ((i, j) for country in countries for j in bodies.get(fold_name(country), ()))


@lru_cache(maxsize=1)
def _capital_names() -> frozenset[str]:
    return frozenset(fold_name(capital) for capital in capital_countries())


def _surname_of_another_story(i: int, full: list[int], forms: list[tuple], index: _FormIndex,
                              documents: dict[int, set[int]], in_document: dict[int, list[int]], root,
                              texts: Mapping[int, str]) -> bool:
    """A surname alone ("Walker said", whatever kind the recogniser gave it), in articles that never name that person
    in full, is not the one person the corpus names so in one other article about another story ("LaMont Powell's
    attorney, Frank Walker"): two local stories each have their Walker. It is that person where an article names
    them both ways, where the corpus names them in full in several articles (a prosecutor of many cases, a
    candidate) or by the surname alone in several ("Obama", "Mr. Obama"), where its articles and the full name's
    share another named speaker (one story told twice: the sheriff who speaks in both) or one writes a speaker of
    the other, or where its article writes the full name somewhere (``texts``: document texts, read only for such a
    surname). Kept apart only on that evidence of two stories: both sides have other named speakers, and none in
    common; an article whose only named speaker is the surname ("Zappala said…") says nothing of its story and joins
    as before."""
    if forms[i][1] not in ("person", "organisation") or len(index.keys[i]) != 1 or not full:
        return False
    alone, named = documents[i], set().union(*(documents[j] for j in full))
    if alone & named or len(named) > 1 or len(alone) > 1:
        return False  # a surname several articles write alone ("Obama") is someone the news knows by it
    written = {forms[j][0] for j in full} | {f"{forms[j][0].split()[0]} {forms[i][0].split()[-1]}" for j in full}
    if any(name in texts.get(d, "") for d in alone for name in written):
        return False  # 'MSNBC's "The Rachel Maddow Show"… Maddow pointed out': named in full, though not as a speaker
    here, there = (_other_speakers(side, i, full, forms, index, in_document, root) for side in (alone, named))
    if not here or not there or here & there:
        return False
    return not (_written_in(_named_in(alone, i, full, forms, in_document), named, texts) or
                _written_in(_named_in(named, i, full, forms, in_document), alone, texts))


def _speaking_in(side: set[int], i: int, full: list[int], forms: list[tuple],
                 in_document: dict[int, list[int]]) -> Iterator[int]:
    """The people and bodies named as speakers in the articles ``side`` other than the surname ``i`` and its full
    names ``full``; not descriptions ("Kinchen's friend") nor generic ones ("police"), which any story may have."""
    return (j for d in side for j in in_document.get(d, ()) if j != i and j not in full
            and forms[j][1] in ("person", "organisation") and not _generic(forms[j][0]) and not described(forms[j][0]))


def _named_in(side: set[int], i: int, full: list[int], forms: list[tuple],
              in_document: dict[int, list[int]]) -> set[str]:
    """The names of the people speaking in the articles ``side`` besides the surname and its full names."""
    return {forms[j][0] for j in _speaking_in(side, i, full, forms, in_document) if forms[j][0][:1].isupper()}


def _written_in(names: set[str], side: set[int], texts: Mapping[int, str]) -> bool:
    """Whether an article of ``side`` writes one of ``names`` ("Reeves said…" in one article, "Johnathon Reeves"
    named but not quoted in the other): the two tell one story though no one speaks in both."""
    return any(re.search(rf"\b{re.escape(name)}\b", texts.get(d, "")) for name in names for d in side)


def _other_speakers(side: set[int], i: int, full: list[int], forms: list[tuple], index: _FormIndex,
                    in_document: dict[int, list[int]], root) -> set[int]:
    """The speakers of `_speaking_in` a name keys (not documents such as "arrest records"), each by `_story_key`."""
    return {_story_key(j, forms, index, root) for j in _speaking_in(side, i, full, forms, in_document)
            if not index.local[j] and index.keys[j]}


def _story_key(j: int, forms: list[tuple], index: _FormIndex, root) -> tuple:
    """What tells a speaker of a story again in another article: a person's or a one-word name's surname ("Reeves"
    and "Johnathon Reeves", not joined yet), a body's whole name, or their speaker."""
    key = index.keys[j]
    return ("surname", _translit(key[-1])) if forms[j][1] == "person" or len(key) == 1 else ("speaker", root(j))


def _police_of_places(mentions: Sequence[SpeakerMention], forms: list[tuple], index: _FormIndex,
                      texts: Mapping[int, str]) -> Iterator[tuple[int, int]]:
    """A bare "police" of an article that names no force, or several, is the one police force another article
    names whose place this article names: its dateline's first ("SAN ANTONIO - … Police said" beside "San
    Antonio police"), else the one such place it writes ("…the deadliest shooting in Pittsburgh…" beside
    "Pittsburgh Police"). The dateline says where the report was filed and the police speaking there are that
    place's; an article naming two forces' places ("Pittsburgh", "Allegheny County") leaves its police apart.
    Only a force some article names is joined; a place builds no force ("WASHINGTON (AP) — Police in Ferguson…").
    Where the article writes several such places ("Miami" beside "Dade" of "Miami-Dade police", which another
    incident's article named), the one force it writes itself by name ("Miami police said…" elsewhere in it) is its
    police. Under a dateline of another place a force's place written only as the start of a longer name names no
    force: "PAULDING COUNTY, Ga. - … on Dallas Acworth Highway" is no article of the Texas "Dallas police";
    "NASHVILLE, Tenn. - … Metro authorities say" is the "Metro police"'s."""
    forces = {key: members for key, members in index.bodies.items() if len(key) > 1 and key[-1] == "police"}
    for i, (name, kind, *where) in enumerate(forms):
        if kind != "organisation" or len(where) != 1 or _key_words(name) != ["police"]:
            continue
        text = texts.get(mentions[where[0]].document, "")
        place = dateline_place(text)
        force = forces.get((*_key_words(place), "police")) if place else None
        named = [members for members in forces.values() if _writes_place(text, index.forms[members[0]][0],
                                                                          alone=bool(place))]
        written = _forces_written(text)
        own = [members for members in named if {_place_key(index.forms[members[0]][0])} == written]
        if len(named) == 1 and not own and _most_written(text, _place_key(index.forms[named[0][0]][0])):
            own = named
        if force or len(named) == 1 and written <= {_place_key(index.forms[named[0][0]][0])} or len(own) == 1:
            yield i, (force or (own or named)[0])[0]


def _forces_written(text: str) -> set[tuple[str, ...]]:
    """The places of the police forces a text writes ("Baton Rouge police Sgt. Don Coppola"), speaking or not: an
    article about Baton Rouge that recalls the Dallas shooting is no article of the Dallas police's."""
    return {_place_key(m.group(0)) for m in _FORCE_WRITTEN.finditer(text)} - {()}


def _most_written(text: str, place: tuple[str, ...]) -> bool:
    """Whether the text writes the force of this place by name more often than any other force: an article of the
    Federal Way police's shooting ("Federal Way police encountered…", "…responded…", "eight Federal Way police
    officers") that also tells of a Kent police dog and the Auburn force investigating is theirs; one naming each
    force as often ("…like the Dallas attack, Baton Rouge police said") says nothing of whose its police are."""
    counts = Counter(_place_key(m.group(0)) for m in _FORCE_WRITTEN.finditer(text))
    counts.pop((), None)
    return bool(place) and counts[place] > max((n for key, n in counts.items() if key != place), default=0)


# a force's name is written on one line: "South Philadelphia\n\nPolice said…" ends a headline and opens a paragraph
_FORCE_WRITTEN = re.compile(r"(?:[A-Z][\w'’-]*[ \t]+){1,3}(?:police|Police|POLICE)\b")


def _place_key(force: str) -> tuple[str, ...]:
    """A force's place as compared: no title or office word ("State"), no function word opening a sentence
    ("As police continue…"; spaCy's list, read here: the window never imports spaCy)."""
    place = re.split(r"\s+(?:police|sheriff)\b", force, maxsplit=1, flags=re.IGNORECASE)[0]
    return tuple(w for w in _key_words(place) if w not in TITLES | ROLE_WORDS | ORG_WORDS and w not in stop_words())


def _writes_place(text: str, force: str, alone: bool = False) -> bool:
    """Whether the text writes the place a force is named for ("Allegheny County" of "Allegheny County Police"),
    not as someone's ("State's Attorney"); "State police" names no place, as an office word names none. ``alone``:
    not only as the start of a longer name ("Dallas Acworth Highway")."""
    place = re.split(r"\s+(?:police|sheriff)\b", force, maxsplit=1, flags=re.IGNORECASE)[0].strip()
    place = re.sub(r"^(?:the|The)\s+", "", place)
    if not place or not place[:1].isupper() or {w.lower() for w in place.split()} & (TITLES | ROLE_WORDS | ORG_WORDS):
        return False
    if any(w[:1].islower() and w not in stop_words() for w in place.split()):
        return False  # "a YouTube video police shared": a place's name is capitalised
    written = re.finditer(rf"\b(?:{re.escape(place)}|{re.escape(place.upper())})\b(?!['’]s)", text)
    return any(not _ends_longer_name(text, m.start()) and not (alone and _NAME_GOES_ON.match(text, m.end()))
               for m in written)


_NAME_GOES_ON = re.compile(r"[ \t]+[A-Z]")  # "Dallas Acworth Highway": the place opens a longer name


_WORD_BEFORE = re.compile(r"([\w'’.]+)(\s+)$")


def _ends_longer_name(text: str, start: int) -> bool:
    """"County" of "Cook County", "Metro" of "Louisville Metro": a place written as the end of a longer name (a
    capitalised word before it on the line, no function word, no sentence's end, no point of the compass) is that
    name, not the place. Read as the place, the "County Police" one article named took the bare police of every
    article writing some county, across incidents (gva500: 6 incidents' police in one)."""
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if before is None or "\n" in before.group(2):
        return False
    word = before.group(1)
    return word[:1].isupper() and not word.endswith(".") and word.lower() not in stop_words() | _COMPASS


# a point of the compass before a place names part of it: "South Philadelphia" is Philadelphia's police's
_COMPASS = frozenset("""north south east west northeast northwest southeast southwest
northern southern eastern western""".split())


def _form(m: SpeakerMention, i: int, lowered: set[str]) -> tuple:
    """Identical names are one form, except bare pronouns and descriptions ("he", "the ministry"),
    and descriptions the corpus writes in lower case ("people", "his campaign"), one per article."""
    if _generic(m.name):
        return (m.name, m.kind, i)
    return (m.name, m.kind, "in", m.document) if fold_name(m.name) in lowered else (m.name, m.kind)


def _written_in_lower_case(mentions: Sequence[SpeakerMention]) -> set[str]:
    """Names some mention writes all in lower case: "people", "experts", "his campaign", "federal
    judge", "the statement" describe, and name no one across articles. Joined by their words, one
    speaker "people" held the people of sixteen articles, and "his campaign" Trump's and Clinton's;
    "People" opening a sentence is the same description."""
    return {fold_name(m.name) for m in mentions if m.name and m.name == m.name.lower() and not _generic(m.name)}


def _descriptions_by_document(mentions: Sequence[SpeakerMention], lowered: set[str]) -> list[list[int]]:
    """Mentions of one body or group described alike in one article ("police", "Police",
    "officials"), which are one speaker there: listing each on its own filled the panel with rows
    of "Police". Across articles they stay apart (another article's police may be another force);
    so do "an official" and "the spokesman", who may be two people, and pronouns nothing resolved."""
    groups: dict[tuple, list[int]] = {}
    for i, m in enumerate(mentions):
        if m.kind in _BODY_KINDS and _generic(m.name) and fold_name(m.name) not in _PRONOUNS or fold_name(m.name) in lowered:
            groups.setdefault((fold_name(m.name), m.kind, m.document), []).append(i)
    return list(groups.values())


def _generic(name: str) -> bool:
    words = [w for w in _key_words(name) if w not in _STOP and w != "same"]
    return not words or (len(words) == 1 and words[0] in _GENERIC_WORDS)


class _Clusters:
    """Union-find over surface forms that refuses merges the researcher forbade."""

    def __init__(self, names: list[str], cannot_link: Sequence[tuple[str, str]]):
        self.parent = list(range(len(names)))
        self.names = [{fold_name(n)} for n in names]
        self.forbidden = [(fold_name(a), fold_name(b)) for a, b in cannot_link]

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int, forced: bool = False) -> None:
        a, b = sorted((self.find(i), self.find(j)))
        if a == b:
            return
        left, right = self.names[a], self.names[b]
        if not forced and any((x in left and y in right) or (y in left and x in right) for x, y in self.forbidden):
            return
        self.parent[b] = a
        self.names[a] = left | right


class _FormIndex:
    """Keys of the distinct surface forms, blocked so that only plausible pairs are compared."""

    def __init__(self, forms: list[tuple], roles: list[list[str]]):
        self.forms, self.roles = [f[:2] for f in forms], roles
        self.local = [len(f) > 2 for f in forms]  # pronouns and descriptions: no name to key
        self.keys = [_key(name, kind) for name, kind, *_ in forms]
        self.surnames: dict[str, list[int]] = {}
        self.bodies: dict[tuple, list[int]] = {}
        self.spellings: dict[str, set[str]] = {}  # a surname key: how its forms write the surname
        for i, ((_, kind), key) in enumerate(zip(self.forms, self.keys)):
            if not key or self.local[i]:
                continue
            if kind == "person":
                if not described(forms[i][0]):
                    self.surnames.setdefault(key[-1], []).append(i)
                    self.spellings.setdefault(key[-1], set()).add(_surname_as_written(forms[i][0]))
            else:
                self.bodies.setdefault(key, []).append(i)
        self.similar = self._similar_surnames()
        # what a partial name can mean, looked up rather than searched for in every form
        self.titled: dict[str, list[int]] = {}  # a role word: the people with a role that has it
        for j, r in enumerate(roles):
            if r and self.forms[j][1] == "person":
                for word in set().union(*map(_role_words, r)):
                    self.titled.setdefault(word, []).append(j)
        self.full_names: dict[str, list[int]] = {}  # a first word: the people named by three words or more
        for j, k in enumerate(self.keys):
            if len(k) > 2 and self.forms[j][1] == "person":
                self.full_names.setdefault(k[0], []).append(j)
        self.initials: dict[str, list[int]] = {}  # an acronym: the bodies whose words it is the initials of
        for k, members in self.bodies.items():
            if len(k) > 1:  # each spelling its own initials: "Houston police" and "Houston Police Department" (HPD)
                for spelt in {spelt for j in members for spelt in _initials(self.forms[j][0])}:
                    self.initials.setdefault(spelt, []).extend(members)
        self.owned: dict[tuple[str, ...], list[int]] = {}  # ("reid", "office"): the offices of a Reid with a given name
        for k, members in self.bodies.items():
            if len(k) == 3 and any(_owned_key(_key_words(self.forms[j][0])) == k for j in members):
                self.owned.setdefault(k[1:], []).extend(members)
        self.with_country: dict[tuple[str, ...], list[int]] = {}  # a body's name without its country: those bodies
        for k, members in self.bodies.items():
            if _has_country(k):
                self.with_country.setdefault(_without_country(k), []).extend(members)

    def _similar_surnames(self) -> dict[str, list[str]]:
        """Each surname key with the keys that may be its other spellings, in the order the corpus names them. Only
        keys spelt with the same consonants (`_consonants`, which `_transliterated` requires) are compared: tried
        against every key of its initial, a surname made the comparisons grow with the square of the corpus."""
        order = {surname: n for n, surname in enumerate(self.surnames)}
        spelt: dict[tuple, list[str]] = {}
        for surname in self.surnames:
            for consonants in {_consonants(p) for p in self.spellings[surname]}:
                spelt.setdefault((surname[:1], consonants), []).append(surname)
        tried = sorted({(a, b) for group in spelt.values() for a in group for b in group if order[a] < order[b]},
                       key=lambda pair: (order[pair[0]], order[pair[1]]))
        similar: dict[str, list[str]] = {s: [s] for s in self.surnames}
        for a, b in tried:
            if surnames_match(a, b) and any(_transliterated(p, q) for p in self.spellings[a]
                                             for q in self.spellings[b]):
                similar[a].append(b)
                similar[b].append(a)
        return similar

    def same_pairs(self):
        for members in self.bodies.values():
            for j in members[1:]:
                yield members[0], j
        names = [f[0] for f in self.forms]  # once: built for each surname, it made this loop grow with its square
        for members in self.surnames.values():  # "Obama" and "Mr. Obama", with no full name to tell them apart
            for alone in _one_sex([i for i in members if len(self.keys[i]) == 1], names):
                for j in alone[1:]:
                    yield alone[0], j
        for surname, members in self.surnames.items():
            for other in self.similar[surname]:
                for i in members:
                    for j in self.surnames[other]:
                        if i < j and len(self.keys[i]) > 1 and len(self.keys[j]) > 1 and \
                                _kind_group(self.forms[i][1]) == _kind_group(self.forms[j][1]) and \
                                _first_names_match(self.keys[i][0], self.keys[j][0]) and \
                                _suffixes_agree(self.forms[i][0], self.forms[j][0]):
                            yield i, j

    def partial_targets(self, i: int) -> list[int]:
        """A surname alone, a title alone or a body without its country: what it can only mean."""
        (name, kind), key = self.forms[i], self.keys[i]
        if not key or _generic(name):
            return []
        if kind == "person":
            wanted = _role_words(name)
            if wanted & ROLE_WORDS and not _honorific(name):  # "Mr. Obama" is a surname, not an office
                titled = [j for j in self.titled.get(min(wanted), ()) if j != i
                          and any(wanted <= _role_words(role) for role in self.roles[j])]
                if titled:
                    return titled
            if len(key) != 1 or described(name) or self.local[i]:
                return []
            found = [j for other in self.similar.get(key[0], ()) for j in self.surnames[other] if len(self.keys[j]) > 1
                     and _sex_agrees(name, self.forms[j][0])]
            if found or not _honorific(name):
                return found
            # "Mr. Kim" with no one surnamed Kim: a family name written first ("Kim Jong Un")
            return self.full_names.get(key[0], [])
        if self.local[i]:
            return []
        if len(key) == 1 and not name.isupper() and not _has_country(key):  # "Ramos" taken for a body: a surname
            people = [j for other in self.similar.get(_translit(key[0]), ())
                      for j in self.surnames[other] if len(self.keys[j]) > 1]
            if people:
                return people
        if len(key) == 2 and key in self.owned:  # "Reid's office": Harry Reid's, when the corpus names one Reid so
            return self.owned[key]
        if len(key) == 1 and name.isupper() and len(name) > 1:  # "ACLU": the American Civil Liberties Union
            return self.initials.get(key[0], [])
        if not _has_country(key):
            return self.with_country.get(key, [])
        return []


def _speakers(mentions: Sequence[SpeakerMention], roots: list[int]) -> tuple[list[Speaker], list[int]]:
    groups: dict[int, list[SpeakerMention]] = {}
    for m, root in zip(mentions, roots):
        groups.setdefault(root, []).append(m)
    position = {root: n for n, root in enumerate(groups)}
    speakers = []
    for group in groups.values():
        counts = Counter(m.name for m in group)
        first_seen = list(counts)
        kinds = Counter(m.kind for m in group if m.kind != "unknown")
        # a person is named by the surname most of their mentions end with, never by a description:
        # "Stone's attorney", said three times, is not the name of Grant Smith, named once
        surnames = Counter(_key(m.name, "person")[-1:] for m in group
                           if m.kind == "person" and _key(m.name, "person") and not described(m.name))
        usual = surnames.most_common(1)[0][0] if surnames else ()
        kind = _kind(kinds, group)
        name = max(first_seen, key=lambda n: (kind != "person" or not described(n), _key(n, "person")[-1:] == usual,
                                              not (n.isupper() and " " in n), not _honorific(n),
                                              fold_name(n) not in _capital_names(),  # "Russia", not "Moscow"
                                              *_fullness(n, counts[n], kind), -first_seen.index(n)))
        roles = Counter(m.role for m in group if m.role and not (kind in _BODY_KINDS and _names_someone(m.role)))
        speakers.append(Speaker(
            name=name,
            kind=kind,
            role=roles.most_common(1)[0][0] if roles else None,
            aliases=[n for n in first_seen if n != name]))
    return speakers, [position[r] for r in roots]


def _kind(kinds: Counter, group: list[SpeakerMention]) -> str:
    """The kind most mentions give, a person on a tie with a body that is only the surname of a person in the
    group: "Salazar said" read as a body in one article and "Jaime Salazar" (or "Salazar", a person) in
    another is the recogniser mislabelling a surname, which a tie left to the order the articles came in.
    Bodies written alone ("Twitter") are read as bodies in every article (``names._body_alone``)."""
    if not kinds:
        return "unknown"
    top = kinds.most_common(1)[0][0]
    if top != "organisation" or kinds["person"] < kinds["organisation"]:
        return top
    surnames = {_key(m.name, "person")[-1:] for m in group if m.kind == "person" and _key(m.name, "person")}
    bodies = [_key(m.name, "person") for m in group if m.kind == "organisation"]
    return "person" if all(len(k) == 1 and k in surnames for k in bodies) else top


def _names_someone(role: str) -> bool:
    """"A White House official said…" speaks for the White House, but "White House official" describes the
    person who spoke, not the body: a body's speaker takes no role whose last word is a kind of person
    (WordNet's noun.person, ``speakers.kinds.names_person``, or an office word)."""
    words = role.lower().split()
    last = words[-1] if words else ""
    return any(names_person(w) or w in ROLE_WORDS for w in (last, last.removesuffix("s")))


def _fullness(name: str, count: int, kind: str) -> tuple[int, ...]:
    """How well a form names its speaker: a body by its longest form, a person by the full name
    most of their mentions use. "Donald John Trump", written once, is not what a researcher looks
    for among the "Donald Trump"s; "Hillary Clinton" is commoner than "Hillary Rodham Clinton"."""
    words = len(_key_words(name)) - _particle_first(name)  # "de Léon" is a surname alone
    return (words > 1, count, words) if kind == "person" else (words, count)


def _sex_agrees(titled: str, full: str) -> bool:
    """"Mr. Trump" is never Melania Trump: an honorific and a given name strongly of the other sex
    (training/count_given_names.py) are two people; unknown or mixed given names agree with either."""
    words = _key_words(titled)
    sex = _HONORIFIC_SEX.get(words[0]) if words else None
    given = [w for w in _key_words(full) if w not in ROLE_WORDS]
    return sex is None or len(given) < 2 or given_name_sex(given[0]) in (None, sex)


_HONORIFIC_SEX = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "madam": "f"}


def _one_sex(alone: list[int], names: list[str]) -> list[list[int]]:
    """Surnames written alone that may be one person: "Mr. Khan" and "Ms. Khan" are two, a man and a woman,
    and a bare "Khan" beside both may be either, so it stays apart from them; beside one of them it is that one."""
    by_sex: dict[str | None, list[int]] = {}
    for i in alone:
        words = _key_words(names[i])
        by_sex.setdefault(_HONORIFIC_SEX.get(words[0]) if words else None, []).append(i)
    if len(by_sex.keys() - {None}) < 2:
        return [alone]
    return list(by_sex.values())


def _honorific(name: str) -> bool:
    words = _key_words(name)
    return bool(words) and words[0] in ("mr", "mrs", "ms", "dr", "madam", "sir")


def _transliterated(a: str, b: str) -> bool:
    """Whether two spellings of a surname differ only as transliterations and slips of the pen do.
    A likeness ratio alone joined Chris Collins with Chris Coons and Rick Wilson with Eric Woolson.
    Transliteration keeps the consonants (up to kh/h/g, zh/j, w/v...) and changes a group of vowels
    only by letters added, dropped or swapped ("Podolyak"/"Podoliak", "Steiner"/"Stiener"), or
    writes Russian yo as "e" ("Fyodorov"/"Fedorov"); it never adds, drops or changes a consonant,
    nor puts one vowel for another."""
    x, y = _letter_runs(a), _letter_runs(b)
    return len(x) == len(y) and all(p == q or _vowels_alike(p, q) for p, q in zip(x, y))


def _consonants(surname: str) -> tuple[str, ...]:
    """A spelling's letter runs with each group of vowels left blank: two spellings `_transliterated` has as one
    surname always share it, so surnames are compared only with those that do."""
    return tuple("" if run[0] in _VOWELS else run for run in _letter_runs(surname))


def _vowels_alike(p: str, q: str) -> bool:
    if p[0] not in _VOWELS or q[0] not in _VOWELS:
        return False
    return set(p) <= set(q) or set(q) <= set(p) or {p, q} == {"io", "e"}


def _letter_runs(surname: str) -> list[str]:
    for a, b in _CONSONANTS:
        surname = surname.replace(a, b)
    return re.findall(rf"[{_VOWELS}]+|[^{_VOWELS}]+", re.sub(r"(.)\1+", r"\1", surname))


def _surname_as_written(name: str) -> str:
    words = [w for w in _key_words(name) if w not in ROLE_WORDS and w not in GENERATIONS]
    return words[-1]


def _suffixes_agree(a: str, b: str) -> bool:
    return None in (_suffix(a), _suffix(b)) or _suffix(a) == _suffix(b)


def _first_names_match(a: str, b: str) -> bool:
    """Spellings of one given name (Dmitri/Dmitry), or a name and its diminutive (Joseph/Joe)."""
    return a == b or (a[:1] == b[:1] and SequenceMatcher(None, a, b).ratio() >= _FIRST_NAME_SIMILARITY) or \
        same_given_name(a, b, _translit)


def _kind_group(kind: str) -> str:
    return "person" if kind == "person" else "body"


NAMES_KEPT = 1 << 16  # names whose key and words are kept: a relink (every hand link) keys every speaker name again


@lru_cache(maxsize=NAMES_KEPT)
def _key(name: str, kind: str) -> tuple[str, ...]:
    if sign := _CALL_SIGN.match(name.strip()):
        return (sign.group(1).lower(),)
    words = _key_words(name)
    if kind == "person" and _particle_first(name):  # "de Léon" is the surname of Kevin de Léon, alone
        words = words[1:]
    if kind == "person":  # "Joseph R. Biden Jr." is keyed as Joseph Biden; "J. Green" keeps its initial
        words = [w for w in words if w not in ROLE_WORDS and w not in GENERATIONS]
        while len(words) > 1 and words[0] in TITLES:
            words = words[1:]  # "Gov. Chris Christie" is Chris Christie, not a Mr. Gov Christie
        return tuple(_translit(w) for n, w in enumerate(words) if n in (0, len(words) - 1) or len(w) > 1)
    return _owned_key(words) or _body_key(words)


# A US broadcaster's call sign (K or W and two or three letters, 47 CFR 73.3550) with its service suffix or its
# channel number: "KOCO-TV", "KOB 4", "KING 5" and "KOCO" are one station.
_CALL_SIGN = re.compile(r"([KW][A-Z]{2,3})(?:-(?:TV|DT|FM|AM|LD|CD))?(?:\s+\d{1,2})?$")


def _owned_key(words: list[str]) -> tuple[str, ...] | None:
    """Someone's office, campaign or party keyed by its owner's surname, with the given name when the
    name has one: "a press release from Senate Majority Leader Harry Reid's office" and "Reid's office"
    are one office, which the owner's titles had split in two. The nouns are those PolNeAR's annotators
    mark after "his" or "her" (``kinds.owned_nouns``); a country's ministry keeps its own key."""
    if "'s" not in words:
        return None
    at = words.index("'s")
    owner, owned = words[:at], words[at + 1:]
    if not owner or len(owned) != 1 or owned[0] not in owned_nouns() or owner[-1] in _NO_OWNER or \
            owner[-1] in COUNTRY_ADJECTIVES or owner[-1] in COUNTRY_ADJECTIVES.values():
        return None  # "the Sheriff's Office", "the Governor's office": an office's name, no one's
    given = (owner[-2],) if len(owner) > 1 and is_given_name(owner[-2]) else ()
    if len(owner) > 1 and not given and names_person(owner[-1]):
        return None  # "the Allegheny County Medical Examiner's Office" is no Mr. Examiner's: keyed so, it was Bexar County's too
    return (*given, owner[-1], owned[0])  # as "Trump campaign" and "Donald Trump's campaign" were keyed


def _particle_first(name: str) -> bool:
    """"de Léon", "van Hollen": a name opening with a particle written in lower case, then one
    capitalised word, is a surname written alone (a name's own words are capitalised); keyed as a
    first name and a surname, "de Léon" stayed apart from Kevin de Léon."""
    words = (name or "").split()
    return len(words) == 2 and words[0].islower() and len(words[0]) <= 3 and words[0].isalpha() and words[1][:1].isupper()


def _suffix(name: str) -> str | None:
    """"Jr." and "III" are left out of the key, but a father and son are never one person."""
    return next((w for w in _key_words(name) if w in GENERATIONS), None)


def _body_key(words: list[str]) -> tuple[str, ...]:
    words = [COUNTRY_ADJECTIVES.get(w, w) for w in words]
    if "of" in words:  # "Ministry of Defence" -> "Defence Ministry"
        at = words.index("of")
        words = words[:at - 1] + words[at + 1:] + [words[at - 1]] if at > 0 else words
    kept: list[str] = []
    for w in (_SPELLING.get(w, w) for w in words if w not in _STOP):
        if not (kept and w in FORCE_SUFFIXES.get(kept[-1], ())):  # "Kent Police Department" is "Kent police"
            kept.append(w)
    return tuple(kept)


def _initials(name: str) -> set[str]:
    """The acronyms a body's name may be written as: its initials with the small joining words or
    without them ("Department of Justice": DOJ; "Fish and Wildlife Service": FWS; "National Association
    for the Advancement of Colored People": NAACP), and without its country ("U.S. Fish and Wildlife
    Service": FWS); a force named without its department's word with that word's initial too ("Louisville Metro
    Police": LMPD)."""
    words = [w for w in _key_words(name) if w not in _STOP - {"of"}]
    content = [w for w in words if w not in _JOINING]
    found = {"".join(w[0] for w in ws) for ws in (words, content) if ws}
    if content and content[-1] in FORCE_SUFFIXES:  # "San Francisco police" is the department SFPD writes
        found |= {f"{acronym}{suffix[0]}" for acronym in set(found) for suffix in FORCE_SUFFIXES[content[-1]]}
    if content and COUNTRY_ADJECTIVES.get(content[0], content[0]) in COUNTRY_ADJECTIVES.values() and len(content) > 2:
        found.add("".join(w[0] for w in content[1:]))
    return found


_JOINING = frozenset({"of", "and", "for", "on", "in", "at", "to", "&"})


def _has_country(key: tuple[str, ...]) -> bool:
    return bool(key) and key[0] in COUNTRY_ADJECTIVES.values()


def _without_country(key: tuple[str, ...]) -> tuple[str, ...]:
    return key[1:]


def _role_words(text: str) -> set[str]:
    return {w for w in _key_words(text) if w not in _STOP}


def _key_words(name: str) -> list[str]:
    """The words of a name, a possessive "'s" apart. A hyphen or an apostrophe inside a word joins it
    ("Ocasio-Cortez", "O'Rourke", "Wal-Mart"): split there, "Ocasio-Cortez" alone read as a first name
    and a surname, and stayed apart from "Alexandria Ocasio-Cortez"."""
    return list(_name_words(name))


@lru_cache(maxsize=NAMES_KEPT)
def _name_words(name: str) -> tuple[str, ...]:
    """`_key_words`, worked out once a name: folding and three patterns, for each of a corpus's names on each relink."""
    folded = fold_name(re.sub(r"\b(?:[A-Z]\.){2,}", lambda m: m.group(0).replace(".", ""), name or ""))  # "C.I.A.": "cia"
    folded = re.sub(r"(\w)['’]s\b", r"\1 's", folded)
    folded = re.sub(r"(?<=\w)['-](?=\w)", "", folded)
    return tuple(w for w in re.findall(r"[\w]+|'s", folded) if w not in ("the", "a", "an"))


@lru_cache(maxsize=NAMES_KEPT)
def fold_name(text: str) -> str:
    """A name as spellings of it are compared: without accents, case, curly apostrophes or extra spaces (kept once
    worked out: a corpus's mentions write few names many times, each folded several times a resolution)."""
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.casefold().replace("’", "'").split())


def _translit(word: str) -> str:
    for a, b in _TRANSLIT:
        word = word.replace(a, b)
    return re.sub(r"(.)\1+", r"\1", word)
