"""The judged links of class "another stage or action" sorted into kinds, by source, beside the R and P links whose
two sides differ in the same stage readings (session 72, stage72).

    python bench/stage_kinds.py DATA --base DIR [--judged TSV ...] [--show KIND]

Every judged dev link (`background_acts.dev_link_files`, the re-judged verdicts and classes over the first ones) is
read as `bench/stage_wrongs.py` reads it: each side's features from its document parsed whole, a side in the
document's first line its headline. Each side gets its stage marks (`side_marks`), read from the parse:

- "to come": a main act told as not yet done, with "will", "would" or "shall", a headline's infinitive ("DeSantis to
  prohibit schools …"), "is to" ("Sweden is to reintroduce …"), or a verb of intention
  (`intentions.intended_acts`: "intends to sign");
- "done": a main act told in a past form or a perfect, or a headline's bare present (`intentions.done_acts`);
- "chamber" (one chamber's vote or passage: "House passes …") and "law" (a signing: "signed into law");
- "proposal" (proposed, introduced, unveiled, a plan) and "adoption" (adopted, approved, enacted, passed);
- "verdict" and "case start" (`verdicts.tells_verdict`, `verdicts.tells_case_start`: convicted / charged);
- "court stage" (`stages.states_stage`: arrested, charged, arraigned …) and "incident" (a violence word among its acts).

The pair's kind (`pair_kind`) is the first of `KINDS` whose two marks stand one on each side and not both on either:
intention vs act, one chamber vs law, proposal vs adoption, charge vs conviction, a court stage beside the incident;
else "other". The counter prints the stage-class W by kind and source (AllSides, BASIL, WCEP, GVA, the rest), how many
of them ``--base``'s exports make, and, as the control, R/P/W of every judged link of each kind but "other" (the
links whose sides differ in stage marks), so a kind's W can be set beside the right links a rule reading it would
part. ``--show KIND`` lists that kind's links with their texts.

Run in session 72 on main edb49271's exports (/work/data/final72/base):
docs/linking.md "The stage class sorted into kinds".
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from background_acts import dev_link_files  # noqa: E402
from dev_sets import SOURCES, source_label  # noqa: E402
from intended_acts import _as_laid_out  # noqa: E402
from stage_wrongs import STAGE_CLASS, _classes, _key, _shown, read  # noqa: E402

from viewer.analysis.claims import intentions, stages, verdicts  # noqa: E402
from viewer.analysis.claims.acts import main_verbs, verb_act  # noqa: E402
from viewer.analysis.claims.features import UnitFeatures  # noqa: E402
from viewer.analysis.claims.identifications import violence_terms  # noqa: E402
from viewer.analysis.claims.vocabulary import term  # noqa: E402

# Each kind: its name and the two marks it sets one on each side of the pair.
KINDS = (("intention vs act", "to come", "done"), ("one chamber vs law", "chamber", "law"),
         ("proposal vs adoption", "proposal", "adoption"), ("charge vs conviction", "case start", "verdict"),
         ("court stage vs incident", "court stage", "incident"))
_TO_COME = frozenset({"will", "'ll", "shall", "wo"})
_CHAMBERS = frozenset(term(w) for w in ("house", "senate", "chamber", "assembly", "legislature", "lawmakers"))
_PASSING = frozenset({"pass", "approve", "vote"})
_PROPOSING = frozenset({"propose", "introduce", "unveil", "draft", "float", "outline"})
_PROPOSALS = frozenset(term(w) for w in ("proposal", "proposals", "plan", "plans"))
_ADOPTING = frozenset({"adopt", "approve", "enact", "pass", "ratify"})


def source_of(set_name: str) -> str:
    """The printed name of the news source a dev set was drawn from (`dev_sets.source_label`), "other" for the rest."""
    return source_label(set_name) or "other"


def to_come_forms(tokens, verbs: list, headline: bool) -> dict[str, set[str]]:
    """The acts the unit tells as not yet done, by the form that tells it (module docstring): "will" ("will", "shall"),
    "would", "headline infinitive" (a headline's own verb after "to" with its subject: "DeSantis to prohibit"), "is to"
    and "intention" (`intentions.intended_acts`)."""
    inside = range(tokens.start, tokens.end)
    forms: dict[str, set[str]] = {"intention": set(intentions.intended_acts(tokens, verbs))}
    for verb in verbs:
        auxiliaries = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
        own_clause = verb.head.i == verb.i or verb.head.i not in inside
        subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        form = ("would" if "would" in auxiliaries else "will" if auxiliaries & _TO_COME else
                "headline infinitive" if "to" in auxiliaries and own_clause and subject and headline else None)
        if form:
            forms.setdefault(form, set()).add(verb_act(verb))
    for root in (t for t in tokens if t.lemma_ == "be" and (t.head.i == t.i or t.head.i not in inside)):
        forms.setdefault("is to", set()).update(verb_act(c) for c in root.children if c.dep_ == "xcomp"
                                                 and c.pos_ == "VERB" and any(a.lower_ == "to" for a in c.children))
    return {form: acts for form, acts in forms.items() if acts}


def to_come_acts(tokens, verbs: list, headline: bool) -> set[str]:
    """Every act the unit tells as not yet done, whatever the form."""
    return set().union(*to_come_forms(tokens, verbs, headline).values())


def side_marks(unit: UnitFeatures, tokens) -> frozenset[str]:
    """The stage marks of one side (module docstring); ``unit`` marked a headline where it is one."""
    acts, terms = set(unit.acts), set(unit.terms)
    to_come = to_come_acts(tokens, main_verbs(tokens), unit.headline)
    marks = {"to come"} if to_come else set()
    if intentions.told_done(unit) - to_come:
        marks.add("done")
    if _PASSING & acts and _CHAMBERS & terms:
        marks.add("chamber")
    if "sign" in acts:
        marks.add("law")
    if _PROPOSING & acts or (_PROPOSALS & terms and not _ADOPTING & acts):
        marks.add("proposal")
    if _ADOPTING & acts:
        marks.add("adoption")
    marks |= {mark for mark, told in (("verdict", verdicts.tells_verdict(unit)),
                                      ("case start", verdicts.tells_case_start(unit)),
                                      ("court stage", stages.states_stage(unit)),
                                      ("incident", bool(violence_terms() & acts))) if told}
    return frozenset(marks)


def pair_kind(a: frozenset[str], b: frozenset[str]) -> str:
    """The first kind whose two marks stand one on each side, neither side holding both; else "other"."""
    for kind, first, second in KINDS:
        for one, two in ((a, b), (b, a)):
            if first in one and second in two and second not in one and first not in two:
                return kind
    return "other"


def intention_shapes(sides: list[UnitFeatures], tokens: list, marks: list[frozenset[str]]) -> set[str]:
    """For a pair of the intention-vs-act kind, each form in which the side telling an act to come (and none done)
    tells it, and whether that act is one the other side tells done ("will, same act") or not ("will, another act")."""
    shapes = set()
    for one, other in ((0, 1), (1, 0)):
        if "to come" in marks[one] and "done" not in marks[one]:
            done = intentions.told_done(sides[other])
            for form, acts in to_come_forms(tokens[one], main_verbs(tokens[one]), sides[one].headline).items():
                shapes.add(f"{form}, {'same act' if acts & done else 'another act'}")
    return shapes


def counts(data: Path, base: Path, files: list[Path], show: str | None) -> list[str]:
    """The stage-class W by kind and source (made by ``base`` apart), every judged link of a kind by verdict, and the
    links of the intention-vs-act kind by the form of the act to come."""
    classes, wrong, control, forms, shown = _classes(), Counter(), Counter(), Counter(), []
    for row, made, units, tokens, texts in read(data, base, files, made_only=False):
        sides = [_as_laid_out(data, row, side, unit) for side, unit in zip("ab", units)]
        marks = [side_marks(unit, span) for unit, span in zip(sides, tokens)]
        kind, source = pair_kind(*marks), source_of(row["set"])
        stage = row["verdict"] == "W" and (classes.get(_key(row)) or row.get("class")) == STAGE_CLASS
        verdict = "W, stage class" if stage else row["verdict"]
        if stage:
            wrong[(kind, source, made)] += 1
        if kind != "other":
            control[(kind, source, verdict)] += 1
        if kind == "intention vs act":
            forms.update((shape, source, verdict) for shape in intention_shapes(sides, tokens, marks))
        if kind == show and (stage or row["verdict"] != "W"):
            shown.append(f"  {row['verdict']}{' made' if made else ''} {_shown(row, texts)}")
    return _wrong_table(wrong) + [""] + _control_table(control) + [""] + _forms_table(forms) + shown


def _wrong_table(wrong: Counter) -> list[str]:
    columns = [*SOURCES.values(), "other"]
    lines = ["stage-class W by kind: " + " ".join(f"{c:>12}" for c in columns) + "   (made by base)"]
    for kind in [k for k, _, _ in KINDS] + ["other"]:
        cells = [f"{wrong[(kind, c, True)] + wrong[(kind, c, False)]:>5} ({wrong[(kind, c, True)]:>3})"
                 for c in columns]
        lines.append(f"  {kind:25}" + " ".join(f"{c:>12}" for c in cells))
    return lines


def _control_table(control: Counter) -> list[str]:
    lines = ["every judged link of a kind, by source: R / P / W of another class / W of the stage class"]
    for kind in (k for k, _, _ in KINDS):
        for source in [*SOURCES.values(), "other"]:
            n = [control[(kind, source, v)] for v in ("R", "P", "W", "W, stage class")]
            if any(n):
                lines.append(f"  {kind:25} {source:9} R {n[0]:>3}  P {n[1]:>3}  W {n[2]:>3}  stage W {n[3]:>3}")
    return lines


def _forms_table(forms: Counter) -> list[str]:
    lines = ["intention vs act, by the form of the act to come: R / P / W of another class / W of the stage class"]
    for shape, source in sorted({(shape, source) for shape, source, _ in forms}):
        n = [forms[(shape, source, v)] for v in ("R", "P", "W", "W, stage class")]
        lines.append(f"  {shape:36} {source:9} R {n[0]:>3}  P {n[1]:>3}  W {n[2]:>3}  stage W {n[3]:>3}")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--base", type=Path, required=True)
    parser.add_argument("--judged", nargs="*", type=Path)
    parser.add_argument("--show", choices=[k for k, _, _ in KINDS] + ["other"])
    ns = parser.parse_args()
    print("\n".join(counts(ns.data, ns.base, dev_link_files(ns.judged), ns.show)))


if __name__ == "__main__":
    main()
