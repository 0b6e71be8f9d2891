"""Whether one unit says someone died and the other tells someone hurt, alive, and no death: two condition reports.

"The 2-year-old who was shot inside an apartment in Madison has died" and "A 2-year-old child was critically injured
in a shooting inside a Madison apartment on Tuesday" share the child, the place and the shooting, and read alike; but
the first tells the death, a later stage the second does not tell (or another victim's), and the second the child
hurt and alive. The judges read such a link W ("another stage or action" or "another person", training/judged/
README.md: "a man injured / pronounced dead days later"); `stages.death_beside_condition` parts only a living state of
`conditions.json` ("remains in critical condition"), which these units lack.

Read from stored features: one unit says someone died (`stages.tells_death`: "has died", "succumbed", "was pronounced
dead"), undenied, and none of its main acts is the shooting or the wounding too ("was shot multiple times and
pronounced dead" tells the shooting the other's wound belongs to: the judges read that P); the other holds a wound
word of `outcome_words.json` ("injured", "wounded", "hurt", "hospitalized", "grazed", with their verbs' and nouns'
keys: "injury", "wound") that is no name of it ("Troyvante Hurt"), and no death word of that table nor a death act.

Counted before it was built (`bench/care_links.py`, session 64): on every judged dev link (re-judged verdicts), the
pair parts W 9, P 1, R 0; of the links main makes W 5 and P 1 (links54n's "The 17-year-old boy who was shot … has
died" / "A 17-year-old boy was injured …", the very shape links62x reads W); 3 of the 4 it parts that main does not
make are parted already by another veto. On the GVA crawl (`--gva`, 300 incidents, two reports each) 105 death
sentences face a hurt sentence of the other report, in 64 report pairs; of the 20 pairs sharing two content terms,
read by hand, 17 are two stages or two people and 3 hold one claim in part (a death sentence that tells the wounded
too). The readings of a care or response unit beside the shooting itself (a living state, a transport, a vigil or a
condolence) were counted there too and not built: the judges read most of them P (docs/linking.md, session 64).
"""
from __future__ import annotations

from functools import lru_cache

from viewer.analysis.claims import stages
from viewer.analysis.claims.features import UnitFeatures
from viewer.analysis.claims.identifications import violence_terms
from viewer.analysis.claims.outcomes import DEATH, OUTCOME_KINDS, WOUND
from viewer.analysis.claims.vocabulary import term

# The table lists the words as they follow a count ("two injured", "three dead"); the stored terms key lemmas, so the
# bare verbs and nouns are added, as `identifications._MORE` adds them for the violence words.
_HURT_MORE = ("injure", "injury", "wound", "hurt", "hospitalize", "graze")
_DEATH_MORE = ("kill", "die", "succumb", "murder", "slay", "fatal", "death", "homicide", "body")
_FATAL = frozenset({"fatally", "mortally"})  # a wound told as a death ("fatally injured")


def _of_kind(kind: str) -> list[str]:
    """The table's words of one outcome kind (`outcomes.OUTCOME_KINDS`, read once there)."""
    return [word for word, its_kind in OUTCOME_KINDS.items() if its_kind == kind]


@lru_cache(maxsize=1)
def hurt_words() -> frozenset[str]:
    """Term keys of the words that tell someone hurt: the table's wound kind and `_HURT_MORE`."""
    return frozenset(term(w) for w in (*_of_kind(WOUND), *_HURT_MORE))


@lru_cache(maxsize=1)
def death_words() -> frozenset[str]:
    """Term keys of the words that tell a death: the table's death kind and `_DEATH_MORE`."""
    return frozenset(term(w) for w in (*_of_kind(DEATH), *_DEATH_MORE))


def tells_only_death(unit: UnitFeatures) -> bool:
    """Whether the unit says someone died, undenied, and no main act of it is the shooting or the wounding too, nor
    has a wound as its object (`tells_own_wounds`)."""
    return (stages.tells_death(unit) and not (violence_terms() - death_words()) & set(unit.acts)
            and not tells_own_wounds(unit))


def tells_own_wounds(unit: UnitFeatures) -> bool:
    """Whether a main act of the unit has a wound word as its object ("The 20-year-old man had multiple gunshot wounds
    to his lower extremities and died from his injuries"): the sentence tells the wounds the other report tells, as
    "was shot multiple times and pronounced dead" tells the shooting, so the judges read the pair P, where a wound
    only in the cause of death ("died from several gunshot wounds") is not the wounded told alive (session 65)."""
    return any(verb in unit.acts and obj in hurt_words() for _subject, verb, obj in unit.predicates)


def tells_hurt(unit: UnitFeatures) -> bool:
    """Whether the unit tells someone hurt by a wound word that is not a name of it, and no death by word, act, fatal
    adverb (`fatal_wound`) or counted outcome ("Two men were fatally wounded")."""
    words = set(unit.terms) | set(unit.acts)
    return (bool(hurt_words() & (words - set(unit.names))) and not death_words() & words
            and not stages.tells_death(unit) and not unit.fatal
            and not any(kind == DEATH for kind, *_ in unit.outcomes))


def fatal_wound(tokens) -> bool:
    """Whether the unit (``tokens``: its span of the parse) says "fatally" or "mortally": "A 2-year-old girl was fatally
    injured" tells her death, but the stored terms keep no adverb, so its wound word alone would read her hurt and
    alive (gvaM, session 64: the link to "A 2-year-old girl died after she was shot" is right). Stored as
    `UnitFeatures.fatal`."""
    return any(t.lower_ in _FATAL for t in tokens)


def death_beside_hurt(a: UnitFeatures, b: UnitFeatures) -> bool:
    """Whether one unit says someone died and the other tells someone hurt and no death (module docstring)."""
    return (tells_only_death(a) and tells_hurt(b)) or (tells_only_death(b) and tells_hurt(a))
