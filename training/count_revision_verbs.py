"""Write the verbs news uses to correct a figure it gave: "police amended that number to four", "the number of
injured was revised from eight to six", "six (later upgraded to seven) victims" (claims/retractions.py).

    python training/count_revision_verbs.py GVA_CRAWL [--also DIR ...] [--out viewer/analysis/claims/revision_verbs.json]

A verb is counted where someone acts on a stated figure: the figure is named by a noun that names a figure as such
(FIGURE_NOUNS: "that number", "the death toll", "the count") as the verb's object or passive subject, and the verb
sets it to a number ("to four", "from eight to six"). That shape tells a correction ("amended that number to four") from a change in
the world, which news writes with the figure as the subject of an intransitive verb ("that number has since risen
to 37", "shooting incidents dropped from 674 to 669"). Sentences are read from every readable page of the GVA
crawl and every ``.txt`` file under each ``--also`` folder (ECB+ train's docs, BASIL's articles). Every verb seen
in that shape is written with its count and one sentence it was seen in.
"""
from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from training.count_tables import crawl_and_folder_texts, crawl_arguments, write_table  # noqa: E402
from viewer.analysis.nlp import english  # noqa: E402

# The nouns that name a stated figure itself, not what it counts (a rule of the shape, as "to" is).
FIGURE_NOUNS = ("number", "toll", "count", "figure", "tally", "total", "estimate")
OUT = ROOT / "viewer" / "analysis" / "claims" / "revision_verbs.json"
_SENTENCE = re.compile(r"(?<=[.!?])\s+")
_CANDIDATE = re.compile(rf"\b(?:{'|'.join(FIGURE_NOUNS)})s?\b.*\bto\s+\S|\bto\s+\S.*\b(?:{'|'.join(FIGURE_NOUNS)})s?\b",
                        re.IGNORECASE | re.DOTALL)


def candidate_sentences(texts: Iterable[str]) -> Iterable[str]:
    """Sentences naming a figure noun and a "to" (a cheap filter before parsing)."""
    for text in texts:
        for sentence in _SENTENCE.split(text):
            sentence = " ".join(sentence.split())
            if len(sentence) < 400 and _CANDIDATE.search(sentence):
                yield sentence


def revising_verbs(doc) -> list[str]:
    """The verbs of one parsed sentence that set a named figure to a number: object or passive subject a figure
    noun, and a "to" whose object is a number."""
    return _verbs_to_a_number(doc, ("dobj", "nsubjpass"))


def changing_verbs(doc) -> list[str]:
    """The verbs of one parsed sentence whose subject is a named figure and which take it to a number: the figure
    changes by itself ("that number has since risen to 37", "the death toll climbed to 12")."""
    return _verbs_to_a_number(doc, ("nsubj",))


def _verbs_to_a_number(doc, roles: tuple[str, ...]) -> list[str]:
    out = []
    for token in doc:
        if token.pos_ != "VERB":
            continue
        acted_on = any(c.dep_ in roles and c.lemma_.lower() in FIGURE_NOUNS for c in token.children)
        to_number = any(c.dep_ == "prep" and c.lower_ in ("to", "from") and any(g.like_num for g in c.subtree if g is not c)
                        and (c.lower_ == "to" or any(g.lower_ == "to" for g in c.subtree)) for c in token.children)
        if acted_on and to_number:
            out.append(token.lemma_.lower())
    return out


def count(sentences: Iterable[str], verbs=revising_verbs) -> tuple[Counter, dict[str, str]]:
    seen: Counter = Counter()
    example: dict[str, str] = {}
    for doc in english().pipe(sentences, batch_size=64):
        for verb in verbs(doc):
            seen[verb] += 1
            example.setdefault(verb, doc.text)
    return seen, example


def main(argv: list[str] | None = None) -> None:
    ns = crawl_arguments(__doc__.splitlines()[0], OUT).parse_args(argv)
    texts, data = crawl_and_folder_texts(ns)
    sentences = list(candidate_sentences(texts))
    seen, example = count(sentences)
    changed, change_example = count(sentences, changing_verbs)
    provenance = {
        "data": data,
        "rule": "verbs (spaCy lemma) whose object or passive subject is one of " + ", ".join(FIGURE_NOUNS)
                + ' and which have a "to" over a number ("from eight to six" as the parser reads it too): someone sets a stated figure to another',
        "counts": "sentences each verb was seen in that shape, with the first of them",
        "changes": "verbs whose subject is one of those nouns and which have a \"to\" over a number: "
                   "the figure changes by itself "
                   "(\"that number has since risen to 37\"); counted the same way",
    }
    entries = {verb: {"count": n, "example": example[verb]} for verb, n in seen.most_common()}
    changes = {verb: {"count": n, "example": change_example[verb]} for verb, n in changed.most_common()}
    write_table(ns.out, "count_revision_verbs.py", provenance, "entries", entries,
                {"figure_nouns": list(FIGURE_NOUNS), "changes": changes})
    for verb, n in seen.most_common():
        print(n, verb, example[verb][:160])
    for verb, n in changed.most_common():
        print("changes:", n, verb, change_example[verb][:160])


if __name__ == "__main__":
    main()
