"""Count how far a source's account runs on, in PolNeAR's annotation, past the sentence that names the source.

    python training/count_carried_accounts.py PREPARED [--part fit|check] [--reach N]

News names a source once and may tell the account on in its own words ("Police said a man fired … / He fled in a
car."): a sentence naming no source after one that does is then still the source's account, not the outlet's own
statement, and the discrepancy stage must not read it as the outlet stating as fact what another report attributes.
Where such carrying stops is counted here on the attributions PolNeAR's annotators marked on the train split's
``fit`` (or ``check``) part (training/polnear_parts.py; dev and test are never read). For every sentence with no cue
of its own, no word of saying (`set_out.says`) and no quotation mark (the outlet's words, as the fact of a "stated as
fact" line is), whose nearest earlier sentence holding a cue (within ``--reach`` sentences, across paragraph breaks)
has a word of saying, a row gives:

- ``quoted``: whether that source's sentence holds a quotation mark (someone's words) or is in the outlet's words;
- ``d``: sentences from it (1 = the next sentence); ``breaks``: paragraph breaks between the two (0, 1, 2+);
- ``before``: what the sentence just before is: ``cue`` (the source's sentence itself), the label of the row before
  (``carried``, ``own``, …), or ``skipped`` (a sentence no row is written for);
- ``placed``: where the source's sentence stands in its paragraph: ``lone`` (the paragraph's only sentence), ``opens``
  (its first of several) or ``inside``;

and its label: inside the content of an attribution cued in the source's sentence (``carried``), of one cued later
on (``later``), of another (``other``), or of none (``own``). Two tables: by (quoted, breaks, d) and by (quoted,
before, breaks).

Read on the fit part (disc54; the check part agrees): after a source named in the outlet's words the next sentence
is carried 11 of 242 times in its paragraph and 2 of 278 across a paragraph break; a sentence after a carried one
is carried 27 of 29 times, after one of the outlet's own 0 of 364; after someone's quoted words the next paragraph
carries them on 0 of 418 times (check part: 2 of 65, 9 of 9, 0 of 97, 0 of 129); no sentence is held by an attribution cued before a nearer source's (``other`` 0).
An account is carried on sentence by sentence or not at all: distance alone tells nothing.
By where the source's sentence stands (the next sentence only; carried56): after a one-sentence paragraph naming a
source in the outlet's words the next paragraph is carried 1 of 147 times, after a source sentence opening a longer
paragraph its next sentence 6 of 163 (check part: 1 of 34, 2 of 43). PolNeAR's content spans are literal: its
annotators mark what the cue reports, rarely the outlet's next sentence telling the account on, across a paragraph
break or not, so it cannot say whether the break itself cuts the account (training/count_lone_source_paragraphs.py
asks the other reports of a GVA incident instead).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from training.polnear_parts import part_of  # noqa: E402
from viewer.analysis.set_out import says  # noqa: E402

_QUOTE = re.compile(r"[“”\"«»]|''|``")


def _paragraph_starts(text: str) -> list[int]:
    return [m.start() for m in re.finditer(r"(?:^|\n)\s*(?=\S)", text)]


def _covered(content: list[list[int]], start: int, end: int, text: str) -> bool:
    """Whether half or more of the sentence's non-space characters lie in the content spans."""
    inside = sum(not text[i].isspace() for s, e in content for i in range(max(s, start), min(e, end)))
    total = sum(not c.isspace() for c in text[start:end])
    return total > 0 and inside * 2 >= total


def sentence_rows(text: str, sentences: list[list[int]], attributions: list[dict], reach: int) -> list[dict]:
    """One row for every uncued, unquoted sentence that has a sentence naming a source within ``reach`` before it."""
    def sentence_of(at: int) -> int:
        return next((k for k, (s, e) in enumerate(sentences) if s <= at < e), -1)

    marked: dict[int, list[dict]] = defaultdict(list)
    for a in attributions:
        if a["cue"]:
            marked[sentence_of(a["cue"][0][0])].append(a)
    breaks = _paragraph_starts(text)

    def placed(k: int) -> str:
        start, end = sentences[k]
        opens = not text[text.rfind("\n", 0, start) + 1:start].strip()
        ends = not text[end:(text.find("\n", end) + 1 or len(text) + 1) - 1].strip()
        return ("lone" if ends else "opens") if opens else "inside"

    rows, labels = [], {}
    for j, (start, end) in enumerate(sentences):
        if j in marked or _QUOTE.search(text[start:end]) or says(text[start:end]):
            continue
        i = next((k for k in range(j - 1, max(-1, j - 1 - reach), -1) if k in marked), None)
        if i is None or not says(text[sentences[i][0]:sentences[i][1]]):
            continue
        labels[j] = label = _label(marked[i], end, start, attributions, text)
        rows.append({
            "quoted": bool(_QUOTE.search(text[sentences[i][0]:sentences[i][1]])),
            "breaks": min(2, sum(sentences[i][1] <= b <= start for b in breaks)),
            "d": j - i,
            "before": "cue" if j - i == 1 else labels.get(j - 1, "skipped"),
            "placed": placed(i),
            "label": label,
        })
    return rows


def _label(told: list[dict], end: int, start: int, attributions: list[dict], text: str) -> str:
    """``carried`` when an attribution cued in the source's sentence holds the sentence, ``later`` when one cued
    after it does, ``other`` for any other, ``own`` for none."""
    held = [a for a in attributions if _covered(a["content"], start, end, text)]
    if any(a in told for a in held):
        return "carried"
    if any(a["cue"] and a["cue"][0][0] >= end for a in held):
        return "later"
    return "other" if held else "own"


def count(prepared: Path, part: str, reach: int) -> list[dict]:
    """The rows of every article of one part of the prepared train split."""
    gold = json.loads((prepared / "gold.json").read_text(encoding="utf-8"))
    by_doc = defaultdict(list)
    for a in gold["attributions"]:
        by_doc[a["doc"]].append(a)
    rows = []
    for d in gold["documents"]:
        if part_of(d["name"]) == part:
            text = (prepared / "docs" / d["name"]).read_text(encoding="utf-8")
            rows += sentence_rows(text, d["sentences"], by_doc[d["name"]], reach)
    return rows


def table(rows: list[dict], keys: tuple[str, ...]) -> list[str]:
    """Counts of each label by ``keys``, with the share carried."""
    counts = Counter((tuple(r[k] for k in keys), r["label"]) for r in rows)
    lines = ["\t".join(keys) + "\t" + "\t".join(LABELS) + "\tshare_carried"]
    for key in sorted({k for k, _ in counts}, key=str):
        n = [counts[(key, label)] for label in LABELS]
        lines.append("\t".join(map(str, key)) + "\t" + "\t".join(map(str, n)) + f"\t{n[0] / max(1, sum(n)):.3f}")
    return lines


LABELS = ("carried", "later", "other", "own")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("prepared", type=Path)
    parser.add_argument("--part", choices=("fit", "check"), default="fit")
    parser.add_argument("--reach", type=int, default=6)
    ns = parser.parse_args()
    rows = count(ns.prepared, ns.part, ns.reach)
    for keys in (("quoted", "breaks", "d"), ("quoted", "before", "breaks")):
        print("\n".join(table(rows, keys)), end="\n\n")
    print("\n".join(table([r for r in rows if r["d"] == 1], ("quoted", "placed", "breaks"))))


if __name__ == "__main__":
    main()
