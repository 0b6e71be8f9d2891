"""Two sources giving one street's address as different blocks ("the 2800 block of Rimpau Boulevard" / "the 2900
block of Rimpau Boulevard"). The figure reader reads a block number as the name of a place, not a count
(`quantities.identifiers`), so `discrepancies._numbers` never compares it; yet the address is where the thing
happened, which a researcher checks (training/count_claim_differences.py: on gva500 and the judged GVA and BASIL
draws, the linked claims giving one street two blocks are 2, both one place given two ways; a third named two streets).
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from viewer.analysis.model import Discrepancy, Mention

_BLOCK = re.compile(r"\b(\d[\d,]*)\s+(?:block|blk\.?)\s+of\s+(?:the\s+)?"
                    r"(?:(?:[NSEW]\.?|North|South|East|West)\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)")


def block_discrepancies(left: list[Mention], right: list[Mention]) -> list[Discrepancy]:
    """One line for each block of a street one source gives that the other gives as another block of that street:
    a street is the same where one's name is the other's with words after it ("Murray Hill" / "Murray Hill Street").
    A source giving both blocks names two places, not one two ways."""
    ours, theirs = list(_blocks(left)), list(_blocks(right))
    out, listed = [], set()
    for number, street, m in ours:
        for other, other_street, n in theirs:
            pair = (number.group(1), other.group(1))
            if pair[0] == pair[1] or pair in listed or not _same_street(street, other_street) \
                    or _gives(ours, street, pair[1]) or _gives(theirs, other_street, pair[0]):
                continue
            listed.add(pair)
            name = street if len(street) >= len(other_street) else other_street
            out.append(Discrepancy("number", f"block of {' '.join(name)}: '{pair[0]}' vs '{pair[1]}'",
                                   [_at(m, number), _at(n, other)]))
    return out


def _gives(blocks: list[tuple[re.Match, tuple[str, ...], Mention]], street: tuple[str, ...], number: str) -> bool:
    return any(hit.group(1) == number and _same_street(street, named) for hit, named, _ in blocks)


def _blocks(mentions: list[Mention]) -> Iterator[tuple[re.Match, tuple[str, ...], Mention]]:
    for m in mentions:
        for hit in _BLOCK.finditer(m.text):
            yield hit, tuple(hit.group(2).split()), m


def _same_street(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    shorter, longer = sorted((a, b), key=len)
    return bool(shorter) and tuple(w.casefold() for w in longer[:len(shorter)]) == tuple(w.casefold() for w in shorter)


def _at(m: Mention, hit: re.Match) -> Mention:
    start, end = hit.span(1)
    return Mention(m.document, m.start + start, m.start + end, m.text[start:end])
