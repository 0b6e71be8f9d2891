"""Where the fact side's own article names the source the other report gives the fact to, beside each attribution
line's hand verdict, and which lines `sourcing._sources_named_before` takes away.

An attribution line says one outlet states as fact what another gives to a source. When the stating outlet names that
very source itself, in its own words, somewhere in its article, it has the source's account: the bare sentence is
that account carried on or told ahead, and no source is dropped. The analysis reads only the sentence just before the
fact for this (`sourcing._told_by_the_partners_source`), and since session 63 the two sentences before that too when
one names that source in the outlet's words and shares a word with the fact (`sourcing._sources_named_before`). This
reruns the discrepancy stage of this checkout on kept corpora with that reading switched off and prints, per
attribution line, the partner's source, what kind of source it is (a person or body by name, or a police force or
its members), where in the fact's article an attribution naming one source with it stands: sentences before the fact
("b3": the nearest three sentences back), after ("a2"), or nowhere ("-"); whether the reading takes the line away
("taken"), and the verdict.

    python bench/source_named_lines.py STEM[,STEM...] --judged FILE [--judged FILE ...] [--tsv OUT]

STEM is a kept corpus without ".corpus" (its file name is the set's name in the judged files).
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from unittest import mock

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from discrepancy_signs import attribution_lines, report, sentences, staged  # noqa: E402

from viewer.analysis.force_members import of_a_force, source_words  # noqa: E402
from viewer.analysis.model import Mention  # noqa: E402
from viewer.analysis import sourcing  # noqa: E402
from viewer.analysis.sourcing import (_SENTENCE_REACH, _sentence_of, _source_of, _sources_named_before,  # noqa: E402
                                      one_source)
from viewer.corpus.spans import Span  # noqa: E402
from viewer.corpus.store import Corpus  # noqa: E402

FIELDS = ["set", "claim", "verdict", "class", "source", "sort", "named", "names", "taken", "where", "fact"]


def sort_of(source: str) -> str:
    """"force" for a police force or its members ("Chicago Police Department", "officers"), "named" for any other
    source the analysis read, "" for none."""
    words = source_words(source)
    if not words:
        return ""
    return "force" if any(map(of_a_force, source.split())) else "named"


def named_where(fact: Mention, said: str, text: str, sources: list[tuple[Span, str]]) -> tuple[str, int]:
    """Where the nearest attribution of the fact's article that names one source with ``said`` stands, in sentences
    from the fact's ("b2" two back, "a1" the next, "-" none), and how many such attributions the article holds."""
    spans = [span for span, name in sources if said and one_source(name, said)
             and not (span.start < fact.end and fact.start < span.end)]
    if not spans:
        return "-", 0
    starts = [s for s, _e, _t in sentences(text)]
    index = sum(1 for s in starts if s <= fact.start) - 1
    where = [sum(1 for s in starts if s <= span.start) - 1 - index for span in spans]
    nearest = min(where, key=lambda w: (abs(w), w))
    return (f"b{-nearest}" if nearest < 0 else f"a{nearest}" if nearest > 0 else "s0"), len(spans)


def taken(fact: Mention, said: str, text: str, sources: list[tuple[Span, str]]) -> bool:
    """Whether `sourcing._sources_named_before` reads the partner's source among those the fact's sentence carries on
    from: the line it takes away."""
    sentence = _sentence_of(fact, text)
    opening = text.rfind(sentence, max(0, fact.start - _SENTENCE_REACH), fact.start + len(sentence))
    return bool(said) and opening > 0 and any(one_source(name, said)
                                              for name in _sources_named_before(text, opening, sentence, sources))


def lines(stem: str, judged: dict[tuple, tuple[str, str]]) -> list[dict[str, object]]:
    """The attribution lines the stage writes on one kept corpus, each with where its fact's article names the
    partner's source."""
    name, out = Path(stem).name, []
    with Corpus(Path(stem + ".corpus")) as corpus, mock.patch.object(sourcing, "_sources_named_before", lambda *_a: ()):
        stored, claims, _units, texts, _attributed, sources = staged(corpus)
        for claim_id, fact, partner, key, verdict, cls in attribution_lines(corpus, stored, claims, judged, name):
            said = _source_of(partner, sources.get(partner.document, []))
            where, count = named_where(fact, said, texts[fact.document], sources.get(fact.document, []))
            out.append({"set": name, "claim": claim_id, "verdict": verdict, "class": cls, "source": said,
                        "sort": sort_of(said), "named": where, "names": count,
                        "taken": int(taken(fact, said, texts[fact.document], sources.get(fact.document, []))),
                        "where": f"{key[0][0]}:{fact.start} {key[1][0]}:{partner.start}",
                        "fact": fact.text[:70].replace("\n", " ")})
    return out


def summary(rows: list[dict[str, object]]) -> list[str]:
    """Lines by the source's sort and whether the fact's article names it before, after or not at all, then those the
    reading takes away, by verdict."""
    counts = Counter((r["sort"] or "none", str(r["named"])[0], r["verdict"] if r["verdict"] in ("R", "W") else "?")
                     for r in rows)
    gone = Counter(r["verdict"] if r["verdict"] in ("R", "W") else "?" for r in rows if r["taken"])
    return [f"{sort:6} named {side}: R {counts[(sort, side, 'R')]} W {counts[(sort, side, 'W')]} "
            f"unjudged {counts[(sort, side, '?')]}" for sort, side in sorted({(s, w) for s, w, _v in counts})] \
        + [f"taken away: R {gone['R']} W {gone['W']} unjudged {gone['?']}"]


def main() -> None:
    report(__doc__, lines, FIELDS, summary)


if __name__ == "__main__":
    main()
