"""Where one sentence tells of one more person than the people another counts ("A fifth person … was later located at a
local hospital" / "The four victims were transported to local hospitals"): how the judges read the links
`newcomers.newcomer_beside_fewer` parts, and how often two reports of one GVA incident hold such a pair of sentences.

    python bench/newcomer_links.py DATA [--judged TSV ...] [--base EXPORTS] [--show]
    python bench/newcomer_links.py --gva CORPUS [--incidents N] [--show N]

Judged links: every training/judged/links*.tsv but the blind draws' (`background_acts.dev_link_files`), a later file's
verdict over an earlier one's, the *_rejudged.tsv files' verdicts and classes_rejudged.tsv's classes over them; each
side read in its document parsed whole, only links of which a side holds an ordinal word. Printed: R/P/W of the links
where a side tells of one more person (`newcomer_rank`), of those where the other counts people too (`group_size`)
and of those parted; ``--base`` (exports, `bench/quality.py --keep`) counts the links they make apart. ``--gva``: of
the first two usable reports of each incident of the crawl with two (`gva.incidents_with_two`), each sentence telling
of one more person in one report beside each sentence of the other report counting people, parted or not, and those
of them sharing the verb of their clause (only incidents whose reports hold an ordinal word are parsed); ``--show`` prints that many parted pairs sharing the verb. Run in session 66 on
main's exports of that session (/work/data/final66/base: parted W 4, no R or P) and on the crawl (105 of 268 pairs
parted, 23 sharing the verb: 17 distinct, 14 read as the shape); docs/linking.md "One more person".
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import gva  # noqa: E402
from background_acts import dev_link_files, made_links  # noqa: E402
from stage_wrongs import _classes  # noqa: E402
from wound_links import _key, judged_rows  # noqa: E402

from viewer.analysis.claims.acts import main_verbs  # noqa: E402
from viewer.analysis.claims.features import UnitFeatures  # noqa: E402
from viewer.analysis.claims.newcomers import group_size, newcomer_beside_fewer, newcomer_rank  # noqa: E402
from viewer.analysis.nlp import english  # noqa: E402

_ORDINAL = re.compile(r"\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:nd|rd|th))\b", re.I)
_TOLD_OF = ("nsubj", "nsubjpass", "dobj")


def judged_counts(data: Path, files: list[Path], base: Path | None, show: bool) -> list[str]:
    """R/P/W of the judged links with a newcomer on a side, with a group on the other, and parted (module docstring)."""
    rows, classes, nlp, docs = judged_rows(files), _classes(), english(), {}
    made = made_links(base) if base else set()
    counts, shown = Counter(), []
    for key, row in rows.items():
        paths = [data / "sets" / row["set"] / "docs" / row[f"file_{s}"] for s in "ab"]
        offsets = [(int(row[f"start_{s}"]), int(row[f"end_{s}"])) for s in "ab"]
        texts = [p.read_text(encoding="utf-8") for p in paths]
        if not any(_ORDINAL.search(t[s:e]) for t, (s, e) in zip(texts, offsets)):
            continue
        for path, text in zip(paths, texts):
            if path not in docs:
                docs[path] = nlp(text)
        a, b = (docs[p].char_span(s, e, alignment_mode="expand") for p, (s, e) in zip(paths, offsets))
        told = _read(a), _read(b)
        ranks, sizes = tuple(t.newcomer for t in told), tuple(t.group for t in told)
        verdict, done = row["verdict"], key in made
        steps = [("a newcomer", max(ranks) > 1),
                 ("beside a group", ranks[0] > 1 and sizes[1] > 1 or ranks[1] > 1 and sizes[0] > 1),
                 ("parted", newcomer_beside_fewer(*told))]
        for step, holds in steps:
            counts[(step, verdict)] += bool(holds)
            counts[(step + ", made", verdict)] += bool(holds) and done
        if show and steps[1][1]:
            kind = classes.get(_key(row), row.get("class") or "")
            shown.append(f"{verdict} {'made' if done else ''} {row['set']} {kind} rank {ranks} size {sizes} parted "
                         f"{steps[2][1]}\n  A: {a.text[:200]}\n  B: {b.text[:200]}")
    steps = ["a newcomer", "beside a group", "parted"]
    lines = [f"{step}{made_}: " + " ".join(f"{v} {counts[(step + made_, v)]}" for v in "RPWU")
             for step in steps for made_ in ("", ", made")]
    return shown + lines


def gva_counts(corpus: Path, incidents: int, show: int) -> list[str]:
    """Sentence pairs across two reports of one incident: a newcomer beside a group, parted or not (module docstring)."""
    nlp, counts, shown = english(), Counter(), []
    for items in gva.incidents_with_two(corpus, incidents):
        texts = [f"{item['title']}\n\n{item['text'][:6000]}" for _n, item in items[:2]]
        counts["incidents"] += 1
        if not any(_ORDINAL.search(t) for t in texts):
            continue
        counts["incidents with an ordinal"] += 1
        reports = [nlp(t) for t in texts]
        read = [[(sentence, _read(sentence)) for sentence in report.sents] for report in reports]
        for first, second in (read, read[::-1]):
            for new, told in first:
                if not told.newcomer or told.newcomer == 1:
                    continue
                counts["newcomer sentences"] += 1
                for other, counted in second:
                    if counted.group < 2:
                        continue
                    parted = newcomer_beside_fewer(told, counted)
                    same_verb = _verbs(new) & _verbs(other)
                    counts[f"beside a group, {'parted' if parted else 'kept'}"] += 1
                    counts[f"beside a group sharing the verb, {'parted' if parted else 'kept'}"] += bool(same_verb)
                    if parted and same_verb and len(shown) < show:
                        shown.append(f"{told.newcomer} / {counted.group}\n  A: {new.text.strip()[:200]}"
                                     f"\n  B: {other.text.strip()[:200]}")
    return shown + [f"{k}: {v}" for k, v in counts.items()]


def _read(sentence) -> UnitFeatures:
    """The sentence's newcomer and group, as a unit of it would store them."""
    verbs = main_verbs(sentence)
    return UnitFeatures(newcomer=newcomer_rank(verbs), group=group_size(verbs))


def _verbs(sentence) -> set[str]:
    """The lemmas of the verbs whose subject or object is a person told of."""
    return {t.head.lemma_.lower() for t in sentence if t.dep_ in _TOLD_OF and t.head.pos_ in ("VERB", "AUX")}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path, nargs="?")
    parser.add_argument("--judged", type=Path, nargs="*")
    parser.add_argument("--base", type=Path)
    parser.add_argument("--gva", type=Path)
    parser.add_argument("--incidents", type=int, default=100000)
    parser.add_argument("--show", type=int, nargs="?", const=1000, default=0)
    args = parser.parse_args(argv)
    if args.gva:
        lines = gva_counts(args.gva, args.incidents, args.show)
    else:
        lines = judged_counts(args.data, dev_link_files(args.judged), args.base, bool(args.show))
    print("\n".join(lines))


if __name__ == "__main__":
    main()
