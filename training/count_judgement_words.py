"""Write the words `claims.judgements` reads an outlet's own verdict by: "Texas' repugnant abortion law is pure
Republican hypocrisy" judges the law, and a report beside it that tells no such verdict ("Supreme Court Gets It Right
on Texas Abortion Law") states another claim.

    python training/count_judgement_words.py VADER_LEXICON PATTERN_XML [--wordnet DIR] [--valence V]
        [--subjectivity S] [--out viewer/analysis/claims/judgement_words.json]
    python training/count_judgement_words.py VADER_LEXICON PATTERN_XML --choose DATA

Both files come from wheels (`pip download --no-deps vaderSentiment==3.3.2 textblob==0.20.1`, unzipped:
``vaderSentiment/vader_lexicon.txt`` and ``textblob/en/en-sentiment.xml``), read at training time only.

Three permissively licensed sources, each for what it knows:

- VADER's lexicon (Hutto and Gilbert 2014, MIT; ``vader_lexicon.txt`` of the ``vaderSentiment`` 3.3.2 wheel) rates
  how good or bad a word is, the mean of ten raters on -4..4. A word whose mean is at least ``--valence`` away from 0
  judges ("troubling" -2.5, "grim" -2.7, "hypocritical" -2.0).
- WordNet 3.0 says which of them are adjectives (VADER gives no part of speech, and its nouns are mostly things that
  happen, "victim", "fight", told as fact), and which nouns are derived from those adjectives (its ``+`` pointer:
  "hypocrisy" from "hypocritical", "repugnance" from "repugnant"), since a verdict is as often a noun.
- Pattern's English adjective lexicon (De Smedt and Daelemans; ``en-sentiment.xml`` as TextBlob, MIT, ships it; the
  file declares PDDL) rates each sense's subjectivity on 0..1. A word it rates below ``--subjectivity`` on average
  over its senses is mostly a fact however good or bad ("dead" .4, "legal" .2, "clear" .38) and is left out.

``--choose DATA`` counts the two bars rather than taking them from an example: it parses every unit of the readable
AllSides draws (`bench/dev_sets.readable`; headline and quoted ledes), marks a unit opinion when its outlet is an
opinion desk ("Wall Street Journal (Opinion)") or its address an opinion page, reads each unit's verdict candidates as
`judgements.stated_verdict` does with every word admitted, and prints, for each pair of bars, the opinion units and the
news units whose verdict the table's words would read. The pair written is the one with the most evidence that a read
verdict is an opinion's: opinion units read times the log of how much likelier a read unit is opinion than news.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import math
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from training.wordnet import synsets  # noqa: E402

OUT = ROOT / "viewer" / "analysis" / "claims" / "judgement_words.json"
WORDNET = Path("/usr/share/wordnet")
VALENCE = 1.5  # counted by --choose (docs/linking.md, session 78)
SUBJECTIVITY = 0.5  # counted by --choose
VALENCES = (0.5, 1.0, 1.5, 2.0, 2.5)
SUBJECTIVITIES = (0.0, 0.5, 0.6, 0.8)
SOURCES = {"vader": "VADER lexicon (Hutto and Gilbert 2014, MIT), vader_lexicon.txt of the vaderSentiment 3.3.2 wheel",
           "pattern": "Pattern's English adjective lexicon (De Smedt and Daelemans, BSD; PDDL as the file declares), "
                      "en-sentiment.xml as the textblob 0.20.1 wheel (MIT) carries it",
           "wordnet": "WordNet 3.0 (Princeton University, WordNet licence), data.adj's adjectives and their "
                      "derivation pointers to data.noun"}
_OPINION = re.compile(r"opinion|/op-ed|/editorial|/commentary|/column", re.I)
_PATTERN_WORD = re.compile(r'<word form="([^"]+)"[^>]*?pos="(JJ|NN)"[^>]*?subjectivity="([\d.]+)"')


def valences(text: str) -> dict[str, float]:
    """VADER's mean rating of each word (its emoticons and contractions left out)."""
    rows = (line.split("\t") for line in text.splitlines() if line.strip())
    return {row[0].lower(): float(row[1]) for row in rows if row[0].isalpha()}


def subjectivities(text: str) -> dict[str, float]:
    """Pattern's mean subjectivity of each adjective or noun over its senses (TextBlob averages them so too)."""
    senses = defaultdict(list)
    for word, _pos, subjectivity in _PATTERN_WORD.findall(text):
        senses[word.lower()].append(float(subjectivity))
    return {word: sum(values) / len(values) for word, values in senses.items()}


def adjective_nouns(wordnet: Path) -> tuple[set[str], dict[str, set[str]]]:
    """WordNet's adjective lemmas, and each adjective's derived nouns (lexical ``+`` pointers to a noun lemma)."""
    nouns = {synset.offset: synset.lemmas for synset in synsets((wordnet / "data.noun").read_text(encoding="latin-1"))}
    adjectives, derived = set(), defaultdict(set)
    for synset in synsets((wordnet / "data.adj").read_text(encoding="latin-1")):
        adjectives.update(synset.lemmas)
        for p in synset.pointers:
            if p.symbol == "+" and p.pos == "n" and p.source and p.target and p.offset in nouns:
                derived[synset.lemmas[p.source - 1]].add(nouns[p.offset][p.target - 1])
    return adjectives, derived


def judging(valence: dict[str, float], subjectivity: dict[str, float], adjectives: set[str],
            derived: dict[str, set[str]], least_valence: float, least_subjectivity: float) -> dict[str, dict[str, str]]:
    """word → {"ADJ" or "NOUN": "positive"/"negative"}: VADER's adjectives rated at least ``least_valence`` from 0 and
    the nouns WordNet derives from them, none that Pattern rates below ``least_subjectivity``."""
    def subjective(word: str) -> bool:
        return subjectivity.get(word, 1.0) >= least_subjectivity

    out: dict[str, dict[str, str]] = defaultdict(dict)
    for word, rating in valence.items():
        if abs(rating) >= least_valence and word in adjectives and subjective(word):
            polarity = "positive" if rating > 0 else "negative"
            out[word]["ADJ"] = polarity
            for noun in derived.get(word, ()):
                if noun.isalpha() and subjective(noun):
                    out[noun].setdefault("NOUN", polarity)
    return dict(sorted(out.items()))


def table(vader_text: str, pattern_text: str, wordnet: Path, least_valence: float, least_subjectivity: float) -> dict:
    """The JSON written: where the words came from, the bars and the words."""
    adjectives, derived = adjective_nouns(wordnet)
    words = judging(valences(vader_text), subjectivities(pattern_text), adjectives, derived, least_valence,
                    least_subjectivity)
    return {"sources": SOURCES,
            "sha256": {"vader": _sha(vader_text), "pattern": _sha(pattern_text),
                       "wordnet": _sha((wordnet / "data.adj").read_text(encoding="latin-1"))},
            "written_by": "training/count_judgement_words.py",
            "kept": f"VADER |mean| >= {least_valence}, a WordNet adjective or a noun WordNet derives from one, "
                    f"Pattern's mean subjectivity >= {least_subjectivity} where Pattern rates it",
            "words": words}


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def dumped(written: dict) -> str:
    """The table as JSON, one word a line, so a rewrite shows as the words it changed."""
    head = json.dumps({k: v for k, v in written.items() if k != "words"}, indent=1, ensure_ascii=False)[:-2]
    words = ",\n".join(f"  {json.dumps(w)}: {json.dumps(parts, sort_keys=True)}"
                        for w, parts in written["words"].items())
    return f'{head},\n "words": {{\n{words}\n }}\n}}\n'


def opinion_units(data: Path) -> list[tuple[bool, list[tuple[str, str, str]]]]:
    """Each unit of the readable AllSides draws: whether an opinion desk wrote it, and its verdict candidates."""
    sys.path.insert(0, str(ROOT / "bench"))
    from dev_sets import readable

    from viewer.analysis.claims.headlines import parsed_headline
    from viewer.analysis.nlp import english

    out = []
    for folder in sorted((data / "sets").glob("allsides*")):
        if not readable(folder.name):
            continue
        for name, meta in json.loads((folder / "events.json").read_text(encoding="utf-8"))["documents"].items():
            opinion = "(opinion)" in meta.get("outlet", "").lower() or bool(_OPINION.search(meta.get("uri", "")))
            text = (folder / "docs" / name).read_text(encoding="utf-8")
            first = text.find("\n")
            units = [parsed_headline(text[:first], text[first:])[:], *english()(text[first:]).sents]
            out.extend((opinion, verdict_candidates(unit)) for unit in units)
    return out


def verdict_candidates(tokens) -> list[tuple[str, str, str]]:
    """(lemma, word, part of speech) of each word `judgements.stated_verdict` would look up in the table."""
    from viewer.analysis.claims import judgements

    looked: list[tuple[str, str, str]] = []
    judgements.stated_verdict(tokens, lambda t: looked.append((t.lemma_.lower(), t.lower_, t.pos_)) or False)
    return looked


def choose(units: list, valence: dict, subjectivity: dict, adjectives: set, derived: dict) -> tuple[float, float]:
    """The bars with the most evidence that a read verdict is an opinion's (module docstring), each pair printed."""
    opinions = sum(opinion for opinion, _ in units) or 1
    news = len(units) - opinions or 1
    best, chosen = -math.inf, (VALENCE, SUBJECTIVITY)
    for least_valence in VALENCES:
        for least_subjectivity in SUBJECTIVITIES:
            words = judging(valence, subjectivity, adjectives, derived, least_valence, least_subjectivity)
            read = [opinion for opinion, looked in units if any(_reads(words, *w) for w in looked)]
            o, n = sum(read), len(read) - sum(read)
            lift = (o / opinions) / max(n / news, 1 / news)
            evidence = o * math.log(lift) if o and lift > 1 else 0.0
            print(f"valence {least_valence} subjectivity {least_subjectivity}: opinion {o}/{opinions}, news {n}/{news},"
                  f" lift {lift:.1f}, evidence {evidence:.1f}, {len(words)} words")
            if evidence > best:
                best, chosen = evidence, (least_valence, least_subjectivity)
    return chosen


def _reads(words: dict, lemma: str, word: str, pos: str) -> bool:
    parts = words.get(lemma) or words.get(word) or {}
    return pos in parts


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("vader", type=Path)
    parser.add_argument("pattern", type=Path)
    parser.add_argument("--wordnet", type=Path, default=WORDNET)
    parser.add_argument("--valence", type=float, default=VALENCE)
    parser.add_argument("--subjectivity", type=float, default=SUBJECTIVITY)
    parser.add_argument("--choose", type=Path, metavar="DATA")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    vader_text, pattern_text = (p.read_text(encoding="utf-8") for p in (args.vader, args.pattern))
    if args.choose:
        adjectives, derived = adjective_nouns(args.wordnet)
        chosen = choose(opinion_units(args.choose), valences(vader_text), subjectivities(pattern_text), adjectives,
                        derived)
        print(f"chosen: --valence {chosen[0]} --subjectivity {chosen[1]}")
        return
    written = table(vader_text, pattern_text, args.wordnet, args.valence, args.subjectivity)
    args.out.write_text(dumped(written), encoding="utf-8")
    print(f"{len(written['words'])} words written to {args.out}")


if __name__ == "__main__":
    main()
