"""Multi-outlet sets for judging claim links, prepared from the public ECB+ corpus.

ECB+ (Cybulska and Vossen, LREC 2014; CC BY 3.0) holds news articles from many outlets in 43
topics, each topic two similar but different events (two celebrities entering rehab, two
earthquakes), with event mentions linked across documents by annotators. That gives what
judging links needs and nobody here wrote: which articles report one event, and which
sentences report one action.

    python bench/ecbplus.py ECB_DIR OUT

ECB_DIR is the extracted ``ECB+_LREC2014`` folder. OUT receives three sets, chosen by topic
with a fixed seed so the choice is reproducible and never made by looking at the texts:
``heldout`` and ``dev`` (5 articles for each of the two events of 6 topics each) and ``train``
(the remaining topics, for fitting the verifier). Each set has ``docs/*.txt`` (title, then one
sentence a paragraph) and ``events.json``: each document's event and sentences, with their
offsets, whether ECB+ annotated them, and the cross-document action chains they mention.
"""
from __future__ import annotations

import argparse
import csv
import json
import random
import re
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

SEED = 2014
TOPICS_PER_SET = 6
ARTICLES_PER_EVENT = 5
MIN_SENTENCES = 6
_NO_SPACE_BEFORE = re.compile(r" ([,.;:!?%)\]}]|'s\b|'re\b|'ve\b|'ll\b|'d\b|n't\b|’s\b|’)")
_NO_SPACE_AFTER = re.compile(r"([(\[{$“‘]) ")
_HYPHEN = re.compile(r"\b([a-z0-9]+) - (?=[a-z0-9])")
_THOUSANDS = re.compile(r"(?<![\w-])(\d{1,3})((?:, \d{3})+)\b")
_MONTH = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.? $", re.IGNORECASE)


def detokenize(tokens: list[str]) -> str:
    """Plain text from ECB+ tokens: no space before punctuation or after an opening bracket."""
    text = " ".join(tokens).replace("``", "“").replace("''", "”")
    text = _NO_SPACE_BEFORE.sub(r"\1", text)
    text = _NO_SPACE_AFTER.sub(r"\1", text)
    text = re.sub(r"“ ([^”]*?) ”", r"“\1”", text)
    text = _HYPHEN.sub(r"\1-", text)  # "eight - year", "court - mandated": split compounds
    text = re.sub(r"(\d)([:.]) (\d)", r"\1\2\3", text)  # "7: 35", "1. 5"
    text = _THOUSANDS.sub(lambda m: _thousands(m, text), text)
    return re.sub(r"\s+", " ", text).strip()


def _thousands(match: re.Match, text: str) -> str:
    """"2, 117" is one figure, as ECB+ tokenised "2,117"; "May 5, 200" and "5-11, 220" are two."""
    if _MONTH.search(text[: match.start()]):
        return match.group(0)
    return match.group(1) + match.group(2).replace(", ", ",")


def read_document(path: Path) -> tuple[dict[int, list[str]], dict[int, set[str]]]:
    """Sentences as token lists, and the cross-document action chains each sentence mentions."""
    root = ET.parse(path).getroot()
    sentences: dict[int, list[str]] = defaultdict(list)
    sentence_of = {}
    for token in root.iter("token"):
        n = int(token.get("sentence"))
        sentences[n].append(token.text or "")
        sentence_of[token.get("t_id")] = n
    markables = root.find("Markables")
    action_sentences: dict[str, set[int]] = {}
    for m in markables if markables is not None else ():
        if m.tag.startswith(("ACTION", "NEG_ACTION")):
            action_sentences[m.get("m_id")] = {sentence_of[a.get("t_id")] for a in m.iter("token_anchor")}
    chains: dict[int, set[str]] = defaultdict(set)
    relations = root.find("Relations")
    for relation in relations.iter("CROSS_DOC_COREF") if relations is not None else ():
        chain = relation.get("note", "")
        if not chain.startswith(("ACT", "NEG")):
            continue
        for source in relation.iter("source"):
            for n in action_sentences.get(source.get("m_id"), ()):
                chains[n].add(chain)
    return dict(sentences), chains


def write_document(name: str, sentences: dict[int, list[str]], chains, annotated: set[int], out: Path) -> dict:
    """One article as text: the first non-URL sentence is its title; offsets recorded per sentence."""
    parts, records, pos = [], [], 0
    for n in sorted(sentences):
        text = detokenize(sentences[n])
        if not text or text.startswith("http"):
            continue
        parts.append(text)
        records.append({"n": n, "start": pos, "end": pos + len(text), "annotated": n in annotated, "chains": sorted(chains.get(n, ()))})
        pos += len(text) + 2
    (out / f"{name}.txt").write_text("\n\n".join(parts) + "\n", encoding="utf-8")
    return {"sentences": records}


def prepare(ecb_dir: Path, out: Path) -> None:
    annotated: dict[str, set[int]] = defaultdict(set)
    with open(ecb_dir / "ECBplus_coreference_sentences.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            annotated[f"{row['Topic']}_{row['File']}"].add(int(row["Sentence Number"]))
    events: dict[tuple[int, str], list[tuple[str, dict, dict]]] = defaultdict(list)
    for path in sorted((ecb_dir / "ECB+").glob("*/*.xml")):
        name = path.stem
        topic, kind = int(name.split("_")[0]), "plus" if name.endswith("plus") else "ecb"
        sentences, chains = read_document(path)
        events[(topic, kind)].append((name, sentences, chains))
    usable = sorted(t for t in {t for t, _k in events} if all(_long(events.get((t, k), [])) >= ARTICLES_PER_EVENT for k in ("ecb", "plus")))
    rng = random.Random(SEED)
    rng.shuffle(usable)
    chosen = {"heldout": usable[:TOPICS_PER_SET], "dev": usable[TOPICS_PER_SET:2 * TOPICS_PER_SET]}
    chosen["train"] = sorted({t for t, _k in events} - set(chosen["heldout"]) - set(chosen["dev"]))
    for set_name, topics in chosen.items():
        docs_dir = out / set_name / "docs"
        docs_dir.mkdir(parents=True, exist_ok=True)
        gold = {"source": "ECB+ LREC 2014 release (CC BY 3.0)", "seed": SEED, "topics": sorted(topics), "documents": {}}
        for topic in sorted(topics):
            for kind in ("ecb", "plus"):
                articles = events.get((topic, kind), [])
                if set_name != "train":
                    articles = _pick(articles, annotated)
                for name, sentences, chains in articles:
                    record = write_document(name, sentences, chains, annotated[name], docs_dir)
                    gold["documents"][f"{name}.txt"] = {"event": f"{topic}-{kind}", "topic": topic, **record}
        (out / set_name / "events.json").write_text(json.dumps(gold, indent=1), encoding="utf-8")
        print(f"{set_name}: topics {sorted(topics)}, {len(gold['documents'])} articles")


def _long(articles) -> int:
    return sum(1 for _n, sentences, _c in articles if len(sentences) >= MIN_SENTENCES)


def _pick(articles, annotated) -> list:
    """The articles of an event with the most annotated sentences (ties by name): the best judged."""
    long = [a for a in articles if len(a[1]) >= MIN_SENTENCES]
    return sorted(long, key=lambda a: (-len(annotated[a[0]]), a[0]))[:ARTICLES_PER_EVENT]


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ecb_dir", type=Path)
    parser.add_argument("out", type=Path)
    ns = parser.parse_args()
    prepare(ns.ecb_dir, ns.out)
