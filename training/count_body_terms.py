"""Write the terms of an adjective and a noun for a body that name a kind of institution, from WordNet.

    python training/count_body_terms.py [WORDNET_DICT] [--out viewer/resources/attribution/body_terms.json]

"The independent panel said…" describes a panel the article spoke of before, or one it does not name: an adjective
before a body's noun says how the writer sees it, and "independent panel" is no name a speaker row may carry. "The
federal government said…", "the supreme court ruled…" or "the grand jury found…" are the same shape and name an
institution the reader knows by those words. WordNet lists such terms as nouns of their own: a two-word lemma whose
first word is an adjective (in ``index.adj``) and whose last is a body noun (``body_nouns.json``,
``training/count_body_nouns.py``), kept when its first sense is in ``noun.group`` (14) and is a kind, not one thing
(no ``@i``): "federal_government", "supreme_court", "grand_jury", "advisory_board", "select_committee". A phrase
whose words end in one of them names its body as before (``attribution/unnamed_bodies.py``); the table records
WordNet's notice, as its licence asks.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from training.count_body_nouns import GROUP_FILE  # noqa: E402
from training.count_person_nouns import wordnet_table_arguments, write_wordnet_table  # noqa: E402
from training.wordnet import index_entries, synsets  # noqa: E402

BODY_NOUNS = ROOT / "viewer" / "resources" / "attribution" / "body_nouns.json"


def body_terms(index_noun: str, data_noun: str, index_adj: str, nouns: set[str]) -> list[str]:
    """Two-word noun lemmas, adjective then body noun, whose first sense is a kind of group, as "adjective noun"."""
    adjectives = {entry.lemma for entry in index_entries(index_adj)}
    first = {synset.offset: (synset.lexfile, any(p.symbol == "@i" for p in synset.pointers))
             for synset in synsets(data_noun)}
    found = []
    for entry in index_entries(index_noun):
        words = entry.lemma.split("_")
        if len(words) != 2 or words[0] not in adjectives or words[1] not in nouns or not entry.offsets:
            continue
        if first.get(entry.offsets[0]) == (GROUP_FILE, False):
            found.append(" ".join(words))
    return sorted(found)


def main() -> None:
    args = wordnet_table_arguments(__doc__, "index.noun, data.noun and index.adj", "body_terms.json")
    nouns = set(json.loads(BODY_NOUNS.read_text(encoding="utf-8"))["nouns"])
    terms = body_terms(*((args.wordnet / name).read_text(encoding="latin-1")
                         for name in ("index.noun", "data.noun", "index.adj")), nouns)
    write_wordnet_table(args.out, terms, "index.noun, data.noun and index.adj",
                        "two-word nouns, an adjective of index.adj and a noun of body_nouns.json, whose first sense is "
                        "in noun.group (lexfile 14) and is no instance (@i)",
                        f"python training/count_body_terms.py {args.wordnet}", key="terms",
                        more={"body_nouns": "viewer/resources/attribution/body_nouns.json"})


if __name__ == "__main__":
    main()
