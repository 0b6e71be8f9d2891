"""Why the claims two reports carry, noted by hand, are not linked: the stage that loses each, which veto cuts it, and
which grouping rule keeps its two mentions apart; and what each veto cuts of the links judged by hand.

    python bench/miss_reasons.py DATA --misses TSV [--misses TSV] [--links TSV] [--judged TSV] [--sets gvaZ1,gvaZ2]
        [--by-source] [--show REASON]

`bench/miss_stages.py` puts each missed noted claim down to the first stage that loses it (never candidates, the
pair model below its threshold, a veto, the grouping...). This reads two of its stages further, from the code paths
that decide them rather than from a guess:

* a veto (`verifier.never_one_claim` and `PairScores.apart`) is named by which of its parts fires on the best unit
  pair of the two spans: each part of `never_one_claim` by its name (`VETO_PARTS`: counts, dates, a stage beside a
  shooting, a name alone beside an act…), a contradiction or two people's different words (several may fire; each
  is counted);
* a pair verified at the threshold whose units end in two groups is put down to the `average_link.may_merge` rule
  that refuses joining the two final groups (`linking._claim` is watched for the groups' members): a member pair
  forbidden (a veto between other members, named as above), two units of one document below the threshold against
  each other (the one-mention-per-document rule: a report's units in one claim must verify against each other), or
  the member means below the threshold (average linkage); "merged then cut" where `may_merge` would join them (the
  linked stories' cut or the merge order parted them). Member means are read further: how many members fail, the
  smaller group's size, whether one low pair explains the refusal (`member_failures`), and which part of the pass
  after grouping, `average_link.supported`, refuses the two groups too (`supported_reading`);
* a pair the pair model leaves under its threshold is put in its band, and at the best-pair floor read by that rule
  (`pair_rule`): the gate under the rule's bar, or reports sharing another claim, and then whether both units are
  free of claims with the other report and each other's best partner there (`floor_reading`).

``--links`` (links*.tsv) reads judged links as the misses are read, a column by verdict: a judged link a run no longer
makes is put down to the stage and rule that part it, which is what a rule costs and what it keeps apart.
``--by-source`` gives a column by source (GVA, AllSides, BASIL, WCEP) in place of one by set.

With ``--judged`` (links*.tsv), each judged link of the sets is read the same way: for each veto part, how many R, P
and W links it fires on for every unit pair of the two spans, i.e. the links it forbids. A veto meant for W that fires
on R is a recall loss to look at; on the noted misses it is the same count. ``--show REASON`` prints the misses put
down to a reason (a stage, a veto part or a grouping rule; ``all``: every miss), with the two units' texts.
"""
from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import miss_stages  # noqa: E402
from dev_sets import source_of  # noqa: E402
from link_losses import KeptScores  # noqa: E402
from viewer.analysis.claims import linking, verifier  # noqa: E402
from viewer.analysis.claims.average_link import FORBIDDEN, _joined_enough, claims_of_documents  # noqa: E402

VETO_PARTS = {
    "counts": lambda a, b: verifier.counts_conflict(a, b),
    "one against several": lambda a, b: (verifier.one_against_several(a.one, b.several)
                                         or verifier.one_against_several(b.one, a.several)),
    "dates": lambda a, b: verifier.dates_conflict(a.years, a.months, b.years, b.months),
    "acts opposed": verifier.acts_opposed,
    "ages apart": verifier.ages_apart,
    "outcomes apart": lambda a, b: verifier.outcomes_apart(a.outcomes, b.outcomes),
    "identified beside killing": verifier.identified_beside_killing,
    "stage beside shooting": verifier.stage_beside_shooting,
    "death beside condition": verifier.death_beside_condition,
    "wounds apart": verifier.wounds_apart,
    "attribute beside act": verifier.attribute_beside_act,
    "act days apart": verifier.act_days_apart,
    "investigation beside shooting": verifier.investigation_beside_shooting,
    "finding beside death": verifier.finding_beside_death,
    "verdict beside charge": verifier.verdict_beside_charge,
    "hearing beside arrest": verifier.hearing_beside_arrest,
    "death beside hurt": verifier.death_beside_hurt,
    "depiction beside act": verifier.depiction_beside_act,
    "publication beside act": verifier.publication_beside_act,
    "neighbourhoods apart": lambda a, b: verifier.neighbourhoods_apart(a.neighbourhoods, b.neighbourhoods),
    "residence beside other": verifier.residence_beside_other,
    "name alone beside act": verifier.name_alone_beside_act,
    "patients apart": lambda a, b: verifier.patients_apart(a.patients, b.patients),
    "recalled beside incident": verifier.recalled_beside_incident,
    "newcomer beside fewer": verifier.newcomer_beside_fewer,
    "wounds beside toll": verifier.wounds_beside_toll,
    "intended beside done": verifier.intended_beside_done,
    "framed beside stated": verifier.framed_beside_stated,
    "ruling beside suit": verifier.ruling_beside_suit,
    "failed beside step": verifier.failed_beside_step,
    "method beside finding": verifier.method_beside_finding,
    "verdict beside other": verifier.verdict_beside_other,
}


class Groups:
    """The members of every group `linking.link_claims` made into a claim, one-document groups included."""

    members: list[list[int]] = []


def _kept_claim(units, vectors, members, found, unsaid):
    Groups.members.append(list(members))
    return _claim(units, vectors, members, found, unsaid)


_claim = linking._claim


class Exported:
    """The last export `quality.analysed_export` made, for its documents' ids."""

    last: dict = {}

    @classmethod
    def keep(cls, made: tuple[dict, float]) -> tuple[dict, float]:
        cls.last = made[0]
        return made


def veto_parts(scores, i: int, j: int) -> list[str]:
    """The parts of the veto that fire on units ``i`` and ``j`` (`VETO_PARTS`, then the contradiction and voices
    checks of `PairScores.apart`)."""
    a, b = scores.units[i].features, scores.units[j].features
    parts = [name for name, fires in VETO_PARTS.items() if fires(a, b)]
    if linking.contradicted(i, j, scores.documents, scores.contradicting):
        parts.append("contradiction")
    if scores._voices_apart(i, j):
        parts.append("two voices")
    return parts


def grouping_rule(scores, i: int, j: int) -> tuple[str, list[str]]:
    """Which `may_merge` rule refuses joining the final groups of units ``i`` and ``j``, with the veto parts of a
    forbidden member pair."""
    group = {k: g for g in Groups.members for k in g}
    left, right = group.get(i, [i]), group.get(j, [j])
    if left is right:
        return "one group, spans not covered", []
    threshold, documents = scores.model.pair.threshold, scores.documents
    table = {(x, y): scores(x, y) for x in left for y in right}
    forbidden = [pair for pair, p in table.items() if p <= FORBIDDEN]
    if forbidden:
        return "member vetoed", veto_parts(scores, *forbidden[0])
    if any(documents[x] == documents[y] and p < threshold for (x, y), p in table.items()):
        return "one document's units apart", []
    crossing = [p for (x, y), p in table.items() if documents[x] != documents[y]]
    rows = [[table[x, y] for y in right if documents[x] != documents[y]] for x in left]
    columns = [[table[x, y] for x in left if documents[x] != documents[y]] for y in right]
    if crossing and any(r and sum(r) / len(r) < threshold for r in rows + columns):
        return "member means", member_failures(rows, columns, left, right, (i, j), threshold) + [
            supported_reading(scores, left, right)]
    return "merged then cut", []


def member_failures(rows: list[list[float]], columns: list[list[float]], left: list[int], right: list[int],
                    pair: tuple[int, int], threshold: float) -> list[str]:
    """What the member means refuse: how many members fail (a mean under the threshold), the two groups' sizes, and
    whether one low pair explains it (every mean passes with the lowest cross-report score raised to the threshold):
    the shape a member check forgiving one lone low score would join."""
    means = lambda lists: [sum(r) / len(r) for r in lists if r]  # noqa: E731
    failing = sum(m < threshold for m in means(rows) + means(columns))
    lowest = min(p for r in rows for p in r)
    lifted = lambda lists: [[max(p, threshold) if p == lowest else p for p in r] for r in lists]  # noqa: E731
    one_pair = all(m >= threshold for m in means(lifted(rows)) + means(lifted(columns)))
    small = min(len(left), len(right))
    return [f"members failing {failing if failing < 3 else '3+'}, "
            f"groups of {small if small < 3 else '3+'} and more, "
            f"{'one low pair' if one_pair else 'low beyond one pair'}"]


def reasons(fate, noted, documents: dict[str, int], sharing: bool = False) -> list[str]:
    """A missed noted claim's stage, with its veto parts or grouping rule where the stage is a veto or the grouping,
    and its band and the best-pair rule's reading where it is the pair model (``sharing``: the two reports share
    another claim)."""
    scores = KeptScores.last
    if fate.stage == "no claim unit":
        return [fate.stage, f"  no unit: {fate.why}"]
    if fate.stage == "pair model":
        rule = pair_rule(fate, sharing)
        return [fate.stage, f"  pair: {rule}"] + ([f"    {floor_reading(scores, *fate.pair)}"]
                                                  if rule.endswith("share another claim") else [])
    if fate.stage not in ("vetoed", "grouping"):
        return [fate.stage]
    left = miss_stages._over(scores, documents[noted.a[0]], noted.a)
    right = miss_stages._over(scores, documents[noted.b[0]], noted.b)
    pairs = [(i, j) for i in left for j in right]
    if fate.stage == "vetoed":
        parts = [veto_parts(scores, i, j) for i, j in pairs]
        least = min(parts, key=len) if parts else []
        return ["vetoed"] + [f"  veto: {p}" for p in least or ["(clock sections of round-ups, or kept apart)"]]
    verified = [(i, j) for i, j in pairs if scores(i, j) >= scores.model.pair.threshold]
    if not verified:  # `miss_stages._check_stage` passed every check it knows: the anchors' (bare, placed) refused
        return ["grouping", "  grouping: (not verified: anchor checks)"]
    rule, parts = grouping_rule(scores, *max(verified, key=lambda p: scores(*p)))
    return ["grouping", f"  grouping: {rule}"] + [f"    {'member veto: ' if rule == 'member vetoed' else ''}{p}"
                                                   for p in parts]


def pair_rule(fate, sharing: bool) -> str:
    """Which rule after the pair model's score keeps a pair under its threshold apart: under ``NEAR_PAIR`` nothing
    but the score; under the best-pair floor the threshold; at the floor the best-pair rule, which links two reports'
    best pair only where the gate is sure of them (its bar) and they share no claim yet."""
    model = KeptScores.last.model
    if fate.raw < miss_stages.NEAR_PAIR:
        return f"under {miss_stages.NEAR_PAIR:.2f}"
    best = model.best_pair
    if best is None or fate.raw < best.floor:
        return f"{miss_stages.NEAR_PAIR:.2f} to the floor, the threshold"
    if fate.story < best.bar:
        return "at the floor, gate under the best-pair bar"
    return "at the floor, reports share another claim" if sharing else "at the floor, another pair the reports' best"


def floor_reading(scores, i: int, j: int) -> str:
    """How a pair at the best-pair floor in two sure reports that share another claim stands: whether either unit is
    in a claim with the other report already, and whether each is the other's best partner there (the narrowest
    reading of the best-pair rule that would reach it: a mutual best pair of two units the reports' claims leave
    free)."""
    documents = scores.documents
    bound = any(any(documents[k] == documents[other] for k in group)
                for group in Groups.members for unit, other in ((i, j), (j, i)) if unit in group)
    best = _best_partners(scores)
    mutual = best.get((i, documents[j])) == j and best.get((j, documents[i])) == i
    return f"floor: {'a unit claimed with the other report' if bound else 'both units free'}, {'mutual best' if mutual else 'not mutual best'}"


def _best_partners(scores) -> dict[tuple[int, int], int]:
    """Each unit's best-scoring verified partner in each other document, by (unit, document)."""
    if getattr(scores, "_best_partners", None) is None:
        best: dict[tuple[int, int], tuple[float, int]] = {}
        documents = scores.documents
        for key, p in scores.known.items():
            a, b = scores.pair(key)
            if documents[a] == documents[b]:
                continue
            for unit, other in ((a, b), (b, a)):
                if p > best.get((unit, documents[other]), (-9.0, 0))[0]:
                    best[unit, documents[other]] = (p, other)
        scores._best_partners = {k: v[1] for k, v in best.items()}
    return scores._best_partners


def supported_reading(scores, left: list[int], right: list[int]) -> str:
    """Which part of `average_link.supported` (the pass after grouping that joins two groups the member check refused)
    refuses the two groups too: the share of their new report pairs other claims join, the mean of their pairs."""
    rule, documents = scores.model.supported, scores.documents
    if rule is None:
        return "supported: off"
    held_by = claims_of_documents(Groups.members, documents)
    joined = _joined_enough({documents[k] for k in left}, {documents[k] for k in right}, held_by, rule.share)
    cross = [scores(x, y) for x in left for y in right if documents[x] != documents[y]]
    mean = sum(cross) / len(cross) >= rule.mean if cross else False
    return "supported: " + ("passes" if joined and mean else " and ".join(
        w for w, short in (("share short", not joined), ("mean short", not mean)) if short))


def held(export: dict, noted) -> str:
    """How the viewer reads a missed noted claim: one of its mentions linked to another passage of the other report
    (the source shown as carrying a claim over the noted passage, through another mention), the two reports sharing
    other claims only, or sharing none."""
    by_id = {d["id"]: Path(d["source"]["path"]).name for d in export["documents"]}
    over = lambda m, span: by_id.get(m["document"]) == span[0] and min(m["end"], span[2]) > max(m["start"], span[1])  # noqa: E731
    shared = False
    for claim in export["claims"]:
        files = {by_id.get(m["document"]) for m in claim["mentions"]}
        if noted.a[0] in files and noted.b[0] in files:
            shared = True
            if any(over(m, noted.a) or over(m, noted.b) for m in claim["mentions"]):
                return "(missed: a span linked to another passage of the other report)"
    return "(missed: the reports share other claims)" if shared else "(missed: the reports share no claim)"


def judged_cuts(path_list: list[Path], name: str, documents: dict[str, int]) -> Counter:
    """For each veto part, the judged links of the set (by verdict, each link once) it fires on for every unit pair of
    the spans."""
    scores, cuts, seen = KeptScores.last, Counter(), set()
    for path in path_list:
        with path.open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f, delimiter="\t"):
                if row["set"] != name or row["file_a"] not in documents or row["file_b"] not in documents:
                    continue
                a = (row["file_a"], int(row["start_a"]), int(row["end_a"]))
                b = (row["file_b"], int(row["start_b"]), int(row["end_b"]))
                if (a, b) in seen:  # a link judged in two files (links54n.tsv and its merged copy) counts once
                    continue
                seen.add((a, b))
                left = miss_stages._over(scores, documents[a[0]], a)
                right = miss_stages._over(scores, documents[b[0]], b)
                pairs = [(i, j) for i in left for j in right]
                if not pairs:
                    continue
                fired = [set(veto_parts(scores, i, j)) for i, j in pairs]
                verdict = (row.get("verdict") or "?")[:1] or "?"
                cuts["links", verdict] += 1
                for part in set.intersection(*fired):
                    cuts[part, verdict] += 1
    return cuts


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--misses", type=Path, action="append", default=[])
    parser.add_argument("--links", type=Path, action="append", default=[],
                        help="judged links (links*.tsv) read as the misses are, a column by verdict")
    parser.add_argument("--judged", type=Path, action="append", default=[])
    parser.add_argument("--sets", default="")
    parser.add_argument("--by-source", action="store_true", help="a column by source (GVA, AllSides…), not by set")
    parser.add_argument("--show", metavar="REASON", help="print the misses put down to this reason (all: every miss)")
    ns = parser.parse_args(argv)
    quality = miss_stages._quality()
    noted = [(n, source_of(n.set) if ns.by_source else n.set) for path in ns.misses for n in quality.read_noted(path)]
    noted += judged_links(ns.links, quality)
    names = [s for s in ns.sets.split(",") if s] or sorted({n.set for n, _c in noted})
    counts: dict[str, Counter] = {}
    cuts: Counter = Counter()
    read: Counter = Counter()  # (stage, how the viewer reads the miss)
    linking._claim = _kept_claim
    analysed = quality.analysed_export
    quality.analysed_export = lambda paths, folder: Exported.keep(analysed(paths, folder))
    try:
        for name in names:
            Groups.members = []
            of_set = [(n, c) for n, c in noted if n.set == name]
            fates = miss_stages.set_fates(ns.data, name, [n for n, _c in of_set], quality)
            documents = {Path(d["source"]["path"]).name: int(d["id"][1:]) for d in Exported.last["documents"]}
            for (n, column), f in zip(of_set, fates):
                how = held(Exported.last, n) if f.stage != "found" else ""
                why = reasons(f, n, documents, "no claim" not in how) + ([how] if how else [])
                counts.setdefault(column, Counter()).update(why)
                if f.stage != "found" and not column.startswith("link"):
                    read[why[0], why[-1]] += 1
                if ns.show and (ns.show == "all" or any(w.strip().endswith(ns.show) for w in why)):
                    print(f"[{name} {column}]")
                    _show(ns.data / "sets" / name, n, f, why)
            cuts.update(judged_cuts(ns.judged, name, documents))
            print(f"# {name} done", file=sys.stderr, flush=True)
    finally:
        linking._claim = _claim
    print("\n".join(table(counts)))
    print("\n".join(read_table(read)))
    if ns.judged:
        print("\n".join(cut_table(cuts)))


def judged_links(paths: list[Path], quality) -> list[tuple]:
    """The judged links of the files as noted claims, each once, with its column: "link" and its verdict (R, P, W,
    U). Read as the misses are, a judged link a run no longer makes is put down to the stage and rule that part it."""
    seen: dict[tuple, str] = {}
    for path in paths:
        with path.open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f, delimiter="\t"):
                key = (row["set"], (row["file_a"], int(row["start_a"]), int(row["end_a"])),
                       (row["file_b"], int(row["start_b"]), int(row["end_b"])))
                seen.setdefault(key, f"link {(row.get('verdict') or '?')[:1]}")
    return [(quality.Noted(*key), column) for key, column in seen.items()]


def table(counts: dict[str, Counter]) -> list[str]:
    """Reasons by set, with an ``all`` column: the stages in the order `miss_stages.STAGES` gives them, each veto part
    under "vetoed" and each grouping rule under "grouping", most first, then how the viewer reads the misses (`held`)."""
    total = sum(counts.values(), Counter())
    columns = {**counts, "all": total}
    order = {s: k for k, s in enumerate(miss_stages.STAGES)}
    rows: list[str] = []
    for label in sorted((w for w in total if not w.startswith(" ")), key=lambda w: (order.get(w, len(order)), w)):
        rows.append(label)
        rows += sorted((w for w in total if w.startswith(" ") and _under(w, label)), key=lambda w: -total[w])
    width = max(map(len, rows), default=10)
    lines = [f"{'':{width}s} " + " ".join(f"{n[:7]:>7s}" for n in columns)]
    lines += [f"{r:{width}s} " + " ".join(f"{c[r]:7d}" for c in columns.values()) for r in rows]
    return lines


def _under(reason: str, stage: str) -> bool:
    """Whether a detail row belongs under a stage row (veto parts under vetoed, why a span has no unit under no claim
    unit, grouping rules and member vetoes under grouping)."""
    kind = reason.split(":")[0].strip()
    return {"veto": "vetoed", "no unit": "no claim unit", "pair": "pair model", "floor": "pair model"}.get(kind, "grouping") == stage


def read_table(read: Counter) -> list[str]:
    """Each stage's misses (all sets) by how the viewer reads them (`held`)."""
    kinds = sorted({k for _s, k in read})
    stages = [s for s in miss_stages.STAGES if any(read[s, k] for k in kinds)]
    lines = ["the misses of each stage, as the viewer reads them: " + "; ".join(f"{n + 1} {k.strip('()')}" for n, k in enumerate(kinds))]
    lines.append(f"{'':20s} " + " ".join(f"{n + 1:>6d}" for n in range(len(kinds))))
    lines += [f"{s:20s} " + " ".join(f"{read[s, k]:6d}" for k in kinds) for s in stages]
    return lines


def cut_table(cuts: Counter) -> list[str]:
    """The judged links each veto part forbids (fires on every unit pair of the two spans), by verdict."""
    verdicts = sorted({v for _p, v in cuts})
    parts = ["links"] + sorted({p for p, _v in cuts} - {"links"}, key=lambda p: -sum(cuts[p, v] for v in verdicts))
    lines = ["judged links each veto part forbids", f"{'':28s} " + " ".join(f"{v:>6s}" for v in verdicts)]
    lines += [f"{p:28s} " + " ".join(f"{cuts[p, v]:6d}" for v in verdicts) for p in parts]
    return lines


def _show(folder: Path, noted, fate, why: list[str]) -> None:
    """One miss with its reasons, then its best unit pair's texts and scores (`miss_stages._show`)."""
    print(f"=== {' / '.join(w.strip() for w in why)}")
    miss_stages._show(folder, [(noted, fate)])


if __name__ == "__main__":
    main()
