"""How many claim units' wordings repeat within one analysis, and how many reach the encoder.

News reports repeat wire copy, headlines, captions and boilerplate word for word; a unit's vector depends on its
wording alone, so a repeat need not be encoded again. `units.embed_units` already encodes each distinct wording of a
partition once and `units.KnownWordings` each one once in the run; this counts what that leaves to save: the units,
their distinct wordings (split into repeats inside one document and across documents), the wordings the encoder is
asked for, and the word pieces (tokens) each of those carries, on generated text and on any set's documents.

The units are those the pipeline finds (`segment.parse_many` then `units.found_units`, as `documents.analysed_document`
does; texts as `bench_analysis` stores them, no boilerplate marked), counted without running the model.

Usage: wording_repeats.py [N] (N generated articles, default 100) or wording_repeats.py --folder DIR [DIR ...].
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from articles import article  # noqa: E402
from bench_analysis import real_articles  # noqa: E402

from viewer.analysis.claims.encoder import shared_encoder  # noqa: E402
from viewer.analysis.claims.units import KNOWN_WORDINGS, found_units  # noqa: E402
from viewer.analysis.segment import Unparsed, parse_many  # noqa: E402


def wordings(texts: list[str]) -> list[tuple[int, str]]:
    """(document, wording) of every claim unit of ``texts``, in reading order."""
    documents = [Unparsed(k, text, []) for k, text in enumerate(texts)]
    out = []
    for parsed in parse_many(documents, batch_size=16):
        out.extend((parsed.id, parsed.text[u.span.start:u.span.end]) for u in found_units(parsed))
    return out


def repeats(found: list[tuple[int, str]]) -> tuple[dict[str, int], int, int]:
    """Each distinct wording with the document it is first met in, and how many units repeat a wording met before
    in their own document and in another one."""
    seen: dict[str, int] = {}
    inside = across = 0
    for document, wording in found:
        if wording not in seen:
            seen[wording] = document
        elif seen[wording] == document:
            inside += 1
        else:
            across += 1
    return seen, inside, across


def counts(name: str, texts: list[str]) -> str:
    """One line: units, distinct wordings, repeats (in one document / across documents), tokens sent and repeated."""
    found = wordings(texts)
    seen, inside, across = repeats(found)
    met = Counter(w for _, w in found)
    tokens = token_counts(met)
    sent, repeated = sum(tokens[w] for w in seen), sum(tokens[w] * (n - 1) for w, n in met.items())
    return (f"{name:>12} {len(texts):>5} {len(found):>6} {len(seen):>8} {inside:>7} {across:>7} "
            f"{(inside + across) / max(len(found), 1):>6.3f} {sent:>8} {repeated:>8}")


def token_counts(wordings: Counter[str]) -> dict[str, int]:
    """Each wording's word pieces, as the encoder's tokenizer cuts them."""
    texts = list(wordings)
    return {w: len(e.ids) for w, e in zip(texts, shared_encoder()._tokenizer.encode_batch(texts))}


def main() -> None:
    if sys.argv[1:2] == ["--folder"]:
        sets = [(Path(folder).parent.name if Path(folder).name == "docs" else Path(folder).name, real_articles(Path(folder)))
                for folder in sys.argv[2:]]
    else:
        size = int(sys.argv[1]) if sys.argv[1:] else 100
        sets = [(f"generated{size}", [article(i) for i in range(size)])]
    print(f"(a run encodes each distinct wording once while it has met fewer than {KNOWN_WORDINGS})")
    print(f"{'set':>12} {'docs':>5} {'units':>6} {'distinct':>8} {'in doc':>7} {'across':>7} {'share':>6} "
          f"{'tokens':>8} {'repeats':>8}")
    total = Counter()
    for name, texts in sets:
        line = counts(name, texts)
        print(line, flush=True)
        for key, value in zip(("docs", "units", "distinct", "inside", "across"), line.split()[1:6]):
            total[key] += int(value)
    if len(sets) > 1:
        print(f"{'all':>12} {total['docs']:>5} {total['units']:>6} {total['distinct']:>8} {total['inside']:>7} "
              f"{total['across']:>7} {(total['inside'] + total['across']) / max(total['units'], 1):>6.3f}")


if __name__ == "__main__":
    main()
