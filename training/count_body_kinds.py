"""Write which kinds of named body a bare description of a body may stand for: "the agency" after
"the Food and Drug Administration" or "the Roseville Police Department", "the commission" after "the
Illinois Board of Elections".

    python training/count_body_kinds.py GVA_CRAWL POLNEAR_PREPARED [--wordnet /usr/share/wordnet]
        [--out viewer/resources/attribution/body_kinds.json]

News names a body once and then calls it by what it is, often in other words than its name. A
description that took only bodies whose name holds its own noun lost every other one. A kind word
of a body's name (``names.ORG_WORDS``) is kept for a description's noun from two sources, each entry
saying which:

- WordNet 3.0: a sense of the kind word is the noun's sense or below it by hypernym pointers
  ("bureau", "police" and "office" are agencies; "board" and "committee" commissions).
- counted: in the GVA crawl and PolNeAR train's fit part (training/polnear_parts.py), a "the NOUN
  said" (or told, announced…) in a text naming no body with NOUN in its name, against the kind word
  of the capitalised body name closest before it (ending within 400 characters), when that name holds
  one ("Police Department" does not say which of its two words "the agency" stood for). Closeness alone
  pairs any two kinds now and then, so a kind is kept when seen at least three times with the noun
  and at least twice as often, in share, as before all such descriptions together ("the agency
  said" after a police department).
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from training.count_person_nouns import NOTICE  # noqa: E402
from training.count_tables import GVA_CRAWL, crawl_texts, write_table  # noqa: E402
from training.polnear_parts import part_of  # noqa: E402
from training.wordnet import synsets  # noqa: E402
from viewer.analysis.speakers.names import ORG_NAMES, ORG_WORDS  # noqa: E402

KINDS = sorted(ORG_WORDS - ORG_NAMES)
_CAPITALISED = "|".join(k.capitalize() for k in KINDS)
_LINK = r"(?:(?:of|and|for|on|the)\s+)*"
# a run of capitalised words holding a capitalised kind word: "Roseville Police Department", "Board of Elections"
NAME = re.compile(rf"(?:[A-Z][\w.'’&-]*\s+{_LINK})*(?:{_CAPITALISED})\b(?:\s+{_LINK}[A-Z][\w.'’&-]*)*")
# "the agency said": a description speaking ("the party" of a crime report is mostly no body)
DESCRIPTION = re.compile(rf"\b[Tt]he\s+({'|'.join(KINDS)})(?:\s+(?:also|later|then|has|had|have|previously|initially))?"
                         r"\s+(?:said|says|told|announced|stated|added|confirmed|declined|denied|reported|wrote|argued)\b")
REACH = 400
LEAST, LIFT = 3, 2.0


def pairs(text: str) -> Counter:
    """(description noun, kind word of the nearest body named before it) for each speaking description
    whose noun no body of the text is named with."""
    bodies = [(m.end(), _kinds(m.group(0))) for m in NAME.finditer(text)]
    named = set().union(*(kinds for _, kinds in bodies))
    found: Counter = Counter()
    for m in DESCRIPTION.finditer(text):
        noun = m.group(1)
        before = [kinds for end, kinds in bodies if end <= m.start() and m.start() - end < REACH]
        if noun not in named and before:
            found.update((noun, kind) for kind in before[-1])
    return found


def _kinds(name: str) -> set[str]:
    """The one kind word of a body's name; none for a name of two ("Roseville Police Department" says
    nothing of which of them "the agency" took it for)."""
    kinds = {w.lower() for w in re.findall(r"[A-Z]\w+", name)} & set(KINDS)
    return kinds if len(kinds) == 1 else set()


def counted(counts: Counter) -> dict[str, dict[str, int]]:
    """For each noun, the kinds seen often enough with it, beyond what closeness alone gives."""
    total = sum(counts.values())
    per_noun, per_kind = Counter(), Counter()
    for (noun, kind), n in counts.items():
        per_noun[noun] += n
        per_kind[kind] += n
    return {noun: {kind: n} for (noun, kind), n in sorted(counts.items())
            if noun != kind and n >= LEAST and n / per_noun[noun] >= LIFT * per_kind[kind] / total}


def below_in_wordnet(data_noun: str) -> dict[str, list[str]]:
    """For each noun, the other kind words one of whose senses is one of its senses or below one."""
    hypernyms: dict[str, list[str]] = {}
    senses: dict[str, list[str]] = {}
    for synset in synsets(data_noun):
        hypernyms[synset.offset] = [p.offset for p in synset.pointers if p.symbol in ("@", "@i")]
        for lemma in synset.lemmas:
            senses.setdefault(lemma, []).append(synset.offset)

    def above(offset: str) -> set[str]:
        seen, todo = {offset}, [offset]
        while todo:
            for up in hypernyms[todo.pop()]:
                if up not in seen:
                    seen.add(up)
                    todo.append(up)
        return seen

    return {noun: found for noun in KINDS
            if (found := [kind for kind in KINDS if kind != noun and
                          any(above(o) & set(senses.get(noun, ())) for o in senses.get(kind, ()))])}


def texts(crawl: Path, polnear: Path):
    yield from crawl_texts(crawl)
    for path in sorted((polnear / "docs").glob("*.txt")):
        if part_of(path.name) == "fit":
            yield path.read_text(encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("crawl", type=Path)
    parser.add_argument("polnear", type=Path, help="PolNeAR train as ../shared/eval/polnear.py prepares it")
    parser.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    parser.add_argument("--out", type=Path, default=ROOT / "viewer" / "resources" / "attribution" / "body_kinds.json")
    args = parser.parse_args()
    counts: Counter = Counter()
    for text in texts(args.crawl, args.polnear):
        counts.update(pairs(text))
    kinds: dict[str, dict[str, str]] = {}
    for noun, below in below_in_wordnet((args.wordnet / "data.noun").read_text(encoding="latin-1")).items():
        kinds.setdefault(noun, {}).update({kind: "wordnet" for kind in below})
    for noun, seen in counted(counts).items():
        kinds.setdefault(noun, {}).update({kind: f"counted {n}" for kind, n in seen.items()})
    provenance = {
        "data": f"WordNet 3.0, Princeton University (Debian package wordnet-base 1:3.0), data.noun; {GVA_CRAWL}; "
                "PolNeAR v1.0.0 train split, articles of the 'fit' part (training/polnear_parts.py)",
        "rule": (f"'wordnet': a sense of the kind word is a sense of the noun or below one by hypernym pointers; "
                 f"'counted N': 'the NOUN said' (told, announced...) in a text naming no body with NOUN in its name, "
                 f"against the kind word of the nearest capitalised body name ending within {REACH} characters "
                 f"before it (a name with one such word), kept when seen {LEAST}+ times and its share for the noun is {LIFT}x its share over all "
                 f"nouns"),
        "licence": "WordNet 3.0 licence (permission to use, copy, modify and distribute with this notice): " + NOTICE,
        "counts": "kinds: {description noun: {kind word of a named body it may stand for: where that came from}}",
    }
    write_table(args.out, "count_body_kinds.py", provenance, "kinds", {n: dict(sorted(k.items())) for n, k in sorted(kinds.items())})


if __name__ == "__main__":
    main()
