"""Two readings of "one statement's several items" (a judged W of "another detail": "CDC: Vaccinated people should now
wear masks in high transmission areas" beside "The CDC also said all adults and students should wear masks in K-12
schools …"; "IMF cuts its global growth forecast" beside "IMF slashes US growth forecast"), counted on every judged dev
link before anything was built (session 71, detail71).

    python bench/item_readings.py DATA [--show READING]

``modifiers``: a noun both units hold is modified on each side by a word (adjective, compound or noun modifier) the
other unit does not hold anywhere ("global" / "US" forecast). ``also``: one unit's main verb, or a verb its main verb
reports or is coordinated with, carries an additive adverb ("also", "too", "additionally", "furthermore", "meanwhile")
and the other's does not: the writer tells another item beside one already told. The judged links are every
training/judged/links*.tsv but the blind draws' (`background_acts.dev_link_files`), each side read in its document
parsed whole; R/P/W are printed by reading, by source group (AllSides, BASIL and WCEP apart from GVA and the rest)
and by whether another veto of `verifier.never_one_claim` parts the link already; ``--show`` lists the links a reading
parts that no veto parts. Run in session 71 on main eab783ab: docs/linking.md "One statement's several items" (neither
built).
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from background_acts import dev_link_files, judged_spans  # noqa: E402
from dev_sets import political  # noqa: E402
from veto_counts import shortened  # noqa: E402

from viewer.analysis.claims.vocabulary import term  # noqa: E402

ADDITIVE = frozenset({"also", "too", "additionally", "furthermore", "meanwhile"})
_MODIFIERS = frozenset({"amod", "compound", "nmod"})
_CONTENT = frozenset({"NOUN", "PROPN", "ADJ", "VERB"})
_CARRIED = frozenset({"ccomp", "conj", "xcomp"})


def _key(token) -> str:
    return term(token.text if token.pos_ == "PROPN" else token.lemma_)


def _modified(span) -> dict[str, set[str]]:
    """Each noun of the span with the terms of its modifiers inside the span."""
    out: dict[str, set[str]] = {}
    for token in span:
        if token.pos_ == "NOUN":
            out.setdefault(_key(token), set()).update(
                _key(c) for c in token.children
                if c.dep_ in _MODIFIERS and c.pos_ in ("ADJ", "PROPN", "NOUN") and span.start <= c.i < span.end)
    return out


def modifiers(a, b) -> bool:
    """Whether a noun both spans hold has on each side a modifier the other span lacks (module docstring)."""
    words = [{_key(t) for t in s if t.pos_ in _CONTENT} for s in (a, b)]
    mods_a, mods_b = _modified(a), _modified(b)
    return any(mods_a[n] - words[1] and mods_b[n] - words[0] for n in mods_a.keys() & mods_b.keys())


def _main_verb(token, span) -> bool:
    inside = range(span.start, span.end)
    while token.dep_ in _CARRIED and token.head.i in inside and token.head.i != token.i:
        token = token.head
    return token.head.i == token.i or token.head.i not in inside


def _additive(span) -> bool:
    return any(t.lower_ in ADDITIVE and t.dep_ == "advmod" and _main_verb(t.head, span) for t in span)


def also(a, b) -> bool:
    """Whether one span's main verb carries an additive adverb and the other's does not (module docstring)."""
    return _additive(a) != _additive(b)


READINGS = {"modifiers": modifiers, "also": also}


def counts(data: Path, show: str | None) -> list[str]:
    from viewer.analysis.claims.units import unit_features
    from viewer.analysis.claims.verifier import never_one_claim
    from viewer.corpus.spans import Span

    by, shown = Counter(), []
    for row, spans in judged_spans(data, dev_link_files(None)):
        fired = [name for name, reading in READINGS.items() if reading(*spans)]
        if not fired:
            continue
        parted = never_one_claim(*(unit_features(s.doc, Span(int(row[f"start_{side}"]), int(row[f"end_{side}"])))
                                   for s, side in zip(spans, "ab")))
        group = ("political/world" if political(row["set"]) else "GVA and the rest") + \
            (", already parted" if parted else "")
        for name in fired:
            by[(name, group, row["verdict"])] += 1
        if show in fired and not parted:
            shown.append(f"  {row['verdict']} {row['set']}: {shortened(spans[0].text)!r} | {shortened(spans[1].text)!r}")
    return [f"{name:9} {group:33} {verdict} {n}" for (name, group, verdict), n in sorted(by.items())] + shown



def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--show", choices=tuple(READINGS))
    args = parser.parse_args(argv)
    print("\n".join(counts(args.data, args.show)))


if __name__ == "__main__":
    main()
