"""Whether a unit's denials deny the same acts, and its words read the same forms, in the parse the analysis read it
in as in a parse of the unit alone.

    python bench/unit_denials_parse.py FOLDER [FOLDER ...] [--limit N] [--show K]

A polarity line needs the act a denial denies (`claims.denied_acts.denied_acts`) and whether the other source's words
say it (`polarity.says_act` over their `word_forms`). Until session 72 a relink parsed the denying mention and the other
side's mentions alone for them, which loaded spaCy's pipeline for every hand link; now each unit reads both at
analysis, cut out of its document's parse (`claims.denied_acts.unit_denials`, `packed_forms`). Each FOLDER's
reports are analysed as `bench/unit_events_parse.py` reads them and every unit is then parsed alone as well. Printed
per folder: the denials read and how many deny the same acts both ways, the units and how many read the same word
forms; then, for units whose forms differ, the words only one read gives (counted), and ``--show`` denials whose acts
differ. Run in session 72 (speed72) on judged and unjudged news sets.
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.unit_events_parse import analysed_units, arguments  # noqa: E402
from viewer.analysis.claims.denials import denial_phrase, denials, word_start  # noqa: E402
from viewer.analysis.claims.denied_acts import denied_acts, word_forms  # noqa: E402
from viewer.analysis.nlp import english  # noqa: E402


def alone_denials(doc, text: str) -> list[str]:
    """The acts each denial of the text denies in its own parse, as the polarity reader read them before."""
    out = []
    for hit in denials(text):
        at = word_start(text, hit.start())
        first = denial_phrase(text, at).split()[:1]
        out.append(" ".join(denied_acts(doc, at, at + len(first[0]))) if first else "")
    return out


def compared(folder: Path, limit: int, counts: Counter[str], words: Counter[str], shown: list[str]) -> None:
    """Adds the folder's counts: denials and units read alike, words only one read gives, differing denials."""
    units = list(analysed_units(folder, limit))
    texts = [text for text, _ in units]
    for (text, features), doc in zip(units, english().pipe(texts, batch_size=64)):
        counts["units"] += 1
        alone = alone_denials(doc, text)
        counts["denials"] += len(alone)
        counts["same acts"] += sum(a == b for a, b in zip(features.denied, alone))
        shown += [f"{a!r} in its document, {b!r} alone | {text}" for a, b in zip(features.denied, alone) if a != b]
        inside, own = set(features.word_forms.split()), word_forms(doc)
        counts["same forms"] += inside == own
        words.update(f"document only: {w}" for w in inside - own)
        words.update(f"alone only: {w}" for w in own - inside)


def main(argv: list[str] | None = None) -> int:
    args = arguments(argv, __doc__)
    total: Counter[str] = Counter()
    words: Counter[str] = Counter()
    shown: list[str] = []
    for folder in args.folders:
        counts: Counter[str] = Counter()
        compared(folder, args.limit, counts, words, shown)
        print(f"{folder.name}: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
        total += counts
    print("all: " + ", ".join(f"{k} {v}" for k, v in total.items()))
    print("words only one read gives: " + ", ".join(f"{w} {n}" for w, n in words.most_common(30)))
    for line in shown[:args.show]:
        print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
