"""Whom two versions of `referents.pronoun_person` read the crawl's he/she/him/her as: the counts each resolves, by
the pronoun's role (a subject that acts or speaks, or one an act is done to), and every pronoun they read apart, to be
read by hand.

    python bench/pronoun_readings.py CORPUS --against OLD_REFERENTS_PY [--incidents N]

CORPUS is the GVA crawl; the first report of each of its first N incidents with two reports is parsed whole, and each
he/she that is a verb's subject, or him/her its object, outside a quotation is read by this tree's reader and by the
module file ``--against`` (main's `viewer/analysis/claims/referents.py`). Session 68 ran it with ``--incidents 300``
against main be01fc0e (docs/linking.md "Whom he or she stands for, by the sentence's subject").
"""
from __future__ import annotations

import argparse
import importlib.util
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import gva  # noqa: E402

from viewer.analysis.claims.referents import pronoun_person  # noqa: E402
from viewer.analysis.nlp import english  # noqa: E402

_ROLES = {"nsubj": "acts or speaks", "nsubjpass": "done to", "dobj": "done to"}


def readings(corpus: Path, incidents: int, old_reader) -> list[str]:
    """Each pronoun the two readers read apart, with the two sentences before it, then the counts."""
    nlp, counts, out = english(), Counter(), []
    for k, items in enumerate(gva.incidents_with_two(corpus, incidents)):
        item = items[0][1]
        doc = nlp(f"{item['title']}\n\n{item['text'][:6000]}")
        for token in doc:
            if token.lower_ not in ("he", "she", "him", "her") or token.dep_ not in _ROLES:
                continue
            old, new = _words(old_reader(token)), _words(pronoun_person(token))
            role = _ROLES[token.dep_]
            counts[(role, "read by the old reader")] += old is not None
            counts[(role, "read by this one")] += new is not None
            if old != new:
                counts[(role, "read apart")] += 1
                before = " ".join(s.text.strip() for s in doc.sents if s.end <= token.sent.start)[-260:]
                out.append(f"{k} {role} {token.text}: old {old!r}, new {new!r}\n  {token.sent.text.strip()[:220]!r}"
                           f"\n  before: {before!r}")
    return out + [f"{role}, {what}: {n}" for (role, what), n in sorted(counts.items())]


def _words(tokens) -> str | None:
    return " ".join(t.text for t in tokens) if tokens else None


def _reader(path: Path):
    """`pronoun_person` of the module file at ``path``."""
    spec = importlib.util.spec_from_file_location("old_referents", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.pronoun_person


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--against", type=Path, required=True)
    parser.add_argument("--incidents", type=int, default=300)
    args = parser.parse_args(argv)
    print("\n".join(readings(args.corpus, args.incidents, _reader(args.against))))


if __name__ == "__main__":
    main()
