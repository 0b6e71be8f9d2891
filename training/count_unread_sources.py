"""Count the sentences naming a source in the outlet's words that the attribution reader gives no speaker, by why.

    python training/count_unread_sources.py [--crawl GVA_CRAWL] [--polnear PREPARED] [--incidents N] [--show N]

A sentence names a source in the outlet's words as the discrepancy stage reads it (`sourcing._told`: a word of saying,
no one's words set out: "…, the sheriff's office said.", "The coroner said…"). Each such sentence of the first usable
report of the GVA crawl's first ``--incidents`` incidents, and of every article of PolNeAR train's ``fit`` part, is put
in one class by what `statements.find_attributions` made of its whole article:
- ``named``: an attribution whose cue lies in the sentence has a speaker's name;
- ``no name, <head>``: the attributions there name no one; ``<head>`` is how the speaker's words are written: a
  force's members in the plural ("deputies", "officers": ``members``), an office or description with "the" and one
  noun ("the coroner": ``office``), a pronoun, an unnamed description ("officials", "a witness": ``unnamed``);
- ``no attribution, <word>``: no attribution's cue lies there; ``<word>`` is the word of saying the sentence has.
``--show N`` prints N sentences of each class drawn at random (seed 69) to read by hand.

Run in session 69 (sources69) on the crawl's first 300 incidents and the whole fit part, before and after the force's
members were read as their force (`attribution.forces.members_force`): see docs/linking.md.
"""
from __future__ import annotations

import argparse
import random
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.gva import usable_reports  # noqa: E402
from training.polnear_parts import part_of  # noqa: E402
from viewer.analysis.attribution.statements import find_attributions  # noqa: E402
from viewer.analysis.force_members import members_in_plural  # noqa: E402
from viewer.analysis.segment import parse  # noqa: E402
from viewer.analysis.set_out import REPORTING_CUE  # noqa: E402
from viewer.analysis.sourcing import _told  # noqa: E402
from viewer.analysis.speakers.names import DETERMINERS  # noqa: E402

_PRONOUNS = frozenset("he she they it we i you who".split())


def texts(crawl: Path | None, polnear: Path | None, incidents: int) -> Iterator[tuple[str, str]]:
    """(source, text): the first usable report of each of the crawl's first incidents, then PolNeAR's fit part."""
    if crawl:
        for seen, (_name, items) in enumerate(usable_reports(crawl)):
            if seen >= incidents:
                break
            if items:
                yield "gva", f"{items[0][1]['title']}\n\n{items[0][1]['text'][:6000]}"
    if polnear:
        for path in sorted((polnear / "docs").glob("*.txt")):
            if part_of(path.name) == "fit":
                yield "polnear", path.read_text(encoding="utf-8")


def classes(text: str) -> Iterator[tuple[str, str]]:
    """(class, sentence) for each sentence of ``text`` naming a source in the outlet's words."""
    parsed = parse(1, text, [])
    found = find_attributions(parsed)
    for sentence in parsed.doc.sents:
        words = sentence.text.strip()
        if not _told(words):
            continue
        inside = [a for a in found if sentence.start_char <= a.cue.start < sentence.end_char]
        yield _class_of(words, inside, text), " ".join(words.split())


def _class_of(sentence: str, inside: list, text: str) -> str:
    if any(a.speaker_name for a in inside):
        return "named"
    if inside:
        speaker = inside[0].speaker
        return f"no name, {_head(text[speaker.start:speaker.end]) if speaker else 'no words'}"
    cue = REPORTING_CUE.search(sentence)
    return f"no attribution, {cue.group().lower() if cue else 'other'}"


def _head(words: str) -> str:
    """How the speaker's words are written, in a few kinds."""
    kept = [w for w in words.lower().replace("’", "'").split() if w not in DETERMINERS]
    if not kept:
        return "empty"
    if len(kept) == 1 and kept[0] in _PRONOUNS:
        return "pronoun"
    if members_in_plural(kept[-1].strip(",.")):
        return "members" if len(kept) == 1 else "members, qualified"
    if len(kept) == 1 and words.lower().startswith("the "):
        return "office"
    return "unnamed" if kept[-1].endswith("s") else "other"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--crawl", type=Path)
    parser.add_argument("--polnear", type=Path)
    parser.add_argument("--incidents", type=int, default=300)
    parser.add_argument("--show", type=int, default=0)
    ns = parser.parse_args(argv)
    counts: Counter = Counter()
    examples: dict[tuple[str, str], list[str]] = defaultdict(list)
    for source, text in texts(ns.crawl, ns.polnear, ns.incidents):
        for label, sentence in classes(text):
            counts[(source, label)] += 1
            examples[(source, label)].append(sentence)
    for (source, label), count in sorted(counts.items(), key=lambda item: (item[0][0], -item[1])):
        print(f"{source}\t{label}\t{count}")
    for key in sorted(examples) if ns.show else ():
        print(f"\n== {key[0]} {key[1]}")
        for sentence in random.Random(69).sample(examples[key], min(ns.show, len(examples[key]))):
            print(f"  {sentence[:220]}")


if __name__ == "__main__":
    sys.exit(main())
