"""Polarity lines: one source denies what another states ("negated: 'did not lock it' vs asserted: 'locked the box'").
A denial is read from the wording (`units.NEGATION`, verbs of an act not done, `denial_forms.json`'s forms) and the act
it denies from the parse (`denied_acts`); `discrepancies` asks for the line of each pair of sources of a claim.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from viewer.analysis.claims.units import NEGATION
from viewer.analysis.claims.vocabulary import fold
from viewer.analysis.denied_acts import denied_acts, says_act
from viewer.analysis.model import Discrepancy, Mention
from viewer.analysis.nlp import english
from viewer.analysis.set_out import REPORTING_CUE
from viewer.analysis.sourcing import Unsaid, around, content_word, stem, word_start

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_CLAUSE_END = re.compile(r"[,;:.!?—–]")
_SPACED_NOT = re.compile(r"n(['’])\s(t)\b")  # "didn’ t", as ECB+ spaces it: rewritten "didn’t " (same length)
_ASIDE = re.compile(r"\s*(?:who|which|whom|whose)\b", re.IGNORECASE)  # a relative clause set off by commas
_CLAUSE_BREAK = re.compile(r"[,;:!?—–]")  # inside one sentence a full stop ends an abbreviation ("Mr."), not a clause


def polarity(left: list[Mention], right: list[Mention], unsaid: Unsaid) -> list[Discrepancy]:
    """The polarity line between two sources' mentions of one claim: a denial in one (`_negation`) of an act the
    other states (`_act_affirmed`), where the other neither denies it too (`_denies`) nor reports a report not made."""
    cue_a, cue_b = _negation(left, unsaid), _negation(right, unsaid)
    if bool(cue_a) == bool(cue_b):
        return []
    negated, plain = (cue_a, right) if cue_a else (cue_b, left)
    if any(_within(m.document, m.start + hit.start(), unsaid) for m in plain for hit in _denials(m.text)):
        return []  # the other's denial is a report not made ("did not say whether he was armed"): it asserts nothing
    phrase, mention, at, scope, said_of = negated
    asserted = " ".join(m.text for m in plain)
    if not scope or not all(_shares_a_stem([w], asserted) for w in scope):
        return []  # the denial is of something the other source does not say ("not at the church at the time of the fire")
    if said_of and not _shares_a_stem(said_of, asserted):
        return []  # denied of what the other does not say ("pleaded not guilty" / "found guilty", "urged him not to")
    if any(_denies(m.text, scope) for m in plain):
        return []  # both deny it; the other's denial was set aside as a contrast ("does not want … home, their home")
    if not _act_affirmed(mention, at, phrase, asserted):
        return []  # the act denied is not the other's ("didn't make it" / "pronounced dead", "not far from" / "blocks from")
    return [Discrepancy("polarity", f"negated: '{phrase}' vs asserted: '{around(plain[0].text, _stem_at(scope, plain[0].text))}'",
                        [mention, plain[0]])]


def _negation(mentions: list[Mention], unsaid: Unsaid) -> tuple[str, Mention, int, list[str], list[str]] | None:
    """The first denial in the mentions (its phrase, its mention and where the phrase starts in it), the content words
    it denies (up to six words after the cue, within its clause) and the content word it is said of (the last before it in its clause:
    "pleaded" in "pleaded not guilty"). "Not only X but Y" asserts X: no denial. Nor is a negation in a report not
    made: "Police did not say the suspect was armed" denies no one's word that he was, nor does "he never said he
    was not there" deny it on anyone's word."""
    for m in mentions:
        for hit in _denials(m.text):
            after = m.text[hit.end():]
            if _not_a_denial().match(after) or _within(m.document, m.start + hit.start(), unsaid):
                continue
            at = word_start(m.text, hit.start())
            words = m.text[at:].split()
            denied, *rest = _CLAUSE_END.split(after, maxsplit=1)
            scope = [w for w in (_WORD.search(c) for c in denied.split()[:6]) if w and content_word(w.group())]
            clauses = _CLAUSE_BREAK.split(m.text[:at])
            before = clauses[-1]
            if len(clauses) > 1 and _ASIDE.match(before):
                return "", m, 0, [], []  # ", who was not at the church at the time," denies a thing aside from the claim: nothing to compare
            if _contrast(hit.group(), clauses, before, rest, scope):
                continue
            said_of = [w for w in _WORD.findall(before) if content_word(w) and not REPORTING_CUE.fullmatch(w)][-1:]
            return " ".join(words[:4]).rstrip(".,;:”\""), m, at, [w.group() for w in scope], said_of
    return None


def _act_affirmed(mention: Mention, at: int, phrase: str, asserted: str) -> bool:
    """Whether the act the denial denies (`denied_acts`) is said in the other source's words, as the same word or a
    word for one of its meanings (`synonyms.json`). A denial beside another wording of one fact denies no act the other
    states: "didn't make it" beside "was pronounced dead", "none of the injuries are considered life-threatening"
    beside "injuries classified as non life-threatening" (training/count_denied_acts.py counts the shape on MSRP). A
    denial whose act the parse does not give is read as before, by its scope alone. ``at``: where the denial's
    ``phrase`` starts in the mention (`_negation`), so the act is read at the denial found, not an earlier "not"."""
    acts = denied_acts(english()(mention.text), at, at + len(phrase.split()[0])) if phrase else ()
    return not acts or says_act(acts, english()(asserted))


def _denials(text: str, forms: bool = False) -> list[re.Match]:
    """Every denial in the text, in order: a negation (`units.NEGATION`), or a verb standing for the act not done
    ("declined to press charges", "failing to appear", `_negating_verbs`); with ``forms``, the denial forms too
    ("forgot to lock", `_denial_forms`)."""
    plain = _SPACED_NOT.sub(r"n\1\2 ", text)
    found = [*NEGATION.finditer(plain), *_negating_verbs().finditer(plain), *(_denial_forms().finditer(plain) if forms else ())]
    hits = sorted(found, key=lambda h: (h.start(), -h.end()))
    return [h for k, h in enumerate(hits) if not any(o.start() <= h.start() < o.end() for o in hits[:k])]


def _denies(text: str, scope: list[str]) -> bool:
    """Whether the text has a negation before every word of the denied scope, within its clause: the wording the
    other side's first denial found no denial in may still deny the same (`_contrast` sets aside a "not" whose next
    clause says a denied word again: "Hayes does not want to bring her son home to Whittington Place, their home for
    three years"), and a denial is no discrepancy with a denial (discrep46: one such line of 56). A verb that stands for
    the act not done ("for failing to appear in court" against "didn't appear in court", `_negating_verbs`) denies too,
    and so does a denial form ("forgot to lock the box" against "did not lock it", `_denial_forms`)."""
    for hit in _denials(text, forms=True):
        clause = _CLAUSE_END.split(text[hit.end():], maxsplit=1)[0]
        if all(_shares_a_stem([w], clause) for w in scope):
            return True
    return False


@lru_cache(maxsize=1)
def _negating_verbs() -> re.Pattern:
    """A verb before "to" that news writes for an act not done ("failed to", "refused to", "declined to"): the lemmas
    of negating_verbs.json, counted on MSRP's same-meaning pairs (with the attribution reader's verbs of withholding)
    by training/count_negating_verbs.py."""
    entries = json.loads(Path(__file__).with_name("negating_verbs.json").read_text(encoding="utf-8"))["entries"]
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, entries))})[a-z]*\s+to\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _denial_forms() -> re.Pattern:
    """The forms of denial_forms.json, counted on the GVA crawl and kept by their WordNet senses of an act not done
    (training/count_denial_forms.py): "forgot to lock the box", "was unable to reach", and "cannot", the spelling of
    "can not" `units.NEGATION` misses. They set a denial aside (`_denies`), never open one: "cannot end birthright
    citizenship with an executive order" beside "wants to end birthright citizenship" is a judgement of what can be
    done, not a denial that it was (basilC, read W, where they opened one)."""
    forms = json.loads(Path(__file__).with_name("denial_forms.json").read_text(encoding="utf-8"))["entries"]
    before_to = "|".join(re.escape(f) for f in forms if f != "cannot")
    return re.compile(rf"\b(?:{before_to})\s+to\b" + (r"|\bcannot\b" if "cannot" in forms else ""), re.IGNORECASE)


def _contrast(cue: str, clauses: list[str], before: str, rest: list[str], scope: list[re.Match]) -> bool:
    """A "not" that sets one thing against another rather than denying what the sentence says: "dress
    like you deserve respect, not a spot at a bar" (the "not" opens its clause after a comma), "That is
    not the objective, man is the objective" (the clause after it says the denied word again of
    something else, in the next clause). Either way the mention asserts what another source may say
    plainly. "Nothing", "no one" and "never" deny ("…, nothing happened to her")."""
    if cue.lower() != "not":
        return False
    if len(clauses) > 1 and not before.strip():
        return True
    following = _CLAUSE_END.split(rest[0].lstrip(" ,;:—–"), maxsplit=1)[0] if rest else ""
    return bool(scope and _shares_a_stem([w.group() for w in scope], following))


@lru_cache(maxsize=1)
def _not_a_denial() -> re.Pattern:
    """The words after "not" that make it add, not deny ("not only", "not just"): a data file says where they come from."""
    entries = json.loads(Path(__file__).with_name("additive_not.json").read_text(encoding="utf-8"))["entries"]
    return re.compile(rf"\s+(?:{'|'.join(map(re.escape, entries))})\b", re.IGNORECASE)


def _shares_a_stem(words: list[str], text: str) -> bool:
    theirs = {stem(w) for w in _WORD.findall(fold(text)) if len(w) > 3}
    return any(a.startswith(b) or b.startswith(a) for a in map(stem, words) for b in theirs)


def _within(document: int, at: int, spans: Unsaid) -> bool:
    return any(s.start <= at < s.end for s in spans.get(document, ()))


def _stem_at(words: list[str], text: str) -> tuple[int, int] | None:
    """Where the text says what a denial is of: its first word sharing a stem with ``words``."""
    stems = [stem(w) for w in words]
    for hit in _WORD.finditer(text):
        theirs = stem(hit.group())
        if len(hit.group()) > 3 and any(a.startswith(theirs) or theirs.startswith(a) for a in stems):
            return hit.span()
    return None
