"""List, from WordNet, the pairs of verbs that name opposite acts (its antonym links between verb senses).

    python training/count_opposite_acts.py [WORDNET_DICT] [--out viewer/analysis/claims/opposite_acts.json]

WordNet 3.0's ``data.verb`` (read by `training.wordnet`, as every other WordNet table is) links a verb's word in one
synset to its antonym's word in another ("!" pointers between words: "check in" / "check out", "hire" / "fire",
"convict" / "acquit"). A pair is kept once, in sorted order, with both written as the linker keys a phrasal verb (the
particle after a space). The senses are not told apart: a verb is read in its clause, not disambiguated, and
`claims.acts` only compares the main verbs of two units that already read alike.

Until session 80 the pairs were read from Open English WordNet's YAML (CC BY 4.0; 470 pairs, 468 of them the same):
WordNet 3.0 is the one WordNet reader and licence the other tables use, and the table reruns from the Debian package.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "viewer" / "analysis" / "claims" / "opposite_acts.json"

from training import wordnet  # noqa: E402
from training.count_person_nouns import write_wordnet_table  # noqa: E402

WHAT = ("Verbs that name opposite acts (claims.acts): two reports of one story where one's main verb is the other's "
        "opposite ('checks into' / 'checks out of', 'hired' / 'fired', 'convicted' / 'acquitted') report two happenings.")


def opposite_pairs(data_verb: str) -> list[list[str]]:
    """Every pair of verbs an antonym pointer of ``data_verb``'s text links, as sorted lemma pairs, each once."""
    synsets = {synset.offset: synset for synset in wordnet.synsets(data_verb)}
    pairs = {tuple(sorted((_lemma(synset, pointer.source), _lemma(synsets[pointer.offset], pointer.target))))
             for synset in synsets.values() for pointer in synset.pointers
             if pointer.symbol == "!" and pointer.pos == "v" and pointer.source and pointer.target}
    return [list(pair) for pair in sorted(pairs) if pair[0] != pair[1]]


def _lemma(synset: wordnet.Synset, word: int) -> str:
    return synset.lemmas[word - 1].replace("_", " ")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("wordnet", type=Path, nargs="?", default=Path("/usr/share/wordnet"),
                        help="WordNet 3.0 dict folder with data.verb")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    pairs = opposite_pairs((args.wordnet / "data.verb").read_text(encoding="latin-1"))
    rule = ("every antonym pointer ('!') between two verb words of data.verb, as the pair of their lemmas (a multi-word "
            "lemma's '_' written as a space), each pair once in sorted order, a lemma's antonym of itself left out")
    write_wordnet_table(args.out, pairs, "data.verb", rule, f"python training/{Path(sys.argv[0]).name} {args.wordnet}",
                        key="pairs", more={"what": WHAT})
    _one_pair_a_line(args.out)


def _one_pair_a_line(out: Path) -> None:
    """The table as `write_wordnet_table` writes it, but each pair on one line, so that a diff of it reads."""
    table = json.loads(out.read_text(encoding="utf-8"))
    head = json.dumps({"provenance": table["provenance"]}, indent=0, ensure_ascii=False)[:-2]
    rows = ",\n".join(json.dumps(pair, ensure_ascii=False) for pair in table["pairs"])
    out.write_text(f'{head},\n"pairs": [\n{rows}\n]\n}}\n', encoding="utf-8")


if __name__ == "__main__":
    main()
