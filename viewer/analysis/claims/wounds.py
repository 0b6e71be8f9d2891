"""Where each wounded person of a unit was hit, and whether two units tell the wounds of different people by it.

"A 25-year-old was shot in the buttocks" and "a 25-year-old was shot in the back" share the age, the shooting and
nearly every word; but a round-up tells two victims so, and the judges read such links W. Counted before this was built
(`bench/wound_links.py`, session 60): on every judged dev link whose two sides give a wound's part, parts that share
nothing were judged P 5, W 9 (sharing ones R 41, P 53, W 5); but on the GVA crawl's incidents with one person shot
(cltl/LongTailQATask's counts), two reports' wound sentences alike by an age or a name named different parts of that
one person in 35 of 178 pairs ("in the leg", "in the right thigh"; "in the head", "in the face"), and parts of
different regions of the body in none but misreadings and other people. So parts are compared by region
(`body_parts.json`: head, neck, torso, arm, leg, hip), and a side ("left", "right") given by both must agree; by
region the judged links that share none were P 3, W 7. As built (`bench/wound_links.py --veto`) it parts W 4 of the
judged links and no R or P, and 3 of those 178 crawl pairs: two tell other people, one is a misparse of one boy's
wounds ("hit in his back, forearm and head" read as the back alone).

Read from the parse: a part of the table (its lemma; "body" only as "upper body") that is the object of "in", "to",
"into", "through" (or "under", "near", "above", "below": "in the chest under her left arm") hanging from a wounding verb ("shot", "struck", "hit", "wounded", "grazed") or a wound noun
("wound", "injury", "gunshot"), or that modifies a wound noun ("an arm wound"), or that is coordinated with such a
part ("in the chest and hand"); "the back of the head" reads the head. Each wounding word is one person: "an
18-year-old shot in the back and a 22-year-old shot in the face" holds two; so does a part the parse hangs from no
wounding word ("a 12-year-old boy was shot in the leg and a 15-year-old boy in the buttocks": the buttocks hang from the
second boy), which may be another person's. Stored as `UnitFeatures.wounds`, one list
of "region" or "side region" strings per person.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from viewer.analysis.claims.features import UnitFeatures

WOUNDING = frozenset({"shoot", "strike", "hit", "wound", "graze", "injure", "stab", "pierce"})  # verb lemmas
WOUND_NOUNS = frozenset({"wound", "injury", "gunshot", "shot", "graze", "bullet"})
_INTO = frozenset({"in", "to", "into", "through", "under", "near", "above", "below"})
_SIDES = frozenset({"left", "right"})


@lru_cache(maxsize=1)
def regions() -> dict[str, tuple[str, ...]]:
    """Each part of the table with its regions ("shoulder": torso and arm)."""
    data = json.loads(Path(__file__).with_name("body_parts.json").read_text(encoding="utf-8"))
    return {part: tuple(found) for part, found, _count in data["parts"]}


def stated_wounds(tokens) -> list[list[str]]:
    """The wounds of each wounded person the unit (its span of the parse) tells, in order: each a list of the regions
    hit, "side region" where a side is given ("right hip"). Empty where it tells none."""
    inside = range(tokens.start, tokens.end)
    people: dict[int, list[str]] = {}
    for token in tokens:
        read = _read(token)
        if not read:
            continue
        anchor, first = _anchor(token), _first_conjunct(token)
        if anchor is None and first.dep_ == "pobj" and first.head.lower_ in _INTO and _read(first) and not _of_part(first):
            anchor = first  # a wound phrase the parse hangs from no wounding word: maybe another person's
        if anchor is not None and anchor.i in inside:
            found = people.setdefault(anchor.i, [])
            found.extend(r for r in read if r not in found)
    return [people[i] for i in sorted(people)]


def _first_conjunct(token):
    """The first of the conjuncts the token is one of ("chest" of "the hand and chest" gives "hand")."""
    while token.dep_ == "conj":
        token = token.head
    return token


def _of_part(token) -> bool:
    """Whether the part is "the back of" another part ("the back of the head" reads the head)."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(_read(g) for g in c.children) for c in token.children)


def _read(token) -> list[str]:
    """The token's regions with its side, or none where it is no part of the table."""
    lemma = token.lemma_.lower()
    if lemma == "body" and not any(c.lower_ == "upper" for c in token.children):
        return []
    side = next((c.lower_ for c in token.children if c.lower_ in _SIDES), "")
    return [f"{side} {r}".strip() for r in regions().get(lemma, regions().get(token.lower_, ()))]


def _anchor(token):
    """The wounding verb or wound noun the part hangs from, or None: through its conjuncts, "in"/"to", or as a
    modifier of a wound noun; a part that is "the back of" another part is read as that part only."""
    if _of_part(token):
        return None
    for _ in range(4):  # up from a conjunct, or a part where on another part lies ("in the chest under her left arm")
        if token.dep_ == "conj":
            token = token.head
        elif token.dep_ == "pobj" and token.head.lower_ not in _INTO and _read(token.head.head):
            token = token.head.head
        else:
            break
    head = token.head
    if token.dep_ in ("compound", "amod", "nmod") and _wounding(head):
        return head
    if token.dep_ == "pobj" and head.lower_ in _INTO and _wounding(head.head):
        return head.head
    if token.dep_ == "pobj" and head.lower_ in _INTO and head.head.dep_ in ("dobj", "nsubjpass") and _wounding(head.head.head):
        return head.head.head  # "struck a 10-year-old girl in the shoulder": the parse hangs the part from the girl
    return None


def _wounding(token) -> bool:
    """A wounding verb or a wound noun, whichever the parse makes it ("shot" is either)."""
    lemma = token.lemma_.lower()
    return lemma in WOUNDING or lemma in WOUND_NOUNS or token.lower_ in WOUND_NOUNS


def wounds_apart(a: UnitFeatures, b: UnitFeatures) -> bool:
    """Whether each unit tells one wounded person and the two were hit in no region in common (module docstring).
    A unit telling several wounded people ("one was shot in the leg and another in the arm"), or giving several people's
    ages ("a 20-year-old man shot in the groin …, along with a 21-year-old man", whose clause can leave out the second
    man's "arm wound"), is not compared."""
    if len(a.wounds) != 1 or len(b.wounds) != 1 or len(set(a.unnamed_ages)) > 1 or len(set(b.unnamed_ages)) > 1:
        return False
    return not any(_same(x, y) for x in a.wounds[0] for y in b.wounds[0])


def _same(x: str, y: str) -> bool:
    """Whether two readings name one region on sides that do not differ ("arm" and "left arm", not "left arm" and
    "right arm")."""
    *side_x, region_x = x.split()
    *side_y, region_y = y.split()
    return region_x == region_y and (not side_x or not side_y or side_x == side_y)
