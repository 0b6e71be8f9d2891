"""How often a link is wrong when its two mentions share no act: counted on a kept export against ECB+'s action
chains or a hand-judged TSV.

    python bench/shared_acts.py EXPORT SET_FOLDER [--judged FILE]

EXPORT is a set's JSON export (``bench/quality.py --keep``), SET_FOLDER the set it came from (its ``events.json``).
A link is right when ECB+ puts its two sentences in one action chain of one event (links across events are wrong,
links between unannotated sentences are left out), or as the judged TSV says (`quality.read_judged`: R and P right,
W wrong). Two mentions share an act unless both state one and neither's is among the other's acts, words or
their synonyms (`predicates.no_shared_act`, read from each mention's unit features as the pair model reads them).
The pair model's ``predicates_differ`` asks the same only of two units with a subject in common; the wrong links
this counts are mostly a headline or a clause stating another action of the same story ("Boy recovering after
father accidentally shoots him" beside "Dad charged in accidental shooting"), whose subjects differ. The counts say
whether a feature without that condition would tell them apart.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from quality import _links, _sentence, read_judged  # noqa: E402

from viewer.analysis.claims.predicates import Roles, no_shared_act  # noqa: E402
from viewer.analysis.claims.units import unit_features  # noqa: E402
from viewer.analysis.nlp import english  # noqa: E402
from viewer.corpus.spans import Span  # noqa: E402


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("export", type=Path)
    parser.add_argument("set", type=Path)
    parser.add_argument("--judged", type=Path, help="TSV of hand-judged links (file_a, text_a, file_b, text_b, "
                        "verdict; or set and spans, the texts read from the DATA/sets folder SET lies in)")
    ns = parser.parse_args(argv)
    export = json.loads(ns.export.read_text(encoding="utf-8"))
    events = json.loads((ns.set / "events.json").read_text(encoding="utf-8"))["documents"]
    verdicts = read_judged(ns.judged, ns.set.absolute().parents[1]) if ns.judged else None
    counts = tally(export, events, verdicts)
    for shared in (False, True):
        right, wrong = counts[shared, "right"], counts[shared, "wrong"]
        print(f"{'share an act' if shared else 'share no act':>13}: {right + wrong} links, {wrong} wrong "
              f"({wrong / max(1, right + wrong):.3f})")


def tally(export: dict, events: dict, verdicts: dict | None) -> Counter:
    """Links by (whether the mentions share an act, "right" or "wrong"); links with no verdict are left out."""
    texts = {Path(d["source"]["path"]).name: d["text"] for d in export["documents"]}
    counts: Counter = Counter()
    for a, b in _links(export):
        first, second = texts[a[0]][a[1]:a[2]], texts[b[0]][b[1]:b[2]]
        verdict = (_judged(verdicts, a[0], first, b[0], second) if verdicts is not None
                   else _chained(events, a, b))
        if verdict is not None:
            counts[shares_act(first, second), verdict] += 1
    return counts


def shares_act(first: str, second: str) -> bool:
    """Whether the two mentions share an act (true where either states none): `predicates.no_shared_act`."""
    return not no_shared_act(_roles(first), _roles(second))


@lru_cache(maxsize=1 << 14)
def _roles(text: str) -> Roles:
    return Roles.of(unit_features(english()(text), Span(0, len(text))))


def _judged(verdicts: dict, file_a: str, text_a: str, file_b: str, text_b: str) -> str | None:
    verdict = verdicts.get((file_a, text_a, file_b, text_b))
    return {"R": "right", "P": "right", "W": "wrong"}.get(verdict)


def _chained(events: dict, a: tuple, b: tuple) -> str | None:
    """Right when ECB+ puts both sentences in one action chain of one event; wrong across events or chains."""
    ea, eb = events[a[0]], events[b[0]]
    if ea["event"] != eb["event"]:
        return "wrong"
    sa, sb = _sentence(ea, a), _sentence(eb, b)
    if not (sa and sb and sa["annotated"] and sb["annotated"]):
        return None
    return "right" if set(sa["chains"]) & set(sb["chains"]) else "wrong"


if __name__ == "__main__":
    main()
