"""Lines a report speaks to its reader with, which state no claim: appeals ("Anyone with information
is asked to call 911 or the tip line", "Call Crime Stoppers at …", "you can remain anonymous") and
headings that announce the article ("What we know about the shooting", "Here's what to know"), a tip line's terms
without a number ("Callers may remain anonymous"), and contact lines that give a telephone number ("Crime Stoppers
tips can be submitted by calling 1-800-873-8477", "The agency's anonymous tip line is 502-574-LMPD", "Police asked
anyone with information to call 1-866-411-TIPS").

Reports of one incident carry near-identical appeals and teaser heads, so left as units they link
every report of a story to every other, as one "claim" that says nothing about the event. The
shapes are grammatical: an imperative, the reader as subject, a request to an open addressee
("anyone with information … to call"), and a wh-clause whose subject is the writer or the reader
or that has none ("what to know"). The closed-class words each shape needs are in
`reader_address.json`, with the units of GVA and ECB+ each one removes (`training/count_reader_address.py`).
"""
from __future__ import annotations

import json
import re
from pathlib import Path

_TABLE = json.loads(Path(__file__).with_name("reader_address.json").read_text(encoding="utf-8"))
_WORDS = _TABLE["words"]
_CONTACT = re.compile(_TABLE["contact"])
_READER = frozenset(_WORDS["reader"])
_WRITER_OR_READER = frozenset(_WORDS["writer"]) | _READER
_OPEN_ADDRESSEES = frozenset(_WORDS["open_addressees"])
_TERMS = frozenset(_WORDS["terms"])
_REQUESTING = frozenset(_WORDS["requesting_modals"])
_DEFINITE = "those"  # a definite addressee: a generic "those who …" is asked only by a request verb
_SUBJECTS = {"nsubj", "nsubjpass", "csubj", "expl"}
_ASKED = {"xcomp", "ccomp"}
_RESTRICTED = {"prep", "relcl", "acl"}  # "anyone with information", "anyone who knows him"
_WH = {"WP", "WRB", "WDT"}
_QUOTES = "\"“”‘’'"
_LEAD_IN = 3  # tokens a heading's wh-word may follow: "Here 's what", "So here is what"
_LEAD_POS = {"PRON", "ADV", "AUX", "PART", "PUNCT"}
_PREDICATES = {"acomp", "advmod", "oprd", "attr"}  # "remain anonymous", "be made anonymously", "be deemed anonymous"
_BEFORE_IMPERATIVE = {"advcl", "advmod", "intj", "punct", "prep", "cc", "neg", "aux", "mark", "discourse"}


def reader_address(tokens) -> str | None:
    """The shape by which the span speaks to its reader instead of stating a claim, or None."""
    if _appeal_to_anyone(tokens):
        return "appeal"
    if _quoted(tokens) or tokens.text.rstrip().endswith("?"):
        return None
    if _contact(tokens):
        return "contact"
    if _tip_terms(tokens):
        return "terms"
    if _announces_article(tokens):
        return "heading"
    if _imperative(tokens.root):
        return "imperative"
    if _reader_asked(tokens.root):
        return "reader"
    return None


def _contact(tokens) -> bool:
    """A telephone number given to be called: the object or attribute of a verb, or of a preposition a verb takes
    ("call … at 1-866-411-TIPS", "can be reached at …", "The tip line is …"). "Callers to 405-555-1234 gave 20
    names" names the line in a claim about it."""
    for match in _CONTACT.finditer(tokens.text):
        start, end = tokens.start_char + match.start(), tokens.start_char + match.end()
        number = [t for t in tokens if start <= t.idx < end]
        for t in number:
            head = t.head.head if t.dep_ == "pobj" else t.head
            if t.head not in number and head.pos_ in ("VERB", "AUX"):
                return True
    return False


def _tip_terms(tokens) -> bool:
    """A tip line's terms, stated now or as a permission: the main clause, or what it reports, has a word of them as
    its predicate ("Callers may remain anonymous", "Officials say tips can be made anonymously", "The tip line is
    anonymous"). Told as past ("The caller was anonymous") or in a relative clause ("a neighbour who asked to remain
    anonymous") it is the story's."""
    root = tokens.root
    for verb in (root, *(c for c in root.children if c.dep_ == "ccomp")):
        if not _past(verb) and any(c.lower_ in _TERMS and c.dep_ in _PREDICATES for c in verb.children):
            return True
    return False


def _announces_article(tokens) -> bool:
    """A wh-clause at the span's start that runs to its end, whose verb has the writer or reader as subject or no
    subject ("What we know about …", "Here's what you need to know", "What to know"). Before the wh-word only a
    pronoun, adverb or "be" may stand ("Here's", "This is"): "August is usually when we …" states something."""
    words = [t for t in tokens if not t.is_punct]
    if not words:
        return False
    last = words[-1].i
    for verb in tokens:
        if verb.pos_ not in ("VERB", "AUX") or verb.dep_ in _SUBJECTS:
            continue
        subtree = list(verb.subtree)
        first = subtree[0]
        if first.tag_ not in _WH or first.head != verb or subtree[-1].i < last or not _lead_in(tokens, first):
            continue
        subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
        head_subjects = [c for c in verb.head.children if c.dep_ in _SUBJECTS] if verb.dep_ == "xcomp" else []
        if any(s.lower_ in _WRITER_OR_READER for s in subjects + head_subjects):
            return True
        if not subjects and not head_subjects and any(c.tag_ == "TO" for c in verb.children):
            return True
    return False


def _lead_in(tokens, wh) -> bool:
    lead = tokens.doc[tokens.start:wh.i]
    return wh.i >= tokens.start and len(lead) <= _LEAD_IN and all(t.pos_ in _LEAD_POS for t in lead)


def _reader_asked(root) -> bool:
    """The reader as subject, asked or told how to act: "If you have information, you can call …", "you are asked
    to call …". A "you" in someone's words ("You never think it will happen here") is not the reader."""
    if not any(c.dep_ in _SUBJECTS and c.lower_ in _READER for c in root.children):
        return False
    conditional = any(c.dep_ == "advcl" and any(s.dep_ in _SUBJECTS and s.lower_ in _READER for s in c.children)
                      and any(m.dep_ == "mark" and m.lower_ == "if" for m in c.children) for c in root.children)
    requested = root.tag_ == "VBN" and any(c.dep_ == "xcomp" and c.tag_ == "VB" for c in root.children)
    return conditional or requested


def _appeal_to_anyone(tokens) -> bool:
    """An open addressee with a restriction ("anyone with information", "those who saw it") asked, now, to act:
    the subject of a bare verb ("should call", "is asked to call") or the object of a request with an infinitive
    after it ("asks anyone … to call"). In the past it is an event of the story ("anyone inside was ordered
    to …")."""
    for t in tokens:
        if t.lower_ not in _OPEN_ADDRESSEES or not any(c.dep_ in _RESTRICTED for c in t.children):
            continue
        head = t.head
        if _past(head):
            continue
        if t.dep_ in ("nsubj", "nsubjpass") and (_asked(head) or _requested(t, head)):
            return True
        if t.dep_ == "dobj" and (
                _asked(head) or any(_to_infinitive(x) for x in head.subtree if x.i > t.i and not _theirs(x, t))):
            return True
    return False


def _requested(addressee, verb) -> bool:
    """A bare verb under a modal of obligation or permission ("anyone with information should call"), said of an
    indefinite addressee: "those who loved her live with it" and "those who hurt you will face …" state something."""
    return (verb.tag_ == "VB" and addressee.lower_ != _DEFINITE
            and any(c.dep_ == "aux" and c.lower_ in _REQUESTING for c in verb.children))


def _theirs(infinitive, addressee) -> bool:
    """Whether the infinitive is a verb's in the addressee's own clause: "those who seek to harm" asks nothing of
    them (one the parser hangs on a noun there, "anyone with video of the incident to contact police", still asks)."""
    inside = addressee.left_edge.i <= infinitive.i <= addressee.right_edge.i
    return inside and infinitive.dep_ == "xcomp" and infinitive.head.pos_ in ("VERB", "AUX")


def _quoted(tokens) -> bool:
    """Someone's words, quote marks and all or cut from them as a clause: "Get down," he shouted."""
    before = tokens.doc[tokens.start - 1].text if tokens.start else ""
    return tokens.text[:1] in _QUOTES or (before != "" and before[-1:] in _QUOTES)


def _asked(verb) -> bool:
    return any(c.dep_ in _ASKED and c.tag_ == "VB" for c in verb.children)


def _past(verb) -> bool:
    return verb.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)


def _to_infinitive(token) -> bool:
    """"to call", "to contact": the parser may tag the verb a noun and hang it anywhere after the addressee."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def _imperative(root) -> bool:
    """A bare verb heading the span with no subject and no auxiliary but "do" ("Call Crime Stoppers",
    "If you know anything, call …", "Don't approach him"), or a passive one bidden by its base-form helper ("Get
    alerted to news events …", "Be advised"); before it only a clause, an adverb or a phrase ("For updates, follow
    …"): "Philly let it be known …" has its subject, which the parser may miss. A "Do" the parser tags VBP, and a
    passive's helper, must open the span or a clause of it: where the parser loses a subject ("I do hope …", "kids
    did not seem deterred"), the helper follows it."""
    if root.pos_ != "VERB" or root.tag_ not in ("VB", "VBN"):
        return False
    bidding = [c for c in root.children if c.dep_ == "auxpass" and c.tag_ == "VB" and _opens_clause(c)]
    if root.tag_ == "VBN" and not bidding:
        return False
    if any(c.dep_ in _SUBJECTS or (c.dep_ in ("aux", "auxpass") and c not in bidding and not _bidding_do(c))
           for c in root.children):
        return False
    return all(c.dep_ in _BEFORE_IMPERATIVE or c in bidding for c in root.lefts)


def _bidding_do(token) -> bool:
    return token.lemma_ == "do" and (token.tag_ == "VB" or (token.tag_ == "VBP" and _opens_clause(token)))


def _opens_clause(token) -> bool:
    """The first word of its sentence, or the first after a comma or colon."""
    return token.i == token.sent.start or token.nbor(-1).text in (",", ":", ";")
