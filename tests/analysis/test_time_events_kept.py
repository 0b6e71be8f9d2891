"""A hand link relinks the whole corpus: the events of the mentions' times, which depend on their words alone,
are read once and kept for the next relink (0.29 s of a 1.4 s link on 60 BASIL articles, bench_hand_link)."""
from __future__ import annotations

from viewer.analysis import time_differences
from viewer.analysis.model import Mention


def _pair(a: str, b: str):
    return [Mention(1, 0, len(a), a)], [Mention(2, 0, len(b), b)]


def test_the_events_of_a_mention_are_parsed_once_across_relinks(monkeypatch):
    from viewer.analysis import nlp

    parsed = []
    english = nlp.english()
    pipe = english.pipe

    class Counting:
        def pipe(self, texts, **kwargs):
            texts = list(texts)
            parsed.extend(texts)
            return pipe(texts, **kwargs)

    monkeypatch.setattr(time_differences, "english", lambda: Counting())
    monkeypatch.setattr(time_differences, "_READ", {})
    pair = _pair("The shop was robbed at 10:15 p.m. on Monday.", "The shop was robbed at 10:45 p.m. on Monday.")
    first = time_differences.read_events([pair])
    assert sorted(parsed) == sorted(m.text for side in pair for m in side)
    parsed.clear()
    other = _pair("The shop was robbed at 10:15 p.m. on Monday.", "Police arrived at 11 p.m. on Monday.")
    again = time_differences.read_events([pair, other])
    assert parsed == ["Police arrived at 11 p.m. on Monday."], "only the new wording is parsed"
    assert {t: again[t] for t in first} == first
    assert time_differences.time_discrepancies(*pair, again) == time_differences.time_discrepancies(*pair, first)


def _every_event(pairs) -> dict[Mention, tuple[str, ...]]:
    """Every mention's events, each parsed: what `read_events` gave before it left out pairs whose times all meet."""
    from viewer.analysis.claims.timed_events import timed_events
    from viewer.analysis.claims.times import times_in
    from viewer.analysis.nlp import english

    mentions = sorted({m for pair in pairs for side in pair for m in side}, key=lambda m: (m.document, m.text))
    return {m: timed_events(doc, times_in(m.text)) for m, doc in zip(mentions, english().pipe(m.text for m in mentions))}


def test_mentions_whose_times_all_meet_are_not_parsed_and_differ_as_before(monkeypatch):
    from viewer.analysis import nlp

    parsed = []
    pipe = nlp.english().pipe

    class Counting:
        def pipe(self, texts, **kwargs):
            texts = list(texts)
            parsed.extend(texts)
            return pipe(texts, **kwargs)

    meeting = _pair("The shop was robbed at 10:15 p.m. on Monday.", "Police said the robbery happened around 10:15 p.m.")
    apart = [_pair("The shop was robbed at 10:15 p.m. Monday; police came at 11 p.m.", "It was robbed at 9 p.m. Monday."),
             _pair("He was shot Monday and died Tuesday.", "He died on Wednesday, police said Monday."),
             _pair("The shooting happened at 3:30 a.m. Sunday.", "Police said Sunday the shooting was at 3:30 a.m.")]
    every = _every_event([meeting, *apart])
    monkeypatch.setattr(time_differences, "english", lambda: Counting())
    monkeypatch.setattr(time_differences, "_READ", {})
    assert time_differences.read_events([meeting]) == {} and parsed == []
    events = time_differences.read_events([meeting, *apart])
    for pair in [meeting, *apart]:
        assert time_differences.time_discrepancies(*pair, events) == time_differences.time_discrepancies(*pair, every)
    assert any(time_differences.time_discrepancies(*pair, events) for pair in apart)


def test_mentions_whose_units_recorded_their_events_are_not_parsed(monkeypatch):
    """A relink reads the events each unit recorded at analysis (`timed_events.unit_events`) and loads no parser for
    them; a mention with no unit recorded, or one stored before units recorded events, is parsed alone."""
    from viewer.analysis.claims.features import UnitFeatures

    def no_parser():
        raise AssertionError("a recorded mention was parsed")

    monkeypatch.setattr(time_differences, "english", no_parser)
    monkeypatch.setattr(time_differences, "_READ", {})
    pair = _pair("The shop was robbed at 10:15 p.m. on Monday.", "The shop was robbed at 10:45 p.m. on Monday.")
    recorded = {(m.document, m.start, m.end): UnitFeatures(events=["rob", ""]) for side in pair for m in side}
    events = time_differences.read_events([pair], recorded)
    assert events == {m: ("rob", "") for side in pair for m in side}
    assert [d.explanation for d in time_differences.time_discrepancies(*pair, events)] == ["time: '10:15 p.m.' vs '10:45 p.m.'"]
    monkeypatch.undo()
    monkeypatch.setattr(time_differences, "_READ", {})
    stored_before = {place: UnitFeatures() for place in recorded}
    assert time_differences.read_events([pair], stored_before) == time_differences.read_events([pair])
