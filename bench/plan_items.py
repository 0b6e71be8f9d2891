"""Three readings of "items, parts and figures of one plan" (judged W of "another detail": "The Texas law … bans
abortions after a heartbeat is detected" beside "US appeals court lets Texas resume ban on most abortions"; "IMF cuts
its global growth forecast" beside "IMF slashes US growth forecast"; "$928 billion over eight years" beside "$506
billion of their nearly $1 trillion offer"), counted on every judged dev link before anything was built (session 75,
plan75).

    python bench/plan_items.py DATA [--base DIR] [--judged TSV ...] [--show READING]
    python bench/plan_items.py DATA --parts

``content``: one side's main verb tells what a document does (its subject a document noun, the verb in the present or
after "will", "would", "can" or "could": "The Texas law … bans abortions", "The rules would not apply to domestic
partnerships") and the other's does not: the document's terms beside an act done to it. ``scope``: a noun both sides
hold is scoped on each by a place (a place entity, or a word of the whole: "global", "national", "federal" …) and no
scope is shared ("global" / "US" forecast). The document nouns and the words of the whole are listed below for the
count alone: neither reading was built. R/P/W are printed by reading and by whether ``base``'s exports make the link;
``--show`` lists them. ``--parts`` counts on every set's documents under DATA/sets and on MSRP's sentences the sums
written as a part of another ("$506 billion of their nearly $1 trillion offer"; the session's blind draws and the
held-out splits left out), the shape a part-and-whole reading
of sums would need. Run on main 45f34a72 (/work/data/final75/base): docs/linking.md "Items, parts and figures of one
plan".
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from background_acts import dev_link_files, judged_spans, made_links  # noqa: E402
from dev_sets import readable  # noqa: E402

# For the count only (a built reading would need its words counted by a script under training/).
_DOCUMENTS = {"law", "bill", "order", "rule", "policy", "guidance", "measure", "plan", "package", "proposal",
              "legislation", "ruling", "act", "regulation", "provision", "agreement", "deal", "guideline", "ban",
              "mandate", "budget", "statute", "amendment", "decision", "program", "framework", "offer",
              "recommendation"}
_WHOLE = {"global", "world", "national", "nationwide", "worldwide", "international", "federal", "statewide",
          "countrywide"}
_MODALS = {"will", "would", "can", "could"}
# The session's blind draws and the held-out splits, which no count reads.
_SUM = r"[$€£]\s?\d[\d,.]*(?:\s*(?:million|billion|trillion))?"
_PART = re.compile(rf"{_SUM}\s+of\s+(?:the|their|its|his|her|this|that)?\s*(?:\w+\s+){{0,4}}?"
                   rf"(?:nearly|about|more than|almost|roughly|some)?\s*{_SUM}")


def tells_content(span) -> bool:
    """Whether the span's main verb tells what a document does: a document noun its subject, the verb in the
    present or after a modal of what will or can be."""
    for token in span:
        if token.dep_ == "ROOT" and token.pos_ in ("VERB", "AUX"):
            subjects = [c for c in token.children if c.dep_ == "nsubj"]
            if not subjects or subjects[0].lemma_.lower() not in _DOCUMENTS:
                return False
            return token.tag_ in ("VBZ", "VBP") or any(c.dep_ == "aux" and c.lemma_ in _MODALS for c in token.children)
    return False


def scopes(span) -> dict[str, set[str]]:
    """Each noun of the span scoped by a place, with its scopes ("wide" for a word of the whole)."""
    out: dict[str, set[str]] = {}
    for token in span:
        if token.dep_ in ("amod", "compound", "nmod", "poss") and token.head.pos_ == "NOUN":
            scope = "wide" if token.lemma_.lower() in _WHOLE else token.text.lower() if token.ent_type_ == "GPE" else ""
            if scope:
                out.setdefault(token.head.lemma_.lower(), set()).add(scope)
    return out


def scoped_apart(a, b) -> bool:
    """Whether a noun both spans scope by a place has no scope in common."""
    scopes_a, scopes_b = scopes(a), scopes(b)
    return any(not (scopes_a[n] & scopes_b[n]) for n in scopes_a.keys() & scopes_b.keys())


READINGS = {"content": lambda a, b: tells_content(a) != tells_content(b), "scope": scoped_apart}


def judged_counts(data: Path, files: list[Path], base: Path | None, show: str | None) -> list[str]:
    """R/P/W each reading parts, by whether ``base`` makes the link; the links of ``show`` printed."""
    made = made_links(base) if base else set()
    counts, shown = Counter(), []
    for row, (a, b) in judged_spans(data, files):
        for name, parts in READINGS.items():
            if parts(a, b):
                state = "made" if (row["set"], *sorted(_sides(row))) in made else "not made"
                counts[(name, state, row["verdict"])] += 1
                if name == show:
                    shown.append(f"  {row['verdict']} [{state}] {row['set']} {row.get('class', '')}: "
                                 f"{' '.join(a.text.split())[:140]!r} | {' '.join(b.text.split())[:140]!r}")
    return [f"{name:8} {state:9} {v} {n}" for (name, state, v), n in sorted(counts.items())] + shown


def _sides(row: dict) -> list[tuple]:
    return [(row[f"file_{s}"], int(row[f"start_{s}"]), int(row[f"end_{s}"])) for s in "ab"]


def part_counts(data: Path) -> list[str]:
    """Sums written as a part of another sum, in every set's documents and in MSRP's sentences."""
    found = Counter()
    for path in sorted(p for p in (data / "sets").glob("*/docs/*") if readable(p.parent.parent.name)):
        found.update(f"sets: {m.group(0)}" for m in _PART.finditer(path.read_text(encoding="utf-8")))
    for path in sorted((data / "msrp").glob("msr_paraphrase_*.txt")):
        found.update(f"msrp: {m.group(0)}" for m in _PART.finditer(path.read_text(encoding="utf-8")))
    return [f"{n} {text}" for text, n in sorted(found.items())] or ["none"]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--judged", nargs="*", type=Path)
    parser.add_argument("--base", type=Path)
    parser.add_argument("--show", choices=sorted(READINGS))
    parser.add_argument("--parts", action="store_true")
    args = parser.parse_args(argv)
    lines = part_counts(args.data) if args.parts else judged_counts(args.data, dev_link_files(args.judged), args.base,
                                                                      args.show)
    print("\n".join(lines))


if __name__ == "__main__":
    main()
