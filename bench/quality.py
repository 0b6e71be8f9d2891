"""Quality figures on public data nobody here wrote, in sections: links, attribution, speakers.

    python bench/quality.py DATA [--sets dev,heldout,gva,basil] [--limit N] [--story-threshold T] [--best-pair-floor F]
    make bench QUALITY_DATA=DATA            (or PROVENANCE_QUALITY_DATA=DATA make bench)

DATA is a folder prepared while developing (never committed): ``msrp/`` (the MSRP paraphrase
files), ``sets/NAME/`` from ``bench/ecbplus.py`` (articles grouped by event, with ECB+'s action
chains), ``bench/gva.py`` or ``bench/basil.py`` (articles grouped by event only), and optionally
``gold/NAME_gold.json`` (hand gold in the shared scorer's format). Each set is imported into a
fresh corpus, analysed by the real pipeline and exported as JSON, then:

- links, pairs: the verifier's precision/recall/F1 on MSRP test sentence pairs;
- links, sample: the shared scorer on the sample corpus (../shared/eval/score.py);
- links, per set: the shared scorer against the hand gold; judged link precision (links whose two
  sentences ECB+ annotated: right when they report one action chain of one event; a set without
  sentence annotations, such as ``bench/gva.py``'s or ``bench/basil.py``'s, is judged by its hand
  gold alone), the share of same-event article pairs joined by at least one link, and links
  across different events; with ``--judged FILE`` (again for more files: a TSV of hand-judged links: file_a, text_a, file_b,
  text_b or file_a, start_a, end_a, file_b, start_b, end_b; verdict R/P right, W wrong, U unsure), the precision of the
  links judged there, each link's verdict the last file's that holds it, and after them every ``*_rejudged.tsv``
  beside the judged files (links of older files read again under the present standard; their ``new_verdict``
  stands; ``--old-verdicts`` leaves them out); with ``--misses FILE`` (again for more files: TSVs of claims two reports both carry, noted by hand,
  as set, file_a, start_a, end_a, file_b, start_b, end_b), how many of the set's noted claims the checkout links: one
  claim holding a mention over each noted span. Each set's
  figures are printed again without the links between two copies of one story (documents the import
  flags as near-duplicates, `near_duplicate_of`): a wire story printed twice links every sentence to its
  copy, and those links are right and easy.
  On sets whose articles carry ECB+ topics, the wrong links are then counted by kind (`wrong_kinds`): across
  the two events of one topic (twin events: two quakes in one region), across topics, or in one event
  between two actions; and by where their mentions sit (a title line or lead, or both deeper down).

Attribution and speaker sections belong to their own work (issue 12) and are printed when
``bench/quality_attribution.py`` provides ``main(data)``.
"""
from __future__ import annotations

import argparse
import atexit
import csv
import importlib.util
import itertools
import json
import os
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SCORER = ROOT.parent / "shared" / "eval" / "score.py"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", default=os.environ.get("PROVENANCE_QUALITY_DATA"))
    parser.add_argument("--sets", default="dev", help="comma-separated sets under DATA/sets (heldout only when asked)")
    parser.add_argument("--limit", type=int, default=0, help="articles per set (0: all)")
    parser.add_argument("--keep", type=Path, help="folder to keep each set's export in")
    parser.add_argument("--judged", type=Path, action="append", default=[],
                        help="TSV of hand-judged links (file_a, text_a, file_b, text_b, verdict; or spans for the texts);"
                             " may be given again (a later file's verdict on the same link stands)")
    parser.add_argument("--old-verdicts", action="store_true",
                        help="leave out the *_rejudged.tsv files beside the judged files (the verdicts as first given)")
    parser.add_argument("--misses", type=Path, action="append", default=[],
                        help="TSV of noted claims two reports carry (set, file_a, start_a, end_a, file_b, start_b, end_b):"
                             " how many the checkout links; may be given again")
    parser.add_argument("--links-only", action="store_true",
                        help="skip the attribution and speaker sections (PolNeAR's 840 articles, most of a set run's time)")
    parser.add_argument("--story-threshold", type=float, metavar="T",
                        help="analyse with the story gate at T instead of the weights file's (a probe of another operating "
                             "point for this run; the shipped threshold is fit_verifier's)")
    parser.add_argument("--best-pair-floor", type=float, metavar="F",
                        help="analyse with `best_pairs`' floor at F instead of the weights file's (a probe; the shipped floor "
                             "is fit_best_pairs')")
    parser.add_argument("--best-pair-bar", type=float, metavar="B",
                        help="analyse with `best_pairs`' bar at B instead of the weights file's (a probe; the shipped bar "
                             "is fit_best_pairs')")
    parser.add_argument("--pair-model", type=Path, metavar="JSON",
                        help="analyse with this pair section (features, weights, threshold) instead of the weights file's "
                             "(a probe of a refitted pair model, bench/news_pair_refit.py --write; the later checks as shipped)")
    ns = parser.parse_args(argv)
    if ns.pair_model is not None:
        with_section("pair", json.loads(ns.pair_model.read_text(encoding="utf-8")))
    if ns.story_threshold is not None:
        with_story_threshold(ns.story_threshold)
    if ns.best_pair_floor is not None:
        with_best_pair_floor(ns.best_pair_floor)
    if ns.best_pair_bar is not None:
        with_best_pair_bar(ns.best_pair_bar)
    print("== links")
    sample_links()
    cross_lingual(Path(ns.data) if ns.data else None)
    if not ns.data:
        print("(no DATA folder given: public-data figures skipped)")
        return
    data = Path(ns.data)
    msrp_links(data)
    noted = [n for path in ns.misses for n in read_noted(path)]
    verdicts = read_verdicts(ns.judged if ns.old_verdicts else ns.judged + rejudged_beside(ns.judged))
    for name in [s for s in ns.sets.split(",") if s]:
        set_links(data, name, ns.limit, ns.keep, verdicts, [n for n in noted if n.set == name])
    other = ROOT / "bench" / "quality_attribution.py"
    if ns.links_only:
        return
    if other.exists():
        _load(other, "quality_attribution").main(data)
    else:
        print("\n== attribution\n(printed by bench/quality_attribution.py, issue 12)")
        print("\n== speakers\n(printed by bench/quality_attribution.py, issue 12)")


def with_story_threshold(threshold: float) -> None:
    """Point this process's analysis at a copy of the weights file whose story gate sits at ``threshold``
    (`with_setting`)."""
    with_setting("story", "threshold", threshold)


def with_best_pair_floor(floor: float) -> None:
    """Point this process's analysis at a copy of the weights file whose `best_pairs` floor is ``floor``
    (`with_setting`)."""
    with_setting("best_pair", "floor", floor)


def with_best_pair_bar(bar: float) -> None:
    """Point this process's analysis at a copy of the weights file whose `best_pairs` bar (the story gate's
    probability from which two reports sharing no claim link their best unit pair) is ``bar`` (`with_setting`)."""
    with_setting("best_pair", "bar", bar)


def with_setting(section: str, key: str, value: float) -> None:
    """Point this process's analysis at a copy of the weights file with one setting changed: another operating point
    measured end to end without editing the shipped file (the copy is removed at exit)."""
    from viewer.analysis.claims import verifier

    data = json.loads(verifier.WEIGHTS_FILE.read_text(encoding="utf-8"))
    with_section(section, {**data[section], key: value})


def with_section(section: str, value: dict) -> None:
    """Point this process's analysis at a copy of the weights file with one section replaced (`with_setting`)."""
    from viewer.analysis.claims import verifier

    data = json.loads(verifier.WEIGHTS_FILE.read_text(encoding="utf-8"))
    data[section] = value
    handle, name = tempfile.mkstemp(prefix="verifier-", suffix=".json")
    os.close(handle)
    copy = Path(name)
    copy.write_text(json.dumps(data), encoding="utf-8")
    atexit.register(copy.unlink, missing_ok=True)
    verifier.WEIGHTS_FILE = copy
    verifier.fitted.cache_clear()


def _load(path: Path, name: str):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _scorer(gold: Path | None = None):
    module = _load(SCORER, "provenance_score")
    if gold is not None:
        module.G = module.Gold(json.loads(gold.read_text(encoding="utf-8")))
    return module


def analysed_export(paths: list[Path], folder: Path) -> tuple[dict, float]:
    """Import the files into a fresh corpus, analyse them, and return the JSON export and seconds."""
    from viewer.analysis.pipeline import analyse
    from viewer.corpus.importing import import_paths
    from viewer.corpus.store import Corpus
    from viewer.export.interchange import corpus_to_dict

    with Corpus(folder / "set.corpus") as corpus:
        import_paths(corpus, paths)
        started = time.perf_counter()
        analyse(corpus)
        seconds = time.perf_counter() - started
        return corpus_to_dict(corpus), seconds


def sample_links() -> None:
    from viewer.resources import sample_articles

    if not SCORER.exists():
        print(f"sample gold: scorer not found at {SCORER}")
        return
    with tempfile.TemporaryDirectory() as tmp:
        export, _ = analysed_export(sorted(sample_articles().iterdir()), Path(tmp))
        (Path(tmp) / "export.json").write_text(json.dumps(export), encoding="utf-8")
        scorer = _scorer(SCORER.with_name("dev_gold.json"))
        links = scorer.score(str(Path(tmp) / "export.json"))["links"]
    print(f"sample gold (score.py): {_prf(links)}")


def cross_lingual(data: Path | None = None) -> None:
    """Issue 11 item 6: the Russian tweet in sample 001 against its English rendering there, under the
    English model and the multilingual one that links renderings; and the multilingual model's figures
    on the public parallel pairs when DATA holds them (bench/crosslingual.py)."""
    from viewer.analysis.claims.crosslingual import shared_encoder as multilingual
    from viewer.analysis.claims.encoder import shared_encoder

    russian = "Давайте и мы не терять. Армия знает, что делает."
    english = "Let's not lose. The army known what it's doing"
    ru, en = shared_encoder().encode([russian, english])
    ru_m, en_m = multilingual().encode([russian, english])
    print(f"cross-lingual (sample 001, Arestovych's tweet): Russian vs its English rendering cosine {ru @ en:.2f} "
          f"(English model), {ru_m @ en_m:.2f} (multilingual model, which links renderings)")
    if data is not None and (data / "parallel").is_dir():
        _load(ROOT / "bench" / "crosslingual.py", "crosslingual").main([str(data)])


def msrp_links(data: Path) -> None:
    from viewer.analysis.claims.fit_verifier import msrp_pairs
    from viewer.analysis.claims.verifier import fitted

    if not (data / "msrp" / "msr_paraphrase_test.txt").exists():
        print("MSRP test: not in DATA/msrp")
        return
    x, y = msrp_pairs(data, "test")
    model = fitted().pair
    predicted = model.probability(x) >= model.threshold
    tp, fp = int((predicted & (y == 1)).sum()), int((predicted & (y == 0)).sum())
    fn = int((~predicted & (y == 1)).sum())
    print(f"MSRP test pairs ({len(y)}), verifier at its threshold {model.threshold:.3f}: {_prf(_counts(tp, fp, fn))}")


def rejudged_beside(judged: list[Path]) -> list[Path]:
    """The re-judged files (``*_rejudged.tsv``) in the folders of the judged files, not given themselves: a verdict
    read again under a later standard is to stand over the first one wherever the old file is read."""
    given = {p.resolve() for p in judged}
    folders = dict.fromkeys(p.resolve().parent for p in judged)
    return [p for folder in folders for p in sorted(folder.glob("*_rejudged.tsv")) if p.resolve() not in given]


def read_verdicts(paths: list[Path]) -> dict[tuple, str]:
    """The verdicts of every file in order, a later file's verdict on a link standing; the re-judged files named."""
    out = {}
    for path in paths:
        found = read_judged(path)
        if path.name.endswith("_rejudged.tsv"):
            print(f"verdicts read again: {path.name} ({len(found) // 2} links)")
        out.update(found)
    return out


def read_judged(path: Path) -> dict[tuple, str]:
    """Hand verdicts by the two mentions (either order), from a TSV with a header row. A row gives each mention by its
    file and text, or by its file and span (``set``, ``start_a``, ``end_a``…, as the judgements kept in training/judged/
    do, holding no article text). A mention given by its span is matched by its span alone: one article may say the
    same words twice, of two people, and only one of the two was judged. A re-judged file's ``new_verdict`` is its
    verdict."""
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    out = {}
    for r in rows:
        a, b = ((r[f"file_{s}"], r[f"text_{s}"]) if "text_a" in r else (r[f"file_{s}"], int(r[f"start_{s}"]), int(r[f"end_{s}"]))
                for s in "ab")
        out[a + b] = out[b + a] = r.get("new_verdict") or r["verdict"]
    return out


def verdict_of(verdicts: dict[tuple, str], a: tuple[str, str, int, int], b: tuple[str, str, int, int]) -> str | None:
    """The hand verdict on the link of mentions ``a`` and ``b``, each (file, text, start, end); None if not judged."""
    by_span = verdicts.get((a[0], a[2], a[3], b[0], b[2], b[3]))
    return by_span if by_span is not None else verdicts.get((a[0], a[1], b[0], b[1]))


class Noted(NamedTuple):
    """A claim two reports both carry, noted by hand: each mention as (file name, start, end)."""

    set: str
    a: tuple[str, int, int]
    b: tuple[str, int, int]


def read_noted(path: Path) -> list[Noted]:
    """The noted claims of a TSV with a header row (training/judged/misses50*.tsv): what a linker should join."""
    with path.open(encoding="utf-8", newline="") as f:
        return [Noted(r["set"], (r["file_a"], int(r["start_a"]), int(r["end_a"])),
                      (r["file_b"], int(r["start_b"]), int(r["end_b"]))) for r in csv.DictReader(f, delimiter="\t")]


def linked_noted(export: dict, noted: list[Noted]) -> list[bool]:
    """For each noted claim, whether one claim of the export holds a mention overlapping each of its two spans: a
    unit cut wider or narrower than the note still carries it."""
    by_id = {d["id"]: Path(d["source"]["path"]).name for d in export["documents"]}
    held = [[(by_id[m["document"]], m["start"], m["end"]) for m in claim["mentions"] if m["document"] in by_id]
            for claim in export["claims"]]
    return [any(_covered(n.a, mentions) and _covered(n.b, mentions) for mentions in held) for n in noted]


def noted_line(export: dict, noted: list[Noted]) -> str:
    """How many of the noted claims the export links."""
    found = sum(linked_noted(export, noted))
    return f"noted claims linked {found / max(1, len(noted)):.3f} ({found} of {len(noted)})"


def set_links(data: Path, name: str, limit: int, keep: Path | None, verdicts: dict | None = None,
              noted: list[Noted] = ()) -> None:
    folder = data / "sets" / name
    if not (folder / "events.json").exists():
        print(f"\n{name}: not prepared in {folder} (bench/ecbplus.py, bench/gva.py or bench/basil.py makes a set)")
        return
    events = json.loads((folder / "events.json").read_text(encoding="utf-8"))
    names = sorted(events["documents"])[: limit or None]
    with tempfile.TemporaryDirectory() as tmp:
        export, seconds = analysed_export([folder / "docs" / n for n in names], Path(tmp))
        path = Path(tmp) / "export.json"
        path.write_text(json.dumps(export), encoding="utf-8")
        if keep:
            keep.mkdir(parents=True, exist_ok=True)
            (keep / f"{name}.json").write_text(json.dumps(export), encoding="utf-8")
        print(f"\n{name}: {len(names)} articles, {len({events['documents'][n]['event'] for n in names})} events, analysed in {seconds:.0f} s")
        gold = data / "gold" / f"{name}_gold.json"
        gold_pairs = set()
        if gold.exists() and SCORER.exists():
            scorer = _scorer(gold)
            print(f"  hand gold (score.py): {_prf(scorer.score(str(path))['links'])}")
            gold_pairs = _gold_pairs(scorer, export)
        for line in judged(export, events, gold_pairs):
            print("  " + line)
        if kinds := wrong_kinds(export, events, gold_pairs):
            print("  " + kinds)
        if verdicts and (line := hand_judged(export, verdicts)):
            print("  " + line)
        if noted:
            print("  " + noted_line(export, noted))
        copies = copy_pairs(export)
        print(f"  without near-duplicate pairs ({len(copies)} pair{'s' if len(copies) != 1 else ''} of copies):")
        for line in judged(export, events, gold_pairs, copies):
            print("    " + line)
        if verdicts and (line := hand_judged(export, verdicts, copies)):
            print("    " + line)


def copy_pairs(export: dict) -> set[frozenset[str]]:
    """The article pairs (file names) that are copies of one story: the import's near-duplicate flag, each copy
    with the document it repeats and with the other copies of it."""
    by_id = {d["id"]: Path(d["source"]["path"]).name for d in export["documents"]}
    groups: dict[str, set[str]] = {}
    for d in export["documents"]:
        if d.get("near_duplicate_of") in by_id:
            groups.setdefault(d["near_duplicate_of"], {d["near_duplicate_of"]}).add(d["id"])
    return {frozenset((by_id[a], by_id[b])) for group in groups.values()
            for a, b in itertools.combinations(sorted(group), 2)}


def _links(export: dict, copies: set[frozenset[str]] = frozenset()) -> list[tuple[tuple, tuple]]:
    """Every cross-article mention pair of every claim (file name, start, end), leaving out pairs of ``copies``."""
    by_id = {d["id"]: Path(d["source"]["path"]).name for d in export["documents"]}
    links = []
    for claim in export["claims"]:
        mentions = [(by_id[m["document"]], m["start"], m["end"]) for m in claim["mentions"] if m["document"] in by_id]
        links += [(a, b) for a, b in itertools.combinations(mentions, 2)
                  if a[0] != b[0] and frozenset((a[0], b[0])) not in copies]
    return links


def hand_judged(export: dict, verdicts: dict, copies: set[frozenset[str]] = frozenset()) -> str:
    """The precision of the links a hand-judged list holds (R and P right, W wrong, U unsure apart); empty when it
    holds none of them (a set the list was not written for)."""
    texts = {Path(d["source"]["path"]).name: d["text"] for d in export["documents"]}
    found = [verdict_of(verdicts, (a[0], texts[a[0]][a[1]:a[2]], *a[1:]), (b[0], texts[b[0]][b[1]:b[2]], *b[1:]))
             for a, b in _links(export, copies)]
    right, wrong = sum(v in ("R", "P") for v in found), found.count("W")
    if found.count(None) == len(found):
        return ""
    return (f"hand-judged link precision {right / max(1, right + wrong):.3f} ({right} right, {wrong} wrong,"
            f" {found.count('U')} unsure, {found.count(None)} not judged of {len(found)} links)")


def judged(export: dict, events: dict, gold_pairs: set, copies: set[frozenset[str]] = frozenset()) -> list[str]:
    """Link figures judged against ECB+'s events and action chains; without the links and article pairs of
    ``copies`` when given."""
    by_id = {d["id"]: Path(d["source"]["path"]).name for d in export["documents"]}
    documents = events["documents"]
    links = _links(export, copies)
    right = wrong = across = across_not_gold = 0
    joined = set()
    for a, b in links:
        ea, eb = documents[a[0]]["event"], documents[b[0]]["event"]
        if ea != eb:
            across += 1
            across_not_gold += frozenset((a, b)) not in gold_pairs
        else:
            joined.add(frozenset((a[0], b[0])))
        sa, sb = _sentence(documents[a[0]], a), _sentence(documents[b[0]], b)
        if ea != eb and frozenset((a, b)) not in gold_pairs:
            wrong += 1
        elif sa is not None and sb is not None and sa["annotated"] and sb["annotated"]:
            if ea == eb and set(sa["chains"]) & set(sb["chains"]):
                right += 1
            else:
                wrong += 1
    same_event = [p for p in itertools.combinations(sorted(by_id.values()), 2)
                  if documents[p[0]]["event"] == documents[p[1]]["event"] and frozenset(p) not in copies]
    found = sum(frozenset(p) in joined for p in same_event)
    annotated = any(d["sentences"] for d in documents.values())
    return [
        f"judged link precision {right / max(1, right + wrong):.3f} ({right} right, {wrong} wrong of {len(links)} links)" if annotated
        else f"judged link precision: see the hand gold above (no sentence annotations; {len(links)} links)",
        f"same-event article pairs found {found / max(1, len(same_event)):.3f} ({found} of {len(same_event)})",
        f"links across events {across / max(1, len(links)):.3f} ({across}; {across_not_gold} not in the hand gold)",
    ]


LEAD_SENTENCES = 3  # a title line and the first sentences: where a report states its news


def wrong_kinds(export: dict, events: dict, gold_pairs: set) -> str:
    """The wrong links `judged` counts, by kind and by where they sit, on a set whose articles carry
    topics (ECB+); "" on others: which kind of error is largest is what the next change should cut."""
    documents = events["documents"]
    if not all("topic" in d for d in documents.values()):
        return ""
    kinds: Counter = Counter()
    for a, b in _links(export):
        ea, eb = documents[a[0]], documents[b[0]]
        if ea["event"] != eb["event"]:
            if frozenset((a, b)) not in gold_pairs:
                kind = "twin events of one topic" if ea["topic"] == eb["topic"] else "another topic"
                kinds[kind, _deep(ea, a) and _deep(eb, b)] += 1
            continue
        sa, sb = _sentence(ea, a), _sentence(eb, b)
        if sa and sb and sa["annotated"] and sb["annotated"] and not set(sa["chains"]) & set(sb["chains"]):
            kinds["one event, another action", _deep(ea, a) and _deep(eb, b)] += 1
    parts = [f"{kinds[k, False] + kinds[k, True]} {k} ({kinds[k, True]} both past the lead)"
             for k in ("twin events of one topic", "another topic", "one event, another action")]
    return "wrong links by kind: " + ", ".join(parts)


def _deep(document: dict, mention: tuple[str, int, int]) -> bool:
    """Whether the mention lies past the report's lead (LEAD_SENTENCES); one the set's sentences do not
    hold counts as past it."""
    sentence = _sentence(document, mention)
    return sentence is None or sentence["n"] >= LEAD_SENTENCES


def _sentence(document: dict, mention: tuple[str, int, int]) -> dict | None:
    middle = (mention[1] + mention[2]) // 2
    return next((s for s in document["sentences"] if s["start"] <= middle < s["end"]), None)


def _gold_pairs(scorer, export: dict) -> set:
    """System mention pairs the hand gold counts as right or maybe: cross-event links that are not errors."""
    texts = {Path(d["source"]["path"]).name: d["text"] for d in export["documents"]}
    spans = []
    for claim in scorer.G.CLAIMS.values():
        located = [(key + ".txt", texts[key + ".txt"].find(s), len(s)) for key, s in claim if key + ".txt" in texts]
        spans.append([(n, i, i + k) for n, i, k in located if i >= 0])
    for pair in scorer.G.MAYBE:
        located = [(key + ".txt", texts[key + ".txt"].find(s), len(s)) for key, s in pair if key + ".txt" in texts]
        spans.append([(n, i, i + k) for n, i, k in located if i >= 0])
    by_id = {d["id"]: Path(d["source"]["path"]).name for d in export["documents"]}
    out = set()
    for claim in export["claims"]:
        mentions = [(by_id[m["document"]], m["start"], m["end"]) for m in claim["mentions"] if m["document"] in by_id]
        for a, b in itertools.combinations(mentions, 2):
            if any(_covered(a, group) and _covered(b, group) for group in spans):
                out.add(frozenset((a, b)))
    return out


def _covered(mention, group) -> bool:
    return any(g[0] == mention[0] and min(g[2], mention[2]) - max(g[1], mention[1]) > 0 for g in group)


def _counts(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"p": p, "r": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def _prf(links: dict) -> str:
    return f"P {links['p']:.3f} R {links['r']:.3f} F1 {links['f1']:.3f}"


if __name__ == "__main__":
    main()
