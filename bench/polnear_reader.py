"""PolNeAR train scored on the attribution reader alone: each article's boilerplate marked as an import marks it, its
attributions read (`statements.find_attributions`), and the speakers named as the reader names them, with no corpus,
no claims and no resolution of speakers across articles.

    python bench/polnear_reader.py PREPARED [--part fit|check|all] [--keep EXPORT.json]

PREPARED is what ``../shared/eval/polnear.py prepare`` writes (train split only). Prints the scorer's content,
content+source and cue figures. A fraction of what `bench/quality_attribution.py` takes (no import, embedding or
linking), so a change to the reader can be measured on the whole train split, before and after; its figures are
not the pipeline's (a speaker's aliases across articles are not there), so compare a run only with another of this
script. ``--keep`` writes the export, for reading what changed between two runs.

Run in session 69 (sources69) on the whole train split and the check part, main and the branch; in session 79
(unnamed79) with ``--cache`` (about 400 MB for the 840 articles; the parse is the pipeline's, so a cache is only good
while the parse and the boilerplate rules are unchanged).
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import pickle
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from training.polnear_parts import part_of, write_part  # noqa: E402
from viewer.analysis.attribution.statements import find_attributions  # noqa: E402
from viewer.analysis.segment import parse  # noqa: E402
from viewer.corpus.boilerplate import find_boilerplate  # noqa: E402

SCORER = ROOT.parent / "shared" / "eval" / "polnear.py"


def export(paths: list[Path], parsed: dict | None = None) -> dict:
    """The interchange export polnear.py scores: each article, its attributions, one speaker per name. ``parsed``
    holds articles parsed before, by file name (``--cache``)."""
    documents, attributions, speakers = [], [], {}
    for number, path in enumerate(paths):
        text = path.read_text(encoding="utf-8")
        documents.append({"id": number, "text": text, "source_path": path.name})
        article = (parsed or {}).get(path.name) or parse(number, text, [span for span, _kind in find_boilerplate(text)])
        article.doc.user_data.clear()  # caches of an earlier reading, kept in the pickle
        for a in find_attributions(article):
            speaker = speakers.setdefault(a.speaker_name, len(speakers)) if a.speaker_name else None
            attributions.append({"document": number, "content": _span(text, a.content), "speaker": speaker,
                                 "speaker_text": _span(text, a.speaker), "cue": _span(text, a.cue)})
    return {"documents": documents, "attributions": attributions,
            "speakers": [{"id": number, "name": name} for name, number in speakers.items()]}


def _parsed(paths: list[Path], cache: Path | None) -> dict | None:
    """The cached parses by file name; a cache that does not exist yet is written with every article's parse."""
    if cache is None:
        return None
    if cache.exists():
        return pickle.loads(cache.read_bytes())
    parsed = {}
    for number, path in enumerate(paths):
        text = path.read_text(encoding="utf-8")
        parsed[path.name] = parse(number, text, [span for span, _kind in find_boilerplate(text)])
    cache.write_bytes(pickle.dumps(parsed))
    return parsed


def _span(text: str, span) -> dict | None:
    return None if span is None else {"start": span.start, "end": span.end, "text": text[span.start:span.end]}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("prepared", type=Path)
    parser.add_argument("--part", choices=("fit", "check", "all"), default="check")
    parser.add_argument("--keep", type=Path)
    parser.add_argument("--cache", type=Path, help="the parses of every article, pickled here by a first run and read "
                        "by later ones: a change to the reader alone is measured again without parsing")
    ns = parser.parse_args(argv)
    paths = [p for p in sorted((ns.prepared / "docs").glob("*.txt")) if ns.part in ("all", part_of(p.name))]
    data = export(paths, _parsed(paths, ns.cache))
    if ns.keep:
        ns.keep.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    spec = importlib.util.spec_from_file_location("polnear_scorer", SCORER)
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    with tempfile.TemporaryDirectory() as tmp:
        folder = ns.prepared if ns.part == "all" else write_part(ns.prepared, ns.part, Path(tmp) / ns.part)
        result = scorer.score(str(folder), None, data=data, quiet=True)
    print(f"PolNeAR train, {ns.part} ({len(paths)} articles, {result['gold']['attributions']} gold): "
          + "; ".join(f"{key} {_prf(result[key])}" for key in ("content", "content_source"))
          + f"; cue F1 {result['cue_only']['f1']:.3f}")


def _prf(figures: dict) -> str:
    return f"P {figures['p']:.3f} R {figures['r']:.3f} F1 {figures['f1']:.3f}"


if __name__ == "__main__":
    sys.exit(main())
