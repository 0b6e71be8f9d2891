"""How the judges read a victim's care or condition, or the response to the shooting, linked beside the shooting
itself, and how often two reports of one incident hold such a pair of sentences (session 64, before any rule).

    python bench/care_links.py DATA --base DIR [--judged TSV ...] [--show] [--cache PICKLE]
    python bench/care_links.py DATA --base DIR --gva CORPUS [--incidents N] [--show N]

Every judged dev link (`background_acts.dev_link_files`, re-judged verdicts over the first ones), made by an export
of ``--base`` or not, is read as `bench/stage_wrongs.py` reads it (each side's features from its document parsed
whole). Each reading of `care_shapes` is tried with either side as the care or response unit, and its links are
counted by verdict, apart for the links ``--base`` makes and those it does not. ``--cache`` keeps the parsed sides
between runs. ``--gva`` counts, on the crawl's first report pairs (`gva.parsed_report_pairs`), the sentences each
reading takes as the care unit beside some sentence of the other report, and the report pairs holding one.

The readings (term keys, `vocabulary.term` of the lemma; a unit is "plain" when it denies nothing, none of its main
acts is a violence word and its "after" clause tells no violence, as `stages.tells_stage` reads a stage):
- **state**: a plain unit telling a living state of `conditions.json` ("remains in serious condition") beside one
  that tells the shooting, holds no state and tells no death (`stages.death_beside_condition` takes those);
- **state, wider**: the same with "recovering", "out of the hospital", "released from the hospital", "expected to
  survive", "well enough" as living states;
- **care act**: a plain unit whose main act takes, transports, rushes, flies, admits, treats or hospitalizes someone,
  or has them undergo surgery, beside one that tells the shooting and holds no care word nor act;
- **death / hurt (built)**: `care.death_beside_hurt`, a unit saying someone died, whose main acts are not the
  shooting too, beside one telling someone hurt ("injured", "wounds") and no death; and the same where the death
  unit's main acts tell the shooting too ("was shot multiple times and pronounced dead"), measured and not built;
  and (session 65) a death unit whose main act has the wounds as its object ("had multiple gunshot wounds … and died
  from his injuries"), spared by `care.tells_own_wounds`;
- **response**: a plain unit whose main act mourns, prays, grieves, remembers or honours, or has a vigil, a
  memorial, a fundraiser, a funeral, a condolence, prayers or thoughts as its subject or object, beside one that tells
  the shooting and holds no such word.
"""
from __future__ import annotations

import argparse
import itertools
import pickle
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import gva  # noqa: E402
from background_acts import dev_link_files  # noqa: E402
from stage_wrongs import _shown, parted_without, read  # noqa: E402

from viewer.analysis.claims import care, stages  # noqa: E402
from viewer.analysis.claims.features import UnitFeatures  # noqa: E402
from viewer.analysis.claims.identifications import tells_violence, violence_terms  # noqa: E402
from viewer.analysis.claims.vocabulary import term  # noqa: E402


def _keys(*words: str) -> frozenset[str]:
    return frozenset(term(w) for w in words)


CARE_ACTS = _keys("take", "transport", "rush", "fly", "airlift", "transfer", "hospitalize", "treat", "admit",
                  "undergo", "bring", "drive", "carry")
CARE_WORDS = _keys("hospital", "condition", "surgery", "trauma", "treatment", "icu", "medical", "hospitalized",
                   "hospitalize", "treat", "transport", "airlift")
WIDER_STATES = (_keys("recovering"), _keys("recover"), _keys("out", "hospital"), _keys("release", "hospital"),
                _keys("released", "hospital"), _keys("expect", "survive"), _keys("well", "enough"))
RESPONSE_ACTS = _keys("mourn", "pray", "grieve", "remember", "honor", "honour")
RESPONSE_NOUNS = _keys("vigil", "memorial", "fundraiser", "gofundme", "funeral", "condolence", "condolences", "prayer",
                       "prayers", "thought", "thoughts", "candlelight", "mourner", "mourners")


def plain(unit: UnitFeatures) -> bool:
    """Denies nothing, and neither its main acts nor its "after" clause tell violence: its main clause is another act
    than the shooting (as `stages.tells_stage` reads a stage)."""
    return (not unit.negations and not violence_terms() & set(unit.acts)
            and not violence_terms() & set(unit.after))


def wider_state(unit: UnitFeatures) -> bool:
    terms = set(unit.terms) | set(unit.acts)
    return stages.tells_living_state(unit) or (any(s <= terms for s in WIDER_STATES)
                                               and not stages._death_words() & terms)


def _state(care: UnitFeatures, other: UnitFeatures, wide: bool) -> bool:
    told = wider_state if wide else stages.tells_living_state
    return (told(care) and plain(care) and tells_violence(other) and not wider_state(other)
            and not stages.tells_death(other) and term("condition") not in other.terms)


def _care_act(care: UnitFeatures, other: UnitFeatures) -> bool:
    return (bool(CARE_ACTS & set(care.acts)) and bool(CARE_WORDS & set(care.terms)) and plain(care)
            and tells_violence(other) and not CARE_WORDS & set(other.terms) and not CARE_ACTS & set(other.acts))


def responds(unit: UnitFeatures) -> bool:
    """A main act of response, or a response noun as a main act's subject or object."""
    acts = set(unit.acts)
    return bool(RESPONSE_ACTS & acts) or any(verb in acts and RESPONSE_NOUNS & {subject, obj}
                                             for subject, verb, obj in unit.predicates)


def _response(one: UnitFeatures, other: UnitFeatures) -> bool:
    return (responds(one) and plain(one) and tells_violence(other) and not RESPONSE_NOUNS & set(other.terms)
            and not RESPONSE_ACTS & set(other.acts))


def _shooting_acts(unit: UnitFeatures) -> set[str]:
    """The unit's main acts that tell the shooting or the wounding, not the death (as `care.tells_only_death` reads)."""
    return (violence_terms() - care.death_words()) & set(unit.acts)


def _one_way(one: UnitFeatures, other: UnitFeatures) -> list[str]:
    shapes = {"state": _state(one, other, False), "state, wider": _state(one, other, True),
              "care act": _care_act(one, other),
              "death / hurt (built)": care.tells_only_death(one) and care.tells_hurt(other),
              "death told with the shooting / hurt": (stages.tells_death(one) and bool(_shooting_acts(one))
                                                      and care.tells_hurt(other)),
              "death told with its own wounds / hurt (spared)": (stages.tells_death(one) and care.tells_own_wounds(one)
                                                                 and not _shooting_acts(one)
                                                                 and care.tells_hurt(other)),
              "response": _response(one, other)}
    return [name for name, hit in shapes.items() if hit]


def care_shapes(a: UnitFeatures, b: UnitFeatures) -> list[str]:
    """The readings that part the pair, either side taken as the care or response unit, each marked when another veto
    parts it already (`parted_by_others`)."""
    parted = " (already parted)" if parted_by_others(a, b) else ""
    return sorted({shape + parted for shape in _one_way(a, b) + _one_way(b, a)})


def parted_by_others(a: UnitFeatures, b: UnitFeatures) -> bool:
    """`verifier.never_one_claim` with the veto built here (`care.death_beside_hurt`) left out."""
    return parted_without("death_beside_hurt", a, b)


def cached_unit_sides(data: Path, base: Path, files: list[Path], cache: Path | None) -> list[tuple]:
    """(row, made, a, b, texts) of every judged link, from ``cache`` when it exists, else parsed (and kept there)."""
    if cache and cache.exists():
        return pickle.loads(cache.read_bytes())
    sides = [(row, made, a, b, texts) for row, made, (a, b), _tokens, texts in read(data, base, files, made_only=False)]
    if cache:
        cache.write_bytes(pickle.dumps(sides))
    return sides


def judged_counts(sides: list[tuple], show: bool) -> list[str]:
    by, shown = {}, []
    for row, made, a, b, texts in sides:
        for shape in care_shapes(a, b):
            where = "made" if made else "not made"
            by.setdefault(f"{shape} [{where}]", Counter())[row["verdict"]] += 1
            if show:
                shown.append(f"  {row['verdict']} {shape} [{where}] {_shown(row, texts)} | acts {a.acts} / {b.acts}")
    table = [f"{shape:56} " + " ".join(f"{v} {c[v]}" for v in "RPWU" if c[v]) for shape, c in sorted(by.items())]
    return table + sorted(shown)


def gva_counts(corpus: Path, incidents: int, show: int) -> Counter:
    from viewer.analysis.claims.units import unit_features
    from viewer.analysis.nlp import english
    from viewer.corpus.spans import Span

    out, shown = Counter(), Counter()
    for docs in gva.parsed_report_pairs(corpus, incidents, english()):
        sides = [[(unit_features(d, Span(s.start_char, s.end_char)), s.text) for s in d.sents if len(s) > 3]
                 for d in docs]
        held = set()
        for one, two in ((sides[0], sides[1]), (sides[1], sides[0])):
            for unit, text in one:
                shapes = set()
                for (other, other_text) in two:
                    for shape in _one_way(unit, other):
                        shapes.add(shape)
                        close = len(set(unit.terms) & set(other.terms)) >= 2
                        out[f"close sentence pairs: {shape}"] += close
                        if close and shown[shape] < show:
                            shown[shape] += 1
                            print(f"  {shape}: {' '.join(text.split())[:160]!r} | {' '.join(other_text.split())[:160]!r}")
                out.update(f"sentences: {shape}" for shape in shapes)
                held |= shapes
        out["report pairs"] += 1
        out.update(f"report pairs holding: {shape}" for shape in held)
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--base", type=Path, required=True)
    parser.add_argument("--judged", type=Path, action="append")
    parser.add_argument("--show", type=int, nargs="?", const=1, default=0)
    parser.add_argument("--cache", type=Path)
    parser.add_argument("--gva", type=Path)
    parser.add_argument("--incidents", type=int, default=300)
    args = parser.parse_args(argv)
    if args.gva:
        gva.print_counts(gva_counts(args.gva, args.incidents, args.show))
        return
    sides = cached_unit_sides(args.data, args.base, dev_link_files(args.judged), args.cache)
    print("\n".join(judged_counts(sides, bool(args.show))))


if __name__ == "__main__":
    main()
