"""Whose account a bare sentence opening a paragraph tells, read off the GVA crawl: the layouts and cues around it.

An attribution line (`sourcing.attribution_discrepancies`) says one outlet states as fact what another gives a source.
It is wrong where the outlet carries a source's account over a paragraph break ("…, police said." / "The girl was
taken to Arkansas Children's Hospital …"), and right where the outlet speaks again in its own voice. This counts, over
the first two usable reports of every crawl incident that has two (both ways round), each pair of a sentence opening a
paragraph that names no source and quotes no one, and a sentence of the other report naming a source in its words
(`set_out.says`, no one's words quoted) sharing at least ``--shared`` content words with it: the pairs a line may be
drawn between. Each is counted by how the paragraph before ends (`before`: its last sentence names a source in the
outlet's words, sets out someone's words, or neither; no paragraph before) and, for the first, by cues of the bare
sentence (`cues`): its subject a pronoun, a sequence word opening it, a content word shared with the source's
sentence, the source named one with the other report's (`sourcing.one_source`), and whether a sentence of its own
paragraph names a source after it. ``--show N`` prints N pairs of each group to read by hand.

    python bench/paragraph_accounts.py CORPUS_DIR [--incidents N] [--shared K] [--show N]

Run in session 68 (lines68) on the_violent_corpus (914 incidents with two reports): 2,630 pairs, 521 after a
paragraph ending on a source; the reading of ``--show 40`` is in `sourcing._told_by_the_partners_source`.
"""
from __future__ import annotations

import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from gva import incidents_with_two, pair_count_arguments  # noqa: E402
from named_source_crawl import content, named_by  # noqa: E402

from viewer.analysis.set_out import quotes, says  # noqa: E402
from viewer.analysis.sourcing import _quotes_speech, _share_a_word, one_source  # noqa: E402

_SENTENCE = re.compile(r"[^.!?\n]{20,}[.!?]?[\"”]?")
_PRONOUN = re.compile(r"\W*(?:he|she|they|it|his|her|their)\b", re.IGNORECASE)
_SEQUENCE = re.compile(r"\W*(?:then|afterward|afterwards|later|after that|moments later|minutes later|soon)\b",
                       re.IGNORECASE)


def paragraphs(item: dict) -> list[list[str]]:
    """The report's paragraphs (title first), each as a crude reader cuts its sentences."""
    text = f"{item['title']}\n{item['text'][:6000]}"
    return [found for line in text.split("\n") if (found := [s.strip() for s in _SENTENCE.findall(line)])]


def voice(sentence: str) -> str:
    """"source" when the sentence names one in the outlet's words, "quoted" when it sets out someone's words, else
    "bare"."""
    if says(sentence) and not _quotes_speech(sentence):
        return "source"
    return "quoted" if says(sentence) or quotes(sentence) else "bare"


def before(paras: list[list[str]], k: int) -> str:
    """How the paragraph before paragraph ``k`` ends: the voice of its last sentence, or "no paragraph before"."""
    return voice(paras[k - 1][-1]) if k > 0 else "no paragraph before"


def cues(fact: str, paragraph: list[str], told: str, source: str) -> str:
    """The cues of a bare sentence opening ``paragraph`` after a paragraph ending on ``told`` (naming a source in the
    outlet's words): pronoun subject, sequence word, a word shared with ``told``, one source with the other report's
    ``source``, a source named later in its own paragraph."""
    found = []
    if _PRONOUN.match(fact):
        found.append("pronoun")
    if _SEQUENCE.match(fact):
        found.append("sequence")
    if _share_a_word(fact, told):
        found.append("word shared")
    if one_source(named_by(told), source):
        found.append("same source")
    if any(voice(s) != "bare" for s in paragraph[1:]):
        found.append("sourced in paragraph")
    return ", ".join(found) or "no cue"


def pairs(corpus: Path, incidents: int, shared: int) -> list[tuple[str, str, str, str, str]]:
    """(how the paragraph before ends, the cues, the text before and the bare sentence, the attributed sentence, its
    source) for every pair across the first two reports of each incident with two, both ways round."""
    out = []
    for items in incidents_with_two(corpus, incidents):
        reports = [paragraphs(item) for _n, item in items[:2]]
        for bare_side, said_side in ((reports[0], reports[1]), (reports[1], reports[0])):
            attributed = [(s, src) for p in said_side for s in p if voice(s) == "source" and (src := named_by(s)).strip()]
            for k, paragraph in enumerate(bare_side):
                fact = paragraph[0]
                if voice(fact) != "bare":
                    continue
                for said, source in attributed:
                    if len(content(fact) & content(said)) >= shared:
                        layout = before(bare_side, k)
                        told = bare_side[k - 1][-1] if k > 0 else ""
                        cue = cues(fact, paragraph, told, source) if layout == "source" else ""
                        out.append((layout, cue, f"{told[-100:]} ¶ {fact[:120]}", said[:120], source))
    return out


def main(argv: list[str] | None = None) -> None:
    ns = pair_count_arguments(__doc__, argv)
    found = pairs(ns.corpus, ns.incidents, ns.shared)
    print(f"paragraph-opening bare / attributed sentence pairs sharing {ns.shared}+ content words: {len(found)}")
    for layout, n in Counter(p[0] for p in found).most_common():
        print(f"  paragraph before ends: {layout}: {n}")
    told = [p for p in found if p[0] == "source"]
    for cue, n in Counter(p[1] for p in told).most_common():
        print(f"    {cue}: {n}")
    for k, (_l, cue, fact, said, source) in enumerate(random.Random(68).sample(told, min(ns.show, len(told))), 1):
        print(f"{k}. cues: {cue}\n   {fact}\n   OTHER [{source.strip()[:40]}] {said}\n")


if __name__ == "__main__":
    sys.exit(main())
