"""What a gate deciding once per report pair (as `incident_days` does) could take out of the links an export makes:
the judged links made, grouped by their two reports.

    python bench/incident_pairs.py EXPORTS [--judged TSV ...]

A report-level sign (the two reports' victims, places or days apart) parts every link of the pair, so it can only gain
where a report pair holds wrong links and no right one. Judged links: every training/judged/links*.tsv but the blind
draws' (`background_acts.dev_link_files`), rejudged verdicts over them (`wound_links.judged_rows`); made: those the
exports in EXPORTS (SET.json, `bench/quality.py --keep`) make (`background_acts.made_links`). Printed: the W classed
"another incident" made, each with the R/P/W made between the same two reports and whether the GVA filed the two
reports under one incident (the file names' number); links made between reports of two GVA incidents; and the W (by
class) a perfect report-level gate could take, those in report pairs holding no right link made. Session 64,
docs/linking.md "Two incidents' reports filed as one".

On main's kept exports of every set at session 64 (8582c3b4's analysis; 32 link-judged dev sets): 23 W classed
another incident made, 21 of them in 11 report pairs of one GVA incident that also hold 44 right links made (one of
the two reports tells both incidents), 2 in gvaV's two round-ups of two nights (the only links made between two GVA
incidents' reports); W in report pairs holding no right link made: 32 of 543.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from background_acts import dev_link_files, made_links  # noqa: E402
from wound_links import judged_rows  # noqa: E402

ANOTHER = "another incident"
Read = TypeVar("Read")


def title_and_text(path: Path) -> tuple[str, str]:
    """A drawn report's headline (its first line) and text."""
    title, _, text = path.read_text(encoding="utf-8").partition("\n")
    return title.strip(), text.strip()


def judged_sides(data: Path, read: Callable[[Path], Read],
                 files: list[Path] | None = None) -> Iterator[tuple[tuple, dict, Read, Read]]:
    """Each judged link (its key, its row: ``files``, or every dev file, rejudged verdicts) with its two reports as
    ``read`` reads them
    from their files in DATA, each report read once: what the counters of a report-level sign tally
    (`training/count_lede_ages.py`, `count_named_apart.py`, `bench/dated_lede_links.py`)."""
    cache: dict[Path, Read] = {}
    for key, row in judged_rows(dev_link_files(files)).items():
        sides = []
        for side in "ab":
            path = data / "sets" / row["set"] / "docs" / row[f"file_{side}"]
            if path not in cache:
                cache[path] = read(path)
            sides.append(cache[path])
        yield key, row, sides[0], sides[1]


def incident(file: str) -> str:
    """The GVA incident a draw's report was filed under: its file name's number ("212294_0098fbeb.txt")."""
    return file.split("_")[0]


def report_pairs(rows: dict, made: set) -> dict[tuple[str, str, str], list[dict]]:
    """The judged links made, by (set, report, report)."""
    out: dict[tuple[str, str, str], list[dict]] = defaultdict(list)
    for key, row in rows.items():
        if key in made:
            out[(row["set"], *sorted((row["file_a"], row["file_b"])))].append(row)
    return out


def verdicts(rows: list[dict]) -> Counter:
    return Counter(r["verdict"] for r in rows)


def lines(pairs: dict[tuple[str, str, str], list[dict]]) -> list[str]:
    """The printed tables (the module docstring)."""
    out = ["W classed another incident made, by report pair (R/P/W made between the two reports):"]
    held, alone = Counter(), Counter()
    for key, rows in sorted(pairs.items()):
        wrong = sum(r["verdict"] == "W" and r.get("class") == ANOTHER for r in rows)
        if not wrong:
            continue
        c = verdicts(rows)
        one = "one GVA incident" if incident(key[1]) == incident(key[2]) else "two GVA incidents"
        out.append(f"  {key[0]:7} {key[1]} {key[2]}  another-incident W {wrong}  made R {c['R']} P {c['P']} W {c['W']}  {one}")
        (held if c["R"] + c["P"] else alone)[one] += wrong
    out.append(f"  in pairs also holding a right link made: {dict(held)}; in pairs holding none: {dict(alone)}")
    across = Counter(r["verdict"] for key, rows in pairs.items() if incident(key[1]) != incident(key[2]) for r in rows)
    out.append(f"links made between reports of two GVA incidents (gva sets): {dict(across)}")
    gate = Counter(r.get("class") or "-" for rows in pairs.values() if not verdicts(rows)["R"] + verdicts(rows)["P"]
                   for r in rows if r["verdict"] == "W")
    total = Counter(r["verdict"] for rows in pairs.values() for r in rows)
    out.append(f"judged links made: {dict(total)}; W in report pairs holding no right link made (the most a "
               f"report-level gate can take): {sum(gate.values())}, by class {dict(gate.most_common())}")
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("exports", type=Path)
    parser.add_argument("--judged", nargs="*", type=Path)
    args = parser.parse_args(argv)
    print("\n".join(lines(report_pairs(judged_rows(dev_link_files(args.judged)), made_links(args.exports)))))


if __name__ == "__main__":
    main()
