"""Write the nouns news uses for the things a platform carries ("a Facebook post", "a video on YouTube"), counted.

    python training/count_media_nouns.py GVA_CRAWL [--also FOLDER] [--out viewer/resources/attribution/media_nouns.json]

"Fort Belvoir said in a post on its Facebook page", "the mayor said in a post on Nextdoor", "she said in a video":
words that came through a platform or a recording carry it as a relay, whatever the platform is called. The
platforms are an open list; the nouns for what they carry are few. They are read here from the sentences of the
crawl (and ``--also`` folders) that name a platform of ``attribution.relays.PLATFORMS``, parsed: the noun a platform
modifies ("a Twitter post", "its Facebook page") or hangs on by "on"/"to" ("a video on YouTube", "a post on his
Facebook page": post and page). Nouns counted at least ``MIN_TIMES`` times are kept with their counts, so that a
named thing in the same places ("a post on Nextdoor") is read as a platform too.
"""
from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from training.count_tables import crawl_and_folder_texts, crawl_arguments, write_table  # noqa: E402
from viewer.analysis.attribution.relays import PLATFORMS  # noqa: E402

MIN_TIMES = 4  # 3 let in what is only seen on a platform (friend, user, follower, shooting)
_NAMED = re.compile(r"\b(?:" + "|".join(PLATFORMS) + r")\b")


def platform_lines(texts: Iterable[str]) -> list[str]:
    """The lines (paragraphs) that name a platform, each once."""
    return sorted({line.strip() for text in texts for line in text.splitlines() if _NAMED.search(line)})


def media_nouns(docs: Iterable) -> Counter:
    """Lemmas of the nouns a platform's name modifies or hangs on by "on"/"to"."""
    counts: Counter = Counter()
    for doc in docs:
        for token in doc:
            if token.text not in PLATFORMS:
                continue
            head = token.head
            if token.dep_ == "compound" and head.pos_ == "NOUN":
                counts[head.lemma_.lower()] += 1
                if head.dep_ == "pobj" and head.head.lower_ in ("on", "to"):
                    head = head.head.head  # "a post on his Facebook page": the post as well
                    if head.pos_ == "NOUN":
                        counts[head.lemma_.lower()] += 1
            elif token.dep_ == "pobj" and head.lower_ in ("on", "to") and head.head.pos_ == "NOUN":
                counts[head.head.lemma_.lower()] += 1
    return counts


def main() -> None:
    from viewer.analysis.nlp import english

    args = crawl_arguments(__doc__, ROOT / "viewer" / "resources" / "attribution" / "media_nouns.json").parse_args()
    texts, data = crawl_and_folder_texts(args)
    lines = platform_lines(texts)
    counts = media_nouns(english().pipe(lines, batch_size=64))
    kept = {noun: n for noun, n in sorted(counts.items()) if n >= MIN_TIMES and noun.isalpha()}
    write_table(args.out, "count_media_nouns.py", {
        "data": data + f"; the {len(lines)} paragraphs naming a platform of attribution.relays.PLATFORMS",
        "rule": f"lemmas of the nouns a platform's name modifies (compound) or hangs on by on/to (pobj), parsed by the "
                f"pipeline's spaCy model; kept when counted at least {MIN_TIMES} times",
        "counts": "noun: times"}, "nouns", kept)
    print(f"{len(kept)} nouns from {len(lines)} paragraphs -> {args.out}: {kept}")


if __name__ == "__main__":
    main()
