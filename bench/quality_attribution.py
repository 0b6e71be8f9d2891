"""Attribution and speaker quality on public data nobody here wrote (issue 12).

    python bench/quality_attribution.py DATA [--limit N]
    (also printed by bench/quality.py, which calls main(DATA))

DATA is a folder prepared while developing and never committed:
- ``polnear/``: PolNeAR's train split as ``../shared/eval/polnear.py prepare`` writes it. Its two
  parts (training/polnear_parts.py) are scored apart: ``fit``, which the cue model was fitted on,
  and ``check``, which it never saw. Each part is imported into a fresh corpus, analysed by the real
  pipeline, exported and scored with polnear.py: content and content+source P/R/F1.
- ``speakerset/``: ``docs/*.txt`` (multi-outlet articles) and ``gold.json`` (their speakers and the
  names each goes by, annotated before any code ran on them). Printed: how many speakers the
  corpus gets, how many are junk (matching no annotated person, body, group or document), how
  many annotated people and bodies are split over several speakers, how many speakers merge
  different people or bodies, and how many stand for an entity of another kind than theirs.
  An entity may say ``"in"``: the file-name prefixes of the articles its speakers come from, so that
  a set of several incidents, each with its own "police", can annotate each force apart. An entity of
  kind ``"any"`` is a name a listing may carry (a generic group, a document) without being junk, whose
  kind is not judged.

    python bench/quality_attribution.py --speakers FOLDER [--keep EXPORT.json]
    (one speaker set only, FOLDER holding docs/ and gold.json)
"""
from __future__ import annotations

import argparse
import functools
import importlib.util
import json
import re
import sys
import tempfile
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
POLNEAR_SCORER = ROOT.parent / "shared" / "eval" / "polnear.py"
PEOPLE_AND_BODIES = ("person", "organisation")

from quality import analysed_export  # noqa: E402  one import-analyse-export for every quality set


def main(data: Path, limit: int = 0) -> None:
    print("\n== attribution")
    polnear = data / "polnear"
    if (polnear / "gold.json").exists() and POLNEAR_SCORER.exists():
        for part in ("fit", "check"):
            polnear_part(polnear, part, limit)
    else:
        print(f"PolNeAR train: not prepared in {polnear} (or scorer missing at {POLNEAR_SCORER})")
    print("\n== speakers")
    speakers = data / "speakerset"
    if (speakers / "gold.json").exists():
        speaker_set(speakers, limit)
    else:
        print(f"multi-outlet speaker set: not in {speakers}")


def polnear_part(prepared: Path, part: str, limit: int) -> None:
    from training.polnear_parts import write_part

    scorer = _load(POLNEAR_SCORER, "polnear_scorer")
    with tempfile.TemporaryDirectory() as tmp:
        folder = write_part(prepared, part, Path(tmp) / part, limit)
        names = sorted((folder / "docs").iterdir())
        export, seconds = analysed_export(names, Path(tmp))
        result = scorer.score(str(folder), None, data=export, quiet=True)
    content, both = result["content"], result["content_source"]
    print(f"PolNeAR train, {part} part ({len(names)} articles, {result['gold']['attributions']} gold, "
          f"analysed in {seconds:.0f} s): content {_prf(content)}; content+source {_prf(both)}; "
          f"cue F1 {result['cue_only']['f1']:.3f}")


def speaker_set(folder: Path, limit: int, keep: Path | None = None) -> None:
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))["entities"]
    names = sorted((folder / "docs").glob("*.txt"))[: limit or None]
    with tempfile.TemporaryDirectory() as tmp:
        export, _ = analysed_export(names, Path(tmp))
    if keep:
        keep.write_text(json.dumps(export), encoding="utf-8")
    figures = speaker_figures(export["speakers"], gold, _speaker_files(export))
    print(f"multi-outlet set ({len(names)} articles): {figures['speakers']} speakers, {len(figures['junk'])} junk, "
          f"{len(figures['split'])} people or bodies split, {len(figures['merged'])} speakers merging different ones; "
          f"{figures['found']} of {figures['annotated']} annotated people and bodies found, {len(figures['kind'])} of another kind")
    for label in ("junk", "split", "merged", "missed", "kind"):
        if figures[label]:
            print(f"  {label}: " + "; ".join(figures[label][:40]))


def speaker_figures(speakers: list[dict], gold: dict, files: dict[str, set[str]] | None = None) -> dict:
    """Count, junk, split and merged speakers of an export against the annotated entities; ``files``
    (a speaker's id: the file names of the articles it speaks in) limits an entity with "in"."""
    matched = {s["id"]: _entities(s, {key: entity for key, entity in gold.items()
                                      if _where(entity, (files or {}).get(s["id"]))}) for s in speakers}
    junk = [s["name"] for s in speakers if not matched[s["id"]]]
    merged = [f"{s['name']} ({', '.join(sorted(ids))})" for s in speakers
              for ids in [{e for e in matched[s["id"]] if gold[e]["kind"] in PEOPLE_AND_BODIES}] if len(ids) > 1]
    split, found, missed = [], 0, []
    for key, entity in gold.items():
        if entity["kind"] not in PEOPLE_AND_BODIES:
            continue
        holders = [s["name"] for s in speakers if key in matched[s["id"]]]
        found += bool(holders)
        if not holders:
            missed.append(key)
        if len(holders) > 1:
            split.append(f"{key}: " + " | ".join(holders))
    annotated = sum(1 for e in gold.values() if e["kind"] in PEOPLE_AND_BODIES)
    return {"speakers": len(speakers), "junk": junk, "merged": merged, "split": split, "found": found,
            "annotated": annotated, "missed": missed, "kind": _wrong_kinds(speakers, matched, gold)}


def _wrong_kinds(speakers: list[dict], matched: dict[str, set[str]], gold: dict) -> list[str]:
    """Speakers standing for annotated entities of one kind, given another kind ("Twitter" a person)."""
    wrong = []
    for s in speakers:
        kinds = {gold[e]["kind"] for e in matched[s["id"]]} - {"any"}
        if len(kinds) == 1 and s.get("kind") not in kinds:
            wrong.append(f"{s['name']} ({s.get('kind')}, annotated {kinds.pop()})")
    return wrong


def _speaker_files(export: dict) -> dict[str, set[str]]:
    """Each speaker's articles, by the file name each was imported from."""
    names = {d["id"]: Path(d["source"]["path"] or "").name for d in export["documents"]}
    files: dict[str, set[str]] = {}
    for a in export["attributions"]:
        if a["speaker"]:
            files.setdefault(a["speaker"], set()).add(names[a["document"]])
    return files


def _where(entity: dict, files: set[str] | None) -> bool:
    """Whether a speaker speaking in ``files`` can stand for the entity: any can when either is unknown."""
    prefixes = entity.get("in")
    return not prefixes or files is None or any(f.startswith(p) for f in files for p in prefixes)


def _entities(speaker: dict, gold: dict) -> set[str]:
    """The annotated entities a speaker's names stand for; a name with a person's surname at its
    end stands for that person, whatever office or body precedes it, unless an entity goes by that
    very name ("Gemiller Hughes" is not her daughter Ardrea Hughes, "family of Jonah Barley" not Barley)."""
    found: set[str] = set()
    for form in {_fold(n) for n in [speaker["name"], *speaker.get("aliases", [])] if n}:
        exact = {key for key, entity in gold.items() if form in {_fold(n) for n in entity["names"]}}
        people = {key for key, entity in gold.items() if entity["kind"] == "person" and _matches(form, entity)}
        found |= exact or people or {key for key, entity in gold.items() if _matches(form, entity)}
    return found


_SUFFIXES = {"jr.", "jr", "sr.", "sr", "ii", "iii", "iv"}


def _surname(name: str) -> str:
    words = [w for w in name.split() if w not in _SUFFIXES]
    return words[-1] if words else ""


def _matches(form: str, entity: dict) -> bool:
    names = {_fold(n) for n in entity["names"]}
    if form in names:
        return True
    if entity["kind"] == "any" and any(_same_common_head(form, n) for n in entity["names"]):
        return True
    if entity["kind"] == "person":
        surname = _surname(form)
        return len(surname) > 2 and surname in {_surname(n) for n in names} and not _other_given_name(form, names)
    return any(len(n.split()) > 1 and (n in form or form in n) and len(form.split()) > 1 for n in names)


def _same_common_head(form: str, name: str) -> bool:
    """An optional name ends in a common noun ("affidavit", "records", "aides"): the annotators allowed that
    document or group, written however the article writes it ("probable cause affidavit", "court records", "more of
    his aides"), as their README says optional spellings are classes (groups, documents), not exact strings."""
    last = name.split()[-1] if name.split() else ""
    words = form.split()
    return last.isalpha() and last.islower() and bool(words) and _singular(words[-1]) == _singular(last)


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


def _other_given_name(form: str, names: set[str]) -> bool:
    """"Bill Clinton" is not Hillary Clinton: a form whose words include a given name none of the
    person's own names uses names someone else with that surname (given names: the repo's table of
    US given names, which holds only names strongly one sex, so "Chris" or "Jordan" never count)."""
    own = {word for name in names for word in name.split()}
    return any(word in _given_names() and word not in own for word in form.split()[:-1])


@functools.cache
def _given_names() -> frozenset[str]:
    table = json.loads((ROOT / "viewer" / "resources" / "attribution" / "given_names.json").read_text(encoding="utf-8"))
    return frozenset(table["names"])


def _fold(name: str) -> str:
    name = unicodedata.normalize("NFKD", name)
    name = "".join(c for c in name if not unicodedata.combining(c)).lower().replace("’", "'")
    name = re.sub(r"'s\b", "", name)
    name = re.sub(r"^(the|a|an|his|her|its|their) ", "", name.strip())
    return " ".join(name.replace(",", " ").split())


def _load(path: Path, name: str):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _prf(figures: dict) -> str:
    return f"P {figures['p']:.3f} R {figures['r']:.3f} F1 {figures['f1']:.3f}"


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--limit", type=int, default=0, help="articles per set (0: all)")
    parser.add_argument("--speakers", action="store_true", help="DATA is one speaker set (docs/, gold.json)")
    parser.add_argument("--keep", type=Path, help="with --speakers: file to keep the set's export in")
    ns = parser.parse_args()
    if ns.speakers:
        speaker_set(ns.data, ns.limit, ns.keep)
    else:
        main(ns.data, ns.limit)
