"""Where a text denies something: a negation (`NEGATION`), a verb standing for an act not done ("declined to press
charges", `negating_verbs.json`) and, for setting a denial aside, the denial forms (`denial_forms.json`). The polarity
reader (`viewer.analysis.polarity`) sets a denial against another source's statement, and each claim unit reads at
analysis the act each of its denials denies (`denied_acts.unit_denials`), so both read the denials here: claims
cannot import the polarity reader, which reads them.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

NEGATION = re.compile(
    r"\b(?:not|never|no|none|nothing|nobody|neither|nor|without|den(?:y|ies|ied)|refused? to|yet to)\b|n['’]t\b",
    re.IGNORECASE,
)
_SPACED_NOT = re.compile(r"n(['’])\s(t)\b")  # "didn’ t", as ECB+ spaces it: rewritten "didn’t " (same length)
_PHRASE_WORDS = 4
_TABLES = Path(__file__).resolve().parent


def denials(text: str, forms: bool = False) -> list[re.Match]:
    """Every denial in the text, in order: a negation (`NEGATION`), or a verb standing for the act not done
    ("declined to press charges", "failing to appear", `_negating_verbs`); with ``forms``, the denial forms too
    ("forgot to lock", `_denial_forms`)."""
    plain = _SPACED_NOT.sub(r"n\1\2 ", text)
    found = [*NEGATION.finditer(plain), *_negating_verbs().finditer(plain), *(_denial_forms().finditer(plain) if forms else ())]
    hits = sorted(found, key=lambda h: (h.start(), -h.end()))
    return [h for k, h in enumerate(hits) if not any(o.start() <= h.start() < o.end() for o in hits[:k])]


def word_start(text: str, at: int) -> int:
    """Where the word holding ``at`` begins: a denial shows as "don't know", never "n't know"."""
    while at > 0 and (text[at - 1].isalnum() or text[at - 1] in "'’"):
        at -= 1
    return at


def denial_phrase(text: str, at: int) -> str:
    """The words a polarity line quotes of a denial whose word starts at ``at`` ("did not lock it"); its first word is
    where the act it denies is read (`denied_acts.denied_acts`)."""
    return " ".join(text[at:].split()[:_PHRASE_WORDS]).rstrip(".,;:”\"")


@lru_cache(maxsize=1)
def negating_verb_stems() -> tuple[str, ...]:
    """The stems of the verbs news writes for an act not done ("fail", "refus", "declin"; negating_verbs.json), which a
    verb's lemma starts with."""
    return tuple(json.loads((_TABLES / "negating_verbs.json").read_text(encoding="utf-8"))["entries"])


@lru_cache(maxsize=1)
def _negating_verbs() -> re.Pattern:
    """A verb before "to" that news writes for an act not done ("failed to", "refused to", "declined to"): the lemmas
    of negating_verbs.json, counted on MSRP's same-meaning pairs (with the attribution reader's verbs of withholding)
    by training/count_negating_verbs.py."""
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, negating_verb_stems()))})[a-z]*\s+to\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _denial_forms() -> re.Pattern:
    """The forms of denial_forms.json, counted on the GVA crawl and kept by their WordNet senses of an act not done
    (training/count_denial_forms.py): "forgot to lock the box", "was unable to reach", and "cannot", the spelling of
    "can not" `NEGATION` misses. They set a denial aside (`polarity._denies`), never open one: "cannot end birthright
    citizenship with an executive order" beside "wants to end birthright citizenship" is a judgement of what can be
    done, not a denial that it was (basilC, read W, where they opened one)."""
    forms = json.loads((_TABLES / "denial_forms.json").read_text(encoding="utf-8"))["entries"]
    before_to = "|".join(re.escape(f) for f in forms if f != "cannot")
    return re.compile(rf"\b(?:{before_to})\s+to\b" + (r"|\bcannot\b" if "cannot" in forms else ""), re.IGNORECASE)
