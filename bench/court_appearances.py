"""How well `claims.hearings.COURT_WORDS` tells an appearance in court from other appearances, on the GVA crawl.

``hearings.tells_hearing`` reads "appear" as a hearing only with a court word among the unit's terms. This finds every
"appear(ed|s|ing) in/before/at/for/via …" in the crawl's usable reports and files it by whether one of the next seven
words is a court word, printing the others so a reader can say which are court appearances the list misses.

    python bench/court_appearances.py CORPUS

Session 68, on the crawl's 914 two-report incidents (every usable report): 164 appearances, 143 with a court word (30
of 30 read at random were court appearances), 21 without: 5 court appearances ("in front of a juvenile magistrate",
"in a Hawaii Island courtroom", "before Hathaway", "before Kenny", "for another pre-trial"), 16 not ("appears in good
health", "appeared at the rear passenger door"). "magistrate" and "courtroom" joined the list from this count (145
with a court word since); a judge's bare name and "pre-trial" did not (one each, and a name alone does not say court).
"""
from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from gva import usable_reports  # noqa: E402
from viewer.analysis.claims.hearings import COURT_WORDS  # noqa: E402
from viewer.analysis.claims.vocabulary import term  # noqa: E402

APPEARANCE = re.compile(r"\bappear(?:ed|s|ing)?\s+(?:in|before|at|for|via)\b(?=((?:\W+[\w'-]+){1,7}))", re.I)


def appearances(text: str) -> Iterator[tuple[str, bool]]:
    """Each appearance phrase of the text, with whether a court word is among its next seven words."""
    for match in APPEARANCE.finditer(text):
        words = {term(w) for w in re.findall(r"[\w'-]+", match.group(1))}
        yield " ".join((match.group(0) + match.group(1)).split()), bool(words & COURT_WORDS)


def count(texts: Iterable[str]) -> tuple[int, list[str]]:
    """Appearances with a court word, and the phrases of those without one."""
    found = [a for text in texts for a in appearances(text)]
    return sum(court for _, court in found), [phrase for phrase, court in found if not court]


def main(corpus: Path) -> None:
    texts = (f"{item['title']}\n{item['text']}" for _, items in usable_reports(corpus) for _, item in items)
    with_court, others = count(texts)
    print(f"{with_court + len(others)} appearances, {with_court} with a court word, {len(others)} without:")
    for phrase in others:
        print(" ", phrase)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
