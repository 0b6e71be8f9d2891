"""Candidate signs of a link for the link judge, read from the two mentions' own clauses, each ranked by ROC AUC per
source before any is fitted (issue 11).

    python bench/judge_signs.py ROWS.json --cache READS.pickle [--rows-out OUT.json --signs a,b]

The judge's signs (`link_judge.SIGNS`) read the pair score, the claim around the link and how well the two mentions'
words align; the vetoes built since take most of the wrong links those could see, and blind news scores lower than
dev. A sign that carries to news nobody here has should part W from R/P on every source alike, so each candidate is
measured on the hand-judged links of GVA, of BASIL and WCEP, and on ECB+ train apart: alone (AUC, right over wrong),
and added to the judge's signs in a logistic fit held out set by set (`masked_claims.held_out`) against those signs
alone. The candidates come from each mention parsed alone (`aligned_claims.parsed_alone`) and its stored reads
(`aligned_claims.cached_reads`, the projected pieces as the pipeline keeps them):

- ``main_same``: the two main predicates share a lemma;
- ``main_best``: the best cosine between the two sides' main predicates (1 for one lemma);
- ``agent``/``patient``: the cosine of the two main clauses' doers (subject, or "by" agent) and undergoers (object,
  or passive subject); 1 where either lacks one;
- ``swapped``: one's doer is the other's undergoer;
- ``figure_alone``: a figure in one's main clause that the other mention, holding figures of its own, lacks;
- ``name_alone``: the share of names in the two main clauses the other mention lacks;
- ``subset``: the higher of the shares of each side's content words the other holds (one tells all of the other);
- ``length``: the log ratio of the two mentions' content words;
- ``negated``/``modal``: one main predicate is negated, or put as may/will/could, and the other not.

``--rows-out`` writes the rows with the named candidates after their signs, for `judge_curves.py` and
`training/fit_link_judge.py`.
Run in session 68 (verifier68) on /work/data/speed67/rows_tags.json (main fe57df7e, the judge off, 38 judged sets and
ECB+ train) with its cache reads_tags.pickle.
"""
from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import link_judge as judge  # noqa: E402
from aligned_claims import cached_reads, parsed_alone  # noqa: E402
from judge_curves import source_of  # noqa: E402
from masked_claims import auc, held_out  # noqa: E402

from viewer.analysis.claims import alignment  # noqa: E402
from viewer.analysis.claims.alignment import Read  # noqa: E402

AGENTS = {"nsubj"}
PATIENTS = {"dobj", "obj", "nsubjpass"}
CLAUSES = {"advcl", "relcl", "acl", "ccomp", "conj", "parataxis"}  # what leaves the main clause
MODALS = {"will", "would", "could", "may", "might", "should", "can", "must"}
WORD_FIGURES = {w: str(k) for k, w in enumerate(("zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
                                                  "nine", "ten", "eleven", "twelve"))}
CANDIDATES = ("main_same", "main_best", "agent", "patient", "swapped", "figure_alone", "name_alone", "subset", "length",
              "negated", "modal")


class Clause:
    """What a mention's main clause holds, beside its stored read: its main predicates' indices in the read, its
    doer's and undergoer's lemmas and indices, its figures and names, negation and modality."""

    def __init__(self, doc, read: Read):
        words = alignment.content_words(doc)[:len(read.lemmas)]
        index = {t.i: k for k, t in enumerate(words)}
        mains = [t for t in doc if alignment.is_main(t)]
        inside = set()
        for m in mains:
            inside |= _main_clause(m)
        self.mains = [index[t.i] for t in mains if t.i in index]
        self.agent = _role(mains, AGENTS, index)
        self.patient = _role(mains, PATIENTS, index)
        self.figures = {_figure(t) for t in doc if t.like_num and t.i in inside}
        self.all_figures = {_figure(t) for t in doc if t.like_num}
        self.names = {t.lemma_.lower() for t in doc if t.pos_ == "PROPN" and t.i in inside}
        self.lemmas = {t.lemma_.lower() for t in doc}
        self.negated = any(c.dep_ == "neg" for m in mains for c in m.children)
        self.modal = any(c.dep_ == "aux" and c.lower_ in MODALS for m in mains for c in m.children)


def _main_clause(main) -> set[int]:
    """The main predicate's subtree without the clauses hanging off it."""
    out, stack = set(), [main]
    while stack:
        t = stack.pop()
        out.add(t.i)
        stack.extend(c for c in t.children if c.dep_ not in CLAUSES)
    return out


def _role(mains, deps: set[str], index: dict[int, int]) -> tuple[str, int | None] | None:
    """The first main predicate's doer or undergoer: its lemma and its index in the read (None outside it)."""
    for m in mains:
        found = [c for c in m.children if c.dep_ in deps]
        if "nsubj" in deps:
            found += [g for c in m.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if found:
            return found[0].lemma_.lower(), index.get(found[0].i)
    return None


def _figure(token) -> str:
    text = token.lower_.replace(",", "")
    return WORD_FIGURES.get(text, text)


def candidate_signs(a: Read, b: Read, ca: Clause, cb: Clause) -> list[float]:
    """CANDIDATES of one link, in order."""
    similar = _similar(a, b)
    main_pairs = [similar[i, j] for i in ca.mains for j in cb.mains]
    swapped = any(x is not None and y is not None and x[0] == y[0] for x, y in ((ca.agent, cb.patient), (ca.patient, cb.agent)))
    names = ca.names | cb.names
    alone = [n for n in ca.names if n not in cb.lemmas] + [n for n in cb.names if n not in ca.lemmas]
    figure_alone = ((bool(cb.all_figures) and bool(ca.figures - cb.all_figures))
                    or (bool(ca.all_figures) and bool(cb.figures - ca.all_figures)))
    one, other = set(a.lemmas), set(b.lemmas)
    shared = len(one & other)
    return [float(bool({a.lemmas[i] for i in ca.mains} & {b.lemmas[j] for j in cb.mains})),
            float(max(main_pairs, default=1.0)),
            _role_similarity(ca.agent, cb.agent, similar), _role_similarity(ca.patient, cb.patient, similar),
            float(swapped), float(figure_alone), len(alone) / len(names) if names else 0.0,
            max(shared / len(one), shared / len(other)) if one and other else 0.0,
            abs(math.log((len(one) + 1) / (len(other) + 1))), float(ca.negated != cb.negated), float(ca.modal != cb.modal)]


def _similar(a: Read, b: Read) -> np.ndarray:
    if not len(a.lemmas) or not len(b.lemmas):
        return np.zeros((len(a.lemmas), len(b.lemmas)))
    similar = a.rows @ b.rows.T
    similar[np.array(a.lemmas)[:, None] == np.array(b.lemmas)[None, :]] = 1.0
    return similar


def _role_similarity(x, y, similar: np.ndarray) -> float:
    """1 for one lemma or where either lacks the role; the two words' cosine where both are read; else 0."""
    if x is None or y is None or x[0] == y[0]:
        return 1.0
    return float(similar[x[1], y[1]]) if x[1] is not None and y[1] is not None else 0.0


def measured(sets: dict[str, dict], reads: dict[str, Read]) -> None:
    """Each row given its CANDIDATES as ``candidates``."""
    texts = list(reads)
    clauses = {t: Clause(doc, reads[t]) for t, doc in zip(texts, parsed_alone(texts))}
    for found in sets.values():
        for r in found["rows"]:
            a, b = r["texts"]
            r["candidates"] = candidate_signs(reads[a], reads[b], clauses[a], clauses[b])


def report(sets: dict[str, dict]) -> list[str]:
    """Per source: each candidate's AUC alone and the held-out AUC of the judge's signs with it against without."""
    judged = {n: [r for r in s["rows"] if r["y"] is not None] for n, s in sets.items() if not n.startswith(judge.PUBLIC_MARK)}
    rows = [r for n in judged for r in judged[n]]
    draws = np.array([n for n in judged for _r in judged[n]])
    sources = np.array([source_of(n) for n in draws])
    y = np.array([r["y"] for r in rows], dtype=np.float64)
    x = np.array([r["x"] for r in rows])
    c = np.array([r["candidates"] for r in rows])
    base = held_out({f"s{k}": x[:, k] for k in range(x.shape[1])}, draws, y)
    lines = ["source: links right/wrong; judge's signs held-out AUC; then each candidate: AUC alone, judge's signs + it"]
    for source in dict.fromkeys(sources):
        at = sources == source
        lines.append(f"{source}: {int(y[at].sum())}/{int((1 - y[at]).sum())}; signs {auc(base[at], y[at]):.3f}")
    for k, name in enumerate(CANDIDATES):
        with_it = held_out({**{f"s{j}": x[:, j] for j in range(x.shape[1])}, name: c[:, k]}, draws, y)
        parts = [f"{source} {auc(c[at, k], y[at]):.3f}/{auc(with_it[at], y[at]):.3f} (on {c[at, k].mean():.2f})"
                 for source in dict.fromkeys(sources) for at in [sources == source]]
        lines.append(f"  {name}: " + "  ".join(parts))
    return lines


def with_candidates(sets: dict[str, dict], names: list[str]) -> dict[str, dict]:
    """The rows with the named candidates after their signs."""
    keep = [CANDIDATES.index(n) for n in names]
    return {n: {**s, "rows": [{**r, "x": [*r["x"], *(r["candidates"][k] for k in keep)]} for r in s["rows"]]}
            for n, s in sets.items()}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rows", type=Path, help="link_judge.py's rows with the judge's signs and the mentions' texts")
    parser.add_argument("--cache", type=Path, required=True, help="aligned_claims.py's reads (projected), outside the repo")
    parser.add_argument("--rows-out", type=Path, help="write the rows with the --signs candidates after their signs")
    parser.add_argument("--signs", default="", help="comma-separated, of " + ", ".join(CANDIDATES))
    ns = parser.parse_args(argv)
    sets = json.loads(ns.rows.read_text(encoding="utf-8"))
    reads = cached_reads(list(dict.fromkeys(t for s in sets.values() for r in s["rows"] for t in r["texts"])),
                         ns.cache, projected=True)
    measured(sets, reads)
    for line in report(sets):
        print(line, flush=True)
    chosen = [s for s in ns.signs.split(",") if s]
    if ns.rows_out is not None:
        ns.rows_out.write_text(json.dumps(with_candidates(sets, chosen)), encoding="utf-8")


if __name__ == "__main__":
    main()
