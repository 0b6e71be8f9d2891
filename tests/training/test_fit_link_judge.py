"""The link judge's fit: reading hand verdicts of a draw's links, judging which links a bar keeps, choosing the bar."""
from collections import Counter

from training.fit_link_judge import GRID, choose_bar, kept_links, read_verdicts, verdict_of


def test_verdicts_are_read_by_the_mentions_texts_either_way_round_for_the_named_set_only(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("Police said two men were shot. The mayor spoke.", encoding="utf-8")
    (docs / "b.txt").write_text("Two men were shot on Sunday.", encoding="utf-8")
    judged = tmp_path / "links.tsv"
    judged.write_text("set\tfile_a\tstart_a\tend_a\tfile_b\tstart_b\tend_b\tverdict\n"
                      "draw\ta.txt\t0\t30\tb.txt\t0\t28\tP\n"
                      "other\ta.txt\t31\t47\tb.txt\t0\t28\tW\n", encoding="utf-8")
    verdicts = read_verdicts(judged, "draw", docs)
    assert verdicts[("b.txt", "Two men were shot on Sunday.", "a.txt", "Police said two men were shot.")] == "P"
    assert len(verdicts) == 2
    assert [verdict_of(v) for v in ("R", "P", "W", "U", None)] == [1, 1, 0, None, None]


def _row(claim, units, pair, y=None):
    return {"claim": claim, "units": units, "reports": ["a", "b"], "x": [pair] + [0] * 12, "y": y}


def test_a_unit_whose_every_link_scores_under_the_bar_is_taken_out_with_its_links():
    """Claim 0: units 1 and 2 agree, unit 3 scores low against both, so its two links go. Claim 1: one link, low."""
    rows = [_row(0, [1, 2], 0.9), _row(0, [1, 3], 0.1), _row(0, [2, 3], 0.2), _row(1, [4, 5], 0.1)]
    weights = [-5.0, 10.0] + [0] * 12  # the judge reads the pair score alone: 0.5 at 0.5
    assert kept_links(rows, weights, 0.5) == [True, False, False, False]


def test_a_link_under_the_bar_stays_when_both_its_units_keep_another():
    rows = [_row(0, [1, 2], 0.9), _row(0, [2, 3], 0.9), _row(0, [1, 3], 0.1)]
    assert kept_links(rows, [-5.0, 10.0] + [0] * 12, 0.5) == [True, True, True]


def _held(kept_right, kept_wrong, out_right, out_wrong):
    return Counter({("kept", 1): kept_right, ("kept", 0): kept_wrong, ("out", 1): out_right, ("out", 0): out_wrong})


def test_the_bar_chosen_is_the_most_precise_that_takes_two_wrong_per_right_and_spares_ecb():
    """The highest bar is most precise but strips ECB+ train; the next takes out too many right links; the
    lowest passes."""
    low, mid, high = GRID[0], GRID[1], GRID[-1]
    curve = {bar: {"d": _held(90, 10, 0, 0)} for bar in GRID}
    curve[low] = {"d": _held(88, 6, 2, 4)}
    curve[mid] = {"d": _held(80, 4, 10, 6)}
    curve[high] = {"d": _held(70, 1, 20, 9)}
    ecb = {bar: _held(100, 10, 0, 0) for bar in GRID}
    ecb[high] = _held(80, 5, 20, 5)
    assert choose_bar(curve, ecb) == low
    assert choose_bar({bar: {"d": _held(90, 10, 5, 1)} for bar in GRID}, ecb) is None
