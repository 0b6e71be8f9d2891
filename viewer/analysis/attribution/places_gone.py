"""Going somewhere is no report: "Officers responded to the scene", "Crews responded to the 2400 block of East
12th Street", "Life Flight responded to the scene". The cue model, fitted on PolNeAR, rightly reads "responded to
the criticism" or "did not respond to a request for comment" as a report, with the "to" phrase as what is
answered; but what one answers is said or done, and where one goes is a place or a built thing. A verb of saying
names what it speaks of so ("referring to the two Trump resorts", "alluding to the House Democratic chair"): only
a verb whose usual sense is not saying ("respond": react) goes. The nouns of places and the verbs of saying are
WordNet's (``attribution/places_gone.json``, ``training/count_place_nouns.py``).
"""
from __future__ import annotations

import json
from functools import lru_cache

from viewer.analysis.attribution.cues import cue_model
from viewer.resources import resources_dir

# prepositions that say where to or where at: "to the scene", "at the home", "into the building"
_TOWARDS = frozenset({"to", "at", "into", "inside", "toward", "towards", "onto"})
_SAID = frozenset({"ccomp", "xcomp", "dobj", "dative", "oprd"})


def goes_to_a_place(verb) -> bool:
    """Whether what the cue verb has first after it that could be its content is the place its subject went to
    (what follows says why: "responded to the 1200 block of Lewis Street on the report of a person shot")."""
    if verb.lemma_.lower() in _gone()["saying"] or any(c.dep_ in _SAID for c in verb.children):
        return False  # "responded that…" keeps what was said
    parts = cue_model().content_parts(verb, verb.i)
    return bool(parts) and _to_a_place(min(parts, key=lambda part: part.i))


def _to_a_place(part) -> bool:
    """"to the scene", "to the 1200 block of Lewis Street": a preposition of direction whose object is a common
    noun of a place (a name, "the White House", may be whom one answers)."""
    objects = [c for c in part.children if c.dep_ == "pobj"]
    return part.dep_ == "prep" and part.lower_ in _TOWARDS and len(objects) == 1 \
        and objects[0].pos_ == "NOUN" and objects[0].lemma_.lower() in _gone()["places"]


@lru_cache(maxsize=1)
def _gone() -> dict[str, frozenset[str]]:
    table = json.loads((resources_dir() / "attribution" / "places_gone.json").read_text(encoding="utf-8"))
    return {key: frozenset(words) for key, words in table["gone"].items()}
