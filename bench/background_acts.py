"""How often a link joins one unit's main act to a part of the other unit that only sets the background, and how the
judges read those links: the shape of "another stage or action of one incident".

    python bench/background_acts.py DATA [--judged TSV ...] [--base DIR] [--by-file] [--ecb ROWS.json] [--show VARIANT]

A unit "backgrounds" the other's act when (1) none of its own main acts (the verbs its clause hangs from, the verbs
coordinated with them or completing them ("continued to run"), or what a reporting verb reports, as
`acts.stated_acts` reads them) is written in the other unit,
and (2) a main act of the other unit is written in it off its main verbs: in its subject ("A man killed in a shooting
that left three wounded has been identified"), its object, a prepositional phrase ("charge hunter in shooting death
of boy", "in connection with the killing"), a clause of time ("after being shot"), a complement ("accused of
killing") or a relative clause. Two words are one act when they share the term key, a WordNet synonym class
(`synonyms.json`), an outcome kind (`outcome_words.json`: "killed" and "slain"), or a gerund's stem ("shooting" /
"shot"). Each firing link is put under the slot its matched word sits in, below the unit's main verb: the dependency
of the step from the main verb (``nsubj``, ``prep:in``, ``advcl:after``, ...).

The judged links are every file of ``--judged`` (default: training/judged/links*.tsv without the blind draws',
`BLIND`), one verdict per link (a later file's verdict wins), the texts read from ``DATA/sets/SET/docs`` and parsed whole as the
analyser parses a document. ``--ecb`` reads `link_judge.py`'s ECB+ train rows (mentions parsed alone; chain-judged,
1 right, 0 wrong). ``--base DIR`` keeps only the links the exports there (`bench/quality.py --keep`) make. Besides the shape itself
("told") it prints the variants `VARIANTS` names (a's main act not in b, with what it shares all in its subject, object,
a phrase or a relative clause; neither unit's main act in the other; a's main act an arrest or a charge), R/P/W where
each fires (ECB+: R right, W wrong), the first by slot; ``--show VARIANT`` lists the links a variant fires on.
Measured, not shipped (session 59): docs/linking.md, "The act of one unit set in the other's background".
"""
from __future__ import annotations

import argparse
import csv
import itertools
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from viewer.analysis.claims.synonyms import synonym_table  # noqa: E402
from viewer.analysis.claims.vocabulary import LIGHT, REPORTING, term  # noqa: E402
from viewer.analysis.nlp import english  # noqa: E402
from viewer.corpus.spans import Span  # noqa: E402

_OUTCOMES = {w: e["kind"] for w, e in json.loads(
    (ROOT / "viewer/analysis/claims/outcome_words.json").read_text(encoding="utf-8"))["entries"].items()}
_CONTENT = {"NOUN", "VERB", "ADJ"}
_NOMINAL = {"NOUN", "PROPN", "PRON", "NUM"}
_BE = {"be", "have", "do", "get"}


def main_verbs(tokens) -> list:
    """The unit's main verbs, as `acts.stated_acts` reads them: each root verb (a headline's participle after its
    noun), the verbs coordinated with it, and for a reporting verb the verbs it reports."""
    inside = range(tokens.start, tokens.end)
    out, todo = [], []
    for root in (t for t in tokens if t.head.i == t.i or t.head.i not in inside):
        if root.pos_ in _NOMINAL:
            todo.extend(c for c in root.children if c.dep_ == "acl" and c.tag_ == "VBN")
        elif root.pos_ in ("VERB", "AUX"):
            todo.append(root)
    while todo:
        v = todo.pop()
        said = v.lemma_.lower() in REPORTING
        if not said and _act_word(v):
            out.append(v)
        todo.extend(c for c in v.children if c.pos_ in ("VERB", "AUX") and c.i in inside and (
            c.dep_ in ("conj", "xcomp") or (c.dep_ == "ccomp" and (said or c.i < v.i)) or
            (v.pos_ == "AUX" and c.dep_ in ("acomp", "attr"))))
        if v.pos_ == "AUX" or v.lemma_.lower() in _BE:  # "was pronounced dead": the complement is the act
            todo.extend(c for c in v.children if c.dep_ in ("acomp", "attr") and c.pos_ == "ADJ" and c.i in inside)
    return out


def _act_word(token) -> bool:
    """A verb or adjective that can state an act: not a reporting, light or auxiliary-like verb."""
    lemma = token.lemma_.lower()
    return token.pos_ in ("VERB", "ADJ") and lemma not in REPORTING and lemma not in LIGHT and lemma not in _BE


def keys(token) -> set[str]:
    """What a word is compared under: its term, its synonym classes, its outcome kind, a gerund's stem."""
    lemma = token.lemma_.lower()
    out = {"t:" + term(lemma)}
    out |= {"s:" + s for s in synonym_table().get(term(lemma), ())}
    kind = _OUTCOMES.get(token.lower_) or _OUTCOMES.get(lemma)
    if kind:
        out.add("k:" + kind)
    if lemma.endswith("ing") and len(lemma) > 5:
        stem = lemma[:-3]
        out |= {"t:" + term(stem), "t:" + term(stem + "e")}
        if len(stem) > 2 and stem[-1] == stem[-2]:
            out.add("t:" + term(stem[:-1]))
    return out


def content(tokens) -> list:
    """The unit's content words: nouns, verbs and adjectives that are not stop, reporting or light words."""
    return [t for t in tokens if t.pos_ in _CONTENT and not t.is_stop and t.lemma_.lower() not in REPORTING
            and t.lemma_.lower() not in LIGHT and len(t.text) > 1]


def slot(token, mains: set[int]) -> str:
    """The step below a main verb that holds the token, with its preposition or its clause's marker."""
    path = [token]
    while path[-1].head.i != path[-1].i and path[-1].head.i not in mains:
        path.append(path[-1].head)
    top = path[-1]
    if top.head.i not in mains:
        return "outside"
    dep = top.dep_
    if dep == "prep":
        return f"prep:{top.lower_}"
    if dep in ("advcl", "relcl", "acl"):
        marker = next((c.lower_ for c in top.children if c.dep_ in ("mark", "advmod") and c.i < top.i), "")
        return f"{dep}:{marker}" if marker else dep
    if dep in ("nsubj", "nsubjpass", "dobj", "attr", "pobj"):
        inner = {t.dep_ for t in path[:-1]}
        return dep + ("+clause" if inner & {"relcl", "acl"} else "")
    return dep


def act_keys(verb) -> set[str]:
    """A main verb's keys, with the outcome its adverb gives ("fatally shot" is a death too)."""
    out = keys(verb)
    out |= {"k:" + _OUTCOMES[c.lower_] for c in verb.children if c.dep_ == "advmod" and c.lower_ in _OUTCOMES}
    return out


_STATING = ("advcl",)  # a clause of time the judges read as stating the shooting ("after being shot": P)
_LEGAL = {"k:arrest", "k:charge"}  # outcome_words.json's kinds for a later stage: "arrested", "charged", "indicted"


def reading(a, b) -> dict | None:
    """How unit ``a`` holds what it shares with ``b``: whether its main acts are written in ``b`` ("main_told"),
    the slots below its main verbs of the words it shares with ``b`` ("slots"), and whether a main act of ``b`` is
    one of them ("b_told", with the word). None when either unit has no main act."""
    mains_a, mains_b = main_verbs(a), main_verbs(b)
    if not mains_a or not mains_b:
        return None
    words_b = {k for t in content(b) for k in keys(t)}
    at = {v.i for v in mains_a}
    shared = [t for t in content(a) if t.i not in at and keys(t) & words_b]
    wanted = set().union(*(act_keys(v) for v in mains_b))
    told = next((t for t in shared if keys(t) & wanted), None)
    return {"main_told": any(act_keys(v) & words_b for v in mains_a), "slots": [slot(t, at) for t in shared],
            "legal": bool(set().union(*(act_keys(v) for v in mains_a)) & _LEGAL),
            "b_told": told is not None, "slot": slot(told, at) if told is not None else "",
            "act": f"{'/'.join(v.lemma_.lower() for v in mains_a)} : {'/'.join(v.lemma_.lower() for v in mains_b)}"}


def _background(r: dict) -> bool:
    """Every shared word sits in the subject, object, a prepositional phrase or a relative clause."""
    return bool(r["slots"]) and not any(s.startswith(_STATING) or s == "outside" for s in r["slots"])


VARIANTS = {
    # b's main act written off a's main verbs, a's main act not written in b (the brief's shape)
    "told": lambda r, o: not r["main_told"] and r["b_told"],
    # the same, the word of b's act not in a clause of time (read as stating by the judges)
    "told_not_advcl": lambda r, o: not r["main_told"] and r["b_told"] and not r["slot"].startswith(_STATING),
    # neither unit's main act written in the other (the coordinated-acts shape, for reference)
    "mains_apart": lambda r, o: not r["main_told"] and not o["main_told"],
    # a's main act not in b and all it shares with b in its subject, object, a phrase or a relative clause
    "background": lambda r, o: not r["main_told"] and _background(r),
    # that, and b's main act written in a
    "background_told": lambda r, o: not r["main_told"] and _background(r) and r["b_told"],
    # that, and b's main act not written in a either (both units carry it in passing)
    "background_both": lambda r, o: not r["main_told"] and _background(r) and not o["main_told"] and _background(o),
    # a's main act an arrest or a charge (outcome_words.json), b's not, and not written in b
    "legal": lambda r, o: r["legal"] and not o["legal"] and not r["main_told"],
    # that, with all it shares in its subject, object, a phrase or a relative clause
    "legal_background": lambda r, o: r["legal"] and not o["legal"] and not r["main_told"] and _background(r),
}


def shape(a, b) -> dict[str, str]:
    """Each variant that fires, with the slot of the side it fires on (the matched word's slot, or the first)."""
    ra, rb = reading(a, b), reading(b, a)
    if ra is None or rb is None:
        return {}
    out = {}
    for name, fires in VARIANTS.items():
        for r, o in ((ra, rb), (rb, ra)):
            if fires(r, o):
                out[name] = r["slot"] or (r["slots"][0] if r["slots"] else "none")
                out["act"] = r["act"]
                break
    return out


BLIND = "81"  # the session's blind draws' judged files hold it in their names: only the judge reads them


def dev_link_files(judged: list[Path] | None) -> list[Path]:
    """The judged link files given, or every training/judged/links*.tsv but the blind draws' (`BLIND`)."""
    if judged is not None:
        return judged
    return sorted(p for p in (ROOT / "training/judged").glob("links*.tsv")
                  if BLIND not in p.name and not p.name.endswith(".documents.tsv"))


def judged_links(files: list[Path]) -> dict[tuple, dict]:
    """One row per judged link (either order), a later file's verdict over an earlier one's."""
    out = {}
    for path in files:
        with path.open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f, delimiter="\t"):
                a = (row["file_a"], int(row["start_a"]), int(row["end_a"]))
                b = (row["file_b"], int(row["start_b"]), int(row["end_b"]))
                row["file"] = path.name
                out[(row["set"], *sorted((a, b)))] = row
    return out


def judged_arguments(description: str) -> argparse.ArgumentParser:
    """The command line of a count over the judged dev links: DATA, the judged files (`dev_link_files`), the exports
    whose links are counted apart as made, and whether to print the links counted (bench/recalled_links.py,
    bench/dated_lede_links.py)."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("data", type=Path)
    parser.add_argument("--judged", nargs="*", type=Path)
    parser.add_argument("--base", type=Path)
    parser.add_argument("--show", action="store_true")
    return parser


def judged_or_crawl(doc: str, judged_counts, crawl_counts, argv: list[str] | None = None,
                    limit: tuple[str, int] | None = ("incidents", 100000)) -> None:
    """Print a count over the judged dev links (`judged_arguments`; ``judged_counts(data, files, base, show)``), or
    with ``--gva CORPUS`` over the crawl (``crawl_counts(corpus, [limit,] show)``, ``limit`` naming the option that
    bounds it and its default): the command line of the rule counters that read both (bench/name_alone_links.py…)."""
    parser = judged_arguments(doc.splitlines()[0])
    parser.add_argument("--gva", type=Path)
    if limit:
        parser.add_argument(f"--{limit[0]}", type=int, default=limit[1])
    args = parser.parse_args(argv)
    if args.gva:
        bound = (getattr(args, limit[0]),) if limit else ()
        lines = crawl_counts(args.gva, *bound, args.show)
    else:
        lines = judged_counts(args.data, dev_link_files(args.judged), args.base, args.show)
    print("\n".join(lines))


def made_links(base: Path) -> set[tuple]:
    """The links the exports in ``base`` (SET.json, `bench/quality.py --keep`) make, keyed as `judged_links` keys."""
    out = set()
    for path in base.glob("*.json"):
        export = json.loads(path.read_text(encoding="utf-8"))
        by_id = {d["id"]: Path(d["source"]["path"]).name for d in export.get("documents", [])}
        for claim in export.get("claims", []):
            held = [(by_id[m["document"]], m["start"], m["end"]) for m in claim["mentions"] if m["document"] in by_id]
            out |= {(path.stem, *sorted((a, b))) for a, b in itertools.combinations(held, 2) if a[0] != b[0]}
    return out


def judged_spans(data: Path, files: list[Path], base: Path | None = None):
    """Each judged link (`judged_links`) as (row, its two spans in their documents parsed whole), only those
    ``base``'s exports make; each document parsed once."""
    nlp, docs = english(), {}
    made = made_links(base) if base else None
    for key, row in judged_links(files).items():
        if made is not None and key not in made:
            continue
        spans = []
        for side in "ab":
            path = data / "sets" / row["set"] / "docs" / row[f"file_{side}"]
            if path not in docs:
                docs[path] = nlp(path.read_text(encoding="utf-8"))
            span = Span(int(row[f"start_{side}"]), int(row[f"end_{side}"]))
            spans.append(docs[path].char_span(span.start, span.end, alignment_mode="expand"))
        yield row, spans


def read_news(data: Path, files: list[Path], base: Path | None = None) -> list[dict]:
    """Each judged link with the shape found, its verdict, class and texts; only those ``base``'s exports make."""
    return [{"verdict": row["verdict"], "class": row.get("class") or "", "set": row["set"], "file": row["file"],
             "shape": shape(*spans), "texts": [s.text for s in spans]}
            for row, spans in judged_spans(data, files, base)]


def read_ecb(path: Path) -> list[dict]:
    """ECB+ train's chain-judged links (`link_judge.ecb_rows`), each mention parsed alone."""
    rows = [r for r in json.loads(path.read_text(encoding="utf-8"))["rows"] if r["y"] is not None]
    texts = [t for r in rows for t in r["texts"]]
    parsed = list(english().pipe(texts, batch_size=64))
    return [{"verdict": "R" if r["y"] else "W", "class": "", "set": "ecb", "file": path.name,
             "shape": shape(parsed[2 * k][:], parsed[2 * k + 1][:]), "texts": r["texts"]} for k, r in enumerate(rows)]


def table(rows: list[dict], title: str, slots: bool = False) -> list[str]:
    """R/P/W of all links and of those each variant fires on (``slots``: by the slot it fires on too)."""
    stage = sum(1 for r in rows if r["class"] == "another stage or action")
    lines = [f"## {title}: {len(rows)} links, {_rpw(Counter(r['verdict'] for r in rows))}; W stage {stage}"]
    for name in VARIANTS:
        fired = [r for r in rows if name in r["shape"]]
        hit = sum(1 for r in fired if r["class"] == "another stage or action")
        lines.append(f"{name:16} {len(fired):4}: {_rpw(Counter(r['verdict'] for r in fired))}; W stage {hit}")
        if slots:
            by_slot: dict[str, Counter] = defaultdict(Counter)
            for r in fired:
                by_slot[r["shape"][name]][r["verdict"]] += 1
            lines.extend(f"    {k:22} {_rpw(c)}" for k, c in sorted(by_slot.items(), key=lambda kv: -sum(kv[1].values())))
    return lines


def _rpw(c: Counter) -> str:
    """Verdict counts as "R 3 P 2 W 1"."""
    return " ".join(f"{v} {c[v]}" for v in ("R", "P", "W", "U") if c[v])


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--judged", nargs="*", type=Path)
    parser.add_argument("--ecb", type=Path)
    parser.add_argument("--show", action="append", default=[], help="list the links a variant fires on")
    parser.add_argument("--by-file", action="store_true")
    parser.add_argument("--base", type=Path, help="only the judged links the exports here make (SET.json)")
    args = parser.parse_args(argv)
    files = dev_link_files(args.judged)
    news = read_news(args.data, files, args.base)
    print("\n".join(table(news, "judged news links", slots=True)))
    if args.by_file:
        for name in sorted({r["file"] for r in news}):
            print("\n".join(table([r for r in news if r["file"] == name], name)))
    for wanted in args.show:
        for r in news:
            if wanted in r["shape"]:
                print(f"{r['verdict']}\t{r['set']}\t{r['shape'][wanted]}\t{r['shape']['act']}\t{r['class']}\n  A {r['texts'][0]!r}\n  B {r['texts'][1]!r}")
    if args.ecb:
        print("\n".join(table(read_ecb(args.ecb), "ECB+ train judged links")))


if __name__ == "__main__":
    main()
