"""Whether two linked mentions' words, aligned in context, tell the wrong links of real news from the right ones: a
cross-reading of the pair, word by word (issue 11).

    python bench/aligned_claims.py ROWS.json [--projected] [--layer N] [--cache FILE] [--judge-rows OUT --signs pair,unnamed,main]

The wrong links left after grouping are mostly another stage or detail of one incident about the same people ("the
victim was taken to hospital" / "the suspect fled"): the two share names and places, which carry the pair score and
the sentence vectors alike, but not what happens. A paraphrase says what happens in other words ("died of gunshot
wounds" / "were shot and killed"), which the encoder's contextual rows of each word still match. So each mention is
parsed, its content words (`alignment.content_words`) given the encoder's last-layer rows of their pieces (BERTScore's
greedy matching), and each word its best cosine among the other mention's content words (1 for the same lemma). Signs of a pair:

- ``predicate``: the weakest-aligned predicate (a verb, or a noun heading the mention) on either side;
- ``main``: the better aligned of the two mentions' main predicates (`alignment.main`, which the link judge reads);
- ``greedy``: the IDF-weighted greedy F of the two (IDF over the set's distinct mentions);
- ``share``: the lower of the two sides' shares of content words aligned at ALIGNED or more;
- ``unnamed``: the IDF-weighted mean alignment of both sides' words that are not names or figures (`alignment.unnamed`);
- ``names``: the mean alignment of names and figures (1 where neither has any), for a who-and-what combination.

ROWS.json is `link_judge.py`'s (with the mentions' texts). Each sign is ranked alone and with the pair score (a
logistic fit leaving each news draw out) against the pair score alone, by ROC AUC on the hand-judged news links, per
draw and on ECB+ train; ``--judge-rows`` writes the rows cut to the named signs for `link_judge.py`'s bar rule.
``--projected`` reads the pieces as the pipeline stores them (64 numbers a piece, one byte each), not the full rows.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from masked_claims import ECB, auc, held_out  # noqa: E402

from viewer.analysis.claims import alignment  # noqa: E402
from viewer.analysis.claims.alignment import Read, best_matches, inverse_frequencies  # noqa: E402
from viewer.analysis.claims.encoder import piece_offsets, shared_encoder  # noqa: E402
from viewer.analysis.claims.link_signs import FEATURES  # noqa: E402

ALIGNED = 0.6
READER = "tagged names"  # in the cache's keys: reads before session 67 named words by the entity recogniser too
SIGNS = ("predicate", "main", "greedy", "share", "unnamed", "names")


UNREAD = ("ner", "person_names")  # the entity recogniser and what reads its entities: the alignment reads neither


def parsed_alone(texts: Sequence[str]):
    """Each mention parsed on its own in one batch, without the entity recogniser (session 67): how the link judge
    read mentions until session 70, when it came to read the words each unit stores from its document's parse
    (`alignment.stored_words`); these benches measure against it."""
    from viewer.analysis.nlp import english

    return english().pipe(texts, batch_size=64, disable=list(UNREAD))


def read_texts(texts: list[str], projected: bool = False, layer: int = 6) -> list[Read]:
    """Each text parsed and encoded once; each content word's row the unit mean of its pieces' rows."""
    offsets = piece_offsets(texts)
    encoder = shared_encoder()
    if projected:
        pieces = encoder.encode_with_pieces(texts)[1]
        rows = [p.rows.astype(np.float32) for p in pieces]
    else:
        rows = _piece_rows(encoder, texts, layer)
    out = []
    for doc, spans, piece_rows in zip(parsed_alone(texts), offsets, rows):
        out.append(alignment.read(alignment.stored_words(doc[:], 0), spans, piece_rows))
    return out


def _piece_rows(encoder, texts: list[str], layer: int) -> list[np.ndarray]:
    """The pieces' rows after the encoder's first ``layer`` layers (all six: the last layer's, as the pipeline's)."""
    every = encoder._layers
    try:
        encoder._layers = every[:layer]
        return encoder.piece_rows(texts)
    finally:
        encoder._layers = every


def pair_signs(a: Read, b: Read, idf: dict[str, float]) -> list[float]:
    """SIGNS of one pair."""
    best_a, best_b = best_matches(a, b)
    best = np.concatenate([best_a, best_b])
    named = np.concatenate([a.named, b.named])
    return [_least(best, np.concatenate([a.predicate, b.predicate])), alignment.main(a, b),
            _greedy(a, b, best_a, best_b, idf), _share(best_a, best_b), alignment.unnamed(a, b, idf),
            float(best[named].mean()) if named.any() else 1.0]


def _least(best: np.ndarray, predicate: np.ndarray) -> float:
    """The weakest-aligned predicate; the weakest word where neither mention has a predicate, 1 with no words."""
    if predicate.any():
        return float(best[predicate].min())
    return float(best.min()) if len(best) else 1.0


def _greedy(a: Read, b: Read, best_a: np.ndarray, best_b: np.ndarray, idf: dict[str, float]) -> float:
    """The IDF-weighted harmonic mean of each side's mean best cosine."""
    if not len(best_a) or not len(best_b):
        return 0.0
    wa, wb = (np.array([idf.get(w, 1.0) for w in r.lemmas]) for r in (a, b))
    precision, recall = float(best_a @ wa / wa.sum()), float(best_b @ wb / wb.sum())
    return 2 * precision * recall / (precision + recall) if precision + recall > 0 else 0.0


def _share(best_a: np.ndarray, best_b: np.ndarray) -> float:
    if not len(best_a) or not len(best_b):
        return 0.0
    return min(float((best_a >= ALIGNED).mean()), float((best_b >= ALIGNED).mean()))


def signs_of_set(rows: list[dict], reads: dict[str, Read]) -> np.ndarray:
    """SIGNS of every row of one set, IDF over the set's distinct mentions."""
    texts = list(dict.fromkeys(t for r in rows for t in r["texts"]))
    idf = inverse_frequencies([reads[t] for t in texts])
    return np.array([pair_signs(reads[r["texts"][0]], reads[r["texts"][1]], idf) for r in rows]).reshape(len(rows), len(SIGNS))


def cached_reads(texts: list[str], cache: Path | None, projected: bool, layer: int = 6) -> dict[str, Read]:
    """The texts read (`read_texts`), kept in ``cache`` by text and kind so a rerun encodes only new ones (as plain
    tuples: the script and its tests load this module under other names)."""
    key = lambda t: hashlib.sha1(f"{READER}\0{projected}\0{layer}\0{t}".encode()).hexdigest()  # noqa: E731
    known = pickle.loads(cache.read_bytes()) if cache is not None and cache.exists() else {}
    missing = list(dict.fromkeys(t for t in texts if key(t) not in known))
    for start in range(0, len(missing), 2000):
        part = missing[start:start + 2000]
        known.update({key(t): tuple(r) for t, r in zip(part, read_texts(part, projected, layer))})
        if cache is not None:
            cache.write_bytes(pickle.dumps(known))
    return {t: Read(*known[key(t)]) for t in texts}


def measured(sets: dict[str, dict], reads: dict[str, Read]) -> dict[str, dict]:
    """By set: the judged links' pair score, cosine, SIGNS and label; every row (judged or not) given its SIGNS."""
    out = {}
    for name, found in sets.items():
        for row, signs in zip(found["rows"], signs_of_set(found["rows"], reads)):
            row["aligned"] = [float(s) for s in signs]
        rows = [r for r in found["rows"] if r["y"] is not None]
        out[name] = {"pair": np.array([r["x"][0] for r in rows]), "cosine": np.array([r["x"][1] for r in rows]),
                     **{s: np.array([r["aligned"][k] for r in rows]) for k, s in enumerate(SIGNS)},
                     "y": np.array([r["y"] for r in rows], dtype=np.float64), "rows": rows}
    return out


def judge_rows(sets: dict[str, dict], signs: list[str]) -> dict[str, dict]:
    """The sets with each link's signs cut to the named ones (of `link_signs.FEATURES` or SIGNS), for `link_judge.py`."""
    def sign(row: dict, name: str) -> float:
        return row["x"][FEATURES.index(name)] if name in FEATURES else row["aligned"][SIGNS.index(name)]
    return {name: {**found, "rows": [{**r, "x": [sign(r, s) for s in signs]} for r in found["rows"]]}
            for name, found in sets.items()}


COMBINATIONS = {**{f"pair+{s}": ("pair", s) for s in SIGNS}, "pair+unnamed+main": ("pair", "unnamed", "main"),
                "pair+unnamed+names": ("pair", "unnamed", "names"), "pair+cosine": ("pair", "cosine"),
                "pair+all": ("pair", "cosine", *SIGNS)}


def report(by_set: dict[str, dict]) -> list[str]:
    """AUCs of each sign and of the held-out combinations on the pooled news links, per draw and on ECB+ train."""
    news = [n for n in by_set if n != ECB and len(by_set[n]["y"])]  # a set judged by its events alone has no labels
    keys = ("pair", "cosine", *SIGNS, "y")
    pooled = {k: np.concatenate([by_set[n][k] for n in news]) for k in keys}
    draws = np.concatenate([np.full(len(by_set[n]["y"]), n) for n in news])
    y = pooled["y"]
    lines = [f"news: {int(y.sum())} right, {int(len(y) - y.sum())} wrong"]
    lines += [f"  {sign} alone AUC {auc(pooled[sign], y):.3f}" for sign in ("pair", "cosine", *SIGNS)]
    held = {label: held_out({k: pooled[k] for k in names}, draws, y) for label, names in COMBINATIONS.items()}
    lines += [f"  {label} held out AUC {auc(score, y):.3f}" for label, score in held.items()]
    for n in news:
        at, s = draws == n, by_set[n]
        lines.append(f"  {n} ({int(s['y'].sum())}/{int(len(s['y']) - s['y'].sum())}): pair {auc(s['pair'], s['y']):.3f} "
                     + " ".join(f"{k} {auc(s[k], s['y']):.3f}" for k in SIGNS)
                     + f" pair+unnamed+main {auc(held['pair+unnamed+main'][at], s['y']):.3f}"
                     + f" pair+all {auc(held['pair+all'][at], s['y']):.3f}")
    if ECB in by_set:
        s = by_set[ECB]
        lines.append(f"{ECB}: {int(s['y'].sum())} right, {int(len(s['y']) - s['y'].sum())} wrong; "
                     + " ".join(f"{k} {auc(s[k], s['y']):.3f}" for k in ("pair", "cosine", *SIGNS)))
    return lines


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rows", type=Path, help="link_judge.py's rows, with the mentions' texts")
    parser.add_argument("--projected", action="store_true", help="the pieces as stored (64 int8 numbers), not full rows")
    parser.add_argument("--cache", type=Path, help="where the mentions' reads are kept between runs (outside the repo)")
    parser.add_argument("--judge-rows", type=Path, help="write the rows with the --signs here, for link_judge.py")
    parser.add_argument("--signs", default="pair,unnamed,main", help="comma-separated, of " + ", ".join((*FEATURES, *SIGNS)))
    parser.add_argument("--layer", type=int, default=6, help="read the pieces after this many of the six layers")
    parser.add_argument("--show", type=int, default=0, help="print the N news links whose words beyond names align least")
    ns = parser.parse_args(argv)
    sets = json.loads(ns.rows.read_text(encoding="utf-8"))
    texts = [t for found in sets.values() for r in found["rows"] for t in r["texts"]]
    reads = cached_reads(texts, ns.cache, ns.projected, ns.layer)
    by_set = measured(sets, reads)
    if ns.judge_rows is not None:
        ns.judge_rows.write_text(json.dumps(judge_rows(sets, ns.signs.split(","))), encoding="utf-8")
    for line in report(by_set):
        print(line, flush=True)
    for name, row in _weakest(by_set, ns.show):
        a, b = (reads[t] for t in row["texts"])
        best_a, best_b = best_matches(a, b)
        print(f"{row['aligned'][SIGNS.index('unnamed')]:.2f} {'R' if row['y'] else 'W'} {name} pair {row['x'][0]:.2f}")
        for mention, best, text in ((a, best_a, row["texts"][0]), (b, best_b, row["texts"][1])):
            print(f"   {text[:160]}\n      " + " ".join(f"{w}{'*' if p else ''}:{s:.2f}" for w, p, s in zip(mention.lemmas, mention.main, best)))


def _weakest(by_set: dict[str, dict], n: int) -> list[tuple[str, dict]]:
    links = [(s["unnamed"][k], name, s["rows"][k]) for name, s in by_set.items() if name != ECB for k in range(len(s["y"]))]
    return [(name, row) for _score, name, row in sorted(links, key=lambda t: t[0])[:n]]


if __name__ == "__main__":
    main()
