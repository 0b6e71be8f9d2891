"""Where the linker loses the claims two reports carry that were noted by hand, stage by stage.

    python bench/miss_stages.py DATA --misses TSV [--misses TSV] [--sets gvaG,basilE,wcepB] [--show STAGE]

DATA holds ``sets/NAME`` (`bench/gva.py`, `bench/basil.py`, `bench/wcep.py` or `bench/ecbplus.py`); a misses TSV
(training/judged/misses50*.tsv) names, per set, the two spans of each claim noted as carried by two reports. Each set
is imported into a fresh corpus and analysed by the real pipeline, keeping the linker's pair scores and the story
gate's verdicts. A noted claim one claim links (`quality.linked_noted`) is found; a missed one is put down to the
first stage that loses it, over the unit pairs whose units overlap the two spans: no claim unit over a span, the two
articles never weighed (not neighbours), the story gate refusing them, the story groups parting them, their leads
dated apart, no candidate unit pair, a veto (counts or dates in conflict, a contradiction, two people's words), the
pair model below its threshold, the word check, the recap check, the story-word check, or the grouping (a pair
verified at the threshold whose groups were not merged: one mention per document, the member means, the linked
stories' cut). The best unit pair (by the pair model alone) decides the checks. Each stage's count says how many of
its misses have a noted span cut into several units, and for the article-level stages how many the pair model alone
would accept. ``--show STAGE`` prints each miss lost there, with the two units' texts and scores, to read.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import NamedTuple

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from link_losses import KeptScores  # noqa: E402
from viewer.analysis import pipeline  # noqa: E402
from viewer.analysis.claims import linking  # noqa: E402
from viewer.analysis.claims.verifier import (VETOED, never_one_claim, pair_features, pair_scores,  # noqa: E402
                                             recap_checked, word_checked)
from viewer.analysis.claims.story_words import story_checked  # noqa: E402

STAGES = ("found", "no claim unit", "articles not neighbours", "story gate", "story groups", "leads dated apart",
          "never candidates", "vetoed", "pair model", "word check", "recap check", "story-word check", "grouping")
ARTICLE_STAGES = STAGES[2:7]


class Kept:
    """What one linking run decided beside its pair scores (`link_losses.KeptScores`): the story gate's verdicts and
    the claims it returned."""

    stories: list[tuple[int, int, float]] = []
    claims: list = []


def _kept_stories(stories, passing, average):
    Kept.stories = list(stories)
    return _story_groups(Kept.stories, passing, average)


def _kept_claims(*args, **kwargs):
    Kept.claims = _link_claims(*args, **kwargs)
    return Kept.claims


_story_groups, _link_claims = linking.story_groups, pipeline.link_claims


class Fate(NamedTuple):
    """A noted claim's stage, whether a span lies across several units, and the best unit pair with its scores."""

    stage: str
    several: bool
    pair: tuple[int, int] | None = None
    raw: float = 0.0
    known: float | None = None
    story: float = 0.0  # the story gate's probability for the two articles
    grouped: bool = False  # whether `stories.story_groups` puts the two articles in one story


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--misses", type=Path, action="append", required=True)
    parser.add_argument("--sets", default="", help="comma-separated sets (all the misses name where not given)")
    parser.add_argument("--show", metavar="STAGE", help="print the misses lost at this stage, to read")
    ns = parser.parse_args(argv)
    quality = _quality()
    noted = [n for path in ns.misses for n in quality.read_noted(path)]
    names = [s for s in ns.sets.split(",") if s] or sorted({n.set for n in noted})
    total: Counter = Counter()
    for name in names:
        fates = set_fates(ns.data, name, [n for n in noted if n.set == name], quality)
        counts = Counter(f.stage for f in fates)
        total.update(counts)
        print(f"{name}: {len(fates)} noted claims")
        _print_counts(counts, fates)
        if ns.show:
            _show(ns.data / "sets" / name, [(n, f) for n, f in zip([n for n in noted if n.set == name], fates)
                                            if f.stage == ns.show])
    if len(names) > 1:
        print(f"all: {sum(total.values())} noted claims")
        _print_counts(total, [])


def _quality():
    import importlib.util

    spec = importlib.util.spec_from_file_location("quality", ROOT / "bench" / "quality.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _print_counts(counts: Counter, fates: list[Fate]) -> None:
    for stage in STAGES:
        mine = [f for f in fates if f.stage == stage]
        extra = ""
        if mine:
            extra = f"  (a span across units {sum(f.several for f in mine)}"
            if stage in ARTICLE_STAGES:
                extra += (f"; pair model alone accepts {sum(f.raw >= KeptScores.last.model.pair.threshold for f in mine)}"
                          f"; articles in one story group {sum(f.grouped for f in mine)}")
            extra += ")"
        print(f"  {stage:24s} {counts[stage]:4d}{extra}")


def set_fates(data: Path, name: str, noted: list, quality) -> list[Fate]:
    """Analyse the set's documents as one corpus and put each noted claim down to its stage."""
    events = json.loads((data / "sets" / name / "events.json").read_text(encoding="utf-8"))
    paths = [data / "sets" / name / "docs" / n for n in sorted(events["documents"])]
    linking.PairScores, linking.story_groups, pipeline.link_claims = KeptScores, _kept_stories, _kept_claims
    try:
        with tempfile.TemporaryDirectory() as tmp:
            export, _seconds = quality.analysed_export(paths, Path(tmp))
    finally:
        linking.PairScores, linking.story_groups, pipeline.link_claims = KeptScores.__mro__[1], _story_groups, _link_claims
    documents = {Path(d["source"]["path"]).name: int(d["id"][1:]) for d in export["documents"]}
    linked = quality.linked_noted(export, noted)
    model = KeptScores.last.model
    group = _story_groups(Kept.stories, model.story.threshold, model.story_average) if model.story_average else {}
    return [Fate("found", False) if found else fate(n, documents, group) for n, found in zip(noted, linked)]


def fate(noted, documents: dict[str, int], group: dict[int, int]) -> Fate:
    """The first stage that loses a noted claim the linker did not link (`STAGES`)."""
    scores = KeptScores.last
    left, right = _over(scores, documents[noted.a[0]], noted.a), _over(scores, documents[noted.b[0]], noted.b)
    several = len(left) > 1 or len(right) > 1
    if not left or not right:
        return Fate("no claim unit", several)
    pairs = [(i, j) for i in left for j in right]
    raw = {(i, j): _raw(scores, i, j) for i, j in pairs}
    best = max(pairs, key=raw.__getitem__)
    a, b = sorted((documents[noted.a[0]], documents[noted.b[0]]))
    story = {(min(x, y), max(x, y)): p for x, y, p in Kept.stories}
    known = [scores.known.get(scores.key(i, j)) for i, j in pairs]
    best_known = max((p for p in known if p is not None), default=None)
    grouped = a in group and group.get(a) == group.get(b)
    found = Fate("", several, best, raw[best], best_known, story.get((a, b), 0.0), grouped)
    threshold = scores.model.pair.threshold
    if (a, b) not in story:
        return found._replace(stage="articles not neighbours")
    if story[(a, b)] <= VETOED:
        return found._replace(stage="leads dated apart")
    if (a, b) not in scores.same_story:
        return found._replace(stage="story gate" if story[(a, b)] < scores.model.story.threshold else "story groups")
    if best_known is None:
        return found._replace(stage="never candidates")
    if best_known <= VETOED:
        return found._replace(stage="vetoed")
    if best_known >= threshold:
        return found._replace(stage="grouping")
    return found._replace(stage=_check_stage(scores, *best))


def _over(scores, document: int, span: tuple[str, int, int]) -> list[int]:
    """The units of the document that overlap the span."""
    return [k for k, u in enumerate(scores.units)
            if u.document == document and min(u.span.end, span[2]) > max(u.span.start, span[1])]


def _raw(scores, i: int, j: int) -> float:
    """The pair model's probability for two units, counts in conflict vetoed, no other check."""
    a, b = scores.units[i].features, scores.units[j].features
    cosine = float(scores.vectors[i].astype(np.float32) @ scores.vectors[j].astype(np.float32))
    row = np.array([pair_features(a, b, cosine, scores.weights)])
    return float(pair_scores(scores.model.pair, row, [never_one_claim(a, b)])[0])


def _check_stage(scores, i: int, j: int) -> str:
    """Which of the pair's checks (`PairScores.verify`, in its order) takes the pair below the threshold."""
    model, units = scores.model, scores.units
    p = np.array([_raw(scores, i, j)])
    if p[0] <= VETOED or scores.apart(i, j):
        return "vetoed"
    if p[0] < model.pair.threshold:
        return "pair model"
    aligned = scores.piece_weights.aligned
    p = word_checked(p, model, lambda k: (aligned(units[i].pieces), aligned(units[j].pieces)))
    if p[0] < model.pair.threshold:
        return "word check"
    dated = scores.published.get
    p = recap_checked(p, model, lambda k: (units[i].features, units[j].features),
                      lambda k: (dated(units[i].document), dated(units[j].document)))
    if p[0] < model.pair.threshold:
        return "recap check"
    p = story_checked(p, model.pair.threshold, model.story_words, lambda k: scores.told(i, j), model.lead)
    return "story-word check" if p[0] < model.pair.threshold else "grouping"


def _show(folder: Path, lost: list) -> None:
    """Each miss with its best unit pair's texts and scores."""
    units = KeptScores.last.units if KeptScores.last else []
    for n, (noted, f) in enumerate(lost, 1):
        print(f"--- {n} pair model alone {f.raw:.2f}, linker {f.known}, span across units {f.several}, "
              f"story gate {f.story:.3f}, in one story group {f.grouped}")
        for side, k in zip((noted.a, noted.b), f.pair or (None, None)):
            text = (folder / "docs" / side[0]).read_text(encoding="utf-8")
            print(f"  noted [{side[0]}] {' '.join(text[side[1]:side[2]].split())}")
            if k is not None:
                print(f"   unit {' '.join(text[units[k].span.start:units[k].span.end].split())}")


if __name__ == "__main__":
    main()
