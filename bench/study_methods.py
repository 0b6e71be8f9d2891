"""A study's method beside its finding (session 76, detail76, measured and not built): what a veto parting a unit
telling what a study did ("researchers … analyzed data to investigate risk of hospital admission") from one telling
what it found ("Delta variant doubles risk of COVID hospitalisation - Scottish study") would part.

    python bench/study_methods.py DATA [--any-verb] [--show]
    python bench/study_methods.py DATA --sets allsidesA,…,wcepD [--any-verb]
    python bench/study_methods.py DATA --msrp MSRP_DIR [--any-verb]
    python bench/study_methods.py DATA --verbs DIR [DIR ...] [--msrp MSRP_DIR]

A unit tells a method when one of its main verbs (`acts.main_verbs`) has a study's doer (`DOERS`) as its subject, is a
method verb (`METHOD_VERBS`, or with ``--any-verb`` any verb but a reporting or finding verb) and carries no finding
(no clausal complement and no finding verb, `FINDING_VERBS`, below it: "examined hundreds of residents, finding that
…"), and no main verb of the unit is a finding verb. A pair is parted when one side tells a method and the other holds
no method verb at all (a second account of the method is not parted). Sentences are parsed alone; the judged count
reads every judged dev link (`background_acts.dev_link_files`); ``--sets`` every sentence pair of two reports of one
story sharing two content lemmas; ``--msrp`` MSRP's pairs by label; ``--verbs`` counts, over every sentence of the
.txt files under DIRs (and MSRP's) naming a doer, each verb a doer is the subject of and how often its clause carries
a finding: the count a word table of method verbs would be written from.

Run in session 76 (docs/linking.md "A study's method beside its finding"): judged W 4, R 0, P 0 with the verb list, W 6,
R 1, P 2 with ``--any-verb``; the verbs a doer is the subject of are seen at most twice each in every readable set's
documents and MSRP, so no table of method verbs can be counted, and the veto was not built.
"""
from __future__ import annotations

import argparse
import itertools
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from viewer.analysis.claims.acts import main_verbs  # noqa: E402
from viewer.analysis.claims.vocabulary import REPORTING  # noqa: E402

# The hand lists of the measured reading: the doers by their plain meaning, the method verbs as read off the AllSides
# sets' study reports; the reading was not built because no public set holds enough study reports to count them.
DOERS = frozenset({"researcher", "scientist", "study", "analysis", "survey", "poll", "pollster"})
METHOD_VERBS = frozenset({"analyze", "analyse", "survey", "study", "examine", "investigate", "poll", "sample",
                          "interview", "track", "follow", "review", "enroll", "recruit", "compare", "assess",
                          "evaluate", "measure", "test", "look", "use", "collect", "gather", "model", "query", "ask"})
FINDING_VERBS = frozenset({"find", "show", "believe", "suggest", "reveal"})
_DOER = re.compile(r"research|scientist|stud(?:y|ies|ied)|survey|analy[sz]|poll", re.I)
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])|\n+")


def tells_method(doc, any_verb: bool = False) -> bool:
    """Whether the parsed sentence tells what a study did and not what it found."""
    mains = main_verbs(doc[:])
    if any(v.lemma_.lower() in FINDING_VERBS for v in mains):
        return False
    return any(_method_act(v, any_verb) for v in mains)


def _method_act(verb, any_verb: bool) -> bool:
    lemma = verb.lemma_.lower()
    kind = lemma not in REPORTING and lemma not in FINDING_VERBS if any_verb else lemma in METHOD_VERBS
    doer = any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in DOERS for c in verb.children)
    finding = any(t.dep_ == "ccomp" or (t.pos_ == "VERB" and t.lemma_.lower() in FINDING_VERBS)
                  for t in verb.subtree if t.i != verb.i)
    return kind and doer and not finding


def holds_method_verb(doc) -> bool:
    return any(t.pos_ == "VERB" and t.lemma_.lower() in METHOD_VERBS for t in doc)


def parted(a, b, any_verb: bool = False) -> bool:
    """Whether the measured veto parts two parsed sentences: one tells a method, the other holds no method verb."""
    return any(tells_method(x, any_verb) and not tells_method(y, any_verb) and not holds_method_verb(y)
               for x, y in ((a, b), (b, a)))


def judged_counts(data: Path, nlp, any_verb: bool, show: bool) -> list[str]:
    from background_acts import dev_link_files, judged_links

    counts, shown = Counter(), []
    for key, row in judged_links(dev_link_files(None)).items():
        texts = [" ".join((data / "sets" / key[0] / "docs" / n).read_text(encoding="utf-8")[s:e].split())
                 for n, s, e in key[1:]]
        if any(_DOER.search(t) for t in texts) and parted(*(nlp(t) for t in texts), any_verb=any_verb):
            counts[row["verdict"]] += 1
            shown.append(f"  {row['verdict']} {key[0]} {texts[0][:200]!r} | {texts[1][:200]!r}")
    return [f"judged dev links parted: {v} {n}" for v, n in sorted(counts.items())] + (shown if show else [])


def set_pairs(data: Path, names: list[str], nlp, any_verb: bool) -> list[str]:
    from veto_counts import reports_by_event

    counts, shown = Counter(), []
    for name in names:
        for paths in reports_by_event(data, name).values():
            texts = [p.read_text(encoding="utf-8") for p in paths]
            if not any(_DOER.search(t) for t in texts):
                continue
            sides = [[s for s in nlp(t).sents if len(s) > 3] for t in texts]
            for one, two in itertools.combinations(sides, 2):
                for a, b in itertools.product(one, two):
                    if len(_content(a) & _content(b)) >= 2 and (_DOER.search(a.text) or _DOER.search(b.text)):
                        counts[name, "close"] += 1
                        if parted(a.as_doc(), b.as_doc(), any_verb):
                            counts[name, "parted"] += 1
                            shown.append(f"  {name}: {' '.join(a.text.split())[:200]!r} | {' '.join(b.text.split())[:200]!r}")
    return shown + [f"{name} {what}: {n}" for (name, what), n in sorted(counts.items())]


def _content(span) -> set[str]:
    return {t.lemma_.lower() for t in span if t.pos_ in ("NOUN", "VERB", "ADJ", "PROPN") and not t.is_stop}


def msrp_pairs(folder: Path, nlp, any_verb: bool) -> list[str]:
    from viewer.analysis.claims.fit_verifier import msrp_rows

    counts, shown = Counter(), []
    for path in sorted(folder.glob("msr_paraphrase_*.txt")):
        for label, _a, _b, *texts in msrp_rows(path):
            if any(_DOER.search(t) for t in texts):
                counts["naming a doer, label " + label] += 1
                if parted(*(nlp(t) for t in texts), any_verb=any_verb):
                    counts["parted, label " + label] += 1
                    shown.append(f"  {label} {texts[0][:160]!r} | {texts[1][:160]!r}")
    return shown + [f"{k}: {n}" for k, n in sorted(counts.items())]


def verb_counts(folders: list[Path], msrp: Path | None, nlp) -> list[str]:
    """Each verb a doer is the subject of, with how many sentences and how many carry a finding in its clause."""
    sentences = {" ".join(s.split()) for f in folders for p in sorted(f.rglob("*.txt"))
                 for s in _SENTENCE.split(p.read_text(encoding="utf-8", errors="replace")) if _DOER.search(s)}
    if msrp:
        from viewer.analysis.claims.fit_verifier import msrp_rows
        sentences |= {t for p in sorted(msrp.glob("msr_paraphrase_*.txt")) for _l, _a, _b, *pair in msrp_rows(p)
                      for t in pair if _DOER.search(t)}
    seen, found = Counter(), Counter()
    for doc in nlp.pipe(sorted(sentences), batch_size=64):
        for verb in main_verbs(doc[:]):
            if any(c.dep_ == "nsubj" and c.lemma_.lower() in DOERS for c in verb.children):
                seen[verb.lemma_.lower()] += 1
                found[verb.lemma_.lower()] += any(t.dep_ == "ccomp" for t in verb.subtree)
    return [f"{len(sentences)} sentences naming a doer"] + [f"{v:16} {n:4} {found[v]:4}" for v, n in seen.most_common()]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--any-verb", action="store_true")
    parser.add_argument("--show", action="store_true")
    parser.add_argument("--sets")
    parser.add_argument("--msrp", type=Path)
    parser.add_argument("--verbs", nargs="+", type=Path)
    args = parser.parse_args(argv)
    from viewer.analysis.nlp import english

    nlp = english()
    if args.verbs:
        lines = verb_counts(args.verbs, args.msrp, nlp)
    elif args.sets:
        lines = set_pairs(args.data, args.sets.split(","), nlp, args.any_verb)
    elif args.msrp:
        lines = msrp_pairs(args.msrp, nlp, args.any_verb)
    else:
        lines = judged_counts(args.data, nlp, args.any_verb, args.show)
    print("\n".join(lines))


if __name__ == "__main__":
    main()
