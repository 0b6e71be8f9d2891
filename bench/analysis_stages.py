"""Where an analysis run's CPU goes, stage by stage, beside bare spaCy on the same texts.

`bench_analysis.py` gives the ratio (bare spaCy's CPU seconds / ours); this splits ours into the stages the ratio is
made of, each timed by the CPU of the thread it runs on (``time.thread_time``): spaCy's parse, the per-document steps
(attributions, claim units and their features), the embedding (on its own thread), the relink (candidates, linking,
discrepancies) and the rest (writing, evidence). Parse and embedding are the floor: the parse is bare spaCy's own work,
and the encoder's products run at the BLAS's rate. Session 60 on the 2-core build box (load 2-4), gvaJ's 45 reports:
parse 3.2, steps 1.3, embedding 4.7, relink 0.6, rest 0.2 of 10.1 s, bare spaCy 2.75 s.

The parts spaCy parses outside the document parse are printed besides, as parts of their stages (`PARTS`): the
headlines parsed alone (in the steps) and the link judge's mentions parsed alone (in the relink). Session 68, same
box, gvaJ at load 2: parse 3.04, steps 1.49 (headline parse 0.22, a call per report), embedding 4.66, relink 1.28
(judge parse 0.52), rest 0.22 of 10.70 s, bare 2.68 s; at load 7, a call per read batch: headline parse 0.13 of 12.04 s.
Since session 70 the judge reads the content words each unit keeps (`alignment.stored_words`, read at analysis in its
document's parse: "judge words", in the steps) and parses nothing ("judge reads", in the relink).
Since session 71 each unit reads the events of its times there too ("unit events", in the steps), and the relink's
time comparison parses no mention.

Usage: analysis_stages.py [N] (N generated articles, default 100) or analysis_stages.py --folder DIR.
"""
from __future__ import annotations

import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from articles import article  # noqa: E402
from bench_analysis import fill, real_articles  # noqa: E402

from viewer.analysis import documents, pipeline  # noqa: E402
from viewer.analysis.claims import link_judge, units  # noqa: E402
from viewer.analysis.claims.encoder import shared_encoder  # noqa: E402
from viewer.analysis.nlp import english  # noqa: E402
from viewer.corpus.store import Corpus  # noqa: E402

SPENT: Counter[str] = Counter()
PARTS: Counter[str] = Counter()  # spaCy calls inside a stage, counted in it too


def timed(function: Callable, stage: str, spent: Counter[str] = SPENT) -> Callable:
    """``function`` adding its thread's CPU seconds to ``stage`` of ``spent``."""
    def run(*args, **kwargs):
        started = time.thread_time()
        try:
            return function(*args, **kwargs)
        finally:
            spent[stage] += time.thread_time() - started
    return run


def timed_parse(parse: Callable) -> Callable:
    """`segment.parse_many`, a lazy generator, timed at each document it gives."""
    def run(*args, **kwargs) -> Iterator:
        found = parse(*args, **kwargs)
        while True:
            started = time.thread_time()
            try:
                parsed = next(found)
            except StopIteration:
                return
            finally:
                SPENT["parse"] += time.thread_time() - started
            yield parsed
    return run


def main() -> None:
    english()
    shared_encoder()
    texts = real_articles(Path(sys.argv[2])) if sys.argv[1:2] == ["--folder"] else [
        article(i) for i in range(int(sys.argv[1]) if sys.argv[1:] else 100)]
    documents.parse_many = timed_parse(documents.parse_many)
    documents.analysed_document = timed(documents.analysed_document, "steps")
    documents.embed_units = timed(documents.embed_units, "embedding")
    pipeline.relink = timed(pipeline.relink, "relink")
    units.headlines_parsed = timed(units.headlines_parsed, "headline parse", PARTS)
    link_judge.mention_reads = timed(link_judge.mention_reads, "judge reads", PARTS)
    units.stored_words = timed(units.stored_words, "judge words", PARTS)
    units.unit_events = timed(units.unit_events, "unit events", PARTS)
    with tempfile.TemporaryDirectory() as folder:
        corpus = Corpus(Path(folder) / "stages.corpus")
        fill(corpus, texts)
        started = time.process_time()
        pipeline.analyse(corpus)
        total = time.process_time() - started
        corpus.close()
    started = time.process_time()
    for _ in english().pipe(texts, batch_size=16):
        pass
    bare = time.process_time() - started
    parts = " ".join(f"{stage} {seconds:.2f}" for stage, seconds in SPENT.items())
    inside = ", ".join(f"{stage} {seconds:.2f}" for stage, seconds in PARTS.items())
    print(f"{len(texts)} articles: ours {total:.2f} s CPU ({parts}, rest {total - sum(SPENT.values()):.2f}; of which "
          f"{inside}), bare spaCy {bare:.2f} s, ratio {bare / total:.3f}")


if __name__ == "__main__":
    main()
