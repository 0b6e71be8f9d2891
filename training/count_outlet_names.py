"""Write each news site's publisher name as its own pages write it: `corpus/outlet_names.json`.

    python training/count_outlet_names.py GVA_CRAWL [--out viewer/corpus/outlet_names.json]

A saved page often names its site only by a label ("wmcactionnews5.com", "nytimes"). The pages of the Gun
Violence Archive crawl (bench/gva.py `read_item`: title, text, address) name their publisher after the headline
("… - WMC Action News 5 - Memphis, Tennessee") and in their copyright line ("Copyright 2017 WMC Action News 5").
Each such name is counted for the page's host when its words spell the host (`outlet_names.spelt_name`, the test
the import applies to a page of its own) and it is written with capitals (a name, not the label again), once per
page. The name most pages of a host give is kept (the shorter on a tie), with how many pages gave it and how many
pages of the host the crawl holds. The import takes it for a page that names its publisher nowhere itself.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.gva import read_item  # noqa: E402
from training.count_tables import GVA_CRAWL, write_table  # noqa: E402
from viewer.corpus.boilerplate import find_boilerplate  # noqa: E402
from viewer.corpus.metadata import outlet_credits  # noqa: E402
from viewer.corpus.outlet_names import host_labels, host_of, spelt_name, title_parts  # noqa: E402

def page_names(title: str, text: str, labels: list[str]) -> set[str]:
    """The names a page gives its publisher that spell its host: title parts after the headline, copyright owners."""
    owners = [name for _span, kind, name in outlet_credits(text, find_boilerplate(text)) if kind == "copyright"]
    found = {spelt_name(candidate, labels) for candidate in title_parts(title) + owners}
    return {name for name in found if name and name != name.casefold()}


def count(crawl: Path) -> tuple[dict[str, dict], int]:
    """Each host's most given name, with its counts; and how many pages were read."""
    names: defaultdict[str, Counter] = defaultdict(Counter)
    pages: Counter = Counter()
    read = 0
    for path in sorted(crawl.glob("*/*.json")):
        item = read_item(path)
        host = host_of(item["uri"]) if item else ""
        if not host:
            continue
        read += 1
        pages[host] += 1
        names[host].update(page_names(item["title"], item["text"], host_labels(host)))
    table = {}
    for host in sorted(names):
        if names[host]:
            name, given = min(names[host].items(), key=lambda entry: (-entry[1], len(entry[0]), entry[0]))
            table[host] = {"name": name, "pages_giving_it": given, "pages_of_host": pages[host]}
    return table, read


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("crawl", type=Path)
    parser.add_argument("--out", type=Path, default=ROOT / "viewer" / "corpus" / "outlet_names.json")
    ns = parser.parse_args()
    table, read = count(ns.crawl)
    write_table(ns.out, "count_outlet_names.py", {
        "data": f"{GVA_CRAWL} ({read} pages with an address)",
        "rule": "per host, the name its pages' title endings and copyright lines give whose words spell the host"
                " (outlet_names.spelt_name), written with capitals; the most given, the shorter on a tie",
        "counts": "pages_giving_it: pages of the host giving that name; pages_of_host: the host's pages in the crawl",
    }, "hosts", table)
    print(f"{len(table)} hosts named, of {read} pages")


if __name__ == "__main__":
    main()
