"""How the day a web archive captured a page bounds the day it was published: scored on the GVA crawl.

Every page of the LongTailQATask crawl (see `gva.py`) was fetched from the Wayback Machine, and its address is
the capture's ("…/web/20160918165730/http://abc13.com/…"); the crawl kept each article's publication date from
the page's metadata and two date services. The dating reader places an otherwise undated saved page "on or
before" its capture day (`dating._addressed`, evidence ``captured``). This says how often that bound holds (the
capture on or after the crawl's date, a day's slack) and how loose it is, on the ``develop`` half of
`gva_dates.py`'s split.

    python bench/gva_captures.py CORPUS_DIR     # …/EventRegistries/GunViolenceArchive/the_violent_corpus
"""
from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from gva import read_item  # noqa: E402
from gva_dates import half  # noqa: E402

from viewer.corpus.dating import _addressed  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus_dir", type=Path)
    root = parser.parse_args().corpus_dir
    gaps, broken, uncaptured = [], 0, 0
    for folder in sorted(p for p in root.iterdir() if p.is_dir() and half(p.name) == "develop"):
        for path in folder.glob("*.json"):
            item = read_item(path)
            if not item or not item.get("date"):
                continue
            captured = [e for e in _addressed("", item["uri"]) if e.field == "captured"]
            if not captured:
                uncaptured += 1
                continue
            gap = (date.fromisoformat(captured[0].value) - date.fromisoformat(item["date"][:10])).days
            if gap >= -1:
                gaps.append(gap)
            else:
                broken += 1
    held = len(gaps)
    print(f"pages with a capture address {held + broken}, without {uncaptured}; the bound holds for {held}"
          f" ({held / max(1, held + broken):.3f}), not for {broken}")
    if gaps:
        gaps.sort()
        at = lambda share: gaps[int(share * (len(gaps) - 1))]  # noqa: E731
        print(f"days from publication to capture: median {at(.5)}, quartiles {at(.25)}–{at(.75)}, p90 {at(.9)};"
              f" within a week {sum(g <= 7 for g in gaps) / len(gaps):.3f}")


if __name__ == "__main__":
    main()
