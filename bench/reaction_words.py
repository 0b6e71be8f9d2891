"""A reaction told by a word of the counted news table, its object carrying the act the other unit tells: counted on
the judged links before any veto (session 79, reaction79).

    python bench/reaction_words.py DATA --base DIR --table JSON [--groups PREFIX,...] [--show]
    python bench/reaction_words.py DATA --sets basil,basilB,basilD,wcepA --table JSON [--sample N]

Session 77's `reaction_objects` read a main verb of WordNet's reaction classes (first sense) whose object carries the
other unit's act, the other unit telling no reaction, and reached none of the judged W: the reactions were said by a
verb the first sense misses ("brushes off", "blast"), by a participle beside the main verb ("…, pushing back against
calls from the United States …") or by a noun ("Emails show DOJ response to Trump election fraud claims"). This reading
takes the words from `training/count_reaction_words.py`'s table (WordNet's reaction classes by any sense, kept where
news uses them as reactions), reads a particle verb whole ("brush_off"), a participle hung on a main verb with no
subject of its own, and a reaction noun that is the unit's root or a main verb's subject or object, its "to", "of",
"over", "against", "for", "at" and "on" phrases its object. "carried" and "apart" are `reaction_objects`'s, the table's
words and nouns standing for WordNet's classes, but for "carried", which here asks that the content words the two
units share lie in the reaction's object (two at least, and two thirds of them): the act is what the reaction takes.
"absent" adds that the reacting unit's doers are named nowhere in the other unit (session 73's condition).

Printed: R/P/W (stage-class W apart) for each reading, by made by ``--base``; ``--show`` lists the made links any
reading parts and every link "apart" parts. Run in session 79 on main ad58b49c's analysis (analyser 115,
/work/data/final78/final), every dev link: the counted table (`training/count_reaction_words.py`) reaches, as a word
alone, 3 of the made stage-class W, and all the readings together part on made links W 3 (stage 2: "Emails show DOJ
response to Trump election fraud claims", "special agents are responding to a homicide report") against R 4 and P 17
(14 of them "police responded to …" beside the call or the shooting). A hand list standing in for a perfect lexicon
(the table with "slam", "blast", "brush off", "push back", "hit back", "lament", "clarify", "response",
"backlash" … added, /work/data/reaction79/oracle_words.json; a ceiling, not a table) reaches 19 and parts W 7 (stage
6) against R 4 and P 15; on the political and world sets alone W 5 against R 2 and P 3 (the same reaction told again
in the other unit: Perry's statement, Cardona's quoted words). Refused: docs/linking.md "A counted lexicon of
reactions".
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import reaction_objects as objects  # noqa: E402
from background_acts import dev_link_files  # noqa: E402
from dev_sets import SOURCES  # noqa: E402
from reaction_links import who_acts  # noqa: E402
from stage_wrongs import STAGE_CLASS, _classes, _key, _shown  # noqa: E402
from veto_counts import sampled_pairs  # noqa: E402

from viewer.analysis.claims.acts import main_verbs  # noqa: E402

NOUN_PHRASES = frozenset({"to", "of", "over", "against", "for", "at", "on"})
READINGS = ("verb", "carried", "apart", "absent")
_HOLDERS = frozenset({"ROOT", "nsubj", "nsubjpass", "dobj", "attr"})


@cache
def table(path: Path) -> tuple[frozenset[str], frozenset[str]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return frozenset(data["verbs"]), frozenset(data["nouns"])


def _lemma(token) -> str:
    """A verb's lemma with its particle, or with "back" ("brushes off" -> "brush_off", "hit back" -> "hit_back")."""
    return "_".join([token.lemma_.lower(), *(c.lower_ for c in token.children
                                             if c.dep_ == "prt" or (c.dep_ == "advmod" and c.lower_ == "back"))])


def reacting_verbs(span):
    """The span's main verbs and the participles hung on them with no subject of their own."""
    inside = range(span.start, span.end)
    for verb in main_verbs(span):
        yield verb
        yield from (c for c in verb.children if c.i in inside and (c.dep_ == "xcomp" or (c.dep_ == "advcl" and c.tag_ == "VBG"))
                    and not any(g.dep_.startswith("nsubj") for g in c.children))


def reaction_object(span, path: Path) -> tuple[str, set[str]] | None:
    """The span's first reaction (verb or noun of the table) and the words of what it reacts to."""
    verbs, nouns = table(path)
    inside = range(span.start, span.end)
    for verb in reacting_verbs(span):
        if _lemma(verb) in verbs:
            target = [t for c in verb.children if c.i in inside and c.dep_ in objects._TARGETS
                      and not (c.dep_ == "advcl" and c.lemma_.lower() in objects._SAYING)
                      for t in c.subtree if t.i in inside]
            return _lemma(verb), objects._words(target)
    mains = set(main_verbs(span))
    for noun in span:
        held = noun.dep_ in _HOLDERS and (noun.dep_ == "ROOT" or noun.head in mains)
        framed = noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head in mains  # "in response to"
        if noun.pos_ == "NOUN" and noun.lemma_.lower() in nouns and (held or framed):
            target = [t for c in noun.children if c.dep_ == "prep" and c.lower_ in NOUN_PHRASES
                      for t in c.subtree if t.i in inside]
            if target:
                return noun.lemma_.lower(), objects._words(target)
    return None


def apart(word: str, reacting, acting, path: Path) -> bool:
    """Whether the acting unit is no telling of a reaction: no reaction verb or noun of the table among its main verbs
    or words, not the reacting word nor a noun derived from it, and no doer shared with the reaction's."""
    verbs, nouns = table(path)
    if {_lemma(v) for v in reacting_verbs(acting)} & verbs:
        return False
    words = objects._words(acting) | {t.lemma_.lower() for t in acting}
    if word in words or words & nouns or objects.derived_nouns().get(word, frozenset()) & words:
        return False
    return not who_acts(reacting)["doers"] & who_acts(acting)["doers"]


def readings(one, other, path: Path) -> set[str]:
    out = set()
    for reacting, acting in ((one, other), (other, one)):
        found = reaction_object(reacting, path)
        if found is None:
            continue
        out.add("verb")
        shared = objects._words(reacting) & objects._words(acting)
        if len(shared & found[1]) >= max(2, 2 * len(shared) / 3):
            out.add("carried")
            if apart(found[0], reacting, acting, path):
                out.add("apart")
                if not who_acts(reacting)["doers"] & {t.lemma_.lower() for t in acting}:
                    out.add("absent")
    return out


def judged_counts(data: Path, base: Path, files: list[Path], groups: tuple[str, ...], show: bool,
                  path: Path) -> list[str]:
    classes, by, shown = _classes(), Counter(), []
    for row, made, tokens, texts in objects._judged_spans(data, base, files, groups):
        found = readings(*tokens, path)
        stage = row["verdict"] == "W" and (classes.get(_key(row)) or row.get("class")) == STAGE_CLASS
        verdict = "W stage" if stage else row["verdict"]
        for reading in found:
            by[(reading, verdict, "made" if made else "not made")] += 1
        if show and found and made:
            shown.append(f"  {'/'.join(sorted(found))} {verdict}{' made' if made else ''} {_shown(row, texts)}")
        elif show and "apart" in found:
            shown.append(f"  {verdict}{' made' if made else ''} {_shown(row, texts)}")
    return [f"{reading:8} {verdict:8} {made:9} {n}" for (reading, verdict, made), n in
            sorted(by.items(), key=lambda x: (READINGS.index(x[0][0]), x[0][1:]))] + shown


def set_pairs(data: Path, names: list[str], path: Path) -> list[tuple[str, str, str]]:
    """The sentence pairs of two reports of one event, sharing two content words or more, all three readings part."""
    import itertools

    from veto_counts import reports_by_event

    from viewer.analysis.nlp import english

    nlp, out = english(), []
    for name in names:
        for paths in reports_by_event(data, name).values():
            docs = [objects._sentences(*objects._parsed(nlp, p.read_text(encoding="utf-8"))) for p in paths]
            out += [(name, a.text, b.text) for one, two in itertools.combinations(docs, 2)
                    for a, b in itertools.product(one, two)
                    if len(objects._words(a) & objects._words(b)) >= 2 and "apart" in readings(a, b, path)]
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--base", type=Path)
    parser.add_argument("--table", type=Path, required=True, help="training/count_reaction_words.py --out")
    parser.add_argument("--judged", nargs="*", type=Path)
    parser.add_argument("--groups", default=",".join(SOURCES), help="set name prefixes (default: every news source)")
    parser.add_argument("--show", action="store_true")
    parser.add_argument("--sets")
    parser.add_argument("--sample", type=int, default=30)
    args = parser.parse_args(argv)
    if args.sets:
        print("\n".join(sampled_pairs(set_pairs(args.data, args.sets.split(","), args.table), args.sample, 79)))
    elif args.base is None:
        parser.error("the judged count needs --base")
    else:
        files = dev_link_files(args.judged)
        print("\n".join(judged_counts(args.data, args.base, files, tuple(args.groups.split(",")), args.show,
                                      args.table)))


if __name__ == "__main__":
    main()
