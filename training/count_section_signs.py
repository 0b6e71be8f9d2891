"""Count, over the GVA crawl, what besides its time and ages tells one shooting's clock section from another's, and
whether reports of two sections (two shootings, or a shooting and its arrest) can be parted by their sections.

Sections are `clock.clock_sections`' as `count_clock_sections.sections` reads them. Each section gathers the streets
its sentences give in an address (`streets.stated_streets`), the neighbourhoods they name ("in the Austin
neighborhood") and the sex of the people they name by a noun ("a 23-year-old man", "two women"). Close sentence pairs
(`count_street_sections.close_pairs`) of report pairs are classed first by the reports' sections (each report a
round-up of three or more, two sections, or one: the whole report), then by their sections' times
(`count_clock_sections.section_class`), then by each other sign: apart (both give it, none alike), alike, or not both;
where not both reports are round-ups and one tells two sections or more, by `places_apart` too.
Report pairs are those of one incident, two incidents sharing a sentence word for word, and one outlet's round-ups of
two incidents (`count_clock_sections`); one article filed under two incidents (`count_clock_sections.one_article`) is
left out, and so are close pairs of which a sentence names no shooting (`_STORY`: the page's furniture).

    python training/count_section_signs.py CORPUS_DIR [--close 0.5] [--show N]
"""
from __future__ import annotations

import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from count_bare_sentences import reports  # noqa: E402
from count_clock_sections import Told, arguments, compared_pairs, one_article, section_class, sections, whole  # noqa: E402
from count_street_sections import close_pairs  # noqa: E402

from viewer.analysis.claims.clock import Section, is_roundup, times_agree  # noqa: E402
from viewer.analysis.claims.streets import stated_streets, streets_apart  # noqa: E402

# A sentence of the story, not the page's furniture (contact lines, copyright, captions), which one outlet repeats word
# for word under every incident and which fill the two-incident pairs of reports that are no round-ups.
_STORY = re.compile(r"\b(?:shot|shooting|shootings|killed|wounded|injured|hospital|dead|died|victims?|gunfire|fired)\b",
                    re.IGNORECASE)
_HOOD = re.compile(r"\b((?:[A-Z][\w'’.-]*\s+){1,3})neighbou?rhood\b")
_MALE = re.compile(r"\b(?:man|men|boy|boys|male|males|brothers?|father|son)\b", re.IGNORECASE)
_FEMALE = re.compile(r"\b(?:woman|women|girl|girls|female|females|sisters?|mother|daughter)\b", re.IGNORECASE)
Signs = dict[str, frozenset[str]]


def section_signs(told: Told) -> dict[Section, Signs]:
    """Each section's streets, neighbourhoods and sexes, gathered over its sentences."""
    found: dict[Section, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for sentence, _words, section in told:
        found[section]["street"].update(stated_streets(sentence))
        found[section]["neighbourhood"].update(m.strip().lower() for m in _HOOD.findall(sentence))
        found[section]["sex"].update(["male"] * bool(_MALE.search(sentence)) + ["female"] * bool(_FEMALE.search(sentence)))
    return {s: {k: frozenset(v) for k, v in signs.items()} for s, signs in found.items()}


def sign_class(kind: str, a: frozenset[str], b: frozenset[str]) -> str:
    """Whether two sections' signs of one kind are apart (both give it, none alike), alike, or not both given."""
    if not (a and b):
        return "not both"
    apart = streets_apart(set(a), set(b)) if kind == "street" else not a & b
    return "apart" if apart else "alike"


def places_apart(a: Section, b: Section, streets_a: frozenset[str], streets_b: frozenset[str]) -> bool:
    """The rule counted for reports not both round-ups, one telling two sections or more: two sentences' sections
    timed, at times apart (`clock.times_agree`), in streets apart (`streets.streets_apart`), and giving no age alike.
    Built and measured in session 59, not shipped: on the dev sets it took out 5 wrong links and 1 right one (gvaQ, a
    report whose sections are one incident's call at 7 a.m. and its recovery of the bodies at 1:15 p.m.)."""
    return (bool(a[0] and b[0]) and not times_agree(a[0], b[0]) and streets_apart(set(streets_a), set(streets_b))
            and not a[1] & b[1])


def rule_class(a: Section, b: Section, streets_a: frozenset[str], streets_b: frozenset[str]) -> str:
    """A close pair of reports not both round-ups by `places_apart`, or by its sections' times alone."""
    if places_apart(a, b, streets_a, streets_b):
        return "places apart"
    return "times apart only" if a[0] and b[0] and not times_agree(a[0], b[0]) else "times alike or untimed"


def shape(told: Told) -> str:
    """A report by its timed sections: a round-up (`clock.is_roundup`), two sections, or one (or none)."""
    if is_roundup(s for _t, _w, s in told):
        return "round-up"
    return "two sections" if len({s for _t, _w, s in told if s[0]}) == 2 else "one section"


def main() -> None:
    ns = arguments(__doc__.split("\n\n")[0])
    found = reports(ns.corpus_dir)
    told = [sections(text) for _i, _h, text in found]
    shapes = [shape(x) for x in told]
    told = [x if s != "one section" else whole(x) for x, s in zip(told, shapes)]
    signs = [section_signs(x) for x in told]
    print(f"{len(found)} reports: " + ", ".join(f"{k} {n}" for k, n in sorted(Counter(shapes).items())))
    pairs = compared_pairs(found, [s == "round-up" for s in shapes], ns.common)
    counted, shown, reported = Counter(), defaultdict(list), defaultdict(set)
    ruled, ruled_pairs = Counter(), defaultdict(set)
    for (a, b), kind in pairs.items():
        sides = " + ".join(sorted((shapes[a], shapes[b])))
        if sides == "one section + one section":
            continue
        if kind != "one incident":
            if one_article(told[a], told[b]):
                continue
            kind = "two incidents"
        for ta, sa, tb, sb in close_pairs(told[a], told[b], ns.close):
            if not (_STORY.search(ta) and _STORY.search(tb)):
                continue
            times = section_class(sa, sb)
            key = (sides, times, kind)
            counted[key + ("all", "")] += 1
            reported[key].add((a, b))
            if sides != "round-up + round-up" and "one section + one section" != sides:
                rule = rule_class(sa, sb, signs[a][sa]["street"], signs[b][sb]["street"])
                ruled[kind, rule] += 1
                ruled_pairs[kind, rule].add((a, b))
                if rule == "places apart":
                    shown[(sides, "places apart", kind)].append((found[a][0], found[b][0], ta, tb))
            for sign in ("street", "neighbourhood", "sex"):
                cls = sign_class(sign, signs[a][sa][sign], signs[b][sb][sign])
                counted[key + (sign, cls)] += 1
                if cls == "apart":
                    shown[key + (sign,)].append((found[a][0], found[b][0], ta, tb))
    print("close sentence pairs: reports' shapes, sections' times, incidents, sign, class (report pairs for 'all'):")
    for key in sorted(counted):
        extra = f" ({len(reported[key[:3]])})" if key[3] == "all" else ""
        print(f"{counted[key]:7d}{extra}  {', '.join(k for k in key if k)}")
    print("close sentence pairs of reports not both round-ups, one telling two sections or more, by `places_apart`"
          " (report pairs):")
    for key in sorted(ruled):
        print(f"{ruled[key]:7d} ({len(ruled_pairs[key])})  {', '.join(key)}")
    for key in sorted(shown):
        for ia, ib, ta, tb in random.Random(0).sample(shown[key], min(ns.show, len(shown[key]))):
            print(f"  {', '.join(key)}: {ia} {ta[:90]!r}\n      / {ib} {tb[:90]!r}")


if __name__ == "__main__":
    main()
