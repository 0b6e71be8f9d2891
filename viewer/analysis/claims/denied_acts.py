"""The act a denial denies, and the words another wording may say it in: a polarity line sets a denial against the
other source's statement of the same act, never against another wording of one fact ("didn't make it" / "was
pronounced dead", `polarity.says_act`). Read from the spaCy parse: each claim unit reads both at analysis, in the parse
it was read in (`unit_denials`, `packed_forms`), and keeps them, so a relink's polarity lines parse nothing.
"""
from __future__ import annotations

from viewer.analysis.claims.alignment import cut
from viewer.analysis.claims.denials import denial_phrase, denials, word_start
from viewer.analysis.claims.vocabulary import fold


def denied_acts(doc, at: int, end: int) -> tuple[str, ...]:
    """The lemmas of the act the denial written from character ``at`` to ``end`` denies (`_act`), with those joined
    to it by "or" or "nor" ("not Muslim nor a member": Muslim, member; not "didn't make it and was pronounced dead",
    whose "and" starts an act of its own); () where the parse gives none."""
    word = [t for t in doc if at <= t.idx < end]  # "didn't" is two tokens: the denial is the "n't"
    cue = next((t for t in word if t.dep_ == "neg"), word[0] if word else None)
    act = _act(cue) if cue is not None else None
    if act is None or act is cue or act.lemma_ == "be":
        return ()
    alternatives = any(c.dep_ == "cc" and c.lower_ in ("or", "nor") for c in act.children)
    return tuple(t.lemma_.lower() for t in (act, *(act.conjuncts if alternatives else ())))


def _act(cue):
    """The word a denial denies: the verb "not" or "never" hangs from ("did not lock it": lock), the complement of a
    "be" ("were not life-threatening": threatening; "is not a hoax": hoax), the verb "none", "nothing" or "nobody" is
    an argument of, the verb "no" picks its subject or object for ("no one was hurt": hurt; "there were no injuries":
    injuries), what "without" takes, and the verb after "failed to"."""
    if cue.pos_ == "VERB" and cue.dep_ != "neg":
        act = next((c for c in cue.children if c.dep_ == "xcomp"), None)
    elif cue.dep_ == "prep":
        act = next((c for c in cue.children if c.dep_ in ("pobj", "pcomp")), None)
    elif cue.dep_ == "det" and cue.head.dep_ in ("nsubj", "nsubjpass", "dobj") and cue.head.head.pos_ == "VERB":
        act = cue.head.head
    else:
        act = cue.head if cue.head is not cue else None
    if act is not None and (act.pos_ == "AUX" or act.lemma_ == "be"):
        act = next((c for c in act.children if c.dep_ in ("acomp", "attr", "oprd")), act)
    return act


def unit_denials(tokens, text: str, start: int) -> list[str]:
    """The acts each denial of a unit's ``text`` denies (`denials.denials`' order; the acts joined by a space, "" for
    none), read at the denial's first word (`denials.denial_phrase`) as the polarity reader reads them in the unit's
    own parse, here its ``tokens`` (a span of the parse the analysis read it in, from character ``start``) cut out as
    one (`alignment.cut`). Kept with the unit, so a relink parses no denying mention."""
    found = denials(text)
    if not found:
        return []
    words = cut(tokens)
    out = []
    for hit in found:
        at = word_start(text, hit.start())
        first = denial_phrase(text, at).split()[:1]
        out.append(" ".join(denied_acts(words, start + at, start + at + len(first[0]))) if first else "")
    return out


def word_forms(tokens) -> set[str]:
    """The words `polarity.says_act` reads an act in: each token's lemma and folded text, and the parts of a hyphened one;
    those with no letter or digit left out (no act is one)."""
    return {w for t in tokens for w in (t.lemma_.lower(), fold(t.text), *fold(t.text).split("-"))
            if any(c.isalnum() for c in w)}


def packed_forms(tokens) -> str:
    """A unit's `word_forms` as one string, sorted, as the unit keeps them (`UnitFeatures.word_forms`): a list would
    cost a relink holding every unit of the corpus a string object per word."""
    return " ".join(sorted(word_forms(tokens)))
