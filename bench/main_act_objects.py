"""Whether two linked sentences tell one act of one thing: each side's content verb (below a reporting verb and the
verbs that only carry another, "is expected to house", "will be allowed to file") and the head of its object, compared
across the judged links, by verdict: the count session 67 made of BASIL's and WCEP's decision shape (two provisions of
one decision, "will now be allowed to file federal joint tax returns" / "will also be able to file amended returns")
before building a veto on it.

    python bench/main_act_objects.py DATA [--base DIR] [--sets REGEX] [--judged TSV ...] [--show]

Every judged dev link (`background_acts.dev_link_files`, re-judged verdicts over the first ones) of the sets
``--sets`` matches (default BASIL and WCEP), only those the exports of ``--base`` make when given; each side parsed
alone. Prints, per (verb shared or not, object head shared, not, or missing on a side), the links by verdict, the W of
"another detail of the incident" apart ("Wd"). A verb or head is shared when the lemmas agree or `synonyms.meanings`
gives them one meaning. Session 67 (detail67), docs/linking.md "Two provisions of one decision": on main's exports of
session 66 (/work/data/final66/final, the analyser of session 67's main).
"""
from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from attribute_links import judged_texts  # noqa: E402
from background_acts import dev_link_files, judged_arguments, made_links  # noqa: E402
from detail_wrongs import DETAIL_CLASS  # noqa: E402
from stage_wrongs import _classes, _key  # noqa: E402
from wound_links import _key as _link_key  # noqa: E402

from viewer.analysis.claims.synonyms import meanings  # noqa: E402
from viewer.analysis.claims.vocabulary import REPORTING  # noqa: E402
from viewer.analysis.nlp import english  # noqa: E402

# Verbs that carry another verb's act: "is to reintroduce", "is expected to house", "agreed to increase".
CARRIERS = frozenset({"be", "allow", "able", "expect", "continue", "agree", "have", "need", "plan", "want", "try",
                      "begin", "start", "seem", "appear", "set", "go", "intend", "decide", "vote", "move"})
_CLAUSES = ("ccomp", "xcomp")
_OBJECTS = ("dobj", "attr", "nsubjpass")


def content_verb(doc):
    """The verb whose act the sentence tells: its root, or the clause a reporting or carrying root (or its adjective,
    "able to file") hangs below it, followed down at most four steps; None for a sentence with no root."""
    verb = next((t for t in doc if t.dep_ == "ROOT"), None)
    for _step in range(4):
        if verb is None or verb.lemma_.lower() not in REPORTING | CARRIERS:
            break
        below = next((c for c in verb.children if c.dep_ in _CLAUSES), None)
        adjective = next((c for c in verb.children if c.dep_ == "acomp"), None)
        if below is None and adjective is not None:
            below = next((c for c in adjective.children if c.dep_ == "xcomp"), None)
        if below is None:
            break
        verb = below
    return verb


def object_head(verb) -> str:
    """The lemma of what the verb acts on: its object, attribute or passive subject, else its first prepositional
    phrase's noun; "" where it has none."""
    found = next((c for c in verb.children if c.dep_ in _OBJECTS), None)
    if found is None:
        phrase = next((c for c in verb.children if c.dep_ == "prep"), None)
        found = next((c for c in phrase.children if c.dep_ == "pobj"), None) if phrase is not None else None
    return found.lemma_.lower() if found is not None else ""


def same(one: str, other: str) -> bool:
    """Two lemmas of one meaning: equal, or one WordNet sense by `synonyms.meanings`."""
    return bool(one and other and (one == other or meanings([one]) & meanings([other])))


def shape(docs) -> tuple[str, str] | None:
    """(verb shared or not, object head shared, not or missing) of two parsed sides; None where one has no root."""
    verbs = [content_verb(d) for d in docs]
    if None in verbs:
        return None
    heads = [object_head(v) for v in verbs]
    verb = "verb shared" if same(*(v.lemma_.lower() for v in verbs)) else "verb not shared"
    head = "object shared" if same(*heads) else ("object not shared" if all(heads) else "object missing")
    return verb, head


def counts(data: Path, files: list[Path], sets: re.Pattern, base: Path | None, show: bool) -> list[str]:
    """Links by (verb, object head) shape and verdict, with the shown links first when ``show``."""
    nlp, made, classes, by, shown = english(), made_links(base) if base else None, _classes(), Counter(), []
    for row, sides in judged_texts(data, files):
        if not sets.search(row["set"]) or (made is not None and _link_key(row) not in made):
            continue
        found = shape([nlp(" ".join(side.split())) for side in sides])
        if found is None:
            continue
        cls = classes.get(_key(row)) or row.get("class") or ""
        verdict = "Wd" if row["verdict"] == "W" and cls == DETAIL_CLASS else row["verdict"]
        by[(*found, verdict)] += 1
        if show:
            shown.append(f"{verdict} {row['set']} [{', '.join(found)}]\n  A {' '.join(sides[0].split())[:160]!r}"
                         f"\n  B {' '.join(sides[1].split())[:160]!r}")
    return shown + [f"{verb:16} {head:18} {verdict:2} {n}" for (verb, head, verdict), n in sorted(by.items())]


def main(argv: list[str] | None = None) -> None:
    parser = judged_arguments(__doc__.splitlines()[0])
    parser.add_argument("--sets", default="basil|wcep")
    args = parser.parse_args(argv)
    print("\n".join(counts(args.data, dev_link_files(args.judged), re.compile(args.sets), args.base, args.show)))


if __name__ == "__main__":
    main()
