"""Whether one unit tells a court or custody stage of a shooting that the other unit only tells happened.

"A man was arrested Monday in the fatal shooting of a 16-year-old boy in Miami" and "A 16-year-old boy has died after
being shot multiple times in Miami" share the boy, his age, the place and the shooting, and read alike; but the first
states the arrest (a later stage), which the second does not tell, and carries the shooting only in a phrase. The
judges' standard since links55p reads such a link W, "another stage or action" (training/judged/README.md); sessions
49-54 had read it P, and those links were read again under the present standard (training/judged/stage_rejudged.tsv).
Counted before this was built (`bench/stage_links.py`, session 60): on every judged dev link whose one unit's main act
is an arrest, a charge or a court step and whose other unit tells the shooting without it, R 1, P 12, W 32 as first
judged and P 10, W 35 read again (main da81c543 makes P 10, W 33 of them); of all main's judged links the rule
below takes W 29 and P 4 (three
stages whose "after" clause states the shooting, "was arrested after his gun accidentally went off, shooting his
daughter", which the stored features cannot tell from a relative clause; one "turned himself in" beside "arrested").
On the GVA crawl 176 of 300 report pairs hold such a pair of sentences.

Read from stored features: the stage unit's main acts (`acts.stated_acts`) hold an act of `stage_acts.json` (the court
and custody acts writers state with the shooting only in a phrase, counted on the crawl by
training/count_stage_acts.py), it denies nothing ("no one has been charged") and none of its main acts is the killing
or the shooting itself ("shot his wife and was arrested" tells both); the other's acts hold no act of the table and its
terms no word of one ("charges", "arrested") nor a court or custody word of the table ("will serve 20-42 years in
prison": it tells that stage too); and the other tells a killing or a gunshot (the
words `identifications.violence_terms` reads).

Session 61 (`bench/stage_shapes.py` counted each first): a light verb with its stage noun of the table is a stage too
("Arrest made in deadly shooting", "faces charges"); a stage told "after" the shooting (`after_terms`, stored as
`UnitFeatures.after`) is not, since its sentence states the shooting as well; a unit stating any court or custody act
the counter looked for ("turned himself in") tells that stage; and a death beside a victim alive in a condition is
two stages of one incident (`death_beside_condition`, `conditions.json`).

Session 62 (`bench/stage_wrongs.py` filed the stage-class W main still made, then counted each reading): an
investigation whose object is the shooting itself is a stage too (`investigation_beside_shooting`); an investigation
of a question, which parted right links in session 60, is left alone.

Session 63 (`bench/stage_wrongs.py --candidates` and ``--gva``, counted first): a photo, video or footage of the
shooting is another act than the shooting (`depiction_beside_act`): on every judged dev link W 2, R 0, P 0; on the
crawl 114 sentences in 51 of 300 report pairs, about half of them gallery captions.

Session 64 (`bench/stage_readings.py`): a depicting unit whose own act is the killing is spared, as `tells_stage` spares
a stage that is the shooting too. On the GVA crawl (914 incidents) the veto parted 35 such sentences in 8 report pairs,
31 of them gallery captions whose words tell the killing ("Image 3 of 16 A man died Thursday morning after being shot
inside a home"); no judged dev link has the shape.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from viewer.analysis.claims.features import UnitFeatures
from viewer.analysis.claims.identifications import tells_violence, violence_terms
from viewer.analysis.claims.vocabulary import term


@lru_cache(maxsize=1)
def _table() -> dict:
    return json.loads(Path(__file__).with_name("stage_acts.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def stage_acts() -> frozenset[str]:
    """The court and custody acts of the table, as main acts' verb keys."""
    return frozenset(act for act, _count in _table()["acts"])


@lru_cache(maxsize=1)
def stage_words() -> frozenset[str]:
    """The term keys of the table's court and custody words, singular and plural ("prison", "counts")."""
    return frozenset(term(w + end) for w, _count in _table()["words"] for end in ("", "s"))


@lru_cache(maxsize=1)
def _stems() -> tuple[str, ...]:
    """The term keys the acts' words begin with ("charge": "charges", "charged"; "arrest": "arrests")."""
    return tuple(term(act) for act in stage_acts())


@lru_cache(maxsize=1)
def _light() -> tuple[tuple[str, frozenset[str]], ...]:
    """The table's light verbs, each with the term keys of the stage noun it states ("make": "arrest", "arrests")."""
    return tuple((verb, frozenset(term(noun + end) for end in ("", "s"))) for verb, noun, _count in _table()["light"])


@lru_cache(maxsize=1)
def seen_acts() -> frozenset[str]:
    """Every court or custody act the counter looked for, kept or too rare to tell a stage alone ("turned himself in",
    "surrendered"): a unit stating one tells the custody too, so a stage beside it is no stage beside the shooting."""
    return frozenset(act for act, _count in _table()["candidates"]) | stage_acts()


def states_stage(unit: UnitFeatures) -> bool:
    """Whether a main act of the unit states a court or custody stage: an act of the table, or a light verb of the
    table with its stage noun ("Arrest made in deadly shooting", "faces charges in the death")."""
    acts, terms = set(unit.acts), set(unit.terms)
    return bool(stage_acts() & acts) or any(verb in acts and nouns & terms for verb, nouns in _light())


def tells_stage(unit: UnitFeatures) -> bool:
    """Whether the unit's main act is a court or custody stage, undenied, not the shooting itself too, and not told
    "after" the shooting ("charged after a 2-year-old boy shot himself" states the shooting as well as the charge)."""
    acts = set(unit.acts)
    return (states_stage(unit) and not unit.negations and not violence_terms() & acts
            and not violence_terms() & set(unit.after))


def stage_beside_shooting(a: UnitFeatures, b: UnitFeatures) -> bool:
    """Whether one unit tells a court or custody stage and the other only the shooting (module docstring)."""
    return _one_way(a, b) or _one_way(b, a)


def _one_way(stage: UnitFeatures, other: UnitFeatures) -> bool:
    """`stage_beside_shooting` with ``stage`` the unit telling the stage."""
    if not tells_stage(stage) or seen_acts() & set(other.acts) or states_stage(other):
        return False
    if stage_words() & set(other.terms) or any(t.startswith(_stems()) for t in other.terms):
        return False
    return tells_violence(other)


_INVESTIGATING = frozenset({"investigate", "probe"})
_FINDING = frozenset({"rule"})  # "has been ruled a homicide": a finding of the investigation, told beside it


def investigates_shooting(unit: UnitFeatures) -> bool:
    """Whether the unit's main act investigates the shooting itself: "investigate" or "probe" whose object is the
    shooting, the death or the homicide ("Police are investigating a shooting that left four people injured"),
    undenied, not the shooting too and not told "after" it. An investigation of a question ("investigating whether
    the shootings are related", "to see if the shooting was gang-related", "the possibility of an accidental
    shooting") has no such object: its claim is the question, which the other report may answer."""
    acts = set(unit.acts)
    return (bool(_INVESTIGATING & acts) and not unit.negations and not violence_terms() & acts
            and not violence_terms() & set(unit.after)
            and any(verb in _INVESTIGATING and obj in violence_terms() for _subject, verb, obj in unit.predicates))


def investigation_beside_shooting(a: UnitFeatures, b: UnitFeatures) -> bool:
    """Whether one unit investigates the shooting (`investigates_shooting`) and the other tells the shooting and no
    investigation nor its finding: the investigation is a later stage the other does not tell, the shooting only its
    object, which the judges read W, "another stage or action" (training/judged/stage_rejudged.tsv, "investigation").
    Counted before it was built: on the GVA crawl (`bench/stage_shapes.py --gva`, 300 incidents, two reports each) 39
    sentences investigate the shooting, each beside a sentence of the other report telling only the shooting, in 32
    report pairs (74 more investigate something else); on every judged dev link (`bench/stage_wrongs.py
    --candidates`) it parts W 14, P 1, R 0 (main makes W 9 and the P of them), where any investigation not told after
    the shooting would part R 2, P 5, W 13 of main's."""
    return _investigation_one_way(a, b) or _investigation_one_way(b, a)


def _investigation_one_way(inquiry: UnitFeatures, other: UnitFeatures) -> bool:
    if not investigates_shooting(inquiry) or (_INVESTIGATING | _FINDING) & set(other.acts):
        return False
    if any(t.startswith(("investig", "probe")) for t in other.terms):
        return False
    return tells_violence(other)


# A photo, video or footage as a main act's subject or object ("This photo shows …", "Police released a video of …"):
# term keys (`vocabulary.term` of the lemma).
DEPICTIONS = frozenset(term(w) for w in ("photo", "video", "footage", "image", "picture", "photograph", "surveillance",
                                         "clip", "recording"))


def depicts(unit: UnitFeatures) -> bool:
    """Whether a predicate of the unit's main acts has a depiction as its subject or object, undenied ("Sheriff's
    Office footage shows teen fatally shot by deputy", "Police have surveillance video showing Guzman walking")."""
    return not unit.negations and any(verb in unit.acts and DEPICTIONS & {subject, obj}
                                      for subject, verb, obj in unit.predicates)


def depiction_beside_act(a: UnitFeatures, b: UnitFeatures) -> bool:
    """Whether one unit tells a depiction of the incident (`depicts`) and the other, holding no depiction word and
    stating none of its main acts, tells what it depicts: the recording, its release or its showing is another act
    than the one depicted, which the judges read W, "another stage or action" ("This photo shows the Richland Avenue
    house where police say a 12-year-old boy was accidentally shot" / the coroner's "a 12-year-old boy accidentally
    shot Sunday … died"). A shared main act means the depicting unit states that act too ("recovered casings and
    obtained video of the car" / "recovered several casings"; a quote "the video showed" her telling)."""
    return _depiction_one_way(a, b) or _depiction_one_way(b, a)


def _depiction_one_way(depiction: UnitFeatures, other: UnitFeatures) -> bool:
    """A depicting unit that tells the killing among its own acts is spared, as `tells_stage` spares a stage that is
    the shooting too: mostly a gallery caption the parse gives "Image" as subject ("Image 3 of 16 A man died Thursday
    morning after being shot inside a home"), whose words are the killing's (session 64, `bench/stage_readings.py`)."""
    return (depicted_beside(depiction, other) and not violence_terms() & set(depiction.acts))


def depicted_beside(depiction: UnitFeatures, other: UnitFeatures) -> bool:
    """The depiction veto's reading as session 63 built it: a depiction beside a unit telling the shooting that holds
    no depiction word and shares no main act."""
    return (depicts(depiction) and not DEPICTIONS & set(other.terms) and not set(depiction.acts) & set(other.acts)
            and tells_violence(other))


_AFTER = frozenset({"after", "following"})


def after_terms(keyed: list[tuple], verbs: list) -> list[str]:
    """The content terms (as `units.unit_features` keys them: each token with its key and whether it is a name) that an
    "after" or "following" clause or phrase of the unit's main verbs (`acts.main_verbs`) holds: "was charged [after a
    2-year-old boy shot himself]", "made an arrest [after the shooting of four people]". The judges read such a stage
    beside the shooting P (training/judged/stage_rejudged.tsv: the stage's sentence states the shooting too), where
    "arrested in the shooting" carries it only in a phrase; `units.aside_terms` holds relative clauses too ("in the
    shooting of a boy [who was shot]") and so cannot tell the two apart. Stored as `UnitFeatures.after`."""
    held: set[int] = set()
    for verb in verbs:
        for c in verb.children:
            if (c.dep_ == "prep" and c.lower_ in _AFTER) or (
                    c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _AFTER for m in c.children)):
                held.update(t.i for t in c.subtree)
    return sorted({key for token, key, _name in keyed if key and token.i in held})


@lru_cache(maxsize=1)
def _conditions() -> dict:
    return json.loads(Path(__file__).with_name("conditions.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _states() -> tuple[frozenset[str], ...]:
    """The term keys of each living state of `conditions.json` ("life support": "life", "support")."""
    return tuple(frozenset(term(w) for w in state.split()) for state, *_counts in _conditions()["states"])


@lru_cache(maxsize=1)
def _death_words() -> frozenset[str]:
    return frozenset(term(w) for w in _conditions()["death_words"])


def tells_death(unit: UnitFeatures) -> bool:
    """Whether the unit's main act says someone died ("has died", "succumbed", "was pronounced dead"), undenied."""
    acts = set(unit.acts)
    return bool(acts & {"die", "succumb"} or ("pronounce" in acts and term("dead") in unit.terms)) and not unit.negations


def tells_living_state(unit: UnitFeatures) -> bool:
    """Whether the unit tells a living state of `conditions.json` ("remains in critical condition", "is on life
    support") and no death word."""
    terms = set(unit.terms)
    return any(state <= terms for state in _states()) and not _death_words() & terms


def death_beside_condition(a: UnitFeatures, b: UnitFeatures) -> bool:
    """Whether one unit says the victim died and the other tells the victim alive in a condition: two stages of the
    incident ("A local child who had been hospitalized since a Feb. 27 shooting has died" / "A seven-year-old girl
    was shot inside her home and is on life support"), which the judges read W, "another stage or action". Counted on
    the GVA crawl before it was built (training/count_conditions.py, 914 incidents with two reports): 783 sentences
    tell a victim in a condition with no death word, 403 of them beside a report saying someone died, in 162
    incidents; "on life support" 28, 23, 12."""
    return (tells_death(a) and tells_living_state(b)) or (tells_death(b) and tells_living_state(a))
