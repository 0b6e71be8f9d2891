"""One canonical speaker per person or body across the corpus.

Outlets transliterate the same Ukrainian or Russian name differently (Vadim/Vadym Boychenko/
Boichenko, Mikhaïlo/Mykhailo Podolyak) and word the same ministry differently (Russia's
Defense Ministry / the Russian Ministry of Defence). Names are compared on a transliteration-
aware key; two people who share a surname but not a first name stay apart, and a country is
never dropped from a body's name when it would join two countries' bodies.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from difflib import SequenceMatcher
from typing import Sequence

from viewer.analysis.model import Speaker, SpeakerMention
from viewer.analysis.speaker_names import COUNTRY_ADJECTIVES, DETERMINERS, ROLE_WORDS

_SURNAME_SIMILARITY = 0.8
_FIRST_NAME_SIMILARITY = 0.75
_TRANSLIT = [("kh", "h"), ("zh", "j"), ("yi", "i"), ("iy", "i"), ("ii", "i"), ("ij", "i"), ("y", "i"),
             ("gu", "g"), ("h", "g"), ("ie", "e"), ("ei", "i"), ("ye", "e"), ("ck", "k"), ("ks", "x")]
_SPELLING = {"defence": "defense", "organisation": "organization", "programme": "program"}
_STOP = DETERMINERS | {"of", "'s", "’s"}


def resolve_speakers(mentions: Sequence[SpeakerMention],
                     must_link: Sequence[tuple[str, str]] = (),
                     cannot_link: Sequence[tuple[str, str]] = ()) -> tuple[list[Speaker], list[int]]:
    """Group mentions into canonical speakers; researcher links and splits always win."""
    parent = list(range(len(mentions)))
    forbidden = [(_fold(a), _fold(b)) for a, b in cannot_link]

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def members(root: int) -> set[str]:
        return {_fold(mentions[k].name) for k in range(len(mentions)) if find(k) == root}

    def union(i: int, j: int, forced: bool = False) -> None:
        a, b = find(i), find(j)
        if a == b:
            return
        if not forced:
            left, right = members(a), members(b)
            if any((x in left and y in right) or (y in left and x in right) for x, y in forbidden):
                return
        parent[max(a, b)] = min(a, b)

    by_name: dict[str, list[int]] = {}
    for i, m in enumerate(mentions):
        by_name.setdefault(_fold(m.name), []).append(i)
    for a, b in must_link:
        ia, ib = by_name.get(_fold(a), []), by_name.get(_fold(b), [])
        for i in ia[:1]:
            for j in ia[1:] + ib:
                union(i, j, forced=True)
    for i, j in _candidate_pairs(mentions):
        union(i, j)
    _attach_partial_names(mentions, find, union)
    return _speakers(mentions, [find(i) for i in range(len(mentions))])


def _candidate_pairs(mentions: Sequence[SpeakerMention]):
    keys = [_key(m) for m in mentions]
    for i in range(len(mentions)):
        for j in range(i + 1, len(mentions)):
            if _same(mentions[i], keys[i], mentions[j], keys[j]):
                yield i, j


def _same(a: SpeakerMention, ka: tuple, b: SpeakerMention, kb: tuple) -> bool:
    if _kind_group(a.kind) != _kind_group(b.kind):
        return False
    if a.kind != "person" or b.kind != "person":
        return ka == kb
    if len(ka) < 2 or len(kb) < 2:
        return False  # surname alone: decided by _attach_partial_names
    return _surnames_match(ka[-1], kb[-1]) and _first_names_match(ka[0], kb[0])


def _surnames_match(a: str, b: str) -> bool:
    return a == b or (a[:1] == b[:1] and SequenceMatcher(None, a, b).ratio() >= _SURNAME_SIMILARITY)


def _first_names_match(a: str, b: str) -> bool:
    return a == b or (a[:1] == b[:1] and SequenceMatcher(None, a, b).ratio() >= _FIRST_NAME_SIMILARITY)


def _attach_partial_names(mentions: Sequence[SpeakerMention], find, union) -> None:
    """A surname, a title or an unqualified body joins the one full form it can only mean."""
    keys = [_key(m) for m in mentions]
    for i in range(len(mentions)):
        targets = {find(j) for j in _partial_targets(mentions, keys, i)}
        if len(targets) == 1:
            union(i, targets.pop())


def _partial_targets(mentions: Sequence[SpeakerMention], keys: list[tuple], i: int) -> list[int]:
    m, key = mentions[i], keys[i]
    others = [j for j, n in enumerate(mentions) if j != i and n.kind == m.kind]
    if m.kind == "person":
        titled = [j for j in others if set(_key_words(m.name)) & ROLE_WORDS and mentions[j].role
                  and _role_words(m.name) <= _role_words(mentions[j].role)]
        if titled or len(key) != 1:
            return titled
        return [j for j in others if len(keys[j]) > 1 and _surnames_match(keys[j][-1], key[0])]
    if m.kind == "organisation" and not _has_country(key):
        return [j for j in others if _has_country(keys[j]) and _without_country(keys[j]) == key]
    return []


def _speakers(mentions: Sequence[SpeakerMention], roots: list[int]) -> tuple[list[Speaker], list[int]]:
    order: list[int] = []
    for root in roots:
        if root not in order:
            order.append(root)
    speakers = []
    for root in order:
        group = [m for m, r in zip(mentions, roots) if r == root]
        counts = Counter(m.name for m in group)
        first_seen = list(dict.fromkeys(m.name for m in group))
        name = max(first_seen, key=lambda n: (len(_key_words(n)), counts[n], -first_seen.index(n)))
        kinds = Counter(m.kind for m in group if m.kind != "unknown")
        roles = Counter(m.role for m in group if m.role)
        speakers.append(Speaker(
            name=name,
            kind=kinds.most_common(1)[0][0] if kinds else "unknown",
            role=roles.most_common(1)[0][0] if roles else None,
            aliases=[n for n in first_seen if n != name]))
    return speakers, [order.index(r) for r in roots]


def _kind_group(kind: str) -> str:
    return "person" if kind == "person" else "body"


def _key(m: SpeakerMention) -> tuple[str, ...]:
    words = _key_words(m.name)
    if m.kind == "person":
        return tuple(_translit(w) for w in words if w not in ROLE_WORDS)
    return _body_key(words)


def _body_key(words: list[str]) -> tuple[str, ...]:
    words = [COUNTRY_ADJECTIVES.get(w, w) for w in words]
    if "of" in words:  # "Ministry of Defence" -> "Defence Ministry"
        at = words.index("of")
        words = words[:at - 1] + words[at + 1:] + [words[at - 1]] if at > 0 else words
    return tuple(_SPELLING.get(w, w) for w in words if w not in _STOP)


def _has_country(key: tuple[str, ...]) -> bool:
    return bool(key) and key[0] in COUNTRY_ADJECTIVES.values()


def _without_country(key: tuple[str, ...]) -> tuple[str, ...]:
    return key[1:]


def _role_words(text: str) -> set[str]:
    return {w for w in _key_words(text) if w not in _STOP}


def _key_words(name: str) -> list[str]:
    folded = _fold(name)
    folded = re.sub(r"(\w)['’]s\b", r"\1 's", folded)
    return [w for w in re.findall(r"[\w]+|'s", folded) if w not in ("the", "a", "an")]


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.casefold().replace("’", "'").split())


def _translit(word: str) -> str:
    for a, b in _TRANSLIT:
        word = word.replace(a, b)
    return re.sub(r"(.)\1+", r"\1", word)
