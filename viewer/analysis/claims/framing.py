"""Whether the words two units share lie in one unit's framing phrase and in the other's main clause: two claims.

A report often sets its claim against the scene another report gives as its own claim: "Biden sees infrastructure
compromise, despite Republican 'red line' on taxes" beside "Republicans draw 'red line' on increasing taxes to fund
Biden's infrastructure plan"; "3 arrested amid stolen car investigation" beside "Police said four people were in the
stolen car". The two share their words, so the pair model reads them as one claim, but what the first states is its
main clause (Biden sees a compromise, three were arrested); the red line or the investigation is only where it stands.
The judges read such a link W ("another stage or action", "another detail").

Each unit keeps where its content terms lie (`term_places`): in its subject or a date (who and when, which two reports
of one story share whatever they say), only in a framing phrase (`framing_words.json`: "despite", "amid", "in response
to", "in the wake of" …, every word of the term under one), or in its main clause (some word under no framing phrase,
relative clause, adverbial clause or clause of a noun). The veto (`framed_beside_stated`) needs two framed terms or
more that are two thirds of one unit's shared terms outside its subject, and two thirds of the other's in its main
clause: a phrase of time ("after the revelation of anti-Trump text messages") or of topic is no frame, since an
"after" clause states its act (partly right by the judges' standard), and a unit whose shared words lie mostly in its
own subordinate clauses is left alone.

Counted before it was built (session 70, frame70; `bench/framed_shares.py`, docs/linking.md "Where the shared words
lie"): on every judged dev link R 0, P 1, W 6. A "during" phrase that opens its clause frames too (session 75,
detail75: "During a three-hour interview with Gupta on his podcast, Rogan wanted to make it clear that he is not
anti-vaccine" beside Gupta's admission to Rogan about CNN), W 4 more and no right link; "during" after its verb is no
frame ("Ten people were injured during a shooting at a party": R 2, P 13, W 8).
"""
from __future__ import annotations

import json
from pathlib import Path

from viewer.analysis.claims.features import UnitFeatures

_WORDS = json.loads(Path(__file__).with_name("framing_words.json").read_text(encoding="utf-8"))
FRAMING = frozenset(_WORDS["prepositions"])
_IN_NOUNS = frozenset(_WORDS["in_nouns"])
_OPENING = frozenset(_WORDS["opening_prepositions"])
_CLAUSES = frozenset({"relcl", "advcl", "acl"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_WHEN = frozenset({"DATE", "TIME"})


def term_places(keyed, inside: range) -> tuple[list[str], list[str], list[str]]:
    """The unit's terms that lie in its subject or a date, those only its framing phrases hold and those its main
    clause holds outside the subject (module docstring). ``keyed``: each token with its term, as `units.unit_features`
    reads them; ``inside``: the unit's token indices."""
    places: dict[str, set[str]] = {}
    for token, key, _name in keyed:
        if key:
            subject = token.ent_type_ in _WHEN or _in_subject(token, inside)
            places.setdefault(key, set()).add("subject" if subject else _place(token, inside))
    subject = sorted(k for k, found in places.items() if "subject" in found)
    framed = sorted(k for k, found in places.items() if found == {"framed"})
    stated = sorted(k for k, found in places.items() if "main" in found and "subject" not in found)
    return subject, framed, stated


def _in_subject(token, inside: range) -> bool:
    while token.dep_ not in _SUBJECTS:
        if token.head.i == token.i or token.head.i not in inside:
            return False
        token = token.head
    return True


def _place(token, inside: range) -> str:
    """"framed" when a framing phrase holds the word, else "clause" when a subordinate clause does, else "main"."""
    place = "main"
    while token.head.i != token.i and token.head.i in inside:
        if _framing(token):
            return "framed"
        if token.dep_ in _CLAUSES:
            place = "clause"
        token = token.head
    return place


def _framing(token) -> bool:
    """A framing preposition ("despite"), the noun of "in response to", "in the wake of" and their like, or "during"
    opening its clause: "During the interview, Rogan wanted to make it clear …" sets the scene, where "was shot
    during a party" most often tells the event itself (session 75's count, `framing_words.json`)."""
    if token.dep_ == "prep" and (token.lower_ in FRAMING or (token.lower_ in _OPENING and _opens_clause(token))):
        return True
    return token.dep_ == "pobj" and token.lower_ in _IN_NOUNS and token.head.lower_ == "in"


def _opens_clause(token) -> bool:
    return token.head.pos_ in ("VERB", "AUX") and token.i < token.head.i


def framed_beside_stated(a: UnitFeatures, b: UnitFeatures) -> bool:
    """Whether the terms the units share lie in one's framing phrase and in the other's main clause (module
    docstring)."""
    shared = set(a.terms) & set(b.terms)
    return _framed_where_stated(a, b, shared) or _framed_where_stated(b, a, shared)


def _framed_where_stated(one: UnitFeatures, other: UnitFeatures, shared: set[str]) -> bool:
    framed = len(shared.intersection(one.framed))
    if framed < 2 or 3 * framed < 2 * len(shared - set(one.subject_terms)):
        return False
    stated = len(shared.intersection(other.stated))
    return stated > 0 and 3 * stated >= 2 * len(shared - set(other.subject_terms))
