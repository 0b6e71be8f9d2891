"""Count US births by given name and sex and write the names that are strongly one sex.

    python training/count_given_names.py SSA [--out viewer/resources/attribution/given_names.json]
                                             [--min-births 500] [--share 0.95]
                                             [--decades 1920-2009] [--decade-min-births 500]

"She said" may go to the nearest-named man when the article writes no "Mr." or "Ms.": the given
name then says what the honorific would have. SSA is the US Social Security Administration's
national baby-name counts, one ``yobYYYY.txt`` per year of birth (``name,sex,number``; names
given to at least five babies of a sex in a year), either a folder holding them or a git
repository holding them under ``raw-data/`` (read at its HEAD, whose commit the table records),
such as github.com/hackerb9/ssa-baby-names. A name is kept when at least ``--min-births`` babies
had it and at least ``--share`` of them were one sex, and that sex was the majority in every decade
of birth of adults in the news (``--decades``) in which at least ``--decade-min-births`` babies had
it: the totals alone keep a name whose sex changed over time when later births outnumber earlier
ones ("Lindsey", mostly boys until the 1960s), and an adult may have been born in any of those
decades. The table holds each kept name's female and male births, so what it says can be checked.
Nothing else of the data is kept.
"""
from __future__ import annotations

import argparse
import datetime
import json
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_YEAR_FILE = re.compile(r"(?:^|/)yob(\d{4})\.txt$")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("ssa", type=Path, help="folder of yobYYYY.txt, or a git repository with raw-data/yobYYYY.txt")
    parser.add_argument("--out", type=Path, default=ROOT / "viewer" / "resources" / "attribution" / "given_names.json")
    parser.add_argument("--min-births", type=int, default=500)
    parser.add_argument("--share", type=float, default=0.95)
    parser.add_argument("--decades", default="1920-2009", type=_years,
                        help="years of birth of adults in the news, whole decades: FIRST-LAST")
    parser.add_argument("--decade-min-births", type=int, default=500,
                        help="births in a decade below which that decade is not judged")
    parser.add_argument("--origin", default="", help="where the git repository was fetched from, recorded in the table")
    args = parser.parse_args()
    files, source = _year_files(args.ssa, args.origin)
    female, male = Counter(), Counter()
    by_decade: dict[int, tuple[Counter, Counter]] = {}
    first, last = args.decades
    for year, text in files.items():
        decade = by_decade.setdefault(year // 10 * 10, (Counter(), Counter())) if first <= year <= last else None
        for line in text.split():
            name, sex, number = line.split(",")
            (female if sex == "F" else male)[name.lower()] += int(number)
            if decade is not None:
                decade[sex == "M"][name.lower()] += int(number)
    kept = {name: [female[name], male[name]] for name in sorted(female.keys() | male.keys())
            if _strong(female[name], male[name], args.min_births, args.share)
            and _same_sex_in_each_decade(name, female[name] > male[name], by_decade.values(), args.decade_min_births)}
    years = sorted(files)
    table = {"provenance": {
        "data": "US Social Security Administration, national baby-name counts (names.zip: yobYYYY.txt), "
                f"years of birth {years[0]}-{years[-1]}; a US government work, public domain "
                "(a repository's own licence covers its scripts, not the SSA's files)",
        "source": source,
        "kept": f"names given to at least {args.min_births} babies in all, at least {args.share:.0%} of them one sex, "
                f"and that sex the majority in every decade of birth {first}-{last} in which at least "
                f"{args.decade_min_births} babies had it",
        "counts": "name (lower case): [female births, male births], summed over all the years",
        "command": "python training/count_given_names.py " + " ".join(sys.argv[1:]),
        "date": datetime.date.today().isoformat(),
        "names": f"{len(kept)} of {len(female.keys() | male.keys())}",
    }}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as out:  # one name a line: small, and a diff shows what changed
        out.write(json.dumps(table, ensure_ascii=False, indent=1)[:-2] + ',\n "names": {\n')
        out.write(",\n".join(f"  {json.dumps(name)}:[{f},{m}]" for name, (f, m) in kept.items()))
        out.write("\n }\n}\n")
    print(f"{len(kept)} names of {len(female.keys() | male.keys())} kept; {args.out.stat().st_size:,} bytes")


def _strong(female: int, male: int, min_births: int, share: float) -> bool:
    total = female + male
    return total >= min_births and max(female, male) >= share * total


def _same_sex_in_each_decade(name: str, is_female: bool, decades: Iterable[tuple[Counter, Counter]],
                             min_births: int) -> bool:
    """Whether the name's sex never changed: the majority in each decade with births enough to say."""
    judged = [(female[name], male[name]) for female, male in decades if female[name] + male[name] >= min_births]
    return all(2 * (f if is_female else m) > f + m for f, m in judged)


def _years(text: str) -> tuple[int, int]:
    """"1920-2009" as (1920, 2009): whole decades, so none is judged on a few of its years."""
    first, _, last = text.partition("-")
    if not (first.isdigit() and last.isdigit() and int(first) % 10 == 0 and int(last) % 10 == 9 and int(first) < int(last)):
        raise argparse.ArgumentTypeError(f"{text!r}: whole decades as FIRST-LAST, e.g. 1920-2009")
    return int(first), int(last)


def _year_files(ssa: Path, origin: str) -> tuple[dict[int, str], str]:
    """The text of each year's file, and where it came from."""
    if ssa.is_dir() and any(_YEAR_FILE.search(p.name) for p in ssa.iterdir()):
        return {int(_YEAR_FILE.search(p.name).group(1)): p.read_text(encoding="ascii")
                for p in ssa.iterdir() if _YEAR_FILE.search(p.name)}, f"folder {ssa.name}"
    git = ["git", "--git-dir", str(_git_dir(ssa))]
    commit = subprocess.run(git + ["rev-parse", "HEAD"], capture_output=True, text=True, check=True).stdout.strip()
    origin = origin or subprocess.run(git + ["config", "--get", "remote.origin.url"],
                                      capture_output=True, text=True).stdout.strip()
    paths = subprocess.run(git + ["ls-tree", "-r", "--name-only", "HEAD", "raw-data/"],
                           capture_output=True, text=True, check=True).stdout.split()
    files = {int(_YEAR_FILE.search(p).group(1)): subprocess.run(git + ["show", f"HEAD:{p}"], capture_output=True,
                                                                text=True, check=True).stdout
             for p in paths if _YEAR_FILE.search(p)}
    if not files:
        raise SystemExit(f"no yobYYYY.txt under raw-data/ in {ssa}")
    return files, f"{origin or ssa.name} at commit {commit}, raw-data/yob*.txt"


def _git_dir(path: Path) -> Path:
    if (path / ".git").exists():
        return path / ".git"
    if (path / "HEAD").exists():
        return path
    raise SystemExit(f"{path}: neither a folder of yobYYYY.txt nor a git repository")


if __name__ == "__main__":
    main()
