"""Check the nouns a speaker writes through on PolNeAR train and write them with their counts.

    python training/count_written.py PREPARED [--out viewer/resources/attribution/written.json] [--cache FILE]

"Kovalenko's tweet read…", "his statement said…": a written thing speaks for whoever wrote it;
"Trump issued a statement saying…", "the group placed ads calling…": the words of a thing put out
are those of whoever put it out. Which nouns name such things is a judgement no annotation of
PolNeAR makes, so the candidates are written here as lists. Every entry is then counted on the
articles of the ``fit`` part of PolNeAR's train split: how often annotators' gold attributions
use it in the role the analysis gives it, against how often it occurs there at all. A written
noun is used when it heads a gold source ("the statement said") or carries a gold cue's verb
("a statement saying"); a noun of a thing put out only in the second way. Entries the fit part
never shows in their role are dropped, so the shipped table holds only nouns the data shows.
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from training.count_classes import _heads, fit_part, write_table  # noqa: E402

WRITTEN_NOUNS = "tweet post statement message letter note communique communiqué headline release".split()
ISSUED_NOUNS = "ad advertisement video".split()  # put out with words in them, never read from


def main() -> None:
    args, gold, docs = fit_part(__doc__, "written.json")
    sources, issued = _uses(gold, docs)
    seen = Counter(t.lemma_.lower() for doc in docs.values() for t in doc if t.pos_ == "NOUN")
    write_table(args, "count_written.py", "written_nouns: [gold sources it heads, gold cues whose verb hangs from it, "
                "times it occurs]; issued_nouns: [gold cues whose verb hangs from it, times it occurs]", docs, {
        "written_nouns": {w: [sources[w], issued[w], seen[w]] for w in sorted(WRITTEN_NOUNS) if sources[w] + issued[w]},
        "issued_nouns": {w: [issued[w], seen[w]] for w in sorted(ISSUED_NOUNS) if issued[w]},
    })


def _uses(gold: dict, docs: dict) -> tuple[Counter, Counter]:
    """Common nouns heading a gold source, and those a gold cue's verb is a clause of ("a statement saying")."""
    sources, issued = Counter(), Counter()
    for attribution in gold["attributions"]:
        doc = docs.get(attribution["doc"])
        if doc is None:
            continue
        for head in _heads(doc, attribution["source"]):
            if head.pos_ == "NOUN":  # not "The Washington Post"
                sources[head.lemma_.lower()] += 1
        for head in _heads(doc, attribution["cue"]):
            if head.dep_ == "acl" and head.head.pos_ == "NOUN":
                issued[head.head.lemma_.lower()] += 1
    return sources, issued


if __name__ == "__main__":
    main()
