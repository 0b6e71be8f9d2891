"""Headlines as claims: the title-like lines an article opens with, when they state an event.

Outlets state the event most directly in their headlines ("Second climber dies at Mt Cook",
"Navy foils Somali pirate attack off Gulf of Aden"), and a headline matching another outlet's
headline or lead is a strong sign of one story. The lines above an article's first sentence also
hold datelines, bylines, publication stamps and section labels, which state nothing; a headline
is kept only when, parsed on its own, a verb outside any date or time has a subject.

Title-cased headlines ("Powerful Quake in Iran Kills 10") parse as strings of proper nouns, so
they are parsed in sentence case: a capitalised word keeps its capital only when the article's
body writes it capitalised inside a sentence too (a name), which needs no word list. Recasing
keeps every character's position, so offsets into the headline stay offsets into the text.
"""
from __future__ import annotations

from viewer.analysis.claims.headline_subjects import restore_subject
from viewer.analysis.claims.headline_verbs import restore_verb
from viewer.analysis.nlp import english
from viewer.analysis.title_lines import sentence_cased, title_cased

_SUBJECTS = {"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"}
_TIMES = {"DATE", "TIME"}
_MIN_WORDS = 4  # words outside dates and times: "Published April 11, 2007" has one
_NOMINAL = {"NOUN", "PROPN", "NUM", "PRON"}
_STATES = {"JJ", "VBN"}  # "dead", "injured": what a toll headline says befell the ones it counts
_WH_ARGUMENTS = {"WP", "WDT", "WP$"}  # what, which, who, whose: a wh-word standing for a thing or person, not "how"
_PREDICATES = {"VERB", "AUX"}


def parsed_headline(line: str, body: str):
    """The headline parsed on its own, in sentence case when it is title-cased (``body``: the text
    after it), its verb read back when the tagger made it a noun (`headline_verbs.restore_verb`) and its subject when
    the parser made it a compound of the verb (`headline_subjects.restore_subject`)."""
    nlp = english()
    return restore_subject(restore_verb(nlp(_as_parsed(line, body)), nlp))


def headlines_parsed(lines: list[tuple[str, str]]) -> list:
    """`parsed_headline` of each (line, body) of a document's headlines in one spaCy batch: a call per line cost
    3.5 ms of CPU against 2.3 for three lines piped (the tags, arcs and entities are the same), and headlines were
    two fifths of the claim units' CPU on gvaJ."""
    nlp = english()
    return [restore_subject(restore_verb(doc, nlp)) for doc in nlp.pipe([_as_parsed(line, body) for line, body in lines])] if lines else []


def _as_parsed(line: str, body: str) -> str:
    """The line as the parser is given it: in sentence case when it is title-cased."""
    return sentence_cased(line, body) if title_cased(line) else line


def states_event(tokens) -> bool:
    """Enough words besides dates and times, and a verb outside them that states what happened
    (`stated_by_verb`) or a toll (`counted_toll`): not a dateline, a publication stamp ("Updated:
    November 11, 2011", "Posted by ..."), a label ending in a colon, or a section name."""
    if tokens.text.rstrip().endswith(":"):
        return False
    words = [t for t in tokens if t.is_alpha and t.ent_type_ not in _TIMES]
    return len(words) >= _MIN_WORDS and (stated_by_verb(tokens) or counted_toll(tokens))


def stated_by_verb(tokens) -> bool:
    """A verb outside dates and times that has a subject, or a participle that says what happened
    to the line's subject ("Three killed in bank fire", "Murder trial ordered for ...")."""
    return any(t.pos_ in ("VERB", "AUX") and t.ent_type_ not in _TIMES
               and (_has_subject(t) or _headline_passive(t) or _headline_infinitive(t)) for t in tokens)


def counted_toll(tokens) -> bool:
    """A toll headline states its event as a count and what befell those counted, with no verb ("1 dead, 3 injured
    in house party shooting", "4 dead in shooting at …", "Child, 10, among 3 injured in …"): a number right before an
    adjective or a participle that modifies no word after it. The parser hangs the adjective on the number or makes
    it the root, so no verb has a subject; "3 young partygoers" or "5 best trails" (the adjective before its noun) and
    a date's number ("May 3 …") state nothing."""
    return any(count.pos_ == "NUM" and count.ent_type_ not in _TIMES and state.tag_ in _STATES and state.head.i <= state.i
               for count, state in zip(tokens, tokens[1:]))


def asks(tokens, written: str) -> bool:
    """Every sentence of the headline (after a label ending in a colon: "Tucker Carlson: …") asks a question: a label
    over an explainer or an opinion ("What the Fox News host is doing in Hungary", "What Florida's ban tells us about
    anti-antiracism", "Did county notify police of mental health issues?") names a topic and states nothing, though a
    verb in it has a subject; linked, it joins the other reports' lede on its topic (session 76, docs/linking.md).
    ``written``: the line as written, at the characters the parsed one keeps."""
    asked = _after_label_tokens(tokens)
    sentences = [s for s in (asked.doc[max(s.start, asked.start):min(s.end, asked.end)] for s in asked.sents)
                 if any(not t.is_punct for t in s)]
    return bool(sentences) and all(_open_question(s, written) or _inverted_question(s) for s in sentences)


def _after_label_tokens(tokens):
    """The tokens after a verbless label ending in a colon ("Eviction shooting case: Did …"), or all of them."""
    for t in tokens:
        if t.text == ":":
            before = tokens.doc[tokens.start:t.i]
            return tokens.doc[t.i + 1:tokens.end] if not any(w.pos_ in _PREDICATES for w in before) else tokens
    return tokens


def _open_question(sentence, written: str) -> bool:
    """A wh-clause opening the sentence and making it, its wh-word an argument of its verb that is not the subject:
    "What X is doing in Y" leaves the act open. A subject wh-word ("Who shot 4, killing 1, outside …") leaves only the
    doer open, and a "how" or "why" clause ("How a story about ivermectin went wrong") takes its fact as given: both
    state what happened."""
    words = [t for t in sentence if not t.is_punct]
    wh = words[0]
    if wh.tag_ not in _WH_ARGUMENTS or wh.dep_ in _SUBJECTS or _initials(wh, written):
        return False
    verb = wh.head
    while verb.pos_ not in _PREDICATES and verb.head.i != verb.i:
        verb = verb.head
    return verb == sentence.root


def _initials(word, written: str) -> bool:
    """A wh-word written in capitals in a line not all in capitals is a name's initials: a title-cased "WHO Head Says
    Dismissal of … 'Premature'" reaches the parser recased, "Who head says …", and the tagger reads the World Health
    Organization as the pronoun."""
    spelled = written[word.idx:word.idx + len(word.text)]
    return len(spelled) > 1 and spelled.isupper() and not written.isupper()


def _inverted_question(sentence) -> bool:
    """A question mark and an auxiliary before the subject of the sentence's verb ("Will deaths follow?", "Did county
    notify police …?"): the sentence asks whether, where "…, but will it last?" after a statement keeps the statement's
    verb as its root."""
    root = sentence.root
    subjects = [c.i for c in root.children if c.dep_ in _SUBJECTS]
    helpers = [root.i] if root.pos_ == "AUX" else [c.i for c in root.children if c.dep_ in ("aux", "auxpass")]
    return (sentence.text.rstrip().endswith("?") and bool(subjects) and bool(helpers)
            and min(helpers) < min(subjects))


def _has_subject(verb) -> bool:
    return any(c.dep_ in _SUBJECTS for c in verb.children)


def _headline_passive(verb) -> bool:
    """Headlines drop the auxiliary of a passive ("Jackson arrested"), so the parser hangs the
    participle on the noun as a modifier; on the line's root noun it is the line's predicate."""
    head = verb.head
    return verb.tag_ == "VBN" and verb.dep_ == "acl" and head.dep_ == "ROOT" and head.pos_ in _NOMINAL


def _headline_infinitive(verb) -> bool:
    """Headlines drop the "is" of "is to host" ("DeGeneres to host Oscars", "Smith to be charged"), and the parser may
    hang the infinitive on the name before it as a modifier, as it hangs a passive's participle on its noun: on a name
    that is the line's root it is the line's predicate. The title-cased line parses as the root with its subject
    ("DeGeneres To Host Oscars"), so without this one headline in two casings would state an event once. A common noun
    with an infinitive is left alone: "Tickets to see the show" and "Time to act" name things, not events."""
    head = verb.head
    return (verb.dep_ in ("acl", "relcl") and head.dep_ == "ROOT" and head.pos_ == "PROPN"
            and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children))
