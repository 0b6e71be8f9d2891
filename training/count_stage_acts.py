"""Count the acts news writers state of a shooting's later stages with the shooting itself only in a phrase ("was
arrested in the fatal shooting of", "charged in connection with the death of", "indicted in the killing"): the main
acts of a unit that carries the incident in its background, which `claims.stages` reads as another stage.

A sentence is counted where one of its main verbs (the verbs `acts.stated_acts` reads: the root, a headline's
participle after its noun, verbs coordinated with them, what a reporting verb reports) has a preposition ("in", "for",
"with", "in connection with") whose object is an incident noun (shooting, killing, death, murder, slaying, homicide),
keyed as `acts.verb_act` keys a main verb. Of those counted, the court and custody acts of `CANDIDATES` (acts done to
a suspect after the shooting, chosen by what they mean: a killing, a wounding or a finding is the incident itself, an
identification has its own rule, `claims.identifications`, and the investigation's status was measured and refused,
docs/linking.md "A second sub-shape is a rule"; "face" and "hold", light verbs whose stage lies in their object, "faces
charges", are left out too) seen at least ``--least`` times are written with their count; and of `WORD_CANDIDATES`
(court and custody nouns a unit can tell the stage by without its verb: "will serve 20-42 years in prison") those the
counted sentences of a kept act hold at least ``--least`` times.

Session 60, every incident of the GVA crawl (titles and texts; 6,864 sentences, 2,356 main verbs with such a phrase):
charge 635, arrest 255, then injure 189, wound 174, kill 167 (the incident itself), search 56, make 51 ("made an
arrest"), die 45, ..., identify 29, face 26, sentence 21, book 15, indict 14, plead 13, detain 12, arraign 12, hold
11, accuse 10. The commonest verbs counted, candidates or not, are printed with ``--show N``.

    python training/count_stage_acts.py GVA_CORPUS_DIR --out viewer/analysis/claims/stage_acts.json [--incidents N]
        [--least N] [--show N]
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

CANDIDATES = ("arrest", "charge", "indict", "arraign", "sentence", "convict", "accuse", "plead", "book", "jail",
              "detain", "apprehend", "surrender", "turn in", "extradite", "prosecute", "acquit")
# Court and custody words a unit can tell the stage by without its verb ("will serve 20-42 years in prison", "held on
# $1 million bond"): kept with how many of the counted stage sentences hold them.
WORD_CANDIDATES = ("custody", "jail", "prison", "court", "judge", "bond", "bail", "count", "warrant", "trial",
                   "hearing", "plea", "prosecutor", "conviction", "indictment", "arraignment", "guilty")
# Light verbs that state a court or custody stage through their subject or object ("Arrest made in deadly shooting",
# "police made an arrest in the shooting", "faces charges in the death"), and the stage nouns that carry it: a pair is
# counted where such a verb has the incident phrase and one of the nouns as its object or (passive) subject, or, in a
# headline, as the noun it hangs from.
LIGHT_CANDIDATES = ("make", "face", "file", "bring", "announce", "press", "lodge", "level", "drop")
NOUN_CANDIDATES = ("arrest", "charge", "indictment", "count", "warrant")
INCIDENT = {"shooting", "shootings", "killing", "killings", "death", "deaths", "murder", "murders", "slaying",
            "slayings", "homicide", "homicides"}
_PHRASE = re.compile(r"\b(?:in|for|with)\b[^.]{0,40}\b(?:" + "|".join(sorted(INCIDENT)) + r")\b", re.IGNORECASE)
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])|\n+")
_LONGEST = 80


def gva_sentences(corpus: Path, incidents: int) -> Iterator[str]:
    """The titles' and texts' sentences holding an incident noun after "in", "for" or "with", of the first
    ``incidents`` incidents with usable reports."""
    for k, (_incident, items) in enumerate(usable_reports(corpus)):
        if k >= incidents:
            return
        for _name, item in items:
            for sentence in _SENTENCE.split(f"{item['title']}\n{item['text']}"):
                if _PHRASE.search(sentence) and len(sentence.split()) <= _LONGEST:
                    yield sentence.strip()


def main_verbs(doc) -> list:
    """The sentence's main verbs as `acts.stated_acts` reads them."""
    out, todo = [], []
    for root in (t for t in doc if t.head.i == t.i):
        if root.pos_ in ("NOUN", "PROPN"):
            todo.extend(c for c in root.children if c.dep_ == "acl" and c.tag_ == "VBN")
        elif root.pos_ == "VERB":
            todo.append(root)
    while todo:
        v = todo.pop()
        said = v.lemma_.lower() in REPORTING
        if not said:
            out.append(v)
        todo.extend(c for c in v.children if c.pos_ == "VERB" and (c.dep_ == "conj" or (c.dep_ == "ccomp" and (said or c.i < v.i))))
    return out


def in_incident(verb) -> bool:
    """Whether the verb has a preposition ("in", "for", "with", "in connection with") whose object is an incident."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "for", "with")):
        nouns = [t for t in prep.subtree if t.dep_ == "pobj"]
        if any(t.lower_ in INCIDENT for t in nouns):
            return True
    return False


def stage_noun(verb) -> str | None:
    """The stage noun of `NOUN_CANDIDATES` a light verb states: its object or subject ("made an arrest", "charges were
    filed"), or the noun a headline's participle hangs from ("Arrest made in ...")."""
    nouns = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "nsubj")]
    if verb.dep_ == "acl":
        nouns.append(verb.head)
    return next((n.lemma_.lower() for n in nouns if n.lemma_.lower() in NOUN_CANDIDATES), None)


def count(sentences: Iterable[str], nlp) -> tuple[Counter, Counter, Counter, int]:
    """The acts counted, the candidate words of the sentences whose counted act is a candidate act, and the light
    verbs of `LIGHT_CANDIDATES` with the stage noun they state (`stage_noun`)."""
    acts: Counter = Counter()
    words: Counter = Counter()
    light: Counter = Counter()
    read = 0
    for doc in nlp.pipe(sentences, batch_size=256, disable=["ner", "person_names"]):
        read += 1
        verbs = [v for v in main_verbs(doc) if in_incident(v)]
        found = {verb_act(v) for v in verbs}
        acts.update(found)
        light.update({(verb_act(v), noun) for v in verbs if verb_act(v) in LIGHT_CANDIDATES and (noun := stage_noun(v))})
        if found & set(CANDIDATES):
            words.update({t.lemma_.lower() for t in doc} & set(WORD_CANDIDATES))
    return acts, words, light, read


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gva", type=Path)
    parser.add_argument("--incidents", type=int, default=2000)
    parser.add_argument("--least", type=int, default=10, help="keep candidates counted at least this often")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--show", type=int, default=0, help="print the N commonest acts counted")
    ns = parser.parse_args()
    from viewer.analysis.nlp import english

    acts, words, light, read = count(gva_sentences(ns.gva, ns.incidents), english())
    for act, n in acts.most_common(ns.show):
        print(f"{n:5d}  {act}{'  (candidate)' if act in CANDIDATES else ''}")
    kept = sorted(((a, acts[a]) for a in CANDIDATES if acts[a] >= ns.least), key=lambda p: (-p[1], p[0]))
    held = sorted(((w, words[w]) for w in WORD_CANDIDATES if words[w] >= ns.least), key=lambda p: (-p[1], p[0]))
    stated = sorted(((v, n, k) for (v, n), k in light.items() if k >= ns.least), key=lambda p: (-p[2], p[0], p[1]))
    for (v, n), k in light.most_common(ns.show):
        print(f"{k:5d}  {v} {n}  (light verb, stage noun)")
    source = (f"Counted by training/count_stage_acts.py on the Gun Violence Archive crawl ({ns.gva.name}), the first "
              f"{ns.incidents} incidents with usable reports: {read} sentences holding an incident noun after in/for/with "
              f"parsed with the app's English pipeline; {sum(acts.values())} main verbs with such a phrase, of "
              f"{len(acts)} acts; the court and custody candidates seen at least {ns.least} times kept with their count, and the "
              f"candidate words the sentences of a kept act hold, seen at least {ns.least} times, and the light verbs "
              f"with the stage noun they state seen at least {ns.least} times")
    looked = [(a, acts[a]) for a in CANDIDATES]
    write_table(ns.out, source, kept, held, stated, looked)
    print(f"{read} sentences, {len(kept)} acts kept -> {ns.out}")


def write_table(out: Path, source: str, kept: list[tuple[str, int]], held: list[tuple[str, int]],
                stated: list[tuple[str, str, int]], looked: list[tuple[str, int]]) -> None:
    """The acts, the words and the light verbs with their nouns, one a line, after what they are and where they came
    from."""
    table = {
        "what": "Court and custody acts news writers state with the shooting only in a phrase ('arrested in the fatal "
                "shooting of'), with how often: a unit whose main act is one of them tells a later stage; and the court and "
                "custody words those sentences hold, with how many: a unit holding one tells such a stage too; and the "
                "light verbs that state such a stage through a stage noun ('Arrest made in', 'faces charges in'), with the "
                "noun and how often: a unit whose main act is the verb and which holds the noun tells the stage; and every "
                "court or custody act looked for, with how often, kept or not: a unit stating one tells that stage too.",
        "source": source,
        "command": "python training/count_stage_acts.py " + " ".join(sys.argv[1:]),
    }
    head = json.dumps(table, indent=1, ensure_ascii=False)[:-2]
    rows = ",\n".join("  " + json.dumps([a, n], ensure_ascii=False) for a, n in kept)
    words = ",\n".join("  " + json.dumps([w, n], ensure_ascii=False) for w, n in held)
    light = ",\n".join("  " + json.dumps(list(x), ensure_ascii=False) for x in stated)
    seen = ",\n".join("  " + json.dumps([a, n], ensure_ascii=False) for a, n in looked)
    out.write_text(f'{head},\n "acts": [\n{rows}\n ],\n "words": [\n{words}\n ],\n "light": [\n{light}\n ],\n'
                   f' "candidates": [\n{seen}\n ]\n}}\n', encoding="utf-8")


if __name__ == "__main__":
    main()
