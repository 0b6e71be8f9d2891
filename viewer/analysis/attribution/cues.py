"""Whether a verb reports what someone said, believes or intends: a weighted cue model.

Reporters attribute with hundreds of verbs ("said", "warned that", "accused X of", "wants to",
"is worried that", "filings show"), and the same verb reports in one frame and not in another
("called for a ban" / "called a meeting"). A logistic model over the verb's lemma and its frame in
the parse (subject, complements, particles, tense, nesting) decides. Its weights are fitted on
the train split of PolNeAR by ``training/fit_cues.py``; the fitted table, with its provenance,
is ``viewer/resources/attribution/cues.json``. Nothing here reads the data set itself.
"""
from __future__ import annotations

import json
import math
from bisect import bisect_right
from functools import lru_cache

from viewer.analysis.nlp import text_of
from viewer.analysis.person_names import PERSONAL_PRONOUNS
from viewer.resources import resources_dir

MODALS = frozenset("would could might may should will 'll can must".split())
# prepositions that introduce what was said or wanted ("called for", "spoke about", "pointed to")
CONTENT_PREPOSITIONS = frozenset("for to about on as of at with against".split())
OBJECT_DEPS = frozenset("ccomp xcomp dobj dative attr acomp oprd".split())
QUOTE_MARKS = "“”\"«»"


def is_candidate(token) -> bool:
    """Verbs, and "be" as a main verb ("is worried that", "was clear that"); not auxiliaries."""
    return token.pos_ == "VERB" or token.pos_ == "AUX" and token.dep_ not in ("aux", "auxpass")


def subject_of(verb):
    """The subject of the verb, or of the verb it depends on ("took to Twitter to say")."""
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass", "csubj", "expl"):
            return child
    if verb.dep_ in ("xcomp", "conj", "advcl", "pcomp") and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX"):
        return subject_of(verb.head)
    if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
        return verb.head
    return None


def subject_kind(subject) -> str:
    """A coarse kind of the subject: people and bodies report, most other nouns do not."""
    if subject is None:
        return "none"
    if subject.dep_ == "expl":
        return "expl"
    if subject.lower_ == "it":
        return "it"
    if subject.lower_ in PERSONAL_PRONOUNS:
        return "pron"
    if subject.tag_ in ("WP", "WDT"):
        return "wh"
    if subject.ent_type_:
        return "ent:" + subject.ent_type_
    if subject.pos_ == "PROPN":
        return "propn"
    if subject.pos_ == "NOUN":
        return "noun:pl" if subject.tag_ == "NNS" else "noun:sg"
    if subject.like_num or subject.pos_ == "NUM":
        return "num"
    return "other:" + subject.pos_


def frame_parts(verb) -> list[str]:
    """The complements, particles and auxiliaries around the verb, as feature words."""
    parts = []
    for child in verb.children:
        dep = child.dep_
        if dep == "acomp" and child.i > verb.i:
            parts += ["acomp", "state=" + child.lower_]
            if any(g.dep_ in ("ccomp", "xcomp") for g in child.children):
                parts.append("state+clause")
        elif dep in OBJECT_DEPS and (child.i > verb.i or dep == "ccomp"):
            parts.append(dep)
        elif dep == "parataxis":
            parts.append(dep)
        elif dep == "prep":
            parts.append("prep:" + child.lower_)
        elif dep == "prt":
            parts.append("prt:" + child.lower_)
        elif dep == "neg":
            parts.append("neg")
        elif dep == "aux" and child.lower_ in MODALS:
            parts.append("modal")
        elif dep == "auxpass":
            parts.append("passive")

    return parts


def dependency(token) -> str:
    """The token's relation, or ROOT where the parser tied it across a line break (to a headline). The break is
    looked for in the text between the two tokens (the tokens between them, spaces after each, are that text),
    not token by token: a verb tied to a head far off made every token between them, for every candidate verb."""
    low, high = sorted((token.i, token.head.i))
    doc = token.doc
    if low < high and "\n" in text_of(doc)[doc[low].idx:doc[high].idx]:
        return "ROOT"
    return token.dep_


def _sentence_quotes(verb) -> bool:
    """Whether the verb's sentence has a quote mark. A document's sentences are read once, as the
    text between sentence starts (a sentence holds several candidate verbs, and ``Token.sent`` is
    slow): a quote mark is never white space, so the text has one where a token has one."""
    doc = verb.doc
    quoted = doc.user_data.get(_QUOTED_SENTENCES)
    if quoted is None:
        quoted = doc.user_data[_QUOTED_SENTENCES] = _quoted_sentences(doc)
    starts, marked = quoted
    return marked[bisect_right(starts, verb.i) - 1]


_QUOTED_SENTENCES = "quoted sentences"


def _quoted_sentences(doc) -> tuple[list[int], list[bool]]:
    """Each sentence's first token, and whether the sentence has a quote mark."""
    starts = [0] + [t.i for t in doc[1:] if t.is_sent_start]
    text = text_of(doc)
    marked = []
    for start, end in zip(starts, starts[1:] + [len(doc)]):
        passage = text[doc[start].idx:doc[end - 1].idx + len(doc[end - 1])] if end > start else ""
        marked.append(any(mark in passage for mark in QUOTE_MARKS))
    return starts, marked


def features(verb, known_lemmas: frozenset[str] | set[str]) -> list[str]:
    """The feature words of one candidate verb."""
    lemma = verb.lemma_.lower()
    word = lemma if lemma in known_lemmas else "<rare>"
    kind = subject_kind(subject_of(verb))
    parts = frame_parts(verb)
    out = ["bias", "lemma=" + word, "dep=" + dependency(verb), "tag=" + verb.tag_, "subj=" + kind,
           "lemma|subj=" + word + "|" + kind.split(":")[0]]
    out += ["part=" + p for p in parts]
    out += ["lemma|part=" + word + "|" + p for p in parts
            if not p.startswith("prep:") or p[5:] in CONTENT_PREPOSITIONS]
    if not any(p in OBJECT_DEPS or p.startswith("prep:") for p in parts):
        out.append("lemma|bare=" + word)
    if _sentence_quotes(verb):
        out.append("sentence-quotes")
    following = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if following is not None and following.text in ":,":
        out.append("next=" + following.text)
    return out


def right_children(verb, last: int) -> list:
    """The dependents after the cue that may hold what was said ("to act", "for a ban", "that…")."""
    return [c for c in verb.children if c.i > last and c.dep_ not in ("punct", "cc", "conj", "mark")]


def part_features(verb, child, known_lemmas: frozenset[str] | set[str]) -> list[str]:
    """Feature words of one dependent of an accepted cue: is it the content or a circumstance?"""
    lemma = verb.lemma_.lower()
    word = lemma if lemma in known_lemmas else "<rare>"
    dep = child.dep_ + (":" + child.lower_ if child.dep_ in ("prep", "agent", "advmod") else "")
    before = child.doc[child.left_edge.i - 1] if child.left_edge.i > 0 else None
    out = ["bias", "dep=" + dep, "lemma|dep=" + word + "|" + dep, "pos=" + child.pos_]
    if child.ent_type_:
        out.append("ent=" + child.ent_type_)
    if before is not None and before.text == ",":
        out.append("after-comma")
    if any(c.dep_ == "ccomp" and c.i != child.i for c in verb.children):
        out.append("beside-ccomp|" + dep)
    if child.dep_ == "prep":
        objects = [g for g in child.children if g.dep_ == "pobj"]
        if objects and objects[0].ent_type_:
            out.append("pobj-ent=" + objects[0].ent_type_ + "|" + dep)
    return out


def _logistic(weights: dict[str, float], words: list[str]) -> float:
    return 1.0 / (1.0 + math.exp(-sum(weights.get(f, 0.0) for f in words)))


class CueModel:
    """Fitted weights over feature words, the lemma table they were fitted with, and a threshold."""

    def __init__(self, table: dict):
        self.weights: dict[str, float] = table["weights"]
        self.part_weights: dict[str, float] = table["part_weights"]
        self.known = frozenset(table["known_lemmas"])
        self.threshold: float = table["threshold"]

    def probability(self, verb) -> float:
        """How likely the verb cues an attribution, from its frame in the parse."""
        return _logistic(self.weights, features(verb, self.known))

    def is_cue(self, verb) -> bool:
        return self.probability(verb) >= self.threshold

    def content_parts(self, verb, last: int) -> list:
        """The dependents after the cue (ending at token ``last``) that hold the reported content."""
        return [c for c in right_children(verb, last)
                if _logistic(self.part_weights, part_features(verb, c, self.known)) >= 0.5]


@lru_cache(maxsize=1)
def cue_model() -> CueModel:
    """The shipped model, read once."""
    path = resources_dir() / "attribution" / "cues.json"
    return CueModel(json.loads(path.read_text(encoding="utf-8")))
