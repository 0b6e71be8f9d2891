"""Where two sentences tell a wound by where the person was hit ("a 25-year-old was shot in the buttocks", "a
25-year-old was shot in the back"): how the judges read links whose two sides give body parts that share nothing, and
how often two reports of one person's shooting give such parts (the rate at which a veto would part one person's claim).

    python bench/wound_links.py DATA [--judged TSV ...] [--show]
    python bench/wound_links.py DATA --veto
    python bench/wound_links.py DATA --gva CORPUS --victims VICTIMS.json [--veto]
    python bench/wound_links.py DATA --frames /work/.mirror/cltl+LongTailQATask/repo --victims VICTIMS.json

A sentence's wounds are read from its text: a wounding word ("shot", "struck", "hit", "wounded", "grazed", "wound",
"injuries") and, within the sentence, "in"/"to" with a possessive or article and a body part of `PARTS`, with its side
("left", "right"). Two readings share a part when the parts are equal and the sides are not opposite; ``--region``
compares the regions of `REGIONS` instead (hand and arm share the arm). Judged links: every training/judged/links*.tsv
but the blind draws', a later file's verdict over an earlier one's, then the *_rejudged.tsv files' new verdicts.
``--gva``: the incidents of the crawl with one person killed or wounded (VICTIMS.json: incident number to [killed,
injured], written by ``--frames`` from cltl/LongTailQATask's GunViolenceArchive frames, pickled pandas tables read
without pandas), every two usable reports: each pair of wound sentences, one from each, alike by an age or a name
(`alike`), filed disjoint or sharing; ``--veto`` also parses each and counts the pairs the veto as built parts. Session 60, docs/linking.md "A third is a rule".
"""
from __future__ import annotations

import argparse
import csv
import io
import itertools
import json
import pickle
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import gva  # noqa: E402
from background_acts import dev_link_files  # noqa: E402

REGIONS = {
    "head": ["head", "face", "eye", "jaw", "cheek", "mouth", "temple", "ear", "nose", "lip", "forehead", "skull"],
    "neck": ["neck", "throat"],
    "torso": ["chest", "back", "abdomen", "stomach", "belly", "torso", "side", "rib", "ribs", "spine", "heart", "lung",
              "upper body", "midsection", "gut", "shoulder", "lower back", "upper back", "collarbone"],
    "arm": ["arm", "forearm", "elbow", "wrist", "hand", "finger", "thumb", "shoulder", "arms", "hands", "fingers"],
    "leg": ["leg", "thigh", "knee", "calf", "shin", "ankle", "foot", "feet", "toe", "legs", "thighs", "knees",
            "lower body"],
    "hip": ["buttocks", "buttock", "butt", "hip", "groin", "pelvis", "backside", "lower body"],
}
PARTS = sorted({p for ps in REGIONS.values() for p in ps}, key=len, reverse=True)
_WOUNDING = re.compile(r"\b(?:shot|shooting|struck|hit|wounded|wounding|grazed|stabbed|wounds?|injur(?:ed|y|ies)|"
                       r"bullet|gunshot)\b", re.IGNORECASE)
_PART = re.compile(r"\b(?:in|to|into|through)\s+(?:the|his|her|their|its|both|each|one)\s+(?:(left|right)\s+)?"
                   r"(?:(?:upper|lower)\s+(?=(?:arm|leg|back|torso|chest|abdomen|thigh)))?(" + "|".join(map(re.escape, PARTS))
                   + r")\b", re.IGNORECASE)


_OF = re.compile(r"\b(?:the|his|her|their|its)\s+(?:back|side|front|top|rear|left side|right side)\s+of\s+"
                 r"(?=(?:the|his|her|their|its)\s)", re.IGNORECASE)  # "the back of the head"
_AGE = re.compile(r"\b(\d{1,3})[- ]year[- ]old\b")
_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b([A-Z][a-z]{2,})\b")


def alike(a: str, b: str) -> bool:
    """Whether two sentences share an age or a capitalised word not opening a sentence: the pairs a linker could take
    for one claim (a crawled report often recalls other shootings too)."""
    return bool(set(_AGE.findall(a)) & set(_AGE.findall(b)) or set(_NAME.findall(a)) & set(_NAME.findall(b)))


def wounds(text: str) -> set[tuple[str, str]]:
    """The (side, part) readings of a sentence that tells a wound; side "" where none is given."""
    if not _WOUNDING.search(text):
        return set()
    text = _OF.sub("", text)
    return {((m.group(1) or "").lower(), m.group(2).lower()) for m in _PART.finditer(text)}


def _regions(part: str) -> set[str]:
    return {r for r, ps in REGIONS.items() if part in ps}


def share(a: set, b: set, region: bool = False) -> bool:
    """Whether two wound readings share a part (equal, or of one region with ``region``), sides not opposite."""
    for (sa, pa), (sb, pb) in itertools.product(a, b):
        same = (_regions(pa) & _regions(pb)) if region else pa.rstrip("s") == pb.rstrip("s")
        if same and (not sa or not sb or sa == sb):
            return True
    return False


def judged_rows(files: list[Path]) -> dict:
    """One row per judged link, a later file's over an earlier one's, the rejudged files' new verdicts over them."""
    rows = {}
    for path in files:
        for row in _rows(path):
            row["file"] = path.name
            rows[_key(row)] = row
    for path in sorted((ROOT / "training/judged").glob("*_rejudged.tsv")):
        for row in _rows(path):
            if _key(row) in rows:
                rows[_key(row)] = {**rows[_key(row)], "verdict": row["new_verdict"]}
    return rows


def _rows(path: Path) -> list[dict]:
    """A TSV's rows, the file closed after (bench/attribute_links.py's test reads made-up files with warnings as errors)."""
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def _key(row: dict) -> tuple:
    a = (row["file_a"], int(row["start_a"]), int(row["end_a"]))
    b = (row["file_b"], int(row["start_b"]), int(row["end_b"]))
    return (row["set"], *sorted((a, b)))


def judged_counts(data: Path, files: list[Path], region: bool, show: bool) -> list[str]:
    texts: dict[tuple, str] = {}
    by = {"disjoint": Counter(), "shared": Counter()}
    shown = []
    for key, row in judged_rows(files).items():
        sides = []
        for name, start, end in key[1:]:
            path = data / "sets" / key[0] / "docs" / name
            if (key[0], name) not in texts:
                texts[(key[0], name)] = path.read_text(encoding="utf-8") if path.exists() else ""
            sides.append(texts[(key[0], name)][start:end])
        wa, wb = wounds(sides[0]), wounds(sides[1])
        if wa and wb:
            group = "shared" if share(wa, wb, region) else "disjoint"
            by[group][row["verdict"]] += 1
            if show and group == "disjoint":
                shown.append(f"  {row['verdict']} {row['file']} {key[0]}: {' '.join(sides[0].split())!r} | {' '.join(sides[1].split())!r}")
    return [f"judged links, both sides giving a wound's part ({'regions' if region else 'parts'}):"] + [
        f"  {g}: " + " ".join(f"{v} {c[v]}" for v in "RPWU" if c[v]) for g, c in by.items()] + shown


def veto_counts(data: Path, files: list[Path]) -> list[str]:
    """The veto as built (`wounds.wounds_apart` on `units.unit_features` of each side parsed alone) on every judged link
    whose two sides hold a word of the body-part table: R/P/W parted, and each parted link."""
    from viewer.analysis.claims.units import unit_features
    from viewer.analysis.claims.wounds import regions, wounds_apart
    from viewer.analysis.nlp import english
    from viewer.corpus.spans import Span

    nlp, parted, shown = english(), Counter(), []
    part_word = re.compile(r"\b(?:" + "|".join(regions()) + r")\b", re.IGNORECASE)
    for key, row in judged_rows(files).items():
        sides = [(data / "sets" / key[0] / "docs" / name).read_text(encoding="utf-8")[start:end]
                 for name, start, end in key[1:]]
        if not all(part_word.search(s) for s in sides):
            continue
        units = [unit_features(nlp(s), Span(0, len(s))) for s in sides]
        if wounds_apart(*units):
            parted[row["verdict"]] += 1
            shown.append(f"  {row['verdict']} {row['file']} {key[0]} {units[0].wounds} {units[1].wounds}: "
                         f"{' '.join(sides[0].split())[:150]!r} | {' '.join(sides[1].split())[:150]!r}")
    return ["judged links the veto parts: " + " ".join(f"{v} {parted[v]}" for v in "RPWU" if parted[v])] + shown


def gva_counts(corpus: Path, victims: dict, region: bool, veto: bool = False) -> list[str]:
    """Per one-victim incident, every two usable reports: their wound sentences paired across them (with ``veto``, also
    how many of those pairs the veto as built parts, each sentence parsed alone, and which)."""
    out, shown = Counter(), []
    parted = _veto_reader() if veto else None
    for name, items in gva.usable_reports(corpus):
        if name not in victims or sum(victims[name]) != 1 or len(items) < 2:
            continue
        out["incidents"] += 1
        per = [[(s, w) for s in re.split(r"(?<=[.!?])\s+", f"{i['title']}. {i['text']}") if (w := wounds(s))]
               for _n, i in items]
        for one, two in itertools.combinations(per, 2):
            pairs = [(a, b) for (sa, a), (sb, b) in itertools.product(one, two) if alike(sa, sb)]
            if not pairs:
                continue
            out["report pairs"] += 1
            kinds = ["shared" if share(a, b, region) else "disjoint" for a, b in pairs]
            out["sentence pairs"] += len(kinds)
            out["sentence pairs disjoint"] += kinds.count("disjoint")
            out["report pairs with a disjoint pair"] += "disjoint" in kinds
            out["report pairs sharing none"] += "shared" not in kinds
            if parted:
                for sa, sb in [(sa, sb) for (sa, a), (sb, b) in itertools.product(one, two) if alike(sa, sb)]:
                    if parted(sa, sb):
                        out["sentence pairs the veto parts"] += 1
                        shown.append(f"  {name}: {' '.join(sa.split())[:160]!r} | {' '.join(sb.split())[:160]!r}")
    return [f"GVA one-victim incidents ({'regions' if region else 'parts'}):"] + [f"  {k}: {v}" for k, v in out.items()] + shown


def _veto_reader():
    """Whether the veto as built parts two sentences, each parsed alone (parses cached)."""
    from functools import lru_cache

    from viewer.analysis.claims.units import unit_features
    from viewer.analysis.claims.wounds import wounds_apart
    from viewer.analysis.nlp import english
    from viewer.corpus.spans import Span

    nlp = english()
    features = lru_cache(maxsize=None)(lambda s: unit_features(nlp(s), Span(0, len(s))))
    return lambda a, b: wounds_apart(features(a), features(b))


FRAMES = ("accidental_deaths", "accidental_deaths_children", "accidental_deaths_teens", "accidental_injuries",
          "accidental_injuries_children", "accidental_injuries_teens", "children_injured", "children_killed",
          "mass_shootings", "officer_involved_shootings", "teens_injured", "teens_killed")  # "all" is not stored


class _Stub:
    """Stands in for a pandas object in a frame's pickle: keeps its arguments and state."""

    def __init__(self, *args, **_kwargs):
        self.args = args

    def __setstate__(self, state):
        self.state = state


class _FrameReader(pickle.Unpickler):
    """Reads a pickled pandas table with numpy and dates only, pandas' classes and functions as stubs."""

    def find_class(self, module: str, name: str):
        if module.startswith("numpy") or module == "datetime":
            return super().find_class(module, name)
        if module.startswith("pandas"):
            return type(name, (_Stub,), {}) if name[0].isupper() else (lambda *a, **k: _Stub(*a))
        if module in ("builtins", "__builtin__") and name in ("object", "slice", "list", "dict", "tuple"):
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"{module}.{name} is not part of a table")


def frame_columns(repo: Path) -> Iterator[dict]:
    """Each frame's columns by name (``incident_uri``, ``date``, ``city_or_county``, ``num_killed`` …), from the git
    directory of cltl/LongTailQATask."""
    for frame in FRAMES:
        blob = subprocess.run(["git", f"--git-dir={repo}", "show", f"HEAD:EventRegistries/GunViolenceArchive/frames/{frame}"],
                              capture_output=True, check=True).stdout
        manager = _FrameReader(io.BytesIO(blob), encoding="latin1").load().state["_data"].state
        columns = {}
        for values, index in zip(manager[1], manager[2]):
            columns.update(zip(index.args[1]["data"], values))
        yield columns


def victim_counts(repo: Path) -> dict[str, list[int]]:
    """Each incident of the frames with [killed, injured], from the git directory of cltl/LongTailQATask."""
    out = {}
    for columns in frame_columns(repo):
        for incident, killed, injured in zip(columns["incident_uri"], columns["num_killed"], columns["num_injured"]):
            out[str(incident)] = [int(killed), int(injured)]
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--judged", nargs="*", type=Path)
    parser.add_argument("--show", action="store_true")
    parser.add_argument("--region", action="store_true")
    parser.add_argument("--gva", type=Path)
    parser.add_argument("--victims", type=Path)
    parser.add_argument("--frames", type=Path, help="write --victims from this LongTailQATask git directory")
    parser.add_argument("--veto", action="store_true", help="the veto as built, on the judged links")
    args = parser.parse_args(argv)
    if args.frames:
        args.victims.write_text(json.dumps(victim_counts(args.frames)), encoding="utf-8")
        return
    if args.gva:
        print("\n".join(gva_counts(args.gva, json.loads(args.victims.read_text()), args.region, args.veto)))
        return
    files = dev_link_files(args.judged or None)
    print("\n".join(veto_counts(args.data, files) if args.veto else judged_counts(args.data, files, args.region, args.show)))


if __name__ == "__main__":
    main()
