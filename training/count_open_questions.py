"""Count, on the GVA crawl, sentences that open by saying a question is open: "It is unclear whether…", "It wasn't
immediately known why…", "There is no word yet on whether charges will be filed".

    python training/count_open_questions.py CORPUS_DIR [--least 3] [--show 3] [--out viewer/analysis/open_questions.json]

CORPUS_DIR is the crawl's ``the_violent_corpus`` (usable articles, as `bench/gva.py` reads them). Such a sentence
states no fact of the outlet's: it tells what is not known. Read as "stated as fact" beside another source's
attributed statement it made a wrong attribution line (judged dev: "There is no word yet on whether any charges will
be filed" / "no charges have been filed, police said"). Counted: each frame (`FRAMES`: "it is/was" or "there is/was"
with a word of not knowing) before "whether", "if" or a question word, where it opens the sentence and where it
follows another clause ("…, but it is unclear if"). Written: the frames' words of not knowing counted opening a
sentence at least ``--least`` times; `sourcing` reads a mention that opens with one as stating nothing.
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.gva import usable_reports  # noqa: E402
from training.count_tables import GVA_CRAWL, tally, write_table  # noqa: E402
from viewer.analysis.set_out import open_question_frame, spelt_out  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "viewer" / "analysis" / "open_questions.json"
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")
_NOT_KNOWING = r"not\s+(?:yet\s+)?(?:immediately\s+)?(?:known|clear)|unclear|unknown|no\s+(?:word|information|indication)"
FRAMES = open_question_frame(_NOT_KNOWING)
_OPENING = 3  # characters before a frame that still open the sentence (a quotation mark, a dash)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--least", type=int, default=3)
    parser.add_argument("--show", type=int, default=3)
    parser.add_argument("--out", type=Path, default=OUT)
    ns = parser.parse_args(argv)
    counted, shown, articles = Counter(), Counter(), 0
    for _incident, items in usable_reports(ns.corpus):
        for _name, item in items:
            articles += 1
            for word, where, sentence in frames(item["text"]):
                tally(counted, shown, (word, where), ns.show, f"[{word}, {where}] {sentence[:160]}")
    for (word, where), n in sorted(counted.items()):
        print(f"{n:4} {word} ({where})")
    kept = {word: n for (word, where), n in counted.most_common() if where == "opens" and n >= ns.least}
    write_table(ns.out, "count_open_questions.py", {
        "what": "words of not knowing that, in 'It is unclear whether…' or 'There is no word on whether…' opening a "
                "sentence, make it say a question is open, not state a fact (sourcing._said_as)",
        "data": f"{GVA_CRAWL}, usable articles ({articles})",
        "rule": f"the word of a frame (count_open_questions.FRAMES) opening a sentence at least {ns.least} times"},
        "entries", kept)


def frames(text: str) -> list[tuple[str, str, str]]:
    """(the frame's word of not knowing, folded; "opens" or "after a clause"; the sentence) for each frame."""
    found = []
    for sentence in (" ".join(s.split()) for s in _SENTENCE.split(text)):
        for hit in FRAMES.finditer(spelt_out(sentence)):
            word = re.sub(r"\s+", " ", hit.group("word").lower())
            found.append((word, "opens" if hit.start() <= _OPENING else "after a clause", sentence))
    return found


if __name__ == "__main__":
    main()
