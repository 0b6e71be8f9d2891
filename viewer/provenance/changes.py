"""How a claim changed from one report to the next: its figure, its speaker, its relays.

Between two sources of one claim, figures are compared as the ranges their wording allows ("more
than 1,000" allows 1,026), so only a hedge changed when the ranges meet; between two updates of
a thread (not the same claim) their counts are compared as values ("1,026", then "959").
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from viewer.analysis.claims.features import CountedFigure
from viewer.analysis.same_count import counts, one_measure, same_thing

KINDS = {
    "figure-raised": "the figure went up",
    "figure-lowered": "the figure went down",
    "figure-restated": "the figure was worded differently (a hedge added, dropped or changed)",
    "attribution-dropped": "stated as fact: no longer attributed to anyone",
    "attribution-added": "attributed to a source where it had been stated as fact",
    "speaker-changed": "attributed to someone else",
    "relay-changed": "passed on through other agencies or platforms",
}


@dataclass(frozen=True)
class Said:
    """What one report gives: figures, who it is attributed to, through whom."""

    figures: tuple[CountedFigure, ...] = ()
    speakers: tuple[str, ...] = ()  # names, canonical where known
    relays: tuple[str, ...] = ()  # agency and platform names
    unsaid: tuple[str, ...] = ()  # reports not made holding the claim's words: "Police did not say"
    read_out: bool = False  # words of a statement read out (`timeline.Source.read_out`): someone's, maybe unnamed


@dataclass(frozen=True)
class Change:
    kind: str  # a key of KINDS
    explanation: str

    @property
    def wording(self) -> str:
        """"attribution added: now attributed to the navy": the kind in words, for people (the key stays in CSV and JSON)."""
        return f"{self.kind.replace('-', ' ')}: {self.explanation}"


def changes(before: Said, after: Said) -> list[Change]:
    """What changed from one source of a claim to the next, figure by counted thing (ranges that
    meet are one value, differently hedged), then attribution."""
    return _figures(before.figures, after.figures) + _attribution(before, after)


def update_changes(before: Said, after: Said) -> list[Change]:
    """What changed from one update of a measure to the next: each one's count (the first figure
    its passage gives that counts something, whatever word it uses; never a label, an age, a
    length of time setting the scene or a figure the passage corrects) by value where the two are in one unit (never a sum
    of money against a head count), then attribution."""
    old, new = _lead(counts(before.figures)), _lead(counts(after.figures))
    out = []
    if old is not None and new is not None and old.unit == new.unit:  # a sum of money and a head count are two measures
        what = f"“{old.text}” → “{new.text}”"
        moved = _moved(old, new)
        if moved > 0:
            out.append(Change("figure-raised", what))
        elif moved < 0:
            out.append(Change("figure-lowered", what))
        elif _wording(old) != _wording(new):
            out.append(Change("figure-restated", what))
    return out + _attribution(before, after)


def _moved(old: CountedFigure, new: CountedFigure) -> int:
    """1 where the count rose, -1 where it fell, 0 where neither: by value, or, for a figure that names
    none (a range, "20 to 30"; "dozens"), only where the values each allows part (read as 0, a range
    rose to any count)."""
    if old.value is not None and new.value is not None:
        return (new.value > old.value) - (new.value < old.value)
    return (new.low > old.high) - (new.high < old.low)


def _lead(figures: Sequence[CountedFigure]) -> CountedFigure | None:
    return next((f for f in figures if f.thing), figures[0] if figures else None)


def _headline(figures: Sequence[CountedFigure]) -> CountedFigure:
    """The most precise figure: what a report's count is taken to be."""
    return min(figures, key=lambda f: (f.high - f.low, f.start))


def _figures(before: Sequence[CountedFigure], after: Sequence[CountedFigure]) -> list[Change]:
    """Figures compared under the rule number discrepancies use (`analysis.same_count`): a road
    number, an age or a time of day is no count, and two reports' counts of different things
    never make a change of one."""
    out = []
    for old, new in _counted_alike(counts(before), counts(after)) or _corrected_alike(before, after):
        what = f"{old.thing or new.thing or 'figure'}: “{old.text}” → “{new.text}”"
        if old.low <= new.high and new.low <= old.high:
            if _wording(old) != _wording(new):
                out.append(Change("figure-restated", what))
        elif new.low > old.high:
            out.append(Change("figure-raised", what))
        else:
            out.append(Change("figure-lowered", what))
    return out


def _counted_alike(before: Sequence[CountedFigure], after: Sequence[CountedFigure]) -> list[tuple[CountedFigure, CountedFigure]]:
    """Each counted thing both give, as each side's most precise figure of it; else the only figure
    each side gives, when they are one measure."""
    pairs = []
    for new in after:
        alike = [f for f in before if same_thing(f, new)]
        if alike and not any(same_thing(new, n) for _, n in pairs):
            pairs.append((_headline(alike), _headline([f for f in after if same_thing(f, new)])))
    if not pairs and len(before) == len(after) == 1 and one_measure(before[0], after[0]):
        return [(before[0], after[0])]
    return pairs


def _corrected_alike(before: Sequence[CountedFigure], after: Sequence[CountedFigure]) -> list[tuple[CountedFigure, CountedFigure]]:
    """A figure one source corrects ("95, not 120 as first reported") and the other still gives ("120"): the
    figure replacing it against the other's, each the first such."""
    for old_side, new_side, backwards in ((before, after, False), (after, before, True)):
        for corrected in (f for f in counts(old_side, corrected=True) if f.corrected):
            stated = next((f for f in old_side if f.corrects == corrected.text), None)
            other = next((g for g in counts(new_side) if g.low <= corrected.high and corrected.low <= g.high), None)
            if stated is not None and other is not None:
                return [(other, stated)] if backwards else [(stated, other)]
    return []


def _wording(figure: CountedFigure) -> str:
    return " ".join(figure.text.lower().split())


def _attribution(before: Said, after: Said) -> list[Change]:
    if _only_unsaid(before) or _only_unsaid(after) or _unnamed_statement(before) or _unnamed_statement(after):
        return []  # "Police did not say whether…" neither states the claim as fact nor attributes it: nothing to compare
    if before.speakers and not after.speakers:
        return [Change("attribution-dropped", f"was attributed to {_names(before.speakers)}, now stated as fact")]
    if after.speakers and not before.speakers:
        return [Change("attribution-added", f"now attributed to {_names(after.speakers)}")]
    out = []
    if set(before.speakers) != set(after.speakers) and not set(before.speakers) & set(after.speakers):
        out.append(Change("speaker-changed", f"{_names(before.speakers)} → {_names(after.speakers)}"))
    if set(before.relays) != set(after.relays):
        out.append(Change("relay-changed", f"via {_names(before.relays) or 'no relay'} → via {_names(after.relays) or 'no relay'}"))
    return out


def _only_unsaid(said: Said) -> bool:
    return bool(said.unsaid) and not said.speakers


def _unnamed_statement(said: Said) -> bool:
    """A statement read out whose issuer the analysis did not read: someone's words, to no one known."""
    return said.read_out and not said.speakers


def _names(names: Sequence[str]) -> str:
    return ", ".join(names)
