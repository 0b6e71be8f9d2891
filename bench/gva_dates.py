"""How often a plain-text article's own words date it, and how often rightly: scored on the GVA crawl.

The LongTailQATask crawl (see `gva.py`) kept each article's publication date as its crawler read
it from the page's metadata and two date services (an article whose sources disagreed was kept
undated there). Nobody here wrote those dates. Each article is written as the import would see a
pasted one (`gva.py`'s form: title, blank line, text, no header), read by the import's own path
(`importing._prepare`, then `dating.resolve` with the usual year of the article's incident folder),
and scored: the share of articles given a date, and of those the share within a day of the crawl's.

    python bench/gva_dates.py prepare CORPUS_DIR OUT      # OUT/{develop,check}/docs/*.txt + truth.json
    python bench/gva_dates.py score OUT/develop [--show wrong|undated|right] [--limit 40]

The incidents are split in two by a hash of their number before anything is read: tune on
``develop`` only, and score ``check`` once, at the end.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from gva import read_item  # noqa: E402

if TYPE_CHECKING:
    from viewer.corpus.dating import CorpusDates, Evidence

MIN_WORDS = 50
IMPORTED_AT = "2026-12-01T12:00:00+00:00"  # after every crawled article; what a researcher's import would be


def half(incident: str) -> str:
    """``develop`` or ``check``, from a hash of the incident's number alone."""
    return "develop" if hashlib.sha256(f"gva-dates:{incident}".encode()).digest()[0] % 2 == 0 else "check"


def prepare(corpus_dir: Path, out: Path) -> None:
    truth: dict[str, dict[str, dict]] = {"develop": {}, "check": {}}
    for folder in sorted(p for p in corpus_dir.iterdir() if p.is_dir()):
        part = half(folder.name)
        seen = set()
        for path in sorted(folder.glob("*.json")):
            item = read_item(path)
            if item is None or not item["date"] or not item["title"] or len(item["text"].split()) < MIN_WORDS:
                continue
            key = " ".join(item["text"].split()[:60])
            if key in seen:
                continue
            seen.add(key)
            name = f"{folder.name}_{path.stem[:8]}.txt"
            docs = out / part / "docs"
            docs.mkdir(parents=True, exist_ok=True)
            (docs / name).write_text(f"{item['title']}\n\n{item['text']}\n", encoding="utf-8")
            truth[part][name] = {"incident": folder.name, "date": item["date"][:10], "uri": item["uri"]}
    for part, documents in truth.items():
        (out / part / "truth.json").write_text(json.dumps(documents, indent=1), encoding="utf-8")
        print(f"{part}: {len(documents)} articles, {len({d['incident'] for d in documents.values()})} incidents")


def read_dates(folder: Path) -> dict[str, tuple]:
    """Each article's dating as the import gives it: (Dating, evidence)."""
    from viewer.corpus.dating import resolve
    from viewer.corpus.formats import Extracted
    from viewer.corpus.importing import _prepare

    truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
    gathered = {}
    for name in truth:
        path = folder / "docs" / name
        gathered[name] = _prepare(Extracted(path.read_text(encoding="utf-8")), path, "text", "").evidence
    by_incident = defaultdict(list)
    for name, info in truth.items():
        by_incident[info["incident"]].append(name)
    out = {}
    for names in by_incident.values():  # one folder per incident, imported as one corpus
        span = _corpus_dates([gathered[n] for n in names])
        for name in names:
            out[name] = (resolve(gathered[name], IMPORTED_AT, None, span), gathered[name])
    return out


def _corpus_dates(evidence: list[list[Evidence]]) -> CorpusDates | None:
    """The span of the days the incident's articles state as their date, as the import reads it for a corpus
    (`publication.corpus_dates`): what places a date its article gives without a year."""
    from viewer.corpus import dating
    from viewer.corpus.dates import parse_date

    stated = [next(e.value for e in found if e.field == "published" and e.value[:4].isdigit())
              for found in evidence if dating.stated_year(found) is not None]
    days = sorted(day for value in stated if (day := parse_date(value)) is not None)
    return dating.CorpusDates(days[0], days[-1], len(days)) if days else None


def score(folder: Path, show: str | None, limit: int) -> None:
    truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
    dated = read_dates(folder)
    counts = Counter()
    by_kind = defaultdict(Counter)
    shown = 0
    for name, info in sorted(truth.items()):
        dating, evidence = dated[name]
        counts["all"] += 1
        if dating.published is None:
            outcome = "undated"
        else:
            counts["dated"] += 1
            gap = abs((date.fromisoformat(dating.published) - date.fromisoformat(info["date"])).days)
            outcome = "right" if gap <= 1 else "wrong"
            counts[("estimated " if dating.estimated else "") + outcome] += 1
            kind = dating.explanation.split(":")[0] + (" (estimated)" if dating.estimated else "")
            by_kind[kind][outcome] += 1
        if show == outcome and shown < limit:
            shown += 1
            print(f"--- {name} crawl {info['date']} read {dating.published} ({dating.explanation})")
            if outcome != "undated":
                continue
            text = (folder / "docs" / name).read_text(encoding="utf-8")
            lines = [l for l in text.splitlines() if l.strip()]
            for line in lines[:5] + ["…"] + lines[-4:]:
                print("   ", line[:160])
    n = counts["all"]
    stated = counts["right"] + counts["wrong"]
    estimated = counts["estimated right"] + counts["estimated wrong"]
    print(f"{folder}: {n} articles; dated from what the text states {stated} ({stated / n:.3f}), "
          f"within a day {counts['right']} ({counts['right'] / stated if stated else 0:.3f} of them); "
          f"estimated {estimated} ({estimated / n:.3f}), within a day {counts['estimated right']} "
          f"({counts['estimated right'] / estimated if estimated else 0:.3f} of them)")
    for kind, c in sorted(by_kind.items(), key=lambda kv: -sum(kv[1].values())):
        total = sum(c.values())
        print(f"  {kind:40s} {total:5d}  right {c['right'] / total:.3f}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("prepare")
    p.add_argument("corpus_dir", type=Path)
    p.add_argument("out", type=Path)
    s = sub.add_parser("score")
    s.add_argument("folder", type=Path)
    s.add_argument("--show", choices=("wrong", "undated", "right"))
    s.add_argument("--limit", type=int, default=40)
    ns = parser.parse_args()
    if ns.command == "prepare":
        prepare(ns.corpus_dir, ns.out)
    else:
        score(ns.folder, ns.show, ns.limit)
