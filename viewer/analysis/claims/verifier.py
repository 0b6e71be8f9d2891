"""Whether two claim units state one claim: a logistic model over measured signs, fitted on data.

The signs are the embedding cosine, how much rare vocabulary the two share, whether a figure
agrees or conflicts, shared and unmatched names, a negation on one side only, swapped roles and
different predicates, and relative length. The weights and the threshold are not set by hand:
``fit_verifier`` fits them on public annotated pairs and writes ``verifier.json`` with how they
were produced (data, date, command, scores). A second, document-level model says whether two
articles report one story at all, so no pair of sentences can link two unrelated stories. A pair
the model accepts must also match word for word closely enough (`word_alignment`, `word_checked`):
a cut chosen on linked corpora, not a weight, so it can only take links away.
"""
from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Callable, Sequence, Set as AbstractSet
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from viewer.analysis.claims.acts import acts_opposed
from viewer.analysis.claims.attributes import attribute_beside_act
from viewer.analysis.claims.best_pairs import BestPair
from viewer.analysis.claims.care import death_beside_hurt
from viewer.analysis.claims.act_days import act_days_apart
from viewer.analysis.claims.dates import dates_conflict
from viewer.analysis.claims.failures import failed_beside_step
from viewer.analysis.claims.findings import finding_beside_death
from viewer.analysis.claims.features import CountedFigure, UnitFeatures
from viewer.analysis.claims.framing import framed_beside_stated
from viewer.analysis.claims.neighbourhoods import neighbourhoods_apart
from viewer.analysis.claims.newcomers import newcomer_beside_fewer
from viewer.analysis.claims.grammatical_number import one_against_several
from viewer.analysis.claims.hearings import hearing_beside_arrest
from viewer.analysis.claims.names_alone import name_alone_beside_act
from viewer.analysis.claims.identifications import identified_beside_killing
from viewer.analysis.claims.index import figure_relation
from viewer.analysis.claims.intentions import intended_beside_done
from viewer.analysis.claims.link_judge import LinkJudge, read_link_judge
from viewer.analysis.claims.measures import share_beside_sum
from viewer.analysis.claims.outcomes import outcomes_apart
from viewer.analysis.claims.patients import patients_apart
from viewer.analysis.claims.recalled import recalled_beside_incident
from viewer.analysis.claims.residences import residence_beside_other
from viewer.analysis.claims.rulings import ruling_beside_suit
from viewer.analysis.claims.shares import shares_apart
from viewer.analysis.claims.persons import ages_apart
from viewer.analysis.claims.pieces import PIECE_DIMENSION, AlignedPieces, WordPieces
from viewer.analysis.claims.publications import publication_beside_act
from viewer.analysis.claims.predicates import Roles, predicates_differ, roles_swapped
from viewer.analysis.claims.sums import sums_apart
from viewer.analysis.claims.stages import (death_beside_condition, depiction_beside_act, investigation_beside_shooting,
                                           stage_beside_shooting)
from viewer.analysis.claims.story_words import StoryWords
from viewer.analysis.claims.studies import method_beside_finding
from viewer.analysis.claims.judgements import verdict_beside_other
from viewer.analysis.claims.synonyms import meanings, shared_mass
from viewer.analysis.claims.verdicts import verdict_beside_charge
from viewer.analysis.claims.wound_tolls import wounds_beside_toll
from viewer.analysis.claims.wounds import wounds_apart
from viewer.analysis.distinct import distinct, distinct_counts

WEIGHTS_FILE = Path(__file__).with_name("verifier.json")
PAIR_FEATURES = (
    "bias", "cosine", "cosine_squared", "shared_terms", "same_figure", "compatible_figure", "figure_conflict",
    "shared_names", "unmatched_names", "negation_on_one_side", "roles_swapped", "predicates_differ", "length_ratio",
)
# What each pair sign can be: cosines of unit vectors (a hair past 1 from float32 rounding); every other
# sign a share or a flag, 0 to 1 (the term overlap stays below 1: shared mass over the smoothed masses).
PAIR_RANGES = {"bias": (1.0, 1.0), "cosine": (-1.001, 1.001), "cosine_squared": (0.0, 1.002)}
VETOED = -1.0  # the score of a pair that may never be one claim: a merge that would join it is refused
STORY_FEATURES = ("bias", "centroid_cosine", "best_unit_cosine", "shared_names", "shared_rare_names", "shared_figures")
_BACKGROUND = 50  # pseudo-units, so a term shared by the only two units seen is not "common"
_SMOOTHING = 4.0  # a few rare words' worth of mass, so that tiny units do not look alike by chance


class TermWeights:
    """Inverse document frequency of each term over the units being compared."""

    def __init__(self, features: Sequence[UnitFeatures]):
        df = Counter(t for f in features for t in set(f.terms))
        n = len(features)
        self._idf = {t: math.log((n + _BACKGROUND) / (c + 0.5)) for t, c in df.items()}
        self._default = math.log(n + _BACKGROUND)
        self._unit_masses: dict[tuple[str, ...], float] = {}

    def restricted(self, terms: set[str]) -> TermWeights:
        """The same weights for ``terms`` only: what a block of candidate pairs carries to a worker.
        Read term by term: walking the corpus's whole vocabulary for every block made this step grow
        with the square of the corpus (60 of 361 CPU s relinking 16,000 articles, 9 of 158 at 8,000)."""
        out = object.__new__(TermWeights)
        idf = self._idf
        out._idf = {t: idf[t] for t in terms if t in idf}
        out._default = self._default
        out._unit_masses = {}
        return out

    def __call__(self, term: str) -> float:
        return self._idf.get(term, self._default)

    def mass(self, terms: Sequence[str]) -> float:
        """The summed weight of the distinct terms. A set's order follows string hashing, which
        differs from one process to the next, so the sum is taken exactly (fsum): the same terms
        weigh the same to the last bit in every process and on every worker."""
        return self.distinct_mass(set(terms))

    def distinct_mass(self, terms: AbstractSet[str]) -> float:
        """`mass` of terms known to be distinct."""
        idf, default = self._idf, self._default
        return math.fsum([idf.get(t, default) for t in terms])

    def unit_mass(self, terms: Sequence[str]) -> float:
        """`mass` of one unit's terms, worked out once: a unit meets many others."""
        key = tuple(terms)
        if key not in self._unit_masses:
            self._unit_masses[key] = self.mass(terms)
        return self._unit_masses[key]


_NO_PIECES = AlignedPieces(np.zeros((0, PIECE_DIMENSION), dtype=np.float32), np.zeros(0))


class PieceWeights:
    """Inverse document frequency of each word piece over the units being compared, as
    `TermWeights` for terms: the alignment of two units is the mean of their pieces' best
    matches, and "the", "said" and a comma matched perfectly say little. A unit's pieces count
    once each, however often it repeats one. Smoothed with `TermWeights`' background units: in a
    corpus of two short reports a piece both units share would otherwise weigh nothing, and two
    units saying one thing in the same words would align as if they shared none. Kept by
    vocabulary id, in order, for the pieces of those units, which are the only ones it is asked
    about."""

    def __init__(self, pieces: Sequence[WordPieces | None]):
        self.ids, counts = distinct_counts(_distinct_ids(pieces, each=True))
        self.idf = np.log((len(pieces) + _BACKGROUND) / (counts + 0.5))

    def restricted(self, pieces: Sequence[WordPieces | None]) -> PieceWeights:
        """The same weights for these units' pieces only: what a block of candidate pairs carries."""
        out = object.__new__(PieceWeights)
        keep = np.isin(self.ids, _distinct_ids(pieces))
        out.ids, out.idf = self.ids[keep], self.idf[keep]
        return out

    def aligned(self, pieces: WordPieces | None) -> AlignedPieces:
        """The unit's pieces decoded (each int8 row back to unit length) with their weights."""
        if pieces is None or not pieces.count:
            return _NO_PIECES
        rows = pieces.rows.astype(np.float32)
        rows /= np.maximum(np.linalg.norm(rows, axis=1, keepdims=True), np.float32(1e-12))
        weights = self.idf[np.searchsorted(self.ids, pieces.ids)]
        return AlignedPieces(rows, weights / max(float(weights.sum()), 1e-9))


def _distinct_ids(pieces: Sequence[WordPieces | None], each: bool = False) -> np.ndarray:
    """The vocabulary ids of the units' pieces: every unit's distinct ones in a row (``each``), or
    all distinct."""
    found = [distinct(p.ids) if each else p.ids for p in pieces if p is not None]
    joined = np.concatenate(found) if found else np.zeros(0, dtype=np.uint16)
    return joined if each else distinct(joined)


def word_alignment(a: AlignedPieces, b: AlignedPieces) -> float:
    """How closely each unit's pieces find a match in the other (BERTScore's greedy matching):
    the weighted mean best cosine of a's pieces among b's and of b's among a's, and their
    harmonic mean. Both units must have pieces (`word_checked` does not check units without)."""
    similar = a.rows @ b.rows.T
    precision, recall = float(similar.max(axis=1) @ a.shares), float(similar.max(axis=0) @ b.shares)
    return 2 * precision * recall / (precision + recall) if precision + recall > 0 else 0.0


@dataclass(frozen=True)
class UnitSigns:
    """What the pair model reads of one unit, worked out once: a unit meets dozens of others, and
    rebuilding its sets for every pair was half the cost of verifying."""

    figures: list[CountedFigure]
    names: frozenset[str]
    mass: float  # the unit's term mass with the smoothing added
    length: int  # how many terms it has
    negated: bool
    roles: Roles
    meanings: frozenset[str] = frozenset()  # the synsets its terms are words for (`synonyms`)

    @classmethod
    def of(cls, features: UnitFeatures, weights: TermWeights) -> UnitSigns:
        return cls(features.figures, frozenset(features.names), weights.unit_mass(features.terms) + _SMOOTHING,
                   len(features.terms), bool(features.negations), Roles.of(features), meanings(features.terms))


def pair_features(a: UnitFeatures, b: UnitFeatures, cosine: float, weights: TermWeights) -> list[float]:
    """The signs of one claim, in the order of PAIR_FEATURES."""
    return signs_of_pair(UnitSigns.of(a, weights), UnitSigns.of(b, weights), cosine, weights)


def signs_of_pair(a: UnitSigns, b: UnitSigns, cosine: float, weights: TermWeights) -> list[float]:
    """`pair_features` from the two units' signs; a test holds them to the plain formulas."""
    roles_a, roles_b = a.roles, b.roles
    shared = shared_mass(roles_a.terms, roles_b.terms, a.meanings, b.meanings, weights.distinct_mass)
    overlap = shared / math.sqrt(a.mass * b.mass)
    figures = figure_relation(a.figures, b.figures) if a.figures and b.figures else ""
    names_a, names_b = a.names, b.names
    if names_a and names_b:
        shared_names = len(names_a & names_b) / max(1, min(len(names_a), len(names_b)))
        unmatched_names = len(names_a ^ names_b) / len(names_a | names_b)
    else:  # no name in common; every name unmatched, if there is one
        shared_names, unmatched_names = 0.0, 1.0 if names_a or names_b else 0.0
    swapped = roles_a.predicates and roles_b.predicates and roles_swapped(roles_a, roles_b)
    differ = roles_a.subjects and roles_b.subjects and predicates_differ(roles_a, roles_b)
    return [
        1.0, cosine, cosine * cosine, overlap,
        1.0 if figures == "same" else 0.0, 1.0 if figures == "compatible" else 0.0, 1.0 if figures == "conflict" else 0.0,
        shared_names, unmatched_names, 1.0 if a.negated != b.negated else 0.0, 1.0 if swapped else 0.0, 1.0 if differ else 0.0,
        min(a.length, b.length) / max(a.length, b.length, 1),
    ]


def pair_scores(model: LogisticModel, rows: np.ndarray, conflicts: Sequence[bool]) -> np.ndarray:
    """The pair model's probabilities, except that pairs whose two units count one thing
    differently (``conflicts``, from `counts_conflict`) score `VETOED`."""
    return np.where(np.asarray(conflicts, dtype=bool), VETOED, model.probability(rows))


def word_checked(scores: np.ndarray, model: Verifier, pieces: Callable[[int], tuple[AlignedPieces, AlignedPieces]]) -> np.ndarray:
    """The pair model's scores (`pair_scores`) with each pair it accepts scored 0, not one claim,
    where the two units' words match each other less closely than the model's cut
    (``model.alignment_cut``; ``pieces(k)``: the k-th pair's two units' pieces). The pair model
    weighs the sentence vectors and shared rare terms; two sentences of one story can agree on both
    and still state two things, which their words, matched one by one, tell apart. The
    alignment is worked out only for the pairs accepted, the few, and only where both units carry
    pieces: a unit stored before they were kept links as the pair model alone says."""
    cut = model.alignment_cut
    if cut is None:
        return scores
    checked = scores.copy()
    for k in np.flatnonzero(scores >= model.pair.threshold):
        a, b = pieces(int(k))
        if len(a.shares) and len(b.shares) and word_alignment(a, b) < cut:
            checked[k] = 0.0
    return checked


@dataclass(frozen=True)
class RecapCheck:
    """Which sentences are a report's lead and which lie deep in it, for `recap_checked`."""

    lead: int  # sentences 0..lead (a title line counts) are the lead
    deep: int  # sentences from this index on are deep in the report


@dataclass(frozen=True, order=True)
class StoryCut:
    """When claims make documents one linked story, for `claim_stories.cut_by_linked_stories`."""

    strength: int  # claims two documents share to be of one linked story
    least: int  # documents a linked story holds at the least; fewer are no story of their own
    average: float = 0.0  # claims two linked stories' documents share a pair on average to merge; 0 merges any


@dataclass(frozen=True)
class SupportedMerge:
    """When two groups the member means refused are one claim after all, for `average_link.supported_merges`."""

    mean: float  # the least average of the two groups' pairs of units of two documents
    share: float  # the least share of the document pairs the merge joins anew that another claim already joins


YearMonth = tuple[int, int]  # a report's year and month of publication


def recalled(lead: UnitFeatures, other: UnitFeatures, check: RecapCheck, published: YearMonth | None = None) -> bool:
    """Whether ``other`` recalls, deep in its report, what ``lead`` reports as news: ``lead`` lies in
    its report's lead and dates nothing by the calendar ("on Tuesday", "yesterday"), ``other`` lies
    deep in another report and dates what it states by year or month (`dates.stated_dates`), and
    that date is not when the lead's report came out (``published``, where known). The lead's news
    happened about when its report was published, so a sentence dating what it states to that year
    and month is most likely a later report of the same story telling it again with its date (a
    follow-up's "Tyshawn Lee, 9, was killed Nov. 2." of the first report's "killed Monday
    afternoon"), not an earlier happening recalled; an undated lead report leaves only the date."""
    return (lead.sentence <= check.lead and not (lead.years or lead.months)
            and other.sentence >= check.deep and bool(other.years or other.months)
            and (published is None or dates_conflict([published[0]], [published[1]], other.years, other.months)))


def dated_apart(dates_a: AbstractSet[tuple[int, int]], dates_b: AbstractSet[tuple[int, int]], lead: int | None) -> bool:
    """Whether two articles' leads (sentences 0..``lead``; ``dates_*``: (sentence, month) of each date
    their units state) both date what they report and share no month: the same town's warehouse fire
    of March and of October, told in the same words, are two stories, and no claim joins them. Only
    the lead counts: deeper down, reports of one story recall earlier happenings ("the last round of
    talks took place on March 29"), and the months of all dates told one event's reports apart too
    often (`fit_dated_stories`)."""
    if lead is None:
        return False
    months_a = {month for sentence, month in dates_a if sentence <= lead}
    months_b = {month for sentence, month in dates_b if sentence <= lead}
    return bool(months_a and months_b) and not months_a & months_b


def _undated(k: int) -> tuple[YearMonth | None, YearMonth | None]:
    return None, None


def recap_checked(scores: np.ndarray, model: Verifier, units: Callable[[int], tuple[UnitFeatures, UnitFeatures] | None],
                  published: Callable[[int], tuple[YearMonth | None, YearMonth | None]] = _undated) -> np.ndarray:
    """The scores with each pair the pair model accepts scored 0, not one claim, where one unit
    recalls deep in its report, with a date, what the other reports in its lead as news
    (`recalled`; ``units(k)``: the k-th pair's two units' features, None for two units of one
    document, which this does not judge; ``published(k)``: the year and month their two reports came
    out, None where undated). A report gives its news first, undated by the calendar
    (it happened "on Tuesday"), and recalls earlier happenings lower down with their dates: the
    twin event ("Jackson was arrested for DUI on Jan. 6", in the report of the next player's
    arrest), the first fight of a rematch ("In 2008, Klitschko stopped Thompson in the 11th round"),
    the earlier cable cut ("In January, undersea cables outside Alexandria were also damaged"). The
    words can match the news as closely as another report's lead does; the date and the place in the
    report are what tell the recall. Which sentences are lead and deep is chosen on linked corpora
    (``fit_recap_check``), not set by hand; like the word check it can only take links away."""
    check = model.recap_check
    if check is None:
        return scores
    checked = scores.copy()
    for k in np.flatnonzero(scores >= model.pair.threshold):
        found = units(int(k))
        if found is None:
            continue
        first, second = published(int(k))
        if recalled(found[0], found[1], check, first) or recalled(found[1], found[0], check, second):
            checked[k] = 0.0
    return checked


def counts_conflict(a: UnitFeatures, b: UnitFeatures) -> bool:
    """Whether the two units count one thing differently, however small the count ("14 people
    pulled out" against the next day's "40 people", a 6.1 quake against a 4.2 one): such a pair is
    never one claim, as two units of one document never are. A revised count is a thread of
    updates (``threads``). A hedge that allows the other figure ("more than 100" and 151) is no
    conflict, nor is a pair that also gives one figure the same (`figure_relation`). Two shares are
    compared whatever each is of (`shares.shares_apart`: "the CPI … rose 4.2%" and "the core CPI
    increased 3%", "5.9% this year" and "4.9% next year"): one share counted differently or shares of
    two measures, they are two claims; so are sums of money (`sums.sums_apart`: "about $26 billion in
    sales this year" and "$3.5 billion in revenue in the first three months"), and so are shares on one side
    beside sums on the other (`measures.share_beside_sum`: "the COLA … will be 5.9%" and "The COLA … amounts to $92 a
    month"). It is a rule, not a weight: public pair data holds too few such pairs to fit one that says so."""
    if not (a.figures and b.figures):
        return False
    relation = figure_relation(a.figures, b.figures, smallest=0)
    return relation == "conflict" or (not relation and (shares_apart(a.figures, b.figures)
                                                        or sums_apart(a.figures, b.figures)
                                                        or share_beside_sum(a.figures, b.figures)))


def never_one_claim(a: UnitFeatures, b: UnitFeatures) -> bool:
    """Whether the two units can never state one claim: they count one thing differently or give shares or sums of
    money none of which the other's allows, or shares beside sums (`counts_conflict`, `shares.shares_apart`,
    `sums.sums_apart`, `measures.share_beside_sum`), one states
    as one what the other states as several (`grammatical_number.one_against_several`), they date what they state
    differently (`dates.dates_conflict`) or their main acts to different days (`act_days.act_days_apart`: "On
    February 11, detectives identified five suspects", "On February 18, detectives obtained warrants for a sixth
    suspect"),
    they state opposite acts (`acts.acts_opposed`: checked into rehab, checked out of it) or they describe
    different people by age (`persons.ages_apart`: "a 20-year-old man was shot", "a 17-year-old boy was shot") or
    they count only different outcomes (`outcomes.outcomes_apart`: "two were killed", "three were wounded") or one
    identifies a person the other only says was killed or shot (`identifications.identified_beside_killing`) or tells
    a court or custody stage of a shooting the other only tells happened (`stages.stage_beside_shooting`) or
    investigates the shooting the other only tells happened (`stages.investigation_beside_shooting`) or rules on how
    the death came about where the other only tells it (`findings.finding_beside_death`: "… has been ruled
    accidental", "A teen girl has died after a shooting") or one ends a
    case the other tells only the start of (`verdicts.verdict_beside_charge`: "Man Found Guilty in Shooting Death of
    3-Year-Old Girl", "Police Arrest Man Accused in Shooting Death of 3-Year-Old Girl") or one tells a court hearing the
    other tells only the arrest before (`hearings.hearing_beside_arrest`: "A man accused of a double murder … appeared in
    court Tuesday", "Man arrested in connection with 2013 house party murders") or one says
    the victim died and the other tells the victim alive in a condition (`stages.death_beside_condition`) or someone
    hurt and no death (`care.death_beside_hurt`: "has died", "was critically injured") or one tells
    a photo, video or footage of the shooting the other only tells happened (`stages.depiction_beside_act`) or the
    publication of details, a statement or a call about it (`publications.publication_beside_act`: "Police have
    released new details about an officer-involved shooting", "an officer was injured in a shooting") or each tells
    one wounded person hit in no region of the body the other's was (`wounds.wounds_apart`: "shot in the buttocks",
    "shot in the back") or one tells an attribute of a thing of the shooting the other, telling the shooting, does not
    (`attributes.attribute_beside_act`: "Gun in accidental shooting of boy, 9, was legal", "Boy finds gun, shoots
    self") or they name different neighbourhoods (`neighbourhoods.neighbourhoods_apart`: a round-up's "a 15-year-old
    boy was shot in the Lawndale neighborhood" beside "… fatally shot … in the Park Manor neighborhood") or they tell
    one kind of act done to people they name with no name shared (`patients.patients_apart`: "Rucker is charged with
    assault", "Police charged Jackson and Strong with assault") or one tells a shooting it dates before its report or
    calls another and the other does not (`recalled.recalled_beside_incident`: "Last year, four men were wounded …") or
    one tells where someone lives and the other no residence (`residences.residence_beside_other`: "Luke lived at the
    house on Amesti Road with his father and uncle, both of whom were stabbed …", "Two men were stabbed inside this
    house …") or they share a person's name and nothing else, one telling an act and the other none
    (`names_alone.name_alone_beside_act`: "McKay Hutton and his baby daughter, Teagan, died in a murder-suicide …",
    "McDonald and McKay Hutton were married …") or one tells of one more person than the people the other counts
    (`newcomers.newcomer_beside_fewer`: "A fifth person … was later located at a local hospital", "The four victims
    were transported to local hospitals") or one tells where several people were hit and the other, telling no wound,
    that more were shot (`wound_tolls.wounds_beside_toll`: "One man was shot in the chest, one man was shot in the leg",
    "Three men and one woman were shot") or one tells an act as intended and the other the same act done
    (`intentions.intended_beside_done`: "DeSantis announced … that he intends to sign an executive order", "DeSantis …
    signed an executive order Friday") or the words they share lie in one's framing phrase and in the other's main
    clause (`framing.framed_beside_stated`: "Biden sees infrastructure compromise, despite Republican 'red line' on
    taxes", "Republicans draw 'red line' on increasing taxes …") or one tells a court or judge acting and the other
    only a suit, no court in it (`rulings.ruling_beside_suit`: "Judge dismisses FTC and state antitrust complaints
    against Facebook", "FTC files renewed antitrust complaint against Facebook") or one tells an act failed or refused and
    the other, denying nothing, another act done (`failures.failed_beside_step`: "Louisiana lawmakers fail to override
    veto on transgender sports ban", "Louisiana Senate backs transgender sports ban veto override") or one tells what a
    study did and the other, telling nothing a study did, something else (`studies.method_beside_finding`: "researchers
    … analyzed data to investigate risk of hospital admission", "Delta variant doubles risk of COVID hospitalisation -
    Scottish study") or one passes the outlet's own verdict and the other does not pass it
    (`judgements.verdict_beside_other`: "Texas' repugnant abortion law is pure Republican hypocrisy", "Supreme Court
    Gets It Right on Texas Abortion Law")."""
    return (counts_conflict(a, b) or one_against_several(a.one, b.several) or one_against_several(b.one, a.several)
            or dates_conflict(a.years, a.months, b.years, b.months) or act_days_apart(a, b) or acts_opposed(a, b)
            or ages_apart(a, b)
            or outcomes_apart(a.outcomes, b.outcomes) or identified_beside_killing(a, b)
            or stage_beside_shooting(a, b) or investigation_beside_shooting(a, b) or finding_beside_death(a, b)
            or verdict_beside_charge(a, b) or hearing_beside_arrest(a, b)
            or death_beside_condition(a, b)
            or death_beside_hurt(a, b) or depiction_beside_act(a, b) or publication_beside_act(a, b)
            or wounds_apart(a, b) or attribute_beside_act(a, b) or neighbourhoods_apart(a.neighbourhoods, b.neighbourhoods)
            or residence_beside_other(a, b) or name_alone_beside_act(a, b)
            or patients_apart(a.patients, b.patients) or recalled_beside_incident(a, b)
            or newcomer_beside_fewer(a, b) or wounds_beside_toll(a, b) or intended_beside_done(a, b)
            or framed_beside_stated(a, b) or ruling_beside_suit(a, b) or failed_beside_step(a, b)
            or method_beside_finding(a, b) or verdict_beside_other(a, b))


def story_features(centroid_cosine: float, best_unit_cosine: float, names_a: AbstractSet[str], names_b: AbstractSet[str],
                   rare: AbstractSet[str], figures_a: AbstractSet[tuple[float, str]] = frozenset(),
                   figures_b: AbstractSet[tuple[float, str]] = frozenset()) -> list[float]:
    """Signs that two articles report one story, in the order of STORY_FEATURES. Twin events (two
    quakes in one region, two patches of one browser) share vocabulary, meaning and often places;
    their counted figures (the toll, the magnitude, the number of flaws) seldom agree."""
    shared = names_a & names_b
    smaller = max(1, min(len(names_a), len(names_b)))
    figures = len(figures_a & figures_b) / max(1, min(len(figures_a), len(figures_b)))
    return [1.0, centroid_cosine, best_unit_cosine, len(shared) / smaller, len(shared & rare) / smaller, figures]


@dataclass(frozen=True)
class LogisticModel:
    names: tuple[str, ...]
    weights: np.ndarray
    threshold: float

    def probability(self, rows: np.ndarray) -> np.ndarray:
        return 1.0 / (1.0 + np.exp(-(np.asarray(rows, dtype=np.float64) @ self.weights)))

    def reaches_certainty(self, ranges: dict[str, tuple[float, float]]) -> bool:
        """Whether any signs within ``ranges`` (name: (lowest, highest); 0 to 1 where not named)
        give a probability that rounds to 1: the most favourable of them do so if any does."""
        corner = [ranges.get(name, (0.0, 1.0))[1 if weight > 0 else 0] for name, weight in zip(self.names, self.weights)]
        return bool(self.probability(np.array([corner]))[0] >= 1.0)

    @classmethod
    def from_json(cls, data: dict, expected: tuple[str, ...]) -> LogisticModel:
        names = tuple(data["features"])
        if names != expected:
            raise ValueError(f"{WEIGHTS_FILE.name} was fitted on features {names}, the code computes {expected}; refit it")
        return cls(names, np.array([data["weights"][n] for n in names], dtype=np.float64), float(data["threshold"]))


@dataclass(frozen=True)
class Verifier:
    pair: LogisticModel
    story: LogisticModel
    alignment_cut: float | None = None  # `word_checked`'s cut; None checks nothing
    story_average: float | None = None  # `stories.story_groups`' mean a merge needs; None groups nothing
    recap_check: RecapCheck | None = None  # `recap_checked`'s lead and deep sentences; None checks nothing
    story_cut: StoryCut | None = None  # `claim_stories`' linked stories; None cuts nothing
    restated: float | None = None  # `average_link.restates`' bar; None merges no group so
    dated_lead: int | None = None  # `dated_apart`'s lead sentences (0..dated_lead); None refuses nothing
    supported: SupportedMerge | None = None  # `average_link.supported_merges`' rule; None merges no group so
    story_words: StoryWords | None = None  # `story_words.story_checked`' rule; None checks nothing
    best_pair: BestPair | None = None  # `best_pairs`' bar and floor; None links no best pair
    link_judge: LinkJudge | None = None  # `link_judge`'s model and bar; None takes no unit out of a claim

    @property
    def lead(self) -> int | None:
        """A report's lead sentences (0..lead, the headline counted) as the recap check reads them; None without it."""
        return self.recap_check.lead if self.recap_check is not None else None


@lru_cache(maxsize=1)
def fitted() -> Verifier:
    """The fitted models shipped with the package (the link judge from its own file, `link_judge.JUDGE_FILE`)."""
    data = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
    check, groups, recap = data.get("word_check"), data.get("story_groups"), data.get("recap_check")
    linked, restating, dated = data.get("claim_stories"), data.get("restating_merges"), data.get("dated_stories")
    mean = data.get("linked_story_mean")
    supported, story, best = data.get("supported_merges"), data.get("story_words"), data.get("best_pair")
    return Verifier(LogisticModel.from_json(data["pair"], PAIR_FEATURES), LogisticModel.from_json(data["story"], STORY_FEATURES),
                    float(check["cut"]) if check else None, float(groups["average"]) if groups else None,
                    RecapCheck(int(recap["lead"]), int(recap["deep"])) if recap else None,
                    StoryCut(int(linked["strength"]), int(linked["least"]), float(mean["average"]) if mean else 0.0)
                    if linked else None,
                    float(restating["bar"]) if restating else None, int(dated["lead"]) if dated else None,
                    SupportedMerge(float(supported["mean"]), float(supported["share"])) if supported else None,
                    StoryWords(int(story["least"]), float(story["cut"])) if story else None,
                    BestPair(float(best["bar"]), float(best["floor"])) if best else None, read_link_judge())
