"""The shapes of "another stage or action of the same incident" the stage veto (`claims.stages`) left linked, counted on
every judged dev link and on the GVA crawl before any was built (session 61).

    python bench/stage_shapes.py DATA [--judged TSV ...] [--show] [--gva CORPUS --incidents N]

Built (read from stored features, each side of a judged link parsed alone): a light verb with its stage noun ("Arrest
made in deadly shooting", "faces charges"), a stage told after the shooting ("charged after a boy shot himself": not
the shape, the judges read it P), a court or custody act too rare to be kept beside an arrest ("turned himself in"),
a death beside a victim alive in a condition ("has died" / "is on life support"). For the first three the veto as it
stood before (`before`) is compared with `stages.stage_beside_shooting`: the links it parts now and no longer parts.
Counted and not built, by the words of one side and not the other, the other telling the shooting: a court
appearance, a document that "shows" or "revealed details", a killer's suicide beside the killing. ``--gva`` counts on
the crawl's first report pairs (`gva.parsed_report_pairs`, each sentence's `unit_features`) how many hold a sentence
of each built shape facing its other side in the other report.
"""
from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import gva  # noqa: E402
from background_acts import dev_link_files  # noqa: E402
from stage_links import shape_arguments  # noqa: E402
from wound_links import judged_rows  # noqa: E402

from viewer.analysis.claims import stages  # noqa: E402
from viewer.analysis.claims.features import UnitFeatures  # noqa: E402
from viewer.analysis.claims.identifications import tells_violence, violence_terms  # noqa: E402

_SHOOTING = re.compile(r"\b(?:shot|shoots?|shooting|killed|killing|murder\w*|slain|gunfire|gunshot|wounded|dead|death|"
                       r"died)\b", re.IGNORECASE)
UNBUILT = {
    "court appearance": re.compile(r"\b(?:appeared|appears|due|appearance) (?:in|before) (?:\w+ )?court\b|\bjudge\b",
                                   re.IGNORECASE),
    "a document shows": re.compile(r"\b(?:footage|video|report|affidavit|documents?|records)\b[^.]{0,40}\b(?:shows?|"
                                   r"showed|reveal\w*|captur\w*)", re.IGNORECASE),
    "suicide beside the killing": re.compile(r"\b(?:shot|shoots|killed|kills|turned the gun on)\b[^.]{0,20}\b(?:himself|"
                                             r"herself)\b|\bown life\b|\bsuicide\b", re.IGNORECASE),
}


def before(a: UnitFeatures, b: UnitFeatures) -> bool:
    """The stage veto as main had it (session 60): a table act, no light verb, no "after" reading, only table acts on
    the other side."""
    def one_way(stage: UnitFeatures, other: UnitFeatures) -> bool:
        acts = set(stage.acts)
        if not stages.stage_acts() & acts or stage.negations or violence_terms() & acts:
            return False
        if stages.stage_acts() & set(other.acts) or stages.stage_words() & set(other.terms):
            return False
        return not any(t.startswith(stages._stems()) for t in other.terms) and tells_violence(other)
    return one_way(a, b) or one_way(b, a)


def built(a: UnitFeatures, b: UnitFeatures) -> str | None:
    """Which built change decides the link: parted now, no longer parted, or a death beside a condition."""
    was, now = before(a, b), stages.stage_beside_shooting(a, b)
    if now and not was:
        return "stage parted now (light verb)"
    if was and not now:
        return "stage no longer parted (after clause, custody act)"
    if stages.death_beside_condition(a, b) and not now:
        return "death beside a condition"
    return None


def unbuilt(texts: list[str]) -> str | None:
    """The unbuilt shape one side's words show and the other's do not, the other telling the shooting."""
    for name, pattern in UNBUILT.items():
        for one, other in (texts, texts[::-1]):
            if pattern.search(one) and not pattern.search(other) and _SHOOTING.search(other):
                return name
    return None


def judged_counts(data: Path, files: list[Path], show: bool) -> list[str]:
    """R/P/W of every judged link each shape decides, each side's features read parsed alone."""
    from viewer.analysis.claims.units import unit_features
    from viewer.analysis.nlp import english
    from viewer.corpus.spans import Span

    nlp, by, shown = english(), {}, []
    for key, row in judged_rows(files).items():
        texts = [(data / "sets" / key[0] / "docs" / name).read_text(encoding="utf-8")[start:end]
                 for name, start, end in key[1:]]
        shapes = [unbuilt(texts)]
        if any(_SHOOTING.search(t) for t in texts):
            shapes.append(built(*(unit_features(nlp(t), Span(0, len(t))) for t in texts)))
        for shape in filter(None, shapes):
            by.setdefault(shape, Counter())[row["verdict"]] += 1
            shown.append(f"  {shape}: {row['verdict']} {row['file']} {key[0]}: {' '.join(texts[0].split())[:140]!r} | "
                         f"{' '.join(texts[1].split())[:140]!r}")
    lines = [f"{shape:52} " + " ".join(f"{v} {c[v]}" for v in "RPWU" if c[v]) for shape, c in sorted(by.items())]
    return lines + (shown if show else [])


def gva_counts(corpus: Path, incidents: int) -> Counter:
    """Report pairs of the crawl holding each built shape across them (each sentence's features read in its report)."""
    from viewer.analysis.claims.units import unit_features
    from viewer.analysis.nlp import english
    from viewer.corpus.spans import Span

    out = Counter()
    for docs in gva.parsed_report_pairs(corpus, incidents, english()):
        units = [[unit_features(d, Span(s.start_char, s.end_char)) for s in d.sents if len(s) > 3] for d in docs]
        held = set()
        for one, two in ((units[0], units[1]), (units[1], units[0])):
            for u in one:
                for shape, facing in _crawl_shapes(u):
                    out[f"sentences: {shape}"] += 1
                    if any(facing(o) for o in two):
                        out[f"  facing its other side: {shape}"] += 1
                        held.add(shape)
        out["report pairs"] += 1
        out.update(f"report pairs holding: {shape}" for shape in held)
    return out


def _crawl_shapes(u: UnitFeatures) -> list:
    """(shape, test of a sentence of the other report) for each built shape the sentence shows."""
    found = []
    stated = stages.states_stage(u) and not u.negations
    if stated and not stages.stage_acts() & set(u.acts):
        found.append(("light verb stage", lambda o: stages.stage_beside_shooting(u, o)))
    if stated and violence_terms() & set(u.after):
        found.append(("stage told after the shooting", lambda o: before(u, o)))
    if (stages.seen_acts() - stages.stage_acts()) & set(u.acts):
        found.append(("custody act not kept", lambda o: stages.tells_stage(o)))
    if stages.tells_death(u):
        found.append(("death", stages.tells_living_state))
    if stages.investigates_shooting(u):
        found.append(("investigation of the shooting", lambda o: stages.investigation_beside_shooting(u, o)))
    elif {"investigate", "probe"} & set(u.acts) and not u.negations:
        found.append(("investigation of something else (not built)", tells_violence))
    return found


def main(argv: list[str] | None = None) -> None:
    args = shape_arguments(__doc__.splitlines()[0]).parse_args(argv)
    if args.gva:
        gva.print_counts(gva_counts(args.gva, args.incidents))
        return
    print("\n".join(judged_counts(args.data, dev_link_files(args.judged), args.show)))


if __name__ == "__main__":
    main()
