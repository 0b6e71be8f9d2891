"""What counting a unit as a person's quotation when the quotation with its attribution covers half of it (speaker and
cue with the quoted words: "'I've forgiven them,' said the victim's mother Deandra Bradley"), not the quoted words
alone, would part among the links kept exports make: by `voices.two_voices`, by `voices.another_sentence` and by one
person's two quotations sharing no word said (`voices.two_statements`), each read here on the exports as linking reads it.

    python bench/framed_voices.py DATA BASE [--judged TSV ...] [--show]

BASE holds kept exports (`bench/quality.py --keep BASE`, SET.json), whose attributions stand in for the corpus's: a
side's voice is the direct quotation of a speaker of kind "person" covering most of it, read twice, by the quoted words
alone (as `voices.voice_of` reads today) and with the speaker's words and the cue counted too (`framed`). For each
reading, each rule's R/P/W (and unjudged "-") among every made link, the judged verdicts of every dev link file (the
blind draws' left out, the re-judged files over them) unless ``--judged`` names some; then the links the framed reading
parts and the other does not. ``another_sentence`` is read on sentences: a twin is another sentence of the other report
whose voice (by the same reading) is the same person's and retells the side's words (`voices.retold`). Run in session 66
on main's exports of that session (/work/data/final66/base): newly parted W 5, no R, P or unjudged link; docs/linking.md,
beside session 65's "Two direct quotations of one person that share no word".
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from background_acts import dev_link_files, judged_links  # noqa: E402
from quality import _links, rejudged_beside  # noqa: E402
from speaker_links import said_terms  # noqa: E402

from viewer.analysis.claims.synonyms import meanings  # noqa: E402
from viewer.analysis.claims.voices import retold  # noqa: E402
from viewer.analysis.person_names import surnames_match  # noqa: E402

_WORD = re.compile(r"\w+")
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*[\"”’']?")
RULES = ("two_voices", "another_sentence", "two_statements")


def quotations(export: dict) -> dict[str, list[dict]]:
    """Each document's direct quotations by a speaker of kind "person": those `store.person_quotations` gives linking."""
    people = {s["id"] for s in export.get("speakers", []) if s.get("kind") == "person"}
    out: dict[str, list[dict]] = {}
    for a in export.get("attributions", []):
        if a["kind"] == "direct" and a.get("speaker") in people:
            out.setdefault(a["document"], []).append(a)
    return out


def voice(quoted: list[dict], start: int, end: int, framed: bool) -> dict | None:
    """The quotation covering most of start..end, where it covers at least half of it: by its quoted words, and with
    ``framed`` by its speaker's words and cue too."""
    best, covered = None, 0
    for a in quoted:
        spans = [a["content"], *a.get("parts", [])]
        if framed:
            spans += [s for s in (a.get("speaker_text"), a.get("cue")) if s]
        inside = sum(max(0, min(s["end"], end) - max(s["start"], start)) for s in spans)
        if inside > covered:
            best, covered = a, inside
    return best if best is not None and 2 * covered >= end - start else None


def words(text: str, a: dict, start: int, end: int) -> str:
    """The quoted words of start..end, in lower case (`voices.Voice.words`, near enough)."""
    parts = [a["content"], *a.get("parts", [])]
    return " ".join(text[max(s["start"], start):min(s["end"], end)] for s in parts
                    if min(s["end"], end) > max(s["start"], start)).casefold().strip(" ,.;:!?'\"“”")


def two_people(a: dict, b: dict) -> bool:
    x, y = (set(_WORD.findall((v.get("speaker_name") or "").casefold())) for v in (a, b))
    return a["speaker"] != b["speaker"] and not any(surnames_match(p, q) for p in x for q in y)


def twin(document: dict, quoted: list[dict], mine: str, by: dict, start: int, end: int, framed: bool) -> bool:
    """Whether another sentence of ``document`` (not start..end) is the same person's, retelling ``mine``."""
    text = document["text"]
    for m in _SENTENCE.finditer(text):
        if start <= m.start() < end or start < m.end() <= end:
            continue
        v = voice(quoted, m.start(), m.end(), framed)
        if v is not None and not two_people(by, v) and retold(mine, words(text, v, m.start(), m.end())):
            return True
    return False


def parted(export: dict, quoted: dict, sides: tuple, framed: bool, said) -> set[str]:
    """The rules that part a link whose sides are (document, start, end), under one reading of a voice."""
    voices = [voice(quoted.get(d["id"], []), s, e, framed) for d, s, e in sides]
    if None in voices:
        return set()
    (da, sa, ea), (db, sb, eb) = sides
    va, vb = voices
    wa, wb = words(da["text"], va, sa, ea), words(db["text"], vb, sb, eb)
    if two_people(va, vb):
        return {"two_voices"} if wa != wb else set()
    if retold(wa, wb):
        return set()
    out = set()
    if twin(db, quoted.get(db["id"], []), wa, va, sb, eb, framed) or twin(da, quoted.get(da["id"], []), wb, vb, sa, ea,
                                                                         framed):
        out.add("another_sentence")
    x, y = said(va, vb)
    if x and y and not x & y and not meanings(x) & meanings(y):
        out.add("two_statements")
    return out


def counts(data: Path, base: Path, files: list[Path], show: bool) -> list[str]:
    """R/P/W parted by each rule under each reading, then what the framed reading newly parts (module docstring)."""
    from viewer.analysis.claims.units import unit_features
    from viewer.analysis.nlp import english
    from viewer.corpus.spans import Span

    rows, nlp, docs = judged_links(files + rejudged_beside(files)), english(), {}
    tally, shown = Counter(), []
    for path in sorted(base.glob("*.json")):
        export = json.loads(path.read_text(encoding="utf-8"))
        if "claims" not in export:
            continue
        by_name = {Path(d["source"]["path"]).name: d for d in export.get("documents", [])}
        quoted = quotations(export)
        for a, b in _links(export):
            sides = ((by_name[a[0]], a[1], a[2]), (by_name[b[0]], b[1], b[2]))

            def said(va, vb, sides=sides):
                names = {w for v in (va, vb) for w in _WORD.findall((v.get("speaker_name") or "").casefold())}
                out = []
                for d, s, e in sides:
                    key = (path.stem, d["id"])
                    if key not in docs:
                        docs[key] = nlp(d["text"])
                    out.append(said_terms(unit_features(docs[key], Span(s, e)), names))
                return out

            row = rows.get((path.stem, *sorted((a, b)))) or {}
            verdict = row.get("new_verdict") or row.get("verdict") or "-"
            before, after = parted(export, quoted, sides, False, said), parted(export, quoted, sides, True, said)
            for rule in RULES:
                tally[("content", rule, verdict)] += rule in before
                tally[("framed", rule, verdict)] += rule in after
                tally[("newly", rule, verdict)] += rule in after and not before
            tally[("newly", "any", verdict)] += bool(after) and not before
            tally[("no longer", "any", verdict)] += bool(before) and not after
            if show and after and not before:
                shown.append(f"{verdict} {path.stem} {sorted(after)}\n  A: {sides[0][0]['text'][a[1]:a[2]][:200]}"
                             f"\n  B: {sides[1][0]['text'][b[1]:b[2]][:200]}")
    lines = [f"{reading} {rule}: " + " ".join(f"{v} {tally[(reading, rule, v)]}" for v in "RPWU-")
             for reading in ("content", "framed", "newly") for rule in RULES]
    lines += [f"{reading} any: " + " ".join(f"{v} {tally[(reading, 'any', v)]}" for v in "RPWU-")
              for reading in ("newly", "no longer")]
    return shown + lines


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("base", type=Path)
    parser.add_argument("--judged", type=Path, nargs="*")
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args(argv)
    print("\n".join(counts(args.data, args.base, dev_link_files(args.judged), args.show)))


if __name__ == "__main__":
    main()
