"""What every counting script shares: the crawl texts it reads and the table it writes.

A table is a data file the analysis reads at run time; its ``provenance`` says where each entry came
from (data, rule, what the counts mean) and the command and day that wrote it, so it can be redone.
"""
from __future__ import annotations

import argparse
import datetime
import json
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.gva import read_item  # noqa: E402

GVA_CRAWL = ("Gun Violence Archive crawl (cltl/LongTailQATask, EventRegistries/GunViolenceArchive/the_violent_corpus, "
             "6,224 local news pages)")


def crawl_texts(crawl: Path) -> Iterable[str]:
    """The text of every readable page of the GVA crawl, in path order."""
    for path in sorted(crawl.glob("*/*.json")):
        item = read_item(path)
        if item:
            yield item["text"]


def msrp_sentences(folder: Path) -> list[str]:
    """Both sentences of every MSRP pair (``folder``: msr_paraphrase_*.txt, read as the verifier's fit reads them)."""
    from viewer.analysis.claims.fit_verifier import msrp_rows
    return [text for path in sorted(folder.glob("msr_paraphrase_*.txt")) for _l, _a, _b, *pair in msrp_rows(path)
            for text in pair]


def crawl_arguments(description: str, out: Path) -> argparse.ArgumentParser:
    """The command line of a script that counts the crawl and, with ``--also``, folders of .txt files."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("crawl", type=Path)
    parser.add_argument("--also", type=Path, action="append", default=[])
    parser.add_argument("--out", type=Path, default=out)
    return parser


def crawl_and_folder_texts(ns: argparse.Namespace) -> tuple[list[str], str]:
    """The crawl's texts and every .txt under each ``--also`` folder, with the provenance line naming them."""
    texts = list(crawl_texts(ns.crawl))
    for folder in ns.also:
        texts += [p.read_text(encoding="utf-8", errors="replace") for p in sorted(folder.rglob("*.txt"))]
    data = (GVA_CRAWL + "".join(f"; every .txt under {folder.parent.name}/{folder.name}" for folder in ns.also)
            + f" ({len(texts)} texts)")
    return texts, data


def crawl_folder_and_msrp_texts(description: str, out: Path,
                                argv: list[str] | None = None) -> tuple[argparse.Namespace, list[str], str]:
    """The command line of a counter of the crawl, ``--also`` folders and, with ``--msrp``, both sentences of every
    MSRP pair, read: its arguments, the texts and the provenance line naming them."""
    parser = crawl_arguments(description, out)
    parser.add_argument("--msrp", type=Path)
    ns = parser.parse_args(argv)
    texts, data = crawl_and_folder_texts(ns)
    if ns.msrp:
        sentences = msrp_sentences(ns.msrp)
        texts += sentences
        data += f"; both sentences of every MSRP pair ({len(sentences)} sentences)"
    return ns, texts, data


def write_kept_words(out: Path, script: str, data: str, rule: str, seen: Counter, example: dict[str, str],
                     kept: frozenset[str]) -> None:
    """Write the table of the counted words read by hand and ``kept``, each with its count and first passage."""
    provenance = {"data": data, "rule": rule,
                  "counts": "passages each word was seen in that shape, with the first of them"}
    entries = {word: {"count": n, "example": example[word]} for word, n in sorted(seen.items()) if word in kept}
    write_table(out, script, provenance, "entries", entries)


def write_table(out: Path, script: str, provenance: dict[str, str], key: str, entries,
                more: dict | None = None) -> None:
    """Write ``{"provenance": …, key: entries}`` (and the ``more`` tables beside it) with the command that made it
    and today's date."""
    table = {"provenance": {**provenance, "command": f"python training/{script} " + " ".join(sys.argv[1:]),
                            "date": datetime.date.today().isoformat()}, key: entries, **(more or {})}
    out.write_text(json.dumps(table, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def tally(counted: Counter, shown: Counter, key, show: int, example: str) -> None:
    """Count ``key`` in ``counted`` and print ``example`` for its first ``show`` instances: what a counter prints so
    its counts can be read against the sentences behind them."""
    counted[key] += 1
    if shown[key] < show:
        shown[key] += 1
        print(example)
