"""How many clauses the claim units refuse for having no verb at their root although the parser tags a finite verb in
them, and how many of those hold a span noted by hand as a claim two reports carry.

    python bench/rootless_clauses.py DATA --misses TSV [--misses TSV] [--show N]

`units._is_proposition` keeps a clause whose root is a verb; spaCy's small model sometimes tags the root of a plain
report a noun ("Court records state that he threatened a 16-year-old with the gun": "state" a noun; "An occupant of
the vehicle fired at the patrons": "occupant" the root, "fired" a modifier), and the clause gets no unit, so two
reports carrying it word for word are never linked (`bench/miss_reasons.py` puts such misses down to "no claim unit:
no proposition"). Every document a misses TSV names (DATA/sets/SET/docs) is parsed the way the pipeline does (no
boilerplate), and every clause of at least the units' least words outside headings is counted: refused with a finite
verb (VBD, VBZ, VBP, MD) but no verb root (split by `own_subject`), refused otherwise, and of each how many overlap a
noted span. ``--show N``
prints N refused clauses with a finite verb that hold a noted span (+ with `own_subject`, - without), to read which are propositions (a misparsed root)
and which are pieces that state nothing ("a 25-year-old man who suffered a graze wound").
"""
from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from viewer.analysis.claims import units as U  # noqa: E402
from viewer.analysis.segment import parse  # noqa: E402

FINITE = ("VBD", "VBZ", "VBP", "MD")


def noted_spans(paths: list[Path]) -> dict[tuple[str, str], list[tuple[int, int]]]:
    """Each (set, file) a misses TSV names, with its noted spans."""
    spans: dict[tuple[str, str], list[tuple[int, int]]] = {}
    for path in paths:
        with path.open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f, delimiter="\t"):
                for side in "ab":
                    spans.setdefault((row["set"], row[f"file_{side}"]), []).append(
                        (int(row[f"start_{side}"]), int(row[f"end_{side}"])))
    return spans


def refusal(doc, clause, text: str) -> str | None:
    """None where the clause is a unit; else whether it holds a finite verb with no verb at its root."""
    if U._is_proposition(doc, clause, text):
        return None
    tokens = doc.char_span(clause.start, clause.end, alignment_mode="expand")
    rooted = any(t.pos_ in ("VERB", "AUX") and not (tokens.start <= t.head.i < tokens.end and t.head != t) for t in tokens)
    if rooted or not any(t.tag_ in FINITE for t in tokens):
        return "refused otherwise"
    return "finite verb, no verb root, own subject" if own_subject(tokens) else "finite verb, no verb root"


def own_subject(tokens) -> bool:
    """Whether a finite verb of the clause has a nominal subject of its own inside it, and is no relative clause or
    modifier ("he threatened" under a misparsed "state", not "a man who suffered"): a sign that the clause reports
    something though its root was tagged a noun."""
    inside = range(tokens.start, tokens.end)
    return any(t.tag_ in FINITE and t.dep_ not in ("relcl", "acl") and
               any(c.dep_ in ("nsubj", "nsubjpass") and c.i in inside and c.tag_ not in ("WDT", "WP") for c in t.children)
               for t in tokens)


def document_counts(text: str, spans: list[tuple[int, int]], shown: list[str]) -> Counter:
    """The clause counts of one document (`refusal`), and the refused clauses with a finite verb over a noted span."""
    parsed, counts = parse(1, text, []), Counter()
    for sentence in parsed.sentences():
        for piece in U._pieces(text, sentence, parsed.skipped):
            if U._heading(text, piece):
                continue
            for clause in U._clauses(parsed.doc, piece):
                if len(text[clause.start:clause.end].split()) < U._MIN_WORDS:
                    continue
                counts["clauses"] += 1
                kind = refusal(parsed.doc, clause, text)
                if kind is None:
                    continue
                counts[kind] += 1
                if any(min(end, clause.end) > max(start, clause.start) for start, end in spans):
                    counts[f"{kind}, over a noted span"] += 1
                    if kind.startswith("finite"):
                        mark = "+" if kind.endswith("own subject") else "-"
                        shown.append(f"{mark} {' '.join(text[clause.start:clause.end].split())}")
    return counts


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--misses", type=Path, action="append", required=True)
    parser.add_argument("--show", type=int, default=0)
    ns = parser.parse_args(argv)
    counts, shown = Counter(), []
    for (name, file), spans in sorted(noted_spans(ns.misses).items()):
        path = ns.data / "sets" / name / "docs" / file
        if path.exists():
            counts["documents"] += 1
            counts.update(document_counts(path.read_text(encoding="utf-8"), spans, shown))
    for key, value in sorted(counts.items()):
        print(f"{value:7d} {key}")
    for line in shown[:ns.show]:
        print(f"  {line[:160]}")


if __name__ == "__main__":
    main()
