"""Two reports of one GVA crawl incident, one attributing what the other states bare: does the bare sentence tell
someone's reading in its own words ("police were able to determine that…", `reported_readings.reports_a_reading`)?

An attribution line (`sourcing.attribution_discrepancies`) says one outlet states as fact what another gives a source.
This counts, over the pairs `named_source_crawl.pairs` draws (the first two usable reports of every crawl incident with
two, both ways round: a sentence naming no source and quoting no one beside the other report's sentence naming one,
sharing ``--shared`` content words), the bare sentences that tell a reading so, and prints ``--show`` of them (seeded
draw) with the attributed sentence beside, to read by hand whether each names whose account it gives. Written in
session 72 (lines72) before building the reading into the discrepancy stage; run on the crawl's 914 incidents.

    python bench/reported_readings_crawl.py CORPUS_DIR [--incidents N] [--shared K] [--show N]
"""
from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from gva import pair_count_arguments  # noqa: E402
from named_source_crawl import pairs  # noqa: E402

from viewer.analysis.nlp import english  # noqa: E402
from viewer.analysis.reported_readings import reports_a_reading  # noqa: E402


def reading_pairs(found: list[tuple[str, str, str, str]]) -> tuple[int, list[tuple[str, str]]]:
    """How many distinct bare sentences ``found`` holds, and each (bare, attributed) pair whose bare sentence tells a
    reading, one per bare sentence."""
    partner: dict[str, str] = {}
    for _where, fact, said, _source in found:
        partner.setdefault(fact, said)
    facts = sorted(partner)
    told = [fact for fact, doc in zip(facts, english().pipe(facts, batch_size=64)) if reports_a_reading(doc)]
    return len(facts), [(fact, partner[fact]) for fact in told]


def main(argv: list[str] | None = None) -> None:
    ns = pair_count_arguments(__doc__, argv)
    facts, told = reading_pairs(pairs(ns.corpus, ns.incidents, ns.shared))
    print(f"bare sentences beside an attributed one sharing {ns.shared}+ content words: {facts}; "
          f"telling someone's reading: {len(told)}")
    for fact, said in random.Random(72).sample(told, min(ns.show, len(told))):
        print(f"  {fact[:160]}\n      || {said[:160]}")


if __name__ == "__main__":
    sys.exit(main())
