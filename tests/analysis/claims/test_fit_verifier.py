"""The fitting script's own parts on small made-up data (the real fit reads public data sets)."""
from __future__ import annotations

import json
from collections import Counter

import numpy as np
import pytest

from viewer.analysis.claims.fit_verifier import (
    PAIR_GRID, STORY_GRID, _equal_shares, _kept, judged_grid, precision_recall, fit_logistic, main, precision_bounds, probability, within_bounds,
)
from viewer.analysis.claims.verifier import PAIR_FEATURES, STORY_FEATURES, WEIGHTS_FILE


def test_logistic_regression_finds_the_separating_direction():
    rng = np.random.default_rng(0)
    signal = rng.normal(size=400)
    x = np.column_stack([np.ones(400), signal, rng.normal(size=400)])  # bias, a sign, noise
    y = (signal + 0.3 * rng.normal(size=400) > 0.5).astype(int)
    w = fit_logistic(x, y)
    assert w[1] > 3 * abs(w[2])
    assert precision_recall(probability(x, w) >= 0.5, y)["f1"] > 0.85


def test_class_balance_keeps_a_rare_class_from_being_ignored():
    x = np.column_stack([np.ones(1000), np.r_[np.full(950, -1.0), np.full(50, 1.0)]])
    y = np.r_[np.zeros(950, dtype=int), np.ones(50, dtype=int)]
    assert (probability(x, fit_logistic(x, y))[950:] > 0.5).all()


def test_two_sets_of_different_sizes_weigh_the_same():
    weights = _equal_shares(4000, 500)
    assert np.isclose(weights[:4000].sum(), weights[4000:].sum())


def test_keeping_the_story_model_takes_the_shipped_one_and_says_so():
    shipped = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
    weights, note, grid = _kept("story", STORY_FEATURES)
    assert weights.tolist() == [shipped["story"]["weights"][n] for n in STORY_FEATURES]
    assert grid == [shipped["story"]["threshold"]]
    assert note.startswith(shipped["data"]["story"].split(" (kept from")[0]) and "kept from the weights file" in note


def test_keeping_both_weight_sets_chooses_both_thresholds_on_the_whole_grids():
    shipped = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
    pair, pair_note, pair_grid = _kept("pair", PAIR_FEATURES, rechoose=True)
    story, _note, story_grid = _kept("story", STORY_FEATURES, rechoose=True)
    assert pair.tolist() == [shipped["pair"]["weights"][n] for n in PAIR_FEATURES]
    assert story.tolist() == [shipped["story"]["weights"][n] for n in STORY_FEATURES]
    assert (pair_grid, story_grid) == (PAIR_GRID, STORY_GRID)
    assert pair_note.count("kept from the weights file") == 1


def test_the_pair_grid_is_fine_enough_to_move_between_the_old_points():
    assert PAIR_GRID[0] == 0.05 and PAIR_GRID[-1] == 0.95
    assert np.allclose(np.diff(PAIR_GRID), 0.05)


def test_the_judged_pairs_bound_keeps_the_thresholds_at_which_the_pair_model_is_precise_enough():
    # one sign, the bias's column and a score: three pairs one claim (scores 2, 1, -1), two not (0.5, -2)
    x = np.array([[1.0, 2.0], [1.0, 1.0], [1.0, -1.0], [1.0, 0.5], [1.0, -2.0]])
    y = np.array([1, 1, 1, 0, 0])
    weights = np.array([0.0, 1.0])  # probabilities .88, .73, .27, .62, .12
    assert judged_grid([0.1, 0.2, 0.5, 0.7, 0.9], (x, y), weights, 0.75) == [0.2, 0.7]
    with pytest.raises(SystemExit):
        judged_grid([0.1, 0.5], (x, y), weights, 0.9)


def test_a_size_of_corpus_can_have_its_own_precision_bound():
    assert precision_bounds(0.9, []) == {5: 0.9, 3: 0.9}
    assert precision_bounds(0.9, [(3, 0.825)]) == {5: 0.9, 3: 0.825}


def _linked(right: int, wrong: int, across: int, links: int) -> Counter:
    return Counter(right=right, wrong=wrong, across=across, links=links, joined=1, same_event_pairs=2)


@pytest.mark.parametrize(("five", "three", "allowed"), [
    ((90, 10, 1, 100), (83, 17, 2, 100), True),   # .90 and .83, across .01 and .02
    ((89, 11, 1, 100), (95, 5, 0, 100), False),   # five reports an event below its .90
    ((95, 5, 0, 100), (82, 18, 0, 100), False),   # three below its .825
    ((95, 5, 3, 100), (90, 10, 0, 100), False),   # too many links across events
])
def test_every_size_of_several_events_must_reach_its_own_bound(five, three, allowed):
    counts = {(5, "several_events"): _linked(*five), (3, "several_events"): _linked(*three),
              (3, "one_event"): _linked(0, 10, 0, 10)}  # one event alone is not bounded
    assert within_bounds(counts, {5: 0.9, 3: 0.825}, across=0.02) is allowed


@pytest.mark.parametrize("argv", [
    ["--keep-weights", "--keep-pair"],
    ["--keep-pair", "--keep-story"],
    ["--precision-at", "4=0.9"],
    ["--precision-at", "three"],
    ["--keep-story", "--story-set", "gvafit"],
])
def test_contradictory_or_unusable_options_stop_before_any_data_is_read(argv, tmp_path, capsys):
    with pytest.raises(SystemExit) as stopped:
        main([str(tmp_path), *argv])
    assert stopped.value.code == 2 and "error" in capsys.readouterr().err


def _sized(five: tuple[int, int, int], three: tuple[int, int, int]) -> dict:
    """Made-up pooled counts: (right, wrong, same-event article pairs joined) at each size."""
    return {(reports, "several_events"): Counter(right=r, wrong=w, across=0, links=r + w, joined=j, same_event_pairs=100)
            for reports, (r, w, j) in ((5, five), (3, three))}


def test_the_word_check_cut_joins_the_most_within_bounds_and_the_strictest_of_a_tie():
    from viewer.analysis.claims.fit_word_check import choose_cut

    curve = {0.6: _sized((85, 15, 60), (85, 15, 70)),   # joins most, below .90 at five reports
             0.7: _sized((90, 10, 55), (83, 17, 60)),   # allowed
             0.72: _sized((92, 8, 54), (84, 16, 60)),   # allowed, one article pair fewer: a tie, stricter
             0.8: _sized((95, 5, 40), (90, 10, 50))}    # allowed, joins fewer
    assert choose_cut(curve, {5: 0.9, 3: 0.825}, 0.02) == 0.72
    with pytest.raises(SystemExit):
        choose_cut({0.6: curve[0.6]}, {5: 0.9, 3: 0.825}, 0.02)


def test_without_the_dev_hand_gold_or_judged_pairs_the_pair_model_can_only_be_kept(tmp_path, capsys):
    """The hand claim gold of the dev topics or judged pairs are what the pair model is fitted on; DATA without
    either (the gold was lost once) stops with the file named before anything is parsed."""
    with pytest.raises(SystemExit) as stopped:
        main([str(tmp_path)])
    err = capsys.readouterr().err
    assert stopped.value.code == 2 and "dev_gold.json" in err and "--keep-pair" in err


def test_gold_that_names_no_dev_article_stops_the_fit_rather_than_judging_nothing():
    """Another set's gold (the sample corpus's names "000", "001") in the dev gold's place would
    judge no link and read as claim precision 0."""
    from viewer.analysis.claims.fit_verifier import claim_precision_on

    dev = {"names": ["3_1ecb.txt", "3_2ecb.txt"], "documents": [{"topic": 3}, {"topic": 3}]}
    sample = {"claims": {"surrender": [["000", "1,026 servicemen surrendered"], ["001", "more than 1,000 soldiers surrendered"]]},
              "maybe": []}
    assert claim_precision_on(dev, None) is None
    with pytest.raises(SystemExit, match="names no article of ECB\\+ dev"):
        claim_precision_on(dev, sample)


def test_gold_links_count_cross_article_links_right_and_wrong_and_leave_maybes_and_same_article_pairs_out():
    """Claim precision on the dev gold is read from these counts; a topic's figure rests on few links, so they are
    printed beside it (bench/pair_refit_topics.py)."""
    from types import SimpleNamespace

    from viewer.analysis.claims.fit_verifier import gold_links, precision_of

    units = [SimpleNamespace(document=d, span=SimpleNamespace(start=s)) for d, s in [(0, 0), (1, 0), (2, 0), (0, 50), (1, 50)]]
    mention = [SimpleNamespace(document=u.document, start=u.span.start) for u in units]
    claim_of = {0: {"verdict"}, 1: {"verdict"}, 2: set(), 3: set(), 4: set()}
    maybe_of = {0: set(), 1: set(), 2: set(), 3: {7}, 4: {7}}
    claims = [SimpleNamespace(mentions=[mention[0], mention[1], mention[2]]),  # right 0-1; wrong 0-2 and 1-2
              SimpleNamespace(mentions=[mention[3], mention[4], mention[0]])]  # a maybe; 0 and 3 share an article; 4-0 wrong
    links = gold_links(claims, {"units": units}, (claim_of, maybe_of))
    assert links == {"right": 1, "wrong": 3}
    assert precision_of(links) == 0.25


def test_an_msrp_line_of_another_shape_is_left_out_and_named(tmp_path, capsys):
    """A public copy of MSRP train runs two pairs together on one line; the fit reads the others."""
    from viewer.analysis.claims.fit_verifier import msrp_rows

    path = tmp_path / "msr_paraphrase_train.txt"
    path.write_text("\ufeffQuality\t#1 ID\t#2 ID\t#1 String\t#2 String\n"
                    "1\t1\t2\tThe rovers landed.\tThe two rovers touched down.\n"
                    "0\t3\t4\tThe bond rose.\tThe bond grew 1/32.0\t5\t6\tThe rovers act as geologists.\tThey move on six wheels.\n"
                    "0\t7\t8\tShares fell.\tThe company hired a chief.\n", encoding="utf-8")
    assert msrp_rows(path) == [["1", "1", "2", "The rovers landed.", "The two rovers touched down."],
                               ["0", "7", "8", "Shares fell.", "The company hired a chief."]]
    assert "line(s) 3 " in capsys.readouterr().err


def test_a_cached_msrp_split_with_a_line_of_another_shape_is_read_without_it(tmp_path, monkeypatch, capsys):
    """A cache written before lines were checked holds the run-together line; the fit leaves it out there too."""
    from viewer.analysis.claims import fit_verifier
    from viewer.analysis.claims.features import UnitFeatures

    good = ["1", "1", "2", "The rovers landed.", "The two rovers touched down."]
    features = {s: UnitFeatures(terms=s.lower().strip(".").split()) for s in good[3:]}
    vectors = {s: np.eye(3, dtype=np.float32)[k] for k, s in enumerate(good[3:])}
    stored = ([good, ["0", "3", "4", "The bond rose.", "The bond grew.0", "5"]], features, vectors)
    monkeypatch.setattr(fit_verifier, "cached", lambda folder, name, load: stored)
    x, y = fit_verifier.msrp_pairs(tmp_path, "train")
    assert x.shape == (1, len(fit_verifier.PAIR_FEATURES)) and y.tolist() == [1]
    assert "line(s) 3 " in capsys.readouterr().err
