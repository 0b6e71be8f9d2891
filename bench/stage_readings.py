"""Session 64's stage shapes, each counted on every judged dev link and on the GVA crawl before any is built: the
identifications the stored reading (`identifications.states_identification`) misses, the doer's own death beside the
killing of another, and a depicting headline that tells the killing too.

    python bench/stage_readings.py DATA --base DIR [--judged TSV ...] [--show]
    python bench/stage_readings.py DATA --base DIR --gva CORPUS [--incidents N]

Identification. A reading (`READINGS`) finds an identification in a unit's parse where the reading before session 64
(`read_before`) finds none: ``passive clause`` an identifying verb with its own passive auxiliary that the parse hangs
from another verb ("A 17-year-old boy fatally shot in East Oakland Wednesday night [was identified] by authorities
Friday as Keith Lawrence": the parse makes "shot" the root and "identified" its adverbial clause, so the main verbs
hold only the shooting); ``ID word`` a headline's "ID'ed", or its "ID" the parser hangs as a compound before the noun
("Police ID man killed in Friday shooting as …", "Teen killed in Chelsea shooting ID'ed"); ``participle`` a headline
closing on "identified" read as a verb ("Teen killed in officer-involved shooting identified": refused in session 62,
W 3 against P 2, counted again for comparison). For each, a unit it reads is taken as identifying
(`UnitFeatures.identifies`), and the judged links (`stage_wrongs.read`: made by ``--base``'s exports or not) that
`verifier.never_one_claim` then newly parts are counted R/P/W. ``--gva``: on the crawl's report pairs, the sentences
each reading takes as identifying, and of those the ones it newly parts from some sentence of the other report, with
the report pairs holding one (``--show`` lists them).

The doer's death (`own_death`): a main verb killing or shooting oneself ("then fatally shot himself", "turned the gun
on himself") or `doer_deaths.doer_dies` (a doer's noun or a person suspected of it dying), in a unit that tells no
killing of another. Session 61 measured the plain reading, the other unit telling the shooting (R 2, P 21, W 16; its P
mostly accidental self-shootings beside "the boy was shot"). The sign counted here (`kills_another`): the other unit
has a violence verb whose subject and object are both there and the object is no reflexive ("Howard Atkinson shot to
death his sister-in-law"), the doer's act on another, which a report of an accidental self-shooting should not hold.
Counted as ``doer's death, plain`` and ``doer's death, beside a killing of another``: the judged links where one side
is the doer's death and the other is not, by R/P/W.

A depicting unit that tells the killing as its own act (`stages.depicted_beside`, session 63's depiction veto, with a
violence act among the depicting side's: "Image 3 of 16 A man died Thursday morning after being shot inside a home",
"Teen killed in Chelsea shooting ID'ed, new images of car released"): the veto parted it where the stage veto spares a
stage that is the shooting too. Counted as ``depiction veto, depicting side tells the killing``: the judged links the
veto parted so, and on the crawl the sentences and those parted.

Session 64's counts (judged: every dev link file, main a9a93a26's exports; crawl: 914 incidents, two reports each):
- passive clause: judged W 2, R 0, P 0 (gvaZ7, one incident); crawl 10 sentences read, 9 parted in 9 report pairs, of
  which 4 are identifications, 3 not ("was named the freshman class homecoming prince", "his friend -- who later
  testified and was identified as …", "shell casings … were identified as a positive match") and 2 unclear. The
  reading built (`identifications.identified_clause`: "identify" or "ID" only, no clause joined to a relative clause)
  keeps 5 of the 9: 4 identifications and the shell casings.
- ID word: judged W 1 (gvaZ6), R 0, P 0; crawl 18 sentences read, all parted, in 15 report pairs, every one a headline
  identifying a victim or a suspect ("Police ID teen fatally shot in SW Houston", "Police ID person of interest in
  Elmira shooting"; "Authorities work to ID man found dead"); the reading built (a bare "ID" only as a compound, so
  "with fake ID" and "seek ID of" are not read) keeps 16.
- participle: judged P 1, W 2 made, P 1 not made: still refused.
- doer's death: judged plain R 1, P 5, W 6 made (W 3 not made); beside a killing of another W 4, R 0, P 0, all four
  one gvaZ1 sidebar (Atkinson shot his sister-in-law / then fatally shot himself). Crawl: 139 sentences, 98 beside a
  report telling the doer's death too, 31 beside one telling only the shooting, 7 beside a killing of another in 5
  report pairs: 1 the shape ("courthouse murderer killed himself"), 1 telling the killing too ("fatally shot himself
  after randomly shooting the others"), 3 accidental self-shootings, 2 else: the sign does not part the P. Not built.
- depicting side tells the killing: judged none; crawl 35 sentences in 8 report pairs, all parted: 31 gallery captions
  whose words tell the killing, gvaM's "ID'ed, new images" headline, "a video … shows" beside the children firing in
  its own clause, and a rifle's "clip" misread as a depiction. Built: the veto spares them.
"""
from __future__ import annotations

import dataclasses
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import gva  # noqa: E402
from background_acts import dev_link_files, main_verbs  # noqa: E402
from doer_deaths import doer_dies  # noqa: E402
from stage_wrongs import _shown, _table, read, stage_arguments  # noqa: E402

from viewer.analysis.claims import identifications, stages  # noqa: E402
from viewer.analysis.claims.features import UnitFeatures  # noqa: E402
from viewer.analysis.claims.identifications import tells_violence, violence_terms  # noqa: E402


def _headline(tokens) -> bool:
    text = tokens.text.strip()
    return "\n" not in text and not text.endswith((".", "?", "!", '"', "”"))


def participle(tokens) -> bool:
    """A headline whose last word is "identified" or "named" read as a verb ("Teen killed in … shooting identified")."""
    words = [t for t in tokens if not t.is_punct and not t.is_space]
    return _headline(tokens) and bool(words) and words[-1].lower_ in ("identified", "named") \
        and words[-1].pos_ == "VERB"


# Built in session 64 (`identifications.identified_clause`, `identifications.headline_id_word`), and one refused.
READINGS = {"passive clause": lambda tokens: any(identifications.identified_clause(t) for t in tokens),
            "ID word": identifications.headline_id_word, "participle": participle}


def read_before(tokens) -> bool:
    """The stored reading as it stood before session 64: a main verb that identifies, or a verbless headline's ID
    word."""
    return (any(identifications.identifying_verb(v) for v in main_verbs(tokens))
            or any(identifications.headline_id(t, tokens) for t in tokens))


def as_before(unit: UnitFeatures, tokens) -> UnitFeatures:
    """The unit as the stored reading before session 64 reads it."""
    return dataclasses.replace(unit, identifies=read_before(tokens))


def readings_of(unit: UnitFeatures, tokens) -> list[str]:
    """The readings that find an identification the reading before session 64 does not (``unit`` read so)."""
    if unit.identifies:
        return []
    return [name for name, found in READINGS.items() if found(tokens)]


def identified(unit: UnitFeatures) -> UnitFeatures:
    return dataclasses.replace(unit, identifies=True)


_SELF = frozenset({"himself", "herself", "themselves", "self"})
_HARM = frozenset({"kill", "shoot", "murder", "slay", "wound"})


def _objects(verb) -> list:
    """The people a verb is done to: its direct object, or for "turn" what "turned the gun on" names ("turned himself
    in" is a surrender, no death)."""
    if verb.lemma_.lower() == "turn":
        return [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "on" for g in c.children
                if g.dep_ == "pobj"]
    return [c for c in verb.children if c.dep_ == "dobj"]


def own_death(tokens) -> bool:
    """Whether a main verb kills or shoots oneself, or the doer dies (`doer_dies`), and no main verb does so to
    another ("killed his wife and then himself" tells the killing too)."""
    verbs = [v for v in main_verbs(tokens) if v.lemma_.lower() in _HARM | {"turn"}]
    objects = [o for v in verbs for o in _objects(v)]
    if any(o.lower_ not in _SELF for o in objects):
        return False
    return any(o.lower_ in _SELF for o in objects) or doer_dies(tokens)


def kills_another(tokens) -> bool:
    """Whether a verb of the unit kills or shoots someone named as its object, its doer named as its subject, the
    object no reflexive ("Howard Atkinson shot to death his sister-in-law", "Boy Kills 16-Year-Old Girl")."""
    return any(t.pos_ == "VERB" and t.lemma_.lower() in _HARM
               and any(c.dep_ == "nsubj" for c in t.children)
               and any(o.lower_ not in _SELF for o in _objects(t)) for t in tokens)


def doer_shapes(a: UnitFeatures, b: UnitFeatures, tokens: list) -> list[str]:
    """The doer's-death shapes of a pair: one side the doer's own death, the other not and telling a killing or a
    shooting; ``beside a killing of another`` where the other holds `kills_another`."""
    dying = [own_death(t) for t in tokens]
    if dying[0] == dying[1]:
        return []
    other, other_tokens = (b, tokens[1]) if dying[0] else (a, tokens[0])
    if not tells_violence(other) or any(t.lower_ in _SELF | {"suicide"} for t in other_tokens):
        return []
    return ["doer's death, plain"] + (["doer's death, beside a killing of another"] if kills_another(other_tokens)
                                      else [])


def depiction_killing(a: UnitFeatures, b: UnitFeatures) -> bool:
    """Whether the depiction veto as session 63 built it (`stages.depicted_beside`) parts the pair with the depicting
    side telling the killing as its own act too, which session 64 spares."""
    return any(stages.depicted_beside(one, other) and violence_terms() & set(one.acts)
               for one, other in ((a, b), (b, a)))


def judged_counts(data: Path, base: Path, files: list[Path], show: bool) -> list[str]:
    """R/P/W of the judged links each reading newly parts, apart for those ``base`` makes and those it does not."""
    from viewer.analysis.claims.verifier import never_one_claim

    by, shown = {}, []
    for row, made, (a, b), tokens, texts in read(data, base, files, made_only=False):
        where = "made" if made else "not made"
        extra = doer_shapes(a, b, tokens) + (["depiction veto, depicting side tells the killing"]
                                             if depiction_killing(a, b) else [])
        for shape in extra:
            by.setdefault(f"{shape} [{where}]", Counter())[row["verdict"]] += 1
            shown.append(f"  {row['verdict']} {shape} [{where}] {_shown(row, texts)}")
        a, b = as_before(a, tokens[0]), as_before(b, tokens[1])
        found = [readings_of(a, tokens[0]), readings_of(b, tokens[1])]
        if not any(found) or never_one_claim(a, b):
            continue
        for name in sorted(set(found[0]) | set(found[1])):
            new_a = identified(a) if name in found[0] else a
            new_b = identified(b) if name in found[1] else b
            if never_one_claim(new_a, new_b):
                shape = f"{name}: parts [{where}]"
                by.setdefault(shape, Counter())[row["verdict"]] += 1
                shown.append(f"  {row['verdict']} {shape} {_shown(row, texts)}")
    return _table(by) + (shown if show else [])


def _one_line(text: str) -> str:
    return repr(" ".join(text.split())[:150])


def gva_counts(corpus: Path, incidents: int, shown: list[str]) -> Counter:
    """On the crawl's report pairs: sentences each reading reads, those it newly parts from a sentence of the other
    report (each added to ``shown`` with the first it parts), and report pairs holding one."""
    from viewer.analysis.claims.units import unit_features
    from viewer.analysis.claims.verifier import never_one_claim
    from viewer.analysis.nlp import english
    from viewer.corpus.spans import Span

    out = Counter()
    for docs in gva.parsed_report_pairs(corpus, incidents, english()):
        sides = [[(as_before(unit_features(d, Span(s.start_char, s.end_char)), s), s) for s in d.sents if len(s) > 3]
                 for d in docs]
        held = set()
        for one, two in ((sides[0], sides[1]), (sides[1], sides[0])):
            for unit, tokens in one:
                for name in readings_of(unit, tokens):
                    out[f"sentences read: {name}"] += 1
                    new = identified(unit)
                    parted = [t for o, t in two if never_one_claim(new, o) and not never_one_claim(unit, o)]
                    if parted:
                        out[f"  newly parted from a sentence of the other report: {name}"] += 1
                        held.add(name)
                        shown.append(f"  {name}: {_one_line(tokens.text)} | {_one_line(parted[0].text)}")
                if own_death(tokens) and _count_doer(unit, two, out, held):
                    shown.append(f"  doer's death beside a killing of another: {_one_line(tokens.text)}")
                if stages.depicts(unit) and violence_terms() & set(unit.acts):
                    out["sentences: depicting, telling the killing too"] += 1
                    if any(stages.depicted_beside(unit, o) for o, _t in two):
                        out["  parted by the depiction veto from a sentence of the other report"] += 1
                        held.add("depicting headline")
                        shown.append(f"  depicting, telling the killing too: {_one_line(tokens.text)}")
        out["report pairs"] += 1
        out.update(f"report pairs holding a parted one: {name}" for name in held)
    return out


def _count_doer(unit: UnitFeatures, two: list, out: Counter, held: set) -> bool:
    """One doer's-death sentence: whether the other report tells the doer's death too, or else holds a sentence
    telling a killing of another (`kills_another`: then True), or only sentences telling the shooting."""
    out["sentences: doer's death"] += 1
    if any(own_death(t) or any(w.lower_ in _SELF | {"suicide"} for w in t) for _o, t in two):
        out["  the other report tells the doer's death too"] += 1
    elif any(tells_violence(o) and kills_another(t) for o, t in two):
        out["  the other report tells a killing of another by its doer"] += 1
        held.add("doer's death beside a killing of another")
        return True
    elif any(tells_violence(o) for o, _t in two):
        out["  the other report tells only the shooting"] += 1
    return False


def main(argv: list[str] | None = None) -> None:
    args = stage_arguments(__doc__, 100000).parse_args(argv)
    if args.gva:
        shown: list[str] = []
        gva.print_counts(gva_counts(args.gva, args.incidents, shown))
        print("\n".join(shown if args.show else []))
        return
    print("\n".join(judged_counts(args.data, args.base, dev_link_files(args.judged), args.show)))


if __name__ == "__main__":
    main()
