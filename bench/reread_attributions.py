"""The discrepancy lines that change when this checkout's attribution reader reads kept corpora again, each beside
its hand verdict, and how many statements got another speaker.

An attribution fix changes what the discrepancy stage reads (who said each sentence), not the claims: it is measured
by running this checkout's stage on a copy of each kept corpus (`bench/keep_corpora.py`) twice, first on its stored
attributions, then after reading every document's attributions again and resolving the speakers anew, as an analysis
does. Lines gone (``-``) and added (``+``) are printed as `bench/rerun_lines.py` prints them; the kept corpus itself is
never written.

    python bench/reread_attributions.py STEM[,STEM...] --judged FILE [--judged FILE ...] [--tsv OUT]

Run in session 69 (sources69) on the 35 line-judged sets' kept corpora of session 68 (/work/data/lines68/kept).
"""
from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from discrepancy_signs import report, staged  # noqa: E402
from rerun_lines import FIELDS, differences, keyed, summary  # noqa: E402

from viewer.analysis import store  # noqa: E402
from viewer.analysis.attribution.statements import find_attributions  # noqa: E402
from viewer.analysis.claims.features import ClaimUnit  # noqa: E402
from viewer.analysis.corrections import overlay  # noqa: E402
from viewer.analysis.documents import DocumentAnalysis  # noqa: E402
from viewer.analysis.pipeline import ANALYSER_VERSION, _resolve_speakers  # noqa: E402
from viewer.analysis.segment import parse  # noqa: E402
from viewer.corpus.store import Corpus  # noqa: E402


def changed(stem: str, judged: dict[tuple, tuple[str, str]]) -> list[dict[str, object]]:
    """The lines of one kept corpus the stage writes after the attributions are read again and not before (+), or the
    reverse (-)."""
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "set.corpus"
        shutil.copyfile(stem + ".corpus", copy)
        with Corpus(copy) as corpus:
            files = {d: corpus.document(d, with_text=False).file_name for d in corpus.document_ids()}
            before = keyed((d for c in staged(corpus)[1] for d in c.discrepancies), files)
            sources = store.attribution_sources(corpus)
            read_again(corpus)
            after_sources = store.attribution_sources(corpus)
            after = keyed((d for c in staged(corpus)[1] for d in c.discrepancies), files)
    renamed = [(files[d], span, dict(sources.get(d, [])).get(span), name)
               for d in files for span, name in set(after_sources.get(d, [])) - set(sources.get(d, []))]
    print(f"{Path(stem).name}: {len(renamed)} statements with another speaker or none before", file=sys.stderr)
    for file, span, was, now in sorted(renamed):
        print(f"  {file}:{span.start} {was!r} -> {now!r}", file=sys.stderr)
    return differences(before, after, judged, Path(stem).name)


def read_again(corpus: Corpus) -> None:
    """Every document's attributions read again by this checkout, its stored claim units written back as they were
    (with their vectors), and the speakers resolved anew."""
    units, foreign = _by_document(store.claim_units(corpus)), _by_document(store.foreign_units(corpus))
    results = [DocumentAnalysis(document, find_attributions(parse(document, corpus.document(document).text,
                                                                  corpus.boilerplate(document))),
                                units.get(document, []), foreign.get(document, []))
               for document in corpus.document_ids()]
    store.write_documents(corpus, results, ANALYSER_VERSION)
    with corpus.transaction():
        _resolve_speakers(corpus, overlay(store.corrections(corpus)))


def _by_document(units: list[ClaimUnit]) -> dict[int, list[ClaimUnit]]:
    out: dict[int, list[ClaimUnit]] = {}
    for unit in units:
        out.setdefault(unit.document, []).append(unit)
    return out


def main() -> None:
    report(__doc__, changed, FIELDS, summary)


if __name__ == "__main__":
    main()
