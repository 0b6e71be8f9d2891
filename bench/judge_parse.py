"""Where the link judge's parse of the linked mentions spends its CPU (issue 11's speed target).

    python bench/judge_parse.py FOLDER

Analyses FOLDER's .txt reports as `bench_analysis.py --folder` does, keeps the mentions the judge parses alone
(`link_judge.mention_reads`), and prints on them: the CPU seconds of each component of the pipeline, the whole
pipeline's beside the judge's alone-parse (`aligned_claims.parsed_alone`), and the content words (`alignment.content_words`)
only the entity recogniser would call a name or figure, by label and tag. Run in session 67 (speed67) on gvaJ: 338
mentions, recogniser 0.45 of 0.92 s; whole 0.85 s, alone 0.42 s; 140 of 2,822 content words named by it alone (59 "old"
of ages, 46 times of day, 13 ordinals); tags, arcs and lemmas the same.
"""
from __future__ import annotations

import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from aligned_claims import parsed_alone  # noqa: E402
from bench_analysis import fill, real_articles  # noqa: E402

from viewer.analysis.claims import alignment, link_judge  # noqa: E402
from viewer.analysis.nlp import english  # noqa: E402
from viewer.analysis.pipeline import analyse  # noqa: E402
from viewer.corpus.store import Corpus  # noqa: E402


def judged_mentions(texts: list[str]) -> list[str]:
    """The distinct mentions the judge parses while the reports are analysed."""
    seen: list[str] = []
    reads = link_judge.mention_reads

    def kept(mentions, units, known=None):
        seen.extend(dict.fromkeys(mentions.values()))
        return reads(mentions, units, known)

    link_judge.mention_reads = kept
    try:
        with tempfile.TemporaryDirectory() as folder:
            corpus = Corpus(Path(folder) / "bench.corpus")
            fill(corpus, texts)
            analyse(corpus)
            corpus.close()
    finally:
        link_judge.mention_reads = reads
    return list(dict.fromkeys(seen))


def component_seconds(mentions: list[str]) -> list[tuple[str, float]]:
    """Each component's CPU seconds over the mentions, the tokenizer first."""
    nlp = english()
    started = time.process_time()
    docs = [nlp.make_doc(t) for t in mentions]
    out = [("tokenizer", time.process_time() - started)]
    for name, component in nlp.pipeline:
        started = time.process_time()
        docs = list(component.pipe(docs, batch_size=64)) if hasattr(component, "pipe") else [component(d) for d in docs]
        out.append((name, time.process_time() - started))
    return out


def cpu(parses) -> float:
    started = time.process_time()
    for _doc in parses:
        pass
    return time.process_time() - started


def named_by_entities_alone(mentions: list[str]) -> tuple[int, Counter]:
    """The content words, and those the recogniser alone names (an entity label on a word not tagged a name or
    number), by label, tag and lemma."""
    words, found = 0, Counter()
    for doc in english().pipe(mentions, batch_size=64):
        content = alignment.content_words(doc)
        words += len(content)
        found.update((t.ent_type_, t.pos_, t.lemma_.lower()) for t in content if t.ent_type_ and t.pos_ not in alignment.NAMED)
    return words, found


def report(mentions: list[str]) -> list[str]:
    lines = [f"{len(mentions)} mentions"]
    lines += [f"{name:>16} {seconds:6.3f} s" for name, seconds in component_seconds(mentions)]
    lines.append(f"whole pipeline {cpu(english().pipe(mentions, batch_size=64)):.3f} s, "
                 f"alone-parse {cpu(parsed_alone(mentions)):.3f} s")
    words, found = named_by_entities_alone(mentions)
    lines.append(f"content words {words}, named by the recogniser alone {sum(found.values())}")
    lines.append("  " + ", ".join(f"{label}/{tag}/{word} {n}" for (label, tag, word), n in found.most_common(15)))
    return lines


def main() -> None:
    english()
    for line in report(judged_mentions(real_articles(Path(sys.argv[1])))):
        print(line)


if __name__ == "__main__":
    main()
