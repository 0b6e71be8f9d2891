"""Write the one-word verbs of WordNet, the words a headline's noun may be read back as a verb from.

    python training/count_headline_verbs.py [WORDNET_DICT] [--out viewer/analysis/claims/headline_verbs.json]

`claims/headline_verbs` tries a word the small tagger read as a noun ("Jan. 6 panel subpoenas Jeffrey Clark") as the
headline's verb by parsing it after a pronoun ("It subpoenas …"). In that frame the tagger makes almost any plural noun a
verb ("It adults, 2 children killed …"), so the word must also be an English verb: its lemma is one of WordNet 3.0's
verbs (Princeton University; the Debian package ``wordnet-base`` installs its database in /usr/share/wordnet), every
one-word lemma of ``index.verb`` made of letters. Counted in session 78 (casing78, `bench/verbless_headlines.py`): of
the readings the frame gives on the public headlines, the table keeps the verbs and leaves out "adults", "teens",
"migrants", "lawmakers" and "origins". Nothing else of the data is kept; the table records WordNet's copyright notice,
as its licence asks.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from training.count_person_nouns import write_wordnet_table  # noqa: E402
from training.wordnet import index_lemmas  # noqa: E402

TABLE = ROOT / "viewer" / "analysis" / "claims" / "headline_verbs.json"


def verbs(index_verb: str) -> list[str]:
    """The one-word lemmas of WordNet's ``index.verb`` made of letters."""
    return sorted(lemma for lemma in index_lemmas(index_verb) if lemma.isalpha())


def compounds(index_noun: str, verb_lemmas: list[str]) -> list[str]:
    """WordNet's two-word nouns of letters whose second word is one of ``verb_lemmas``, as "first second"."""
    known = set(verb_lemmas)
    pairs = (lemma.split("_") for lemma in index_lemmas(index_noun) if lemma.count("_") == 1)
    return sorted(f"{first} {second}" for first, second in pairs
                  if first.isalpha() and second.isalpha() and second in known)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("wordnet", type=Path, nargs="?", default=Path("/usr/share/wordnet"))
    parser.add_argument("--out", type=Path, default=TABLE)
    args = parser.parse_args()
    words = verbs((args.wordnet / "index.verb").read_text(encoding="latin-1"))
    nouns = compounds((args.wordnet / "index.noun").read_text(encoding="latin-1"), words)
    write_wordnet_table(args.out, words, "index.verb and index.noun",
                        "verbs: every one-word lemma of index.verb made of letters; compounds: every two-word lemma of "
                        "index.noun made of letters whose second word is one of the verbs",
                        f"python training/{Path(sys.argv[0]).name} {args.wordnet}", key="verbs",
                        more={"compounds": len(nouns)}, extra={"compounds": nouns})


if __name__ == "__main__":
    main()
