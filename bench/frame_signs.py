"""Whether two linked mentions' predicate-argument frames, read from spaCy's parse, tell the wrong links of real news
from the right ones, and from the partly right ones (issue 11).

    python bench/frame_signs.py ROWS.json [--judged TSV ...] [--judge-rows OUT]

The largest wrong class left after grouping is another detail or stage of one incident: two sentences that share
names, place and figures but say different things ("was taken to hospital" / "was pronounced dead at the scene").
If that shows in the parse, the two frames should disagree where a right link's agree. Signs of a pair, each side's
words taken without its reporting frame (`alignment.frame_tokens`), reporting verbs, light and stop words:

- ``both_tell_more``: the lower of the two sides' shares of content lemmas (verbs, nouns, adjectives) the other
  lacks: high where each says something the other does not, low where one holds the other (a partly right link);
- ``predicates_held``: the lower of the two sides' shares of predicates (verbs) whose lemma the other has;
- ``acts_shared``: the share of the smaller side's (verb, role, argument) lemma triples the other has too.

ROWS.json is `link_judge.py`'s (with the mentions' texts). Each sign is ranked alone by ROC AUC on the hand-judged
news links and on ECB+ train, then with the pair score and with all the rows' signs, in a logistic fit leaving each
news draw out. With ``--judged`` (the hand lists of the draws), the same for the partly right links (P) against the
wrong ones (W) alone: the boundary the low tail sits on. ``--judge-rows`` writes the rows with the three signs
appended, for `link_judge.py`'s bar rule.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import NamedTuple

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from masked_claims import ECB, auc, held_out  # noqa: E402
from quality import read_judged, verdict_of  # noqa: E402

from viewer.analysis.claims.alignment import frame_tokens  # noqa: E402
from viewer.analysis.claims.vocabulary import LIGHT, REPORTING  # noqa: E402
from viewer.analysis.nlp import english  # noqa: E402

SIGNS = ("both_tell_more", "predicates_held", "acts_shared")
TOLD = {"VERB", "NOUN", "ADJ"}
ARGUMENT = {"VERB", "NOUN", "PROPN", "ADJ", "NUM"}
SUBJECTS = {"nsubj", "nsubjpass", "agent", "csubj"}
OBJECTS = {"dobj", "attr", "acomp", "oprd", "dative", "xcomp"}


class Frame(NamedTuple):
    """What one mention tells, as lemmas: every word, the content words, the predicates and who-did-what triples."""

    lemmas: frozenset[str]
    content: frozenset[str]
    predicates: frozenset[str]
    acts: frozenset[tuple[str, str, str]]


def frame_of(doc) -> Frame:
    """The mention's frame, its reporting frame left out (all of it kept when the whole mention is one)."""
    framed = frame_tokens(doc)
    if len(framed) == len(doc):
        framed = set()
    kept = [t for t in doc if t.i not in framed]
    told = [t for t in kept if _lemma(t) not in REPORTING and _lemma(t) not in LIGHT and not t.is_stop]
    predicates = [t for t in told if t.pos_ == "VERB"]
    return Frame(frozenset(_lemma(t) for t in kept), frozenset(_lemma(t) for t in told if t.pos_ in TOLD),
                 frozenset(_lemma(t) for t in predicates),
                 frozenset(act for verb in predicates for act in _acts(verb, framed)))


def _lemma(token) -> str:
    return token.lemma_.lower()


def _acts(verb, framed: set[int]) -> list[tuple[str, str, str]]:
    """The verb's subjects, objects and prepositional objects, each as (verb, role, argument)."""
    out = []
    for child in verb.children:
        if child.i in framed:
            continue
        if child.dep_ == "prep":
            out += [(_lemma(verb), child.lower_, _lemma(g)) for g in child.children if g.dep_ == "pobj" and g.pos_ in ARGUMENT]
        elif child.pos_ in ARGUMENT and (child.dep_ in SUBJECTS or child.dep_ in OBJECTS):
            out.append((_lemma(verb), "subject" if child.dep_ in SUBJECTS else "object", _lemma(child)))
    return out


def pair_signs(a: Frame, b: Frame) -> list[float]:
    """SIGNS of two mentions' frames; a side with nothing to count gives the neutral value."""
    return [min(_share(a.content - b.lemmas, a.content, 0.0), _share(b.content - a.lemmas, b.content, 0.0)),
            min(_share(a.predicates & b.lemmas, a.predicates, 0.5), _share(b.predicates & a.lemmas, b.predicates, 0.5)),
            _share(a.acts & b.acts, min(a.acts, b.acts, key=len), 0.5) if a.acts and b.acts else 0.5]


def _share(part: frozenset, whole: frozenset, empty: float) -> float:
    return len(part) / len(whole) if whole else empty


def frames(texts: list[str]) -> dict[str, Frame]:
    """Each distinct text parsed once by the pipeline's spaCy."""
    distinct = list(dict.fromkeys(texts))
    return {t: frame_of(doc) for t, doc in zip(distinct, english().pipe(distinct, batch_size=64))}


def with_signs(sets: dict[str, dict], read: dict[str, Frame]) -> dict[str, dict]:
    """The sets with every row's SIGNS appended to its signs ``x``, for `link_judge.py`."""
    return {name: {**found, "rows": [{**r, "x": [*r["x"], *pair_signs(read[r["texts"][0]], read[r["texts"][1]])]}
                                     for r in found["rows"]]}
            for name, found in sets.items()}


def hand_verdicts(sets: dict[str, dict], judged: list[Path]) -> dict[int, str]:
    """By row (its id), the hand verdict of the news links the lists hold (R, P or W)."""
    verdicts = {}
    for path in judged:
        verdicts.update(read_judged(path))
    out = {}
    for name, found in sets.items():
        for r in found["rows"] if name != ECB else []:
            ends = [(f, t, s[0], s[1]) for f, t, s in zip(r["reports"], r["texts"], r["spans"])]
            hand = verdict_of(verdicts, *ends)
            if hand is not None:
                out[id(r)] = hand
    return out


def report(sets: dict[str, dict], verdicts: dict[int, str]) -> list[str]:
    """The signs' AUCs alone and added, held out by news draw; then partly right against wrong, when judged."""
    news = [r for name, found in sets.items() if name != ECB for r in found["rows"] if r["y"] is not None]
    ecb = [r for r in sets.get(ECB, {"rows": []})["rows"] if r["y"] is not None]
    draws = np.array([name for name, found in sets.items() if name != ECB for r in found["rows"] if r["y"] is not None])
    width = len(news[0]["x"]) - len(SIGNS)
    lines = ["sign: AUC on news links (right against wrong), on ECB+ train"]
    for k, sign in enumerate(SIGNS, start=width):
        lines.append(f"   {sign}: {_auc(news, k):.3f}, {_auc(ecb, k):.3f}" if ecb else f"   {sign}: {_auc(news, k):.3f}")
    label = np.array([r["y"] for r in news], dtype=np.float64)
    lines += _held_out_lines(news, draws, label, width, "right against wrong")
    split = [(r, d) for r, d in zip(news, draws) if verdicts.get(id(r)) in ("P", "W")]
    if split:
        rows, where = [r for r, _ in split], np.array([d for _, d in split])
        partly = np.array([float(verdicts[id(r)] == "P") for r in rows])
        lines.append(f"partly right ({int(partly.sum())}) against wrong ({int(len(partly) - partly.sum())}):")
        lines += [f"   {sign}: {auc(np.array([r['x'][k] for r in rows]), partly):.3f}"
                  for k, sign in enumerate(SIGNS, start=width)]
        lines += _held_out_lines(rows, where, partly, width, "partly right against wrong")
    return lines


def _auc(rows: list[dict], k: int) -> float:
    return auc(np.array([r["x"][k] for r in rows]), np.array([r["y"] for r in rows], dtype=np.float64))


def _held_out_lines(rows: list[dict], draws: np.ndarray, label: np.ndarray, width: int, what: str) -> list[str]:
    x = np.array([r["x"] for r in rows])
    column = lambda ks: {str(k): x[:, k] for k in ks}  # noqa: E731
    combos = {"pair": [0], "pair+frame": [0, *range(width, x.shape[1])], "rows' signs": list(range(width)),
              "rows' signs+frame": list(range(x.shape[1]))}
    lines = [f"held out by draw ({what}):"]
    for combo, ks in combos.items():
        scores = held_out(column(ks), draws, label)
        by_draw = " ".join(f"{d} {auc(scores[draws == d], label[draws == d]):.3f}" for d in dict.fromkeys(draws))
        lines.append(f"   {combo}: {auc(scores, label):.3f} ({by_draw})")
    return lines


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rows", type=Path, help="link_judge.py's rows, with the mentions' texts")
    parser.add_argument("--judged", type=Path, action="append", default=[], help="a draw's hand list (R, P, W), repeatable")
    parser.add_argument("--judge-rows", type=Path, help="write the rows with SIGNS appended here, for link_judge.py")
    ns = parser.parse_args(argv)
    sets = json.loads(ns.rows.read_text(encoding="utf-8"))
    signed = with_signs(sets, frames([t for found in sets.values() for r in found["rows"] for t in r["texts"]]))
    if ns.judge_rows is not None:
        ns.judge_rows.write_text(json.dumps(signed), encoding="utf-8")
    for line in report(signed, hand_verdicts(signed, ns.judged)):
        print(line, flush=True)


if __name__ == "__main__":
    main()
