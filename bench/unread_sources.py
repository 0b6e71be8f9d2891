"""How many sentences naming a source in the outlet's words the analysis read no speaker for, on kept corpora.

`sourcing._unread_source_before` withholds a "stated as fact" line after such a sentence: whose account the fact
carries on cannot be told. This counts, over every sentence of kept corpora (`bench/keep_corpora.py`) that names a
source in its outlet's words (`sourcing._told`), those an attribution with a speaker holds (read) and the rest
(unread), and prints ``--show N`` of the unread drawn at random (``--seed``) to read whether they name a source at all.

    python bench/unread_sources.py STEM[,STEM...] [--show N] [--seed S]

Run in session 68 (lines68) on the kept corpora of the 35 discrepancy-judged sets: read 6,333, unread 2,895.
"""
from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from discrepancy_signs import sentences  # noqa: E402

from viewer.analysis import store  # noqa: E402
from viewer.analysis.model import Mention  # noqa: E402
from viewer.analysis.sourcing import _source_of, _told  # noqa: E402
from viewer.corpus.store import Corpus  # noqa: E402


def told_sentences(stem: str) -> list[tuple[bool, str]]:
    """Each sentence of a kept corpus naming a source in its outlet's words, with whether a speaker was read for it."""
    out = []
    with Corpus(Path(stem + ".corpus")) as corpus:
        sources = store.attribution_sources(corpus)
        for document in corpus.document_ids():
            for start, end, sentence in sentences(corpus.document(document).text):
                if _told(sentence):
                    held = _source_of(Mention(0, start, end, sentence), sources.get(document, []))
                    out.append((bool(held), " ".join(sentence.split())))
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("stems")
    parser.add_argument("--show", type=int, default=0)
    parser.add_argument("--seed", type=int, default=68)
    ns = parser.parse_args(argv)
    found = [row for stem in ns.stems.split(",") for row in told_sentences(stem)]
    counts = Counter("read" if read else "unread" for read, _s in found)
    print(f"sentences naming a source in the outlet's words: read {counts['read']}, unread {counts['unread']}")
    unread = [s for read, s in found if not read]
    for sentence in random.Random(ns.seed).sample(unread, min(ns.show, len(unread))):
        print(f"  {sentence[:160]}")


if __name__ == "__main__":
    sys.exit(main())
