"""Write the common nouns one of whose senses is a news outlet (a publishing firm, a broadcaster, a website, a
news agency), from WordNet, with how often news writes each after "told the".

    python training/count_publisher_nouns.py [WORDNET_DICT] [--crawl GVA_CRAWL] [--polnear POLNEAR_PREPARED]
        [--out viewer/resources/attribution/publisher_nouns.json]

"The Washington Post reported…  The paper found…", "…, according to the newspaper", "she told the gossip site",
"he told the station": news names the outlet it quoted by the kind of firm it is. Which nouns can mean such a firm
is read from WordNet 3.0 (Princeton University; the Debian package ``wordnet-base`` installs it in
/usr/share/wordnet): a one-word noun is kept when one of its senses is, or is a hyponym (``@`` pointers, followed
upwards) of, one of the ``OUTLETS`` synsets. The last word of a compound lemma there that is a lemma of the synset
just above ("broadcasting station": "station"; "publishing firm": "firm") names more than outlets, and is kept only
when the news counted writes it after "told the" (``told_counts``): "told the station" three times, "firm" and
"house" never. WordNet's news agency is left out: agencies are named
("Reuters"), and a bare "the agency" in news is a government body ("the agency said": 6 of the 7 in the crawl and
PolNeAR train, session 50). Session 49 kept the publishing firm alone (magazine, newspaper,
paper), and "told the gossip site", "told the station" passed on no relay. The table records, for each noun, how
often the Gun Violence Archive crawl and the ``fit`` part of PolNeAR train write it after "told the" (a word or
two before it allowed: "told the gossip site"), so the next reader sees which are written for a hearer that
carried the words. Only the words and counts are kept; the table records WordNet's copyright notice, as its
licence asks.
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from training.count_person_nouns import below_synsets, noun_synsets, write_wordnet_table  # noqa: E402
from training.count_tables import GVA_CRAWL, crawl_texts  # noqa: E402
from training.polnear_parts import part_of  # noqa: E402

# (a lemma of the synset, how its gloss begins): the kinds of firm that carry others' words to the public
OUTLETS = (
    ("publisher", "a firm in the publishing business"),
    ("broadcasting_station", "a station equipped to broadcast radio or television programs"),
    ("network", "(broadcasting) a communication system consisting of a group of broadcasting stations"),
    ("web_site", "a computer connected to the internet that maintains a series of web pages"),
)


def publisher_nouns(data_noun: str) -> tuple[list[str], list[str]]:
    """One-word lemmas of the ``OUTLETS`` synsets of ``data.noun`` and of the synsets below them; and the heads of their
    compound lemmas that name the synset above ("radio station": "station")."""
    synsets = noun_synsets(data_noun)
    below = below_synsets(synsets, OUTLETS, "outlet")

    def heads(offset: str) -> set[str]:
        above = {w for h in synsets[offset][1] for w in synsets[h][0]}
        return {w.rsplit("_", 1)[-1] for w in synsets[offset][0] if "_" in w} & above

    kept = [offset for offset in synsets if below(offset)]
    nouns = {w for offset in kept for w in synsets[offset][0] if w.isalpha()}
    return sorted(nouns), sorted({w for offset in kept for w in heads(offset)} - nouns)


def told_counts(nouns: list[str], texts: Iterable[str]) -> dict[str, int]:
    """How often each noun heads the hearer of "told the" ("told the station", "told the gossip site"), not owns it."""
    told = re.compile(r"\btold the (?:[a-z-]+ ){0,2}?(" + "|".join(nouns) + r")\b(?![’']s)")  # not "the firm's lawyer"
    counts = Counter(m.group(1) for text in texts for m in told.finditer(text))
    return {noun: counts[noun] for noun in nouns}


def _texts(crawl: Path | None, polnear: Path | None) -> Iterable[str]:
    if crawl:
        yield from crawl_texts(crawl)
    if polnear:
        for path in sorted((polnear / "docs").glob("*.txt")):
            if part_of(path.name) == "fit":
                yield path.read_text(encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("wordnet", type=Path, nargs="?", default=Path("/usr/share/wordnet"),
                        help="WordNet 3.0 dict folder with data.noun")
    parser.add_argument("--crawl", type=Path, help="GunViolenceArchive/the_violent_corpus")
    parser.add_argument("--polnear", type=Path, help="PolNeAR train as ../shared/eval/polnear.py prepare writes it")
    parser.add_argument("--out", type=Path, default=ROOT / "viewer" / "resources" / "attribution" / "publisher_nouns.json")
    args = parser.parse_args()
    nouns, heads = publisher_nouns((args.wordnet / "data.noun").read_text(encoding="latin-1"))
    told = told_counts(nouns + heads, _texts(args.crawl, args.polnear))
    nouns = sorted(nouns + [head for head in heads if told[head]])
    write_wordnet_table(args.out, nouns, "data.noun",
                        "one-word lemmas of, and of every synset below by hypernym pointers, the synsets "
                        + "; ".join(f"'{lemma}' ({gloss}…)" for lemma, gloss in OUTLETS)
                        + "; and the last word of a compound lemma there naming the synset above, when written after "
                        "'told the' in the news counted",
                        "python training/count_publisher_nouns.py " + " ".join(sys.argv[1:]),
                        more={"told_the": told,
                              "told_the_data": f"{GVA_CRAWL} and PolNeAR v1.0.0 train split, articles of the 'fit' "
                                               "part: times each noun heads the hearer of 'told the'"})


if __name__ == "__main__":
    main()
