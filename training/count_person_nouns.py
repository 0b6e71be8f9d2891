"""Write the common nouns whose usual sense is a person, from WordNet.

    python training/count_person_nouns.py [WORDNET_DICT] [--out viewer/resources/attribution/person_nouns.json]

"The Texas lawmaker said", "the presumptive nominee told…": a description of a person who is named
elsewhere in the article, which "the campaign", "the task force" or "the gossip site" are not.
Which nouns name people is read from WordNet 3.0 (Princeton University; the Debian package
``wordnet-base`` installs its database in /usr/share/wordnet): a noun is kept when its first sense,
the one WordNet lists as most frequent, belongs to the lexicographer file ``noun.person`` (number 18,
lexnames(5WN)), that sense is a kind of person and not one person (no instance pointer ``@i``:
"lincoln", "einstein" are names), and it is one word of letters. Nothing else of the data is kept;
the table records WordNet's copyright notice, as its licence asks.
"""
from __future__ import annotations

import argparse
import datetime
import json
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from training.wordnet import index_entries, synsets  # noqa: E402

PERSON_FILE = 18  # noun.person in WordNet's lexnames
NOTICE = "WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved."


def person_nouns(index_noun: str, data_noun: str) -> list[str]:
    """The one-word nouns of ``index.noun`` whose first sense is a kind of person (noun.person, no instance)."""
    return first_sense_words(index_noun, data_noun, PERSON_FILE)


def first_sense_words(index: str, data: str, lexfile: int) -> list[str]:
    """The one-word lemmas of ``index`` whose first (most frequent) sense is in ``lexfile`` and is a kind, not one
    thing (verbs have no instances)."""
    return sorted(lemma for lemma, (file, instance) in first_senses(index, data).items()
                  if file == lexfile and not instance)


def noun_synsets(data_noun: str) -> dict[str, tuple[list[str], list[str], str]]:
    """Each synset of ``data.noun`` by its offset: its lemmas (lower case), the offsets of its hypernyms (``@``) and
    its gloss."""
    return {synset.offset: (list(synset.lemmas), [p.offset for p in synset.pointers if p.symbol == "@"], synset.gloss)
            for synset in synsets(data_noun)}


def below_synsets(synsets: dict[str, tuple[list[str], list[str], str]], named: tuple[tuple[str, str], ...],
                  what: str) -> Callable[[str], bool]:
    """Whether a synset is one of those ``named`` (a lemma and how the gloss begins) or lies below one by hypernyms;
    stops with a message when WordNet lacks one of them (another WordNet than 3.0)."""
    roots = {offset for offset, (words, _, gloss) in synsets.items()
             if any(lemma in words and gloss.startswith(start) for lemma, start in named)}
    if len(roots) != len(named):
        raise SystemExit(f"WordNet lacks one of the {what} synsets here: is this WordNet 3.0?")

    def below(offset: str, depth: int = 0) -> bool:
        return offset in roots or depth < 25 and any(below(h, depth + 1) for h in synsets.get(offset, ((), (), ""))[1])

    return below


def first_senses(index_noun: str, data_noun: str) -> dict[str, tuple[int, bool]]:
    """Each one-word noun of ``index.noun`` with the lexicographer file of its first (most frequent) sense and
    whether that sense is one thing rather than a kind (an instance pointer ``@i``: "lincoln", "titanic")."""
    sense = {synset.offset: (synset.lexfile, any(p.symbol == "@i" for p in synset.pointers))
             for synset in synsets(data_noun)}
    return {entry.lemma: sense[entry.offsets[0]] for entry in index_entries(index_noun)
            if entry.lemma.isalpha() and entry.offsets and entry.offsets[0] in sense}


def main() -> None:
    wordnet_table_main(__doc__, "noun", PERSON_FILE, "person_nouns.json", "one-word nouns whose first (most "
                       "frequent) sense is in noun.person (lexfile 18) and is no instance (@i)")


def wordnet_table_main(doc: str | None, pos: str, lexfile: int, out: str, rule: str) -> None:
    """The whole run of a script whose table is the words of one part of speech (``noun``, ``verb``) whose first
    sense lies in one lexicographer file: read WordNet's index and data of ``pos``, keep those words, write ``out``."""
    files = f"index.{pos} and data.{pos}"
    args = wordnet_table_arguments(doc, files, out)
    words = first_sense_words((args.wordnet / f"index.{pos}").read_text(encoding="latin-1"),
                              (args.wordnet / f"data.{pos}").read_text(encoding="latin-1"), lexfile)
    write_wordnet_table(args.out, words, files, rule, f"python training/{Path(sys.argv[0]).name} {args.wordnet}",
                        key=pos + "s")


def wordnet_table_arguments(doc: str | None, files: str, table: str) -> argparse.Namespace:
    """The command line every WordNet table script takes: the WordNet folder, and where the table goes."""
    parser = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("wordnet", type=Path, nargs="?", default=Path("/usr/share/wordnet"),
                        help=f"WordNet 3.0 dict folder with {files}")
    parser.add_argument("--out", type=Path, default=ROOT / "viewer" / "resources" / "attribution" / table)
    return parser.parse_args()


def write_wordnet_table(out: Path, nouns: list[str], files: str, rule: str, command: str, key: str = "nouns",
                        more: dict | None = None, extra: dict | None = None) -> None:
    """A table of WordNet words (``key``: nouns, verbs; ``extra``: more lists under their own keys) with where it came
    from and WordNet's notice, as its licence asks."""
    table = {"provenance": {
        "source": "WordNet 3.0, Princeton University (Debian package wordnet-base 1:3.0), " + files,
        "rule": rule,
        "licence": "WordNet 3.0 licence (permission to use, copy, modify and distribute with this notice): " + NOTICE,
        "command": command,
        "date": datetime.date.today().isoformat(),
        "count": len(nouns), **(more or {})}, key: nouns, **(extra or {})}
    out.write_text(json.dumps(table, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(nouns)} {key} -> {out}")


if __name__ == "__main__":
    main()
