"""Choose when two claims the member check refused merge on other claims' support (`average_link.supported`) and
write the rule into verifier.json.

    python -m viewer.analysis.claims.fit_supported DATA [--out FILE]

The models, thresholds and later checks are kept as the weights file has them. ECB+ train (DATA as for
``fit_verifier``, its cache shared; the held-out set is never read) is linked as one corpus without the rule and at
each setting of the grid (the least mean of the two groups' unit pairs × the least share of the new document pairs
that other claims already join), and its links are judged by the action chains (`fit_verifier.link_counts`). A
setting is allowed when the links' judged precision does not fall and the share of links across events does not
grow; of those, the one joining the most same-event article pairs (then the most right links). None is written when
none joins more. The candidate search and verifying do not depend on the rule, so they run once (`_Replay`).
"""
from __future__ import annotations

import datetime
import itertools
from collections import Counter
from dataclasses import replace

from viewer.analysis.claims.fit_claim_stories import write_section
from viewer.analysis.claims.fit_restating import train_arguments, train_counts
from viewer.analysis.claims.fit_verifier import ecb_set, link_rates
from viewer.analysis.claims.verifier import SupportedMerge, fitted

MEANS = (0.55, 0.6, 0.65, 0.7)  # below the pair threshold (0.7), which the member check asks of every member
SHARES = (0.34, 0.5, 0.67)
PRODUCED_BY = "python -m viewer.analysis.claims.fit_supported DATA"


class _Replay:
    """A mapper (`linking.link_claims`' ``spread``) that runs each call once and gives the same results to the
    same call of later links of the same units: the n-th call of a function is the same work in every link."""

    def __init__(self) -> None:
        self.results: dict[tuple[str, int], list] = {}
        self.calls: Counter = Counter()

    def __call__(self, function, items):
        key = (function.__qualname__, self.calls[function.__qualname__])
        self.calls[function.__qualname__] += 1
        if key not in self.results:
            self.results[key] = list(map(function, items))
        return iter(self.results[key])

    def next_link(self) -> None:
        self.calls.clear()


def main(argv: list[str] | None = None) -> None:
    ns = train_arguments(__doc__, argv)
    found = ecb_set(ns.data, "train")
    shipped, replay = replace(fitted(), supported=None), _Replay()
    without = _counts(found, shipped, replay, "without")
    curve = {rule: _counts(found, replace(shipped, supported=rule), replay, rule)
             for rule in (SupportedMerge(m, s) for m, s in itertools.product(MEANS, SHARES))}
    chosen = choose_rule(curve, without)
    section = None if chosen is None else {
        "mean": chosen.mean, "share": chosen.share, "produced_by": PRODUCED_BY,
        "date": datetime.date.today().isoformat(),
        "data": (f"chosen on the grid mean {MEANS} x share {SHARES} by linking ECB+ train ({len(found['names'])} "
                 "articles) as one corpus with the models, thresholds and checks of this file: the setting joining the "
                 "most same-event article pairs, with judged link precision (ECB+ action chains) not lower and the "
                 "share of links across events not higher than without the rule"),
        "choosing_links": {"without": _record(without), "at_rule": _record(curve[chosen])},
    }
    write_section(ns.out, "supported_merges", section)


def _record(counts: Counter) -> dict:
    return {**link_rates(counts), "right": counts["right"], "wrong": counts["wrong"], "joined": counts["joined"]}


def _counts(found: dict, model, replay: _Replay, label: object) -> Counter:
    replay.next_link()
    return train_counts(found, model, label, replay)


def choose_rule(curve: dict[SupportedMerge, Counter], without: Counter) -> SupportedMerge | None:
    """The allowed rule (see the module's docstring) joining the most article pairs, then the most right links;
    None when none joins more than ``without``."""
    allowed = [rule for rule, counts in curve.items()
               if _within(counts, without) and counts["joined"] > without["joined"]]
    return max(allowed, key=lambda rule: (curve[rule]["joined"], curve[rule]["right"], rule.share, rule.mean),
               default=None)


def _within(counts: Counter, without: Counter) -> bool:
    """Judged precision not lower and the share of links across events not higher, compared as counts."""
    judged, judged_without = counts["right"] + counts["wrong"], without["right"] + without["wrong"]
    return (counts["right"] * judged_without >= without["right"] * judged
            and counts["across"] * without["links"] <= without["across"] * counts["links"])


if __name__ == "__main__":
    main()
