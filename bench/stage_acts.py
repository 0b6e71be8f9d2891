"""How a table of coordinated acts (`training/count_coordinated_acts.py`) would split hand-judged links and MSRP
paraphrases: two units whose main acts (`acts.stated_acts`) are disjoint and each pair of them a coordinated pair.

    python bench/stage_acts.py TABLE --judged TSV SETS [--judged TSV SETS ...] [--msrp FILE] [--least N ...] [--show N]

TABLE is the counter's JSON. Each ``--judged`` gives a hand-judged link TSV (set, file and span columns, verdict,
optionally class) and the folder its sets lie in (``SETS/SET/docs/FILE``). Each document is parsed whole and each
mention's unit features read from its span, as the analyser reads a unit. For each least count and for "all" (every
pair of acts across the two units coordinated) and "any" (one pair), it prints the R, P and W links the split would
take out; ``--show N`` lists the links split at the N-th least count in "all" mode. ``--msrp`` reads MSRP train:
the paraphrase pairs (label 1) whose sentences' main acts differ, and how many the split would part.

The split was measured and not shipped (session 55): docs/linking.md, "Two stages of one story".
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from viewer.analysis.claims.acts import stated_acts  # noqa: E402
from viewer.analysis.claims.units import unit_features  # noqa: E402
from viewer.analysis.nlp import english  # noqa: E402
from viewer.corpus.spans import Span  # noqa: E402

_QUIET = ["ner", "person_names"]


def coordinated(table: dict, least: int) -> set[tuple[str, str]]:
    """The table's pairs seen at least ``least`` times, both ways round."""
    pairs = {(a, b) for a, b, n in table["pairs"] if n >= least}
    return pairs | {(b, a) for a, b in pairs}


def split(first: list[str], second: list[str], pairs: set[tuple[str, str]], every: bool) -> bool:
    """Whether two units' acts are disjoint and all (``every``) or any of their pairs across are coordinated."""
    a, b = set(first), set(second)
    if not (a and b) or a & b:
        return False
    across = [(x, y) in pairs for x in a for y in b]
    return all(across) if every else any(across)


def judged_mentions(tsv: Path, sets: Path) -> list[dict]:
    """Each judged link with both mentions' acts and texts."""
    nlp, docs, rows = english(), {}, []
    with tsv.open(encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            for side in "ab":
                path = sets / row["set"] / "docs" / row[f"file_{side}"]
                if path not in docs:
                    docs[path] = nlp(path.read_text(encoding="utf-8"))
                span = Span(int(row[f"start_{side}"]), int(row[f"end_{side}"]))
                row[f"acts_{side}"] = unit_features(docs[path], span).acts
                row[f"text_{side}"] = span.text_of(docs[path].text)
            rows.append(row)
    return rows


def msrp_paraphrases(path: Path) -> list[tuple[list[str], list[str]]]:
    """The main acts of both sentences of each MSRP pair labelled a paraphrase."""
    with path.open(encoding="utf-8-sig") as f:
        rows = [r for r in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)][1:]
    same = [r for r in rows if r[0] == "1"]
    docs = english().pipe((s for r in same for s in (r[3], r[4])), batch_size=128, disable=_QUIET)
    acts = [stated_acts(d[:]) for d in docs]
    return list(zip(acts[0::2], acts[1::2]))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("table", type=Path)
    parser.add_argument("--judged", nargs=2, action="append", type=Path, default=[], metavar=("TSV", "SETS"))
    parser.add_argument("--msrp", type=Path)
    parser.add_argument("--least", type=int, nargs="+", default=[2, 3, 5, 10])
    parser.add_argument("--show", type=int, default=0, help="list the links split at the N-th --least ('all' mode)")
    ns = parser.parse_args(argv)
    table = json.loads(ns.table.read_text(encoding="utf-8"))
    links = [row for tsv, sets in ns.judged for row in judged_mentions(tsv, sets)]
    paraphrases = msrp_paraphrases(ns.msrp) if ns.msrp else []
    differ = sum(1 for a, b in paraphrases if a and b and not set(a) & set(b))
    for k, least in enumerate(ns.least, 1):
        pairs = coordinated(table, least)
        for every in (True, False):
            taken = [r for r in links if split(r["acts_a"], r["acts_b"], pairs, every)]
            verdicts = Counter(r["verdict"] for r in taken)
            parted = sum(1 for a, b in paraphrases if split(a, b, pairs, every))
            msrp = f"; MSRP paraphrases with other acts {differ}, parted {parted}" if ns.msrp else ""
            print(f"least {least:3d} {'all' if every else 'any'}: links R {verdicts['R']} P {verdicts['P']} "
                  f"W {verdicts['W']}{msrp}")
            if every and k == ns.show:
                for r in taken:
                    print(f"   {r['set']} {r['verdict']} {r.get('class') or ''} {r['acts_a']} {r['acts_b']} | "
                          f"{r['text_a'][:100]!r} || {r['text_b'][:100]!r}")


if __name__ == "__main__":
    main()
