"""What PolNeAR train says of a sentence whose main clause's subject is a source: the outlet's own, or a source's.

    python bench/acting_sources.py PREPARED

PREPARED is PolNeAR train as ``../shared/eval/polnear.py prepare`` writes it. The discrepancy stage writes no "stated
as fact" line on a sentence whose main clause's subject is the source the other report names, or a police force or
its members where that source is a force (`sourcing._acted_by_the_partners_source`). Of the sentences the analysis
could read as a fact (training/fit_own_voice.py's `sentence_rows`, both parts), this counts those whose main
clause's subject (`discrepancies._acting`, from the sentence's unit features) is a force or its members
(`force_members.force_acts`' test of the subject), and those whose subject is a word of the source of an attribution
of the same article whose source words lie within ``REACH`` characters, and how many of each PolNeAR gives to the
outlet (no attribution's content holds half of it).
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from training.fit_own_voice import sentence_rows  # noqa: E402
from training.polnear_parts import part_of  # noqa: E402
from viewer.analysis.claims.units import unit_features  # noqa: E402
from viewer.analysis.claims.vocabulary import term  # noqa: E402
from viewer.analysis.discrepancies import _acting  # noqa: E402
from viewer.analysis.force_members import force_acts, source_words  # noqa: E402
from viewer.analysis.nlp import english  # noqa: E402
from viewer.corpus.spans import Span  # noqa: E402

REACH = 600


def counted(prepared: Path) -> Counter:
    """(part, reading, own) -> sentences, reading "all", "force" or "named"."""
    gold = json.loads((prepared / "gold.json").read_text(encoding="utf-8"))
    by_doc = defaultdict(list)
    for a in gold["attributions"]:
        by_doc[a["doc"]].append(a)
    found: Counter = Counter()
    for d in gold["documents"]:
        text = (prepared / "docs" / d["name"]).read_text(encoding="utf-8")
        part = part_of(d["name"])
        sources = [(a["source"][0][0], a["source_text"]) for a in by_doc[d["name"]]
                   if a["source"] and a.get("source_text")]
        for row in sentence_rows(text, d["sentences"], by_doc[d["name"]]):
            found[(part, "all", row["own"])] += 1
            subject = _acting(unit_features(english()(row["text"]), Span(0, len(row["text"]))))
            at = text.find(row["text"])
            if force_acts(subject, row["text"], "police"):
                found[(part, "force", row["own"])] += 1
            if subject and any(abs(start - at) < REACH and subject in {term(w) for w in source_words(name)}
                               for start, name in sources):
                found[(part, "named", row["own"])] += 1
    return found


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("prepared", type=Path)
    found = counted(parser.parse_args(argv).prepared)
    for part in ("fit", "check"):
        for reading in ("all", "force", "named"):
            own, sourced = found[(part, reading, True)], found[(part, reading, False)]
            print(f"{part:5} {reading:6} sentences {own + sourced:5}  own {own:5} ({own / max(1, own + sourced):.3f})"
                  f"  sourced {sourced}")


if __name__ == "__main__":
    sys.exit(main())
