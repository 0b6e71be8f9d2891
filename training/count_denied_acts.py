"""Count, on MSRP, whether a polarity line's denied act is said on the other side, for pairs of one meaning and not.

    python training/count_denied_acts.py MSRP_FOLDER [--show 5]

MSRP_FOLDER holds msr_paraphrase_train.txt and msr_paraphrase_test.txt (the Microsoft Research Paraphrase Corpus:
sentence pairs from clusters of news articles, judged same meaning (1) or not (0)). Each sentence is read as one
mention of its own document and the pair is given to the polarity reader of `viewer.analysis.polarity` as main
reads it (scope words only) and then asked whether the act the denial denies (`denied_acts.denied_acts`) is said on the other
side (`says_act`). A pair judged the same meaning can hold no true polarity line: a line there is wrong ("didn't make
it" / "died"). Printed: per label, the lines the scope rule writes and how many of them keep the act; and, for every
pair with a denial on one side only (`units.NEGATION`), how often the denied act is said on the other side.
"""
from __future__ import annotations

import argparse
import csv
from collections import Counter
from pathlib import Path
from unittest import mock

from viewer.analysis import polarity
from viewer.analysis.claims.denials import NEGATION
from viewer.analysis.claims.denied_acts import denied_acts, word_forms
from viewer.analysis.model import Mention
from viewer.analysis.nlp import english


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("msrp", type=Path)
    parser.add_argument("--show", type=int, default=5, help="examples printed per label and outcome")
    ns = parser.parse_args(argv)
    lines, one_sided, shown = Counter(), Counter(), Counter()
    for label, a, b in pairs(ns.msrp):
        denied = [bool(NEGATION.search(a)), bool(NEGATION.search(b))]
        if denied[0] != denied[1]:
            negated, other = (a, b) if denied[0] else (b, a)
            hit = NEGATION.search(negated)
            acts = denied_acts(english()(negated), hit.start(), hit.end())
            said = polarity.says_act(acts, word_forms(english()(other))) if acts else "no act read"
            one_sided[label, said] += 1
        written = scope_lines(a, b)
        if written is None:
            continue
        kept = written[1]
        lines[label, kept] += 1
        if shown[label, kept] < ns.show:
            shown[label, kept] += 1
            print(f"[{'same' if label else 'not same'}, act {'said' if kept else 'not said'}] {written[0]}")
    for label in (1, 0):
        name = "same meaning" if label else "not the same"
        print(f"{name}: scope-rule lines {lines[label, True] + lines[label, False]}, act said on the other side "
              f"{lines[label, True]}, not said {lines[label, False]}")
        print(f"{name}: denial on one side only, denied act said on the other {one_sided[label, True]}, not said "
              f"{one_sided[label, False]}, no act read {one_sided[label, 'no act read']}")


def scope_lines(a: str, b: str) -> tuple[str, bool] | None:
    """Main's polarity line for the pair (the act left unread), with whether the act reading keeps it."""
    left, right = [Mention(0, 0, len(a), a)], [Mention(1, 0, len(b), b)]
    with mock.patch.object(polarity, "_act_affirmed", return_value=True):
        written = polarity.polarity(left, right, {})
    if not written:
        return None
    line = written[0]
    negated = line.mentions[0]
    plain = [m for m in (left + right) if m.document != negated.document]
    return line.explanation, polarity._act_affirmed(polarity._acts_denied(polarity._negation([negated], {}), {}), plain, {})


def pairs(folder: Path) -> list[tuple[int, str, str]]:
    found = []
    for name in ("msr_paraphrase_train.txt", "msr_paraphrase_test.txt"):
        with open(folder / name, encoding="utf-8-sig", newline="") as f:
            found += [(int(row[0]), row[3], row[4]) for row in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
                      if row[0] in ("0", "1")]
    return found


if __name__ == "__main__":
    main()
