"""Count, on the GVA crawl, whether the paragraph after a one-sentence source paragraph tells that source's account.

    python training/count_lone_source_paragraphs.py CORPUS_DIR [--limit N]

News written a sentence a paragraph names its source in one paragraph ("Police said they responded to a report of
shots fired …") and goes on with the account in the next ("Upon arrival, police found three students …"). The
discrepancy stage read such a next paragraph as carried on (`_carries_on`, now `sourcing._told_on`) only when it shared
a content word with the source's paragraph until session 56; the hand-judged GVA draws hold many "stated as fact" lines that share none and still
carry the account on (`carried account (later paragraph)`). PolNeAR cannot settle it: its content spans are literal,
and the next paragraph is annotated as the account 1 time of 147 after a one-sentence source paragraph, 6 of 163 after
a source sentence in its own paragraph (training/count_carried_accounts.py), so it marks no carrying either way.

What the crawl can tell is where the other reports of the incident put the same statement. For every sentence that
opens a paragraph and names no one (no word of saying, no quotation mark: what the stage would call the outlet's
own), by what ended the paragraph before (``lone``: a paragraph of one sentence naming a source in the outlet's words,
split by whether the two share a content word; ``said``: a longer paragraph whose last sentence names a source so;
``quoted``: someone's quoted words; ``own``: a sentence naming no one), it finds the sentence of another report of the
incident sharing most content words with it (at least ``_SAME`` and half of its own) and counts how often that
sentence names a source. Where another outlet attributes the statement as often after a lone source paragraph with
no word in common as with one, the shared word is not what makes the account carried on.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from gva import usable_reports  # noqa: E402

from viewer.analysis.model import Mention  # noqa: E402
from viewer.analysis.set_out import quotes, says  # noqa: E402
from viewer.analysis.sourcing import _content_stems, _quotes_speech, _sentence_of, _share_a_word  # noqa: E402

_SAME = 3  # content words a sentence of another report shares with the statement to say it again


def paragraphs(text: str) -> list[list[str]]:
    """The sentences of each paragraph (lines with text), as the discrepancy stage cuts sentences."""
    out = []
    for line in text.split("\n"):
        sentences, at = [], 0
        while (at := at + len(line[at:]) - len(line[at:].lstrip())) < len(line):
            sentence = _sentence_of(Mention(0, at, at + 1, line[at]), line)
            if not sentence.strip():
                break
            sentences.append(sentence.strip())
            at = line.find(sentence, at) + len(sentence) if line.find(sentence, at) >= 0 else len(line)
        if sentences:
            out.append(sentences)
    return out


def names_no_one(sentence: str) -> bool:
    return not says(sentence) and not quotes(sentence)


def after(paragraph: list[str], sentence: str) -> str:
    """What ended the paragraph before ``sentence``: see the module's docstring."""
    last = paragraph[-1]
    if says(last) and not _quotes_speech(last):
        if len(paragraph) > 1:
            return "said"
        return "lone, a word shared" if _share_a_word(last, sentence) else "lone, no word shared"
    return "quoted" if says(last) or quotes(last) else "own"


def said_elsewhere(sentence: str, others: list[str]) -> str | None:
    """Whether the other reports' sentence saying most of the same names a source ("sourced") or not ("bare");
    None when none says it again."""
    mine = _content_stems(sentence)
    best, found = 0, None
    for other in others:
        theirs = _content_stems(other)
        shared = sum(any(x.startswith(y) or y.startswith(x) for y in theirs) for x in mine)
        if shared > best:
            best, found = shared, other
    if found is None or best < _SAME or best * 2 < len(mine):
        return None
    return "bare" if names_no_one(found) else "sourced"


def count(corpus_dir: Path, limit: int | None = None) -> Counter:
    """(what came before, sourced / bare elsewhere) over every incident with two or more usable reports."""
    tally: Counter = Counter()
    for k, (_incident, items) in enumerate(usable_reports(corpus_dir)):
        if limit is not None and k >= limit:
            break
        if len(items) < 2:
            continue
        split = [paragraphs(item["text"]) for _n, item in items]
        for i, report in enumerate(split):
            others = [s for j, other in enumerate(split) if j != i for p in other for s in p]
            for before, paragraph in zip(report, report[1:]):
                sentence = paragraph[0]
                if names_no_one(sentence) and (elsewhere := said_elsewhere(sentence, others)):
                    tally[(after(before, sentence), elsewhere)] += 1
    return tally


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--limit", type=int, help="read only the first N incident folders")
    ns = parser.parse_args()
    tally = count(ns.corpus, ns.limit)
    print("before\tsourced elsewhere\tbare elsewhere\tshare sourced")
    for before in ("lone, a word shared", "lone, no word shared", "said", "quoted", "own"):
        sourced, bare = tally[(before, "sourced")], tally[(before, "bare")]
        print(f"{before}\t{sourced}\t{bare}\t{sourced / max(1, sourced + bare):.3f}")


if __name__ == "__main__":
    main()
