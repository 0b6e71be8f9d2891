"""Count, on the GVA crawl, the paragraphs ending in a colon that `set_out.read_out` takes to introduce a statement read
out, by their shape: a sentence with a word of saying, a longer one naming a document, and a short line of a few words
naming one ("Rockford Police Press Release:", "INITIAL REPORT:", "Lisa Washington's Report:").

    python training/count_read_out_intros.py CORPUS_DIR

CORPUS_DIR is the crawl's ``the_violent_corpus`` (usable articles, as `bench/gva.py` reads them). A short line naming
a report with no word of saying is a heading of the outlet's own piece (the story before its update, a reporter's
report), not a document someone issued: the paragraphs under "INITIAL REPORT:" are the outlet's first story, and a
discrepancy line read them as a statement read out (judged dev W: "Officers were dispatched around 8:50 p.m."
given to a source). Printed: every short line with its count, by the document word it names.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.gva import usable_reports  # noqa: E402
from viewer.analysis.set_out import SHORT_INTRO, document_named, says  # noqa: E402


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    ns = parser.parse_args(argv)
    shapes, short = Counter(), Counter()
    for _incident, items in usable_reports(ns.corpus):
        for _name, item in items:
            for shape, line in intros(item["text"]):
                shapes[shape] += 1
                if shape == "short, naming a document":
                    short[(document_named().search(line).group().lower(), line)] += 1
    for shape, n in shapes.most_common():
        print(f"{n:4} {shape}")
    for (word, line), n in sorted(short.items()):
        print(f"{n:4} [{word}] {line}")


def intros(text: str) -> list[tuple[str, str]]:
    """(shape, line) for each paragraph of the text that `read_out` may take to introduce a statement."""
    found = []
    for paragraph in (p.strip() for p in text.split("\n")):
        if not paragraph.endswith(":"):
            continue
        if says(paragraph):
            found.append(("with a word of saying", paragraph))
        elif document_named().search(paragraph):
            shape = "short, naming a document" if len(paragraph.split()) <= SHORT_INTRO else "naming a document"
            found.append((shape, paragraph))
    return found


if __name__ == "__main__":
    main()
