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
stories' cut), or the link judge (the two units were in one claim until `link_judge.judged_clusters` took one out
under its bar). The best unit pair (by the pair model alone) decides the checks. Each stage's count says how many of
its misses have a noted span cut into several units, and for the article-level stages how many the pair model alone
would accept. The table gives the stages by set, and under them what a fix at each large stage would meet: why a
span has no unit (inside a boilerplate run of a kind, a heading or title line the linker leaves out, or a piece that is
no proposition: too short, verbless, spoken to the reader), how close the story gate came, how close the pair model
came. ``--show STAGE`` prints each miss lost there, with the two units' texts and scores, to read. Run in session 71 on
allsidesA–F, basilE and wcepB (misses68x–70y, misses50bw; docs/linking.md gives the table), two minutes on a loaded machine.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path
from typing import NamedTuple

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from link_losses import KeptScores  # noqa: E402
from viewer.analysis import pipeline  # noqa: E402
from viewer.analysis.claims import linking  # noqa: E402
from viewer.analysis.claims.verifier import (VETOED, never_one_claim, pair_features, pair_scores,  # noqa: E402
                                             recap_checked, word_checked)
from viewer.analysis.claims.story_words import story_checked  # noqa: E402
from viewer.analysis.claims.units import _heading  # noqa: E402
from viewer.corpus.spans import Span  # noqa: E402

STAGES = ("found", "no claim unit", "articles not neighbours", "story gate", "story groups", "leads dated apart",
          "never candidates", "vetoed", "pair model", "word check", "recap check", "story-word check", "grouping",
          "link judge")
ARTICLE_STAGES = STAGES[2:7]
NEAR_GATE, NEAR_PAIR = 0.90, 0.50  # how close a refusal came: the bands a loosened threshold would reach first


class Kept:
    """What one linking run decided beside its pair scores (`link_losses.KeptScores`): the story gate's verdicts, the
    claims (units by index) the link judge was given, and the claims it returned."""

    stories: list[tuple[int, int, float]] = []
    judged: list[list[int]] = []
    claims: list = []


def _kept_stories(stories, passing, average):
    Kept.stories = list(stories)
    return _story_groups(Kept.stories, passing, average)


def _kept_claims(*args, **kwargs):
    Kept.judged = []
    Kept.claims = _link_claims(*args, **kwargs)
    return Kept.claims


def _kept_judged(clusters, *args, **kwargs):
    Kept.judged = [list(c) for c in clusters]
    return _judged_clusters(clusters, *args, **kwargs)


_story_groups, _link_claims, _judged_clusters = linking.story_groups, pipeline.link_claims, linking.judged_clusters


class Fate(NamedTuple):
    """A noted claim's stage, whether a span lies across several units, and the best unit pair with its scores."""

    stage: str
    several: bool
    pair: tuple[int, int] | None = None
    raw: float = 0.0
    known: float | None = None
    story: float = 0.0  # the story gate's probability for the two articles
    grouped: bool = False  # whether `stories.story_groups` puts the two articles in one story
    why: str = ""  # for "no claim unit": what the span without a unit is (`no_unit_reason`)


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
    by_set = {}
    for name in names:
        by_set[name] = fates = set_fates(ns.data, name, [n for n in noted if n.set == name], quality)
        if ns.show:
            _show(ns.data / "sets" / name, [(n, f) for n, f in zip([n for n in noted if n.set == name], fates)
                                            if f.stage == ns.show])
    threshold = KeptScores.last.model.pair.threshold if KeptScores.last else 1.0
    print("\n".join(table(by_set, threshold)))


def _quality():
    import importlib.util

    spec = importlib.util.spec_from_file_location("quality", ROOT / "bench" / "quality.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def table(by_set: dict[str, list[Fate]], threshold: float) -> list[str]:
    """Stages by set (with an ``all`` column), then the details that say what a fix at each stage would reach."""
    columns = {**by_set, "all": [f for fates in by_set.values() for f in fates]}
    rows = [("noted claims", lambda f: True)] + [(stage, lambda f, s=stage: f.stage == s) for stage in STAGES]
    reasons = sorted({f.why for fates in by_set.values() for f in fates if f.why})
    rows += [(f"  no unit: {why}", lambda f, w=why: f.stage == "no claim unit" and f.why == w) for why in reasons]
    article = lambda f: f.stage in ARTICLE_STAGES  # noqa: E731
    rows += [(f"  article stages: gate ≥ {NEAR_GATE:.2f}", lambda f: article(f) and f.story >= NEAR_GATE),
             ("  article stages: pair model accepts", lambda f: article(f) and f.raw >= threshold),
             ("  article stages: one story group", lambda f: article(f) and f.grouped),
             (f"  pair model: ≥ {NEAR_PAIR:.2f}", lambda f: f.stage == "pair model" and f.raw >= NEAR_PAIR),
             ("span across units", lambda f: f.several)]
    width = max(len(label) for label, _ in rows)
    lines = [f"{'':{width}s} " + " ".join(f"{name:>7s}" for name in columns)]
    for label, counted in rows:
        lines.append(f"{label:{width}s} " + " ".join(f"{sum(map(counted, fates)):7d}" for fates in columns.values()))
    return lines


def set_fates(data: Path, name: str, noted: list, quality) -> list[Fate]:
    """Analyse the set's documents as one corpus and put each noted claim down to its stage."""
    export = analysed(data, name, quality)
    documents = {Path(d["source"]["path"]).name: int(d["id"][1:]) for d in export["documents"]}
    texts = {Path(d["source"]["path"]).name: d for d in export["documents"]}
    linked = quality.linked_noted(export, noted)
    model = KeptScores.last.model
    group = _story_groups(Kept.stories, model.story.threshold, model.story_average) if model.story_average else {}
    return [Fate("found", False) if found else fate(n, documents, group, texts) for n, found in zip(noted, linked)]


def analysed(data: Path, name: str, quality) -> dict:
    """The set's documents analysed as one corpus by the real pipeline, its export returned and what the linker
    decided kept (`KeptScores.last`, `Kept`)."""
    events = json.loads((data / "sets" / name / "events.json").read_text(encoding="utf-8"))
    paths = [data / "sets" / name / "docs" / n for n in sorted(events["documents"])]
    linking.PairScores, linking.story_groups, pipeline.link_claims = KeptScores, _kept_stories, _kept_claims
    linking.judged_clusters = _kept_judged
    try:
        with tempfile.TemporaryDirectory() as tmp:
            return quality.analysed_export(paths, Path(tmp))[0]
    finally:
        linking.PairScores, linking.story_groups, pipeline.link_claims = KeptScores.__mro__[1], _story_groups, _link_claims
        linking.judged_clusters = _judged_clusters


def fate(noted, documents: dict[str, int], group: dict[int, int], texts: dict[str, dict]) -> Fate:
    """The first stage that loses a noted claim the linker did not link (`STAGES`)."""
    scores = KeptScores.last
    left, right = _over(scores, documents[noted.a[0]], noted.a), _over(scores, documents[noted.b[0]], noted.b)
    several = len(left) > 1 or len(right) > 1
    if not left or not right:
        side = noted.a if not left else noted.b
        document = texts[side[0]]
        return Fate("no claim unit", several, why=no_unit_reason(document["text"], document["boilerplate"], side))
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
    if judged_out(left, right):
        return found._replace(stage="link judge")
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


def judged_out(left: list[int], right: list[int], judged: list[list[int]] | None = None) -> bool:
    """Whether a claim given to the link judge held a unit over each span (``left``, ``right``): the judge parted them."""
    return any(set(left) & set(c) and set(right) & set(c) for c in (Kept.judged if judged is None else judged))


def no_unit_reason(text: str, boilerplate: list[dict], span: tuple[str, int, int]) -> str:
    """What a noted span no unit overlaps is: the kind of boilerplate run holding most of it, a heading (a line of
    its own the writer did not end as a sentence, `units._heading`), or "no proposition" (a piece the units leave
    out as too short, verbless or spoken to the reader)."""
    _name, start, end = span
    for run in boilerplate:
        if min(run["end"], end) - max(run["start"], start) >= (end - start) / 2:
            return f"boilerplate ({run['kind']})"
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return "heading" if _heading(text, Span(start, end)) else "no proposition"


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
        print(f"--- {n} {f.why + ', ' if f.why else ''}pair model alone {f.raw:.2f}, linker {f.known}, span across units {f.several}, "
              f"story gate {f.story:.3f}, in one story group {f.grouped}")
        for side, k in zip((noted.a, noted.b), f.pair or (None, None)):
            text = (folder / "docs" / side[0]).read_text(encoding="utf-8")
            print(f"  noted [{side[0]}] {' '.join(text[side[1]:side[2]].split())}")
            if k is not None:
                print(f"   unit {' '.join(text[units[k].span.start:units[k].span.end].split())}")


if __name__ == "__main__":
    main()
