"""Count the verbs news writers coordinate for one subject ("was arrested and charged with", "fled and was
caught"), as pairs of acts: a measure of whether two reports' units whose main acts are such a pair state two
stages of one story ("Carter was arrested" / "Carter was charged with murder").

Nobody coordinates an act with itself, so a coordinated pair names two acts. A pair is counted where a verb with a
subject of its own has a verb coordinated with it (`conj`) that has none; each verb is keyed as `acts.verb_act`
keys a unit's main verbs (the lemma, a phrasal verb with its particle, "not " when negated), and reporting verbs
("said and added") are left out. Pairs are kept, unordered, with their count, when seen ``--least`` times.

On the GVA crawl and ECB+ train (session 55: 34,406 sentences holding "and", 5,112 pairs) the commonest are
shoot/kill 540, arrest/charge 149, release/treat 136, shoot/take 117, injure/kill 62, shoot/wound 61, find/shoot 48.
Most name one happening that two reports tell with either verb ("was transported" / "was taken", "arrived to find" /
"found", "shot" / "killed"), so the table splits more right links than wrong ones and is not shipped
(`bench/stage_acts.py` measures it; docs/linking.md, "Two stages of one story").

    python training/count_coordinated_acts.py GVA_CORPUS_DIR [TEXT_DIR ...] --out FILE [--least N] [--show N]

GVA_CORPUS_DIR is the Gun Violence Archive crawl's ``the_violent_corpus`` folder (bench/gva.py reads its
pickles); each TEXT_DIR holds plain-text articles (``*.txt``: ECB+ train's ``docs`` as bench/ecbplus.py writes
them). Only sentences holding "and" are parsed.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))

from gva import usable_reports  # noqa: E402
from viewer.analysis.claims.acts import verb_act  # noqa: E402
from viewer.analysis.claims.vocabulary import REPORTING  # noqa: E402

_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])|\n+")
_AND = re.compile(r"\band\b")
_SUBJECT = {"nsubj", "nsubjpass", "expl", "csubj"}
_LONGEST = 80


def gva_texts(corpus: Path) -> Iterator[str]:
    """The usable articles of every incident of the crawl, titles aside (a headline coordinates without a subject)."""
    for _incident, items in usable_reports(corpus):
        yield from (item["text"] for _name, item in items)


def plain_texts(folder: Path) -> Iterator[str]:
    yield from (p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt")))


def sentences_with_and(texts: Iterable[str]) -> Iterator[str]:
    for text in texts:
        for sentence in _SENTENCE.split(text):
            if _AND.search(sentence) and len(sentence.split()) <= _LONGEST:
                yield sentence.strip()


def coordinated_acts(doc) -> Iterator[tuple[str, str]]:
    """(act, act) for each verb with a subject and a verb coordinated with it that has no subject of its own."""
    for verb in doc:
        if verb.pos_ != "VERB" or not any(c.dep_ in _SUBJECT for c in verb.children):
            continue
        for other in verb.children:
            if other.dep_ == "conj" and other.pos_ == "VERB" and not any(c.dep_ in _SUBJECT for c in other.children):
                first, second = verb_act(verb), verb_act(other)
                if first != second and not {_lemma(first), _lemma(second)} & REPORTING:
                    yield first, second


def _lemma(act: str) -> str:
    return act.removeprefix("not ").split(" ")[0]


def count(sentences: Iterable[str], nlp) -> tuple[Counter, int]:
    pairs: Counter = Counter()
    read = 0
    for doc in nlp.pipe(sentences, batch_size=256, disable=["ner", "person_names"]):
        read += 1
        pairs.update(tuple(sorted(p)) for p in coordinated_acts(doc))
    return pairs, read


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gva", type=Path)
    parser.add_argument("texts", type=Path, nargs="*", help="folders of plain-text articles (ECB+ train docs)")
    parser.add_argument("--least", type=int, default=3, help="keep pairs counted at least this often")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--show", type=int, default=0, help="print the N commonest pairs")
    ns = parser.parse_args()
    from viewer.analysis.nlp import english

    nlp = english()
    texts = [gva_texts(ns.gva), *(plain_texts(f) for f in ns.texts)]
    pairs, read = count(sentences_with_and(t for source in texts for t in source), nlp)
    kept = sorted(((a, b, n) for (a, b), n in pairs.items() if n >= ns.least), key=lambda p: (-p[2], p[0], p[1]))
    for a, b, n in kept[:ns.show]:
        print(f"{n:5d}  {a} / {b}")
    folders = (f"{f.parent.name}/{f.name}" for f in ns.texts)
    sources = ", ".join([f"the Gun Violence Archive crawl ({ns.gva.name})", *folders])
    source = (f"Counted by training/count_coordinated_acts.py on {sources}: {read} sentences holding 'and' parsed with "
              f"the app's English pipeline; {sum(pairs.values())} coordinations of {len(pairs)} pairs, those seen at "
              f"least {ns.least} times kept with their count")
    write_table(ns.out, source, kept)
    print(f"{read} sentences, {len(kept)} pairs kept -> {ns.out}")


def write_table(out: Path, source: str, kept: list[tuple[str, str, int]]) -> None:
    """The pairs, one a line, after what they are and where they came from."""
    table = {
        "what": "Acts news writers coordinate for one subject ('was arrested and charged', 'pleaded guilty and was "
                "sentenced'), with how often: two acts told apart.",
        "source": source,
        "command": "python training/count_coordinated_acts.py " + " ".join(sys.argv[1:]),
    }
    head = json.dumps(table, indent=1, ensure_ascii=False)[:-2]
    rows = ",\n".join("  " + json.dumps([a, b, n], ensure_ascii=False) for a, b, n in kept)
    out.write_text(f'{head},\n "pairs": [\n{rows}\n ]\n}}\n', encoding="utf-8")


if __name__ == "__main__":
    main()
