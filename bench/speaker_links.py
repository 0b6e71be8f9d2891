"""How often a link joins two things one speaker said, and whether what the two say once the speaker is taken out
parts the wrong ones (issue 11: the judges' "another claim of the same speaker").

    python bench/speaker_links.py DATA BASE [--judged TSV ...] [--show] [--rows OUT.json]

BASE holds kept exports (`bench/quality.py --keep BASE`, SET.json); every judged dev link file is read (the blind
draws' left out, the re-judged files over them) unless ``--judged`` names some. A link is of one voice when both its
mentions lie at least half inside reports of one speaker, frame and all (`attributed`), by `quoted_links.one_voice`
(the same resolved speaker, or names sharing a surname), whatever the report's kind ("police said", a direct
quotation, "according to"); links of two mentions inside quotation marks with no common speaker are counted apart
(``marks``). Two signs of what the speaker says, each side without who says it: the share of the smaller side's
content terms the other holds, the reporting frame and the speaker's name words left out (`said_terms`), and the
sentence vectors' cosine of the two mentions with the speaker's words and the cue cut out of the text (`unframed`).
Prints R/P/W (and unjudged links) by the pair of report kinds, by share, for each pair of bars on the two signs,
for the links whose one side is retold by the same speaker in another sentence of the other report (`twinned`), and
for the links of two direct quotations sharing no said term (session 65, person65);
then the bars chosen on every other judged set and what they part on the rest (`held_out`).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from background_acts import dev_link_files, judged_links  # noqa: E402
from quality import _links, rejudged_beside  # noqa: E402
from quoted_links import one_voice, quoted, said, twin_elsewhere  # noqa: E402

from viewer.analysis.claims.vocabulary import term  # noqa: E402
from viewer.analysis.claims.voices import retold  # noqa: E402

_WORD = re.compile(r"\w+")
BARS = (0.2, 0.34, 0.5, 0.67)  # shares of the smaller side's said terms found in the other, bucketed for the table
CELLS = ((0.34, 0.5), (0.34, 0.6), (0.5, 0.5), (0.5, 0.6), (1.01, 0.5))  # (share under, frameless cosine under)


def said_terms(features, speaker_names: set[str]) -> set[str]:
    """A unit's content terms without its reporting frame or its speaker's name words: what is said, not who says it
    (the setting stays: "in the cheek" is read as one)."""
    return set(features.terms) - set(features.frame) - {term(w) for w in speaker_names}


def share(a: set[str], b: set[str]) -> float:
    """The share of the smaller side's terms the other holds (1 when either is empty: nothing to part them by)."""
    if not a or not b:
        return 1.0
    return len(a & b) / min(len(a), len(b))


def unframed(text: str, start: int, *attributions: dict | None) -> str:
    """The mention's text (starting at ``start`` in its document) with the speaker's words and the cue left out of it
    ("…, police said." reads "…, ."): both sides of a link of one voice carry them, and the sentence vector embeds
    them with what is said."""
    keep = [True] * len(text)
    for a in attributions:
        for part in (a or {}).get("speaker_text"), (a or {}).get("cue"):
            if part:
                for k in range(max(0, part["start"] - start), min(len(text), part["end"] - start)):
                    keep[k] = False
    return " ".join("".join(c for c, k in zip(text, keep) if k).split())


def attributed(export: dict, document: str, start: int, end: int) -> dict | None:
    """The report with a speaker that covers most of the span by its content, speaker and cue together, where they
    cover at least half of it (`quoted_links.voice` counts the content alone, and misses a short quotation whose frame
    is long: "Were still investigating, said Miami police spokeswoman Frederica Burden")."""
    best, covered = None, 0
    for a in export["attributions"]:
        if a["document"] != document or a.get("speaker") is None:
            continue
        spans = [a["content"], *a.get("parts", []), *(s for s in (a.get("speaker_text"), a.get("cue")) if s)]
        inside = sum(max(0, min(s["end"], end) - max(s["start"], start)) for s in spans)
        if inside > covered:
            best, covered = a, inside
    return best if best is not None and 2 * covered >= end - start else None


def _names(*attributions: dict | None) -> set[str]:
    return {w.casefold() for a in attributions if a for w in _WORD.findall(a.get("speaker_name") or "")}


def voiced_links(data: Path, base: Path, files: list[Path]):
    """(set, verdict, class, kinds, share, text a, text b, each text without its frame, twinned) of every link of one
    voice or of two quoted mentions the exports in ``base`` make, the judged verdict where there is one ("-" else)."""
    from viewer.analysis.claims.units import unit_features
    from viewer.analysis.nlp import english
    from viewer.corpus.spans import Span

    rows, nlp, docs = judged_links(files + rejudged_beside(files)), english(), {}
    for path in sorted(base.glob("*.json")):
        export = json.loads(path.read_text(encoding="utf-8"))
        by_name = {Path(d["source"]["path"]).name: d for d in export.get("documents", [])}
        for a, b in _links(export) if "claims" in export else []:
            (da, db), spans = (by_name[a[0]], by_name[b[0]]), (a, b)
            va, vb = attributed(export, da["id"], a[1], a[2]), attributed(export, db["id"], b[1], b[2])
            one = one_voice(va, vb)
            if not one and not (quoted(da["text"], a[1], a[2]) and quoted(db["text"], b[1], b[2])):
                continue
            terms = []
            for d, (name, start, end) in zip((da, db), spans):
                key = (path.stem, name)
                if key not in docs:
                    docs[key] = nlp((data / "sets" / path.stem / "docs" / name).read_text(encoding="utf-8"))
                terms.append(said_terms(unit_features(docs[key], Span(start, end)), _names(va, vb)))
            row = rows.get((path.stem, *sorted((a, b)))) or {}
            kinds = "/".join(sorted(v["kind"] if v else "marks" for v in (va, vb))) if one else "marks"
            ta, tb = da["text"][a[1]:a[2]], db["text"][b[1]:b[2]]
            yield (path.stem, row.get("new_verdict") or row.get("verdict") or "-", row.get("class", ""), kinds,
                   share(*terms), ta, tb, unframed(ta, a[1], va), unframed(tb, b[1], vb),
                   one and twinned(export, (da, a, va), (db, b, vb)))


def twinned(export: dict, *sides: tuple[dict, tuple, dict]) -> bool:
    """Whether the two sides' reported words differ and one side's are retold by the same speaker in another sentence
    of the other report: `voices.another_sentence`'s shape, read here on every kind of report, not quotations only."""
    (da, a, va), (db, b, vb) = sides
    wa, wb = said(da["text"], va, a[1], a[2]), said(db["text"], vb, b[1], b[2])
    return not retold(wa, wb) and bool(twin_elsewhere(export, wa, va, db, b[1], b[2])
                                       or twin_elsewhere(export, wb, vb, da, a[1], a[2]))


def cosines(texts: tuple[str, ...]) -> tuple[float, float]:
    """The sentence vectors' cosine of the two mentions as written, and without their frames (`unframed`)."""
    from viewer.analysis.claims.encoder import shared_encoder

    v = shared_encoder().encode(list(texts))
    return float(v[0] @ v[1]), float(v[2] @ v[3])


def bucket(value: float) -> str:
    low = max((b for b in BARS if value >= b), default=0.0)
    return f">= {low:.2f}"


def table(found: list[tuple]) -> list[str]:
    """R/P/W by report kinds, and by share bucket, apart for the links of one voice and of two quoted passages."""
    out = []
    for title, key in (("kinds", lambda r: r[3]),
                       ("share (one voice)", lambda r: bucket(r[4]) if r[3] != "marks" else None),
                       ("share (marks)", lambda r: bucket(r[4]) if r[3] == "marks" else None)):
        by = Counter((key(r), r[1]) for r in found if key(r) is not None)
        out.append(f"{title}:")
        out += [f"  {k}: {_rpw(by, k)}" for k in sorted({k for k, _ in by})]
    return out


def cells(found: list[tuple]) -> list[str]:
    """R/P/W of the links of one voice under each pair of bars (share, frameless cosine): what a rule would part."""
    out = ["share and frameless cosine (one voice):"]
    for low_share, low_cosine in CELLS:
        by = Counter(("", r[1]) for r in found if r[3] != "marks" and r[4] < low_share and r[11] < low_cosine)
        out.append(f"  share < {low_share:.2f}, cosine < {low_cosine:.2f}: {_rpw(by, '')}")
    twins = Counter(("", r[1]) for r in found if r[9] and r[3] != "direct/direct")
    unshared = Counter(("", r[1]) for r in found if r[3] == "direct/direct" and r[4] == 0)
    return out + [f"twin retold elsewhere, not two quotations: {_rpw(twins, '')}",
                  f"two quotations sharing no term said (session 65): {_rpw(unshared, '')}"]


GRID = tuple((s, c) for s in (0.2, 0.34, 0.5, 0.67) for c in (0.4, 0.45, 0.5, 0.55, 0.6))


def held_out(found: list[tuple]) -> list[str]:
    """The bars a fit on every other judged set would choose (most W out less twice the right links out), and what
    they part on the sets left: whether the two signs hold beyond the links they were chosen on."""
    judged = [r for r in found if r[1] in "RPW" and r[3] != "marks"]
    sets = sorted({r[0] for r in judged})
    out = []
    for fold in (0, 1):
        fit = [r for r in judged if sets.index(r[0]) % 2 == fold]
        rest = [r for r in judged if sets.index(r[0]) % 2 != fold]
        bars = max(GRID, key=lambda g: _parted(fit, *g)[0] - 2 * _parted(fit, *g)[1])
        out.append(f"fold {fold}: bars {bars}, chosen on W {_parted(fit, *bars)[0]} right {_parted(fit, *bars)[1]}, "
                   f"held out W {_parted(rest, *bars)[0]} right {_parted(rest, *bars)[1]}")
    return out


def _parted(rows: list[tuple], low_share: float, low_cosine: float) -> tuple[int, int]:
    parted = [r[1] for r in rows if r[4] < low_share and r[11] < low_cosine]
    return parted.count("W"), len(parted) - parted.count("W")


def _rpw(by: Counter, key) -> str:
    return f"R {by[key, 'R']} P {by[key, 'P']} W {by[key, 'W']} unjudged {by[key, '-']}"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("base", type=Path)
    parser.add_argument("--judged", type=Path, action="append")
    parser.add_argument("--show", action="store_true")
    parser.add_argument("--rows", type=Path, help="write every link counted, with its signs, as JSON")
    ns = parser.parse_args(argv)
    found = [(*r, *cosines(r[5:9])) for r in voiced_links(ns.data, ns.base, dev_link_files(ns.judged))]
    print("\n".join(table(found) + cells(found) + held_out(found)))
    if ns.rows:
        ns.rows.write_text(json.dumps(found), encoding="utf-8")
    if ns.show:
        for s, v, c, k, sh, ta, tb, _ua, _ub, _twin, plain, bare in sorted(found, key=lambda r: r[4]):
            print(f"  {v} {sh:.2f} {plain:.2f}/{bare:.2f} {k} {s} [{c}] {' '.join(ta.split())[:140]!r} | "
                  f"{' '.join(tb.split())[:140]!r}")


if __name__ == "__main__":
    main()
