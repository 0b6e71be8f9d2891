"""The sample gold (`quality.sample_links`, /work/shared/eval/score.py) with the link judge's units taken out: the
shipping test's last check of a bar of `link_judge.py`, and of the judge shipped as the linker's last stage.

    python bench/judged_sample.py ROWS.json --signs NAME,... [--bar B ...] [--plain]

ROWS.json holds rows whose signs are the named ones (of `link_signs.FEATURES` and `aligned_claims.SIGNS`, as
`aligned_claims.py --judge-rows OUT --signs …` wrote them; ``--projected`` rows read the pieces as stored). The judge
is fitted on all its judged sets (`link_judge.fit`); the sample articles are analysed as `quality.py` analyses them,
their links given the same signs (the alignment from the stored pieces), and at each bar the units `kept_links` takes
out (pair-aware unless ``--plain``) leave their claims in the export before it is scored (the rows made with the
shipped judge off). Prints the gold's link precision, recall and F1 with no judge, with the shipped judge as the
pipeline runs it (`viewer.analysis.claims.link_judge`), and at each bar. Run in session 66 (judgestage66) at .17.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from aligned_claims import SIGNS, cached_reads, signs_of_set  # noqa: E402
from link_judge import PUBLIC_MARK, fit, kept_links  # noqa: E402
from link_losses import kept_linking  # noqa: E402
from quality import SCORER, _prf, _scorer, analysed_export  # noqa: E402

from viewer.analysis.claims.link_signs import FEATURES, link_features  # noqa: E402


def sample_rows(signs: list[str]) -> tuple[dict, list[dict]]:
    """The sample's export and its links as rows of the named signs (claim, units, reports, the mentions' spans)."""
    from viewer.resources import sample_articles

    with tempfile.TemporaryDirectory() as tmp:
        (export, _seconds), scores = kept_linking(lambda: analysed_export(sorted(sample_articles().iterdir()),
                                                                         Path(tmp)), judged=False)
    texts = {int(d["id"][1:]): d["text"] for d in export["documents"]}
    unit_at = {(u.document, u.span.start, u.span.end): k for k, u in enumerate(scores.units)}
    for claim in export["claims"]:  # a rendering the cross-lingual stage joins is no unit of linking: never judged
        claim["units"] = [unit_at.get((int(m["document"][1:]), m["start"], m["end"])) for m in claim["mentions"]]
    clusters = [[k for k in claim["units"] if k is not None] for claim in export["claims"]]
    rows = []
    for c, i, j, x in link_features(clusters, scores):
        a, b = scores.units[i], scores.units[j]
        rows.append({"claim": c, "units": [i, j], "reports": [a.document, b.document], "x": x,
                     "texts": [texts[a.document][a.span.start:a.span.end], texts[b.document][b.span.start:b.span.end]]})
    aligned = signs_of_set(rows, cached_reads([t for r in rows for t in r["texts"]], None, projected=True))
    for row, extra in zip(rows, aligned):
        row["x"] = [row["x"][FEATURES.index(s)] if s in FEATURES else float(extra[SIGNS.index(s)]) for s in signs]
    return export, rows


def shipped_export() -> dict:
    """The sample's export as the pipeline makes it, the shipped link judge its last stage of linking."""
    from viewer.resources import sample_articles

    with tempfile.TemporaryDirectory() as tmp:
        return analysed_export(sorted(sample_articles().iterdir()), Path(tmp))[0]


def judged_export(export: dict, rows: list[dict], alive: list[bool]) -> dict:
    """The export with every unit the judge took out of a claim left out of its mentions."""
    kept = {(r["claim"], k) for r, on in zip(rows, alive) if on for k in r["units"]}
    linked = {(r["claim"], k) for r in rows for k in r["units"]}
    claims = []
    for c, claim in enumerate(export["claims"]):
        mentions = [m for m, k in zip(claim["mentions"], claim["units"]) if (c, k) in kept or (c, k) not in linked]
        claims.append({key: value for key, value in claim.items() if key != "units"} | {"mentions": mentions})
    return {**export, "claims": claims}


def scored(export: dict) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "export.json"
        path.write_text(json.dumps(export), encoding="utf-8")
        return _scorer(SCORER.with_name("dev_gold.json")).score(str(path))["links"]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rows", type=Path, help="link_judge.py rows of the named signs (outside the repo)")
    parser.add_argument("--signs", required=True, help="the rows' signs, comma-separated, in their order")
    parser.add_argument("--bar", type=float, action="append", default=[])
    parser.add_argument("--plain", action="store_true", help="let the judge part report pairs")
    ns = parser.parse_args(argv)
    sets = json.loads(ns.rows.read_text(encoding="utf-8"))
    weights = fit(sets, [n for n in sets if not n.startswith(PUBLIC_MARK)])
    export, rows = sample_rows(ns.signs.split(","))
    print(f"sample gold, no judge: {_prf(scored(judged_export(export, rows, [True] * len(rows))))}")
    print(f"sample gold, the shipped judge as the pipeline runs it: {_prf(scored(shipped_export()))}")
    for bar in ns.bar:
        alive = kept_links(rows, weights, bar, keep_pairs=not ns.plain)
        print(f"bar {bar}: {alive.count(False)} of {len(rows)} links out; {_prf(scored(judged_export(export, rows, alive)))}")


if __name__ == "__main__":
    main()
