"""Count, over the GVA crawl, whether the clock time a sentence is told under says which incident it tells, where a
report is a round-up (several shootings of one city, each introduced by its time: "About 9:10 p.m., a 23-year-old man
was wounded in Hermosa").

A report's clock sections are `clock.clock_sections`' (the sentences told under one shooting's time of day, with the
ages they give; ages read here by a pattern, "a 23-year-old man", "Short, 22,"), and a report is a round-up by
`clock.is_roundup`. Close sentence pairs (half their content words shared, `count_street_sections.close_pairs`) of
report pairs where at least one report is a round-up are classed by their sections (`clock.sections_apart`): ``one
section``, ``sections apart``, ``lede or untimed`` (a sentence told under no time). The section of a report that is
no round-up is the whole report: every time and age it gives. Report pairs are those of one incident, those of two
incidents sharing a sentence word for word (`count_street_places.report_pairs`), and those of two incidents'
round-ups from one outlet (one city's round-ups of two nights, which share no sentence word for word but tell every
shooting alike).

On the whole crawl (3,926 usable reports, 259 round-ups by `clock.is_roundup`; session 58), close sentence pairs:

    reports            sections          one incident   two incidents
    both round-ups     one section            663            365
    both round-ups     sections apart          61            693
    both round-ups     lede or untimed         36            653
    one round-up       one section            139             53
    one round-up       sections apart          96            209
    one round-up       lede or untimed        214             35

Where both reports are round-ups, sections apart are two incidents' 693 times in 754, which `anchors.clock_checked`
reads (a pair of units told under two shootings' sections is cut unless it names someone rare both give). Where one
report is no round-up its whole report is one section, and close pairs apart are one incident's too often (96 in 305: a
report that gives the time of the shooting and another the time of the arrest) to cut on it.

The ledes of two round-ups (sentences before the first time) are counted apart. The crawl files one article under
each incident it tells (570135 / 570142, San Antonio's two children): two incidents' reports of which half the
shorter's sentences are word for word in the other are "one article" (`one_article`), and those were 643 of the 653
close lede pairs counted above. Left out, close lede pairs are too few to part anything (lede beside a timed section:
one incident 32 in 4 report pairs, two incidents 6 in 6; both ledes 4 / 4). What two nights' ledes differ in is the
toll, which close pairs by shared words do not reach ("6 Dead, 28 Wounded" / "five others were wounded"), so every
pair of two round-ups' sentences giving a toll (`outcomes.stated_outcomes`), one of them of a lede, is counted by
`clock.tolls_apart` (session 58: every outcome both count, counted differently; session 59: one outcome both count,
counted differently, with the tolls read through an aside, "At least 17 people, including a teen, were killed"):

    toll-giving sentence pairs     tolls        one incident (report pairs)   two incidents (report pairs)
                                                  s58           s59             s58           s59
    both ledes                     apart         6 (3)         7 (3)         158 (113)     210 (135)
    both ledes                     not apart    27 (4)        27 (4)         146 (98)      161 (106)
    a lede and a timed section     apart        21 (7)        21 (7)         509 (199)     603 (238)
    a lede and a timed section     not apart    44 (9)        45 (10)        697 (224)     755 (249)

Apart, two incidents' 813 in 841 (s58 667 in 694), which `clock.ledes_apart` reads: one incident's are a follow-up's
toll after a later
death, or two round-ups of one day over different hours, and beside a timed section the night's toll against one
shooting's, no claim of that shooting either. Two incidents' round-ups are the registry's incidents, so two round-ups
of one weekend (one outlet's Friday-to-Sunday, another's Saturday) count as two incidents while telling the same
shootings.

    python training/count_clock_sections.py CORPUS_DIR [--close 0.5] [--show N]
"""
from __future__ import annotations

import argparse
import itertools
import random
import re
import sys
from collections.abc import Iterator
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from count_bare_sentences import reports  # noqa: E402
from count_street_places import report_pairs  # noqa: E402
from count_street_sections import _SENTENCE_END, _STOP, close_pairs  # noqa: E402

from viewer.analysis.claims.clock import (  # noqa: E402
    UNTIMED, Section, clock_sections, clock_times, is_roundup, sections_apart, tolls_apart)
from viewer.analysis.claims.outcomes import stated_outcomes  # noqa: E402

Told = list[tuple[str, frozenset[str], Section]]  # each sentence, its content words, its clock section
_AGE = re.compile(r"\b(\d{1,3})[- ]years?[- ]old\b|, (\d{1,2}),")


def sections(text: str) -> Told:
    """Each sentence with its content words and its clock section (`clock.clock_sections`), ages read by a pattern
    ("a 23-year-old man", "Short, 22,")."""
    sentences = [s.strip() for s in _SENTENCE_END.split(text)]
    found = clock_sections([(clock_times(s), [int(a or b) for a, b in _AGE.findall(s)]) for s in sentences])
    return [(s, frozenset(re.findall(r"[a-z0-9]+", s.lower())) - _STOP, section) for s, section in zip(sentences, found)]


def whole(told: Told) -> Told:
    """A report that is no round-up: every sentence is told under every time and age it gives."""
    times = frozenset(t for _s, _w, section in told for t in section[0])
    ages = frozenset(a for _s, _w, section in told for a in section[1])
    return [(s, w, (times, ages)) for s, w, _t in told]


def section_class(a: Section, b: Section) -> str:
    """A close sentence pair's class by its sections (`clock.sections_apart`)."""
    if not (a[0] and b[0]):
        return "lede or untimed"
    return "sections apart" if sections_apart(a, b) else "one section"


def lede_class(ta: str, a: Section, tb: str, b: Section) -> str:
    """Where both reports are round-ups, a close pair with a lede (told before any time) by what the other side is:
    a timed section, or a lede too, whose tolls (`outcomes.stated_outcomes`) count one outcome differently
    (`clock.tolls_apart`), alike, or not both."""
    if (a == UNTIMED) != (b == UNTIMED):
        return "lede beside a timed section"
    ours, theirs = stated_outcomes(ta), stated_outcomes(tb)
    if not (ours and theirs):
        return "ledes, a toll on one side or none"
    return "ledes, tolls apart" if tolls_apart(ours, theirs) else "ledes, tolls not apart"


def tolls_told(told: Told) -> list[tuple[bool, list]]:
    """The sentences of a round-up that give a toll (`outcomes.stated_outcomes`), each with whether it is told before
    the first time (its lede, headline first) and the toll."""
    return [(section == UNTIMED, outcomes) for s, _w, section in told if (outcomes := stated_outcomes(s))]


def toll_classes(a: list[tuple[bool, list]], b: list[tuple[bool, list]]) -> Iterator[str]:
    """Each pair of two round-ups' toll-giving sentences, at least one of a lede, by where they sit and by
    `clock.tolls_apart`."""
    for lede_a, ta in a:
        for lede_b, tb in b:
            if lede_a or lede_b:
                where = "both ledes" if lede_a and lede_b else "a lede and a timed section"
                yield f"{where}, tolls {'apart' if tolls_apart(ta, tb) else 'not apart'}"


def one_article(a: Told, b: Told) -> bool:
    """Whether two reports are one article (half the shorter's sentences word for word in the other): the crawl files
    one article under each incident it tells, which says nothing of two round-ups of two nights."""
    ours, theirs = ({s.lower() for s, _w, _t in x if len(s) > 20} for x in (a, b))
    return bool(ours and theirs) and len(ours & theirs) >= min(len(ours), len(theirs)) / 2


def arguments(description: str) -> argparse.Namespace:
    """The crawl counters' arguments: the corpus, the share of content words of a close pair, how many reports a
    sentence shared word for word may be in, how many pairs of each class to print."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("corpus_dir", type=Path)
    parser.add_argument("--close", type=float, default=0.5)
    parser.add_argument("--common", type=int, default=5)
    parser.add_argument("--show", type=int, default=0)
    return parser.parse_args()


def compared_pairs(found: list[tuple[str, str, str]], roundup: list[bool], common: int) -> dict[tuple[int, int], str]:
    """The report pairs counted: one incident's, two incidents' sharing a sentence word for word
    (`count_street_places.report_pairs`), and one outlet's round-ups of two incidents."""
    pairs = dict(report_pairs(found, common))
    for a, b in itertools.combinations([k for k, r in enumerate(roundup) if r], 2):
        if found[a][0] != found[b][0] and found[a][1] == found[b][1]:
            pairs.setdefault((a, b), "two incidents, round-ups of one outlet")
    return pairs


def main() -> None:
    ns = arguments(__doc__.split("\n\n")[0])
    found = reports(ns.corpus_dir)
    told = [sections(text) for _i, _h, text in found]
    roundup = [is_roundup(section for _s, _w, section in x) for x in told]
    told = [x if r else whole(x) for x, r in zip(told, roundup)]
    print(f"{len(found)} reports, {sum(roundup)} round-ups")
    pairs = compared_pairs(found, roundup, ns.common)
    counted, reported, shown = Counter(), Counter(), {}
    ledes: dict[tuple[str, str, str], set[tuple[int, int]]] = defaultdict(set)
    for (a, b), kind in pairs.items():
        if not (roundup[a] or roundup[b]):
            continue
        sides = "both round-ups" if roundup[a] and roundup[b] else "one round-up"
        kind = "one incident" if kind == "one incident" else "two incidents"
        if kind == "two incidents" and one_article(told[a], told[b]):
            kind = "two incidents, one article"
        classes = Counter()
        for ta, sa, tb, sb in close_pairs(told[a], told[b], ns.close):
            key = (kind, sides, section_class(sa, sb))
            if sides == "both round-ups" and key[2] == "lede or untimed":
                lede = (kind, "both round-ups, lede", lede_class(ta, sa, tb, sb))
                counted[lede] += 1
                ledes[lede].add((a, b))
                shown.setdefault(lede, []).append((found[a][0], found[b][0], ta, sorted(sa), tb, sorted(sb)))
            counted[key] += 1
            classes[key[2]] += 1
            shown.setdefault(key, []).append((found[a][0], found[b][0], ta, sorted(sa), tb, sorted(sb)))
        if classes:
            reported[kind, sides, "all close pairs apart" if set(classes) == {"sections apart"} else
                     "a close pair in one section" if "one section" in classes else "none apart, none at one time"
                     if "sections apart" not in classes else "some apart"] += 1
    print("close sentence pairs of report pairs where a report is a round-up, by their sections' times:")
    for key in sorted(counted):
        print(f"{counted[key]:7d}  {', '.join(key)}")
    print("report pairs of two round-ups with a close lede pair, by the lede pair's class:")
    for key in sorted(ledes):
        print(f"{len(ledes[key]):7d}  {', '.join(key)}")
    print("lede sentence pairs of two round-ups both giving a toll (close or not), by their tolls; report pairs:")
    tolls, toll_pairs = Counter(), defaultdict(set)
    for (a, b), kind in pairs.items():
        if roundup[a] and roundup[b]:
            kind = "one incident" if kind == "one incident" else "two incidents, one article" if one_article(
                told[a], told[b]) else "two incidents"
            for key in toll_classes(tolls_told(told[a]), tolls_told(told[b])):
                tolls[kind, key] += 1
                toll_pairs[kind, key].add((a, b))
    for key in sorted(tolls):
        print(f"{tolls[key]:7d} {len(toll_pairs[key]):5d}  {', '.join(key)}")
    print("report pairs by their close pairs' classes:")
    for key in sorted(reported):
        print(f"{reported[key]:7d}  {', '.join(key)}")
    for key in sorted(shown):
        for ia, ib, ta, sa, tb, sb in random.Random(0).sample(shown[key], min(ns.show, len(shown[key]))):
            print(f"  {key}: {ia} {sa} {ta[:100]!r}\n      / {ib} {sb} {tb[:100]!r}")


if __name__ == "__main__":
    main()
