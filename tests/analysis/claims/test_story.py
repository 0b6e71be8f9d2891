"""The story gate's signs on made-up reports, and the corpus shapes and sizes it is fitted and chosen on."""
from __future__ import annotations

import numpy as np

from viewer.analysis.claims.candidates import articles, stacked
import pytest

from viewer.analysis.claims.fit_shapes import FOLDS, MIN_SENTENCES, REPORTS_PER_EVENT, event_corpora, shaped_folds
from viewer.analysis.claims.linking import claim_units
from viewer.analysis.claims.verifier import STORY_FEATURES, fitted, story_features

QUAKE = "A magnitude 6.1 earthquake struck the valley on Sunday. It killed 47 people and injured 300 others."
SAME_QUAKE = "Rescuers said 47 people died when the 6.1 quake hit the valley. About 300 others were hurt."
TWIN_QUAKE = "A magnitude 4.4 earthquake struck the valley on Monday. It killed 3 people and injured 12 others."


def _articles(parsed, texts: list[str]):
    units = [u for k, text in enumerate(texts) for u in claim_units(parsed(text, document_id=k))]
    for u in units:  # the signs below do not read meaning; any unit vectors do
        u.vector = np.ones(4, dtype=np.float32) / 2
    return articles(units, np.stack([u.vector for u in units]))


def _shared_figures(a, b) -> float:
    return story_features(1.0, 1.0, a.names, b.names, set(), a.figures, b.figures)[STORY_FEATURES.index("shared_figures")]


def test_two_reports_of_one_toll_share_their_figures_and_a_twin_event_shares_none(parsed):
    """Two reports of one quake give the same toll and magnitude in other words; the region's
    other quake, told in the very same words, gives other figures."""
    quake, same, twin = _articles(parsed, [QUAKE, SAME_QUAKE, TWIN_QUAKE])
    assert {value for value, _thing in quake.figures} >= {47.0, 300.0}
    assert _shared_figures(quake, same) >= 0.5
    assert _shared_figures(quake, twin) == 0.0


def test_articles_without_counted_figures_share_none(parsed):
    a, b = _articles(parsed, ["The minister resigned on Friday.", "The minister stepped down after the vote."])
    assert a.figures == b.figures == frozenset()
    assert _shared_figures(a, b) == 0.0


def _made_up_set(topics: int, events_per_topic: int, reports: int) -> dict:
    """Documents of made-up topics and events: the k-th report of an event has k annotated
    sentences and k + 3 in all, so the fewest-sentence ones fall below MIN_SENTENCES."""
    documents, names = [], []
    for topic in range(topics):
        for event in range(events_per_topic):
            for k in range(reports):
                sentences = [{"annotated": n < k} for n in range(k + 3)]
                documents.append({"topic": topic, "event": f"{topic}-{event}", "sentences": sentences})
                names.append(f"{topic}_{event}_{k}.txt")
    return {"documents": documents, "names": names, "units": [], "chains": []}


@pytest.mark.parametrize("reports", REPORTS_PER_EVENT)
def test_every_topic_falls_in_one_fold_with_its_events_together_and_each_alone(reports):
    found = _made_up_set(topics=12, events_per_topic=2, reports=9)
    folds = shaped_folds(found, reports)
    assert len(folds) == FOLDS
    topics = [t for fold in folds for t in fold.several["topics"]]
    assert sorted(topics) == list(range(12))
    for fold in folds:
        events = {d["event"] for d in fold.several["documents"]}
        assert len(fold.single) == len(events) == 2 * len(fold.several["topics"])
        for corpus in fold.single:
            assert len({d["event"] for d in corpus["documents"]}) == 1
            assert len(corpus["documents"]) == reports


def test_each_event_keeps_its_most_annotated_reports_long_enough_to_read():
    found = _made_up_set(topics=5, events_per_topic=1, reports=9)
    five, three = (shaped_folds(found, reports)[0].single[0] for reports in (5, 3))
    assert all(len(d["sentences"]) >= MIN_SENTENCES for d in five["documents"])
    assert sorted(sum(s["annotated"] for s in d["sentences"]) for d in five["documents"]) == [4, 5, 6, 7, 8]
    assert sorted(sum(s["annotated"] for s in d["sentences"]) for d in three["documents"]) == [6, 7, 8]


def test_a_set_drawn_by_event_gives_corpora_of_several_events_and_each_event_alone():
    """GVA's and WCEP's sets carry no topics and keep every report: all of them, in both shapes."""
    documents = [{"event": f"incident{n // 3}", "sentences": []} for n in range(7 * 3)]
    found = {"documents": documents, "names": [f"{n}.txt" for n in range(21)], "units": [], "chains": []}
    corpora = event_corpora(found, events_per_corpus=3)
    several, single = corpora[:3], corpora[3:]
    assert [len({d["event"] for d in c["documents"]}) for c in several] == [3, 3, 1]
    assert sorted(n for c in several for n in c["names"]) == sorted(found["names"])
    assert [len(c["documents"]) for c in single] == [3] * 7
    assert all(len({d["event"] for d in c["documents"]}) == 1 for c in single)


DAYTON = ("Two people were shot outside a bar in Dayton on Friday night, police said. Both were taken to a hospital "
          "with wounds that are not life-threatening. No arrests have been made.")
TOLEDO = ("Two people were shot at a house party in Toledo early Sunday, police said. Both were taken to a hospital "
          "and are expected to survive. Police have not named a suspect.")


def test_two_shootings_sharing_only_two_people_stay_apart(parsed):
    """Two shootings in two towns, told alike: "two people" is counted by reports of different events all the
    time, and sharing it must not open the gate (the shared-figures sign compares value and noun alone)."""
    units = claim_units(parsed(DAYTON, document_id=1)) + claim_units(parsed(TOLEDO, document_id=2))
    a, b = articles(units, stacked(units))
    assert a.figures & b.figures == {(2.0, "people")}
    left, right = stacked([units[k] for k in a.units]), stacked([units[k] for k in b.units])
    best = float(np.max(left.astype(np.float32) @ right.astype(np.float32).T))
    row = story_features(float(a.centroid @ b.centroid), best, a.names, b.names, set(), a.figures, b.figures)
    assert fitted().story.probability(np.array([row]))[0] < fitted().story.threshold
