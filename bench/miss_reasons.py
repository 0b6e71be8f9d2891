"""Why the claims two reports carry, noted by hand, are not linked: the stage that loses each, which veto cuts it, and
which grouping rule keeps its two mentions apart; and what each veto cuts of the links judged by hand.

    python bench/miss_reasons.py DATA --misses TSV [--misses TSV] [--judged TSV] [--sets gvaZ1,gvaZ2] [--show REASON]

`bench/miss_stages.py` puts each missed noted claim down to the first stage that loses it (never candidates, the
pair model below its threshold, a veto, the grouping...). This reads two of its stages further, from the code paths
that decide them rather than from a guess:

* a veto (`verifier.never_one_claim` and `PairScores.apart`) is named by which of its parts fires on the best unit
  pair of the two spans: counts, one against several, dates, opposed acts, ages, outcomes, identified beside a
  killing, a stage beside a shooting, death beside a condition, wounds, attribute beside an act, a contradiction or
  two people's different words (several may fire; each is counted);
* a pair verified at the threshold whose units end in two groups is put down to the `average_link.may_merge` rule
  that refuses joining the two final groups (`linking._claim` is watched for the groups' members): a member pair
  forbidden (a veto between other members, named as above), two units of one document below the threshold against
  each other (the one-mention-per-document rule: a report's units in one claim must verify against each other), or
  the member means below the threshold (average linkage); "merged then cut" where `may_merge` would join them (the
  linked stories' cut or the merge order parted them).

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
from link_losses import KeptScores  # noqa: E402
from viewer.analysis.claims import linking, verifier  # noqa: E402
from viewer.analysis.claims.average_link import FORBIDDEN  # noqa: E402

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
        return "member means", []
    return "merged then cut", []


def reasons(fate, noted, documents: dict[str, int]) -> list[str]:
    """A missed noted claim's stage, with its veto parts or grouping rule where the stage is a veto or the grouping."""
    scores = KeptScores.last
    if fate.stage == "no claim unit":
        return [fate.stage, f"  no unit: {fate.why}"]
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
    return ["grouping", f"  grouping: {rule}"] + [f"    member veto: {p}" for p in parts]


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
    parser.add_argument("--misses", type=Path, action="append", required=True)
    parser.add_argument("--judged", type=Path, action="append", default=[])
    parser.add_argument("--sets", default="")
    parser.add_argument("--show", metavar="REASON", help="print the misses put down to this reason (all: every miss)")
    ns = parser.parse_args(argv)
    quality = miss_stages._quality()
    noted = [n for path in ns.misses for n in quality.read_noted(path)]
    names = [s for s in ns.sets.split(",") if s] or sorted({n.set for n in noted})
    counts: dict[str, Counter] = {}
    cuts: Counter = Counter()
    read: Counter = Counter()  # (stage, how the viewer reads the miss)
    linking._claim = _kept_claim
    analysed = quality.analysed_export
    quality.analysed_export = lambda paths, folder: Exported.keep(analysed(paths, folder))
    try:
        for name in names:
            Groups.members = []
            of_set = [n for n in noted if n.set == name]
            fates = miss_stages.set_fates(ns.data, name, of_set, quality)
            documents = {Path(d["source"]["path"]).name: int(d["id"][1:]) for d in Exported.last["documents"]}
            counts[name] = Counter()
            for n, f in zip(of_set, fates):
                why = reasons(f, n, documents) + ([held(Exported.last, n)] if f.stage != "found" else [])
                counts[name].update(why)
                if f.stage != "found":
                    read[why[0], why[-1]] += 1
                if ns.show and (ns.show == "all" or any(w.strip().endswith(ns.show) for w in why)):
                    _show(ns.data / "sets" / name, n, f, why)
            cuts.update(judged_cuts(ns.judged, name, documents))
            print(f"# {name} done", file=sys.stderr, flush=True)
    finally:
        linking._claim = _claim
    print("\n".join(table(counts)))
    print("\n".join(read_table(read)))
    if ns.judged:
        print("\n".join(cut_table(cuts)))


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
    return {"veto": "vetoed", "no unit": "no claim unit"}.get(kind, "grouping") == stage


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
