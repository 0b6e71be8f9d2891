"""Signs read on each "stated as fact" discrepancy line of kept corpora, beside its hand verdict.

Most wrong attribution lines state as the outlet's own what its article gives a source near by (a source's account
carried on, the same statement sourced further on). This reruns the discrepancy stage of this checkout on kept
corpora and prints, per attribution line, where the fact side's article names a source about the fact and how
closely a sourced sentence of that article restates it, so a sign that parts right lines from wrong ones can be
counted set by set before any rule is written.

    python bench/discrepancy_signs.py STEM[,STEM...] --judged FILE [--judged FILE ...] [--tsv OUT]

STEM is a kept corpus without ".corpus" (its file name is the set's name in the judged files).
"""
from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from viewer.analysis import store  # noqa: E402
from viewer.analysis.confident_pairs import ConfidentPairs  # noqa: E402
from viewer.analysis.discrepancies import annotate_discrepancies  # noqa: E402
from viewer.analysis.model import Claim, Mention  # noqa: E402
from viewer.analysis.pipeline import DocumentTexts  # noqa: E402
from viewer.analysis.set_out import quotes, says  # noqa: E402
from viewer.analysis.sourcing import (_content_stems, _nearest_account, _quotes_speech, _sentence_of,  # noqa: E402
                                      _source_of, _source_told_before, one_source)
from viewer.corpus import publication  # noqa: E402
from viewer.corpus.spans import Span  # noqa: E402
from viewer.corpus.store import Corpus  # noqa: E402

FIELDS = ["set", "claim", "verdict", "class", "p", "chars", "opens_para", "before_in_para", "para_before", "next",
          "restated_after", "restated_before", "held", "told_before", "told_within", "where", "fact"]


def verdicts(paths: list[str]) -> dict[tuple, tuple[str, str]]:
    """Judged lines keyed by set, kind and both spans, in either order."""
    out = {}
    for path in paths:
        with open(path, encoding="utf-8") as f:
            rows = list(csv.DictReader(f, delimiter="\t"))
        for r in rows:
            a = (r["file_a"], int(r["start_a"]), int(r["end_a"]))
            b = (r["file_b"], int(r["start_b"]), int(r["end_b"]))
            out[(r["set"], r["kind"], a, b)] = out[(r["set"], r["kind"], b, a)] = (r["verdict"], r.get("class", ""))
    return out


def sentences(text: str) -> list[tuple[int, int, str]]:
    """Every sentence of a text with where it starts and ends (the stage's own sentence reader)."""
    out, at = [], 0
    while (at := at + len(text[at:]) - len(text[at:].lstrip())) < len(text):
        sentence = _sentence_of(Mention(0, at, at + 1, text[at]), text)
        end = max(at + 1, text.find(sentence, at) + len(sentence) if sentence else at + 1)
        out.append((at, end, sentence))
        at = end
    return out


def voice(sentence: str) -> str:
    """S: names a source in the outlet's words; Q: someone's quoted words; -: neither."""
    if says(sentence) and not _quotes_speech(sentence):
        return "S"
    return "Q" if says(sentence) or quotes(sentence) else "-"


def restated(fact: str, others: list[str]) -> float:
    """The largest share of the fact's content stems (prefix-compared) one of the sourced ``others`` holds."""
    mine = _content_stems(fact)
    if not mine:
        return 0.0
    best = 0.0
    for other in others:
        theirs = _content_stems(other)
        held = sum(any(x.startswith(y) or y.startswith(x) for y in theirs) for x in mine)
        best = max(best, held / len(mine))
    return best


def sourced(texts: list[str]) -> list[str]:
    """The sentences naming a source or quoting someone."""
    return [t for t in texts if voice(t) != "-"]


def signs(fact: Mention, text: str) -> dict[str, object]:
    """Where the fact's article names a source about the fact's sentence."""
    all_sentences = sentences(text)
    index = next((i for i, (s, e, _t) in enumerate(all_sentences) if s <= fact.start < e), 0)
    start = all_sentences[index][0]
    paragraph = text.rfind("\n", 0, start) + 1
    before_in_para = [t for s, _e, t in all_sentences[:index] if s >= paragraph]
    earlier = [x for x in all_sentences[:index] if x[0] < paragraph]
    last_opening = text.rfind("\n", 0, earlier[-1][0]) + 1 if earlier else 0
    para_before = [t for s, _e, t in earlier if s >= last_opening]
    earlier_para = [t for _s, _e, t in earlier]
    later = [t for _s, _e, t in all_sentences[index + 1:]]
    return {
        "chars": fact.end - fact.start,
        "opens_para": int(not before_in_para),
        "before_in_para": "".join(voice(t) for t in before_in_para[::-1]) or ".",
        "para_before": "".join(voice(t) for t in para_before[::-1]) or ".",
        "next": voice(later[0]) if later else ".",
        "restated_after": round(restated(fact.text, sourced(later)), 2),
        "restated_before": round(restated(fact.text, sourced(before_in_para + earlier_para)), 2),
    }


def held(mention: Mention, spans: list[Span]) -> float:
    """The share of a mention the attribution spans hold."""
    covered = sum(max(0, min(s.end, mention.end) - max(s.start, mention.start)) for s in spans)
    return round(min(1.0, covered / max(1, mention.end - mention.start)), 2)


def told_before(fact: Mention, partner: Mention, texts: DocumentTexts, sources: dict) -> str:
    """"=" when the sentence before the fact names, in the outlet's words, the source the partner is given to, "S" when
    it names another, "-" when none."""
    text = texts[fact.document]
    sentence = _sentence_of(fact, text)
    opening = text.rfind(sentence, max(0, fact.start - len(sentence)), fact.start + len(sentence))
    told = _source_told_before(text, opening, sources.get(fact.document, [])) if opening > 0 else ""
    said = _source_of(partner, sources.get(partner.document, []))
    return "-" if not told else "=" if said and one_source(told, said) else "S"


def told_within(fact: Mention, partner: Mention, texts: DocumentTexts, sources: dict, reach: int = 6) -> str:
    """Where the nearest sentence before the fact (across paragraph breaks, within ``reach``) naming a source stands
    and whom it names: "=" the partner's source in the outlet's words, "S" another source, "Q" someone's quoted
    words, with the sentences back and the paragraph breaks crossed ("=3/1"); "-" when none does."""
    text = texts[fact.document]
    all_sentences = sentences(text)
    index = next((i for i, (s, e, _t) in enumerate(all_sentences) if s <= fact.start < e), 0)
    said = _source_of(partner, sources.get(partner.document, []))
    for back in range(1, min(reach, index) + 1):
        start, end, sentence = all_sentences[index - back]
        told = _nearest_account([(start, sentence)], sources.get(fact.document, []))
        held = _source_of(Mention(0, start, end, sentence), sources.get(fact.document, []))
        if says(sentence) or held:
            breaks = sum(1 for s, _e, _t in all_sentences[index - back + 1:index + 1]
                         if not text[text.rfind("\n", 0, s) + 1:s].strip())
            kind = "Q" if not told else "=" if said and one_source(told, said) else "S"
            return f"{kind}{back}/{breaks}"
    return "-"


def staged(corpus: Corpus) -> tuple:
    """The discrepancy stage of this checkout run again on a kept corpus: its stored claims, those claims with the
    lines the stage writes now, its units, texts, attributed spans and attribution sources."""
    stored = store.claims(corpus)
    claims = [Claim(c.label, list(c.mentions)) for c in stored]
    units, texts = store.claim_units(corpus), DocumentTexts(corpus)
    attributed, sources = store.attributed_spans(corpus), store.attribution_sources(corpus)
    annotate_discrepancies(claims, units, attributed, texts, sources, publication.outlets(corpus),
                           store.unsaid_spans(corpus), store.person_quotations(corpus))
    return stored, claims, units, texts, attributed, sources


def lines(stem: str, judged: dict[tuple, tuple[str, str]]) -> list[dict[str, object]]:
    """The attribution lines the stage writes on one kept corpus, each with its verdict and signs."""
    name, out = Path(stem).name, []
    with Corpus(Path(stem + ".corpus")) as corpus:
        stored, claims, units, texts, attributed, store_sources = staged(corpus)
        at = {(u.document, u.span.start, u.span.end): u for u in units}
        pairs = ConfidentPairs(units)
        for claim_id, fact, partner, key, verdict, cls in attribution_lines(corpus, stored, claims, judged, name):
            a, b = at.get((fact.document, fact.start, fact.end)), at.get((partner.document, partner.start, partner.end))
            p = round(pairs.probability(a, b), 2) if a is not None and b is not None \
                and a.vector is not None and b.vector is not None else ""
            out.append({"set": name, "claim": claim_id, "verdict": verdict, "class": cls, "p": p,
                        **signs(fact, texts[fact.document]),
                        "held": held(partner, attributed.get(partner.document, [])),
                        "told_before": told_before(fact, partner, texts, store_sources),
                        "told_within": told_within(fact, partner, texts, store_sources),
                        "where": f"{key[0][0]}:{fact.start}-{fact.end} {key[1][0]}:{partner.start}-{partner.end}",
                        "fact": fact.text[:80].replace("\n", " ")})
    return out


def attribution_lines(corpus: Corpus, stored: list, claims: list[Claim], judged: dict[tuple, tuple[str, str]],
                      name: str) -> Iterator[tuple[str, Mention, Mention, tuple, str, str]]:
    """Each attribution line the stage wrote again (`staged`) on a kept corpus: its claim ("c7"), its fact and the
    partner mention, both by file and span, and its verdict and class ("?" unjudged)."""
    for c, claim in zip(stored, claims):
        for d in claim.discrepancies:
            if d.kind == "attribution":
                fact, partner = d.mentions[:2]
                key = tuple((corpus.document(m.document).file_name, m.start, m.end) for m in (fact, partner))
                yield f"c{c.id}", fact, partner, key, *judged.get((name, d.kind, *key), ("?", ""))


def report(doc: str, read, fields: list[str], summary=None) -> None:
    """The main of a script printing rows per line of kept corpora (`stem_rows`, `write_rows`), then its summary."""
    rows, tsv = stem_rows(doc, read)
    write_rows(rows, fields, tsv)
    if summary is not None:
        print("\n".join(summary(rows)))


def main() -> None:
    report(__doc__, lines, FIELDS)


def stem_rows(doc: str, read, argv: list[str] | None = None) -> tuple[list[dict[str, object]], str | None]:
    """The rows ``read(stem, judged)`` gives for every kept corpus the arguments name (STEM[,STEM...], ``--judged``
    files, ``--tsv``), and where to keep them: the frame of this script and bench/line_pairs.py."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("stems")
    parser.add_argument("--judged", action="append", default=[])
    parser.add_argument("--tsv")
    ns = parser.parse_args(argv)
    judged = verdicts(ns.judged)
    return [row for stem in ns.stems.split(",") for row in read(stem, judged)], ns.tsv


def write_rows(rows: list[dict[str, object]], fields: list[str], tsv: str | None) -> None:
    """Print the rows tab-separated and, given a path, keep them as a TSV with a header for counting later."""
    for row in rows:
        print("\t".join(str(row[f]) for f in fields))
    if tsv:
        with open(tsv, "w", encoding="utf-8", newline="") as f:
            writer = csv.DictWriter(f, fields, delimiter="\t")
            writer.writeheader()
            writer.writerows(rows)


if __name__ == "__main__":
    main()
