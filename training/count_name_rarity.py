"""Count how many news reports of each public source name each name, and write the table a rarity sign for the story
gate would read (`bench/rarity_gate.py` reads it; measured in session 78 and not shipped, so no module reads it and it
is not in the package).

Near the story gate's bar two reports of two political stories share the names every political report gives
("Biden", "President", "House"), two reports of one story its rare ones (session 77, recall77): a shared name says
more the fewer reports carry it. How few is counted here over public news, not in the user's corpus (a corpus of one
story would find every one of its names common): the GVA crawl (US shootings, each usable report once), and the
reports of the readable set draws of BASIL (US politics 2010-2019), WCEP (world events) and AllSides (US politics
2021; `bench/dev_sets.readable`, so never a session's blind draws). A word counts where it is written capitalised, as
the parser's proper names mostly are, under the key names are compared by (`vocabulary.term`).

    python training/count_name_rarity.py DATA GVA_CORPUS_DIR --out TABLE

The table keeps, for each key carried by at least ``--least`` of some source's reports, how many reports of each
source carry it; its ``reports`` says how many each source has. The sources (`bench/dev_sets.SOURCES`, NeuS roundups
once a draw of them is judged) are kept apart so that a bench can
count a source's rarity on the others only (`bench/rarity_gate.py`) and the reader can weigh them equally (the crawl
is the largest, and would otherwise make every political name rare).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from dev_sets import SOURCES, readable, source_of  # noqa: E402
from gva import usable_reports  # noqa: E402
from viewer.analysis.claims.vocabulary import term  # noqa: E402

CAPITALISED = re.compile(r"(?<![\w'’.-])(?:[A-Z](?:\.[A-Z])+\.?|[^\W\d_a-z](?:[^\W_]|-(?=[^\W_]))+)")


def names_of(text: str) -> set[str]:
    """The keys of the capitalised words of a report; a hyphenated one counts whole and by its capitalised parts, as
    the parser keeps some whole ("COVID-19") and splits others ("Jean-Pierre")."""
    words = CAPITALISED.findall(text)
    parts = [p for w in words if "-" in w for p in w.split("-") if p[:1].isupper() and len(p) > 1]
    return {term(w) for w in words + parts}


def set_reports(data: Path, source: str) -> Iterator[str]:
    """The text of each report of the readable draws of ``source`` under DATA/sets, each file once."""
    seen = set()
    for folder in sorted((data / "sets").iterdir()):
        if source_of(folder.name) != source or not readable(folder.name) or not (folder / "docs").is_dir():
            continue
        for path in sorted((folder / "docs").glob("*.txt")):
            if path.name not in seen:
                seen.add(path.name)
                yield path.read_text(encoding="utf-8", errors="replace")


def crawl_reports(corpus: Path) -> Iterator[str]:
    for _incident, items in usable_reports(corpus):
        for _name, item in items:
            yield f"{item['title']}\n{item['text']}"


def counted(texts: Iterable[str]) -> tuple[Counter, int]:
    """How many of ``texts`` carry each key, and how many texts there were."""
    carried, reports = Counter(), 0
    for text in texts:
        carried.update(names_of(text))
        reports += 1
    return carried, reports


def table(counts: dict[str, tuple[Counter, int]], least: int) -> dict:
    """The keys carried by ``least`` reports of a source, by source in `dev_sets.SOURCES`' order; a source with no
    readable report (a blind source's first draws) is left out, as a column of none would divide rarity by zero."""
    sources = [s for s in SOURCES if counts.get(s, (None, 0))[1]]
    kept = sorted({key for carried, _n in counts.values() for key, c in carried.items() if c >= least})
    return {
        "produced_by": "python training/count_name_rarity.py DATA GVA_CORPUS_DIR --out TABLE",
        "source": "capitalised words (vocabulary.term keys) of the GVA crawl's usable reports (cltl/LongTailQATask) and "
                  "of the readable draws of BASIL (launchnlp/BASIL), WCEP (the WCEP sample) and AllSides "
                  "(HLTCHKUST/framing-bias-metric) under DATA/sets",
        "least": least,
        "sources": sources,
        "reports": [counts[s][1] for s in sources],
        "carried": {key: [counts[s][0][key] for s in sources] for key in kept},
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--least", type=int, default=5)
    ns = parser.parse_args(argv)
    counts = {"gva": counted(crawl_reports(ns.corpus))}
    counts.update({s: counted(set_reports(ns.data, s)) for s in SOURCES if s != "gva"})
    data = table(counts, ns.least)
    print(dict(zip(data["sources"], data["reports"])), len(data["carried"]), "keys")
    ns.out.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
