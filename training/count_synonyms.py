"""Write the words news uses for one meaning, from WordNet: "injured" and "wounded", "car" and "auto".

    python training/count_synonyms.py NEWS_DIR [NEWS_DIR ...] [--wordnet WORDNET_DICT] [--least N] [--share S]
        [--out viewer/analysis/claims/synonyms.json]

Two reports of one claim often name one thing in two words, and the pair model's shared-terms sign
(`verifier.signs_of_pair`) saw no overlap between them. Which words are synonyms is read from WordNet
3.0 (Princeton University; Debian package ``wordnet-base``, /usr/share/wordnet) and kept narrow, so
that a word is never matched through one of its rarer senses: two one-word lemmas of one part of
speech are synonyms when their first sense there, the one WordNet lists as most frequent, is the
same synset, and that order was read from sense-tagged text (the lemma's ``tagsense_cnt`` in
``index.POS`` is not 0: an untagged lemma's senses are listed in no order of use). The terms the
linker compares are lemmas without their part of speech, so a lemma is kept only where news reads
it mostly as that part of speech: the analysis's own pipeline parses each ``.txt`` article under the
NEWS_DIRs, and a lemma is kept when it is read as that part of speech at least ``--least`` times and
more often than as any other ("rifle" is a gun in news, not the verb "ransack"; "state" a noun, not
the verb "say"). A meaning left with one lemma is no class. Each class is written under its synset
(``POS:offset``) with its lemmas and how often news read each so.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from training import wordnet  # noqa: E402
from training.count_person_nouns import write_wordnet_table  # noqa: E402

OUT = ROOT / "viewer" / "analysis" / "claims" / "synonyms.json"
PARTS = {"noun": ("n", "NOUN"), "verb": ("v", "VERB"), "adj": ("a", "ADJ")}  # WordNet's file, its letter, spaCy's tag


def first_senses(index: str) -> dict[str, str]:
    """Each one-word lemma of ``index`` whose senses are ordered by tagged use, with its first synset's offset."""
    return {entry.lemma: entry.offsets[0] for entry in wordnet.index_entries(index)
            if entry.lemma.isalpha() and entry.offsets and entry.tagged}


def news_counts(texts: Iterable[str]) -> dict[str, Counter]:
    """How often news writes each lemma as each part of speech, as the analysis's pipeline reads them."""
    from viewer.analysis.nlp import english

    tags = {tag: pos for pos, (_letter, tag) in PARTS.items()}
    counts: dict[str, Counter] = {pos: Counter() for pos in PARTS}
    for doc in english().pipe(texts, batch_size=16):
        for token in doc:
            if token.pos_ in tags:
                counts[tags[token.pos_]][token.lemma_.lower()] += 1
    return counts


def first_sense_shares(cntlist: str) -> dict[tuple[str, str], float]:
    """The share of each lemma's sense-tagged uses, as each part of speech (``n``, ``v``, ``a``), that are its first
    sense (``cntlist.rev``: sense key, sense number, tag count)."""
    letters = {"1": "n", "2": "v", "3": "a", "5": "a", "4": "r"}
    first: Counter = Counter()
    total: Counter = Counter()
    for key, number, count in wordnet.sense_counts(cntlist):
        lemma, kind = key.split("%")
        total[(lemma, letters[kind[0]])] += count
        if number == 1:
            first[(lemma, letters[kind[0]])] += count
    return {key: first[key] / n for key, n in total.items() if n}


def synonym_classes(parts: dict[str, dict[str, str]], counts: dict[str, Counter], least: int,
                    shares: dict[tuple[str, str], float], share: float) -> dict[str, dict[str, int]]:
    """Each synset that is the first sense of two or more lemmas news writes, as that part of speech more often
    than as any other, and that holds at least ``share`` of the lemma's tagged uses, with those lemmas and how
    often news wrote each so."""
    classes: dict[str, dict[str, int]] = {}
    for pos, first in parts.items():
        letter = PARTS[pos][0]
        for lemma, offset in first.items():
            seen = counts[pos][lemma]
            if seen >= least and all(seen > counts[other][lemma] for other in PARTS if other != pos) \
                    and shares.get((lemma, letter), 0.0) >= share:
                classes.setdefault(f"{letter}:{offset}", {})[lemma] = seen
    return {k: dict(sorted(v.items())) for k, v in sorted(classes.items()) if len(v) > 1}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("news", type=Path, nargs="+", help="folders of news articles as .txt files")
    parser.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    parser.add_argument("--least", type=int, default=3, help="times news must write a lemma for it to be kept")
    parser.add_argument("--share", type=float, default=0.5,
                        help="share of a lemma's sense-tagged uses its first sense must hold")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    parts = {pos: first_senses((args.wordnet / f"index.{pos}").read_text(encoding="latin-1")) for pos in PARTS}
    shares = first_sense_shares((args.wordnet / "cntlist.rev").read_text(encoding="latin-1"))
    paths = sorted(p for folder in args.news for p in folder.rglob("*.txt"))
    counts = news_counts(p.read_text(encoding="utf-8", errors="replace") for p in paths)
    table = synonym_classes(parts, counts, args.least, shares, args.share)
    news = ", ".join(_shown(f) for f in args.news)
    rule = (f"one-word lemmas of index.noun/verb/adj whose senses are ordered by tagged use (tagsense_cnt > 0), "
            f"grouped by their first (most frequent) synset, where that sense holds at least {args.share} of the "
            f"lemma's tagged uses as that part of speech (cntlist.rev); each lemma kept where the analysis's pipeline "
            f"(spaCy) reads it as that part of speech at least {args.least} times, and more often than as any other, "
            f"in the {len(paths)} .txt articles under {news}; classes of one lemma dropped; counts: those readings")
    write_wordnet_table(args.out, table, "index.noun, index.verb, index.adj, cntlist.rev", rule,
                        f"python training/{Path(sys.argv[0]).name} {' '.join(_shown(f) for f in args.news)} "
                        f"--least {args.least} --share {args.share}", key="synonyms")


def _shown(folder: Path) -> str:
    """A news folder as the table cites it: its path under the data folder, not this machine's."""
    parts = folder.resolve().parts
    return "/".join(parts[parts.index("sets"):]) if "sets" in parts else folder.name


if __name__ == "__main__":
    main()
