"""Documents written wholly in Russian against English coverage: what links, and how often wrongly.

    python bench/foreign_documents.py REPORTS.jsonl UNRELATED_DIR [UNRELATED_DIR ...]

REPORTS.jsonl holds Russian or Ukrainian news reports (``text``, ``title``, ``published``, ``url``) of
events the bundled sample's English articles cover; UNRELATED_DIR folders hold English ``.txt``
articles of other events (ECB+, the GVA crawl). Neither is committed. The sample, the reports and the
unrelated articles are imported into one scratch corpus and analysed as the app does; it prints each
link a report's sentence makes (to be judged by hand) and how many of them reach an unrelated article.
It then compares every report with every unrelated article, with no candidate search at all, so the
false-link rate measures the model and its threshold, not only how rarely the search pairs them.
"""
from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main(argv: list[str]) -> None:
    from viewer.analysis import store
    from viewer.analysis.claims.crosslingual import with_renderings
    from viewer.analysis.pipeline import DocumentTexts, analyse
    from viewer.corpus.importing import import_paths
    from viewer.corpus.store import Corpus
    from viewer.sample import ensure_sample_corpus

    reports, folders = Path(argv[0]), [Path(a) for a in argv[1:]]
    with tempfile.TemporaryDirectory() as scratch:
        path = ensure_sample_corpus(Path(scratch) / "bench.corpus")
        corpus = Corpus(path)
        english = sorted(corpus.document_ids())
        import_paths(corpus, [reports])
        foreign_docs = sorted(set(corpus.document_ids()) - set(english))
        import_paths(corpus, [p for folder in folders for p in sorted(folder.glob("*.txt"))])
        unrelated = sorted(set(corpus.document_ids()) - set(english) - set(foreign_docs))
        started = time.perf_counter()
        analyse(corpus)
        print(f"{len(foreign_docs)} reports, {len(english)} sample articles, {len(unrelated)} unrelated; "
              f"analysed in {time.perf_counter() - started:.0f} s")
        claims = store.claims(corpus)
        _links(claims, foreign_docs, unrelated, "with candidate search")

        units = list(store.claim_units(corpus))
        foreign = store.foreign_units(corpus)
        texts = DocumentTexts(corpus)
        print(f"{sum(u.document in foreign_docs for u in foreign)} foreign sentences in the reports")
        everything = {d: set(unrelated) for d in foreign_docs}
        alone = [u for u in units if u.document in unrelated]
        compared = with_renderings([], alone, [u for u in foreign if u.document in foreign_docs], store.attributed_spans(corpus),
                                   texts, neighbours=everything)
        _links(compared, foreign_docs, unrelated, "every report against every unrelated article")
        passages = sum(len(v) for d, v in store.attributed_spans(corpus).items() if d in unrelated) + len(alone)
        print(f"  ({passages} English passages of the unrelated articles, each against every report's sentences"
              f" and runs of up to three)")
        corpus.close()


def _links(claims, foreign_docs: list[int], unrelated: list[int], how: str) -> None:
    made = wrong = 0
    for claim in claims:
        mine = [m for m in claim.mentions if m.document in foreign_docs]
        theirs = [m for m in claim.mentions if m.document not in foreign_docs]
        if not mine or not theirs:
            continue
        print(f"  [{claim.label[:70]}]")
        for m in mine:
            made += 1
            stray = any(t.document in unrelated for t in theirs)
            wrong += stray
            print(f"    d{m.document}{' UNRELATED' if stray else ''}: {' '.join(m.text.split())[:100]}")
    print(f"{how}: {made} report sentences linked, {wrong} of them to unrelated articles")


if __name__ == "__main__":
    main(sys.argv[1:])
