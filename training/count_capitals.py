"""Write the national capitals and the countries they stand for, from WordNet.

    python training/count_capitals.py [WORDNET_DICT] [--out viewer/resources/attribution/capitals.json]

"Beijing says…", "Islamabad has not commented": news writes a capital for its country's government, and the
article that writes "China said" and "Beijing says" has one speaker, not two. Which names are capitals of which
country is read from WordNet 3.0 (Princeton University; Debian package ``wordnet-base``, /usr/share/wordnet): each
synset that is an instance (``@i``) of ``national_capital`` gives its lemmas, each mapped to the lemmas of the
synsets it is a part of (part holonyms, ``#p``) that are instances of a sense of ``country`` or of a kind of
country WordNet lists under one (``@i`` of a hyponym, e.g. ``Asian country``). Underscores become spaces.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from training.count_person_nouns import wordnet_table_arguments, write_wordnet_table  # noqa: E402
from training import wordnet  # noqa: E402


def capitals(index_noun: str, data_noun: str) -> dict[str, list[str]]:
    """Each capital's names (as WordNet writes them) to the names of the country it is the capital of."""
    senses = {entry.lemma: entry.offsets for entry in wordnet.index_entries(index_noun)}
    synsets = {s.offset: ([w.replace("_", " ") for w in s.words], [(p.symbol, p.offset) for p in s.pointers])
               for s in wordnet.synsets(data_noun)}
    capital, countries = senses["national_capital"][0], set(senses["country"])
    kinds = countries | {o for c in countries for symbol, o in synsets[c][1] if symbol == "~"}
    out: dict[str, list[str]] = {}
    for lemmas, pointers in synsets.values():
        if ("@i", capital) not in pointers:
            continue
        states = [synsets[o][0] for symbol, o in pointers if symbol == "#p"
                  and any(s == "@i" and k in kinds for s, k in synsets[o][1])]
        for lemma in lemmas:
            for names in states:
                out.setdefault(lemma, []).extend(n for n in names if n not in out.get(lemma, []))
    return dict(sorted(out.items()))


def main() -> None:
    args = wordnet_table_arguments(__doc__, "index.noun and data.noun", "capitals.json")
    table = capitals((args.wordnet / "index.noun").read_text(encoding="latin-1"),
                     (args.wordnet / "data.noun").read_text(encoding="latin-1"))
    rule = ("lemmas of instances (@i) of national_capital, each to the lemmas of its part holonyms (#p) that are "
            "instances of a sense of country or of a hyponym of one")
    write_wordnet_table(args.out, table, "index.noun and data.noun", rule,
                        f"python training/{Path(sys.argv[0]).name} {args.wordnet}", key="capitals")


if __name__ == "__main__":
    main()
