"""What reading a pronoun patient as the person it stands for (`referents.pronoun_person`: "He is charged with
murder" as the "Ronald Smith" named before it) changes in `patients.patients_apart`: the judged dev links it newly
parts, by verdict and class, and the crawl's sentences whose pronoun it resolves.

    python bench/pronoun_patients.py DATA --base EXPORTS [--judged TSV ...] [--show]
    python bench/pronoun_patients.py DATA --gva CORPUS [--incidents N] [--show]

Judged links: those the exports in ``--base`` make (`background_acts.judged_spans`, documents parsed whole), each side
read as the span's tokens with its `acts.main_verbs`. ``--gva``: the first report of each of the crawl's first N
incidents with two reports, parsed whole; each sentence whose main act is done to a pronoun, with the name it is read
as, to be read by hand. Session 67 ran the first on main's exports /work/data/final67/base (W 1, R 0, P 0 newly parted)
and the second with ``--incidents 200`` (31 sentences, 28 read right; docs/linking.md "Whom he or she stands for").
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import gva  # noqa: E402
from background_acts import judged_or_crawl, judged_spans  # noqa: E402

from viewer.analysis.claims.acts import main_verbs  # noqa: E402
from viewer.analysis.claims.patients import named_patients, patients_apart  # noqa: E402
from viewer.analysis.nlp import english  # noqa: E402


def judged_counts(data: Path, files: list[Path], base: Path | None, show: bool) -> list[str]:
    """R/P/W (with the W class) of the made judged links newly parted, and of those whose patients a pronoun names
    (``show``: these listed, the parted marked)."""
    counts, shown = Counter(), []
    for row, spans in judged_spans(data, files, base):
        verbs = [main_verbs(s) for s in spans]
        old = [named_patients(s, v, pronouns=False) for s, v in zip(spans, verbs)]
        new = [named_patients(s, v) for s, v in zip(spans, verbs)]
        label = f"{row['verdict']} {row.get('class') or ''}".strip()
        parted = patients_apart(*new) and not patients_apart(*old)
        counts[("pronoun read", label)] += old != new
        counts[("newly parted", label)] += parted
        if show and old != new:
            shown.append(f"{'PARTED ' if parted else ''}{label} [{row['set']}] {new}\n  A: {spans[0].text}"
                         f"\n  B: {spans[1].text}")
    return shown + [f"{kind}: {label} {n}" for (kind, label), n in sorted(counts.items()) if n]


def gva_sentences(corpus: Path, incidents: int) -> list[str]:
    """Each sentence of a first report whose main act is done to a pronoun read as a named person, with that name."""
    nlp, out = english(), []
    for k, items in enumerate(gva.incidents_with_two(corpus, incidents)):
        _n, item = items[0]
        doc = nlp(f"{item['title']}\n\n{item['text'][:6000]}")
        for sentence in doc.sents:
            verbs = main_verbs(sentence)
            new, old = named_patients(sentence, verbs), named_patients(sentence, verbs, pronouns=False)
            if new != old:
                out.append(f"{k} {new}\n  {sentence.text.strip()[:200]!r}\n  before: {_before(doc, sentence)!r}")
    return out + [f"sentences read: {len(out)}"]


def _before(doc, sentence) -> str:
    """The two sentences before ``sentence``, to read whom its pronoun stands for."""
    earlier = [s for s in doc.sents if s.end <= sentence.start][-2:]
    return " ".join(s.text.strip() for s in earlier)[-300:]


def main(argv: list[str] | None = None) -> None:
    judged_or_crawl(__doc__, judged_counts, lambda corpus, incidents, _show: gva_sentences(corpus, incidents), argv,
                    limit=("incidents", 914))


if __name__ == "__main__":
    main()
