"""Whether two units tell one act done to different people they name: "Rucker is charged with assault with a deadly
weapon …" beside "Police charged Jackson and Strong with assault with a deadly weapon …".

Where several men are charged in one shooting, or several victims are shot, each report tells each person's charge or
wound in the same words, and the vectors and the shared rare words take two such sentences for one claim; the person
the act is done to is what says they are two. The person is read by role in the unit's main clause: the object of an
active main verb ("Police charged Jackson and Strong"), the subject of a passive one ("Rucker is charged", "Tyreke
Borel, 17, was shot"), or the noun a headline's participle hangs from ("Rucker arrested"), with the people listed
beside it ("Robert Strong III, 23, and Lance Jackson, 26"). A name counts when the parse reads it, or a name listed
with it, as a person's. Two units are held apart only when both name such people for one kind of act and share no name
token, nor a name spelt two ways (`streets.spelt_alike`): a report that names two men for one charge ("Jackson and
Strong were charged") and one naming one of them ("Robert Strong III was arrested") share a name and may be one claim.
The kinds: a court or custody act of `stage_acts.json` ("charge", "arrest", "book"), a killing or a shooting
(`identifications.violence_terms`: "shoot", "kill"), or else the act itself ("find").

Counted before it was built (`bench/patient_links.py`, session 62; docs/linking.md "One act done to different people").
"""
from __future__ import annotations

from collections.abc import Sequence

from viewer.analysis.claims.acts import verb_act
from viewer.analysis.claims.referents import pronoun_person
from viewer.analysis.claims.identifications import violence_terms
from viewer.analysis.claims.stages import stage_acts
from viewer.analysis.claims.streets import spelt_alike
from viewer.analysis.claims.vocabulary import term
from viewer.analysis.person_names import person_nouns

_PATIENTS = frozenset({"dobj", "nsubjpass"})
_LISTED = frozenset({"conj", "appos"})  # "Jackson and Strong", "one of the victims, Antonio Kelley,"
_NAME_PARTS = frozenset({"compound", "flat", "nmod"})  # "Robert Strong III", 'Javarrie "JoJo" Robertson'
_PLACES = frozenset({"GPE", "LOC", "FAC", "ORG", "NORP"})
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
_NOT = "not "


def named_patients(tokens, verbs: list, pronouns: bool = True) -> list[list[str]]:
    """The people the unit's main acts (``verbs``: its `acts.main_verbs`) are done to, by name, as [kind of act, name
    keys…] (module docstring): ["stage", "jackson", "strong"] for "Police charged Jackson and Strong with assault". A
    denied act ("was not charged") is done to no one; with ``pronouns``, a pronoun is the person it stands for ("He is
    charged", `_pronoun_names`). Stored as `UnitFeatures.patients`."""
    inside = range(tokens.start, tokens.end)
    found: dict[str, set[str]] = {}
    if _title_cased(tokens):
        return []
    for verb in verbs:
        act = verb_act(verb)
        if act.startswith(_NOT):
            continue
        heads = [c for c in verb.children if c.dep_ in _PATIENTS]
        if len(heads) > len({c.dep_ for c in heads}):  # two passive subjects: a misparse ("The grandson of … Davis")
            continue
        if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.i in inside:  # a headline's "Rucker arrested"
            heads.append(verb.head)
        names = set().union(*(_people(head, inside) | (_pronoun_names(head) if pronouns else set()) for head in heads))
        if names:
            found.setdefault(act_kind(act), set()).update(names)
    return [[kind, *sorted(names)] for kind, names in sorted(found.items())]


def act_kind(act: str) -> str:
    """The kind of an act key for comparing who it is done to: "stage" for a court or custody act, "harm" for a
    killing or a shooting, else the act's verb key."""
    verb = act.split(" ")[0]
    if verb in stage_acts():
        return "stage"
    if verb in violence_terms() or term(verb) in violence_terms():
        return "harm"
    return term(verb)


def _title_cased(tokens) -> bool:
    """Whether the unit is written in title case, as a headline may be ("UPDATE: Man Sentenced to at Least 7 Years"): a
    verb inside it is capitalised. The parse then reads common words as names ("Man")."""
    return any(t.pos_ in ("VERB", "AUX") and t.text[:1].isupper() and t.i > tokens.start for t in tokens)


def _people(head, inside: range) -> set[str]:
    """The name keys of the people a noun phrase names, with those listed beside it: each proper noun with its name
    parts, when a token of one of them is read as a person's; a lone name read as a place or a body is left out
    ("Police arrested Chicago man" names no one)."""
    names, todo = [], [head]
    while todo:
        token = todo.pop()
        if token.i not in inside:
            continue
        if token.pos_ == "PROPN" and not (token.lower_ in person_nouns() and token.ent_type_ != "PERSON"):
            names.append([c for c in token.children if c.dep_ in _NAME_PARTS and c.pos_ == "PROPN"] + [token])
        todo.extend(c for c in token.children if c.dep_ in _LISTED)
    if not any(t.ent_type_ == "PERSON" for name in names for t in name):
        return set()
    keep = [name for name in names if len(names) > 1 or not all(t.ent_type_ in _PLACES for t in name)]
    return _name_keys(t for name in keep for t in name)


def _pronoun_names(head) -> set[str]:
    """The name keys of the person a pronoun patient stands for ("He is charged …": `referents.pronoun_person`)."""
    person = pronoun_person(head) if head.pos_ == "PRON" else None
    return _name_keys(person or ())


def _name_keys(tokens) -> set[str]:
    """The keys of a name's words, initials and "Jr." left out: what two units' patients are compared by."""
    return {term(t.text) for t in tokens if len(t.text) > 1 and t.text.lower().rstrip(".") not in _SUFFIXES}


def patients_apart(a: Sequence[Sequence[str]], b: Sequence[Sequence[str]]) -> bool:
    """Whether both name the people one kind of act is done to and, for every kind both name, no name of one is a name
    of the other or one spelt two ways (module docstring)."""
    left, right = {p[0]: p[1:] for p in a}, {p[0]: p[1:] for p in b}
    shared = left.keys() & right.keys()
    return bool(shared) and all(_no_name_shared(left[kind], right[kind]) for kind in shared)


def _no_name_shared(x: Sequence[str], y: Sequence[str]) -> bool:
    return not any(m == n or spelt_alike(m, n) for m in x for n in y)
