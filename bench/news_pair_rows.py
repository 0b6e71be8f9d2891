"""The hand-judged news of the dev sets as pair-model rows: every cross-report unit pair of one story, with the
pair model's signs and the verdict the judged files give it (session 76, recall76).

    python bench/news_pair_rows.py DATA OUT [--sets A,B,...] [--cosine-floor C]

Why: the pair model (`verifier.PAIR_FEATURES`) is fitted on MSRP and ECB+ claim gold, not on news reports of one
story, and the judged files hold thousands of verdicts on such pairs: the links main made (R, P, W; U left out) and
the claims two reports both carry that it left unlinked (M). A judged link names only pairs a model already
accepted, and a miss only pairs it refused, so neither alone can fit or score a model: every other unit pair of
two reports of one story (the judge read both reports and noted no shared claim there) is kept too, verdict "-",
as the pairs a model must keep refusing. Pairs with a sentence cosine under ``--cosine-floor`` are left out
unless judged: the pair model gives them nothing (at cosine .3 its logit is about -4 before any other sign).

Each set's documents are parsed and cut into claim units as analysis cuts them (cached under OUT/cache); the term
weights are over the whole set's units, as the linker's are over its corpus. A judged span the unit code no longer
cuts is read as the units overlapping it: the pair of them the shipped model scores highest carries the verdict,
and its other overlapping pairs are left out (neither judged nor unjudged). Written per set: OUT/sets/SET.npz (rows, verdicts,
stories, whether a veto of `verifier.never_one_claim` parts the pair) and OUT/sets/SET.tsv (the two units' places
and texts), read by `bench/news_pair_refit.py` (`read_rows`).
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter, defaultdict
from itertools import combinations
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from background_acts import BLIND, dev_link_files  # noqa: E402
from dev_sets import source_label, source_of  # noqa: E402
from wound_links import _rows, judged_rows  # noqa: E402

from viewer.analysis.claims.fit_cache import cached  # noqa: E402
from viewer.analysis.claims.imported_texts import NotAsFiled, imported, parse_key  # noqa: E402
from viewer.analysis.claims.units import claim_units  # noqa: E402
from viewer.analysis.claims.verifier import TermWeights, UnitSigns, fitted, never_one_claim, signs_of_pair  # noqa: E402
from viewer.analysis.segment import parse_many  # noqa: E402

KEPT_VERDICTS = {"R", "P", "W", "M"}


def family(name: str) -> str | None:
    """The news source a set was drawn from (`dev_sets.source_of`), None for a set of no news source."""
    return source_of(name) if source_label(name) else None


def miss_files() -> list[Path]:
    """Every noted-misses file but the blind draws'."""
    return sorted(p for p in (ROOT / "training/judged").glob("misses*.tsv")
                  if BLIND not in p.name and not p.name.endswith(".documents.tsv"))


def verdicts() -> dict[tuple, str]:
    """(set, side, side) → R, P, W or M: the judged links (re-judged verdicts over the first) and the noted misses;
    a link's verdict over a miss's where a later run linked a noted pair."""
    out = {}
    for path in miss_files():
        for row in _rows(path):
            a = (row["file_a"], int(row["start_a"]), int(row["end_a"]))
            b = (row["file_b"], int(row["start_b"]), int(row["end_b"]))
            out[(row["set"], *sorted((a, b)))] = "M"
    for key, row in judged_rows(dev_link_files(None)).items():
        out[key] = row["verdict"]
    return {k: v for k, v in out.items() if v in KEPT_VERDICTS and family(k[0])}


def set_units(data: Path, name: str, cache: Path):
    """The set's documents (file names), their stories and their claim units, parsed once and cached."""
    folder = data / "sets" / name
    stories = {f: d["event"] for f, d in json.loads((folder / "events.json").read_text())["documents"].items()}
    files = sorted(p.name for p in (folder / "docs").glob("*.txt"))
    read = imported([folder / "docs" / f for f in files])
    units = cached(cache, f"news_{name}", lambda: [u for parsed in parse_many(read) for u in claim_units(parsed)],
                   parse_key(read))
    return files, stories, units


def set_rows(data: Path, name: str, judged: dict[tuple, str], cache: Path, floor: float):
    """(signs, verdict, story, place a, place b, text a, text b) of the set's cross-report unit pairs of one story."""
    files, stories, units = set_units(data, name, cache)
    texts = {f: (data / "sets" / name / "docs" / f).read_text(encoding="utf-8") for f in files}
    weights = TermWeights([u.features for u in units])
    signs = [UnitSigns.of(u.features, weights) for u in units]
    model = fitted().pair
    by_doc = defaultdict(list)
    for k, u in enumerate(units):
        by_doc[files[u.document]].append(k)
    place = {k: (files[u.document], u.span.start, u.span.end) for k, u in enumerate(units)}

    def row(i: int, j: int) -> list[float]:
        return signs_of_pair(signs[i], signs[j], float(units[i].vector @ units[j].vector), weights)

    labelled, skipped = {}, set()
    for key, verdict in judged.items():
        if key[0] != name:
            continue
        sides = [[k for k in by_doc.get(f, []) if units[k].span.start < end and start < units[k].span.end]
                 for f, start, end in key[1:]]
        pairs = [tuple(sorted((i, j))) for i in sides[0] for j in sides[1]]
        if not pairs:
            continue
        exact = [p for p in pairs if {place[p[0]], place[p[1]]} == set(key[1:])]
        best = exact[0] if exact else max(pairs, key=lambda p: model.probability(np.array([row(*p)]))[0])
        labelled[best] = verdict
        skipped |= set(pairs) - {best}
    out = []
    for fa, fb in combinations(files, 2):
        if stories.get(fa) is None or stories.get(fa) != stories.get(fb):
            continue
        for i in by_doc[fa]:
            for j in by_doc[fb]:
                p = tuple(sorted((i, j)))
                if p in skipped and p not in labelled:
                    continue
                if p not in labelled and float(units[i].vector @ units[j].vector) < floor:
                    continue
                signs_ij = row(*p)
                vetoed = never_one_claim(units[p[0]].features, units[p[1]].features)
                out.append((signs_ij, labelled.get(p, "-"), stories[fa], place[p[0]], place[p[1]],
                            _text(texts, place[p[0]]), _text(texts, place[p[1]]), vetoed))
    lost = len({k for k in judged if k[0] == name}) - len(labelled)
    return out, lost


def _text(texts: dict[str, str], where: tuple[str, int, int]) -> str:
    return " ".join(texts[where[0]][where[1]:where[2]].split())


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--sets", help="comma-separated; every set a dev judged file names unless given")
    parser.add_argument("--cosine-floor", type=float, default=0.3)
    ns = parser.parse_args(argv)
    judged = verdicts()
    names = ns.sets.split(",") if ns.sets else sorted({k[0] for k in judged})
    names = [n for n in names if (ns.data / "sets" / n / "events.json").exists()]
    (ns.out / "sets").mkdir(parents=True, exist_ok=True)
    for name in names:
        try:
            got, lost = set_rows(ns.data, name, judged, ns.out / "cache", ns.cosine_floor)
        except NotAsFiled as e:  # the import reads another text than the file (gvaK's 204310): its spans would shift
            print(f"{name}: left out, {e}", flush=True)
            continue
        counts = Counter(r[1] for r in got)
        print(f"{name}: {len(got)} pairs, {dict(sorted(counts.items()))}, judged pairs not found {lost}", flush=True)
        write(ns.out / "sets", name, got)


def write(folder: Path, name: str, got: list) -> None:
    """The set's rows (NAME.npz: signs, verdict, story, vetoed) and its pairs' places and texts (NAME.tsv)."""
    np.savez_compressed(folder / f"{name}.npz", x=np.array([r[0] for r in got]).reshape(len(got), -1),
                        verdict=np.array([r[1] for r in got], dtype=str), story=np.array([r[2] for r in got], dtype=str),
                        vetoed=np.array([r[-1] for r in got], dtype=bool))
    with (folder / f"{name}.tsv").open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", quoting=csv.QUOTE_NONE, escapechar="\\")
        w.writerow(["verdict", "story", "file_a", "start_a", "end_a", "file_b", "start_b", "end_b", "text_a", "text_b"])
        for _x, verdict, story, a, b, ta, tb, _vetoed in got:
            w.writerow([verdict, story, *a, *b, ta.replace("\t", " "), tb.replace("\t", " ")])


def read_rows(folder: Path) -> dict[str, np.ndarray]:
    """Every set's rows under ``folder/sets`` joined, with a ``set`` column: what `bench/news_pair_refit.py` reads."""
    parts = [(path.stem, np.load(path)) for path in sorted((folder / "sets").glob("*.npz"))]
    out = {key: np.concatenate([p[key] for _n, p in parts]) for key in ("x", "verdict", "story", "vetoed")}
    out["set"] = np.concatenate([np.full(len(p["verdict"]), n) for n, p in parts])
    return out


def read_texts(folder: Path) -> list[str]:
    """Every set's pairs as "set story: text a | text b", in `read_rows`' order."""
    out = []
    for path in sorted((folder / "sets").glob("*.tsv")):
        with path.open(encoding="utf-8", newline="") as f:
            out += [f"{path.stem} {r['story']}: {r['text_a']} | {r['text_b']}"
                    for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE, escapechar="\\")]
    return out


if __name__ == "__main__":
    sys.exit(main())
