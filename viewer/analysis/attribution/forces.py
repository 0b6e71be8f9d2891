"""Which police force a bare "police" is: the one force its own article names, if it names one.

"Police said…" names no one, and every article of a shooting writes it: each became a speaker "Police"
of its own, beside "Kent police" quoted in the next article about the same shooting. Inside one
article a bare "police" is the force the article names ("Kent Police Department", "Kent police",
"NOPD"), when it names exactly one: an article naming the city police and the county sheriff's office,
or two cities' police, leaves it as it is, since either may have spoken. A force is named by a place or
a name written before "police", "sheriff's office" or "patrol" ("Houston Police", "Wayne County
Sheriff's Office", "Oklahoma Highway Patrol"), or by a department's initials ending in PD ("HPD", which
is the Houston Police Department's when the article names it); "two police officers" or "backup police"
name none. On gva (development) 17 of 25 bare-police speakers took their force and 8 stayed apart with
two or more forces named; on PolNeAR train 1 changed (spk22 note).

The armed forces are written the same way ("The Indian navy said…", then "a navy spokesman said",
"navy sources said"; "the Israeli army" then "the army"): a bare navy, army, military, air force, coast
guard or marines is the one force of that kind its article names with a place or people before it
("Indian Navy", "U.S. Navy", "Israeli military"); an article naming the Indian and the U.S. navy leaves
"the navy" as it is. Each kind is counted apart: a city's police do not stop "the navy" being the
Indian one. On ECB+ train (development) 22 bare navy, army and military speakers took their force, and 4
"the police" no longer took a medical examiner's office; on PolNeAR train none changed (spk24 note).

A bare "state police" (or patrol) is the one state's force its article names ("Louisiana State Police Trooper Stephen
Hammons said…", then "state police said in a news release"): a city's police are not it.

A bare "the sheriff's office" (or department) is the one sheriff's office its article names ("the Bernalillo County
Sheriff's Department", speaker set 34, where it had stood apart as a speaker "sheriff's office"); never a city's
police, which a sheriff's office is not.

A picture's credit names the force that supplied it ("Show Caption Photo Courtesy Hays County Sheriff's Office",
"Mug shot courtesy the Allen County Sheriff's Department"): on the GVA crawl, each force a credit named was the one
the story's "police" are, so it counts; the credit's own words before it are no part of its name.

A force's members written with its place or "with" it ("Anson County deputies", "Investigators with the Colleton County
Sheriff's Office") are the force of that place the article names, whichever others it names (session 70: on the GVA
crawl's first 1,200 incidents 66 such phrases with a place and 7 with "with"; 10 renamed there and 5 on the next 700
incidents, each read right).
"""
from __future__ import annotations

import re

from viewer.analysis.force_members import FORCE_ACRONYM, members_in_plural
from viewer.analysis.speakers.kinds import names_person
from viewer.analysis.speakers.nameless import lower_case_words
from viewer.analysis.speakers.names import DETERMINERS, QUANTIFIERS, TITLES, SpeakerName
from viewer.analysis.speakers.resolution import FORCE_SUFFIXES

_FORCE_HEADS = ("police", "patrol", "constabulary")  # "Kent police", "Oklahoma Highway Patrol", "Cheshire Constabulary"
_SHERIFF = "sheriff"  # "Wayne County Sheriff's Office"; a bare "the sheriff's office" is the one such office named
_SHERIFFS = {("sheriff's", "office"), ("sheriff's", "department"), ("county", "sheriff's", "office"),
             ("county", "sheriff's", "department")}  # "the county sheriff's office": the one the article names
_STATE = "state police"  # "state police said": the one state's force the article names ("Louisiana State Police")
_STATE_FORCES = {("state", "police"), ("state", "patrol")}
_POLICE = "police"  # the kind of force of police, patrols and sheriffs: one of them is what "police" means
_ARMED = {"navy": "navy", "army": "army", "military": "military", "marines": "marines"}  # "the Indian navy"
_ARMED_TWO = {("air", "force"): "air force", ("coast", "guard"): "coast guard"}  # "the Pakistani Air Force"
_ABBREVIATION = re.compile(r"^(?:[A-Z][a-z]?\.|(?:[A-Z]\.){2,})$")  # "St. Louis", "Ft. Worth", "U.S. Navy"
_SHORT = {"co.": "county", "cnty.": "county"}  # "Clark Co. Sheriff's Office" is the Clark County one
_NOT_NAMES = ("CARDINAL", "ORDINAL", "DATE", "TIME", "QUANTITY", "PERCENT", "MONEY")
_DEPARTMENT = frozenset().union(*FORCE_SUFFIXES.values())  # "Kent Police Department", "... Sheriff's Office"
# the words of a picture's credit before whoever gave it, as corpus/boilerplate.py's credit and caption patterns read them
_CREDIT_WORDS = frozenset("caption photo photos image images video picture courtesy credit handout".split())
# The members' noun news writes bare for any body's people. PolNeAR train's fit part names 14 speakers bare members of
# a force, all "officials", and of the 12 read each was a government's; the rule reached two in the whole train split,
# both another body's (federal immigration officials given the San Bernardino sheriff's department, "Officials say
# Omar Mateen…" the U.S. Border Patrol). On the GVA crawl it is written after another body's word (school 26, fire
# 24, emergency 23, county 22, city 20, hospital 15) more often than the other members' nouns: of its 476 uses after
# a word, 134 after a force's. "Police officials" stays the force's (session 69).
_ANY_BODYS = frozenset({"officials"})
_NOT_MEMBERS_WORDS = DETERMINERS | {"'s", "’s"}  # what `bare_members` reads past ("the sheriff's deputies")
_MEMBERS_OF = ("with", "of", "from")  # "investigators with the Colleton County Sheriff's Office"
_SOME_MEMBERS = frozenset({"relcl", "acl"})  # members picked out by a clause, not the force


def bare_force(name: SpeakerName) -> str | None:
    """"Police", "the police", "the navy", "Navy" (of "a Navy spokesman"): the kind of force named
    without saying which, else None."""
    if name.kind != "organisation":
        return None
    words = tuple(w for w in name.name.lower().replace("’", "'").split() if w not in DETERMINERS)
    if words == (_POLICE,):
        return _POLICE
    if words in _SHERIFFS:
        return _SHERIFF
    if words in _STATE_FORCES:
        return _STATE
    return _ARMED.get(words[0]) if len(words) == 1 else _ARMED_TWO.get(words) if len(words) == 2 else None


def members_force(speaker: list, forces: dict[str, SpeakerName]) -> SpeakerName | None:
    """The force "Deputies said…", "investigators say" or "sheriff's deputies said" speaks for: the one police force
    or sheriff's office the article names (``forces``, `named_forces`), as a bare "police" is; None when it names
    none or several, or the phrase is not only members (`bare_members`). On 400 GVA crawl reports, 109 such speakers had
    one force named; of 36 read (seed 69), 34 spoke for that force and 2 were unclear (session 69)."""
    return forces.get(_POLICE) if bare_members(speaker) else None


def bare_members(speaker: list) -> bool:
    """A force's members in the plural (the nouns counted after a force's word on the GVA crawl, force_members.json)
    with nothing before them but a determiner or the force's own word ("officers", "the deputies", "police
    investigators"): they say no force but the one the article names. "Two officers", "hospital officials" and "Anson
    County deputies" say more, and so does a bare "officials" (`_ANY_BODYS`)."""
    words = [t.lower_.replace("’", "'") for t in speaker if not t.is_punct and t.lower_ not in _NOT_MEMBERS_WORDS]
    return bool(words) and members_in_plural(words[-1]) and all(w in (_POLICE, _SHERIFF) for w in words[:-1]) and \
        (len(words) > 1 or words[0] not in _ANY_BODYS)


def qualified_members_force(speaker: list, forces: dict[str, dict[tuple[str, ...], str]]) -> SpeakerName | None:
    """The force members in the plural say they are of: by its place before them ("Anson County deputies", "Sacramento
    sheriff's deputies", "Tallahassee Police investigators") or after "with", "of" or "from" ("Investigators with the
    Colleton County Sheriff's Office"). It is the force of that place the article names (``forces``,
    `forces_by_kind`), as it writes it most fully; else, when the phrase names a police force itself, that force as
    written. A place alone names no force when the article names none or several there, and "County officials" are
    any county body's (`_ANY_BODYS`)."""
    members = next((t for t in speaker if members_in_plural(t.lower_)), None)
    if members is None or members.head in speaker and members.head is not members:
        return None  # "a lawyer for two officers": the members are not who speaks
    counted = any(t.like_num or t.lower_ in QUANTIFIERS for t in members.doc[members.left_edge.i:members.i])
    if counted or any(c.dep_ in _SOME_MEMBERS for c in members.children):
        return None  # "Seven Capitol Police officers filed a lawsuit", "officers who were attacked": some of them
    after = [t for t in speaker if t.i > members.i and not t.is_punct]
    if after:
        found = next((f for t in after if (f := _force_at(t.doc, t))), None) if _of_a_force(after) else None
        return _named_as(found[0], found[1], forces) if found else None
    return _force_before(members, [t for t in speaker if t.i < members.i and not t.is_punct
                                   and t.lower_ not in _NOT_MEMBERS_WORDS], forces)


def _force_before(members, before: list, forces: dict[str, dict[tuple[str, ...], str]]) -> SpeakerName | None:
    """The force the words before the members name: a place and the force's word ("Sacramento sheriff's", "Kent
    Police homicide"), or a place alone that one force the article names has ("Anson County")."""
    word = next((t for t in reversed(before) if t.lower_ in (*_FORCE_HEADS, _SHERIFF)), None)
    if word is not None:
        place = _place_before(word, [t for t in before if t.i < word.i])
        found = _force_at(word.doc, word) if word.lower_ in _FORCE_HEADS else None
        kind = _SHERIFF if word.lower_ == _SHERIFF else "patrol" if word.lower_ == "patrol" else _POLICE
        return _named_as((*place, kind), found[1] if found else None, forces) if place else None
    place = _place_before(members, before)
    if not before or len(place) != len(before) or members.lower_ in _ANY_BODYS:
        return None
    matches = {key for key in forces.get(_POLICE, {}) if key[:-1] == tuple(place)}
    return _named_as(matches.pop(), None, forces) if len(matches) == 1 else None


def _of_a_force(after: list) -> bool:
    """Whether the words after the members say whose they are with a force itself ("with the Colleton County
    Sheriff's Office", "of Kent police"), not with a part of one ("officers from the West Patrol Division")."""
    objects = [c for c in after[0].children if c.dep_ == "pobj"]
    return after[0].lower_ in _MEMBERS_OF and bool(objects) and objects[0].lower_ in {*_FORCE_HEADS, *_DEPARTMENT}


def _place_before(word, words: list) -> list[str]:
    """The place words written right before ``word`` among ``words`` ("Anson County"), folded as a force's key is."""
    lowered = lower_case_words(word.doc)
    place: list[str] = []
    for token in reversed(words):
        if token.i != word.i - len(place) - 1 or not _names_place(token, word, lowered, ("NOUN",)):
            break
        place.insert(0, _SHORT.get(token.lower_, token.lower_))
    return [w for w in place if w not in ("highway", "state")]


def _named_as(key: tuple[str, ...], written: str | None,
              forces: dict[str, dict[tuple[str, ...], str]]) -> SpeakerName | None:
    """The force of ``key`` as the article writes it most fully, else as the phrase wrote it, else None."""
    name = forces.get(_POLICE, {}).get(key) or written
    return SpeakerName(name, None, "organisation") if name else None


def named_forces(doc) -> dict[str, SpeakerName]:
    """Per kind of force ("police", "navy", …, and "sheriff": the sheriff's offices among the police), the one
    force of it the article names, as it writes it most fully; a kind it names none or several of is left out."""
    return single_forces(forces_by_kind(doc))


def single_forces(forces: dict[str, dict[tuple[str, ...], str]]) -> dict[str, SpeakerName]:
    """`named_forces` read from `forces_by_kind`'s map, for a caller that needs both and reads the article once."""
    return {kind: SpeakerName(next(iter(names.values())), None, "organisation")
            for kind, names in forces.items() if len(names) == 1}


def forces_by_kind(doc) -> dict[str, dict[tuple[str, ...], str]]:
    """Per kind of force, every force of it the article names: its key (place words and kind) and its name as the
    article writes it most fully. What a phrase naming a force's place ("Anson County deputies") is matched with."""
    forces: dict[str, dict[tuple[str, ...], str]] = {}
    acronyms: set[str] = set()
    for token in doc:
        if FORCE_ACRONYM.match(token.text):
            acronyms.add(token.text.lower())
            continue
        found = _force_at(doc, token)
        if found:
            key, name = found
            kind = forces.setdefault(_POLICE if key[-1] in (_POLICE, "patrol", _SHERIFF) else key[-1], {})
            if len(name) > len(kind.get(key, "")):
                kind[key] = name
            if "state" in name.lower().split() and len(key) > 1:  # "Louisiana State Police", not "state police"
                state = forces.setdefault(_STATE, {})
                state[key] = max(state.get(key, ""), name, key=len)
    police = forces.setdefault(_POLICE, {})
    for acronym in acronyms:  # "HPD" is the Houston Police Department named in full, or a force of its own
        if not any(_initials(name) == acronym for name in police.values()):
            police[(acronym,)] = acronym.upper()
    forces[_SHERIFF] = {key: name for key, name in police.items() if key[-1] == _SHERIFF}
    return forces


def _force_at(doc, token) -> tuple[tuple[str, ...], str] | None:
    """The force whose head word is ``token``: its key (place words and kind) and its name as written."""
    lower = token.lower_
    armed = _ARMED.get(lower) or (_ARMED_TWO.get((doc[token.i - 1].lower_, lower)) if token.i else None)
    if lower in _FORCE_HEADS or armed:
        head, end = token.i - (" " in (armed or "")), token.i + 1
    elif lower == _SHERIFF and token.i + 2 < len(doc) and doc[token.i + 1].lower_ in ("'s", "’s") \
            and doc[token.i + 2].lower_ in ("office", "department"):
        head, end = token.i, token.i + 3
    else:
        return None
    titled = end < len(doc) and (doc[end].lower_.rstrip(".") in TITLES or names_person(doc[end].lower_))
    lowered = lower_case_words(doc)
    place, start = [], head
    while start > 0:
        before = doc[start - 1]
        if titled and before.is_title and names_person(before.lower_) and before.sent.start == token.sent.start:
            start -= 1  # a rank inside the title: "Kent Assistant Police Chief" is Kent's
        elif _names_place(before, token, lowered, ("NOUN", "ADJ") if armed else ("NOUN",)):
            place.insert(0, before)
            start -= 1
        else:
            break
    if not place:
        return None  # "police said", "two police officers", "the county sheriff's office": no force named
    if end < len(doc) and doc[end].lower_.rstrip(".") in _DEPARTMENT and lower in _FORCE_HEADS:
        end += 1
    key = tuple(_SHORT.get(t.lower_, t.lower_) for t in place if t.lower_ not in ("highway", "state"))
    kind = armed or ("patrol" if lower == "patrol" else _SHERIFF if lower == _SHERIFF else _POLICE)
    return (*key, kind), " ".join([t.text for t in place] + [t.text for t in doc[head:end]]).replace(" ’s", "’s").replace(" 's", "'s")


def _names_place(token, head, lowered: frozenset[str], common: tuple[str, ...]) -> bool:
    """A word of the force's own name before its head, in the same sentence: a capitalised name ("Kent",
    "New Orleans", "St. Louis", "Oklahoma Highway"; the recogniser often takes "Kent" or "Hamilton" for a
    person, or a name it does not know for a common noun, so its label is not asked), never a number, a
    title; a common noun opening the sentence only when the article never writes it in lower case. Before an
    armed force an adjective counts the same way ("Indian Navy has…", which the tagger reads as an adjective);
    before police it does not ("Local police said")."""
    if token.sent.start != head.sent.start or token.lower_ in DETERMINERS | QUANTIFIERS | _CREDIT_WORDS:
        return False
    if token.lower_ in ("highway", "state"):  # "Washington State Patrol", "Louisiana State Police"
        return True
    if not (token.is_alpha or _ABBREVIATION.match(token.text)) or not (token.is_title or token.is_upper):
        return False
    if token.lower_.rstrip(".") in TITLES or token.ent_type_ in _NOT_NAMES:
        return False
    if token.pos_ == "PROPN" or token.ent_type_:
        return True
    return token.pos_ in common and (not token.is_sent_start or token.lower_ not in lowered)


def _initials(name: str) -> str:
    words = [w for w in re.findall(r"[\w]+", name.lower()) if w not in ("of", "the", "'s", "s")]
    if words and words[-1] not in _DEPARTMENT:
        words.append("department")
    return "".join(w[0] for w in words)
