"""Count what officials publish about a shooting: the main acts of a sentence whose object is a piece of information
("Police have released new details about an officer-involved shooting", "The Sheriff's Office released a statement",
"Officials have released the 911 call"), which `claims.publications` reads as another act than the shooting.

A predicate is counted where its verb is a main act of the sentence (`UnitFeatures.acts`), one of `VERB_CANDIDATES`,
and its object (or passive subject) one of `NOUN_CANDIDATES`, keyed as `predicates.predicates` keys them; each
sentence of the first two usable reports of every incident with two (`gva.parsed_report_pairs`: title, a blank line,
the text's first 6,000 characters) is read. Each verb and noun counted so at least ``--least`` times is written with
its count. Left out by what they mean: "make" ("made a 911 call" is an act of the incident, "made an arrest" a
stage), "share" and "post" (a story or a tribute shared, the party "posted on social media"), names and identities
(`claims.identifications` reads their release) and photos, videos and footage (`claims.stages.DEPICTIONS`).

Session 65, the crawl's 914 incidents with two reports: release statement 38, information 35, detail 31, reveal detail
7, give information 5 ...; ``--show N`` prints the commonest pairs counted.

    python training/count_publications.py GVA_CORPUS_DIR --out viewer/analysis/claims/publications.json
        [--incidents N] [--least N] [--show N]
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))

import gva  # noqa: E402
from viewer.analysis.claims.vocabulary import term  # noqa: E402

VERB_CANDIDATES = ("release", "announce", "reveal", "disclose", "provide", "issue", "publish", "give")
NOUN_CANDIDATES = ("statement", "information", "info", "detail", "update", "call", "report", "record", "result",
                   "cause", "description", "sketch", "affidavit", "document", "audio", "transcript", "autopsy",
                   "insight", "announcement")


def published_pairs(corpus: Path, incidents: int) -> Counter:
    """(verb key, noun key) of every counted predicate on the crawl's report pairs."""
    from viewer.analysis.claims.units import unit_features
    from viewer.analysis.nlp import english
    from viewer.corpus.spans import Span

    verbs, nouns = {term(v): v for v in VERB_CANDIDATES}, {term(n): n for n in NOUN_CANDIDATES}
    out = Counter()
    for docs in gva.parsed_report_pairs(corpus, incidents, english()):
        for doc in docs:
            for sentence in doc.sents:
                unit = unit_features(doc, Span(sentence.start_char, sentence.end_char))
                out.update((verbs[v], nouns[o]) for _s, v, o in unit.predicates
                           if v in unit.acts and v in verbs and o in nouns)
    return out


def table(pairs: Counter, least: int, command: str, incidents: int) -> dict:
    """The verbs and nouns seen together at least ``least`` times, each with how often, and where they came from."""
    verbs, nouns = Counter(), Counter()
    for (verb, noun), n in pairs.items():
        verbs[verb] += n
        nouns[noun] += n
    return {
        "what": "Verbs and objects of a sentence's main act that publish a piece of information about a shooting "
                "('released new details about the shooting', 'released a statement'): a unit whose main act is such a "
                "verb with such an object tells its publication, another act than the shooting.",
        "source": f"Counted by training/count_publications.py on the Gun Violence Archive crawl (the_violent_corpus), "
                  f"the first two usable reports of the first {incidents} incidents with two, each sentence parsed "
                  f"with the app's English pipeline; a verb of the candidates as a main act with a noun of the "
                  f"candidates as its object; each verb and noun kept when counted so at least {least} times",
        "command": command,
        "verbs": [[v, n] for v, n in verbs.most_common() if n >= least],
        "nouns": [[o, n] for o, n in nouns.most_common() if n >= least],
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--incidents", type=int, default=100000)
    parser.add_argument("--least", type=int, default=3)
    parser.add_argument("--show", type=int, default=0)
    args = parser.parse_args(argv)
    pairs = published_pairs(args.corpus, args.incidents)
    for (verb, noun), n in pairs.most_common(args.show):
        print(f"{verb} {noun} {n}")
    command = (f"python training/count_publications.py {args.corpus} --incidents {args.incidents} "
               f"--least {args.least} --out {args.out}")
    args.out.write_text(json.dumps(table(pairs, args.least, command, args.incidents), indent=1) + "\n",
                        encoding="utf-8")


if __name__ == "__main__":
    main()
