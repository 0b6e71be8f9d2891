"""Write the forms news denies an act in without "not": "forgot to lock the box", "was unable to reach", "cannot say".

    python training/count_denial_forms.py CORPUS_DIR [--wordnet /usr/share/wordnet] [--least 3] [--show 2]
        [--out viewer/analysis/claims/denial_forms.json]

The polarity line (`polarity.polarity`) sets a denial against a statement of the same act in another source. A
denial it cannot read is read as the act stated: "Initial information said she put the gun in a lock box but did not
lock it" against "She said she put the gun back, but forgot to lock the box" was written as a conflict (judged dev
W), and on MSRP's pairs of one meaning most of the polarity lines the reader writes are of this shape (lines60,
training/count_denied_acts.py: "cannot", "unable to").

Counted on the GVA crawl (CORPUS_DIR, the_violent_corpus, usable articles as `bench/gva.py` reads them): every word
written before "to" and a verb (a word of WordNet's index.verb: "forgot to lock", not "dropped to the floor"), by its
form as written, and every "cannot" before a word. A form
is written to the table when it is counted at least ``--least`` times and WordNet 3.0 (``--wordnet``, Debian's
wordnet-base) gives its word a sense of an act not done: a verb sense that is, or lies below by hyponym pointers,
one of SEEDS (failing to do, leaving undone, showing unwillingness: "forget to do something" lies below "leave
undone or leave out"), or an adjective sense that is the antonym of a sense of "able" ("unable"). "Cannot" is the
spelling of "can not" that `\\bnot\\b` misses; it is written with its count. A form whose word does its act ("went
to lock", "tried to lock": "tried to revive him" beside "could not revive him" is a pair the crawl has) has no such
sense and is never written, however often it is counted.

The script also prints, for reading, the pairs of sentences in two reports of one incident where one denies a verb
with "not" and the other writes a counted form before it and no other denial: few (914 incidents have two usable
reports), but they are the shape the line mistakes.
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.gva import usable_reports  # noqa: E402
from training.count_tables import GVA_CRAWL, write_table  # noqa: E402
from training.count_withholding import wordnet_verbs  # noqa: E402
from training.wordnet import exceptions, index_lemmas, synsets  # noqa: E402
from viewer.analysis.claims.units import NEGATION  # noqa: E402

OUT = ROOT / "viewer" / "analysis" / "claims" / "denial_forms.json"
# WordNet 3.0 verb senses of an act not done: (a lemma of the sense, its gloss opening).
SEEDS = (
    ("neglect", "fail to do something"),  # neglect, fail
    ("neglect", "leave undone or leave out"),  # neglect, omit, miss; "forget to do something" below
    ("refuse", "show unwillingness towards"),  # refuse, decline
)
_FORM = re.compile(r"\b([a-z]+)\s+to\s+([a-z]+)\b|\b(cannot)\s+([a-z]+)", re.IGNORECASE)
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")
_DENIED = re.compile(r"\b(?:not|never|n['’]t)\s+(?:be\s+|been\s+|have\s+)?([a-z]+)", re.IGNORECASE)
_WORD = re.compile(r"[a-z]+")
_SHARED = 3  # content words (over four letters) two sentences share to be read as one statement told twice


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    parser.add_argument("--least", type=int, default=3)
    parser.add_argument("--show", type=int, default=2)
    parser.add_argument("--out", type=Path, default=OUT)
    ns = parser.parse_args(argv)
    not_done = not_done_words(ns.wordnet)
    forms, paired, articles = Counter(), Counter(), 0
    for _incident, items in usable_reports(ns.corpus):
        reports = [f"{item['title']}.\n{item['text']}" for _name, item in items]
        articles += len(reports)
        for text in reports:
            forms.update(form for form, verb in written_forms(text) if word_of(verb, ns.wordnet) in _verbs(ns.wordnet))
        for form, denial, other in paired_denials(reports):
            paired[form] += 1
            if paired[form] <= ns.show:
                print(f"[{form}] {denial[:150]}\n    || {other[:150]}")
    kept = {form: n for form, n in forms.most_common()
            if n >= ns.least and (form == "cannot" or word_of(form, ns.wordnet) in not_done)}
    print(f"{articles} articles; forms kept (count, pairs across reports):")
    for form, n in kept.items():
        print(f"  {form}: {n} ({paired[form]})")
    print("most frequent forms not kept:", ", ".join(f"{f} {n} ({paired[f]})" for f, n in forms.most_common(40) if f not in kept))
    write_table(ns.out, "count_denial_forms.py", {
        "what": "forms written before 'to' and a verb (and 'cannot') that deny the act, as written",
        "data": f"{GVA_CRAWL}, usable articles ({articles}); WordNet 3.0, Princeton University (Debian package "
                "wordnet-base 1:3.0), data.verb, data.adj, verb.exc",
        "rule": f"counted at least {ns.least} times, and a sense of the form's word is or lies below one of: "
                + "; ".join(f"{lemma} ({gloss})" for lemma, gloss in SEEDS)
                + "; or an adjective sense that is the antonym of a sense of 'able'; 'cannot' as counted"}, "entries", kept)


def written_forms(text: str) -> list[tuple[str, str]]:
    """(the form as written, lower case; the verb after it) for each "X to V" and "cannot V" of the text."""
    return [((h.group(1) or h.group(3)).lower(), (h.group(2) or h.group(4)).lower()) for h in _FORM.finditer(text)]


def not_done_words(wordnet: Path) -> set[str]:
    """Every verb of a sense at or below SEEDS, and every adjective antonym of a sense of "able"."""
    senses, glosses, below = wordnet_verbs((wordnet / "data.verb").read_text(encoding="utf-8"))
    synsets: set[str] = set()
    for lemma, opening in SEEDS:
        todo = [next(s for s in senses[lemma] if glosses[s].startswith(opening))]
        while todo:
            synset = todo.pop()
            if synset not in synsets:
                synsets.add(synset)
                todo += below.get(synset, [])
    words = {lemma for lemma, offsets in senses.items() if synsets & set(offsets)}
    return words | _antonyms_of_able((wordnet / "data.adj").read_text(encoding="utf-8"))


def _antonyms_of_able(data_adj: str) -> set[str]:
    """The adjectives WordNet gives as antonyms ("!") of a synset that holds "able"."""
    adjectives = {synset.offset: synset for synset in synsets(data_adj)}
    return {lemma for synset in adjectives.values() if "able" in synset.lemmas
            for pointer in synset.pointers if pointer.symbol == "!" for lemma in adjectives[pointer.offset].lemmas}


def word_of(form: str, wordnet: Path) -> str:
    """The form's dictionary word: WordNet's exceptions ("forgot": forget) or an inflection taken off."""
    exceptions = _exceptions(wordnet)
    if form in exceptions:
        return exceptions[form]
    for suffix, ending in (("ied", "y"), ("ies", "y"), ("ing", "e"), ("ing", ""), ("ed", "e"), ("ed", ""), ("es", ""),
                           ("s", "")):
        if form.endswith(suffix) and (word := form[:-len(suffix)] + ending) in _verbs(wordnet):
            return word
    return form


@lru_cache(maxsize=4)
def _exceptions(wordnet: Path) -> dict[str, str]:
    return {form: bases[0] for form, bases in exceptions((wordnet / "verb.exc").read_text(encoding="utf-8")) if bases}


@lru_cache(maxsize=4)
def _verbs(wordnet: Path) -> frozenset[str]:
    return frozenset(index_lemmas((wordnet / "index.verb").read_text(encoding="utf-8")))


def paired_denials(reports: list[str]):
    """(form, the denying sentence, the other) for sentences of two reports of one incident sharing ``_SHARED``
    content words, one denying a verb with "not", the other writing a form before that verb and no denial
    `units.NEGATION` reads."""
    split = [[(s, _content(s)) for s in (" ".join(x.split()) for x in _SENTENCE.split(r)) if s] for r in reports]
    for k, report in enumerate(split):
        for denial, words in report:
            denied = {_stem(m.group(1)) for m in _DENIED.finditer(denial)}
            for other_report in (split[:k] + split[k + 1:]) if denied else ():
                for other, theirs in other_report:
                    if len(words & theirs) >= _SHARED and not NEGATION.search(other):
                        yield from ((form, denial, other) for form, verb in written_forms(other)
                                    if _stem(verb) in denied)


def _content(sentence: str) -> frozenset[str]:
    return frozenset(w for w in _WORD.findall(sentence.lower()) if len(w) > 4)


def _stem(word: str) -> str:
    word = word.lower()
    return next((word[:-len(s)] for s in ("ing", "ed", "es", "s", "e") if word.endswith(s) and len(word) - len(s) >= 3), word)


if __name__ == "__main__":
    main()
