"""Count what follows the stop of a clock time's "a.m." or "p.m.", to tell when that stop ends a sentence.

    python training/count_clock_stops.py [DOCS_DIR ...] [--crawl GVA_CRAWL] [--polnear POLNEAR_DIR] [--parse]
                                         [--examples N] [--kind KIND] [--seed S]

"… at around 3:17 p.m. as both high schools were letting out" is one sentence; the sentence reader of the
discrepancy stage (viewer/analysis/sourcing.py) cut it after "p.m.", so the sentence before the next one was a piece
naming no source, and a fact carrying a source's account on was read as the outlet's own. spaCy's parse errs the
other way: "… was shot at 10 p.m. He died at the scene" is one sentence to it. The word after every such stop is
counted by kind: a word in lower case, a weekday, a month, a time zone (the tables of `clock_goes_on`), another
capitalised word (split by whether the clock time opens its sentence, `clock_opens_sentence`), a number, a mark
or nothing (end of line). Texts are .txt folders and the GVA crawl
(``--crawl``, one copy of a syndicated text). ``--parse`` adds how the app's spaCy parse reads each kind (a sentence
starting at the word or not); ``--polnear`` counts PolNeAR train's documents by their annotated sentences (a
sentence starting at the word or not). ``--examples`` prints that many cases of ``--kind``, drawn with ``--seed``,
to read.
"""
from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))

from viewer.corpus.sentence_ends import clock_opens_sentence, word_kind  # noqa: E402

_CLOCK_STOP = re.compile(r"(?<![^\W\d_])[ap]\.m\.([ \t]+)(\S*)", re.IGNORECASE)
_CONTEXT = 300  # characters each side of a stop parsed with ``--parse``


def kind_of(word: str) -> str:
    """The kind of the word after a clock's stop (`word_kind`, and the kinds that word cannot have)."""
    bare = word.strip("\"“”'‘’(),;:.")
    if not word:
        return "line end"
    if not bare or not bare[0].isalnum():
        return "mark"
    return "number" if bare[0].isdigit() else word_kind(bare)


def texts(folders: list[Path], crawl: Path | None) -> Iterator[tuple[str, str]]:
    """(name, text) of every .txt file of ``folders`` and every usable article of the crawl, each text once."""
    seen = set()
    for folder in folders:
        for path in sorted(folder.glob("*.txt")):
            yield path.name, path.read_text(encoding="utf-8", errors="replace")
    for incident in sorted(p for p in crawl.iterdir() if p.is_dir()) if crawl else ():
        from gva import read_item

        for path in sorted(incident.iterdir()):
            item = read_item(path)
            if item and item["text"] and (key := item["text"][:300]) not in seen:
                seen.add(key)
                yield f"{incident.name}/{path.name}", item["text"]


def stops(named_texts) -> Iterator[tuple[str, str, str, int]]:
    """(kind, name, text, where the next word starts) of every clock stop."""
    for name, text in named_texts:
        for m in _CLOCK_STOP.finditer(text):
            kind = kind_of(m.group(2))
            if kind == "capitalised":
                kind += ", clock opens its sentence" if clock_opens_sentence(text, m.start()) else ", after a clause"
            yield kind, name, text, m.start(2)


def count(folders: list[Path], crawl: Path | None = None) -> tuple[Counter, list[str]]:
    """Stops by kind, and the lower-case cases in context (kept for the first count's test)."""
    kinds, lower = Counter(), []
    for kind, name, text, at in stops(texts(folders, crawl)):
        kinds[kind] += 1
        if kind == "lower case":
            lower.append(_shown(name, text, at))
    return kinds, lower


def parsed_starts(found: list[tuple[str, str, str, int]]) -> Counter:
    """(kind, "starts"/"goes on") by whether the app's spaCy parse starts a sentence at each stop's next word."""
    from viewer.analysis.segment import Unparsed, parse_many

    windows = [(kind, text[max(0, at - _CONTEXT):at + _CONTEXT], min(at, _CONTEXT)) for kind, _n, text, at in found]
    docs = parse_many(Unparsed(i, window, []) for i, (_k, window, _a) in enumerate(windows))
    read = Counter()
    for (kind, _w, at), parsed in zip(windows, docs):
        starts = any(s.start == at for s in parsed.sentences())
        read[kind, "starts" if starts else "goes on"] += 1
    return read


def gold_starts(polnear: Path) -> Counter:
    """(kind, "starts"/"goes on") by PolNeAR train's annotated sentences (gold.json beside docs/)."""
    import json

    documents = json.loads((polnear / "gold.json").read_text(encoding="utf-8"))["documents"]
    read = Counter()
    for document in documents:
        text = (polnear / "docs" / document["name"]).read_text(encoding="utf-8")
        openings = {start for start, _end in document["sentences"]}
        for kind, _n, _t, at in stops([(document["name"], text)]):
            read[kind, "starts" if at in openings else "goes on"] += 1
    return read


def _shown(name: str, text: str, at: int) -> str:
    return f"{name}: …{text[max(0, at - 70):at + 50]}…".replace("\n", " ")


def _table(read: Counter, title: str) -> None:
    print(f"\n{title}: kind, sentence starts at the next word, goes on")
    for kind in sorted({k for k, _ in read}, key=lambda k: -read[k, "starts"] - read[k, "goes on"]):
        print(f"{kind}\t{read[kind, 'starts']}\t{read[kind, 'goes on']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path)
    parser.add_argument("--crawl", type=Path, help="GunViolenceArchive/the_violent_corpus")
    parser.add_argument("--polnear", type=Path, help="prepared PolNeAR train (gold.json, docs/)")
    parser.add_argument("--parse", action="store_true", help="also count how the app's spaCy parse reads each kind")
    parser.add_argument("--examples", type=int, default=0)
    parser.add_argument("--kind", default="lower case")
    parser.add_argument("--seed", type=int, default=54)
    ns = parser.parse_args()
    found = list(stops(texts(ns.folders, ns.crawl)))
    for kind, n in Counter(kind for kind, *_ in found).most_common():
        print(f"{kind}\t{n}")
    if ns.parse:
        _table(parsed_starts(found), "spaCy parse")
    if ns.polnear:
        _table(gold_starts(ns.polnear), "PolNeAR train, annotated sentences")
    shown = [_shown(name, text, at) for kind, name, text, at in found if kind == ns.kind]
    for line in random.Random(ns.seed).sample(shown, min(ns.examples, len(shown))):
        print(line)


if __name__ == "__main__":
    main()
