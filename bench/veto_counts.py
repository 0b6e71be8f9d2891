"""What one veto of `verifier.never_one_claim` parts, on every judged dev link and on the GVA crawl's report pairs: the
two counts each veto is measured by before it is built (session 66; bench/publication_links.py runs them for the
publication veto).

    python bench/veto_counts.py DATA --base DIR --veto NAME [--judged TSV ...] [--show]
    python bench/veto_counts.py DATA --base DIR --veto NAME --gva CORPUS [--incidents N] [--lines N]
    python bench/veto_counts.py DATA --base DIR --veto NAME --gva CORPUS --partners WORD,WORD,... [--lines N]

The judged count reads every judged dev link as `bench/stage_wrongs.py` reads it (each side's features from its
document parsed whole, re-judged verdicts over the first ones) and files the links the veto parts by verdict, apart for
the links ``base``'s exports make and those they do not, and for those another veto parts already. The crawl count
reads the first two usable reports of the crawl's first incidents (`gva.parsed_report_pairs`): the sentences the veto
reads as its side, those beside a sentence of the other report that the veto parts from them, the report pairs holding
one, and the sentence pairs sharing two content terms or more that the veto newly parts (the first ``show`` printed,
to be read by hand). ``--veto`` names a veto of `_vetoes`, each with the reading that finds its side. ``--partners``
counts what widening the other side to a word would take (`partner_counts`): the sentences of the other report that no
veto parts from a sentence on the veto's side, undenied and holding none of the side's own words, by the listed word
they hold, with the close pairs printed to be read by hand.

Session 66, the verdict veto (`claims.verdicts.verdict_beside_charge`; main 4a82d660's exports in
/work/data/final66/base; the crawl's 914 incidents): judged W 6, R 0, P 1 newly parted, all made by main; on the crawl
165 sentences end a case, 92 of them parted from a sentence of the other report, in 35 report pairs, and 70 close
sentence pairs newly parted, all read by hand (docs/linking.md).

Session 67 (stages67; main fe57df7e's exports; the crawl's 914 incidents): ``--veto verdict_beside_charge --partners
charge,arrest,warrant,custody,bond,bail,indictment,accuse,count,court,judge,hearing,prosecutor,suspect,jail`` chose
`verdicts.START_WORDS` (run before they were added, with the veto as session 66 built it; the verdict sentences'
partners by word: arrest 81, charge 74, court 71, suspect 65, indictment 30, warrant 29, custody 27, bond 27,
prosecutor 26, hearing 25, judge 21, jail 13, accuse 11, count 10, bail 3; the 48 close pairs read by hand); ``--veto hearing_beside_arrest`` counted `claims.hearings`: judged W 1, R 0, P 0; on the crawl
70 hearing sentences, 18 parted from a sentence of the other report, in 18 report pairs, 7 close pairs newly parted.

Session 67, the wounds of some beside the toll (`claims.wound_tolls.wounds_beside_toll`; main fe57df7e's exports in
/work/data/final67/base): see docs/linking.md "Wounds of some beside the toll".

Session 67, the act days (`claims.act_days.act_days_apart`; main fe57df7e's exports): ``--veto act_days_apart``
newly parted judged W 3, R 0, P 0 (bench/act_day_pairs.py counts the days themselves).

Session 69, an act intended beside the act done (`claims.intentions.intended_beside_done`; stage69): ``--veto
intended_beside_done --gva`` counted it on the crawl (bench/intended_acts.py counts the judged links with headlines read
as the sets lay them out, unjudged political news and MSRP; docs/linking.md "An act intended beside the act done").

Session 73, a court's ruling beside the suit alone (`claims.rulings.ruling_beside_suit`; stage73, main d2ee4b40's
exports in /work/data/final73/base): ``--veto ruling_beside_suit`` and with ``--gva`` the crawl (bench/reaction_links.py
counts it on close sentence pairs of the political sets; docs/linking.md "A reaction beside its act, and a ruling beside
its suit").

Session 75, a finding on the death beside the death (`claims.findings.finding_beside_death`; stage75, analyser 111's
exports in /work/data/final74/final): ``--veto finding_beside_death`` newly parts judged W 5 (3 made), P 1; with ``--gva``
29 finding sentences in 25 of 914 report pairs, 24 close sentence pairs newly parted (docs/linking.md "A finding on
how someone died").
"""
from __future__ import annotations

import itertools
import random
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import gva  # noqa: E402
from stage_wrongs import _shown, parted_without, read  # noqa: E402

from viewer.analysis.claims.features import UnitFeatures  # noqa: E402


def _vetoes() -> dict[str, Callable[[UnitFeatures], bool]]:
    """The vetoes counted so, each with the reading that finds the unit on its side (a publication, a verdict)."""
    from viewer.analysis.claims import findings, hearings, publications, verdicts, wound_tolls
    return {"finding_beside_death": findings.tells_finding, "publication_beside_act": publications.published, "verdict_beside_charge": verdicts.tells_verdict,
            "hearing_beside_arrest": hearings.tells_hearing, "wounds_beside_toll": wound_tolls.tells_several_wounds,
            "act_days_apart": _dates_an_act, "intended_beside_done": _intends_an_act,
            "ruling_beside_suit": _court_acting}


def _dates_an_act(unit: UnitFeatures) -> bool:
    return bool(unit.act_days)


def _intends_an_act(unit: UnitFeatures) -> bool:
    return bool(unit.intended)


def _court_acting(unit: UnitFeatures) -> bool:
    return unit.court_acting


def _own_words() -> dict[str, frozenset[str]]:
    """The words that put a sentence on a veto's side too: a partner holding one is no partner ("trial", "guilty")."""
    from viewer.analysis.claims import hearings, verdicts
    return {"verdict_beside_charge": verdicts.VERDICT_WORDS, "hearing_beside_arrest": hearings.COURT_WORDS}


def reports_by_event(data: Path, name: str) -> dict[str, list[Path]]:
    """A set's reports by story: each report's file name starts with its event's id, up to the first "_"."""
    events: dict[str, list[Path]] = {}
    for path in sorted((data / "sets" / name / "docs").glob("*.txt")):
        events.setdefault(path.name.split("_")[0], []).append(path)
    return events


def story_pairs(data: Path, names: list[str], may_part: Callable[[str], object],
                close: Callable[[list], list[tuple[str, str]]]) -> list[tuple[str, str, str]]:
    """(set, sentence, sentence) of the pairs ``close`` finds between two reports of one story in the named sets; only
    stories with a report ``may_part`` passes are parsed, since parsing is the cost."""
    from viewer.analysis.nlp import english

    nlp, out = english(), []
    for name in names:
        for paths in reports_by_event(data, name).values():
            texts = [p.read_text(encoding="utf-8") for p in paths]
            if any(may_part(t) for t in texts):
                out += [(name, a, b) for a, b in close([nlp(t) for t in texts])]
    return out


def incident_pairs(corpus: Path, may_part: Callable[[str], object],
                   close: Callable[[list], list[tuple[str, str]]]) -> list[tuple[str, str, str]]:
    """("gva", sentence, sentence) of the pairs ``close`` finds between the first two usable reports of each crawl
    incident that has two; only incidents with a report ``may_part`` passes are parsed."""
    from viewer.analysis.nlp import english

    nlp, out = english(), []
    for items in gva.incidents_with_two(corpus, 100000):
        texts = [gva.report_text(item) for _n, item in items[:2]]
        if any(may_part(t) for t in texts):
            out += [("gva", a, b) for a, b in close([nlp(t) for t in texts])]
    return out


def shortened(text: str, length: int = 200) -> str:
    """A passage on one line, cut to ``length`` characters for a printout read by hand."""
    return " ".join(text.split())[:length]


def close_pairs(docs: list, shared: int, parts: Callable[[UnitFeatures, UnitFeatures], bool]) -> list[tuple[str, str]]:
    """The sentence pairs of two parsed reports sharing ``shared`` content terms or more that ``parts`` parts."""
    from viewer.analysis.claims.units import unit_features
    from viewer.corpus.spans import Span

    read = [[(unit_features(doc, Span(s.start_char, s.end_char)), s.text) for s in doc.sents if len(s) > 3]
            for doc in docs]
    return [(text_a, text_b) for one, two in itertools.combinations(read, 2)
            for (a, text_a), (b, text_b) in itertools.product(one, two)
            if len(set(a.terms) & set(b.terms)) >= shared and parts(a, b)]


def parted_in_sets(data: Path, names: list[str], may_part: Callable[[str], bool],
                   parts: Callable[[UnitFeatures, UnitFeatures], bool]) -> list[str]:
    """Every close sentence pair ``parts`` parts between two reports of one story in the named sets, then how many
    each set gives; only stories with a report ``may_part`` passes are parsed, since parsing is the cost."""
    from viewer.analysis.nlp import english

    nlp, lines, count = english(), [], Counter()
    for name in names:
        for paths in reports_by_event(data, name).values():
            texts = [p.read_text(encoding="utf-8") for p in paths]
            if any(may_part(t) for t in texts):
                for a, b in close_pairs([nlp(t) for t in texts], 2, parts):
                    count[name] += 1
                    lines.append(f"  {name}: {shortened(a)!r} | {shortened(b)!r}")
    return lines + [f"{name}: {n} close sentence pairs parted" for name, n in sorted(count.items())]


def count_one_veto(argv: list[str] | None, doc: str, parts: Callable[[UnitFeatures, UnitFeatures], bool],
                   may_part: Callable[[str], object], judged: Callable[[Path, Path | None, bool], list[str]],
                   msrp_worth: Callable[[str], object] | None = None) -> None:
    """The command line of a one-veto count script: the judged dev links ``judged`` counts (``--base``, ``--show``),
    or the close pairs of the named sets (``--sets``), or MSRP's pairs (``--msrp``, each worth parsing where
    ``msrp_worth`` says so)."""
    import argparse

    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--base", type=Path)
    parser.add_argument("--show", action="store_true")
    parser.add_argument("--sets")
    parser.add_argument("--msrp", type=Path)
    args = parser.parse_args(argv)
    if args.sets:
        print("\n".join(parted_in_sets(args.data, args.sets.split(","), may_part, parts)))
    elif args.msrp:
        print("\n".join(msrp_parted(args.msrp, parts, msrp_worth)))
    else:
        print("\n".join(judged(args.data, args.base, args.show)))


def count_one_reading(argv: list[str] | None, doc: str, judged: Callable[[Path, Path, list[Path], bool], list[str]],
                      set_pairs: Callable[[Path, list[str]], list], crawl_pairs: Callable[[Path], list], seed: int,
                      msrp_parts: Callable[[UnitFeatures, UnitFeatures], bool] | None = None) -> None:
    """The command line of a reading's count script: the judged dev links ``judged`` counts (``--base``, ``--judged``,
    ``--show``), or a ``seed``-drawn sample of the close pairs it parts in the named sets (``--sets``) or on the crawl
    (``--crawl``), or, given ``msrp_parts``, MSRP's pairs it parts (``--msrp``)."""
    import argparse

    from background_acts import dev_link_files

    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--base", type=Path)
    parser.add_argument("--judged", nargs="*", type=Path)
    parser.add_argument("--show", action="store_true")
    parser.add_argument("--sets")
    parser.add_argument("--crawl", type=Path)
    if msrp_parts is not None:
        parser.add_argument("--msrp", type=Path, help="MSRP's folder: its pairs the reading parts, by label")
    parser.add_argument("--sample", type=int, default=40)
    args = parser.parse_args(argv)
    if getattr(args, "msrp", None):
        print("\n".join(msrp_parted(args.msrp, msrp_parts)))
    elif args.sets:
        print("\n".join(sampled_pairs(set_pairs(args.data, args.sets.split(",")), args.sample, seed)))
    elif args.crawl:
        print("\n".join(sampled_pairs(crawl_pairs(args.crawl), args.sample, seed)))
    elif args.base is None:
        parser.error("the judged count needs --base")
    else:
        print("\n".join(judged(args.data, args.base, dev_link_files(args.judged), args.show)))


def sampled_pairs(pairs: list[tuple[str, str, str]], sample: int, seed: int) -> list[str]:
    """``sample`` of the (source, sentence, sentence) pairs a reading parts, drawn with the script's own ``seed`` so
    that a rerun prints the pairs already read by hand, then how many each source gives."""
    drawn = random.Random(seed).sample(pairs, min(sample, len(pairs)))
    return [f"  {name}: {shortened(a, 220)!r} | {shortened(b, 220)!r}" for name, a, b in drawn] + \
        [f"{name}: {n} close sentence pairs parted" for name, n in sorted(Counter(p[0] for p in pairs).items())]


def msrp_parted(folder: Path, parts: Callable[[UnitFeatures, UnitFeatures], bool],
                worth_reading: Callable[[str], bool] | None = None) -> list[str]:
    """MSRP's train and test pairs (``folder``: msr_paraphrase_*.txt, read as the verifier's fit reads them) that
    ``parts`` parts, each sentence parsed alone, by label (1: a paraphrase), each printed; ``worth_reading`` skips the
    pairs whose sentences cannot both hold what a veto reads (a share needs a per cent), sparing their parse."""
    from viewer.analysis.claims.fit_verifier import msrp_rows
    from viewer.analysis.claims.units import unit_features
    from viewer.analysis.nlp import english
    from viewer.corpus.spans import Span

    nlp, lines, count = english(), [], Counter()
    for path in sorted(folder.glob("msr_paraphrase_*.txt")):
        for label, _id1, _id2, *texts in msrp_rows(path):
            count[label] += 1
            if worth_reading and not all(worth_reading(t) for t in texts):
                continue
            if parts(*(unit_features(nlp(t), Span(0, len(t))) for t in texts)):
                count[f"parted, label {label}"] += 1
                lines.append(f"  {label} {texts[0][:160]!r} | {texts[1][:160]!r}")
    return lines + [f"{key}: {n}" for key, n in sorted(count.items())]


def judged_counts(veto_name: str, data: Path, base: Path, files: list[Path], show: bool) -> list[str]:
    """R/P/W of the judged links the veto of `claims.verifier` named ``veto_name`` parts, by whether ``base`` makes
    them and whether another veto parts them."""
    from viewer.analysis.claims import verifier
    veto = getattr(verifier, veto_name)
    by, shown = Counter(), []
    for row, made, (a, b), _tokens, texts in read(data, base, files, made_only=False):
        if not veto(a, b):
            continue
        shape = f"{'made' if made else 'not made'}{', already parted' if parted_without(veto_name, a, b) else ''}"
        by[(shape, row["verdict"])] += 1
        if show:
            shown.append(f"  {row['verdict']} [{shape}] {_shown(row, texts)}")
    return [f"{shape:32} {verdict} {n}" for (shape, verdict), n in sorted(by.items())] + shown


def gva_counts(veto_name: str, reads: Callable[[UnitFeatures], bool], what: str, corpus: Path, incidents: int,
               show: int) -> Counter:
    """On the crawl's report pairs: the sentences ``reads`` takes as the veto's side (``what`` names them), those the
    veto parts from a sentence of the other report, and the close sentence pairs it newly parts."""
    from viewer.analysis.claims import verifier
    from viewer.analysis.claims.units import unit_features
    from viewer.analysis.nlp import english
    from viewer.corpus.spans import Span

    veto, out = getattr(verifier, veto_name), Counter()
    for sides in sentence_sides(corpus, incidents):
        held = False
        for one, two in ((sides[0], sides[1]), (sides[1], sides[0])):
            for unit, text in one:
                if not reads(unit):
                    continue
                out[f"sentences {what}"] += 1
                parted = [(other, other_text) for other, other_text in two if veto(unit, other)]
                out[f"sentences {what}, parted from a sentence of the other report"] += bool(parted)
                held |= bool(parted)
                for other, other_text in parted:
                    if len(set(unit.terms) & set(other.terms)) < 2 or parted_without(veto_name, unit, other):
                        continue
                    out["close sentence pairs newly parted"] += 1
                    if out["close sentence pairs newly parted"] <= show:
                        print(f"  {' '.join(text.split())[:200]!r} | {' '.join(other_text.split())[:200]!r}")
        out["report pairs"] += 1
        out["report pairs holding one"] += held
    return out


def sentence_sides(corpus: Path, incidents: int) -> Iterator[list[list[tuple[UnitFeatures, str]]]]:
    """Each crawl report pair's two reports as their sentences (more than three tokens), each with its features."""
    from viewer.analysis.claims.units import unit_features
    from viewer.analysis.nlp import english
    from viewer.corpus.spans import Span

    for docs in gva.parsed_report_pairs(corpus, incidents, english()):
        yield [[(unit_features(d, Span(s.start_char, s.end_char)), s.text) for s in d.sents if len(s) > 3]
               for d in docs]


def partner_counts(reads: Callable[[UnitFeatures], bool], own_words: frozenset[str], words: list[str],
                   pairs: Iterable[list[list[tuple[UnitFeatures, str]]]], show: int) -> Counter:
    """For each sentence ``reads`` takes as the veto's side, the sentences of the other report that no veto parts from
    it, undenied and holding none of ``own_words`` (the side's words: "guilty" for a verdict), by which of ``words``
    they hold (as `vocabulary.term` keys their lemmas); the close ones (two content terms shared) printed."""
    from viewer.analysis.claims import verifier
    from viewer.analysis.claims.vocabulary import term

    keyed, out = {term(w): w for w in words}, Counter()
    for sides in pairs:
        for one, two in ((sides[0], sides[1]), (sides[1], sides[0])):
            for unit, text in ((u, t) for u, t in one if reads(u)):
                out["sentences read"] += 1
                for other, other_text in two:
                    held = sorted(keyed[k] for k in keyed.keys() & set(other.terms))
                    if (not held or other.negations or own_words & set(other.terms)
                            or verifier.never_one_claim(unit, other)):
                        continue
                    out["partners"] += 1
                    out.update(f"partners holding {w}" for w in held)
                    if len(set(unit.terms) & set(other.terms)) >= 2:
                        out["close partners"] += 1
                        if out["close partners"] <= show:
                            print(f"  {held} {' '.join(text.split())[:160]!r} | {' '.join(other_text.split())[:160]!r}")
    return out


def main(argv: list[str] | None = None, doc: str = __doc__) -> None:
    from background_acts import dev_link_files
    from stage_wrongs import stage_arguments

    parser = stage_arguments(doc, 914)
    parser.set_defaults(show=0)
    parser.add_argument("--veto", choices=sorted(_vetoes()), default="verdict_beside_charge")
    parser.add_argument("--lines", type=int, default=0, help="with --gva, how many close pairs to print")
    parser.add_argument("--partners", help="with --gva, comma-separated words to count the other side's sentences by")
    args = parser.parse_args(argv)
    if args.gva and args.partners:
        own = _own_words().get(args.veto, frozenset())
        pairs = sentence_sides(args.gva, args.incidents)
        gva.print_counts(partner_counts(_vetoes()[args.veto], own, args.partners.split(","), pairs, args.lines))
        return
    if args.gva:
        gva.print_counts(gva_counts(args.veto, _vetoes()[args.veto], args.veto, args.gva, args.incidents, args.lines))
        return
    print("\n".join(judged_counts(args.veto, args.data, args.base, dev_link_files(args.judged), args.show)))


if __name__ == "__main__":
    main()
