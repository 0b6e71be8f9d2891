"""Polarity lines: one source denies what another states ("negated: 'did not lock it' vs asserted: 'locked the box'").
A denial is read from the wording (`denials`: a negation, verbs of an act not done, `denial_forms.json`'s forms) and
the act it denies from the parse (`claims.denied_acts`), the parse each unit was read in at analysis where it kept them;
`discrepancies` asks for the line of each pair of sources of a claim.
"""
from __future__ import annotations

import json
import re
from collections.abc import Set
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from viewer.analysis.claims.denials import denial_phrase, denials, word_start
from viewer.analysis.claims.denied_acts import denied_acts, word_forms
from viewer.analysis.claims.features import Recorded
from viewer.analysis.claims.synonyms import meanings
from viewer.analysis.claims.vocabulary import fold, term
from viewer.analysis.model import Discrepancy, Mention
from viewer.analysis.nlp import english
from viewer.analysis.set_out import REPORTING_CUE
from viewer.analysis.sourcing import Unsaid, around, content_word, stem

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_CLAUSE_END = re.compile(r"[,;:.!?—–]")
_ASIDE = re.compile(r"\s*(?:who|which|whom|whose)\b", re.IGNORECASE)  # a relative clause set off by commas
_CLAUSE_BREAK = re.compile(r"[,;:!?—–]")  # inside one sentence a full stop ends an abbreviation ("Mr."), not a clause


class Denial(NamedTuple):
    """A denial read in one source's mention, with what it denies."""
    phrase: str  # the words of the denial, shown in the line
    mention: Mention
    at: int  # where the phrase starts in the mention's text
    scope: list[str]  # the content words denied (up to six after the cue, within its clause)
    said_of: list[str]  # the content word it is said of, the last before it in its clause ("pleaded" not guilty)
    index: int  # its place among the mention's `denials`


def polarity(left: list[Mention], right: list[Mention], unsaid: Unsaid, recorded: Recorded | None = None) -> list[Discrepancy]:
    """The polarity line between two sources' mentions of one claim: a denial in one (`_negation`) of an act the
    other states (`_act_affirmed`), where the other neither denies it too (`_denies`) nor reports a report not made.
    ``recorded``: the units' features, whose denied acts and word forms are read instead of parsing a mention."""
    cue_a, cue_b = _negation(left, unsaid), _negation(right, unsaid)
    if bool(cue_a) == bool(cue_b):
        return []
    negated, plain = (cue_a, right) if cue_a else (cue_b, left)
    if any(_within(m.document, m.start + hit.start(), unsaid) for m in plain for hit in denials(m.text)):
        return []  # the other's denial is a report not made ("did not say whether he was armed"): it asserts nothing
    recorded = recorded or {}
    scope, said_of = negated.scope, negated.said_of
    asserted = " ".join(m.text for m in plain)
    if not scope or not all(_shares_a_stem([w], asserted) for w in scope):
        return []  # the denial is of something the other source does not say ("not at the church at the time of the fire")
    if said_of and not _shares_a_stem(said_of, asserted):
        return []  # denied of what the other does not say ("pleaded not guilty" / "found guilty", "urged him not to")
    if any(_denies(m.text, scope) for m in plain):
        return []  # both deny it; the other's denial was set aside as a contrast ("does not want … home, their home")
    if not _act_affirmed(_acts_denied(negated, recorded), plain, recorded):
        return []  # the act denied is not the other's ("didn't make it" / "pronounced dead", "not far from" / "blocks from")
    return [Discrepancy("polarity", f"negated: '{negated.phrase}' vs asserted: '{around(plain[0].text, _stem_at(scope, plain[0].text))}'",
                        [negated.mention, plain[0]])]


def _negation(mentions: list[Mention], unsaid: Unsaid) -> Denial | None:
    """The first denial in the mentions. "Not only X but Y" asserts X: no denial. Nor is a negation in a report not
    made: "Police did not say the suspect was armed" denies no one's word that he was, nor does "he never said he
    was not there" deny it on anyone's word."""
    for m in mentions:
        for denial, hit in enumerate(denials(m.text)):
            after = m.text[hit.end():]
            if _not_a_denial().match(after) or _within(m.document, m.start + hit.start(), unsaid):
                continue
            at = word_start(m.text, hit.start())
            denied, *rest = _CLAUSE_END.split(after, maxsplit=1)
            scope = [w for w in (_WORD.search(c) for c in denied.split()[:6]) if w and content_word(w.group())]
            clauses = _CLAUSE_BREAK.split(m.text[:at])
            before = clauses[-1]
            if len(clauses) > 1 and _ASIDE.match(before):
                return Denial("", m, 0, [], [], denial)  # ", who was not at the church at the time," denies a thing aside from the claim: nothing to compare
            if _contrast(hit.group(), clauses, before, rest, scope):
                continue
            said_of = [w for w in _WORD.findall(before) if content_word(w) and not REPORTING_CUE.fullmatch(w)][-1:]
            return Denial(denial_phrase(m.text, at), m, at, [w.group() for w in scope], said_of, denial)
    return None


def _act_affirmed(acts: tuple[str, ...], plain: list[Mention], recorded: Recorded) -> bool:
    """Whether the act the denial denies (`denied_acts`) is said in the other source's words, as the same word or a
    word for one of its meanings (`synonyms.json`). A denial beside another wording of one fact denies no act the other
    states: "didn't make it" beside "was pronounced dead", "none of the injuries are considered life-threatening"
    beside "injuries classified as non life-threatening" (training/count_denied_acts.py counts the shape on MSRP). A
    denial whose act the parse does not give is read as before, by its scope alone."""
    return not acts or says_act(acts, _said_words(plain, recorded))


def says_act(acts: tuple[str, ...], words: Set[str]) -> bool:
    """Whether the other side's ``words`` (`word_forms`) have one of the acts' words (by lemma, or as a part of a
    hyphened word: "life-threatening") or a word of one of their meanings (`synonyms.json`)."""
    if any(_one_stem(act, w) for act in acts for w in words):
        return True
    return bool(meanings(term(a) for a in acts) & meanings(term(w) for w in words))


def _one_stem(a: str, b: str) -> bool:
    x, y = stem(a), stem(b)
    return x == y or (min(len(x), len(y)) >= 4 and (x.startswith(y) or y.startswith(x)))


def _acts_denied(denial: Denial, recorded: Recorded) -> tuple[str, ...]:
    """The act the denial denies, as its mention's unit recorded it (`denied_acts.unit_denials`), or else read in a
    parse of the mention alone at the denial's phrase: read at the denial found, not an earlier "not"."""
    features = recorded.get(denial.mention.place)
    if features is not None and features.denied is not None:
        return tuple(features.denied[denial.index].split())
    at = denial.at
    return denied_acts(english()(denial.mention.text), at, at + len(denial.phrase.split()[0])) if denial.phrase else ()


def _said_words(mentions: list[Mention], recorded: Recorded) -> set[str]:
    """The words the mentions may say an act in (`denied_acts.word_forms`): those their units recorded, the rest's read
    in a parse of their texts joined."""
    words: set[str] = set()
    unread = []
    for m in mentions:
        features = recorded.get(m.place)
        if features is not None and features.word_forms is not None:
            words.update(features.word_forms.split())
        else:
            unread.append(m.text)
    return words | word_forms(english()(" ".join(unread))) if unread else words


def _denies(text: str, scope: list[str]) -> bool:
    """Whether the text has a negation before every word of the denied scope, within its clause: the wording the
    other side's first denial found no denial in may still deny the same (`_contrast` sets aside a "not" whose next
    clause says a denied word again: "Hayes does not want to bring her son home to Whittington Place, their home for
    three years"), and a denial is no discrepancy with a denial (discrep46: one such line of 56). A verb that stands for
    the act not done ("for failing to appear in court" against "didn't appear in court", `denials.denials`) denies too,
    and so does a denial form ("forgot to lock the box" against "did not lock it", `denial_forms.json`)."""
    for hit in denials(text, forms=True):
        clause = _CLAUSE_END.split(text[hit.end():], maxsplit=1)[0]
        if all(_shares_a_stem([w], clause) for w in scope):
            return True
    return False


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
