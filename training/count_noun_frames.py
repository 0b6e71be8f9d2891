"""Count the nouns that carry a report in each noun frame on PolNeAR train, and keep the frequent, precise ones.

    python training/count_noun_frames.py PREPARED [--out viewer/resources/attribution/noun_frames.json] [--cache FILE]

The frames are those ``noun_cues.frame_shape`` finds, whoever annotated the text: ``owner`` (a
possessive or "by" owner and a complement: "Trump's claim that…", "his attacks on…") and ``object``
(the object of a verb the cue model does not take, with a complement, its subject the holder:
"Sanders raised questions about…", "voiced concern that…"). Every noun in that frame in the prose of
the ``fit`` part's articles is counted, with how often an annotator's cue span holds it. A noun inside
an annotated content is left out: PolNeAR marks no report inside another, so it is no evidence. A use counts
as marked only when the annotation gives the frame's roles, not the other way round ("won the endorsement of X").

A noun is kept for a frame when annotators marked it there at least ``MIN_COUNT`` times and in at
least ``MIN_SHARE`` of its uses in that frame, with the complement kinds ("clause", "of", "on"…) they marked
it with: "his decision to run" is marked, "the court's decision on the case" never. ``classes.json``'s
``cue_nouns`` keep a noun by its share of all its uses, and miss nouns that report only in a frame ("decision",
"attack", "question"). ``MIN_SHARE`` is chosen by cross-fitting inside the fit part: the articles are cut into five
folds, each fold's frames are judged with the nouns counted on the other four, and the figures are printed.
"""
from __future__ import annotations

import hashlib
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from training.count_classes import fit_part, write_table  # noqa: E402
from viewer.analysis.attribution.noun_cues import complement_kind, frame_shape  # noqa: E402
from viewer.analysis.attribution.quotes import find_quotes  # noqa: E402
from viewer.analysis.attribution.reported_speech import units  # noqa: E402

MIN_COUNT = 3
# Session 39 (cues39), cross-fitted on the 677 fit articles (frames taken, precision, cues found of those marked):
# owner 0.5: 91 .70 64/244, 0.6: 83 .71 59, 0.7: 58 .67 39; object (its subject annotated as the source) 0.3 to 0.7:
# 10 .50 5/97. Frames taken with the nouns of ``cue_nouns`` alone are not in these figures. End to end (the fit part
# analysed fold by fold with the other folds' table) the object frame made 16 attributions, 11 right by polnear.py.
MIN_SHARE = 0.6
# A frame ships its nouns only if, cross-fitted, at least this share of what it takes is a cue annotators marked: the
# object frame's .50 also made speakers of a fire department's "attack on the structure" on the GVA crawl.
MIN_PRECISION = 0.6
FOLDS = 5
SHARES = (0.3, 0.4, 0.5, 0.6, 0.7)


def main() -> None:
    args, gold, docs = fit_part(__doc__, "noun_frames.json")
    uses = {name: noun_uses(doc, gold, name) for name, doc in docs.items()}
    counts = count(u for name in uses for u in uses[name])
    for share in SHARES:
        print(f"share {share}: cross-fitted", cross_fitted(uses, share))
    precise = {kind for kind, figures in cross_fitted(uses, MIN_SHARE).items() if figures["precision"] >= MIN_PRECISION}
    write_table(args, "count_noun_frames.py", "marked: times annotators marked the noun as (part of) a cue in this"
                " frame, uses: times it occurs in this frame; complements: the same for each complement kind annotators"
                " marked it with", docs, {
                    kind: {w: kept(entry, MIN_SHARE) for w, entry in sorted(table.items()) if kept(entry, MIN_SHARE)}
                    if kind in precise else {} for kind, table in counts.items()})


def noun_uses(doc, gold: dict, name: str) -> list[tuple[str, str, str, bool]]:
    """(frame, noun lemma, complement kind, marked) for every noun in a frame in the article's prose. Marked means an
    annotator's cue span holds the noun and the annotation gives the frame's roles (``_roles``)."""
    marks = [(tokens_of(doc, a["cue"]), tokens_of(doc, a["source"]), tokens_of(doc, a["content"]))
             for a in gold["attributions"] if a["doc"] == name]
    out = []
    for token in prose_tokens(doc, set().union(*(content for _, _, content in marks))):
        shape = frame_shape(token)
        if shape is not None:
            marked = any(token.i in cue and _roles(shape, source, content) for cue, source, content in marks)
            out.append((shape[0], token.lemma_.lower(), complement_kind(token, shape[2]), marked))
    return out


def prose_tokens(doc, inside: set[int]):
    """The tokens of the article's prose outside quotations and outside ``inside`` (the annotated contents)."""
    quoted = [q.content for q in find_quotes(doc.text) if q.closed]
    for unit in units(doc):
        for token in doc.char_span(unit.start, unit.end, alignment_mode="expand") or []:
            if token.i not in inside and not any(q.start <= token.idx < q.end for q in quoted):
                yield token


def _roles(shape: tuple, source: set[int], content: set[int]) -> bool:
    """Whether an annotation reads the frame as the frame does: its content overlaps the complement, and a verb's
    subject is its source (an annotation with no source names no holder). Annotators mark a possessive's antecedent
    as its source as often as the possessive, so an owner's source is only asked not to lie in the complement. "Won
    the endorsement of X" (X endorses) and "faced criticism for X" (critics criticise) read the other way round."""
    kind, owner, words = shape
    words = {t.i for t in words}
    if not words & content:
        return False
    if kind == "object":
        return owner.i in source  # "faced criticism for…" with no source annotated names no critic
    return not source & words


def tokens_of(doc, spans: list) -> set[int]:
    return {t.i for start, end in spans for t in doc.char_span(start, end, alignment_mode="expand") or []}


def count(uses) -> dict[str, dict[str, dict]]:
    """Per frame, per noun: marked and all uses, and the same per complement kind."""
    out: dict[str, dict[str, dict]] = {"owner": {}, "object": {}}
    for kind, lemma, complement, marked in uses:
        entry = out[kind].setdefault(lemma, {"marked": 0, "uses": 0, "complements": {}})
        entry["marked"] += marked
        entry["uses"] += 1
        pair = entry["complements"].setdefault(complement, [0, 0])
        pair[0] += marked
        pair[1] += 1
    return out


def kept(entry: dict, share: float) -> dict | None:
    """The noun's entry with the complements annotators marked it with, if it is marked often enough in its frame."""
    if entry["marked"] < MIN_COUNT or entry["marked"] < share * entry["uses"]:
        return None
    return dict(entry, complements={c: pair for c, pair in sorted(entry["complements"].items()) if pair[0]})


def fold_of(name: str) -> int:
    """A fold by a hash of the name (not the digits ``polnear_parts`` cuts the parts by)."""
    return int(hashlib.sha256(name.removesuffix(".txt").encode("utf-8")).hexdigest()[8:16], 16) % FOLDS


def cross_fitted(uses: dict[str, list], share: float) -> dict:
    """Frames taken and cues found in each fold with the nouns kept on the other folds, summed over folds."""
    taken, right, marked = Counter(), Counter(), Counter()
    for fold in range(FOLDS):
        counts = count(u for name in uses if fold_of(name) != fold for u in uses[name])
        for name in (n for n in uses if fold_of(n) == fold):
            for kind, lemma, complement, cue in uses[name]:
                entry = kept(counts[kind].get(lemma, {"marked": 0, "uses": 0, "complements": {}}), share)
                chosen = entry is not None and complement in entry["complements"]
                taken[kind] += chosen
                right[kind] += chosen and cue
                marked[kind] += cue
    return {kind: {"taken": taken[kind], "precision": round(right[kind] / max(1, taken[kind]), 3),
                   "found": right[kind], "of_marked": marked[kind]} for kind in ("owner", "object")}


if __name__ == "__main__":
    main()
