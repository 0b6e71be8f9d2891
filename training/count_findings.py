"""Count the verbs news writers give an official finding of how someone died by ("The death was ruled a homicide",
"the shooting has been ruled accidental", "Police are calling the deaths a murder-suicide"): the verbs whose complement
is a manner of death, which `claims.findings` reads as a finding, a later stage than the death it rules on.

The manners are the five of the US standard death certificate's "manner of death" box (natural, accident, suicide,
homicide, pending investigation / could not be determined) and the forms news writes them in (`MANNERS`: "accidental",
"murder-suicide"), with the reviewer's finding on a shooting by police ("justified", "self-defense"): what a finding
states, chosen by what the box means, not read off any judged link. A sentence of the crawl holding one is parsed, and
each main verb (as `acts.stated_acts` reads them) is counted twice: when one of its complements is a manner ("ruled
[a homicide]", "ruled [accidental]", "calling the deaths [a murder-suicide]", "classified [as a homicide]"), and when the
sentence holds a manner anywhere ("called 911 to report an accidental shooting"). A verb is kept when its complement is
a manner at least ``--least`` times and in at least half the sentences where it is a main verb beside a manner word:
the veto reads the stored acts and terms, not the complement, so a verb that meets the words elsewhere as often would
read a report of the shooting as a finding. Each manner word is kept with how often a kept verb takes it.

    python training/count_findings.py GVA_CORPUS_DIR --out viewer/analysis/claims/findings.json [--least 5] [--show]
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
from viewer.analysis.claims.acts import main_verbs, verb_act  # noqa: E402

MANNERS = ("homicide", "homicides", "suicide", "suicides", "murder-suicide", "accident", "accidental", "natural",
           "undetermined", "justified", "justifiable", "self-defense")
_MANNER = re.compile(r"\b(?:" + "|".join(re.escape(m) for m in MANNERS) + r")\b", re.IGNORECASE)
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])|\n+")
# A complement of the verb, as the parse hangs one ("ruled a homicide" gives "homicide" as npadvmod, "ruled each death
# … homicides" as advcl); an object is no complement ("investigating a homicide", "committed suicide").
_COMPLEMENTS = frozenset({"oprd", "attr", "acomp", "xcomp", "npadvmod", "advcl"})
_LONGEST = 80


def manner_sentences(corpus: Path) -> Iterator[str]:
    """The crawl's titles' and texts' sentences holding a manner word, every incident with usable reports."""
    for _incident, items in usable_reports(corpus):
        for _name, item in items:
            for sentence in _SENTENCE.split(f"{item['title']}\n{item['text']}"):
                if _MANNER.search(sentence) and len(sentence.split()) <= _LONGEST:
                    yield sentence.strip()


def complement_manner(verb) -> str | None:
    """The manner a complement of the verb states: the word itself or the head of its noun phrase ("a homicide",
    "a tragic accidental shooting": "accidental"). A finding gives the death its manner in the verb's own clause
    ("ruled [the death] [a homicide]"); a verb that takes a whole clause ("believe the shooting was accidental",
    "evidence indicates") tells a belief or a sign, and one that takes an "as" ("investigating the death as a
    homicide", "treating it as") an inquiry, which `claims.stages` reads apart: neither is counted."""
    for child in verb.children:
        words = []
        if child.dep_ in _COMPLEMENTS:
            words = [child, *(t for t in child.children if t.dep_ in ("amod", "compound"))]
        found = next((w.lower_ for w in words if w.lower_ in MANNERS), None)
        if found:
            return found
    return None


def count(sentences: Iterable[str], nlp) -> tuple[Counter, Counter, Counter, list[str]]:
    """Per verb act: how often a complement states a manner, how often the verb is a main verb beside a manner word
    anywhere; per manner word, how often a verb's complement states it; and the sentences read."""
    ruling, beside, words, read = Counter(), Counter(), Counter(), []
    for doc in nlp.pipe(sentences, batch_size=256, disable=["ner", "person_names"]):
        read.append(doc.text)
        for verb in main_verbs(doc[:]):
            act = verb_act(verb)
            beside[act] += 1
            manner = complement_manner(verb)
            if manner:
                ruling[act] += 1
                words[(act, manner)] += 1
    return ruling, beside, words, read


def table(ruling: Counter, beside: Counter, words: Counter, read: int, least: int, command: str) -> dict:
    """The kept verbs with both counts, and the manner words the kept verbs take, each with its count."""
    verbs = [[act, n, beside[act]] for act, n in ruling.most_common() if n >= least and 2 * n >= beside[act]]
    kept = {v for v, *_ in verbs}
    manners = Counter()
    for (act, manner), n in words.items():
        if act in kept:
            manners[manner] += n
    return {
        "what": "Verbs whose complement states how someone died, as an official finding ('ruled a homicide', 'ruled "
                "accidental'), with how often a complement is a manner and how often the verb is a main verb beside a "
                "manner word at all; and the manner words those verbs take, with how often: a unit whose main act is "
                "such a verb and which holds such a word tells a finding on the death, a later stage than the death.",
        "source": f"Counted by training/count_findings.py on the Gun Violence Archive crawl (the_violent_corpus), every "
                  f"incident with usable reports: {read} sentences holding a manner of death of the US standard death "
                  f"certificate (or its news forms) parsed with the app's English pipeline; a verb kept when its "
                  f"complement is a manner at least {least} times and in at least half its sentences beside one",
        "command": command,
        "verbs": verbs,
        "manners": [[m, n] for m, n in manners.most_common()],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gva", type=Path)
    parser.add_argument("--least", type=int, default=5)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--show", action="store_true", help="print every verb counted, kept or not")
    args = parser.parse_args()
    from viewer.analysis.nlp import english

    ruling, beside, words, read = count(manner_sentences(args.gva), english())
    if args.show:
        for act, n in beside.most_common(60):
            print(f"{act:16} complement {ruling[act]:4}  beside {n:4}")
    command = f"python training/count_findings.py {args.gva.name} --least {args.least} --out {args.out}"
    found = table(ruling, beside, words, len(read), args.least, command)
    print(json.dumps({k: found[k] for k in ("verbs", "manners")}, ensure_ascii=False))
    if args.out:
        args.out.write_text(laid_out(found), encoding="utf-8")


def laid_out(found: dict) -> str:
    """The table as JSON with one verb or manner a line, as the other tables of `claims` are laid out."""
    head = json.dumps({k: found[k] for k in ("what", "source", "command")}, indent=1, ensure_ascii=False)[:-2]
    verbs = ",\n".join("  " + json.dumps(row, ensure_ascii=False) for row in found["verbs"])
    manners = ",\n".join("  " + json.dumps(row, ensure_ascii=False) for row in found["manners"])
    return f'{head},\n "verbs": [\n{verbs}\n ],\n "manners": [\n{manners}\n ]\n}}\n'


if __name__ == "__main__":
    main()
