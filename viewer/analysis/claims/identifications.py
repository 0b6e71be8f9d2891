"""Whether one unit identifies a victim or a suspect that the other unit only says was killed or shot.

"A man killed in a shooting that left three others wounded has been identified by the coroner's office" and "Police
are investigating a shooting that left one dead" share the shooting, its day and its toll, and read alike; but the
first states the identification (a later act of the investigation), which the second does not tell, and carries the
shooting only in its subject. The judges' standard since links56r reads such a link W, "another stage or action"
(training/judged/README.md), while a link to a unit that gives the identity too ("Walker … was shot in the head") is
right. Counted before this was built (`bench/identification_links.py`, session 59): on every judged dev link whose one
unit's main act identifies, an other unit that names no one and tells a killing or a shooting was judged R 5, P 2,
W 14 (read again under the present standard, P 1, W 20: training/judged/identification_rejudged.tsv); one naming the
same person R 16, P 30, W 16. On the GVA crawl (300 incidents, two reports each), 32 of 126 identification sentences
that name their person face a report that does not name that person and whose killing sentences name no one.

Read from stored features: the identifying unit tells an identification (`states_identification`, stored as
`UnitFeatures.identifies`: a main verb "identify", "ID" or "name", a released name or identity, or a headline the parser
reads as a noun phrase, "Coroner IDs woman who died…"; in units stored before it, the acts) and denies nothing ("has
not been identified", "no suspect has been identified" tell no identity); the other does not identify; the two share
no proper name but those of their setting and those that say where or which body (`place_names`: "Danville" of
"Danville police identify…" and "Danville police say…"), unless either reads it as a person's (one naming the person
the other names is a shared claim of who it was); and the other tells a killing or a gunshot (`outcome_words.json`'s
death and gunshot words, as term keys). Session 60 added the stored reading and the places: of the 11 identification
links beside the killing on gvaX/gvaY (all W) the acts-only veto had left 7; on every judged dev link it parts 16
more, W 14, R 1 (links54n's, read W in identification_rejudged.tsv) and P 1 (`bench/identification_links.py --veto`).

Session 64 (`bench/stage_readings.py`, counted before building): the stored reading also finds an identification the
parse hangs from the shooting ("A 17-year-old boy fatally shot in East Oakland … was identified by authorities Friday
as Keith Lawrence", `identified_clause`) and a headline's "ID" or "ID'ed" taken for a noun ("Police ID teen fatally
shot in SW Houston", `headline_id_word`). On every judged dev link they newly part W 3, R 0, P 0; on the GVA crawl (914
incidents, two reports each) 5 and 16 sentences are newly parted from a sentence of the other report, all
identifications but one ("shell casings … were identified as a positive match").
"""
from __future__ import annotations

from functools import lru_cache

from viewer.analysis.claims.features import UnitFeatures
from viewer.analysis.claims.outcomes import OUTCOME_KINDS
from viewer.analysis.claims.vocabulary import term

IDENTIFYING = frozenset({"identify", "id", "name"})  # verb keys of `acts.stated_acts`
_KINDS = ("death", "gunshot")  # outcome_words.json's kinds of a killing or a shooting
_ACTS = ("kill", "shoot", "die", "murder", "slay")  # the same as main acts' verb keys (lemmas, not terms)
# The nouns and bare verbs the table lists inflected, and (session 63) the wound words of a gunshot ("were injured",
# "wounded", "a gunshot wound"): `bench/stage_wrongs.py --widened` counted them across every reading of this list.
_MORE = ("shooting", "shoot", "kill", "death", "homicide", "murder", "injure", "wound", "gunshot")
_ID_WORDS = frozenset({"ids", "id's", "id'd", "ided", "identifies", "identified", "identify", "names", "named"})
_CLAUSE_IDS = frozenset({"identify", "id"})  # "was named" in a clause is as often an appointment ("named prince")
_PAST_IDS = frozenset({"id'ed", "ided"})  # a headline's past "ID" the parser can take for a noun
_NAME_NOUNS = frozenset({"name", "names", "identity", "identities"})  # what "release" gives when it identifies
_PLACES = frozenset({"GPE", "LOC", "FAC", "ORG", "NORP"})  # entity labels of a place, a body or a people


@lru_cache(maxsize=1)
def violence_terms() -> frozenset[str]:
    """The term keys of the words that tell a killing or a shooting."""
    words = [w for w, kind in OUTCOME_KINDS.items() if kind in _KINDS] + list(_MORE)
    return frozenset(term(w) for w in words) | frozenset(_ACTS)


def states_identification(tokens, verbs: list) -> bool:
    """Whether the unit (``tokens``: its span of the parse; ``verbs``: its `acts.main_verbs`) tells an identification: a main verb "identify", "ID" or "name";
    "release" with a name or an identity as its object ("released the names of the victims", "The identity … will be
    released by the coroner"); a headline the parser reads as a noun phrase, whose ID word hangs from its root
    through no verb ("Clark County coroner IDs woman who died…", "Victim in fatal shooting ID'd"); an identifying verb
    with its own passive auxiliary that the parse hangs from the shooting (`identified_clause`); or a headline's "ID"
    or "ID'ed" the parser takes for a noun (`headline_id_word`). Stored as `UnitFeatures.identifies`, as the acts alone
    miss all but the first two."""
    return (any(identifying_verb(v) for v in verbs) or any(headline_id(t, tokens) for t in tokens)
            or any(identified_clause(t) for t in tokens) or headline_id_word(tokens))


def identified_clause(token) -> bool:
    """An identifying verb with its own passive auxiliary, hung from another verb as an adverbial, joined or
    complement clause: "A 17-year-old boy fatally shot in East Oakland Wednesday night [was identified] by authorities
    Friday as Keith Lawrence", where the parse makes "shot" the root. Its clause is the sentence's own; a relative
    clause or a noun's participle, or a clause joined to one ("the man, who was identified as …", "a man identified as
    …", "his friend -- who later testified and was identified as …"), tells who, not that he was identified. Counted
    before it was built (`bench/stage_readings.py`, session 64): see the module docstring."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in _CLAUSE_IDS or token.dep_ not in ("advcl", "conj", "ccomp"):
        return False
    return any(c.dep_ == "auxpass" for c in token.children) and token.head.dep_ not in ("relcl", "acl")


def headline_id_word(tokens) -> bool:
    """A headline's "ID'ed", or its "ID" that the parser hangs before the noun it identifies as a compound ("Police ID
    man killed in Friday shooting as …", "Teen killed in Chelsea shooting ID'ed, new images of car released"), read as
    no verb, so no verb reading sees it. A bare "ID" anywhere else is mostly the card ("with fake ID", "seek ID of")."""
    text = tokens.text.strip()
    if "\n" in text or text.endswith((".", "?", "!", '"', "”")):
        return False
    return any(t.text[:2] == "ID" and t.pos_ != "VERB" and (t.lower_ in _PAST_IDS or t.lower_ == "id" and
                                                             t.dep_ == "compound") for t in tokens)


def identifying_verb(verb) -> bool:
    """Whether a main verb identifies: "identify", "ID", "name", or "release" of a name or an identity."""
    lemma = verb.lemma_.lower()
    if lemma in IDENTIFYING or verb.lower_ in _ID_WORDS:
        return True
    return lemma == "release" and any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _NAME_NOUNS
                                      for c in verb.children)


def headline_id(token, tokens) -> bool:
    """An ID word the parser did not read as a verb ("IDs" as a compound, "ID'd" as an adverb), or a name released in
    a verbless headline ("Release of names…"), with no verb between it and the unit's root."""
    word = token.lower_
    if word in _ID_WORDS and token.pos_ != "VERB":
        if word in ("names", "named") and token.dep_ != "compound":  # "the names of the dead", "a man named Cole"
            return False
    elif not (token.lemma_.lower() in _NAME_NOUNS and token.head.lemma_.lower() == "release"
              and token.head.pos_ != "VERB"):
        return False
    inside = range(tokens.start, tokens.end)
    node = token
    while node.head.i != node.i and node.head.i in inside:
        node = node.head
        if node.pos_ in ("VERB", "AUX") and node.head.i != node.i and node.head.i in inside:
            return False
    return True


def place_names(keyed, verbs: list) -> list[str]:
    """The name keys of ``keyed`` (token, key, is a name, as `units.unit_features` reads the unit; ``verbs``: its
    `acts.main_verbs`) that
    say where or which body: inside a place's, a body's or a people's entity ("Las Vegas", "Clark County"), or inside
    the doer of an identification ("Danville police identify…", "identified by the Marlow County coroner"), unless the
    parse reads the same key as a person's here. A name two units share so is no shared claim of who was identified.
    Stored as `UnitFeatures.places`."""
    identifiers = {t.i for v in verbs if v.lemma_.lower() in IDENTIFYING
                   for c in v.children if c.dep_ in ("nsubj", "agent") for t in c.subtree}
    places = {key for token, key, is_name in keyed
              if is_name and (token.ent_type_ in _PLACES or token.i in identifiers)}
    return sorted(places - set(person_names(keyed)))


def person_names(keyed) -> list[str]:
    """The name keys of ``keyed`` that the parse reads inside a person's entity: the parse can read a name as a place in
    one unit ("26-year-old Effie Harth" as a GPE) and as the person it is in the other, and a name either reads as a
    person's is no place's. Stored as `UnitFeatures.persons`."""
    return sorted({key for token, key, is_name in keyed if is_name and token.ent_type_ == "PERSON"})


def identifies(unit: UnitFeatures) -> bool:
    """Whether the unit tells an identification (its stored reading, or in units stored before it its main acts),
    undenied."""
    return (unit.identifies or bool(IDENTIFYING & set(unit.acts))) and not unit.negations


def identified_beside_killing(a: UnitFeatures, b: UnitFeatures) -> bool:
    """Whether one unit identifies someone and the other, naming no one the first names, only tells a killing or a
    shooting (module docstring)."""
    return _one_way(a, b) or _one_way(b, a)


def _one_way(ident: UnitFeatures, other: UnitFeatures) -> bool:
    """`identified_beside_killing` with ``ident`` the identifying unit. One whose acts hold the killing too is parted
    all the same: in a headline the killing is mostly the identified person's participle ("Mom killed in … drive-by
    shooting ID'd"), and sparing such units kept 3 judged W and 1 P (session 60)."""
    if not identifies(ident) or other.identifies or IDENTIFYING & set(other.acts):
        return False
    places = (set(ident.places) | set(other.places)) - set(ident.persons) - set(other.persons)
    if (set(ident.names) & set(other.names)) - set(ident.setting) - set(other.setting) - places:
        return False
    return tells_violence(other)


def tells_violence(unit: UnitFeatures) -> bool:
    """Whether the unit tells a killing or a shooting, by its acts or its words (`violence_terms`)."""
    return bool(violence_terms() & (set(unit.acts) | set(unit.terms)))
