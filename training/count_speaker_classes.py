"""Count the speakers the attribution reader may give the wrong body or none, by class, and what a change of the reader
did to them.

    python training/count_speaker_classes.py GVA_CRAWL --dump OUT.jsonl [--first N] [--incidents N] [--only FILE]
    python training/count_speaker_classes.py --read DUMP.jsonl [--show N]
    python training/count_speaker_classes.py --read DUMP.jsonl --against BASE.jsonl

The first form reads the first usable report of the crawl's incidents ``--first`` to ``--first + --incidents`` (only
those named in ``--only``, one a line, when given) and writes each attribution the reader finds as a JSON line: the
speaker's words, the name and kind it resolved to, the cue, the content and the sentence. The second counts the dump's
speakers by class (`speaker_class`) and prints ``--show`` of each, drawn at random (seed 70), to read by hand:
- ``members with a place`` ("Anson County deputies") and ``members with a force`` ("Investigators with the Colleton
  County Sheriff's Office");
- ``they, no name``: a lone "they" the reader resolved to no one;
- ``the + one noun, no name``: "the coroner", "the hospital", "the judge" with no one resolved;
- ``outlet word``: "the newspaper", "the website", with the body it took;
- ``call``: a "call" cue ("who called police", "called the shooting a tragedy").
The third prints the speakers whose name changed between two dumps of the same reports, and the attributions gone
and added: run once with a checkout before a change and once after.

Run in session 70 (attrib70) on incidents 0-1,200 (counted before building) and 1,200-1,900 (apart, after), main and
the branch, each after on the reports the classes touch: docs/linking.md "Speakers that resolve to the wrong body".
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.gva import usable_reports  # noqa: E402
from viewer.analysis.attribution.statements import find_attributions  # noqa: E402
from viewer.analysis.force_members import members_in_plural  # noqa: E402
from viewer.analysis.segment import parse  # noqa: E402
from viewer.analysis.speakers.kinds import publisher_nouns  # noqa: E402
from viewer.analysis.speakers.names import DETERMINERS  # noqa: E402

_CALLS = frozenset({"call", "called", "calls", "calling"})


def attributions(report: str, text: str) -> Iterator[dict]:
    """Each attribution of ``text`` as a row: where and how its speaker is written, what it resolved to."""
    parsed = parse(1, text, [])
    for a in find_attributions(parsed):
        span = a.speaker
        tokens = [t for t in parsed.doc if span and span.start <= t.idx < span.end]
        sentence = tokens[0].sent.text if tokens else text[a.content.start:a.content.end]
        yield {"report": report, "at": span.start if span else -1, "speaker": text[span.start:span.end] if span else "",
               "capitalised": [t.text[:1].isupper() for t in tokens], "name": a.speaker_name, "role": a.speaker_role, "kind": a.speaker_kind,
               "cue": text[a.cue.start:a.cue.end] if a.cue else "", "content": text[a.content.start:a.content.end][:300],
               "sentence": " ".join(sentence.split())[:400]}


def speaker_class(row: dict) -> str | None:
    """The class of a dumped attribution (module docstring), or None."""
    written = row["speaker"].lower().replace("’", "'").split()
    words = [w for w in written if w not in DETERMINERS]
    cue = row["cue"].lower().split()
    if cue[:1] and cue[0] in _CALLS:
        return "call"
    if words == ["they"]:
        return None if row["name"] else "they, no name"
    if any(members_in_plural(w.strip(",.")) for w in words):
        if " with " in f" {' '.join(words)} ":
            return "members with a force"
        before = [up for up, w in zip(row["capitalised"], written) if w not in DETERMINERS][:-1]
        return "members with a place" if len(words) > 1 and any(before) else None
    if len(words) == 1 and words[0] in publisher_nouns():
        return "outlet word"
    if len(words) == 1 and written[:1] == ["the"] and not row["name"]:
        return "the + one noun, no name"
    return None


def changes(base: list[dict], new: list[dict]) -> tuple[list[tuple[dict, dict]], list[dict], list[dict]]:
    """(renamed, gone, added) between two dumps, over the reports the new one holds."""
    def keyed(rows: list[dict]) -> dict:
        return {(r["report"], r["at"], r["cue"], r["content"][:60]): r for r in rows}
    before, after = keyed(base), keyed(new)
    reports = {key[0] for key in after}
    renamed = [(before[k], after[k]) for k in after if k in before and _shown(before[k]) != _shown(after[k])]
    return renamed, [before[k] for k in before if k[0] in reports and k not in after], \
        [after[k] for k in after if k not in before]


def _shown(row: dict) -> tuple:
    """How the views show a row's speaker: its name, or for one named by no one its description (dumps written
    before the role was kept say none)."""
    return (row["name"], row.get("role") if not row["name"] else None)


def _dump(ns: argparse.Namespace) -> None:
    only = set(ns.only.read_text().split()) if ns.only else None
    with ns.dump.open("w", encoding="utf-8") as out:
        for seen, (name, items) in enumerate(usable_reports(ns.crawl)):
            if seen >= ns.first + ns.incidents:
                break
            if seen >= ns.first and items and (only is None or name in only):
                for row in attributions(name, f"{items[0][1]['title']}\n\n{items[0][1]['text'][:6000]}"):
                    out.write(json.dumps(row, ensure_ascii=False) + "\n")


def _read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _count(rows: list[dict], show: int) -> None:
    classes: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        if (label := speaker_class(row)) is not None:
            classes[label].append(row)
    print(f"{len({r['report'] for r in rows})} reports, {len(rows)} attributions")
    for label, found in sorted(classes.items()):
        print(f"{label}\t{len(found)}")
    for label, found in sorted(classes.items()) if show else ():
        print(f"\n== {label}")
        for row in random.Random(70).sample(found, min(show, len(found))):
            print(f"  [{row['report']}] {row['speaker']!r} -> {row['name']!r}: {row['sentence'][:220]}")


def _compare(base: list[dict], new: list[dict]) -> None:
    renamed, gone, added = changes(base, new)
    print(f"renamed {len(renamed)}, gone {len(gone)}, added {len(added)}")
    for before, after in renamed:
        print(f"  [{after['report']}] {after['speaker']!r} ({after['cue']}): {_shown(before)} -> {_shown(after)}: "
              f"{after['sentence'][:200]}")
    for sign, rows in (("-", gone), ("+", added)):
        for row in rows:
            print(f"  {sign} [{row['report']}] {row['speaker']!r} ({row['cue']}): {row['content'][:100]}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("crawl", type=Path, nargs="?")
    parser.add_argument("--dump", type=Path)
    parser.add_argument("--first", type=int, default=0)
    parser.add_argument("--incidents", type=int, default=1200)
    parser.add_argument("--only", type=Path)
    parser.add_argument("--read", type=Path)
    parser.add_argument("--against", type=Path)
    parser.add_argument("--show", type=int, default=0)
    ns = parser.parse_args(argv)
    if ns.crawl and ns.dump:
        _dump(ns)
    elif ns.read and ns.against:
        _compare(_read(ns.against), _read(ns.read))
    elif ns.read:
        _count(_read(ns.read), ns.show)
    else:
        parser.error("give a crawl and --dump, or --read")


if __name__ == "__main__":
    sys.exit(main())
