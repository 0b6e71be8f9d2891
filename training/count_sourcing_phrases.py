"""Count the nouns that name a source after a preposition on PolNeAR train, and keep the frequent, precise ones.

    python training/count_sourcing_phrases.py PREPARED [--out viewer/resources/attribution/sourcing_phrases.json]
        [--cache FILE]

The phrase is the one ``sourcing_phrases.sourcing_shape`` reads, whoever annotated the text: "in" hanging
from a clause's verb, with a common noun as its object ("In a CNN/ORC poll, Trump leads…"). Every such
phrase in the prose of the ``fit`` part's articles is counted, with how often annotators marked the
preposition as (part of) a cue and the noun as (part of) its source. A phrase inside an annotated content is
left out: PolNeAR marks no report inside another, so it is no evidence. A noun is kept when it is marked at
least ``MIN_COUNT`` times and in at least ``MIN_SHARE`` of its uses; the share is chosen by cross-fitting
inside the fit part (each of five folds judged with the nouns counted on the other four), printed here.
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from training.count_classes import fit_part, write_table  # noqa: E402
from training.count_noun_frames import FOLDS, SHARES, fold_of, prose_tokens, tokens_of  # noqa: E402
from viewer.analysis.attribution.sourcing_phrases import PREPOSITIONS, sourcing_shape  # noqa: E402

MIN_COUNT = 3
# Cross-fitted on the 677 fit articles, 2026-12-03 (attrib43): every share from 0.3 to 0.7 takes 11 opening phrases,
# 9 of them marked (precision .818), of 12 marked: "poll" (9 of 11 uses) is the one noun marked three times; "survey"
# (1 of 2) and "video" (1 of 8) are not. The same phrase anywhere in the sentence would add "poll" 15 marked of 51 uses
# ("rose in the polls", "is mired in single digits in polls" unmarked), which is why the shape asks for the opening.
MIN_SHARE = 0.5


def main() -> None:
    args, gold, docs = fit_part(__doc__, "sourcing_phrases.json")
    uses = {name: phrase_uses(doc, gold, name) for name, doc in docs.items()}
    for share in SHARES:
        print(f"share {share}: cross-fitted", cross_fitted(uses, share))
    counts = count(u for name in uses for u in uses[name])
    write_table(args, "count_sourcing_phrases.py", "per preposition, per noun: [times annotators marked the"
                " preposition as a cue and the noun as its source, times the phrase occurs]", docs,
                {p: {noun: pair for noun, pair in sorted(counts[p].items()) if kept(pair, MIN_SHARE)}
                 for p in PREPOSITIONS})


def phrase_uses(doc, gold: dict, name: str) -> list[tuple[str, str, bool]]:
    """(preposition, noun lemma, marked) for every sourcing phrase in the article's prose."""
    annotated = [a for a in gold["attributions"] if a["doc"] == name]
    marks = [(tokens_of(doc, a["cue"]), tokens_of(doc, a["source"])) for a in annotated]
    out = []
    for token in prose_tokens(doc, set().union(*(tokens_of(doc, a["content"]) for a in annotated))):
        noun = sourcing_shape(token)
        if noun is not None:
            marked = any(token.i in cue and noun.i in source for cue, source in marks)
            out.append((token.lower_, noun.lemma_.lower(), marked))
    return out


def count(uses) -> dict[str, dict[str, list[int]]]:
    """Per preposition, per noun: [marked, uses]."""
    out: dict[str, dict[str, list[int]]] = {p: {} for p in PREPOSITIONS}
    for preposition, lemma, marked in uses:
        pair = out[preposition].setdefault(lemma, [0, 0])
        pair[0] += marked
        pair[1] += 1
    return out


def kept(pair: list[int], share: float) -> bool:
    return pair[0] >= MIN_COUNT and pair[0] >= share * pair[1]


def cross_fitted(uses: dict[str, list], share: float) -> dict:
    """Phrases taken and cues found in each fold with the nouns kept on the other folds, summed over folds."""
    taken = right = marked = 0
    for fold in range(FOLDS):
        counts = count(u for name in uses if fold_of(name) != fold for u in uses[name])
        for preposition, lemma, cue in (u for name in uses if fold_of(name) == fold for u in uses[name]):
            chosen = kept(counts[preposition].get(lemma, [0, 0]), share)
            taken += chosen
            right += chosen and cue
            marked += cue
    return {"taken": taken, "precision": round(right / max(1, taken), 3), "found": right, "of_marked": marked}


if __name__ == "__main__":
    main()
