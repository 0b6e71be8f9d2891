"""Write the common nouns one of whose senses is a publishing firm, from WordNet.

    python training/count_publisher_nouns.py [WORDNET_DICT] [--out viewer/resources/attribution/publisher_nouns.json]

"The Washington Post reported…  The paper found…", "…, according to the newspaper": news names the
outlet it quoted by the kind of firm it is. Which nouns can mean such a firm is read from WordNet 3.0
(Princeton University; the Debian package ``wordnet-base`` installs it in /usr/share/wordnet): a
one-word noun is kept when one of its senses is a hyponym (``@`` pointers, followed upwards) of the
synset "publisher, publishing house, publishing firm, publishing company" ("a firm in the publishing
business"). Only the words are kept; the table records WordNet's copyright notice, as its licence asks.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from training.count_person_nouns import wordnet_table_arguments, write_wordnet_table  # noqa: E402

PUBLISHER = ("publisher", "a firm in the publishing business")


def publisher_nouns(data_noun: str) -> list[str]:
    """One-word lemmas of the synsets below the publishing-firm synset of ``data.noun``."""
    synsets: dict[str, tuple[list[str], list[str]]] = {}
    root = None
    for line in data_noun.splitlines():
        if not line or line.startswith(" "):
            continue
        head, gloss = line.split("|", 1)
        fields = head.split()
        count = int(fields[3], 16)
        words = [fields[4 + 2 * i].lower() for i in range(count)]
        at = 4 + 2 * count
        pointers = [(fields[at + 1 + 4 * i], fields[at + 2 + 4 * i]) for i in range(int(fields[at]))]
        synsets[fields[0]] = (words, [offset for symbol, offset in pointers if symbol == "@"])
        if PUBLISHER[0] in words and gloss.strip().startswith(PUBLISHER[1]):
            root = fields[0]
    if root is None:
        raise SystemExit("WordNet has no publishing-firm synset here: is this WordNet 3.0?")

    def below(offset: str, depth: int = 0) -> bool:
        return depth < 25 and any(h == root or below(h, depth + 1) for h in synsets[offset][1])

    return sorted({w for offset, (words, _) in synsets.items() if below(offset) for w in words if w.isalpha()})


def main() -> None:
    args = wordnet_table_arguments(__doc__, "data.noun", "publisher_nouns.json")
    nouns = publisher_nouns((args.wordnet / "data.noun").read_text(encoding="latin-1"))
    write_wordnet_table(args.out, nouns, "data.noun",
                        "one-word lemmas of every synset below 'publisher, publishing house, publishing firm, publishing "
                        "company' (a firm in the publishing business) by hypernym pointers",
                        "python training/count_publisher_nouns.py " + str(args.wordnet))

if __name__ == "__main__":
    main()
