"""Count, over the GVA crawl, whether a sentence that marks itself as telling another incident than the report's
("Last year, four men were wounded in a shooting on the same block", "In a separate shooting, …", "Another child …
was also shot and killed in another drive-by shooting that same night") parts a close sentence of another report
that does not.

A report often tells more than one incident (a night's round-up, a report of two shootings, a sidebar of the year's
killings), and a sentence of its other incident read alike with a sentence of another report joins a claim of the one
incident that report tells. The sign counted is the sentence's own words (`other_incident_marks`): another, a
separate, an unrelated, an earlier, a similar, a previous, a second or an other shooting (incident, killing,
homicide, attack) in the sentence, or a time before the report's ("last year", "a year earlier", "earlier this year",
"years ago"). Close sentence pairs (`count_street_sections.close_pairs`, a share of their content words) of report
pairs (`count_street_places.report_pairs`: one incident's; two incidents' sharing a sentence word for word, one
article filed under two incidents left out) are counted by whether one side alone, both or neither is marked. Where
one incident's pair has one side alone marked, the marked sentence either tells the other incident (the pair is two
claims: a W the sign would cut) or names the incident beside another ("the second shooting in the area this week":
one claim, a cost); `--show` prints them to read. Both sides naming a neighbourhood
(`neighbourhoods.stated_neighbourhoods`) are classed apart, alike or not both, as the veto reads them.

On the whole crawl (3,926 reports; session 61), story sentences only, sentence pairs (report pairs):

    close      class                        one incident     two incidents
    a fifth    neighbourhoods apart           4 (4)          241 (38)
    a fifth    neighbourhoods alike          25 (21)          28 (18)
    a fifth    one side alone marked        121 (77)          68 (42)
    a third    neighbourhoods apart           1 (1)           37 (12)
    a third    one side alone marked         23 (19)           6 (6)

One incident's four apart: two are another shooting the report tells (a round-up filed under one incident, a report
of two shootings), one "a Pittsburgh neighborhood" (the city), one two outlets naming two neighbourhoods for one
shooting. The marks are mostly one incident's own ("a shooting on Bourbon Street last month", "three other shooting
victims", a photo credit's "following a shooting"), so they were not built.

    python training/count_other_incidents.py CORPUS_DIR [--close 0.33] [--show N]
"""
from __future__ import annotations

import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from count_bare_sentences import reports  # noqa: E402
from count_clock_sections import arguments, one_article  # noqa: E402
from count_street_places import report_pairs  # noqa: E402
from count_street_sections import close_pairs, sections  # noqa: E402

from viewer.analysis.claims.neighbourhoods import neighbourhoods_apart, stated_neighbourhoods  # noqa: E402

_INCIDENT = r"(?:shootings?|incidents?|killings?|homicides?|attacks?|murders?)"
MARKS = {
    "another incident": re.compile(r"\b(?:another|a separate|separate|an unrelated|unrelated|an earlier|a similar|"
                                   r"a previous|previous|a second|other)\s+(?:[\w-]+\s+){0,2}" + _INCIDENT + r"\b",
                                   re.IGNORECASE),
    "an earlier time": re.compile(r"\b(?:last year|a year (?:earlier|ago|before)|earlier this year|years? ago|"
                                  r"last (?:month|summer|spring|fall|winter))\b", re.IGNORECASE),
}


# A sentence of the story, not the page's furniture (captions, photo credits: count_section_signs.py's reading).
_STORY = re.compile(r"\b(?:shot|shooting|shootings|killed|wounded|injured|hospital|dead|died|victims?|gunfire|fired)\b",
                    re.IGNORECASE)


def other_incident_marks(sentence: str) -> list[str]:
    """The kinds of mark (`MARKS`) by which the sentence tells another incident than its report's."""
    return [kind for kind, pattern in MARKS.items() if pattern.search(sentence)]


def neighbourhood_class(a: str, b: str) -> str:
    """A close sentence pair's class by the neighbourhoods each names (`neighbourhoods.neighbourhoods_apart`)."""
    na, nb = stated_neighbourhoods(a), stated_neighbourhoods(b)
    if not (na and nb):
        return "neighbourhood: not both"
    return "neighbourhood: apart" if neighbourhoods_apart(na, nb) else "neighbourhood: alike"


def pair_class(a: str, b: str) -> str:
    """A close sentence pair's class: one side alone marked (and by what), both, or neither."""
    ma, mb = other_incident_marks(a), other_incident_marks(b)
    if ma and mb:
        return "both marked"
    if ma or mb:
        return "one marked: " + "+".join(ma or mb)
    return "neither"


def main() -> None:
    ns = arguments(__doc__.split("\n\n")[0])
    found = reports(ns.corpus_dir)
    told = [sections(text) for _i, _h, text in found]
    print(f"{len(found)} reports")
    counted: Counter = Counter()
    report_counted: dict[tuple[str, str], set] = {}
    shown: dict[tuple[str, str], list] = {}
    for (a, b), kind in report_pairs(found, ns.common).items():
        kind = "one incident" if kind == "one incident" else "two incidents"
        if kind == "two incidents" and one_article(told[a], told[b]):
            continue
        for ta, _sa, tb, _sb in close_pairs(told[a], told[b], ns.close):
            if not (_STORY.search(ta) and _STORY.search(tb)):
                continue
            for cls in (pair_class(ta, tb), neighbourhood_class(ta, tb)):
                counted[kind, cls] += 1
                report_counted.setdefault((kind, cls), set()).add((a, b))
                shown.setdefault((kind, cls), []).append((found[a][0], ta, found[b][0], tb))
    for cls in sorted({c for _k, c in counted}):
        print(f"{cls:40} one incident {counted['one incident', cls]:6} ({len(report_counted.get(('one incident', cls), ()))})"
              f"   two incidents {counted['two incidents', cls]:6} ({len(report_counted.get(('two incidents', cls), ()))})")
    rng = random.Random(0)
    for key, pairs in sorted(shown.items()):
        if key[1].startswith("one marked") or key[1] == "neighbourhood: apart":
            for ia, ta, ib, tb in rng.sample(pairs, min(ns.show, len(pairs))):
                print(f"\n[{key[0]} | {key[1]}] {ia} / {ib}\n  {ta[:300]}\n  {tb[:300]}")


if __name__ == "__main__":
    main()
