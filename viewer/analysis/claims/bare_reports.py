"""Whether a clause is only a reporting frame: a speaker and a verb of saying, what they said told elsewhere.

A broadcast transcript's "… BUT FAMILY MEMBERS OF ANTHONY RAY SAY THEY DIDN'T KNOW WHO WOULD SHOOT …", parsed in
capitals, is cut into a clause "FAMILY MEMBERS OF ANTHONY RAY SAY" and what they say; a quotation closed before its
frame ("“…” | he said outside a convenience store.") and a byline ("NBC 6's Hank Tester reports.") leave the same: a
source with nothing stated. Such a unit states no claim, but it shares its speaker's name with every sentence about
that person, and the judges read those links W ("another detail of the incident": four of gvaI's). A unit is read as
a bare frame when each clause it hangs from is an active verb of saying that frames a report alone (`_FRAMING`:
"say", "tell", "report", "announce", "according to") with nothing it reports below it: no clause, object (the hearer
of "told WDRB" aside), complement, phrase of what it is about, or quotation, no denial ("detectives could not say
for sure" states that they do not know), and no other verb anywhere (a parse that hangs the content on the speaker,
"All three suffered injuries …, officials reported", still states it), nor a time, a place or a description of the
speaker (`_states_something`). Counts before it was built: docs/linking.md "A reporting frame alone".
"""
from __future__ import annotations

from viewer.analysis.claims.acts import clause_roots

# What a verb of saying reports through: a clause, an object, a complement, a coordinated verb, an unattached piece.
_REPORTED = frozenset({"ccomp", "xcomp", "parataxis", "csubj", "attr", "acomp", "oprd", "advcl", "conj", "dep",
                       "dobj", "nsubjpass", "auxpass"})
# The verbs of saying (`vocabulary.REPORTING`) that frame a report with nothing below them ("police said", "Hank Tester
# reports", "according to …"). The others take what they tell as their object or phrase even when no clause follows:
# "has added to their pain", "points to a mountain of trouble", "explained to Mr. Trump key points", "informed WWE of
# their decisions" (all read as frames alone on the judged sets and the crawl before they were left out).
_FRAMING = frozenset({"say", "tell", "report", "announce", "accord"})
_AUDIENCE = frozenset({"tell"})  # whose object is who heard it ("told WDRB"), not what was said
_TOPICS = frozenset({"about", "of"})  # what a report is of: "tells her kids about karma", "said of his cousin"
# Quotation marks, with cp1252's read as Latin-1 (as some crawled pages are); not "'" or "’", mostly a possessive's.
_QUOTES = frozenset("\"“”‘«»\x91\x93\x94")
_QUOTE_TAGS = frozenset({"``", "''"})  # a "'" the parse reads as a quotation mark: "He said, 'At my Mom('s) house.'"
_AUXILIARIES = frozenset({"aux", "auxpass"})
# Entities of when and where: a frame with one is a piece of a sentence that tells them ("Thursday, said Mercer County
# prosecutors.", "Thursday at the Broad River bridge …, deputies said.", cut where a sentence end was misread).
_SETTING = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC"})
_WHEN = frozenset({"during", "before", "after", "since", "until"})  # prepositions of a time told by what happened then


def reports_nothing(tokens) -> bool:
    """Whether the unit's tokens (a span of its sentence's parse) are a reporting frame alone (module docstring)."""
    roots = clause_roots(tokens)
    if not roots or any(c in _QUOTES for c in tokens.text) or any(_states_something(t) for t in tokens) \
            or any(t.tag_ in _QUOTE_TAGS for t in tokens):
        return False
    if not all(root.pos_ == "VERB" and root.lemma_.lower() in _FRAMING and not _headline_passive(root)
               and _reports_nothing_below(root) for root in roots):
        return False
    return not any(t.pos_ in ("VERB", "AUX") and t.dep_ not in _AUXILIARIES and t not in roots for t in tokens)


def _states_something(token) -> bool:
    """A time ("during a fight between two groups of people, NYPD Chief Patrick Conry said.") or a place, or a speaker's
    description ("Smith's grandfather, Courtney Smith, told Local 10 News"): what another report can state too, so the
    frame is no longer empty."""
    return token.ent_type_ in _SETTING or token.dep_ == "appos" or (token.dep_ == "prep" and token.lower_ in _WHEN)


def _reports_nothing_below(verb) -> bool:
    """Whether no child of the verb of saying carries what it reports."""
    audience = verb.lemma_.lower() in _AUDIENCE
    return not any(c.dep_ == "neg" or (c.dep_ in _REPORTED and not (audience and c.dep_ == "dobj"))
                   or (c.dep_ == "prep" and c.lower_ in _TOPICS) for c in verb.children)


def _headline_passive(verb) -> bool:
    """A headline's passive ("Shooting reported at 4 a.m."): a participle with no auxiliary, or a subject that is a
    singular common noun with no article (a headline drops it), which the parse reads as the one who reported. It
    states the thing reported, not who reported it."""
    if verb.tag_ == "VBN" and not any(c.dep_ in _AUXILIARIES for c in verb.children):
        return True
    return any(c.dep_ == "nsubj" and c.tag_ == "NN" and not any(d.dep_ in ("det", "poss") for d in c.children)
               for c in verb.children)
