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
"""
from __future__ import annotations

import re

from viewer.analysis.speakers.kinds import names_person
from viewer.analysis.speakers.names import DETERMINERS, QUANTIFIERS, TITLES, SpeakerName
from viewer.analysis.speakers.resolution import FORCE_SUFFIXES

_FORCE_HEADS = ("police", "patrol")  # "Kent police", "Oklahoma Highway Patrol"
_SHERIFF = "sheriff"  # "Wayne County Sheriff's Office"
_ACRONYM = re.compile(r"^[A-Z]{1,4}PD$")  # "HPD", "NOPD", "LAPD"
_ABBREVIATION = re.compile(r"^[A-Z][a-z]?\.$")  # "St. Louis", "Ft. Worth"
_SHORT = {"co.": "county", "cnty.": "county"}  # "Clark Co. Sheriff's Office" is the Clark County one
_NOT_NAMES = ("CARDINAL", "ORDINAL", "DATE", "TIME", "QUANTITY", "PERCENT", "MONEY")
_DEPARTMENT = frozenset().union(*FORCE_SUFFIXES.values())  # "Kent Police Department", "... Sheriff's Office"


def bare_police(name: SpeakerName) -> bool:
    """"Police", "the police": the force, unnamed."""
    words = [w for w in name.name.lower().split() if w not in DETERMINERS]
    return name.kind == "organisation" and words == ["police"]


def named_force(doc) -> SpeakerName | None:
    """The one police force the article names, as it writes it most fully; None when it names none or several."""
    forces: dict[tuple[str, ...], str] = {}
    acronyms: set[str] = set()
    for token in doc:
        if _ACRONYM.match(token.text):
            acronyms.add(token.text.lower())
            continue
        found = _force_at(doc, token)
        if found:
            key, name = found
            if len(name) > len(forces.get(key, "")):
                forces[key] = name
    for acronym in acronyms:  # "HPD" is the Houston Police Department named in full, or a force of its own
        if not any(_initials(name) == acronym for name in forces.values()):
            forces[(acronym,)] = acronym.upper()
    if len(forces) != 1:
        return None
    return SpeakerName(next(iter(forces.values())), None, "organisation")


def _force_at(doc, token) -> tuple[tuple[str, ...], str] | None:
    """The force whose head word is ``token``: its key (place words and kind) and its name as written."""
    lower = token.lower_
    if lower in _FORCE_HEADS:
        head, end = token.i, token.i + 1
    elif lower == _SHERIFF and token.i + 2 < len(doc) and doc[token.i + 1].lower_ in ("'s", "’s") \
            and doc[token.i + 2].lower_ in ("office", "department"):
        head, end = token.i, token.i + 3
    else:
        return None
    titled = end < len(doc) and (doc[end].lower_.rstrip(".") in TITLES or names_person(doc[end].lower_))
    lowered = _written_in_lower_case(doc)
    place, start = [], head
    while start > 0:
        before = doc[start - 1]
        if titled and before.is_title and names_person(before.lower_) and before.sent.start == token.sent.start:
            start -= 1  # a rank inside the title: "Kent Assistant Police Chief" is Kent's
        elif _names_place(before, token, lowered):
            place.insert(0, before)
            start -= 1
        else:
            break
    if not place:
        return None  # "police said", "two police officers", "the county sheriff's office": no force named
    if end < len(doc) and doc[end].lower_.rstrip(".") in _DEPARTMENT and lower != _SHERIFF:
        end += 1
    key = tuple(_SHORT.get(t.lower_, t.lower_) for t in place if t.lower_ not in ("highway", "state"))
    kind = "patrol" if lower == "patrol" else _SHERIFF if lower == _SHERIFF else "police"
    return (*key, kind), " ".join([t.text for t in place] + [t.text for t in doc[head:end]]).replace(" ’s", "’s").replace(" 's", "'s")


def _names_place(token, head, lowered: frozenset[str]) -> bool:
    """A word of the force's own name before its head, in the same sentence: a capitalised name ("Kent",
    "New Orleans", "St. Louis", "Oklahoma Highway"; the recogniser often takes "Kent" or "Hamilton" for a
    person, or a name it does not know for a common noun, so its label is not asked), never a number, a
    title; a common noun opening the sentence only when the article never writes it in lower case."""
    if token.sent.start != head.sent.start or token.lower_ in DETERMINERS | QUANTIFIERS:
        return False
    if token.lower_ in ("highway", "state"):  # "Washington State Patrol", "Louisiana State Police"
        return True
    if not (token.is_alpha or _ABBREVIATION.match(token.text)) or not (token.is_title or token.is_upper):
        return False
    if token.lower_.rstrip(".") in TITLES or token.ent_type_ in _NOT_NAMES:
        return False
    if token.pos_ == "PROPN" or token.ent_type_:
        return True
    return token.pos_ == "NOUN" and (not token.is_sent_start or token.lower_ not in lowered)


def _written_in_lower_case(doc) -> frozenset[str]:
    found = doc.user_data.get(_LOWER)
    if found is None:
        found = doc.user_data[_LOWER] = frozenset(t.text for t in doc if t.is_lower)
    return found


_LOWER = "lower-case words"


def _initials(name: str) -> str:
    words = [w for w in re.findall(r"[\w]+", name.lower()) if w not in ("of", "the", "'s", "s")]
    if words and words[-1] not in _DEPARTMENT:
        words.append("department")
    return "".join(w[0] for w in words)
