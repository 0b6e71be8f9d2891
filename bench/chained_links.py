"""How many wrong links a claim holds through its other mentions only: links whose own pair score is under the
pair threshold while the grouping and the merges after it put both mentions in one claim (issue 11: A≈B and B≈C
must not link A to C on their own).

    python bench/chained_links.py DATA --sets gvaC,basilC,wcepC [--judged FILE]

Each set is analysed as `quality.py` does it, the linker's pair scores kept (`link_losses.kept_linking`). Every
link (two mentions of a claim in two articles) is scored by the pair model alone and judged: by the hand list
(``--judged``: R and P right, W wrong) where it holds the link, else by ECB+'s events and action chains as
`quality.judged` does. Printed by set: the judged links by their own score, and the links a floor would take
out at each of FLOORS, a pair at a time (the pair under the floor) or a mention at a time (a mention whose mean
against the claim's mentions in other articles is under it takes all its links with it). A rule is worth
fitting only where the links it takes out are mostly wrong.
"""
from __future__ import annotations

import argparse
import itertools
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from link_losses import kept_linking  # noqa: E402
from quality import _sentence, analysed_export, read_judged, verdict_of  # noqa: E402


FLOORS = (0.3, 0.5, 0.6, 0.7)
BANDS = (0.0, 0.7, 0.8, 0.9, 0.95, 0.99)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--sets", default="dev")
    parser.add_argument("--judged", type=Path, help="hand-judged links (bench/quality.py's --judged)")
    ns = parser.parse_args(argv)
    verdicts = read_judged(ns.judged) if ns.judged else {}
    for name in ns.sets.split(","):
        links = scored_links(ns.data / "sets" / name, verdicts)
        print(f"\n{name}:")
        for line in floor_lines(links):
            print("  " + line)


def scored_links(folder: Path, verdicts: dict) -> list[tuple[str, float, float]]:
    """Each judged link of the set's claims: its verdict (R or W), its pair score and the lower of its two
    mentions' means against the other articles' mentions of the claim."""
    events = json.loads((folder / "events.json").read_text(encoding="utf-8"))["documents"]
    with tempfile.TemporaryDirectory() as tmp:
        paths = [folder / "docs" / n for n in sorted(events)]
        (export, _seconds), scores = kept_linking(lambda: analysed_export(paths, Path(tmp)))
    unit_at = {(u.document, u.span.start, u.span.end): k for k, u in enumerate(scores.units)}
    names = {d["id"]: Path(d["source"]["path"]).name for d in export["documents"]}
    texts = {d["id"]: d["text"] for d in export["documents"]}
    out = []
    for claim in export["claims"]:
        mentions = [m for m in claim["mentions"] if m["document"] in names]
        unit = {id(m): unit_at[(int(m["document"][1:]), m["start"], m["end"])] for m in mentions}
        pairs = {(id(a), id(b)): scores(unit[id(a)], unit[id(b)])
                 for a, b in itertools.combinations(mentions, 2) if a["document"] != b["document"]}
        means = {id(m): _mean([p for pair, p in pairs.items() if id(m) in pair]) for m in mentions}
        for a, b in itertools.combinations(mentions, 2):
            if a["document"] == b["document"]:
                continue
            ends = [(names[m["document"]], texts[m["document"]][m["start"]:m["end"]], m["start"], m["end"])
                    for m in (a, b)]
            verdict = _verdict(ends, events, verdicts)
            if verdict is not None:
                out.append((verdict, pairs[id(a), id(b)], min(means[id(a)], means[id(b)])))
    return out


def _mean(values: list[float]) -> float:
    return sum(values) / max(1, len(values))


def _verdict(ends, events: dict, verdicts: dict) -> str | None:
    """R or W from the hand list, else from ECB+'s events and chains; None where neither judges the link."""
    (fa, _, sa, ea), (fb, _, sb, eb) = ends
    hand = verdict_of(verdicts, ends[0], ends[1])
    if hand is not None:
        return {"R": "R", "P": "R", "W": "W"}.get(hand)
    if events[fa]["event"] != events[fb]["event"]:
        return "W"
    one, other = _sentence(events[fa], (fa, sa, ea)), _sentence(events[fb], (fb, sb, eb))
    if one and other and one["annotated"] and other["annotated"]:
        return "R" if set(one["chains"]) & set(other["chains"]) else "W"
    return None


def floor_lines(links: list[tuple[str, float, float]]) -> list[str]:
    """The judged links by their own score, then what each floor would take out, a pair and a mention at a time."""
    counts = Counter((v, max(b for b in BANDS if p >= b)) for v, p, _m in links)
    right, wrong = sum(v == "R" for v, *_ in links), sum(v == "W" for v, *_ in links)
    lines = [f"judged links {len(links)}: right {right}, wrong {wrong}",
             "by own pair score: " + ", ".join(f"≥{b}: {counts['R', b]} right {counts['W', b]} wrong" for b in BANDS)]
    for floor in FLOORS:
        pair = Counter(v for v, p, _m in links if p < floor)
        mention = Counter(v for v, _p, m in links if m < floor)
        lines.append(f"floor {floor}: a pair at a time takes out {pair['R']} right, {pair['W']} wrong; "
                     f"a mention at a time {mention['R']} right, {mention['W']} wrong")
    return lines


if __name__ == "__main__":
    main()
