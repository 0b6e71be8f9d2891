"""Claim units and what linking knows about each, as typed records, and the JSON they are stored as.

Features are computed once, when a document is analysed, and stored with the unit, so new
documents are linked to an analysed corpus, and its claims' sources compared, without parsing it
again. ``from_json`` reads every shape the analyser has stored: a key added after a corpus was
analysed reads as empty.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, fields

import numpy as np

from viewer.analysis.claims.ages import StatedAge
from viewer.analysis.claims.pieces import WordPieces
from viewer.analysis.claims.quantities import Figure
from viewer.corpus.spans import Span


@dataclass(frozen=True)
class CountedFigure(Figure):
    """A figure with what it counts, as a vocabulary key: its lemma ("1,026 servicemen" counts
    "serviceman", "959 soldiers" counts "soldier": two keys, as the vocabulary has no synonym classes)."""

    thing: str = ""  # "" when the sentence does not say
    counts: str = ""  # the lemma ``thing`` is the key of: discrepancies name it as the text words it
    noun: bool = False  # ``counts`` is the noun counted ("40 miles"), not a verb said of it ("100 were injured")
    # False for a number that names or picks: "Interstate 40", "Luyster, 35,", "one of the victims", a time of day; and
    # for "one" standing for a noun ("the one who shot him", "no one", "one another")
    count: bool = True
    each: bool = False  # "95 prisoners each": a count per side, so the total is twice it
    priced: str = ""  # for a sum of money no noun counts, the lemma of what it pays for ("paid $750,000 for the house"), `prices`
    term: bool = False  # a single length of time the clause states as its object ("sentenced to 20 years"), not its setting
    corrected: bool = False  # a figure the sentence itself corrects ("300" in "280, not 300"): an earlier report's, not stated
    corrects: str = ""  # on the figure that replaces one the sentence corrects ("280"), that figure's wording ("300")
    update: str = ""  # "revised"/"updated": gives anew the figure the sentence before gave
    # ("that number has since risen to 37")
    converts: bool = False  # in brackets after a figure, giving it in another unit: "(100 mph)" in "160 kph (100 mph)"

    def doubled(self) -> CountedFigure:
        """The total a per-side count gives."""
        value = 2 * self.value if self.value is not None else None
        return CountedFigure(**{**asdict(self), "value": value, "low": 2 * self.low, "high": 2 * self.high})


Predicate = tuple[str, str, str]  # (subject key, verb key, object key); "" where the clause has none


@dataclass
class UnitFeatures:
    """Content terms (those that only name the source or the setting also listed apart), proper
    names, figures with what they count, negations, who does what to whom, the acts its main verbs state."""

    terms: list[str] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    frame: list[str] = field(default_factory=list)  # the source reporting it: "the ministry said"
    setting: list[str] = field(default_factory=list)  # where and when: places, dates
    figures: list[CountedFigure] = field(default_factory=list)
    negations: list[str] = field(default_factory=list)
    predicates: list[Predicate] = field(default_factory=list)
    # The acts of its main verbs (`acts.stated_acts`): empty in units stored before, which no act keeps apart.
    acts: list[str] = field(default_factory=list)
    position: int = 0  # the unit's index in its document
    headline: bool = False  # a title-like line above the article's prose (claims.headlines)
    sentence: int = 0  # the index of its sentence
    # The years and months of the dates it states (`dates.stated_dates`): empty in units stored before.
    years: list[int] = field(default_factory=list)
    months: list[int] = field(default_factory=list)
    # The days of the month its main acts are dated to, month × 100 + day (`act_days.stated_act_days`: 211 for "On
    # February 11, detectives identified …"); empty in units stored before.
    act_days: list[int] = field(default_factory=list)
    # Named entities' spans in the document, as its own parse found them in context: what the
    # discrepancy stage compares names by. None in units stored before they were recorded.
    entities: list[tuple[int, int]] | None = None
    # The ages it gives people (`ages.ages_in`), offsets in the document; None in units stored before.
    ages: list[StatedAge] | None = None
    # The language of a unit cut from a passage in another language than its article's prose
    # (`foreign_units`: "ru", "uk"); None for the prose's own units, which linking reads.
    language: str | None = None
    # The things its clauses state as one ("a British climber") and as several ("climbers", "a man
    # and a woman"), `grammatical_number.subjects_by_number`: empty in units stored before.
    one: list[str] = field(default_factory=list)
    several: list[str] = field(default_factory=list)
    # The ages it gives people it does not name ("a 20-year-old man", `persons.unnamed_ages`), or, where it tells of
    # the person the unit before it described ("He was taken to…"), theirs (`persons.carried_ages`). Empty in units
    # stored before.
    unnamed_ages: list[int] = field(default_factory=list)
    # The content terms only its asides hold (`units.aside_terms`: relative clauses, clauses of time, cause or
    # manner), read in its sentence's parse; None in units stored before.
    asides: list[str] | None = None
    # What its counts say happened to the people counted, (kind, least, most) (`outcomes.stated_outcomes`: "two were
    # killed" is ("death", 2, 2)); empty in units stored before.
    outcomes: list[tuple[str, float, float]] = field(default_factory=list)
    # The streets its sentence gives in an address (`streets.stated_streets`: "exchange" of "the 8800 block of South
    # Exchange"), where a police report puts an incident; empty in units stored before.
    streets: list[str] = field(default_factory=list)
    # The times of day its sentence gives, minutes past midnight (`clock.clock_times`: "9:10 p.m." is 1270), which set
    # the clock section a round-up tells each shooting in (`clock.clock_sections`); empty in units stored before.
    clock: list[int] = field(default_factory=list)
    # The weekdays its sentence gives (`clock.stated_weekdays`: "5late" for "Saturday night"), which tell two
    # round-ups' nights apart where their times agree by chance (`clock.days_apart`); empty in units stored before.
    weekdays: list[str] = field(default_factory=list)
    # Whether it tells an identification (`identifications.states_identification`: its acts, a verbless headline's
    # "IDs", a released name); False in units stored before, which their acts are read for instead.
    identifies: bool = False
    # Its names that say where or which body, never whose (`identifications.place_names`: a place's or a body's
    # entity, the doer of an identification: "Danville" of "Danville police identify…"); empty in units stored before.
    places: list[str] = field(default_factory=list)
    # Its names the parse reads as a person's (`identifications.person_names`); empty in units stored before.
    persons: list[str] = field(default_factory=list)
    # Where each wounded person it tells was hit, by region of the body (`wounds.stated_wounds`: [["right hip"]] for
    # "he was struck in the right buttocks"); empty in units stored before.
    wounds: list[list[str]] = field(default_factory=list)
    # The attribute it tells of a thing of the shooting (`attributes.stated_attribute`: ["gun", "legal"] for "Gun in
    # accidental shooting of boy, 9, was legal"), the thing's key first; empty in units stored before.
    attribute: list[str] = field(default_factory=list)
    # The content terms an "after" clause or phrase of its main verbs holds (`stages.after_terms`: "charged [after a boy
    # shot himself]"), which tell a later stage told with the shooting; empty in units stored before.
    after: list[str] = field(default_factory=list)
    # The neighbourhoods its sentence names (`neighbourhoods.stated_neighbourhoods`: ["park manor"] for "… in the Park
    # Manor neighborhood"), which a round-up tells each shooting under; empty in units stored before.
    neighbourhoods: list[str] = field(default_factory=list)
    # The weekdays its sentence gives the shooting itself (`incident_days.shooting_days`: "6late" for "shot Sunday
    # night", none for "arraigned Thursday"), which in a report's lede give the day of its incident; empty in units
    # stored before.
    incident_days: list[str] = field(default_factory=list)
    # The acts its sentence dates to a weekday, any act that happens at a moment (`dated_acts.dated_acts`: "announce 1"
    # for "announced a new vaccination goal on Tuesday"), which in a report's lede give the day of its news; empty in
    # units stored before.
    dated_acts: list[str] = field(default_factory=list)
    # The people its main acts are done to, by name, with the kind of act (`patients.named_patients`: [["stage",
    # "jackson", "strong"]] for "Police charged Jackson and Strong with assault"); empty in units stored before.
    patients: list[list[str]] = field(default_factory=list)
    # Whether it dates one of its main acts, a shooting's own event, before its report's time
    # (`recalled.recalls_incident`: "Last year, four men were wounded …"), so tells another incident; False in units
    # stored before.
    recalled: bool = False
    # Whether it tells a wound as fatal by an adverb ("was fatally injured", "mortally wounded"), which the terms do not
    # keep (`care.fatal_wound`); False in units stored before.
    fatal: bool = False
    # Whether its sentence tells someone's reading in its own words (`reported_readings.reports_a_reading`: "Later,
    # police were able to determine that a teen boy had been shot"), which the discrepancy stage reads as naming its
    # source; False in units stored before.
    reading: bool = False
    # The rank of one more person its main acts are told of (`newcomers.newcomer_rank`: 4 for "A fourth suspect has been
    # arrested") and how many people they count (`newcomers.group_size`: 4 for "The four victims were transported"); 0
    # in units stored before.
    newcomer: int = 0
    group: int = 0
    # The acts it tells as intended, not done (`intentions.intended_acts`: "sign" for "DeSantis … intends to sign an
    # executive order"), and its main acts told done (`intentions.done_acts`: a past form or perfect; a bare present
    # after "present ", done only in a headline); empty in units stored before.
    intended: list[str] = field(default_factory=list)
    done: list[str] = field(default_factory=list)
    # Its content words as the link judge aligns them (`alignment.stored_words`: lemma, characters in the unit, flags;
    # `alignment.packed` in one string), read in the parse the analysis read it in, so a relink parses nothing; None in
    # units stored before, which the judge reads as holding no words (the analyser's version re-analyses them).
    aligned: str | None = None
    # The event each time it states is the time of (`timed_events.unit_events`, in `times.times_in`'s order: "shoot"
    # for "shot at 10:15 p.m."), read in the parse the analysis read it in, so comparing two sources' times parses
    # nothing; None in units stored before, whose mentions are parsed alone for them (`time_differences.read_events`).
    events: list[str] | None = None
    # The act each of its denials denies (`denied_acts.unit_denials`, in `denials.denials`' order, the acts joined by a
    # space: "lock" of "did not lock it") and the words an act may be said in (`denied_acts.packed_forms`: lemmas and
    # folded texts, sorted, in one string), read in the parse the analysis read it in, so a relink's polarity lines
    # parse nothing; None in units stored before, whose mentions are parsed alone for them (`polarity`).
    denied: list[str] | None = None
    word_forms: str | None = None
    # Where its content terms lie (`framing.term_places`): those with a word in its subject or a date, those only a
    # framing phrase holds ("red line" of "Biden sees infrastructure compromise, despite Republican 'red line' on
    # taxes") and those its main clause holds outside the subject; empty in units stored before.
    subject_terms: list[str] = field(default_factory=list)
    framed: list[str] = field(default_factory=list)
    stated: list[str] = field(default_factory=list)
    # Whether a court or judge does one of its main acts (`rulings.court_acting`: "Judge dismisses FTC … complaints",
    # "the court seemed inclined to rule …"), which tells a civil case's ruling; False in units stored before.
    court_acting: bool = False
    # The levels its trend verbs move a measure to (`trend_levels.trend_levels`: "claim 385000" for "Jobless Claims Drop
    # to 385,000"), which in a report's lede give the reading of its running figure; empty in units stored before.
    trend_levels: list[str] = field(default_factory=list)
    # The words of the verdict its copular main clause passes (`judgements.stated_verdict`: "hypocrisy" for "Texas'
    # repugnant abortion law is pure Republican hypocrisy"), an outlet's own claim; empty in units stored before.
    verdict: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        """`dataclasses.asdict`'s shape with the predicates as lists, built field by field: asdict
        deep-copies every list, and that was most of the CPU of writing a document's units."""
        data = {name: getattr(self, name) for name in _UNIT_FIELDS}
        data["figures"] = [{name: getattr(f, name) for name in _FIGURE_FIELDS} for f in self.figures]
        data["predicates"] = [list(p) for p in self.predicates]
        if self.entities is not None:
            data["entities"] = [list(e) for e in self.entities]
        if self.ages is not None:
            data["ages"] = [vars(a) for a in self.ages]
        if data["language"] is None:  # the prose's own units, nearly all of them: stored as before languages were
            del data["language"]
        return data

    @classmethod
    def from_json(cls, data: dict, words: dict[str, str] | None = None) -> UnitFeatures:
        """``words``: one string object for each wording, shared by the units read with it. A relink reads tens of
        thousands of units whose terms, names and figures repeat: at 5,000 generated articles 42 MB of their 207 MB
        were the same strings again."""
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        if words is not None:
            for name in _WORD_LISTS & values.keys():
                values[name] = [words.setdefault(w, w) for w in values[name]]
        values["figures"] = [_figure(f, words) for f in values.get("figures", [])]
        values["predicates"] = [tuple(p) if words is None else tuple(words.setdefault(w, w) for w in p)
                                for p in values.get("predicates", [])]
        if values.get("entities") is not None:
            values["entities"] = [tuple(e) for e in values["entities"]]
        if values.get("ages") is not None:
            values["ages"] = [StatedAge(**a) for a in values["ages"]]
        if words is not None and values.get("aligned") is not None:
            values["aligned"] = words.setdefault(values["aligned"], values["aligned"])
        return cls(**values)


# Each unit's features by its document and characters (a mention's `place`): what the discrepancy readers read of a
# mention instead of parsing it again.
Recorded = Mapping[tuple[int, int, int], UnitFeatures]


@dataclass
class ClaimUnit:
    """A sentence or clause that may state a claim, with its linking features, the unit vector of
    its meaning (the sentence embedding) and its word pieces (``pieces``)."""

    document: int
    span: Span
    features: UnitFeatures
    vector: np.ndarray | None = None
    pieces: WordPieces | None = None


_UNIT_FIELDS = tuple(f.name for f in fields(UnitFeatures))
_FIGURE_FIELDS = tuple(f.name for f in fields(CountedFigure))


_WORD_LISTS = {"terms", "names", "frame", "setting", "negations", "acts", "one", "several", "streets",
               "weekdays", "dated_acts", "places", "persons", "attribute", "after", "neighbourhoods", "intended", "done",
               "subject_terms", "framed", "stated", "trend_levels", "verdict"}  # lists of strings


def _figure(data: dict, words: dict[str, str] | None = None) -> CountedFigure:
    if words is None:
        return CountedFigure(**{k: v for k, v in data.items() if k in _FIGURE_FIELDS})
    return CountedFigure(**{k: words.setdefault(v, v) if isinstance(v, str) else v for k, v in data.items() if k in _FIGURE_FIELDS})
