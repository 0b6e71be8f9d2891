"""Write each verb's WordNet lexicographer files (communication, cognition, motion…), for the cue model.

    python training/count_verb_files.py [WORDNET_DICT] [--out viewer/resources/attribution/verb_files.json]

The cue model (viewer/analysis/attribution/cues.py) weighs a verb by its lemma, but a lemma seen
fewer than twice in PolNeAR's fit part has no weight of its own ("has pledged", "assailed",
"lambasted"): it falls back on its frame alone. WordNet files every verb sense under one of 15
lexicographer files (lexnames(5WN): verb.communication, verb.cognition, verb.social…); the files of a
verb's senses say what kind of act it names, and the model learns a weight for each file from the
verbs it does see. A verb is kept with the distinct files of all its senses (``index.verb`` lists
them, ``data.verb`` files them); one-word verbs of letters and hyphens only. Nothing else of WordNet
is kept; the table records its copyright notice, as its licence asks.
"""
from __future__ import annotations

import datetime
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from training.count_person_nouns import NOTICE, wordnet_table_arguments  # noqa: E402

VERB_FILES = {29: "body", 30: "change", 31: "cognition", 32: "communication", 33: "competition",
              34: "consumption", 35: "contact", 36: "creation", 37: "emotion", 38: "motion",
              39: "perception", 40: "possession", 41: "social", 42: "stative", 43: "weather"}


def verb_files(index_verb: str, data_verb: str) -> dict[str, str]:
    """Each one-word verb of ``index.verb`` with the lexicographer files of its senses, space-separated."""
    filed = {}
    for line in data_verb.splitlines():
        if line and not line.startswith(" "):
            offset, filenum, _ = line.split(" ", 2)
            filed[offset] = VERB_FILES[int(filenum)]
    out = {}
    for line in index_verb.splitlines():
        if not line or line.startswith(" "):
            continue
        fields = line.split()
        lemma, synsets, pointers = fields[0], int(fields[2]), int(fields[3])
        offsets = fields[6 + pointers:6 + pointers + synsets]
        if lemma.replace("-", "").isalpha():
            out[lemma] = " ".join(sorted({filed[o] for o in offsets if o in filed}))
    return out


def main() -> None:
    args = wordnet_table_arguments(__doc__, "index.verb and data.verb", "verb_files.json")
    verbs = verb_files((args.wordnet / "index.verb").read_text(encoding="latin-1"),
                       (args.wordnet / "data.verb").read_text(encoding="latin-1"))
    table = {"provenance": {
        "source": "WordNet 3.0, Princeton University (Debian package wordnet-base 1:3.0), index.verb and data.verb",
        "rule": "one-word verbs with the distinct lexicographer files (lexnames 29-43, 'verb.' left off)"
                " of all their senses",
        "licence": "WordNet 3.0 licence (permission to use, copy, modify and distribute with this notice): " + NOTICE,
        "command": "python training/count_verb_files.py " + str(args.wordnet),
        "date": datetime.date.today().isoformat(),
        "count": len(verbs)}, "verbs": verbs}
    args.out.write_text(json.dumps(table, indent=0, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{len(verbs)} verbs -> {args.out}")


if __name__ == "__main__":
    main()
