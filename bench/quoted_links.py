"""How often a link joins two sentences of one speaker's quotation or statement, and how often such a link is
wrong: the count a rule keeping them apart would be judged on (issue 11).

    python bench/quoted_links.py EXPORT.json JUDGED.tsv [EXPORT.json JUDGED.tsv ...] [--show]

Each EXPORT is a draw's export kept by ``bench/quality.py DATA --sets NAME --keep DIR``; JUDGED the hand list that holds
its links (R and P right, W wrong). A mention is voiced by an attribution whose content and parts cover at least half
of it; a link is of one voice when both its mentions are, by the same speaker (or two speakers whose names share a
surname). Of those, the pair's shape: ``same`` when their quoted words are one sentence retold (`voices.retold`);
``twin`` when a mention's quoted words are retold in another sentence of the other report than the one it is linked
to, by the same speaker (the shape `voices.another_sentence` keeps apart, there read on units and direct quotations
only); ``other`` for the rest. Links of two mentions inside quotation marks that are not one voice and not one sentence
retold are counted apart (``marks``).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from quality import _links, read_judged, verdict_of  # noqa: E402

from viewer.analysis.claims.voices import retold  # noqa: E402
from viewer.analysis.person_names import surnames_match  # noqa: E402

_WORD = re.compile(r"\w+")
_MARKS = {'"', "“", "‘", "'"}
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")


def voice(export: dict, document: str, start: int, end: int) -> dict | None:
    """The attribution with a speaker covering most of the span, where it covers at least half of it."""
    best, covered = None, 0
    for a in export["attributions"]:
        if a["document"] != document or a.get("speaker") is None:
            continue
        inside = sum(max(0, min(s["end"], end) - max(s["start"], start)) for s in _spans(a))
        if inside > covered:
            best, covered = a, inside
    return best if best is not None and 2 * covered >= end - start else None


def _spans(attribution: dict) -> list[dict]:
    return [attribution["content"]] + attribution.get("parts", [])


def said(text: str, attribution: dict, start: int, end: int) -> str:
    """The words of start..end the attribution reports (its content and parts inside the span), in lower case."""
    return " ".join(text[max(s["start"], start):min(s["end"], end)] for s in _spans(attribution)).casefold()


def quoted(text: str, start: int, end: int) -> bool:
    """Whether the span lies inside a quotation by its marks: it opens with one, or its paragraph holds an odd
    number of double marks before it."""
    paragraph = text.rfind("\n", 0, start) + 1
    return text[start:end].lstrip()[:1] in _MARKS or sum(text[paragraph:start].count(m) for m in '"“”') % 2 == 1


def one_voice(a: dict | None, b: dict | None) -> bool:
    if a is None or b is None:
        return False
    if a["speaker"] == b["speaker"]:
        return True
    x, y = (set(_WORD.findall(v["speaker_name"] or "")) for v in (a, b))
    return any(surnames_match(p, q) for p in x for q in y)


def twin_elsewhere(export: dict, mine: str, by: dict, other: dict, start: int, end: int) -> str | None:
    """A sentence of the ``other`` report, apart from start..end, that the same speaker says in nearly the same
    words as ``mine``: the sentence the mention's own twin is."""
    for m in _SENTENCE.finditer(other["text"]):
        if m.end() <= start or m.start() >= end:
            v = voice(export, other["id"], m.start(), m.end())
            if one_voice(by, v) and retold(mine, said(other["text"], v, m.start(), m.end())):
                return m.group().strip()
    return None


def shapes(export: dict, verdicts: dict) -> list[tuple[str, str, str, str, str, str]]:
    """(verdict, shape, kind pair, text a, text b, twin) of every link of one voice."""
    by_name = {Path(d["source"]["path"]).name: d for d in export["documents"]}
    out = []
    for a, b in _links(export):
        da, db = by_name[a[0]], by_name[b[0]]
        ta, tb = da["text"][a[1]:a[2]], db["text"][b[1]:b[2]]
        verdict = verdict_of(verdicts, (a[0], ta, a[1], a[2]), (b[0], tb, b[1], b[2]))
        va, vb = voice(export, da["id"], a[1], a[2]), voice(export, db["id"], b[1], b[2])
        if not one_voice(va, vb):
            if quoted(da["text"], a[1], a[2]) and quoted(db["text"], b[1], b[2]) and not retold(ta.casefold(), tb.casefold()):
                out.append((verdict or "-", "marks", "", ta, tb, ""))
            continue
        wa, wb = said(da["text"], va, a[1], a[2]), said(db["text"], vb, b[1], b[2])
        twin = ""
        if retold(wa, wb):
            shape = "same"
        elif twin := (twin_elsewhere(export, wa, va, db, b[1], b[2]) or twin_elsewhere(export, wb, vb, da, a[1], a[2])):
            shape = "twin"
        else:
            shape = "other"
        out.append((verdict or "-", shape, f"{va['kind']}/{vb['kind']}", ta, tb, twin or ""))
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pairs", nargs="+", help="EXPORT.json JUDGED.tsv, repeated")
    parser.add_argument("--show", action="store_true", help="print each link of one voice")
    ns = parser.parse_args(argv)
    for export_path, judged_path in zip(ns.pairs[::2], ns.pairs[1::2]):
        export = json.loads(Path(export_path).read_text(encoding="utf-8"))
        found = shapes(export, read_judged(Path(judged_path)))
        links = len(_links(export))
        counts = Counter((v, s) for v, s, *_ in found)
        line = ", ".join(f"{s} W {counts['W', s]} R {counts['R', s]} P {counts['P', s]}" for s in ("same", "twin", "other", "marks"))
        print(f"{Path(export_path).stem}: {links} links, {len(found)} of one voice: {line}")
        if ns.show:
            for v, s, k, ta, tb, twin in sorted(found, key=lambda r: (r[1], r[0])):
                print(f"  {v} {s:5} {k:20} {ta[:140]!r}\n  {'':28} {tb[:140]!r}")
                if twin:
                    print(f"  {'':24} twin {twin[:140]!r}")


if __name__ == "__main__":
    main()
