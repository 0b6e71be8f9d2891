"""Write the common nouns for a person that say the person's sex, from WordNet.

    python training/count_sexed_nouns.py [WORDNET_DICT] [--out viewer/resources/attribution/sexed_nouns.json]

"The boy's 8-year-old sister found the shotgun…. She testified", "a man … She said": a described person's noun
may say whether a later "he" or "she" can be them. Read from WordNet 3.0 (Princeton University; the Debian
package ``wordnet-base`` installs it in /usr/share/wordnet): a one-word noun is kept when its first sense, the
most frequent, is a kind of person (``count_person_nouns``) that lies below "male, male person" (09624168) or
"female, female person" (09619168) by hypernym pointers (``@``, ``@i`` not followed), and not below both; else
when the first word for a person in its definition says one (man, male, boy, woman, female, girl, or a noun
kept already: "the brother of your father or mother"). Its table holds the noun and "m" or "f"; nothing else of
WordNet is kept, and it records WordNet's notice.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from training.count_person_nouns import (PERSON_FILE, first_senses, wordnet_table_arguments,  # noqa: E402
                                         write_wordnet_table)
from training.wordnet import index_entries, synsets  # noqa: E402

MALE, FEMALE = "09624168", "09619168"


def sexed_nouns(index_noun: str, data_noun: str) -> dict[str, str]:
    """Each person noun of ``index.noun`` whose first sense is below the male or the female person, not both."""
    hypernyms: dict[str, list[str]] = {}
    glosses: dict[str, str] = {}
    for synset in synsets(data_noun):
        glosses[synset.offset] = synset.gloss.split(";")[0]
        hypernyms[synset.offset] = [p.offset for p in synset.pointers if p.symbol == "@"]
    senses = first_senses(index_noun, data_noun)
    first = {entry.lemma: entry.offsets[0] for entry in index_entries(index_noun)
             if senses.get(entry.lemma) == (PERSON_FILE, False) and entry.offsets}
    out = {}
    for lemma, offset in first.items():
        above = _above(offset, hypernyms)
        sexes = {sex for sex, node in (("m", MALE), ("f", FEMALE)) if node in above}
        if len(sexes) == 1:
            out[lemma] = sexes.pop()
    for _ in range(3):  # "mom": "informal terms for a mother", once "mother" is known
        found = {lemma: sex for lemma, offset in first.items() if lemma not in out
                 for sex in [_gloss_sex(glosses.get(offset, ""), out, first)] if sex}
        out.update(found)
    return dict(sorted(out.items()))


def _gloss_sex(gloss: str, known: dict[str, str], people: dict[str, str]) -> str | None:
    """The sex the first word for a person in a definition says: "a woman who has given birth to a child"
    (mother), "the brother of your father or mother" (uncle, once "brother" is known); None when that word says
    none or is not known yet ("the mother of your father…" waits for "mother", never takes "father")."""
    for word in re.findall(r"[a-z]+", gloss.lower()):
        if word in _SEX_WORDS:
            return _SEX_WORDS[word]
        if word in people and word != "person":
            return known.get(word)
    return None


_SEX_WORDS = {"man": "m", "men": "m", "male": "m", "boy": "m", "woman": "f", "women": "f", "female": "f", "girl": "f"}


def _above(offset: str, hypernyms: dict[str, list[str]]) -> set[str]:
    seen, todo = set(), [offset]
    while todo:
        node = todo.pop()
        if node not in seen:
            seen.add(node)
            todo.extend(hypernyms.get(node, ()))
    return seen


def main() -> None:
    args = wordnet_table_arguments(__doc__, "index.noun and data.noun", "sexed_nouns.json")
    nouns = sexed_nouns((args.wordnet / "index.noun").read_text(encoding="latin-1"),
                        (args.wordnet / "data.noun").read_text(encoding="latin-1"))
    write_wordnet_table(args.out, nouns, "index.noun and data.noun",
                        "one-word person nouns (first sense in noun.person, no instance) whose first sense is below "
                        "male person 09624168 (m) or female person 09619168 (f) by hypernym pointers, not both; "
                        "else the first sexed word of "
                        "its first person word of the definition (man/male/boy/men, woman/female/girl/women, "
                        "or a noun kept already)",
                        "python training/count_sexed_nouns.py " + str(args.wordnet))


if __name__ == "__main__":
    main()
