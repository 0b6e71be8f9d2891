"""Which cheap readings would part main's wrong links on political and world news (BASIL, WCEP) and what each costs on
every judged set: the count session 68 (general68) made before building anything for those newsrooms.

    python bench/general_links.py DATA --base DIR [--judged TSV ...] [--show READING]

Every judged dev link (`background_acts.dev_link_files`, the re-judged verdicts over them) that the kept exports of
``--base`` (`bench/quality.py --keep`, SET.json) make, headlines left out, each side parsed alone and read by
`units.unit_features`. Prints the made W of the political and world sets (`GENERAL`) by class, then for each reading
the R/P/W of the links it would part, on those sets and on the GVA sets apart:

- ``names only``: the two share names and no other content term or word of one meaning, by how many sides state an
  act (`names_alone` reads persons' names and one act only);
- ``no shared verb``: both clauses have verbs (`UnitFeatures.predicates`) and share none, nor a meaning of one;
- ``same verb, other objects`` / ``other subjects``: a verb both use, its objects (subjects) on the two sides disjoint;
- ``acts apart``: both state acts (`acts.stated_acts`) and share none;
- ``two speakers``: each side lies half inside an attribution of the export (quoted or reported speech, frame and
  speaker counted), both speakers resolved and different, no surname shared, by the pair of speaker kinds, and of
  all kinds where the two sides' words are not one sentence retold (`voices.retold`: the same quotation given to two
  people is one statement, `voices.one_quotation_two_people`).

``--show READING`` prints the political and world links that reading parts. Run in session 68 on main's exports of
that session (/work/data/final67/final for every set, analyser 102): docs/linking.md "Political and world news".
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from attribute_links import judged_texts, reader  # noqa: E402
from background_acts import dev_link_files, made_links  # noqa: E402
from stage_wrongs import _classes  # noqa: E402
from stage_wrongs import _key as _class_key  # noqa: E402
from wound_links import _key  # noqa: E402

from viewer.analysis.claims.features import UnitFeatures  # noqa: E402
from viewer.analysis.claims.synonyms import meanings  # noqa: E402
from viewer.analysis.claims.voices import retold  # noqa: E402
from viewer.analysis.person_names import surnames_match  # noqa: E402
from viewer.analysis.title_lines import title_cased  # noqa: E402

GENERAL = frozenset({"basilC", "basilE", "wcepB", "wcepC", "wcepD"})
_WORD = re.compile(r"\w+")


def readings(a: UnitFeatures, b: UnitFeatures) -> list[str]:
    """The readings (module docstring) that would part the two units."""
    names = set(a.names) | set(b.names)
    shared = (set(a.terms) & set(b.terms)) - names - set(a.frame) - set(b.frame)
    out = []
    if set(a.names) & set(b.names) and not shared and not (
            meanings(t for t in a.terms if t not in names) & meanings(t for t in b.terms if t not in names)):
        out.append(f"names only, acts on {bool(a.acts) + bool(b.acts)} sides")
    verbs_a, verbs_b = ({p[1] for p in u.predicates if p[1]} for u in (a, b))
    if verbs_a and verbs_b and not verbs_a & verbs_b and not meanings(verbs_a) & meanings(verbs_b):
        out.append("no shared verb")
    for slot, name in ((2, "same verb, other objects"), (0, "same verb, other subjects")):
        if any(_apart(a, b, verb, slot) for verb in verbs_a & verbs_b):
            out.append(name)
    if a.acts and b.acts and not set(a.acts) & set(b.acts):
        out.append("acts apart")
    return out


def _apart(a: UnitFeatures, b: UnitFeatures, verb: str, slot: int) -> bool:
    """Whether both sides fill ``slot`` of a clause of ``verb`` and with nothing, nor a meaning, in common."""
    x, y = ({p[slot] for p in u.predicates if p[1] == verb and p[slot]} for u in (a, b))
    return bool(x and y) and not x & y and not meanings(x) & meanings(y)


def speakers(base: Path) -> dict[tuple, str]:
    """For each made link whose sides have two different speakers (module docstring), the pair of speaker kinds."""
    out = {}
    for path in sorted(base.glob("*.json")):
        export = json.loads(path.read_text(encoding="utf-8"))
        kinds = {s["id"]: s["kind"] for s in export.get("speakers", [])}
        names = {d["id"]: Path(d["source"]["path"]).name for d in export.get("documents", [])}
        by_document: dict[str, list[dict]] = {}
        for attribution in export.get("attributions", []):
            by_document.setdefault(names.get(attribution["document"]), []).append(attribution)
        for claim in export.get("claims", []):
            sides = [(names[m["document"]], m["start"], m["end"]) for m in claim["mentions"] if m["document"] in names]
            for i, a in enumerate(sides):
                for b in sides[i + 1:]:
                    x, y = (_covering(by_document.get(s[0], []), s[1], s[2]) for s in (a, b))
                    if a[0] != b[0] and x and y and _two_people(x, y):
                        out[(path.stem, *sorted((a, b)))] = "/".join(sorted(kinds.get(v["speaker"], "?") for v in (x, y)))
    return out


def _covering(attributions: list[dict], start: int, end: int) -> dict | None:
    """The attribution covering most of start..end with its content, speaker and cue, where it covers half of it."""
    best, covered = None, 0
    for a in attributions:
        spans = [a["content"], *a.get("parts", []), *(s for s in (a.get("speaker_text"), a.get("cue")) if s)]
        inside = sum(max(0, min(s["end"], end) - max(s["start"], start)) for s in spans)
        if inside > covered:
            best, covered = a, inside
    return best if best is not None and 2 * covered >= end - start else None


def _two_people(a: dict, b: dict) -> bool:
    x, y = (set(_WORD.findall((v.get("speaker_name") or "").casefold())) for v in (a, b))
    return (a["speaker"] is not None and b["speaker"] is not None and a["speaker"] != b["speaker"]
            and not any(surnames_match(p, q) for p in x for q in y))


def judged_counts(data: Path, files: list[Path], base: Path, show: str | None) -> list[str]:
    """The made W of the political and world sets by class, then R/P/W per reading (module docstring)."""
    read, made, classes, voices = reader(), made_links(base), _classes(), speakers(base)
    tally, wrongs, shown = Counter(), Counter(), []
    for row, sides in judged_texts(data, files):
        key = _key(row)
        if key not in made:
            continue
        general = row["set"] in GENERAL
        if general and row["verdict"] == "W":
            wrongs[classes.get(_class_key(row)) or row.get("class") or "-"] += 1
        a, b = (replace(read(side), headline=title_cased(side.strip())) for side in sides)
        if a.headline or b.headline:
            continue
        found = readings(a, b) + ([f"two speakers, {voices[key]}"] if key in voices else [])
        if key in voices and not retold(*(" ".join(_WORD.findall(side.casefold())) for side in sides)):
            found.append("two speakers, their words not retold")
        for reading in found + ["every link"]:
            tally[(reading, general, row["verdict"])] += 1
        if general and show in found:
            shown.append(f"{row['verdict']} {row['set']}\n  A {' '.join(sides[0].split())[:200]!r}"
                         f"\n  B {' '.join(sides[1].split())[:200]!r}")
    lines = shown + ["made W on " + ", ".join(sorted(GENERAL)) + ":"]
    lines += [f"  {c}: {n}" for c, n in wrongs.most_common()]
    for reading in sorted({r for r, _g, _v in tally}):
        lines.append(f"{reading}: " + " | ".join(
            f"{group} " + " ".join(f"{v} {tally[(reading, general, v)]}" for v in "RPW")
            for group, general in (("political/world", True), ("GVA and the rest", False))))
    return lines


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--base", type=Path, required=True)
    parser.add_argument("--judged", nargs="*", type=Path)
    parser.add_argument("--show", help="a reading, as printed: the political and world links it parts")
    args = parser.parse_args(argv)
    print("\n".join(judged_counts(args.data, dev_link_files(args.judged), args.base, args.show)))

if __name__ == "__main__":
    main()
