"""The judged links whose one unit's main act is a later stage of a shooting (an arrest, a charge, a court step, an
identification, a vigil or funeral, a fundraiser, the investigation's status) while the other unit tells the shooting
itself and not that stage: the shape whose verdicts drifted between sessions (P in links49-54n, W since links55p).

    python bench/stage_links.py DATA [--judged TSV ...] [--rejudged TSV ...] [--base DIR] [--show] [--gva CORPUS]

A unit's main act is a stage when one of its main verbs (`background_acts.main_verbs`) is a stage verb of `STAGES`
("arrested", "charged", "identified", "sentenced", "investigating") or a light verb whose subject or object is a stage
noun ("a vigil was held", "charges were filed"), or a headline's noun root is one ("Vigil for teen shot Sunday"), undenied.
The other unit tells the incident when it holds a killing, shooting or wounding word and no word of that stage's
family at all, and none of its main verbs is a stage of another family. Judged links: every ``--judged`` file (one
verdict per link, a later file's wins), then the ``--rejudged`` files' ``new_verdict`` over them. Prints R/P/W by
family and by file group (links49-54n, the rest), ``--show`` lists every link with its texts (to read them again),
``--gva`` counts on the crawl how often two reports of one incident hold such a pair of sentences.
Session 60: training/judged/stage_rejudged.tsv, docs/linking.md "A second sub-shape is a rule".
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import gva  # noqa: E402
import identification_links  # noqa: E402
from viewer.analysis.nlp import english  # noqa: E402


identification = identification_links
background = identification_links.background
STAGES = {
    "legal": {"verbs": {"arrest", "charge", "arraign", "indict", "convict", "sentence", "plead", "book", "jail",
                        "detain", "apprehend", "surrender", "extradite", "acquit", "testify", "accuse", "prosecute"},
              "nouns": {"arrest", "charge", "arraignment", "indictment", "sentence", "sentencing", "plea", "trial",
                        "hearing", "custody", "conviction", "verdict", "bond", "bail", "warrant"}},
    "identification": {"verbs": {"identify", "id", "name"}, "nouns": {"identity", "name", "identification"}},
    "mourning": {"verbs": {"mourn", "remember", "honor", "grieve", "memorialize", "bury"},
                 "nouns": {"vigil", "funeral", "memorial", "service", "burial", "fundraiser", "gofundme", "vigils",
                           "balloon", "candlelight", "rally", "march"}},
    "investigation": {"verbs": {"investigate", "probe", "rule", "seek", "search"},
                      "nouns": {"investigation", "probe", "autopsy"}},
}
_LIGHT = {"hold", "set", "plan", "file", "bring", "announce", "organize", "raise", "continue", "remain", "be",
          "face", "take", "make", "have", "schedule", "gather", "attend", "release", "place", "issue", "launch",
          "open", "conduct", "start", "begin", "underway", "ongoing"}
_VIOLENCE = {"kill", "shoot", "shot", "die", "slay", "murder", "dead", "wound", "injure", "hurt", "stab", "death",
             "homicide", "shooting", "killing", "fatal", "fatally", "deadly", "gunfire", "gunshot", "gun", "fire"}


def _denied(verb) -> bool:
    """"has not been arrested", "no arrests have been made", "no one has been charged": no stage is told."""
    for c in verb.children:
        if c.dep_ == "neg":
            return True
        if c.dep_ in ("nsubj", "nsubjpass", "dobj") and (
                c.lower_ in ("none", "nobody", "no") or any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)):
            return True
    return False


def stage_of(tokens) -> str | None:
    """The family of the unit's main act when it is a later stage (module docstring), else None."""
    for verb in background.main_verbs(tokens):
        if _denied(verb):
            continue
        lemma = verb.lemma_.lower()
        for family, words in STAGES.items():
            if lemma in words["verbs"] or verb.lower_ in words["verbs"]:
                if family == "identification" or lemma != "name" or verb.tag_ != "NN":
                    return family
            if lemma in _LIGHT and any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "attr") and
                                       c.lemma_.lower() in words["nouns"] for c in verb.children):
                return family
    inside = range(tokens.start, tokens.end)
    for root in (t for t in tokens if (t.head.i == t.i or t.head.i not in inside) and t.pos_ in ("NOUN", "PROPN")):
        for family, words in STAGES.items():
            if root.lemma_.lower() in words["nouns"] | words["verbs"]:
                return family
    return None


def words_of(tokens) -> set[str]:
    """The unit's lemmas and lower-case words."""
    return {t.lemma_.lower() for t in tokens} | {t.lower_ for t in tokens}


def tells_incident(tokens, family: str) -> bool:
    """Whether the unit tells the shooting (a violence word) and holds no word of ``family`` nor a stage main act."""
    words = words_of(tokens)
    if not words & _VIOLENCE:
        return False
    if words & (STAGES[family]["verbs"] | STAGES[family]["nouns"]):
        return False
    return stage_of(tokens) is None


def classify(a, b) -> tuple[str, str] | None:
    """(family, side) when one unit's main act is a stage and the other tells only the incident; an identification
    only beside a unit that names no one (one that names the person gives the identity too: its group ``a`` of
    `bench/identification_links.py`, where the judges are split and which is left alone)."""
    for side, one, other in (("a", a, b), ("b", b, a)):
        family = stage_of(one)
        if family == "identification" and identification.persons(other):
            continue
        if family and tells_incident(other, family):
            return family, side
    return None


def read_news(data: Path, files: list[Path], rejudged: list[Path], base: Path | None) -> list[dict]:
    """Each judged link of the shape, with its old verdict and its verdict after the re-judged files."""
    again = background.judged_links(rejudged)
    out = []
    for row, spans in background.judged_spans(data, files, base):
        found = classify(*spans)
        if found is None:
            continue
        a = (row["file_a"], int(row["start_a"]), int(row["end_a"]))
        b = (row["file_b"], int(row["start_b"]), int(row["end_b"]))
        new = again.get((row["set"], *sorted((a, b))))
        out.append({"family": found[0], "side": found[1], "verdict": row["verdict"], "file": row["file"],
                    "now": new["new_verdict"] if new else row["verdict"], "by": new["file"] if new else "",
                    "row": row, "texts": [s.text for s in spans]})
    return out


def gva_counts(corpus: Path, incidents: int) -> Counter:
    """On the crawl's first ``incidents`` incidents with two usable reports (`gva.parsed_report_pairs`), both
    ways round: the stage sentences of one report (by family), and of those how many face an incident sentence in the other
    report, that is a sentence `tells_incident` of that family; and how many reports pairs hold one such pair."""
    out = Counter()
    for docs in gva.parsed_report_pairs(corpus, incidents, english()):
        paired = set()
        for one, two in ((docs[0], docs[1]), (docs[1], docs[0])):
            for sent in one.sents:
                family = stage_of(sent)
                if family is None:
                    continue
                out[f"stage sentences: {family}"] += 1
                if any(tells_incident(s, family) for s in two.sents):
                    out[f"  facing an incident-only sentence: {family}"] += 1
                    paired.add(family)
        out["report pairs"] += 1
        out["report pairs holding the shape"] += bool(paired)
        for family in paired:
            out[f"report pairs holding the shape: {family}"] += 1
    return out


def shape_arguments(description: str) -> argparse.ArgumentParser:
    """The arguments of a counter of a shape on judged links and on the crawl: DATA, --judged, --show, --gva,
    --incidents (bench/stage_shapes.py takes them too)."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("data", type=Path)
    parser.add_argument("--judged", nargs="*", type=Path)
    parser.add_argument("--show", action="store_true")
    parser.add_argument("--gva", type=Path)
    parser.add_argument("--incidents", type=int, default=300)
    return parser


def main(argv: list[str] | None = None) -> None:
    parser = shape_arguments(__doc__.splitlines()[0])
    parser.add_argument("--rejudged", nargs="*", type=Path)
    parser.add_argument("--base", type=Path, help="only the judged links the exports here make (SET.json)")
    args = parser.parse_args(argv)
    if args.gva:
        gva.print_counts(gva_counts(args.gva, args.incidents))
        return
    judged = ROOT / "training/judged"
    files = background.dev_link_files(args.judged)
    rejudged = args.rejudged if args.rejudged is not None else sorted(judged.glob("*_rejudged.tsv"))
    rows = read_news(args.data, files, rejudged, args.base)
    print("\n".join(identification.news_table(rows, "family", STAGES, "verdict", "links (as first judged)")
                    + identification.news_table(rows, "family", STAGES, "now", "links (read again)")))
    if args.show:
        for r in rows:
            x = r["row"]
            print(f"{r['family']}\t{r['verdict']}\t{r['now']}\t{r['file']}\t{x['set']}\t{x['file_a']}\t{x['start_a']}\t"
                  f"{x['end_a']}\t{x['file_b']}\t{x['start_b']}\t{x['end_b']}\tstage={r['side']}\t{r['by']}\t"
                  f"{x.get('class') or ''}\n  A {r['texts'][0]!r}\n  B {r['texts'][1]!r}")


if __name__ == "__main__":
    main()
