"""The judged links of class "another stage or action" that the kept exports still make, each with what each side
tells and why the stage readings (`claims.stages`, `claims.identifications`) left it linked (session 62).

    python bench/stage_wrongs.py DATA --base DIR [--judged TSV ...] [--show]

Every judged dev link (`background_acts.dev_link_files`, re-judged verdicts and classes over the first ones) that an
export of ``--base`` (SET.json, `bench/quality.py --keep`) makes is read, each side's features from its document
parsed whole (`units.unit_features`, as analysis stores them). A W of class "another stage or action" is filed by
what each side's main act tells (`family`: an arrest or charge, an identification, an investigation, a search, a
death, a vigil, the shooting …) and by why the stage veto did not part it (`missed`). Every other made link whose
sides' families differ is counted by the same two keys, so each shape's R/P beside its W can be read before a rule
is built. ``--show`` lists every W with its texts.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from background_acts import dev_link_files, made_links  # noqa: E402
from wound_links import judged_rows  # noqa: E402

from viewer.analysis.claims import stages  # noqa: E402
from viewer.analysis.claims.features import UnitFeatures  # noqa: E402
from viewer.analysis.claims.identifications import tells_violence, violence_terms  # noqa: E402

STAGE_CLASS = "another stage or action"
# A main act's family: the act keys (`acts.stated_acts`) each family's main verbs give.
FAMILIES = {
    "legal": {"arrest", "charge", "arraign", "indict", "convict", "sentence", "plead", "book", "jail", "detain",
              "apprehend", "surrender", "extradite", "acquit", "accuse", "prosecute", "deny", "grant", "hold",
              "appear", "release", "file", "testify", "face"},
    "identification": {"identify", "id", "name"},
    "investigation": {"investigate", "probe", "review", "determine", "examine", "rule", "work", "interview",
                      "collect", "process", "canvass"},
    "search": {"search", "seek", "look", "hunt", "flee", "run"},
    "death": {"die", "succumb", "pronounce"},
    "condition": {"recover", "remain", "treat", "transport", "take", "rush", "hospitalize", "list"},
    "mourning": {"mourn", "remember", "honor", "grieve", "gather", "hold", "attend", "raise", "bury"},
}


def family(unit: UnitFeatures) -> str:
    """The family of the unit's main act: the shooting when one of its acts is a violence word, else the first
    family one of its acts belongs to, else "other" (or "shooting word" when only its words tell the shooting)."""
    acts = set(unit.acts)
    if violence_terms() & acts:
        return "shooting"
    if stages.states_stage(unit):
        return "legal"
    for name, keys in FAMILIES.items():
        if keys & acts:
            return name
    return "shooting word" if tells_violence(unit) else "other"


def missed(a: UnitFeatures, b: UnitFeatures) -> str:
    """Why `stages.stage_beside_shooting` left the pair: the first reason met, either side taken as the stage."""
    if stages.stage_beside_shooting(a, b) or stages.death_beside_condition(a, b):
        return "parted"
    reasons = [_why(one, other) for one, other in ((a, b), (b, a))]
    ranked = ["stage told after", "stage also the shooting", "stage denied", "other holds a stage word",
              "other tells no shooting", "no stage read"]
    return min(reasons, key=ranked.index)


def _why(stage: UnitFeatures, other: UnitFeatures) -> str:
    if not stages.states_stage(stage):
        return "no stage read"
    if stage.negations:
        return "stage denied"
    if violence_terms() & set(stage.acts):
        return "stage also the shooting"
    if violence_terms() & set(stage.after):
        return "stage told after"
    if not tells_violence(other):
        return "other tells no shooting"
    return "other holds a stage word"


def read(data: Path, base: Path, files: list[Path]):
    """(row, features a, features b, texts) for each judged link ``base``'s exports make."""
    from viewer.analysis.claims.units import unit_features
    from viewer.analysis.nlp import english
    from viewer.corpus.spans import Span

    nlp, docs, made = english(), {}, made_links(base)
    for key, row in judged_rows(files).items():
        if key not in made:
            continue
        units, texts = [], []
        for name, start, end in key[1:]:
            path = data / "sets" / key[0] / "docs" / name
            if path not in docs:
                docs[path] = nlp(path.read_text(encoding="utf-8"))
            units.append(unit_features(docs[path], Span(start, end)))
            texts.append(docs[path].text[start:end])
        yield row, units[0], units[1], texts


def counts(data: Path, base: Path, files: list[Path], show: bool) -> list[str]:
    """R/P/W by (the two families, why missed) for every made link of the stage class or of two families."""
    classes = _classes()
    by, shown = {}, []
    for row, a, b, texts in read(data, base, files):
        key = _key(row)
        cls = classes.get(key) or row.get("class") or ""
        fa, fb = sorted((family(a), family(b)))
        if row["verdict"] != "W" and fa == fb:
            continue
        if row["verdict"] == "W" and cls != STAGE_CLASS:
            continue
        shape = f"{fa} / {fb}: {missed(a, b)}"
        by.setdefault(shape, Counter())[row["verdict"]] += 1
        if row["verdict"] == "W" or show:
            shown.append(f"  {row['verdict']} {shape} | {row['file']} {key[0]}: {' '.join(texts[0].split())[:150]!r}"
                         f" | {' '.join(texts[1].split())[:150]!r} | acts {a.acts} / {b.acts}")
    lines = [f"{shape:64} " + " ".join(f"{v} {c[v]}" for v in "RPWU" if c[v]) for shape, c in sorted(by.items())]
    return lines + shown


def _key(row: dict) -> tuple:
    a = (row["file_a"], int(row["start_a"]), int(row["end_a"]))
    b = (row["file_b"], int(row["start_b"]), int(row["end_b"]))
    return (row["set"], *sorted((a, b)))


def _classes() -> dict:
    """The class the re-judged files give a link (their `class` column), over the first file's."""
    out = {}
    for path in sorted((ROOT / "training/judged").glob("*_rejudged.tsv")):
        from wound_links import _rows
        for row in _rows(path):
            if row["new_verdict"] == "W":
                out[_key(row)] = row.get("class") or ""
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--base", type=Path, required=True)
    parser.add_argument("--judged", type=Path, action="append")
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args(argv)
    print("\n".join(counts(args.data, args.base, dev_link_files(args.judged), args.show)))


if __name__ == "__main__":
    main()


# ---- prototype candidates (session 62), measured before any is built ----
import dataclasses  # noqa: E402
import re  # noqa: E402

from viewer.analysis.claims import identifications  # noqa: E402

_HEAD_STAGES = {"identify", "arrest", "charge", "indict", "sentence", "arraign", "book", "seek", "name"}
_INVESTIGATE = {"investigate", "probe"}
_SEARCH = re.compile(r"\b(?:seek\w*|sought|search\w*|hunt\w*|manhunt|look\w* for)\b", re.IGNORECASE)
_PERSON = re.compile(r"\b(?:suspects?|gunm[ae]n|shooters?|killers?)\b", re.IGNORECASE)


def headline_stage(tokens, text: str) -> str | None:
    """The stage lemma of a headline's closing participle ("Victim of … shooting identified", "… arrested in case"):
    the last verb of a one-line unit with no closing stop, a past participle hanging from the root as advcl/acl."""
    if "\n" in text.strip() or text.rstrip().endswith((".", "?", "!", '"', "”")):
        return None
    verbs = [t for t in tokens if t.pos_ == "VERB"]
    if not verbs:
        return None
    last = verbs[-1]
    if last.tag_ != "VBN" or last.dep_ not in ("advcl", "acl", "conj") or last.head.dep_ != "ROOT":
        return None
    lemma = last.lemma_.lower()
    return lemma if lemma in _HEAD_STAGES else None


def candidate_shapes(a, b, ta, tb, texts) -> list[str]:
    """Which candidate readings would part the pair (each side taken as the stage)."""
    out = []
    for one, other, tok, txt, otxt in ((a, b, ta, texts[0], texts[1]), (b, a, tb, texts[1], texts[0])):
        lemma = headline_stage(tok, txt)
        if lemma in ("identify", "name"):
            one2 = dataclasses.replace(one, identifies=True)
            if identifications.identified_beside_killing(one2, other) and not identifications.identified_beside_killing(one, other):
                out.append("headline participle: identified")
        elif lemma == "seek":
            if not _SEARCH.search(otxt) and tells_violence(other):
                out.append("headline participle: sought")
        elif lemma:
            one2 = dataclasses.replace(one, acts=[a_ for a_ in one.acts if a_ not in violence_terms()] + [lemma])
            if stages.stage_beside_shooting(one2, other) and not stages.stage_beside_shooting(one, other):
                out.append("headline participle: legal")
        if stages.states_stage(one) and stages.states_stage(other) and not one.negations and not other.negations:
            sa, sb = stages.stage_acts() & set(one.acts), stages.stage_acts() & set(other.acts)
            if sa and sb and not sa & sb:
                out.append("two court stages, different acts")
        if stages._investigation_one_way(one, other):
            out.append("investigation of the shooting (built)")
        acts = set(one.acts)
        if _INVESTIGATE & acts and not one.negations and not violence_terms() & acts:
            if tells_violence(other) and not any(t.startswith("investig") for t in other.terms) \
                    and not _INVESTIGATE & set(other.acts):
                out.append("investigation (after told)" if violence_terms() & set(one.after)
                           else "investigation, not after")
        if (acts & {"seek", "search", "hunt", "look"} or re.search(r"\bsearch (?:is|was) on\b", txt, re.I)) \
                and _PERSON.search(txt) and not one.negations and not violence_terms() & acts:
            if tells_violence(other) and not _SEARCH.search(otxt):
                out.append("search for a person")
    return sorted(set(out))


def candidate_counts(data: Path, base: Path, files: list[Path]) -> list[str]:
    """R/P/W of every judged link each candidate parts: made by ``base`` and all judged."""
    from viewer.analysis.claims.units import unit_features
    from viewer.analysis.nlp import english
    from viewer.corpus.spans import Span

    nlp, docs, made = english(), {}, made_links(base)
    by, shown = {}, []
    for key, row in judged_rows(files).items():
        units, toks, texts = [], [], []
        for name, start, end in key[1:]:
            path = data / "sets" / key[0] / "docs" / name
            if path not in docs:
                docs[path] = nlp(path.read_text(encoding="utf-8"))
            units.append(unit_features(docs[path], Span(start, end)))
            toks.append(docs[path].char_span(start, end, alignment_mode="expand"))
            texts.append(docs[path].text[start:end])
        for shape in candidate_shapes(units[0], units[1], toks[0], toks[1], texts):
            where = "made" if key in made else "not made"
            by.setdefault((shape, where), Counter())[row["verdict"]] += 1
            shown.append(f"  {row['verdict']} {shape} [{where}] {row['file']} {key[0]}: "
                         f"{' '.join(texts[0].split())[:120]!r} | {' '.join(texts[1].split())[:120]!r}")
    lines = [f"{s:40} {w:9} " + " ".join(f"{v} {c[v]}" for v in "RPWU" if c[v]) for (s, w), c in sorted(by.items())]
    return lines + shown
