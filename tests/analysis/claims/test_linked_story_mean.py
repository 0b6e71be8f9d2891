"""Linked stories merge by average linkage: a twin report sharing two claims with another story no longer makes the
two stories one, so the background line both run is cut; a story whose reports share claims throughout stays one."""
from __future__ import annotations

import itertools
import json
from collections import Counter

from viewer.analysis.claims.claim_stories import cut_by_linked_stories
from viewer.analysis.claims.fit_linked_stories import choose_average
from viewer.analysis.claims.verifier import WEIGHTS_FILE, StoryCut, fitted


def _corpus(stories: list[list[int]], extra: list[tuple[int, ...]], each: int = 3) -> tuple[list[list[int]], list[int]]:
    """Clusters (units numbered in turn, ``documents`` giving each one's): ``each`` claims shared by every pair of a
    story's reports, and one claim for each tuple of documents in ``extra``."""
    documents: list[int] = []
    clusters: list[list[int]] = []

    def claim(held) -> None:
        clusters.append(list(range(len(documents), len(documents) + len(held))))
        documents.extend(held)

    for story in stories:
        for pair in itertools.combinations(story, 2):
            for _ in range(each):
                claim(pair)
    for held in extra:
        claim(held)
    return clusters, documents


def _held(clusters: list[list[int]], documents: list[int]) -> list[set[int]]:
    return [{documents[k] for k in members} for members in clusters]


# Reports 0-4 tell one fire, 5-9 its twin a month later in the same town; a story's reports share three claims a
# pair. Report 4 shares its headline and its lead with report 5; a background line ("the mill closed in 2009") runs
# in reports 2, 3, 6 and 7. Across the two stories' 25 pairs that is 6 shared claims, 0.24 a pair.
ONE, TWIN = [0, 1, 2, 3, 4], [5, 6, 7, 8, 9]
BACKGROUND = (2, 3, 6, 7)


def test_one_twin_report_sharing_two_claims_no_longer_makes_both_fires_one_story():
    """One fire's reports falling into two halves linked by one pair alone (two wire services' versions) have this
    shape too, and would be parted the same way."""
    clusters, documents = _corpus([ONE, TWIN], [(4, 5), (4, 5), BACKGROUND])
    joined = cut_by_linked_stories(clusters, documents, strength=2, least=4)
    assert set(BACKGROUND) in _held(joined, documents)  # one pair sharing two claims joined the stories: nothing cut
    cut = cut_by_linked_stories(clusters, documents, strength=2, least=4, average=0.3)
    assert set(BACKGROUND) not in _held(cut, documents)
    assert {2, 3} in _held(cut, documents) and {6, 7} in _held(cut, documents)
    assert cut_by_linked_stories(clusters, documents, strength=2, least=4, average=0.2) == joined


def test_a_twin_pair_sharing_as_much_as_a_story_merges_before_the_stories_form_and_nothing_is_cut():
    """The limit of merging in order of shared claims: where the twin pair shares as many claims as a story's own
    pairs (its headline, its lead and the background line: three), it is weighed while the other story is still
    a pair or two, the mean of so few pairs passes, and the two stories end as one, as without the mean."""
    clusters, documents = _corpus([ONE, TWIN], [(4, 5), (4, 5), (3, 4, 5, 6)])
    assert (cut_by_linked_stories(clusters, documents, strength=2, least=4, average=0.3)
            == cut_by_linked_stories(clusters, documents, strength=2, least=4))


def test_a_story_whose_halves_share_claims_throughout_stays_one_and_keeps_its_lines():
    """Eight reports of one fire: each half shares two claims a pair; across the halves every pair shares one, the
    fire's main line (a mean of 1 claim a pair, above 0.3), so no line of theirs is cut."""
    halves = [[0, 1, 2, 3], [4, 5, 6, 7]]
    main_line = tuple(range(8))
    clusters, documents = _corpus(halves, [main_line, (2, 3, 4, 5)])
    assert cut_by_linked_stories(clusters, documents, strength=2, least=4, average=0.3) == clusters


def test_researcher_joined_reports_are_one_story_whatever_the_mean():
    clusters, documents = _corpus([ONE, TWIN], [(4, 5), (4, 5), BACKGROUND])
    cut = cut_by_linked_stories(clusters, documents, strength=2, least=4, joined=[(0, 9)], average=0.3)
    assert set(BACKGROUND) in _held(cut, documents)


def test_average_zero_is_the_cut_by_connected_documents():
    clusters, documents = _corpus([ONE, TWIN], [(4, 5), (4, 5), BACKGROUND])
    assert (cut_by_linked_stories(clusters, documents, strength=2, least=4, average=0.0)
            == cut_by_linked_stories(clusters, documents, strength=2, least=4))


def _counts(across: int, wrong: int, joined: int) -> Counter:
    return Counter(right=1000, wrong=wrong, across=across, links=2000, joined=joined, same_event_pairs=1000)


def test_the_fit_takes_the_average_cutting_most_across_events_without_losing_found_pairs():
    without = _counts(across=100, wrong=200, joined=500)
    curve = {0.1: _counts(100, 200, 500), 0.3: _counts(60, 160, 498), 0.4: _counts(60, 160, 498),
             0.5: _counts(40, 140, 490)}  # 0.5 loses ten found pairs of a thousand: more than 0.005
    assert choose_average(curve, without, found_loss=0.005) == 0.3
    assert choose_average({0.1: curve[0.1]}, without, found_loss=0.005) is None
    assert choose_average({0.5: curve[0.5]}, without, found_loss=0.01) == 0.5


def test_the_shipped_average_is_read_from_the_weights_file_with_how_it_was_chosen():
    chosen = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))["linked_story_mean"]
    assert fitted().story_cut.average == chosen["average"] > 0
    assert chosen["produced_by"].startswith("python -m viewer.analysis.claims.fit_linked_stories")
    links = chosen["choosing_links"]
    assert links["at_average"]["across_links"] < links["average_0"]["across_links"]
    assert isinstance(fitted().story_cut, StoryCut)
