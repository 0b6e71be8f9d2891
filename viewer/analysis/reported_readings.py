"""Whether a sentence tells what someone found, judged, announced or wonders: its source named in its own words.

"Later, police were able to determine that a teen boy had been shot", "the CDC is expected to announce that everyone
in K-12 schools … should wear a mask", "insiders are wondering if the cancellations are part of a sick-out": a verb
whose complement is a finite clause, with someone as its subject, gives that clause as the subject's reading, as "police
said" does with a word of saying the attribution reader knows. Such a sentence drops no source another report names.
Counted before it was read so (session 72, bench/reported_readings_crawl.py): of the 2,671 bare sentences of the GVA
crawl's report pairs that another report's sourced sentence shares three content words with, 143 tell a reading; of
40 read, 29 give someone's finding, belief, question or announcement ("Investigators believe…", "Police do not know
how many shots were fired…", "An autopsy … indicated…") and 3 a force's act, 6 are the outlet's own ("2 NEWS has
learned…", a parse gone wrong) and 2 page furniture. Of the 229 hand-judged "stated as fact" lines it reads 6, all
wrong ("own sentence names a source" 5, "carried account" 1).
"""
from __future__ import annotations

# subjects that name no source: "it appears that…", "what matters is that…", a relative pronoun standing for a clause,
# and the outlet itself ("We're learning the former student was armed…")
_NO_ONE = frozenset({"it", "this", "that", "what", "which", "there", "we"})
# how a verb of the main clause hangs from its root: joined to it, or completing it ("trying to figure out",
# "were able to determine"); a reading in an aside ("in what police believe was an accidental shooting", "as police
# try to piece together what led to it") leaves the main clause stated as fact
_MAIN_CLAUSE = frozenset({"ROOT", "conj", "xcomp", "acomp"})


def reports_a_reading(doc) -> bool:
    """Whether a verb of the main clause of the parsed sentence ``doc`` (a word, not a dateline's dash the parser took
    for one; other than "be") heads a finite clause after it, its complement, and has someone as its subject, its own
    or, through a verb it completes ("able to determine", "expected to announce"), that verb's."""
    return any(_heads_a_clause(verb) and _someone_does(verb) for verb in doc if verb.pos_ == "VERB" and verb.is_alpha
               and verb.lemma_.lower() != "be" and _in_main_clause(verb))


def _in_main_clause(verb) -> bool:
    while verb.dep_ != "ROOT":
        if verb.dep_ not in _MAIN_CLAUSE:
            return False
        verb = verb.head
    return True


def _heads_a_clause(verb) -> bool:
    """A finite clause after the verb, its complement: "determine that a teen boy had been shot"; not a small clause
    ("found a woman suffering from a wound", "found him dead"), which says the state someone was found in."""
    return any(c.dep_ == "ccomp" and c.i > verb.i and _finite(c) for c in verb.children)


def _finite(verb) -> bool:
    return "Fin" in verb.morph.get("VerbForm") or verb.tag_ == "MD" or \
        any(c.dep_ in ("aux", "auxpass", "mark") for c in verb.children)


def _someone_does(verb) -> bool:
    """Whether the verb's doer is named: its active subject, or the subject of the verb it completes."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    while not subjects and verb.dep_ in ("xcomp", "acomp") and verb.head is not verb:
        verb = verb.head
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and subjects[0].lower_ not in _NO_ONE
