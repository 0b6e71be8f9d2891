"""How each candidate pair sign of `bench/pair_signs.py` splits the judged dev links: R and P against W by class.

    python bench/sign_split.py DATA --base DIR [--judged TSV ...] [--show [--sign NAME]]

Every judged dev link (`background_acts.dev_link_files`, re-judged verdicts and classes over the first ones) is read
with each side's features from its document parsed whole (`stage_wrongs.read`, made by ``--base``'s exports or not).
Printed for each sign: per verdict group (R, P, W of "another stage or action", W of "another detail of the
incident", other W) the links, the sign's mean and the share at .5 or more, among all the links and among those
``--base`` makes. A sign reading term weights gets them over the judged sides of the set, not over all its units as
the linker's are: a coarser idf, enough to read a split. ``--show`` lists the made R and P links ``--sign``
(no_act_in_common unless named) reads at .5 or more, which a negative weight on it would lower.

Run in session 73 (sign73) on /work/data/quality with ``--base /work/data/final73/base`` (main's run); docs/linking.md
has the table.
"""
from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from background_acts import dev_link_files, judged_arguments  # noqa: E402
from pair_signs import SIGNS  # noqa: E402
from stage_wrongs import _classes, _key, read  # noqa: E402

from viewer.analysis.claims.verifier import TermWeights  # noqa: E402

GROUPS = ("R", "P", "W another stage or action", "W another detail of the incident", "W other")


def group_of(row: dict, classes: dict) -> str | None:
    """The link's verdict group; None for an unsure verdict."""
    verdict = row["verdict"]
    if verdict in ("R", "P"):
        return verdict
    if verdict != "W":
        return None
    label = f"W {classes.get(_key(row)) or row.get('class') or ''}"
    return label if label in GROUPS else "W other"


def sign_values(links: list) -> list[dict[str, float]]:
    """Each link's value of every sign, term weights over the judged sides of its set."""
    by_set = defaultdict(list)
    for row, _made, units, _tokens, _texts in links:
        by_set[row["set"]].extend(units)
    weights = {name: TermWeights(units) for name, units in by_set.items()}
    return [{name: sign(units[0], units[1], weights[row["set"]]) for name, sign in SIGNS.items()}
            for row, _made, units, _tokens, _texts in links]


def table(links: list, values: list[dict[str, float]], classes: dict) -> list[str]:
    """Per sign and verdict group: links, mean value and share at .5 or more, all links and made ones."""
    out = []
    for name in SIGNS:
        out.append(f"{name}: group | all links n mean share>=.5 | made n mean share>=.5")
        for group in GROUPS:
            cells = []
            for made_only in (False, True):
                picked = [v[name] for (row, made, *_rest), v in zip(links, values)
                          if group_of(row, classes) == group and (made or not made_only)]
                n = len(picked)
                cells.append(f"{n} {sum(picked) / n:.3f} {sum(p >= 0.5 for p in picked) / n:.3f}" if n else "0")
            out.append(f"  {group}: {cells[0]} | {cells[1]}")
    return out


def main(argv: list[str] | None = None) -> None:
    parser = judged_arguments(__doc__.splitlines()[0])
    parser.add_argument("--sign", choices=sorted(SIGNS), default="no_act_in_common", help="the sign --show lists for")
    ns = parser.parse_args(argv)
    if ns.base is None:
        parser.error("--base is needed: the links it makes are counted apart")
    links = list(read(ns.data, ns.base, dev_link_files(ns.judged), made_only=False))
    values = sign_values(links)
    classes = _classes()
    print("\n".join(table(links, values, classes)))
    if ns.show:
        for (row, made, _units, _tokens, texts), v in zip(links, values):
            if made and row["verdict"] in ("R", "P") and v[ns.sign] >= 0.5:
                print(f"  {row['verdict']} {row['set']}: {' '.join(texts[0].split())!r} | {' '.join(texts[1].split())!r}")


if __name__ == "__main__":
    sys.exit(main())
