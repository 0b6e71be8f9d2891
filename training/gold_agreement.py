"""How far two hand annotations of ECB+ dev claims agree, scored the way the linker's claim links are scored.

    python training/gold_agreement.py FIRST_DIR SECOND_DIR [--topic 9] [--docs DATA/sets/dev/docs]

Each folder holds ``ecb_dev_claims.tsv`` and ``ecb_dev_maybe.tsv`` (``training/gold/``'s format). One annotator's gold
decides the thresholds the pair model is fitted to, so a second, blind annotation of a topic says how firm that gold
is. It prints:

- each annotation's claims, mentions and "maybe" pairs, and how many of its mentions the other annotation also marks.
  Two mentions match when they lie in one article and overlap by at least half of the shorter span: the rule by which
  ``fit_verifier`` lets a gold mention cover a linker unit, so a clause and the sentence holding it match;
- the cross-article mention pairs each annotation calls one claim, and precision, recall and F1 of the second against
  the first: a pair of one annotation is confirmed when the other holds a pair of matching mentions in one claim.
  A pair either annotation marks "maybe" is set aside, as the scorer sets maybe pairs aside;
- Cohen's kappa on the cross-article pairs of the mentions both annotations marked (each first mention with the second
  mention overlapping it most), each pair labelled "one claim" or not by each annotator: agreement beyond chance on the
  same units, printed only when each annotator labels both ways;
- how many "maybe" pairs of each the other also marks "maybe";
- the claims both annotations found (sharing a confirmed pair) and those one only found, by name;
- with ``--docs``, each unconfirmed pair with its two texts, to read the disagreements by hand.
"""
from __future__ import annotations

import argparse
import csv
import itertools
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Mention:
    """One annotated span: its article, offsets (end exclusive) and claim."""
    file: str
    start: int
    end: int
    claim: str


@dataclass
class Annotation:
    """One annotator's mentions and "maybe" pairs of spans."""
    mentions: list[Mention]
    maybe: list[tuple[Mention, Mention]]


def _rows(path: Path) -> list[dict[str, str]]:
    """The rows of one tab-separated gold file, by its header."""
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def read_annotation(folder: Path, topic: int | None = None) -> Annotation:
    """An annotation's claim mentions and maybe pairs, cut to one topic when asked (by the file's topic prefix)."""
    def kept(name: str) -> bool:
        return topic is None or name.split("_", 1)[0] == str(topic)

    mentions = [Mention(r["file"], int(r["start"]), int(r["end"]), r["claim"])
                for r in _rows(folder / "ecb_dev_claims.tsv") if kept(r["file"])]
    maybe = [(Mention(r["file_a"], int(r["start_a"]), int(r["end_a"]), ""),
              Mention(r["file_b"], int(r["start_b"]), int(r["end_b"]), ""))
             for r in _rows(folder / "ecb_dev_maybe.tsv") if kept(r["file_a"]) and kept(r["file_b"])]
    return Annotation(mentions, maybe)


def overlap(a: Mention, b: Mention) -> int:
    """Characters two spans share (0 in different articles)."""
    return max(0, min(a.end, b.end) - max(a.start, b.start)) if a.file == b.file else 0


def matches(a: Mention, b: Mention) -> bool:
    """Same article, overlapping by at least half of the shorter span (the scorer's covering rule)."""
    shared = overlap(a, b)
    return shared > 0 and 2 * shared >= min(a.end - a.start, b.end - b.start)


def claim_pairs(annotation: Annotation) -> list[tuple[Mention, Mention]]:
    """Cross-article pairs of mentions the annotation calls one claim."""
    return [(a, b) for a, b in itertools.combinations(annotation.mentions, 2) if a.claim == b.claim and a.file != b.file]


def held(pair: tuple[Mention, Mention], other: Annotation) -> bool:
    """Whether the other annotation calls a pair of matching mentions one claim."""
    a, b = pair
    return any(x.claim == y.claim for x in other.mentions if matches(a, x) for y in other.mentions if matches(b, y))


def set_aside(pair: tuple[Mention, Mention], *annotations: Annotation) -> bool:
    """Whether either annotation marks the pair "maybe" (its spans matching the pair's, either way round)."""
    a, b = pair
    return any((matches(a, x) and matches(b, y)) or (matches(a, y) and matches(b, x))
               for annotation in annotations for x, y in annotation.maybe)


def pair_scores(first: Annotation, second: Annotation) -> dict:
    """Precision, recall and F1 of the second annotation's one-claim pairs against the first's, maybes set aside."""
    firsts = [p for p in claim_pairs(first) if not set_aside(p, first, second)]
    seconds = [p for p in claim_pairs(second) if not set_aside(p, first, second)]
    recalled = [p for p in firsts if held(p, second)]
    confirmed = [p for p in seconds if held(p, first)]
    precision = len(confirmed) / max(1, len(seconds))
    recall = len(recalled) / max(1, len(firsts))
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"first_pairs": len(firsts), "second_pairs": len(seconds), "recalled": len(recalled),
            "confirmed": len(confirmed), "precision": precision, "recall": recall, "f1": f1,
            "first_only": [p for p in firsts if p not in recalled],
            "second_only": [p for p in seconds if p not in confirmed]}


def matched_mentions(first: Annotation, second: Annotation) -> list[tuple[Mention, Mention]]:
    """Each first mention with the second mention overlapping it most, where one matches."""
    couples = []
    for a in first.mentions:
        partners = [b for b in second.mentions if matches(a, b)]
        if partners:
            couples.append((a, max(partners, key=lambda b: (overlap(a, b), -abs(b.start - a.start)))))
    return couples


def kappa(first: Annotation, second: Annotation) -> dict:
    """Cohen's kappa on the cross-article pairs of mentions both marked, each labelled one claim or not by each."""
    table = {(s, t): 0 for s in (True, False) for t in (True, False)}
    for (a1, b1), (a2, b2) in itertools.combinations(matched_mentions(first, second), 2):
        if a1.file == a2.file or set_aside((a1, a2), first, second):
            continue
        table[(a1.claim == a2.claim, b1.claim == b2.claim)] += 1
    n = sum(table.values())
    first_yes = table[(True, True)] + table[(True, False)]
    second_yes = table[(True, True)] + table[(False, True)]
    meaningful = n > 0 and 0 < first_yes < n and 0 < second_yes < n
    observed = (table[(True, True)] + table[(False, False)]) / max(1, n)
    chance = (first_yes * second_yes + (n - first_yes) * (n - second_yes)) / max(1, n * n)
    value = (observed - chance) / (1 - chance) if meaningful and chance < 1 else None
    return {"pairs": n, "table": table, "observed": observed, "kappa": value}


def claim_overlap(first: Annotation, second: Annotation) -> dict[str, list[str]]:
    """Claims both annotations found (a confirmed pair in common), and those one only found, by name."""
    both, first_found, second_found = set(), set(), set()
    for a, b in claim_pairs(first):
        for x in second.mentions:
            for y in second.mentions:
                if x.claim == y.claim and matches(a, x) and matches(b, y):
                    both.add(f"{a.claim} = {x.claim}")
                    first_found.add(a.claim)
                    second_found.add(x.claim)
    return {"both": sorted(both),
            "first_only": sorted({m.claim for m in first.mentions} - first_found),
            "second_only": sorted({m.claim for m in second.mentions} - second_found)}


def shared_maybes(first: Annotation, second: Annotation) -> int:
    """How many of the first's "maybe" pairs the second also marks "maybe" (matching spans, either way round)."""
    return sum(set_aside(pair, second) for pair in first.maybe)


def _text(docs: Path | None, m: Mention) -> str:
    """A mention as one line: its article and offsets, and its text when the articles are at hand."""
    where = f"{m.file}:{m.start}-{m.end} [{m.claim}]"
    if docs is None:
        return where
    return f"{where} {(docs / m.file).read_text(encoding='utf-8')[m.start:m.end]!r}"


def report(first: Annotation, second: Annotation, docs: Path | None = None) -> str:
    """The agreement of two annotations, as printed."""
    lines = []
    for name, mine, other in (("first", first, second), ("second", second, first)):
        marked = sum(any(matches(m, o) for o in other.mentions) for m in mine.mentions)
        lines.append(f"{name}: {len({m.claim for m in mine.mentions})} claims, {len(mine.mentions)} mentions "
                     f"({marked} also marked by the other), {len(mine.maybe)} maybe pairs")
    lines.append(f"maybe pairs both marked: {shared_maybes(first, second)} of the first's, "
                 f"{shared_maybes(second, first)} of the second's")
    s = pair_scores(first, second)
    lines.append(f"one-claim pairs (cross-article, maybes of either set aside): first {s['first_pairs']}, "
                 f"second {s['second_pairs']}; second's confirmed by first {s['confirmed']}, first's held by second "
                 f"{s['recalled']}")
    lines.append(f"second against first: precision {s['precision']:.3f} recall {s['recall']:.3f} F1 {s['f1']:.3f}")
    k = kappa(first, second)
    t = k["table"]
    lines.append(f"pairs of mentions both marked: {k['pairs']} (both one claim {t[(True, True)]}, first only "
                 f"{t[(True, False)]}, second only {t[(False, True)]}, neither {t[(False, False)]}); observed "
                 f"agreement {k['observed']:.3f}, Cohen's kappa "
                 + (f"{k['kappa']:.3f}" if k["kappa"] is not None else "not meaningful (one side labels one way only)"))
    c = claim_overlap(first, second)
    lines.append(f"claims found by both: {len(c['both'])} pairings")
    lines += [f"  {pairing}" for pairing in c["both"]]
    lines.append(f"claims of the first only: {len(c['first_only'])}")
    lines += [f"  {name}" for name in c["first_only"]]
    lines.append(f"claims of the second only: {len(c['second_only'])}")
    lines += [f"  {name}" for name in c["second_only"]]
    if docs is not None:
        for label, pairs in (("first's pairs the second does not hold", s["first_only"]),
                             ("second's pairs the first does not hold", s["second_only"])):
            lines.append(f"{label}: {len(pairs)}")
            for a, b in pairs:
                lines += [f"  {_text(docs, a)}", f"    {_text(docs, b)}"]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("first", type=Path, help="folder of the first annotation (ecb_dev_claims.tsv, ecb_dev_maybe.tsv)")
    parser.add_argument("second", type=Path, help="folder of the second annotation, same files")
    parser.add_argument("--topic", type=int, help="compare one topic only (files named TOPIC_...)")
    parser.add_argument("--docs", type=Path, help="the articles' folder (DATA/sets/dev/docs), to print disagreements")
    ns = parser.parse_args(argv)
    print(report(read_annotation(ns.first, ns.topic), read_annotation(ns.second, ns.topic), ns.docs))


if __name__ == "__main__":
    main()
