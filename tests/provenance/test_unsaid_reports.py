"""A report not made ("Police did not say whether the suspect was armed", "the sheriff declined to say whether…") is
kept and flagged, but its speaker is no source of the claim: not in the timeline, the relays or the speaker's
statements, and its "not" is no denial of what another source asserts (`UNSAID_REPORTS`: d1 the chief says it,
d2 the police did not say, d3 the sheriff declined to say)."""
from __future__ import annotations

import pytest

from viewer.analysis import store
from viewer.corpus.store import Corpus
from viewer.provenance.relays import claim_graph, corpus_graph
from viewer.provenance.timeline import timeline


@pytest.fixture(scope="module")
def corpus(unsaid_reports_file):
    with Corpus(unsaid_reports_file, create=False) as opened:
        yield opened


@pytest.fixture(scope="module")
def armed(corpus) -> int:
    """The claim that the suspect was armed, which all three reports carry."""
    (claim,) = [c.id for c in store.claims(corpus) if "armed" in c.label]
    assert len(store.claim(corpus, claim).documents()) == 3
    return claim


def test_the_reports_not_made_are_kept_and_flagged(corpus):
    assert [(a.document_id, a.shown_speaker, a.negation) for a in store.attributions(corpus)] == [
        (1, "Dana Morrow", None), (2, "Police", "negated"), (3, "Tom Hale", "withheld")]


def test_only_the_chief_is_a_source_of_the_claim_in_the_timeline(corpus, armed):
    speakers = {s.document_id: s.said().speakers for s in timeline(corpus, armed).sources}
    assert speakers == {1: ("Dana Morrow",), 2: (), 3: ()}


def test_the_relays_run_from_the_chief_alone(corpus, armed):
    assert sorted(n.label for n in claim_graph(corpus, [armed]).nodes.values()) == ["Dana Morrow", "d1"]
    assert "Police" not in {n.label for n in corpus_graph(corpus).nodes.values()}


def test_the_police_and_the_sheriff_are_speakers_with_no_statement(corpus):
    counts = {s.name: (s.statements, s.unsaid) for s in store.speakers(corpus)}
    assert counts == {"Dana Morrow": (1, 0), "Police": (0, 1), "Tom Hale": (0, 1)}


def test_a_report_not_made_is_no_denial_and_no_attributed_reading(corpus, armed):
    assert store.claim(corpus, armed).discrepancies == ()
    assert set(store.attributed_spans(corpus)) == {1}
    assert sorted(store.unsaid_spans(corpus)) == [2, 3]


def test_the_timeline_says_who_did_not_say_and_sees_no_attribution_dropped(corpus, armed):
    from viewer.provenance.rows import source_row

    sources = timeline(corpus, armed).sources
    rows = {s.document_id: source_row(s) for s in sources}
    assert {d: row[4] for d, row in rows.items()} == {
        1: "Dana Morrow", 2: "not stated: Police did not say", 3: "not stated: Tom Hale declined to say"}
    assert [c for s in sources for c in s.changes] == []  # "was attributed to Dana Morrow, now stated as fact": no
