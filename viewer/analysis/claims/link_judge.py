"""The link judge: after grouping, a unit none of whose links in its claim a learned model believes leaves the claim,
never the last links joining two reports, never a unit a researcher's link holds (issue 11).

The pair model accepts most wrong links of real multi-outlet news on its own (another stage or detail of one incident,
two sentences of one statement), and each pair is scored alone. The judge reads each cross-report link of a claim as
the grouping left it: its signs (`link_signs`: the pair score, whether each mention is the other's best partner in the
other report, how well each agrees with the rest of its claim, where each stands, how many claims join the two
reports) and the alignment of the two mentions' words beyond names (`alignment`). A logistic model fitted on the
hand-judged news links and ECB+ train (`training/fit_link_judge.py`, which chooses the bar for precision by the issue's
targets held out set by set, pairs found kept above their floor) gives each link a probability; units whose every link
scores under the bar leave the claim, round by round. Of a report pair a round would part, the best-judged link's two
units stay: pairs found is what the grouping's recall is read by, and the judge lifts precision without costing it. The weights are a data
file beside this module; a missing or damaged one stops the analysis as a missing model does.
"""
from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

import numpy as np

from viewer.analysis.claims import alignment
from viewer.analysis.claims.encoder import piece_offsets
from viewer.analysis.claims.link_signs import FEATURES, link_features
from viewer.analysis.claims.model_files import ModelUnavailable
from viewer.analysis.claims.pieces import PIECE_DIMENSION

JUDGE_FILE = Path(__file__).with_name("link_judge.json")
ALIGNED = {"unnamed": alignment.unnamed, "main": lambda a, b, _idf: alignment.main(a, b)}  # signs of two reads and the IDF
SIGNS = (*FEATURES, *ALIGNED)


@dataclass(frozen=True)
class LinkJudge:
    """The fitted model: a bias and one weight per sign (of SIGNS, in ``signs``' order), and the bar."""

    weights: tuple[float, ...]
    signs: tuple[str, ...]
    bar: float


class Link(NamedTuple):
    """One cross-report link of a claim: the claim's index, its two units and their two reports."""

    claim: int
    units: tuple[int, int]
    reports: frozenset[int]


def read_link_judge(path: Path = JUDGE_FILE) -> LinkJudge:
    """The shipped judge, checked for known signs, one weight each and finite numbers."""
    problem = f"the link judge {path} "
    if not path.is_file():
        raise ModelUnavailable(_reinstall(problem + "is missing"))
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        judge = LinkJudge(tuple(float(w) for w in data["weights"]), tuple(data["signs"]), float(data["bar"]))
    except (KeyError, TypeError, ValueError, UnicodeDecodeError) as error:
        raise ModelUnavailable(_reinstall(problem + f"cannot be read ({error!r})")) from error
    if (set(judge.signs) - set(SIGNS) or len(judge.weights) != len(judge.signs) + 1
            or not np.isfinite([*judge.weights, judge.bar]).all()):
        raise ModelUnavailable(_reinstall(problem + "is damaged (its signs, weights or bar do not fit)"))
    return judge


def _reinstall(reason: str) -> str:
    return f"Claim linking cannot run: {reason}. Reinstall the application (or check out the file again). The corpus was not changed."


def judged(rows: np.ndarray, weights: Sequence[float]) -> np.ndarray:
    """The judge's probability that each link (a row of signs) joins one claim."""
    w = np.asarray(weights, dtype=np.float64)
    return 1 / (1 + np.exp(-(w[0] + rows @ w[1:])))


def judged_clusters(clusters: list[list[int]], scores, texts: Mapping[int, str], judge: LinkJudge,
                    spared: set[int] = frozenset(), reads: dict | None = None) -> list[list[int]]:
    """The claims (units by index, ``scores`` the linker's `linking.PairScores`) without the units the judge takes
    out (`kept`), one list a claim in their order, empty where the judge takes out every unit; ``texts``: each claim
    unit's mention, ``spared``: the units a researcher's link holds, ``reads``: mentions read before (`mention_reads`)."""
    found = link_features(clusters, scores)
    if not found:
        return clusters
    documents = scores.documents
    links = [Link(c, (i, j), frozenset((documents[i], documents[j]))) for c, i, j, _x in found]
    rows = signed_rows(found, scores.units, texts, judge.signs, reads)
    alive = kept(links, judged(rows, judge.weights), judge.bar, spared=spared)
    out = {(link.claim, k) for link, on in zip(links, alive) if not on for k in link.units} - {
        (link.claim, k) for link, on in zip(links, alive) if on for k in link.units}
    return [[k for k in members if (c, k) not in out] for c, members in enumerate(clusters)]


def signed_rows(found: list[tuple[int, int, int, list[float]]], units, texts: Mapping[int, str],
                signs: Sequence[str], known: dict | None = None) -> np.ndarray:
    """Each link's row of the named signs: `link_signs.FEATURES` as found, the alignment's from the units' pieces
    (IDF over the distinct mentions the links hold; ``known``: as `mention_reads` takes it)."""
    aligned = [s for s in signs if s in ALIGNED]
    reads = mention_reads({k: texts[k] for _c, i, j, _x in found for k in (i, j)}, units, known) if aligned else {}
    idf = alignment.inverse_frequencies(list({texts[k]: r for k, r in reads.items()}.values()))
    rows = []
    for _c, i, j, x in found:
        named = dict(zip(FEATURES, x))
        named.update({s: ALIGNED[s](reads[i], reads[j], idf) for s in aligned})
        rows.append([named[s] for s in signs])
    return np.array(rows, dtype=np.float64).reshape(len(found), len(signs))


def mention_reads(texts: Mapping[int, str], units, known: dict[int, alignment.Read] | None = None
                  ) -> dict[int, alignment.Read]:
    """Each unit's stored content words (`alignment.stored_words`, read at analysis in its document's parse) read
    against its stored pieces (`alignment.read`); one wording read once, with the words and pieces of the first unit
    holding it. A unit stored without pieces or words has no words to align. ``known`` holds reads made before, by
    the unit whose pieces they read, and takes the new ones: relinking with corrections judges the claims twice
    (`linking._judged_without_corrections`), mostly on the same mentions."""
    known = {} if known is None else known
    first: dict[str, int] = {}
    for k, text in texts.items():
        first.setdefault(text, k)
    missing = [text for text, k in first.items() if k not in known]
    for text, spans in zip(missing, piece_offsets(missing)):
        unit = units[first[text]]
        pieces = unit.pieces
        rows = pieces.rows.astype(np.float32) if pieces is not None else np.zeros((0, PIECE_DIMENSION), np.float32)
        known[first[text]] = alignment.read(alignment.unpacked(unit.features.aligned or ""), spans, rows)
    return {k: known[first[text]] for k, text in texts.items()}


def kept(links: Sequence[Link], probabilities: Sequence[float], bar: float, keep_pairs: bool = True,
         spared: set[int] = frozenset()) -> list[bool]:
    """Which links stay when units (of a claim) whose every link scores under ``bar`` are taken out, round by round
    until none is; never a ``spared`` unit. With ``keep_pairs`` a round never takes out the last links joining two
    reports: of a report pair it would part, the best-judged link's two units stay."""
    alive = [True] * len(links)
    while True:
        best: dict[tuple[int, int], float] = defaultdict(lambda: -1.0)
        for link, q, on in zip(links, probabilities, alive):
            if on:
                for k in link.units:
                    best[link.claim, k] = max(best[link.claim, k], float(q))
        out = {key for key, q in best.items() if q < bar and key[1] not in spared}
        if keep_pairs:
            out -= _last_of_pairs(links, probabilities, alive, out)
        dying = [n for n, link in enumerate(links) if alive[n] and any((link.claim, k) in out for k in link.units)]
        if not dying:
            return alive
        for n in dying:
            alive[n] = False


def _last_of_pairs(links: Sequence[Link], probabilities, alive: list[bool], out: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """The (claim, unit)s to keep so that every report pair a live link joins keeps one: the units of its best-judged
    link where taking out ``out`` would leave it none."""
    holding, best_link = set(), {}
    for n, link in enumerate(links):
        if not alive[n]:
            continue
        if not any((link.claim, k) in out for k in link.units):
            holding.add(link.reports)
        elif link.reports not in best_link or probabilities[n] > probabilities[best_link[link.reports]]:
            best_link[link.reports] = n
    return {(links[n].claim, k) for pair, n in best_link.items() if pair not in holding for k in links[n].units}
