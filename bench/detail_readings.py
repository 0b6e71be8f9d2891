"""Three readings of two details said of one thing, counted on the judged dev links by their texts before any was
built (session 80, detail80): a part beside its whole, two ordinals or superlatives with other complements, a count
called not known beside a count given.

    python bench/detail_readings.py DATA [--base DIR] [--judged TSV ...] [--show]

Every judged dev link (`background_acts.dev_link_files`, re-judged verdicts over the first ones), only those ``--base``'s
exports make when given, its two texts read from DATA/sets/SET/docs; printed R / P / W ("Wd" the W of "another detail
of the incident") for each reading that fires, and with ``--show`` the pairs. The readings are patterns of the text,
wider than any veto would read, so that what they cost shows:

- part: one side, not the other, gives a part ("three of the victims", "$506 billion of their offer", "four chains
  have each …", "including nine children", "in total"), the other a count, and the part's figures are not all the
  other's;
- ordinal: both sides hold an ordinal or superlative ("first", "second", "largest", "most …") whose next four words
  share no content word with the other's;
- unknown: one side, not the other, says a count is not known ("unclear how many", "the number … is unknown",
  "varying accounts of the number"), and the other gives a count.

Run in session 80 on main's exports of analyser 116 (the 61 sets of /work/data/final79/final with /work/data/final79/blind's
allsidesW/X; 5,205 judged links made: R 1,768, P 2,891, W 544, of which 174 "another detail"): part R 24, P 73, W 18
(detail 11); ordinal R 8, P 62, W 12 (detail 6); unknown R 0, P 0, W 2 (detail 2). docs/linking.md "A count not known
beside the count given".
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from background_acts import dev_link_files, made_links  # noqa: E402
from detail_wrongs import DETAIL_CLASS  # noqa: E402
from stage_wrongs import _classes, _key  # noqa: E402
from wound_links import judged_rows  # noqa: E402

_NUMBER = (r"(?:\d[\d,.]*(?:\s*(?:million|billion|trillion|percent|%))?|one|two|three|four|five|six|seven|eight|nine|"
           r"ten|eleven|twelve|dozens?|hundreds|thousands|several|half|most|many|some|none|all|both)")
_PART = re.compile(rf"\b{_NUMBER}\s+of\s+(?:the|those|them|their|its|these|his|her)\b|\b{_NUMBER}\b[^.;]{{0,60}}\beach\b"
                   rf"|\bincluding\s+{_NUMBER}\b|\bin total\b|\bof whom\b|\bof which\b", re.IGNORECASE)
_COUNT = re.compile(rf"\b{_NUMBER}\b", re.IGNORECASE)
_FIGURE = re.compile(r"\d[\d,.]*")
_ORDINAL = re.compile(r"\b(?:first|second|third|fourth|fifth|last|largest|biggest|highest|lowest|smallest|longest|"
                      r"strictest|worst|best|most\s+\w+|least\s+\w+|only)\b((?:\s+\S+){1,4})", re.IGNORECASE)
_UNKNOWN = re.compile(r"\b(?:unclear|not clear|unknown|not known|varying|conflicting|differing|would not say|did not say|"
                      r"declined to say|not immediately known|no word)\b[^.]{0,40}\b(?:how many|number|whether|count)\b"
                      r"|\b(?:how many|number of)\b[^.]{0,40}\b(?:unclear|not clear|unknown|not known|varied|varying)\b",
                      re.IGNORECASE)
_STOP = frozenset("the a an of in to for and on at by with from since that this its it his her their new".split())


def _words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z]+", text)} - _STOP


def part(a: str, b: str) -> bool:
    """One side gives a part, the other a count, and the part's figures are not all the other's."""
    if bool(_PART.search(a)) == bool(_PART.search(b)):
        return False
    whole_part, other = (a, b) if _PART.search(a) else (b, a)
    mine, theirs = set(_FIGURE.findall(whole_part)), set(_FIGURE.findall(other))
    return bool(_COUNT.search(other)) and not (mine & theirs and mine <= theirs)


def ordinal(a: str, b: str) -> bool:
    """Both sides hold an ordinal or superlative whose next words share no content word with the other's."""
    return any(not (_words(x) & _words(y)) for x in _ORDINAL.findall(a) for y in _ORDINAL.findall(b))


def unknown(a: str, b: str) -> bool:
    """One side says a count is not known, the other gives a count."""
    if bool(_UNKNOWN.search(a)) == bool(_UNKNOWN.search(b)):
        return False
    return bool(_COUNT.search(b if _UNKNOWN.search(a) else a))


READINGS = {"part": part, "ordinal": ordinal, "unknown": unknown}


def counts(data: Path, base: Path | None, files: list[Path], show: bool) -> list[str]:
    """Verdicts of the judged links, then per reading the verdicts of those it fires on (and with ``show`` the pairs)."""
    made, classes = (made_links(base) if base else None), _classes()
    total, fired, shown = Counter(), {name: Counter() for name in READINGS}, {name: [] for name in READINGS}
    for key, row in judged_rows(files).items():
        if made is not None and key not in made:
            continue
        cls = classes.get(_key(row)) or row.get("class") or ""
        verdict = "Wd" if row["verdict"] == "W" and cls == DETAIL_CLASS else row["verdict"]
        total[verdict] += 1
        texts = [" ".join((data / "sets" / key[0] / "docs" / name).read_text(encoding="utf-8")[s:e].split())
                 for name, s, e in key[1:]]
        for name, reading in READINGS.items():
            if reading(*texts):
                fired[name][verdict] += 1
                shown[name].append(f"  {verdict} [{key[0]}] {texts[0][:160]} || {texts[1][:160]}")
    lines = ["judged " + _verdicts(total)]
    for name in READINGS:
        lines.append(f"{name} " + _verdicts(fired[name]))
        lines += sorted(shown[name]) if show else []
    return lines


def _verdicts(counted: Counter) -> str:
    return ", ".join(f"{v} {counted[v]}" for v in ("R", "P", "W", "Wd", "U") if counted[v])


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--base", type=Path)
    parser.add_argument("--judged", nargs="*", type=Path)
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args(argv)
    print("\n".join(counts(args.data, args.base, dev_link_files(args.judged), args.show)))


if __name__ == "__main__":
    main()
