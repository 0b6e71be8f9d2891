"""How the judges read a link whose one unit's main act identifies a person ("Police have identified the victim as
John Smith, 23", "Coroner IDs woman who died in shooting"), by what the other unit says of who it was.

    python bench/identification_links.py DATA [--judged TSV ...] [--base DIR] [--show CLASS] [--ecb ROWS.json]
    python bench/identification_links.py DATA --gva CORPUS [--incidents N]

A unit identifies when one of its main verbs (`background_acts.main_verbs`: the verbs its clause hangs from, or what a
reporting verb reports) is "identify", "ID" or "name", or "release" with a name or an identity as its object; a headline
the parser reads as a noun phrase ("Coroner IDs woman who died in shooting", "Victim in fatal shooting ID'd") by such a
word that hangs from the root through no other verb. The other unit is then filed under:

- ``a`` it identifies too, or names a person the identifying unit (or the sentence after it, where "identified the
  victim" gives the name next) names: one surname token shared;
- ``b`` it names a person, not one of those (``b0`` when the identifying side names no one to compare with);
- ``c`` it names no one and tells a killing, a shooting or a death (the shape asked about: "15-year-old boy shot and
  killed"); ``c-`` it names no one and tells none of them ("held a news conference to detail the rampage").

Persons are the parse's PERSON entities of the unit, without a speaker (the subject of a reporting verb, its
apposition, "according to" him). Judged links: every ``training/judged/links*.tsv`` but the blind draws' (`background_acts.BLIND`) (one
verdict per link, a later file's wins), grouped links49–54n and links55p–58v, since the standard of "another stage or
action" changed at links56r. ``--ecb``: link_judge's ECB+ train rows (chain-judged). ``--gva``: on the crawl, for each
two reports of one incident, each identification sentence of one and whether the other names its person anywhere, or
only holds killing sentences that name no one (descriptive: what the shape can be on unseen coverage).
``--veto``: for every judged link, the veto as built (`identifications.identified_beside_killing`, on the features
`units.unit_features` stores) against the acts-only veto of session 59 (`acts_veto`), with the links only the new one
parts filed by what the old one missed: the identification (``headline`` a verbless headline's "IDs", ``release`` a
released name or identity) or the names (``names``: all the names the two share say where or which body). On the crawl,
``--gva`` files every identification sentence so too, against the other report's sentences that tell a killing.
Measured for session 59: docs/linking.md, "One sub-shape of that class is a rule"; session 60: "The veto now reads a stored
identification".
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from viewer.analysis.claims import identifications  # noqa: E402
from viewer.analysis.claims.acts import main_verbs  # noqa: E402
from viewer.analysis.claims.identifications import IDENTIFYING, identified_beside_killing, violence_terms  # noqa: E402
from viewer.analysis.claims.units import NEGATION, unit_features  # noqa: E402
from viewer.analysis.claims.vocabulary import REPORTING  # noqa: E402
from viewer.corpus.spans import Span  # noqa: E402
from viewer.analysis.nlp import english  # noqa: E402


def _bench_module(name: str):
    """A sibling bench script loaded by its path (bench/ is not a package)."""
    spec = importlib.util.spec_from_file_location(name, Path(__file__).with_name(f"{name}.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


background = _bench_module("background_acts")
_KILLING = {"kill", "shoot", "die", "slay", "murder", "dead", "gun", "stab"}
_VIOLENCE = _KILLING | {"death", "homicide", "shooting", "killing", "fatal", "fatally", "deadly", "murder-suicide"}
_ID_TEXT = re.compile(r"\b(?:identif|name[ds]?\b|ID)", re.IGNORECASE)
OLD = ("links49", "links50", "links51", "links52", "links53", "links54")


def identifies(tokens) -> bool:
    """Whether the unit's main act identifies someone: a main verb "identify"/"ID"/"name", "release" of a name, or a
    headline's noun-read ID word hanging from the root through no verb (`identifications.identifying_verb`,
    `headline_id`), a denied verb left out."""
    if any(identifications.identifying_verb(v) and not _denied(v) for v in background.main_verbs(tokens)):
        return True
    return any(identifications.headline_id(t, tokens) for t in tokens)


def _denied(verb) -> bool:
    """"has not been identified", "have not released the names", "No suspect has been identified", "None of the
    victims were identified", "identify themselves": no one is identified."""
    for c in verb.children:
        if c.dep_ == "neg" or (c.dep_ == "dobj" and c.lower_.endswith(("self", "selves"))):
            return True
        if c.dep_ in ("nsubj", "nsubjpass", "dobj") and (
                c.lower_ in ("none", "nobody", "no") or any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)):
            return True
    return False


def _speaker(ent) -> bool:
    """A PERSON entity that is a source: the subject of a reporting verb, in apposition to one, or after "according to"."""
    root = ent.root
    if root.dep_ == "appos":
        root = root.head
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_.lower() in REPORTING:
        return True
    return root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.lower_ == "according"


def persons(span) -> list[set[str]]:
    """The persons the span names, each as its name tokens (lower case), speakers left out."""
    return [{t.lower_ for t in e if t.is_alpha and len(t) > 1} for e in span.ents
            if e.label_ == "PERSON" and not _speaker(e)]


def _with_next(span) -> list[set[str]]:
    """The persons an identifying unit names, or where it names none the sentence after it ("identified the victim." /
    "He was John Smith, 23")."""
    found = persons(span)
    if found:
        return found
    doc, end = span.doc, span.end
    following = next((s for s in doc.sents if s.start >= end), None)
    return persons(following) if following is not None else []


def other_side(ident, other) -> str:
    """Group a, b, b0 or c of the other unit (module docstring)."""
    if identifies(other):
        return "a"
    named = persons(other)
    first = _with_next(ident)
    words = {t.lower_ for t in other}
    if any(q & words for q in first):  # the parser misses a name in one of them as often as not ("Cortez Sims")
        return "a"
    if not named:
        return "c" if _tells_violence(other) else "c-"
    return "b" if first else "b0"


def _tells_violence(span) -> bool:
    """Whether the span tells a killing, a shooting or a death at all (any word of them)."""
    return any(t.lemma_.lower() in _VIOLENCE or t.lower_ in _VIOLENCE for t in span)


def classify(a, b) -> tuple[str, str] | None:
    """(group, side) when exactly one or both units identify: side "a"/"b" is the identifying one; None otherwise."""
    ia, ib = identifies(a), identifies(b)
    if ia:
        return other_side(a, b), "a"
    if ib:
        return other_side(b, a), "b"
    return None


def read_news(data: Path, files: list[Path], base: Path | None) -> list[dict]:
    """Each judged link with an identifying side, its group, verdict and file."""
    out = []
    for row, spans in background.judged_spans(data, files, base):
        found = classify(*spans)
        if found is not None:
            out.append({"group": found[0], "side": found[1], "verdict": row["verdict"], "class": row.get("class") or "",
                        "file": row["file"], "set": row["set"], "row": row, "texts": [s.text for s in spans]})
    return out


def acts_veto(a, b) -> bool:
    """Session 59's veto: the identification read from the stored acts only, every shared name but the setting's
    keeping the two together."""
    return _acts_one_way(a, b) or _acts_one_way(b, a)


def _acts_one_way(ident, other) -> bool:
    """`acts_veto` with ``ident`` the identifying unit."""
    if not (IDENTIFYING & set(ident.acts)) or ident.negations or IDENTIFYING & set(other.acts):
        return False
    if (set(ident.names) & set(other.names)) - set(ident.setting) - set(other.setting):
        return False
    return bool(violence_terms() & (set(other.acts) | set(other.terms)))


def missed_by(a, b) -> str:
    """What the acts-only veto missed where the new one parts a and b: ``headline``/``release`` (the identification)
    or ``names`` (a shared name of a place or a body)."""
    for one, two in ((a, b), (b, a)):
        if identifications._one_way(one, two) and not _acts_one_way(one, two):
            if not IDENTIFYING & set(one.acts) and not one.negations:
                return "release" if "release" in one.acts else "headline"
    return "names"


def features_of(span):
    """The features `units.unit_features` stores for a span of a parsed document."""
    return unit_features(span.doc, Span(span.start_char, span.end_char))


def veto_rows(data: Path, files: list[Path], base: Path | None) -> list[dict]:
    """Every judged link the new veto or the old parts, with both readings and what the old one missed."""
    out = []
    for row, spans in background.judged_spans(data, files, base):
        a, b = (features_of(s) for s in spans)
        new, old = identified_beside_killing(a, b), acts_veto(a, b)
        if new or old:
            out.append({"verdict": row["verdict"], "file": row["file"], "set": row["set"], "new": new, "old": old,
                        "missed": missed_by(a, b) if new and not old else "", "texts": [s.text for s in spans]})
    return out


def veto_table(rows: list[dict]) -> list[str]:
    """R/P/W of the links both vetoes part, only the old one, and only the new one by what the old one missed."""
    by = defaultdict(Counter)
    for r in rows:
        key = "both" if r["new"] and r["old"] else "old only" if r["old"] else f"new only: {r['missed']}"
        by[key][r["verdict"]] += 1
    return [f"  {k:22} {sum(c.values()):4}: {_rpw(c)}" for k, c in sorted(by.items())]


def _rpw(c: Counter) -> str:
    return " ".join(f"{v} {c[v]}" for v in ("R", "P", "W", "U") if c[v]) or "-"


def news_table(rows: list[dict], group: str = "group", groups: Iterable[str] = ("a", "b", "b0", "c", "c-"),
               verdict: str = "verdict", what: str = "links with an identifying side") -> list[str]:
    """R/P/W (``verdict``: the row's key holding it) by ``group``, for all files and the two file groups whose
    judging standards differ (sessions 49-54 and since); bench/stage_links.py tables its stages with it."""
    lines = []
    for title, keep in (("all", lambda r: True), ("links49-54n", lambda r: r["file"].startswith(OLD)),
                        ("links55p on", lambda r: not r["file"].startswith(OLD))):
        part = [r for r in rows if keep(r)]
        by = defaultdict(Counter)
        for r in part:
            by[r[group]][r[verdict]] += 1
        lines.append(f"## {title}: {len(part)} {what}, {_rpw(Counter(r[verdict] for r in part))}")
        lines.extend(f"  {g:15} {sum(by[g].values()):4}: {_rpw(by[g])}" for g in groups)
    return lines


def read_ecb(path: Path) -> list[str]:
    """ECB+ train's chain-judged rows with an identifying side, by group (mentions parsed alone)."""
    rows = [r for r in json.loads(path.read_text(encoding="utf-8"))["rows"] if r["y"] is not None
            and any(_ID_TEXT.search(t) for t in r["texts"])]  # only these can hold an identification
    nlp = english()
    texts = [t for r in rows for t in r["texts"]]
    parsed = list(nlp.pipe(texts, batch_size=64))
    by = defaultdict(Counter)
    for k, r in enumerate(rows):
        found = classify(parsed[2 * k][:], parsed[2 * k + 1][:])
        if found:
            by[found[0]]["R" if r["y"] else "W"] += 1
    return [f"## ECB+ train judged rows holding an identification word: {len(rows)}"] + [f"  {g:3} {_rpw(by[g])} (R right, W wrong)" for g in sorted(by)]


def killing(sent) -> bool:
    """A sentence that states a killing or a shooting (a main verb or a root participle of the killing words)."""
    return any(v.lemma_.lower() in _KILLING for v in background.main_verbs(sent))


def gva_counts(corpus: Path, incidents: int) -> Counter:
    """On the crawl's incidents (the first ``incidents`` with two usable reports, `gva.usable_reports`), for each
    ordered pair of the first two reports and each identification sentence of one (title included): whether the other
    names its person (a shared name token anywhere), or not and its killing sentences name no one (the only partner
    such a sentence can have is a naming-free killing sentence), or not and one names someone, or it holds none."""
    out = Counter()
    for first, second in _bench_module("gva").parsed_report_pairs(corpus, incidents, english()):
        out["incidents read"] += 1
        for one, two in ((first, second), (second, first)):
            _count_pair(one, two, out)
    return out


def _count_pair(one, two, out: Counter) -> None:
    """`gva_counts` for the identification sentences of ``one`` against report ``two``."""
    names_two = {w for p in persons(two[:]) for w in p}
    kills = [s for s in two.sents if killing(s)]
    killed = None  # the features of two's sentences that tell a killing, made once where one identifies
    for sent in one.sents:
        if identifications.states_identification(sent, main_verbs(sent)) and not NEGATION.search(sent.text):
            killed = killed if killed is not None else [features_of(s) for s in two.sents if _tells_violence(s)]
            _count_veto(features_of(sent), killed, out)
        if not identifies(sent):
            continue
        out["identification sentences"] += 1
        first = {w for p in _with_next(sent) for w in p}
        if not first:
            out["names no one itself (nor the next sentence)"] += 1
        elif first & names_two:
            out["other report names the person"] += 1
        elif not kills:
            out["other report: person not named, no killing sentence"] += 1
        elif all(not persons(s) for s in kills):
            out["other report: person not named, its killing sentences name no one"] += 1
        else:
            out["other report: person not named, a killing sentence names someone"] += 1


def _count_veto(ident, killed: list, out: Counter) -> None:
    """For one identification sentence (its features ``ident``) of a report: how the stored reading finds it, whether
    the veto as built parts it from some sentence of the other report that tells a killing, and for each such pair
    whether session 59's acts-only veto parted it too or what it missed (the reading, or names of places and bodies)."""
    reading = "acts" if IDENTIFYING & set(ident.acts) else "release" if "release" in ident.acts else "headline"
    out[f"veto: identification sentences, read by {reading}"] += 1
    new = [k for k in killed if identifications._one_way(ident, k)]
    if new:
        out[f"veto: of those, facing a killing sentence the veto parts ({reading})"] += 1
    for k in new:
        why = "session 59's too" if _acts_one_way(ident, k) else "the reading only" if reading != "acts" else "the names"
        out[f"veto pairs parted ({reading}): {why}"] += 1
    out[f"veto pairs ({reading}) with a killing sentence: all"] += len(killed)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--judged", nargs="*", type=Path)
    parser.add_argument("--base", type=Path, help="only the judged links the exports here make (SET.json)")
    parser.add_argument("--show", action="append", default=[], help="list the links of a group (a, b, b0, c)")
    parser.add_argument("--ecb", type=Path)
    parser.add_argument("--gva", type=Path, help="the GVA crawl: count identification sentences' partners")
    parser.add_argument("--incidents", type=int, default=400)
    parser.add_argument("--veto", action="store_true", help="the veto as built against session 59's, on judged links")
    args = parser.parse_args(argv)
    if args.gva:
        for k, v in gva_counts(args.gva, args.incidents).most_common():
            print(f"{v:6}  {k}")
        return
    files = background.dev_link_files(args.judged)
    if args.veto:
        rows = veto_rows(args.data, files, args.base)
        print("\n".join(veto_table(rows)))
        for r in rows:
            if r["new"] != r["old"]:
                print(f"{r['verdict']}\t{'new' if r['new'] else 'old'} {r['missed']}\t{r['file']}\t{r['set']}"
                      f"\n  A {r['texts'][0][:140]!r}\n  B {r['texts'][1][:140]!r}")
        return
    rows = read_news(args.data, files, args.base)
    print("\n".join(news_table(rows)))
    for group in args.show:
        for r in rows:
            if r["group"] == group:
                x = r["row"]
                print(f"{group}\t{r['verdict']}\t{r['class']}\t{r['file']}\t{x['set']}\t{x['file_a']}\t{x['start_a']}\t{x['end_a']}"
                      f"\t{x['file_b']}\t{x['start_b']}\t{x['end_b']}\tident={r['side']}\n  A {r['texts'][0]!r}\n  B {r['texts'][1]!r}")
    if args.ecb:
        print("\n".join(read_ecb(args.ecb)))


if __name__ == "__main__":
    main()
