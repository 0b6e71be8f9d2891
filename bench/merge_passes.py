"""What the two merge passes after the grouping add (`average_link.restating_merges`, `average_link.supported_merges`),
by hand verdict, and which claims gave a supported merge its support.

    python bench/merge_passes.py record DATA OUT [--sets A,B,...]
    python bench/merge_passes.py count OUT

``record`` analyses each set (default: every dev set `bench/dev_sets.py` runs) by `bench/quality.py`'s
``set_links``, keeping its export in OUT, with the two passes wrapped so that each merge they make is written to
OUT/merges.jsonl: the merged parts' units as mentions and, for a supported merge, every group the pass started from.
The analysis is the shipped one (the wrappers only read). ``count`` reads them back under the readable judged files:
per pass, the links of the final export that join two parts of one merge, by verdict (W by class); per supported
merge, the claims that joined a document pair the merge joins anew (its support) and their own links between those
documents by verdict, and how many merges would fall under the pass's share without the claims holding a W link
there, or counting only document pairs two claims join. Kept because session 80's detail80 found a supported merge
leaning on a wrong claim and nobody had counted either pass by verdict (docs/linking.md, "session 81, merges81").
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import dev_sets  # noqa: E402
import quality  # noqa: E402

PASSES = ("restating", "supported")


def merged_parts(before: Sequence[Sequence[int]], after: Iterable[Sequence[int]]) -> list[list[list[int]]]:
    """Each group of ``after`` made of more than one part of ``before``, as those parts (a unit in no group of
    ``before`` is a part alone: a supported merge can take in a unit the grouping left single)."""
    place = {k: tuple(g) for g in before for k in g}
    out = []
    for group in after:
        parts = sorted({place.get(k, (k,)) for k in group})
        if len(parts) > 1:
            out.append([list(p) for p in parts])
    return out


def new_pairs(left: set[int], right: set[int]) -> list[tuple[int, int]]:
    """The document pairs a merge of groups in documents ``left`` and ``right`` joins anew, as
    `average_link._joined_enough` reads them: a document of one group only with one of the other only."""
    return [(a, b) for a in sorted(left - right) for b in sorted(right - left)]


def joined_share(pairs: Sequence[tuple[int, int]], held: dict[int, set[int]], dropped: set[int] = frozenset(),
                 least: int = 1) -> float:
    """The share of ``pairs`` that at least ``least`` groups join (``held``: each document's groups), leaving out the
    groups ``dropped``; 1 where there is no pair."""
    if not pairs:
        return 1.0
    return sum(len((held.get(a, set()) & held.get(b, set())) - dropped) >= least for a, b in pairs) / len(pairs)


def record(data: Path, out: Path, sets: list[str]) -> None:
    """Analyse ``sets`` as `quality.set_links` does, writing each merge the two passes make to OUT/merges.jsonl."""
    from viewer.analysis.claims import linking

    out.mkdir(parents=True, exist_ok=True)
    log, made, current = out / "merges.jsonl", [], [None]
    log.write_text("", encoding="utf-8")

    def wrapped(name, passing):
        def run(ranked, groups, *rest):
            after = passing(ranked, groups, *rest)
            made.append({"pass": name, "groups": [list(g) for g in groups], "merges": merged_parts(groups, after)})
            return after
        return run

    grouping = linking._grouped
    linking.restating_merges = wrapped("restating", linking.restating_merges)
    linking.supported_merges = wrapped("supported", linking.supported_merges)

    def grouped(units, scores, *rest):
        made.clear()
        clusters, mentions = grouping(units, scores, *rest)
        with log.open("a", encoding="utf-8") as f:
            for merge in made:
                f.write(json.dumps(_with_mentions(merge, current[0], mentions)) + "\n")
        return clusters, mentions

    linking._grouped = grouped
    judged = dev_sets.dev_files("links*.tsv")
    verdicts = quality.read_verdicts(judged + quality.rejudged_beside(judged))
    for name in sets:
        current[0] = name
        quality.set_links(data, name, 0, out, verdicts)


def _with_mentions(merge: dict, name: str | None, mentions: dict) -> dict:
    """A pass's record with every unit it names as its mention (document, start, end); a supported merge keeps the
    groups it started from (its support), a restating one only its merges."""
    if merge["pass"] == "restating":
        merge = {**merge, "groups": []}
    units = {k for m in merge["merges"] for p in m for k in p} | {k for g in merge["groups"] for k in g}
    return {"set": name, **merge,
            "mentions": {k: [mentions[k].document, mentions[k].start, mentions[k].end] for k in units if k in mentions}}


def count(out: Path) -> dict[str, Counter]:
    """Per pass, its merges' links by verdict ("W: class", "not kept" where the final export lost the link) and,
    for supported merges, their support (`_support`)."""
    judged = dev_sets.dev_files("links*.tsv")
    judged += quality.rejudged_beside(judged)
    verdicts, classes = quality.read_verdicts(judged), dev_sets.classes(judged)
    from viewer.analysis.claims.verifier import fitted

    share = fitted().supported.share
    found = {name: Counter() for name in (*PASSES, "support", "merges")}
    exports: dict[str, dict] = {}
    for line in (out / "merges.jsonl").open(encoding="utf-8"):
        merge = json.loads(line)
        if merge["set"] is None or not (out / f"{merge['set']}.json").exists():
            continue
        if merge["set"] not in exports:
            exports = {merge["set"]: json.loads((out / f"{merge['set']}.json").read_text(encoding="utf-8"))}
        read = _Reader(exports[merge["set"]], verdicts, classes, merge["mentions"])
        for parts in merge["merges"]:
            found["merges"][merge["pass"]] += 1
            links = Counter(read.verdict(x, y) for i, p in enumerate(parts) for q in parts[i + 1:]
                            for x in p for y in q if read.document(x) != read.document(y))
            found[merge["pass"]] += links
            if merge["pass"] == "supported":
                support = _support(parts, merge["groups"], read, share)
                found["support"] += support
                for rule in ("without W support", "counting pairs two claims join"):
                    if support[f"merges below the share {rule}"]:
                        found["support"].update({f"links of merges below the share {rule}: {v}": n
                                                 for v, n in links.items()})
    return found


class _Reader:
    """One set's final export read for a merge's units: their documents, and the verdict on two of them linked."""

    def __init__(self, export: dict, verdicts: dict, classes: dict, mentions: dict) -> None:
        self.names = {d["id"]: Path(d["source"]["path"]).name for d in export["documents"]}
        self.texts = {Path(d["source"]["path"]).name: d["text"] for d in export["documents"]}
        self.links = {frozenset(link) for link in quality._links(export)}
        self.verdicts, self.classes, self.mentions = verdicts, classes, mentions

    def document(self, k: int) -> int:
        return self.mentions[str(k)][0]

    def mention(self, k: int) -> tuple[str, int, int]:
        """The unit's mention by file name: the export names the corpus's document N "dN"."""
        document, start, end = self.mentions[str(k)]
        return self.names[f"d{document}"], start, end

    def verdict(self, x: int, y: int) -> str:
        a, b = sorted((self.mention(x), self.mention(y)))
        if frozenset((a, b)) not in self.links:
            return "not kept"
        verdict = quality.verdict_of(self.verdicts, (a[0], self.texts[a[0]][a[1]:a[2]], *a[1:]),
                                     (b[0], self.texts[b[0]][b[1]:b[2]], *b[1:]))
        return f"W: {self.classes.get(a + b, 'unclassed')}" if verdict == "W" else verdict or "unjudged"


def _support(parts: list[list[int]], groups: list[list[int]], read: _Reader, share: float) -> Counter:
    """One supported merge's support: its claims' links between the documents it joins anew, by verdict ("support
    R", "support W: class"…), and whether the merge leans on a claim with a W link there (below ``share``, the pass's,
    of the new pairs joined without such claims) or on one claim a pair (below ``share`` joined twice). A merge of
    three parts or more is read as its first part against the rest (the pass took them in one at a time)."""
    left, right = parts[0], [k for p in parts[1:] for k in p]
    pairs = new_pairs({read.document(k) for k in left}, {read.document(k) for k in right})
    held: dict[int, set[int]] = defaultdict(set)
    for number, group in enumerate(groups):
        for k in group:
            held[read.document(k)].add(number)
    found, wrong = Counter(), set()
    for number in set().union(*(held[a] & held[b] for a, b in pairs)) if pairs else ():
        group = groups[number]
        for i, x in enumerate(group):
            for y in group[i + 1:]:
                if tuple(sorted((read.document(x), read.document(y)))) in {tuple(sorted(p)) for p in pairs}:
                    verdict = read.verdict(x, y)
                    found[f"support {verdict}"] += 1
                    wrong |= {number} if verdict.startswith("W") else set()
    found["merges joining new pairs"] += bool(pairs)
    found["merges with a W in their support"] += bool(wrong)
    found["merges below the share without W support"] += joined_share(pairs, held, wrong) < share
    found["merges below the share counting pairs two claims join"] += joined_share(pairs, held, least=2) < share
    return found


def _printed(found: dict[str, Counter]) -> list[str]:
    lines = []
    for name in PASSES:
        links = found[name]
        short = Counter(v.split(":")[0] for v in links.elements())
        lines.append(f"{name}: {found['merges'][name]} merges, {sum(links.values())} unit pairs across parts: "
                     + ", ".join(f"{v} {n}" for v, n in short.most_common()))
        lines += [f"  {v} {n}" for v, n in links.most_common() if v.startswith("W")]
    lines.append("supported merges' support:")
    lines += [f"  {v} {n}" for v, n in sorted(found["support"].items())]
    return lines


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("record")
    run.add_argument("data", type=Path)
    run.add_argument("out", type=Path)
    run.add_argument("--sets", help="comma-separated set names (default: every dev set)")
    read = commands.add_parser("count")
    read.add_argument("out", type=Path)
    ns = parser.parse_args(argv)
    if ns.command == "record":
        sets = ns.sets.split(",") if ns.sets else list(dict.fromkeys(dev_sets.judged_sets() + dev_sets.PUBLIC))
        record(ns.data, ns.out, sets)
    else:
        print("\n".join(_printed(count(ns.out))))


if __name__ == "__main__":
    main()
