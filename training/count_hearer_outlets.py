"""Write the nouns news writes for a news firm that WordNet gives no sense of one ("told the outlet"), from how often
news writes them after "news" or "media", with WordNet's first sense of each.

    python training/count_hearer_outlets.py GVA_CRAWL [--also FOLDER ...] [--wordnet WORDNET_DICT]
        [--min 10] [--out viewer/resources/attribution/hearer_outlet_nouns.json]

"Durbin told Politico… Durbin told the outlet": the hearer that carried the words is the outlet named before, but
"outlet" has no sense of a news firm in WordNet 3.0 (a shop, a socket, a vent), so ``publisher_nouns.json`` cannot
hold it. News itself says which nouns stand for its firms: it writes them after "news" or "media" ("a news outlet",
"media outlets", "the news station"). A noun written so at least ``--min`` times is kept when its first WordNet
sense (``first_senses``) is a made thing (noun.artifact: an establishment, a facility), as outlet's and station's
are; one whose first sense is a group ("news organization", "news agency", "media company") is a body that may hear
words without carrying them (a company told, an agency told), and one of speech, an act or an event ("news
conference", "news briefing") is no hearer at all, nor a written thing words come in ("news release":
``written.json``). Nouns already in ``publisher_nouns.json`` are left to it. Only the words and counts are kept;
the table records WordNet's notice, as its licence asks.
"""
from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from training.count_person_nouns import first_senses, write_wordnet_table  # noqa: E402
from training.count_tables import crawl_and_folder_texts, crawl_arguments  # noqa: E402
from viewer.analysis.speakers.kinds import publisher_nouns, written_nouns  # noqa: E402

ARTIFACT = 6  # WordNet's lexicographer file noun.artifact
_AFTER_NEWS = re.compile(r"\b(?:news|media) ([a-z]+)\b")


def news_nouns(texts: list[str]) -> Counter:
    """How often each noun follows "news" or "media", its plural counted with it ("media outlets")."""
    counts = Counter(m.group(1) for text in texts for m in _AFTER_NEWS.finditer(text))
    for word in list(counts):
        if word.endswith("s") and word[:-1] in counts:
            counts[word[:-1]] += counts.pop(word)
    return counts


def hearer_outlets(counts: Counter, senses: dict[str, tuple[int, bool]], least: int) -> list[str]:
    """The nouns written after "news" or "media" at least ``least`` times whose first sense is a made thing, less those
    the publisher and written tables already hold."""
    return sorted(n for n, k in counts.items() if k >= least and senses.get(n, (0,))[0] == ARTIFACT
                  and n not in publisher_nouns() and n not in written_nouns())


def main() -> None:
    parser = crawl_arguments(__doc__.splitlines()[0], ROOT / "viewer" / "resources" / "attribution"
                             / "hearer_outlet_nouns.json")
    parser.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"), help="WordNet 3.0 dict folder")
    parser.add_argument("--min", type=int, default=10)
    ns = parser.parse_args()
    texts, data = crawl_and_folder_texts(ns)
    counts = news_nouns(texts)
    senses = first_senses((ns.wordnet / "index.noun").read_text(encoding="latin-1"),
                          (ns.wordnet / "data.noun").read_text(encoding="latin-1"))
    kept = hearer_outlets(counts, senses, ns.min)
    write_wordnet_table(ns.out, kept, "index.noun, data.noun",
                        f"nouns written at least {ns.min} times after 'news' or 'media' in the news counted, whose "
                        "first sense is in noun.artifact, and not in publisher_nouns.json nor written.json",
                        "python training/count_hearer_outlets.py " + " ".join(sys.argv[1:]),
                        more={"after_news": {n: counts[n] for n in kept}, "after_news_data": data})


if __name__ == "__main__":
    main()
