"""Candidate pair signs for two statements of one story, measured out of topic by `bench/pair_refit_topics.py --sign`.

Not shipped: the later checks in verifier.json and the link judge were fitted on the shipped pair model's output,
so a new sign in `verifier.PAIR_FEATURES` needs them all refitted. Until then a sign lives here, and ``signs_added``
appends it to every row the pair model is fitted and scored on, in this process only.

Each sign reads only what a unit already stores (`UnitFeatures`) and lies between 0 and 1, as the shipped flags and
shares do (`verifier.PAIR_RANGES` bounds only the cosines). The two kept raised held-out AP on most ECB+ dev topics
in session 73; four others measured then (docs/linking.md) did not and were dropped.
"""
import contextlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from viewer.analysis.claims import blocks, fit_verifier, judged_pairs, linking
from viewer.analysis.claims.features import UnitFeatures
from viewer.analysis.claims.predicates import Roles, no_shared_act
from viewer.analysis.claims.synonyms import meanings
from viewer.analysis.claims.verifier import TermWeights, UnitSigns

Sign = Callable[[UnitFeatures, UnitFeatures, TermWeights], float]


def no_act_in_common(a: UnitFeatures, b: UnitFeatures, _weights: TermWeights) -> float:
    """1 where both units state an act and neither's act is among the other's words or their synonyms
    (`predicates.no_shared_act`): tried in session 49 as a fixed weight and after grouping, never fitted
    with the other signs out of topic."""
    return 1.0 if no_shared_act(Roles.of(a), Roles.of(b)) else 0.0


def acts_unmatched(a: UnitFeatures, b: UnitFeatures, _weights: TermWeights) -> float:
    """The share of the two units' acts (`Roles.acts`) that no word of the other states, itself or by a synonym: 0
    to 1 where `no_act_in_common` is 0 or 1, so a unit of three acts sharing one with the other is read apart from one
    sharing all three."""
    roles_a, roles_b = Roles.of(a), Roles.of(b)
    if not (roles_a.acts and roles_b.acts):
        return 0.0
    lacking = _unmatched_acts(roles_a, roles_b) + _unmatched_acts(roles_b, roles_a)
    return lacking / (len(roles_a.acts) + len(roles_b.acts))


def _unmatched_acts(one: Roles, other: Roles) -> int:
    """How many of ``one``'s acts are none of ``other``'s words or their synonyms."""
    theirs, their_meanings = other.acts | other.terms, meanings(other.acts | other.terms)
    return sum(1 for act in one.acts if act not in theirs and not meanings([act]) & their_meanings)


SIGNS: dict[str, Sign] = {"no_act_in_common": no_act_in_common, "acts_unmatched": acts_unmatched}


@dataclass(frozen=True)
class FeaturedSigns(UnitSigns):
    """`verifier.UnitSigns` keeping the unit's features, which the linker's blocks otherwise drop before the signs.
    (No postponed annotations in this file: a test loads it by path, outside `sys.modules`, where `dataclass` cannot
    resolve them.)"""

    features: UnitFeatures | None = None

    @classmethod
    def of(cls, features: UnitFeatures, weights: TermWeights) -> "FeaturedSigns":
        return cls(**vars(UnitSigns.of(features, weights)), features=features)


@contextlib.contextmanager
def signs_added(names: Sequence[str]) -> Iterator[None]:
    """The named signs appended to every pair row, for the block's length: to `verifier.pair_features` where the fit
    builds its rows (MSRP, the dev gold, judged pairs) and to `verifier.signs_of_pair` where the linker's blocks build
    theirs (`blocks.verify_block`, from `FeaturedSigns`)."""
    if not names:
        yield
        return
    signs = [SIGNS[n] for n in names]
    shipped = {"pair_features": fit_verifier.pair_features, "signs_of_pair": blocks.signs_of_pair,
               "UnitSigns": blocks.UnitSigns}

    def features_added(a: UnitFeatures, b: UnitFeatures, cosine: float, weights: TermWeights) -> list[float]:
        return shipped["pair_features"](a, b, cosine, weights) + [sign(a, b, weights) for sign in signs]

    def signs_added_to(a: FeaturedSigns, b: FeaturedSigns, cosine: float, weights: TermWeights) -> list[float]:
        return shipped["signs_of_pair"](a, b, cosine, weights) + [sign(a.features, b.features, weights) for sign in signs]

    patched = [(module, "pair_features", features_added) for module in (fit_verifier, judged_pairs, linking)]
    patched += [(blocks, "signs_of_pair", signs_added_to), (blocks, "UnitSigns", FeaturedSigns)]
    for module, name, replacement in patched:
        setattr(module, name, replacement)
    try:
        yield
    finally:
        for module, name, _replacement in patched:
            setattr(module, name, shipped[name])
