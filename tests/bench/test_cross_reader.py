"""bench/cross_reader.py: AUC of two classes, hand letters by span, a score read back through link_judge's bar, the
pair score and the cross-reader fitted leaving one draw out (made-up rows; the fit itself needs PyTorch and is not
tested here)."""
import pytest


@pytest.fixture
def reader(bench_script):
    return bench_script("cross_reader")


def _row(claim, units, pair, y, spans=((0, 5), (0, 7))):
    return {"claim": claim, "units": list(units), "reports": ["a.txt", "b.txt"], "spans": [list(s) for s in spans],
            "x": [pair], "y": y, "texts": ["one", "two"]}


def _draw(rows):
    return {"rows": rows, "same_event": 1, "events": {"a.txt": 1, "b.txt": 1}}


def test_auc_is_the_chance_a_right_link_scores_above_a_wrong_one_ties_half(reader):
    assert reader.auc([0.9, 0.8], [0.1, 0.2]) == 1.0
    assert reader.auc([0.5], [0.5]) == 0.5
    assert reader.auc([0.1, 0.9], [0.5]) == 0.5
    assert reader.auc([], [0.5]) is None


def test_letters_are_read_by_span_in_either_order_and_unjudged_links_have_none(reader):
    verdicts = reader.verdicts_by_set([
        {"set": "d", "file_a": "b.txt", "start_a": "0", "end_a": "7", "file_b": "a.txt", "start_b": "0", "end_b": "5",
         "verdict": "P"}])
    found = _draw([_row(0, (1, 2), 0.9, 1), _row(1, (3, 4), 0.9, None, spans=((9, 12), (0, 7)))])
    assert reader.letters(found, verdicts["d"]) == ["P", None]
    assert reader.letters(found, None) == ["R", None]


def test_a_score_is_read_back_as_itself_by_the_bar(reader):
    """The cross-reader's probability, kept as a logit, takes out under link_judge's bar just the unit reading under it."""
    found = reader.with_scores(_draw([_row(0, (1, 2), 0.9, 1), _row(1, (3, 4), 0.9, 0)]), [0.8, 0.3])
    assert reader._kept(found, 0.5) == [True, False]
    assert reader._kept(found, None) == [True, True]


def test_the_pair_score_and_cross_reader_fitted_without_a_draw_score_it(reader):
    """On two made-up draws where the cross-reader alone tells right from wrong, the joint fit ranks each held-out
    draw's right links above its wrong ones."""
    def draw(offset):
        rows = [_row(k, (2 * k, 2 * k + 1), 0.8, 1) for k in range(10)] + [_row(10 + k, (40 + 2 * k, 41 + 2 * k), 0.8, 0)
                                                                          for k in range(5)]
        return _draw(rows), [0.7 + offset + 0.01 * k for k in range(10)] + [0.2 + 0.01 * k for k in range(5)]
    (one, s1), (two, s2) = draw(0.0), draw(0.1)
    joined, ecb = reader.with_pair({"one": one, "two": two}, {"sets": {"one": s1, "two": s2}}, None)
    assert ecb is None
    for name, found in (("one", one), ("two", two)):
        right = [p for p, r in zip(joined[name], found["rows"]) if r["y"] == 1]
        wrong = [p for p, r in zip(joined[name], found["rows"]) if r["y"] == 0]
        assert min(right) > max(wrong)


def test_draws_with_a_link_left_unscored_are_left_out(reader):
    sets = {"one": _draw([_row(0, (1, 2), 0.9, 1)]), "two": _draw([_row(0, (1, 2), 0.9, 1)])}
    assert reader.scored_draws(sets, {"sets": {"one": [0.5], "two": [None]}}) == ["one"]
