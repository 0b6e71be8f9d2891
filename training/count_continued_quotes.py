"""Count quotations printed over several paragraphs, and what the attribution gives their later paragraphs.

    python training/count_continued_quotes.py DOCS_DIR [DOCS_DIR ...] [--examples N]

Two conventions of news text are counted, paragraph by paragraph (a paragraph is a non-empty line):
- ``open``: a paragraph holds an odd number of double quote marks (its last quotation is not closed in
  it), and the next paragraph opens with a mark: the next paragraphs (each opening with a
  mark, up to the one that closes) go on with the same quotation;
- ``colon``: a paragraph ends with ":" after a reporting verb (the lemma is in ``REPORTING_VERBS``) and the
  next paragraph opens with no mark: that paragraph is the statement, printed unmarked.
For each continued paragraph the script says whether main's ``find_attributions`` covers it (half its
characters or more inside an attribution's content or parts) and with which speaker, or leaves it to the
outlet. Only articles holding a pattern are parsed.
"""
from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from viewer.analysis.attribution.reported_clauses import REPORTING_VERBS  # noqa: E402

_MARKS = re.compile(r"''|``|[“”\"„«»]")
_OPENS = re.compile(r"\s*(''|``|[“\"„«])")


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty line."""
    out, at = [], 0
    for line in text.split("\n"):
        if line.strip():
            lead = len(line) - len(line.lstrip())
            out.append((at + lead, at + len(line.rstrip())))
        at += len(line) + 1
    return out


def open_runs(text: str, paras: list[tuple[int, int]]) -> list[tuple[int, list[int]]]:
    """(first paragraph, continued paragraphs) of each quotation left open over paragraph ends."""
    runs, i = [], 0
    while i < len(paras) - 1:
        s, e = paras[i]
        if len(_MARKS.findall(text[s:e])) % 2 == 1 and _OPENS.match(text, paras[i + 1][0]):
            further, j = [], i + 1
            while j < len(paras) and _OPENS.match(text, paras[j][0]):
                further.append(j)
                if len(_MARKS.findall(text[paras[j][0]:paras[j][1]])) % 2 == 0:
                    break
                j += 1
            runs.append((i, further))
            i = j + 1
        else:
            i += 1
    return runs


def colon_candidates(text: str, paras: list[tuple[int, int]]) -> list[tuple[int, list[int]]]:
    """Paragraphs ending with a colon whose next paragraph opens with no mark (the cue is checked on the parse)."""
    return [(i, [i + 1]) for i in range(len(paras) - 1)
            if text[paras[i][0]:paras[i][1]].endswith(":") and not _OPENS.match(text, paras[i + 1][0])
            and len(text[paras[i + 1][0]:paras[i + 1][1]].split()) >= 5]


def has_cue(doc, start: int, end: int) -> bool:
    """A reporting verb in the paragraph's last sentence."""
    span = doc.char_span(start, end, alignment_mode="expand")
    last = list(span.sents)[-1] if span is not None else []
    return any(t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in REPORTING_VERBS for t in last)


def speaker_of(text: str, found, start: int, end: int) -> str | None:
    """The speaker of the attribution covering half the paragraph or more, '' for none named, None for no cover."""
    for a in found:
        covered = sum(max(0, min(end, s.end) - max(start, s.start)) for s in [a.content, *a.parts])
        if covered * 2 >= end - start:
            return a.speaker_name or ""
    return None


def main() -> None:
    """Print the counts of both conventions and what main gives their continued paragraphs."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("dirs", nargs="+", type=Path)
    parser.add_argument("--examples", type=int, default=0)
    parser.add_argument("--no-parse", action="store_true", help="count the patterns only")
    args = parser.parse_args()
    from viewer.analysis.attribution.statements import find_attributions
    from viewer.analysis.segment import parse

    counts: Counter = Counter()
    examples: dict[str, list[str]] = {}
    for folder in args.dirs:
        for path in sorted(folder.glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            paras = paragraphs(text)
            runs, colons = open_runs(text, paras), colon_candidates(text, paras)
            counts["articles"] += 1
            if not runs and not colons:
                continue
            if args.no_parse:
                counts["open runs"] += len(runs)
                counts["colon candidates"] += len(colons)
                continue
            parsed = parse(1, text, [])
            found = find_attributions(parsed)
            doc = parsed.doc
            colons = [c for c in colons if has_cue(doc, *paras[c[0]])]
            for kind, patterns in (("open", runs), ("colon", colons)):
                for first, further in patterns:
                    counts[f"{kind} runs"] += 1
                    head = speaker_of(text, found, *paras[first])
                    for j in further:
                        got = speaker_of(text, found, *paras[j])
                        outcome = "no attribution" if got is None else "no speaker" if got == "" else \
                            "same speaker as first" if got == head else "another speaker"
                        counts[f"{kind} continued paragraphs: {outcome}"] += 1
                        examples.setdefault(f"{kind}: {outcome}", []).append(
                            f"{path.parent.parent.name}/{path.name} ¶{j}: first={head!r} got={got!r} "
                            f"{text[paras[j][0]:paras[j][0] + 90]!r}")
    for key, n in sorted(counts.items()):
        print(f"{n:6d}  {key}")
    rng = random.Random(50)
    for key, lines in sorted(examples.items()):
        for line in rng.sample(lines, min(args.examples, len(lines))):
            print(f"[{key}] {line}")


if __name__ == "__main__":
    main()
