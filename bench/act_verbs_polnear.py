"""How often verbs of acts a body takes ("voted", "rejected", "approved", "ruled", "decided") head a PolNeAR attribution.

    python bench/act_verbs_polnear.py PREPARED CACHE [--part fit] [LEMMA ...]

PREPARED is what ``../shared/eval/polnear.py prepare`` writes (train split only), CACHE the parses
``bench/polnear_attributions.py --cache`` keeps. For each lemma, over the candidate verbs ``training/fit_cues.py``
fits on (prose, outside quotations; verbs inside another annotated content left out, as there): how many an
annotator made a cue's head, how many the shipped cue model accepts, both, and, by the verb's frame (a reported
clause, an object, a preposition, nothing), the same. Also how many accepted ones ``speech_acts.speaks`` lets
speak. Nothing is written: it says whether the fitted table is wrong about these verbs, or PolNeAR annotates them.
"""
from __future__ import annotations

import argparse
import json
import pickle
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

LEMMAS = ("vote", "reject", "approve", "rule", "decide", "veto", "endorse", "uphold", "overturn", "convict",
          "acquit", "pass", "block", "adopt", "recommend", "find")


def frame(verb) -> str:
    deps = {c.dep_ for c in verb.children if c.i > verb.i}
    if deps & {"ccomp", "xcomp"}:
        return "clause"
    if deps & {"dobj", "attr", "oprd", "acomp"}:
        return "object"
    if "prep" in deps:
        return "prep"
    return "bare"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("prepared", type=Path)
    parser.add_argument("cache", type=Path)
    parser.add_argument("--part", choices=("fit", "check", "all"), default="fit")
    parser.add_argument("lemmas", nargs="*", default=LEMMAS)
    args = parser.parse_args()
    from training.fit_cues import _cue_verbs, _nested, candidates
    from training.polnear_parts import part_of
    from viewer.analysis.attribution.cues import cue_model
    from viewer.analysis.attribution.speech_acts import speaks

    gold = json.loads((args.prepared / "gold.json").read_text(encoding="utf-8"))
    parsed = pickle.loads(args.cache.read_bytes())
    docs = {n: p.doc for n, p in parsed.items() if args.part == "all" or part_of(n) == args.part}
    gold = dict(gold, attributions=[a for a in gold["attributions"] if a["doc"] in docs])
    cues, nested, model = _cue_verbs(gold, docs), _nested(gold, docs), cue_model()
    counts: dict[str, Counter] = defaultdict(Counter)
    for name, doc in docs.items():
        for verb in candidates(doc):
            lemma = verb.lemma_.lower()
            if lemma not in args.lemmas or (verb.i not in cues[name] and verb.i in nested[name]):
                continue
            cue, accepted = verb.i in cues[name], model.is_cue(verb)
            for key in ("all", frame(verb)):
                c = counts[f"{lemma} {key}"]
                c["candidates"] += 1
                c["gold cue"] += cue
                c["model cue"] += accepted
                c["both"] += cue and accepted
                if accepted:
                    content = doc[verb.i + 1:verb.right_edge.i + 1]
                    c["model cue, speaks"] += speaks("indirect", verb, content)
    for key in sorted(counts):
        print(key, dict(counts[key]))


if __name__ == "__main__":
    main()
