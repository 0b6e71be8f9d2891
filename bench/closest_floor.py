"""Where to set the floor of the closest-passage hint (`viewer/analysis/closest_passages.py`).

    python bench/closest_floor.py DATA [--sets heldout,gva,basil] [--work FOLDER]

For each hand-annotated claim of the sample gold and of each set's gold (``DATA/gold/NAME_gold.json``,
articles in ``DATA/sets/NAME``), as the window would meet it after a missed link:

- carries: a document the gold says carries the claim, searched with the vectors of the claim's
  gold mentions in the *other* documents. Its best cosine, and whether the best (or one of the best
  three) unit is one of the gold mentions there: a hint that points at the right passage.
- other event: a document of another event (events.json), searched with all the claim's mentions.
  Nothing there is the claim: any hint is noise.
- same event, gold silent: a document of the claim's event the gold does not put in the claim.

It prints the share of each above candidate floors. DATA is never committed; nothing it holds
becomes a test's expected value.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from viewer.analysis import store  # noqa: E402
from viewer.analysis.closest_passages import best_similarity  # noqa: E402

SAMPLE_GOLD = ROOT.parent / "shared" / "eval" / "dev_gold.json"
FLOORS = [0.35, 0.40, 0.45, 0.50, 0.55, 0.60, 0.65, 0.70, 0.75, 0.80]


def analysed(paths: list[Path], target: Path):
    """A corpus of these files, analysed; kept at ``target`` so a second run reads it again."""
    from viewer.analysis.pipeline import analyse
    from viewer.corpus.importing import import_paths
    from viewer.corpus.store import Corpus

    fresh = not target.exists()
    corpus = Corpus(target)
    if fresh:
        import_paths(corpus, paths)
        analyse(corpus)
    return corpus


def measure(corpus, gold: dict, events: dict[str, str]) -> dict[str, list]:
    """The three distributions for one analysed corpus and its gold."""
    by_file = {Path(corpus.document(d, with_text=False).source_path).name: d for d in corpus.document_ids()}
    doc_of = {name: by_file[file] for name, file in gold["documents"].items() if file in by_file}
    event_of = {by_file[f]: e for f, e in events.items() if f in by_file}
    vectors = store.unit_vectors(corpus, list(by_file.values()))
    texts = {d: corpus.document(d).text for d in by_file.values()}
    out: dict[str, list] = {"carries": [], "other event": [], "same event, gold silent": []}
    missing = 0
    for mentions in gold["claims"].values():
        spans: dict[int, list[tuple[int, int]]] = {}
        for name, wording in mentions:
            d = doc_of.get(name)
            at = texts[d].find(wording) if d else -1
            if at < 0:
                missing += 1
                continue
            spans.setdefault(d, []).append((at, at + len(wording)))
        if len(spans) < 2:
            continue
        for target in vectors:
            others = {d: s for d, s in spans.items() if d != target}
            claim = _covered(vectors, others)
            units = [(span, v) for span, v in vectors[target] if v is not None]
            if not len(claim) or not units:
                continue
            similarity = best_similarity(claim, np.stack([v for _, v in units]))
            order = np.argsort(-similarity, kind="stable")
            best = float(similarity[order[0]])
            if target in spans:
                right = [any(units[i][0].start < e and s < units[i][0].end for s, e in spans[target]) for i in order[:3]]
                out["carries"].append((best, right[0], any(right)))
            elif event_of and event_of.get(target) != event_of.get(next(iter(spans))):
                out["other event"].append((best, False, False))
            else:
                out["same event, gold silent"].append((best, False, False))
    if missing:
        print(f"  ({missing} gold mentions not found verbatim in their article, left out)")
    return out


def _covered(vectors, spans: dict[int, list[tuple[int, int]]]) -> np.ndarray:
    found = [v for d, ranges in spans.items() for span, v in vectors[d]
             if v is not None and any(span.start < e and s < span.end for s, e in ranges)]
    return np.stack(found) if found else np.zeros((0, 0))


def report(name: str, found: dict[str, list]) -> None:
    print(f"\n{name}: " + ", ".join(f"{k} {len(v)}" for k, v in found.items()))
    for kind, rows in found.items():
        if rows:
            best = np.array([r[0] for r in rows])
            q = np.percentile(best, [5, 25, 50, 75, 95])
            print(f"  {kind:26s} best cosine p5/25/50/75/95: " + " / ".join(f"{x:.2f}" for x in q))
    print("  floor | carries ≥ floor | …best unit right | …right in top 3 | other event ≥ floor | same event, silent ≥ floor")
    for floor in FLOORS:
        cells = []
        for kind in found:
            rows = found[kind]
            above = [r for r in rows if r[0] >= floor]
            share = f"{len(above) / len(rows):.2f}" if rows else "–"
            cells.append(share)
            if kind == "carries":
                cells.append(f"{sum(r[1] for r in above) / len(rows):.2f}" if rows else "–")
                cells.append(f"{sum(r[2] for r in above) / len(rows):.2f}" if rows else "–")
        print(f"  {floor:.2f}  | " + " | ".join(cells))


def main(argv: list[str] | None = None) -> None:
    from viewer.resources import sample_articles

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--sets", default="heldout,gva,basil")
    parser.add_argument("--work", type=Path, help="folder to keep the analysed corpora in (default: temporary)")
    ns = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        work = ns.work or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        everything: dict[str, list] = {}
        corpus = analysed(sorted(sample_articles().iterdir()), work / "sample.corpus")
        found = measure(corpus, json.loads(SAMPLE_GOLD.read_text(encoding="utf-8")), {})
        report("sample", found)
        for name in [s for s in ns.sets.split(",") if s]:
            folder = ns.data / "sets" / name
            events = json.loads((folder / "events.json").read_text(encoding="utf-8"))
            gold = json.loads((ns.data / "gold" / f"{name}_gold.json").read_text(encoding="utf-8"))
            corpus = analysed(sorted((folder / "docs").iterdir()), work / f"{name}.corpus")
            found = measure(corpus, gold, {f: e["event"] for f, e in events["documents"].items()})
            report(name, found)
            for kind, rows in found.items():
                everything.setdefault(kind, []).extend(rows)
        report("held-out sets together", everything)


if __name__ == "__main__":
    main()
