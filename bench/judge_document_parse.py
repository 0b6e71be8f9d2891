"""Whether the link judge's two parsed signs (`alignment.unnamed`, `alignment.main`) part the judged links as well when
each linked mention is read from its document's parse as when it is parsed alone (issue 11's speed target).

    python bench/judge_document_parse.py ROWS.json DATA [--sets A,B,...] [--rows-out DIR]

The judge parses every linked mention again, alone (`aligned_claims.parsed_alone`): 0.5 s of gvaJ's 11 s of analysis, the one
cost big enough for the CPU-ratio target (session 68, speed68). The analysis has parsed each report already, so the
judge could read the mention's tokens there, kept at analysis, if the signs read as well. Here each news set's reports
are imported and parsed as the analysis parses them (`imported`, `segment.parse_many`, the lines above the prose alone);
each linked mention is cut out of its report's parse (`in_document`: a token whose head lay outside the mention becomes
a root, as the mention's own parse would have one) and read from the same stored pieces as the alone-parse. ROWS.json
holds the judge's rows (`link_judge.py`, then `aligned_claims.py --projected --judge-rows` with `link_judge.SIGNS`);
ECB+ train's rows keep no spans, so only the news and public sets are read. Printed per source: how many mentions read
other content words, each sign's ROC AUC alone by either parse, and the held-out AUC of the judge's signs with either
(`masked_claims.held_out`, leaving a set out). ``--rows-out DIR`` writes the same sets' rows with either parse's signs
(alone.json, document.json) for `judge_curves.py`. Run in session 69 (refit69) on the rows of analyser 104.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import link_judge as judge  # noqa: E402
from aligned_claims import SIGNS as ALIGNED, signs_of_set  # noqa: E402
from aligned_claims import parsed_alone  # noqa: E402
from judge_curves import source_of  # noqa: E402
from masked_claims import auc, held_out  # noqa: E402

from viewer.analysis import segment  # noqa: E402
from viewer.analysis.claims import alignment  # noqa: E402
from viewer.analysis.claims.alignment import Read  # noqa: E402
from viewer.analysis.claims.encoder import piece_offsets, shared_encoder  # noqa: E402
from viewer.analysis.claims.imported_texts import imported  # noqa: E402
from viewer.analysis.claims.link_judge import SIGNS  # noqa: E402
from viewer.analysis.claims.units import parse_headlines  # noqa: E402
from viewer.analysis.segment import ParsedDocument  # noqa: E402

PARSED = ("unnamed", "main")  # the judge's signs read from a parse, the last of SIGNS


def in_document(doc, start: int, end: int):
    """The mention's tokens cut out of its document's parse as a parse of their own, and how far its first token
    starts before the mention (a span ending inside a token is widened to it): a token whose head lay outside
    becomes a root."""
    span = doc.char_span(start, end, alignment_mode="expand")
    cut = span.as_doc()
    for token in cut:
        if token.head.i == token.i:
            token.dep_ = "ROOT"
    return cut, start - span.start_char


def document_parses(folder: Path, reports: list[str]) -> dict[str, ParsedDocument]:
    """Each report of the set imported and parsed as the analysis does, the lines above its prose parsed alone
    (`units.parse_headlines`), by file name."""
    parsed = list(segment.parse_many(imported([folder / "docs" / n for n in reports])))
    parse_headlines(parsed)
    return dict(zip(reports, parsed))


def parse_at(parsed: ParsedDocument, start: int, end: int) -> tuple[object, int]:
    """The parse the analysis read the mention in: the headline line holding it, else the document's; and where that
    parse's text starts in the document."""
    line = next((p for p in parsed.headlines if p.start <= start and end <= p.end), None)
    return (parsed.doc, 0) if line is None else (parsed.headlines[line], line.start)


def set_reads(rows: list[dict], parses: dict[str, ParsedDocument]) -> tuple[dict[str, Read], dict[str, Read], int]:
    """Each mention of the rows read alone and in its document from the same stored pieces (the first place a text
    is linked from standing for all), and how many spans did not hold their text."""
    places = {}
    for r in rows:
        for report, (start, end), text in zip(r["reports"], r["spans"], r["texts"]):
            places.setdefault(text, (report, start, end))
    texts = list(places)
    pieces = shared_encoder().encode_with_pieces(texts)[1] if texts else []
    alone, inside, astray = {}, {}, 0
    for text, doc, offsets, piece in zip(texts, parsed_alone(texts), piece_offsets(texts), pieces):
        rows_of = piece.rows.astype(np.float32)
        alone[text] = alignment.read(alignment.stored_words(doc[:], 0), offsets, rows_of)
        report, start, end = places[text]
        astray += parses[report].text[start:end] != text
        doc, opening = parse_at(parses[report], start, end)
        cut, before = in_document(doc, start - opening, end - opening)
        inside[text] = alignment.read(alignment.stored_words(cut[:], before), offsets, rows_of)
    return alone, inside, astray


def with_signs(found: dict, reads: dict[str, Read]) -> dict:
    """The set's rows with the judge's parsed signs read from ``reads``."""
    signs = signs_of_set(found["rows"], reads)
    at = [ALIGNED.index(s) for s in PARSED]
    return {**found, "rows": [{**r, "x": [*r["x"][:len(SIGNS) - len(PARSED)], *(float(v) for v in s[at])]}
                              for r, s in zip(found["rows"], signs)]}


def read_sets(sets: dict[str, dict], data: Path) -> tuple[dict[str, dict], dict[str, dict], list[str]]:
    """The news and public sets' rows with either parse's signs, and a line per set of how its reads differ."""
    alone, inside, lines = {}, {}, []
    for name, found in sets.items():
        if not found["rows"] or "spans" not in found["rows"][0]:
            continue
        folder = data / "sets" / name.removeprefix(judge.PUBLIC_MARK)
        parses = document_parses(folder, sorted({n for r in found["rows"] for n in r["reports"]}))
        by_alone, by_document, astray = set_reads(found["rows"], parses)
        differ = sum(by_alone[t].lemmas != by_document[t].lemmas for t in by_alone)
        mains = sum(not np.array_equal(by_alone[t].main, by_document[t].main) for t in by_alone
                    if by_alone[t].lemmas == by_document[t].lemmas)
        lines.append(f"{name}: {len(by_alone)} mentions, {differ} read other content words, {mains} another main "
                     f"word of the same words, {astray} spans astray")
        alone[name], inside[name] = with_signs(found, by_alone), with_signs(found, by_document)
    return alone, inside, lines


def report(alone: dict[str, dict], inside: dict[str, dict]) -> list[str]:
    """Per news source: the parsed signs' AUC alone by either parse and the judge's signs' held-out AUC with either."""
    names = [n for n in judge.judged_draws(alone)]
    rows = {label: [r for n in names for r in sets[n]["rows"] if r["y"] is not None]
            for label, sets in (("alone", alone), ("document", inside))}
    draws = np.array([n for n in names for r in alone[n]["rows"] if r["y"] is not None])
    sources = np.array([source_of(n) for n in draws])
    y = np.array([r["y"] for r in rows["alone"]], dtype=np.float64)
    x = {label: np.array([r["x"] for r in found]) for label, found in rows.items()}
    held = {label: held_out({f"s{k}": v[:, k] for k in range(v.shape[1])}, draws, y) for label, v in x.items()}
    lines = ["source right/wrong: sign alone (alone-parse / document parse) ...; the judge's signs held out"]
    for source in [*dict.fromkeys(sources), "news"]:
        at = np.ones(len(y), dtype=bool) if source == "news" else sources == source
        signs = " ".join(f"{s} {auc(x['alone'][at, SIGNS.index(s)], y[at]):.3f} / "
                         f"{auc(x['document'][at, SIGNS.index(s)], y[at]):.3f}" for s in PARSED)
        lines.append(f"{source} {int(y[at].sum())}/{int((1 - y[at]).sum())}: {signs}; held out "
                     f"{auc(held['alone'][at], y[at]):.3f} / {auc(held['document'][at], y[at]):.3f}")
    return lines


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rows", type=Path, help="the judge's rows with the mentions' texts and spans")
    parser.add_argument("data", type=Path, help="DATA holding sets/NAME/docs")
    parser.add_argument("--sets", help="only these sets, comma-separated")
    parser.add_argument("--rows-out", type=Path, help="a folder for alone.json and document.json")
    ns = parser.parse_args(argv)
    sets = json.loads(ns.rows.read_text(encoding="utf-8"))
    if ns.sets:
        sets = {n: s for n, s in sets.items() if n in ns.sets.split(",")}
    alone, inside, lines = read_sets(sets, ns.data)
    for line in lines + report(alone, inside):
        print(line, flush=True)
    if ns.rows_out is not None:
        ns.rows_out.mkdir(parents=True, exist_ok=True)
        for label, found in (("alone", alone), ("document", inside)):
            (ns.rows_out / f"{label}.json").write_text(json.dumps(found), encoding="utf-8")


if __name__ == "__main__":
    main()
