"""Which speaker phrases PolNeAR's annotators take for sources, by the WordNet file of the phrase's head noun.

    python bench/speaker_head_files.py PREPARED EXPORT CACHE

PREPARED is what ``../shared/eval/polnear.py prepare`` writes (train split only), EXPORT what ``bench/polnear_reader.py
--part all --keep`` wrote, CACHE the parses its ``--cache`` pickled. For each attribution the reader makes whose
speaker phrase is headed by a common noun: the lexicographer file of that noun's first WordNet sense, and whether the
phrase meets an annotated source. Counted in session 81 (speakers81) to see whether the junk phrases the reader makes
sources ("Enthusiasm for Clinton", "All the more reason") part from speakers by their head's kind: they do not, but
for a few small files (docs/linking.md, "session 81, speakers81").
"""
from __future__ import annotations

import json
import pickle
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from training.wordnet import index_entries, synsets  # noqa: E402

WORDNET = Path("/usr/share/wordnet")
LEXNAMES = ("adj.all adj.pert adv.all noun.Tops noun.act noun.animal noun.artifact noun.attribute noun.body "
            "noun.cognition noun.communication noun.event noun.feeling noun.food noun.group noun.location noun.motive "
            "noun.object noun.person noun.phenomenon noun.plant noun.possession noun.process noun.quantity "
            "noun.relation noun.shape noun.state noun.substance noun.time").split()


def first_files() -> dict[str, str]:
    """Each noun with the lexicographer file of its first sense."""
    files = {s.offset: s.lexfile for s in synsets((WORDNET / "data.noun").read_text(encoding="latin-1"))}
    return {e.lemma: LEXNAMES[files[e.offsets[0]]]
            for e in index_entries((WORDNET / "index.noun").read_text(encoding="latin-1")) if e.offsets}


def count(export: dict, gold: list[dict], parsed: dict) -> tuple[Counter, dict[str, list[str]]]:
    """(file, "n" | "source") counts, and a few phrases of each file that meet no source."""
    sources = defaultdict(list)
    for attribution in gold:
        sources[attribution["doc"]] += attribution["source"]
    files, names = first_files(), {d["id"]: d["source_path"] for d in export["documents"]}
    counts, unmet = Counter(), defaultdict(list)
    for a in export["attributions"]:
        phrase = a["speaker_text"]
        name = names[a["document"]]
        span = phrase and parsed[name].doc.char_span(phrase["start"], phrase["end"], alignment_mode="expand")
        if not span or span.root.pos_ != "NOUN":
            continue
        kind = files.get(span.root.lemma_.lower(), "none")
        meets = any(s < phrase["end"] and phrase["start"] < e for s, e in sources[name])
        counts[kind, "n"] += 1
        counts[kind, "source"] += meets
        if not meets and len(unmet[kind]) < 5:
            unmet[kind].append(phrase["text"][:40])
    return counts, unmet


def main() -> None:
    prepared, export, cache = (Path(a) for a in sys.argv[1:4])
    gold = json.loads((prepared / "gold.json").read_text(encoding="utf-8"))["attributions"]
    counts, unmet = count(json.loads(export.read_text(encoding="utf-8")), gold, pickle.loads(cache.read_bytes()))
    for kind in sorted({k for k, _ in counts}, key=lambda k: -counts[k, "n"]):
        print(f"{kind:18} {counts[kind, 'n']:5} phrases, {counts[kind, 'source']:5} meet a source;  {unmet[kind]}")


if __name__ == "__main__":
    main()
