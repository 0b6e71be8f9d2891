"""The judged links of class "another stage or action" that the kept exports still make, each with what each side
tells and why the stage readings (`claims.stages`, `claims.identifications`) left it linked (session 62).

    python bench/stage_wrongs.py DATA --base DIR [--judged TSV ...] [--show] [--candidates]
    python bench/stage_wrongs.py DATA --base DIR --gva CORPUS [--incidents N] [--widened]
    python bench/stage_wrongs.py DATA --base DIR --widened

Every judged dev link (`background_acts.dev_link_files`, re-judged verdicts and classes over the first ones) that an
export of ``--base`` (SET.json, `bench/quality.py --keep`) makes is read, each side's features from its document
parsed whole (`units.unit_features`, as analysis stores them). A W of class "another stage or action" is filed by
what each side's main act tells (`family`: an arrest or charge, an identification, an investigation, a search, a
death, a vigil, the shooting …) and by why the stage veto did not part it (`missed`). Every other made link whose
sides' families differ is counted by the same two keys, so each shape's R/P beside its W can be read before a rule
is built. ``--show`` lists every W with its texts. ``--candidates`` counts, on every judged link (made by ``--base``
or not), the links each reading would part (`candidate_shapes`): the investigation of the shooting built in
`claims.stages` and the readings measured and refused; ``--gva`` counts on the crawl's report pairs the sentences
each reading would take as the stage beside a sentence of the other report. ``--widened`` (session 63) counts what
adding wound words to `identifications.violence_terms` (`WIDENINGS`) changes across every veto that reads the list:
the judged links `verifier.never_one_claim` newly parts or joins, or with ``--gva`` the crawl's sentences newly telling
the shooting and its close sentence pairs newly parted or joined.
"""
from __future__ import annotations

import argparse
import contextlib
import dataclasses
import itertools
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import gva  # noqa: E402
from background_acts import dev_link_files, made_links  # noqa: E402
from wound_links import _rows, judged_rows  # noqa: E402

from viewer.analysis.claims import identifications, stages  # noqa: E402
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


def parted_without(veto: str, a: UnitFeatures, b: UnitFeatures) -> bool:
    """`verifier.never_one_claim` with the veto of that name in `claims.verifier` left out: whether another veto parts
    the pair already (bench/care_links.py, bench/publication_links.py)."""
    from viewer.analysis.claims import verifier
    built = getattr(verifier, veto)
    setattr(verifier, veto, lambda _a, _b: False)
    try:
        return verifier.never_one_claim(a, b)
    finally:
        setattr(verifier, veto, built)


def read(data: Path, base: Path, files: list[Path], made_only: bool = True,
         worth: Callable[[str], object] | None = None):
    """(row, whether ``base``'s exports make it, the two sides' features, their tokens, their texts) for each judged
    link (only those made, unless not ``made_only``; only those with a side ``worth`` passes, when given, since parsing
    is the cost), each document parsed once."""
    from viewer.analysis.claims.units import unit_features
    from viewer.analysis.nlp import english
    from viewer.corpus.spans import Span

    nlp, docs, made = english(), {}, made_links(base)
    for key, row in judged_rows(files).items():
        if made_only and key not in made:
            continue
        if worth and not any(worth((data / "sets" / key[0] / "docs" / name).read_text(encoding="utf-8")[start:end])
                             for name, start, end in key[1:]):
            continue
        units, tokens, texts = [], [], []
        for name, start, end in key[1:]:
            path = data / "sets" / key[0] / "docs" / name
            if path not in docs:
                docs[path] = nlp(path.read_text(encoding="utf-8"))
            units.append(unit_features(docs[path], Span(start, end)))
            tokens.append(docs[path].char_span(start, end, alignment_mode="expand"))
            texts.append(docs[path].text[start:end])
        yield row, key in made, units, tokens, texts


def counts(data: Path, base: Path, files: list[Path], show: bool) -> list[str]:
    """R/P/W by (the two families, why missed) for every made link of the stage class or of two families."""
    classes = _classes()
    by, shown = {}, []
    for row, _made, (a, b), _tokens, texts in read(data, base, files):
        cls = classes.get(_key(row)) or row.get("class") or ""
        fa, fb = sorted((family(a), family(b)))
        if (row["verdict"] != "W" and fa == fb) or (row["verdict"] == "W" and cls != STAGE_CLASS):
            continue
        shape = f"{fa} / {fb}: {missed(a, b)}"
        by.setdefault(shape, Counter())[row["verdict"]] += 1
        if row["verdict"] == "W" or show:
            shown.append(f"  {row['verdict']} {shape} | {_shown(row, texts)} | acts {a.acts} / {b.acts}")
    return _table(by) + shown


def parted_counts(parted: Iterable[tuple[dict, bool, bool, list[str]]], w_class: str, w_name: str,
                  show: bool) -> list[str]:
    """R/P/W of the judged links a reading parts, each given as (row, whether the exports make it, whether a shipped
    veto parts it already, its texts), by made and already parted, the W of ``w_class`` apart as "W ``w_name``": the
    count every reading measured before its veto is built prints (bench/failed_steps.py,
    bench/unknown_count_links.py)."""
    classes, by, shown = _classes(), Counter(), []
    for row, made, already, texts in parted:
        apart = row["verdict"] == "W" and (classes.get(_key(row)) or row.get("class")) == w_class
        verdict = f"W {w_name}" if apart else row["verdict"]
        shape = f"{'made' if made else 'not made'}{', already parted' if already else ''}"
        by[(shape, verdict)] += 1
        if show:
            shown.append(f"  {verdict} [{shape}] {_shown(row, texts)}")
    return [f"{shape:28} {verdict:8} {n}" for (shape, verdict), n in sorted(by.items())] + shown


def _shown(row: dict, texts: list[str]) -> str:
    return f"{row['file']} {row['set']}: {' '.join(texts[0].split())[:150]!r} | {' '.join(texts[1].split())[:150]!r}"


def _table(by: dict) -> list[str]:
    return [f"{shape:64} " + " ".join(f"{v} {c[v]}" for v in "RPWU" if c[v]) for shape, c in sorted(by.items())]


def _key(row: dict) -> tuple:
    a = (row["file_a"], int(row["start_a"]), int(row["end_a"]))
    b = (row["file_b"], int(row["start_b"]), int(row["end_b"]))
    return (row["set"], *sorted((a, b)))


def _classes() -> dict:
    """The class the re-judged files give a link (their `class` column), over the first file's."""
    out = {}
    for path in sorted((ROOT / "training/judged").glob("*_rejudged.tsv")):
        for row in _rows(path):
            if row["new_verdict"] == "W":
                out[_key(row)] = row.get("class") or ""
    return out


_HEAD_STAGES = {"identify", "arrest", "charge", "indict", "sentence", "arraign", "book", "seek", "name"}
_INVESTIGATE = {"investigate", "probe"}
_SEARCH = re.compile(r"\b(?:seek\w*|sought|search\w*|hunt\w*|manhunt|look\w* for)\b", re.IGNORECASE)
_PERSON = re.compile(r"\b(?:suspects?|gunm[ae]n|shooters?|killers?)\b", re.IGNORECASE)
# A custody told by a preposition, with no verb the parse gives as an act ("A 17-year-old is under arrest").
_HELD = {"under arrest": re.compile(r"\bunder arrest\b", re.IGNORECASE),
         "in custody": re.compile(r"\bin (?:police |federal |county )?custody\b", re.IGNORECASE)}


def headline_stage(tokens, text: str) -> str | None:
    """The stage lemma of a headline's closing participle ("Victim of … shooting identified", "… arrested in case"):
    the last verb of a one-line unit with no closing stop, a past form that is the root or hangs from it as
    advcl/acl/conj (the parser tags "identified" there VBD as often as VBN), or from a relative clause of the root's
    noun (`_under_root`)."""
    if "\n" in text.strip() or text.rstrip().endswith((".", "?", "!", '"', "”")):
        return None
    verbs = [t for t in tokens if t.pos_ == "VERB"]
    if not verbs:
        return None
    last = verbs[-1]
    if last.tag_ not in ("VBN", "VBD") or not (last.dep_ == "ROOT" or last.dep_ in ("advcl", "acl", "conj")
                                                and _under_root(last.head)):
        return None
    lemma = last.lemma_.lower()
    return lemma if lemma in _HEAD_STAGES else None


def _under_root(head) -> bool:
    """Whether a headline's closing participle hangs from the root, or from a relative clause of the root's noun
    ("Older brother of … boy who was fatally shot arrested in case": the parse hangs "arrested" from "shot")."""
    return head.dep_ == "ROOT" or (head.dep_ == "relcl" and head.head.dep_ == "ROOT")


def candidate_shapes(a: UnitFeatures, b: UnitFeatures, tokens: list, texts: list[str]) -> list[str]:
    """Which readings would part the pair, each side taken as the stage: the one built (an investigation of the
    shooting, `stages.investigation_beside_shooting`) and those measured and not built (a headline's closing stage
    participle, an investigation of anything, a search for a person, two court stages of different acts, a custody told
    by a preposition, "under arrest" or "in custody")."""
    return sorted({shape for one, other, tok, text, other_text in ((a, b, tokens[0], texts[0], texts[1]),
                                                                   (b, a, tokens[1], texts[1], texts[0]))
                   for shape in _one_way(one, other, tok, text, other_text)})


def _one_way(one: UnitFeatures, other: UnitFeatures, tokens, text: str, other_text: str) -> list[str]:
    out = [_headline_shape(one, other, headline_stage(tokens, text), other_text)]
    acts, plain = set(one.acts), not one.negations and not violence_terms() & set(one.acts)
    if stages.states_stage(one) and stages.states_stage(other) and not one.negations and not other.negations:
        mine, theirs = stages.stage_acts() & acts, stages.stage_acts() & set(other.acts)
        out.append("two court stages, different acts" if mine and theirs and not mine & theirs else None)
    if stages._investigation_one_way(one, other):
        out.append("investigation of the shooting (built)")
    if _INVESTIGATE & acts and plain and tells_violence(other) and not _INVESTIGATE & set(other.acts) \
            and not any(t.startswith("investig") for t in other.terms):
        out.append("investigation, told after" if violence_terms() & set(one.after) else "investigation, not after")
    searching = acts & {"seek", "search", "hunt", "look"} or re.search(r"\bsearch (?:is|was) on\b", text, re.I)
    if searching and plain and _PERSON.search(text) and tells_violence(other) and not _SEARCH.search(other_text):
        out.append("search for a person")
    out.extend(_held_shape(one, other, name) for name, held in _HELD.items() if held.search(text))
    out.append(_depiction_shape(one, other))
    return [shape for shape in out if shape]


def _depiction_shape(one: UnitFeatures, other: UnitFeatures) -> str | None:
    """A depiction (`stages.depicts`, session 63) beside a unit holding no depiction word, split by whether that unit
    tells the shooting and by whether the two share a main act (a depicting unit stating that act too: "recovered
    casings and obtained video", a quote the video "showed" her telling)."""
    if not stages.depicts(one) or stages.DEPICTIONS & set(other.terms):
        return None
    shared = ", an act shared" if set(one.acts) & set(other.acts) else ""
    return f"depiction / {'the shooting' if tells_violence(other) else 'other'}{shared}"


def _held_shape(one: UnitFeatures, other: UnitFeatures, name: str) -> str | None:
    """The custody a prepositional phrase tells ("is under arrest", "is in custody"), read as that stage's act, where
    the readings built do not part the pair. A unit whose main act is the shooting as well ("shot his wife and is in
    custody") stays no stage, as `stages.tells_stage` reads it."""
    staged = dataclasses.replace(one, acts=[*one.acts, "arrest"])
    return (f"custody phrase: {name}" if stages.stage_beside_shooting(staged, other)
            and not stages.stage_beside_shooting(one, other) else None)


def _headline_shape(one: UnitFeatures, other: UnitFeatures, lemma: str | None, other_text: str) -> str | None:
    """The shape a headline's closing stage participle would part that the readings built do not."""
    if lemma in ("identify", "name"):
        named = dataclasses.replace(one, identifies=True)
        return ("headline participle: identified" if identifications.identified_beside_killing(named, other)
                and not identifications.identified_beside_killing(one, other) else None)
    if lemma == "seek":
        return "headline participle: sought" if not _SEARCH.search(other_text) and tells_violence(other) else None
    if lemma:
        staged = dataclasses.replace(one, acts=[a for a in one.acts if a not in violence_terms()] + [lemma])
        return ("headline participle: legal" if stages.stage_beside_shooting(staged, other)
                and not stages.stage_beside_shooting(one, other) else None)
    return None


def candidate_counts(data: Path, base: Path, files: list[Path]) -> list[str]:
    """R/P/W of every judged link each reading parts, apart for the links ``base`` makes and those it does not."""
    by, shown = {}, []
    for row, made, (a, b), tokens, texts in read(data, base, files, made_only=False):
        for shape in candidate_shapes(a, b, tokens, texts):
            where = "made" if made else "not made"
            by.setdefault(f"{shape} [{where}]", Counter())[row["verdict"]] += 1
            shown.append(f"  {row['verdict']} {shape} [{where}] {_shown(row, texts)}")
    return _table(by) + shown


# Session 63: the wound words `identifications.violence_terms` left out ("injured", "wounded", "gunshot wound";
# "gunned down" lemmatises to the verb "gun", whose key is the noun's too). Term keys. The first was counted before it
# was built and is in the list now, so a run today measures only what "gun" would add.
WIDENINGS = {"injure, wound, gunshot": ("iniure", "wound", "gunshot"),
             "injure, wound, gunshot, gun": ("iniure", "wound", "gunshot", "gun")}


@contextlib.contextmanager
def widened(extra: tuple[str, ...]):
    """`violence_terms` with ``extra`` added, in every module that reads it (the identification, stage,
    investigation, attribute and patient readings, at extraction and at linking), restored after."""
    from viewer.analysis.claims import attributes, patients
    wide = violence_terms() | frozenset(extra)
    held = [(m, m.violence_terms) for m in (identifications, stages, attributes, patients)]
    for module, _old in held:
        module.violence_terms = lambda: wide
    try:
        yield
    finally:
        for module, old in held:
            module.violence_terms = old


def widening_counts(data: Path, base: Path, files: list[Path]) -> list[str]:
    """R/P/W of the judged links (made by ``base`` or not) that `verifier.never_one_claim` would newly part, and newly
    join, with each of `WIDENINGS` added to the violence words, each side's features extracted again under it."""
    from viewer.analysis.claims.units import unit_features
    from viewer.analysis.claims.verifier import never_one_claim
    from viewer.corpus.spans import Span

    by, shown = {}, []
    for row, made, _units, tokens, texts in read(data, base, files, made_only=False):
        before = never_one_claim(*(unit_features(t.doc, Span(t.start_char, t.end_char)) for t in tokens))
        for name, extra in WIDENINGS.items():
            with widened(extra):
                after = never_one_claim(*(unit_features(t.doc, Span(t.start_char, t.end_char)) for t in tokens))
            if after == before:
                continue
            shape = f"{name}: {'parts' if after else 'joins'} [{'made' if made else 'not made'}]"
            by.setdefault(shape, Counter())[row["verdict"]] += 1
            shown.append(f"  {row['verdict']} {shape} {_shown(row, texts)}")
    return _table(by) + shown


def gva_widening_counts(corpus: Path, incidents: int) -> Counter:
    """On the crawl's first report pairs: the sentences that tell the shooting (`tells_violence`) only once each of
    `WIDENINGS` is added, and the sentence pairs across the two reports sharing two content terms or more that
    `verifier.never_one_claim` newly parts or newly joins under it."""
    from viewer.analysis.claims.units import unit_features
    from viewer.analysis.claims.verifier import never_one_claim
    from viewer.analysis.nlp import english
    from viewer.corpus.spans import Span

    out = Counter()
    for docs in gva.parsed_report_pairs(corpus, incidents, english()):
        spans = [[Span(s.start_char, s.end_char) for s in d.sents if len(s) > 3] for d in docs]
        plain = [[unit_features(d, span) for span in side] for d, side in zip(docs, spans)]
        told = [[tells_violence(u) for u in side] for side in plain]
        close = [(i, j) for i, j in itertools.product(range(len(plain[0])), range(len(plain[1])))
                 if len(set(plain[0][i].terms) & set(plain[1][j].terms)) >= 2]
        before = {(i, j): never_one_claim(plain[0][i], plain[1][j]) for i, j in close}
        out["report pairs"] += 1
        for name, extra in WIDENINGS.items():
            with widened(extra):
                wide = [[unit_features(d, span) for span in side] for d, side in zip(docs, spans)]
                out[f"{name}: sentences newly telling the shooting"] += sum(
                    tells_violence(w) and not t for ws, ts in zip(wide, told) for w, t in zip(ws, ts))
                for (i, j), was in before.items():
                    if never_one_claim(wide[0][i], wide[1][j]) != was:
                        out[f"{name}: sentence pairs newly {'joined' if was else 'parted'}"] += 1
    return out


def gva_counts(corpus: Path, incidents: int) -> Counter:
    """On the crawl's first report pairs (`gva.parsed_report_pairs`): the sentences each reading would take as the stage
    beside some sentence of the other report, and the report pairs holding one."""
    from viewer.analysis.claims.units import unit_features
    from viewer.analysis.nlp import english
    from viewer.corpus.spans import Span

    out = Counter()
    for docs in gva.parsed_report_pairs(corpus, incidents, english()):
        sides = [[(unit_features(d, Span(s.start_char, s.end_char)), s, s.text) for s in d.sents if len(s) > 3]
                 for d in docs]
        held = set()
        for one, two in ((sides[0], sides[1]), (sides[1], sides[0])):
            for unit, tokens, text in one:
                shapes = {shape for other, _t, other_text in two
                          for shape in _one_way(unit, other, tokens, text, other_text)}
                out.update(f"sentences: {shape}" for shape in shapes)
                held |= shapes
        out["report pairs"] += 1
        out.update(f"report pairs holding: {shape}" for shape in held)
    return out


def stage_arguments(doc: str, incidents: int) -> argparse.ArgumentParser:
    """The arguments every stage count takes (this script's, bench/stage_readings.py's): the data, the kept exports,
    the judged files, whether to list the links, and the crawl with how many of its incidents."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--base", type=Path, required=True)
    parser.add_argument("--judged", type=Path, action="append")
    parser.add_argument("--show", action="store_true")
    parser.add_argument("--gva", type=Path)
    parser.add_argument("--incidents", type=int, default=incidents)
    return parser


def main(argv: list[str] | None = None) -> None:
    parser = stage_arguments(__doc__, 300)
    parser.add_argument("--candidates", action="store_true")
    parser.add_argument("--widened", action="store_true")
    args = parser.parse_args(argv)
    if args.gva:
        count = gva_widening_counts if args.widened else gva_counts
        gva.print_counts(count(args.gva, args.incidents))
        return
    files = dev_link_files(args.judged)
    if args.candidates:
        print("\n".join(candidate_counts(args.data, args.base, files)))
        return
    if args.widened:
        print("\n".join(widening_counts(args.data, args.base, files)))
        return
    print("\n".join(counts(args.data, args.base, files, args.show)))


if __name__ == "__main__":
    main()
