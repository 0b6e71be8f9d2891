"""An act failed or refused beside another act of the story, counted before any veto was built (session 74, stage74).

    python bench/failed_steps.py DATA --base DIR [--judged TSV ...] [--show]
    python bench/failed_steps.py DATA --sets basil,basilB,basilD,wcepA [--sample N]
    python bench/failed_steps.py DATA --crawl CORPUS [--sample N]
    python bench/failed_steps.py DATA --msrp FOLDER

The reading is `claims.failures.failed_beside_step`: one unit's main verb is a verb of an act not done ("failed to
override", the stems of `negating_verbs.json`) and all its main verbs are such, and the other unit denies nothing, tells
its acts done and states neither the failed act nor a word of the failing unit. The judged count reads every judged dev link as `bench/stage_wrongs.py` reads it (each side's document
parsed whole, re-judged verdicts over the first ones) and prints R/P/W (the stage class's W apart) by whether
``--base``'s exports make the link and whether a shipped veto parts it already. ``--sets`` reads every sentence pair of
two reports of one event in the named sets sharing two content terms or more, ``--crawl`` the first two usable reports
of each GVA crawl incident sharing three (only reports holding a failing verb before "to" are parsed), and print
``--sample`` of the pairs the reading parts (drawn at random, seed 74), to be read by hand; ``--msrp`` MSRP's pairs
it parts, by label.

Run in session 74 on main 64b85c47's exports (/work/data/final74/base): judged W 5 (one story), R 0, P 0; basil,
basilB, basilD and wcepA 69 close pairs, the crawl 10, MSRP 6 (2 labelled paraphrases); docs/linking.md "An act
failed or refused beside another act done".
"""
from __future__ import annotations

import itertools
import sys
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from intended_acts import _as_laid_out  # noqa: E402
from stage_wrongs import STAGE_CLASS, parted_counts, parted_without, read  # noqa: E402
from veto_counts import count_one_reading, incident_pairs, story_pairs  # noqa: E402

from viewer.analysis.claims.denials import _negating_verbs  # noqa: E402
from viewer.analysis.claims.failures import failed_beside_step  # noqa: E402
from viewer.analysis.claims.features import UnitFeatures  # noqa: E402
from viewer.analysis.claims.units import unit_features  # noqa: E402
from viewer.corpus.spans import Span  # noqa: E402

VETO = "failed_beside_step"


def judged_counts(data: Path, base: Path, files: list[Path], show: bool) -> list[str]:
    """R/P/W (the stage class's W apart) of the judged dev links the reading parts, by made and already parted."""
    def parted():
        for row, made, units, _tokens, texts in read(data, base, files, made_only=False):
            a, b = (_as_laid_out(data, row, side, unit) for side, unit in zip("ab", units))
            if failed_beside_step(a, b):
                yield row, made, parted_without(VETO, a, b), texts
    return parted_counts(parted(), STAGE_CLASS, "stage", show)


def set_pairs(data: Path, names: list[str]) -> list[tuple[str, str, str]]:
    """The close sentence pairs (two content terms shared) of two reports of one event the reading parts."""
    return story_pairs(data, names, _negating_verbs().search, lambda docs: close_pairs(docs, 2))


def crawl_pairs(corpus: Path) -> list[tuple[str, str, str]]:
    """`close_pairs` of the first two usable reports of each crawl incident that has two, sharing three content
    terms."""
    return incident_pairs(corpus, _negating_verbs().search, lambda docs: close_pairs(docs, 3))


def close_pairs(docs: list, shared: int) -> list[tuple[str, str]]:
    """The sentence pairs of two parsed reports or more, sharing ``shared`` content terms or more, the reading parts
    and no shipped veto parts already."""
    sides = [[(_headline_marked(d, s), s.text) for s in d.sents if len(s) > 3] for d in docs]
    return [(x, y) for one, two in itertools.combinations(sides, 2) for (a, x), (b, y) in itertools.product(one, two)
            if len(set(a.terms) & set(b.terms)) >= shared and failed_beside_step(a, b)
            and not parted_without(VETO, a, b)]


def _headline_marked(doc, sentence) -> UnitFeatures:
    """The sentence's features, marked a headline when it lies in the document's first line, as the sets lay it out."""
    unit = unit_features(doc, Span(sentence.start_char, sentence.end_char))
    return replace(unit, headline=sentence.start_char < doc.text.find("\n"))


def main(argv: list[str] | None = None) -> None:
    count_one_reading(argv, __doc__, judged_counts, set_pairs, crawl_pairs, 74, msrp_parts=failed_beside_step)


if __name__ == "__main__":
    main()
