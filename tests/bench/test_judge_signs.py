"""bench/judge_signs.py: candidate signs of a link read from the two mentions' main clauses, ranked per source."""
import numpy as np
import pytest

from viewer.analysis.claims import alignment
from viewer.analysis.claims.encoder import piece_offsets, shared_encoder


@pytest.fixture
def script(bench_script):
    return bench_script("judge_signs")


@pytest.fixture(scope="module")
def signs_of():
    """``signs_of(a, b)``: the candidates of two made-up mentions, parsed alone and read against their pieces."""
    def signs(script, a: str, b: str) -> dict[str, float]:
        texts = [a, b]
        pieces = shared_encoder().encode_with_pieces(texts)[1]
        docs = list(script.parsed_alone(texts))
        reads = [alignment.read(alignment.stored_words(d[:], 0), spans, p.rows.astype(np.float32))
                 for d, spans, p in zip(docs, piece_offsets(texts), pieces)]
        clauses = [script.Clause(d, r) for d, r in zip(docs, reads)]
        return dict(zip(script.CANDIDATES, script.candidate_signs(*reads, *clauses)))
    return signs


def test_one_act_told_actively_and_passively_keeps_its_doer_and_undergoer(script, signs_of):
    s = signs_of(script, "Police arrested the suspect on Friday.", "The suspect was arrested by police on Friday.")
    assert s["main_same"] == 1.0 and s["main_best"] == 1.0
    assert s["agent"] == 1.0 and s["patient"] == 1.0 and s["swapped"] == 0.0


def test_the_doer_of_one_is_the_undergoer_of_the_other(script, signs_of):
    s = signs_of(script, "The officer shot the suspect.", "The suspect shot the officer.")
    assert s["swapped"] == 1.0


def test_a_figure_the_other_mention_lacks_while_telling_figures_of_its_own(script, signs_of):
    assert signs_of(script, "Three people were shot outside the bar.", "Five people were shot outside the bar.")[
        "figure_alone"] == 1.0
    assert signs_of(script, "Three people were shot outside the bar.", "3 people were shot outside the bar.")[
        "figure_alone"] == 0.0
    assert signs_of(script, "Three people were shot outside the bar.", "People were shot outside the bar.")[
        "figure_alone"] == 0.0


def test_a_promise_beside_the_act_and_a_denial_beside_it(script, signs_of):
    assert signs_of(script, "The governor will resign.", "The governor resigned on Wednesday.")["modal"] == 1.0
    assert signs_of(script, "The governor did not resign.", "The governor resigned on Wednesday.")["negated"] == 1.0
    assert signs_of(script, "The governor resigned.", "The governor resigned on Wednesday.")["negated"] == 0.0


def test_one_mention_holding_all_of_the_other_is_a_subset_and_names_the_other_lacks_count(script, signs_of):
    s = signs_of(script, "Smith was shot.", "Smith was shot outside a bar in Dayton late on Friday night.")
    assert s["subset"] == 1.0 and s["length"] > 0.5
    assert signs_of(script, "Smith was shot in Dayton.", "Jones was shot in Dayton.")["name_alone"] == pytest.approx(2 / 3)


def test_with_candidates_puts_the_named_ones_after_the_rows_signs(script):
    sets = {"gvaX": {"events": {}, "rows": [{"x": [0.5, 0.2], "candidates": list(range(len(script.CANDIDATES)))}]}}
    out = script.with_candidates(sets, ["modal", "main_same"])
    assert out["gvaX"]["rows"][0]["x"] == [0.5, 0.2, script.CANDIDATES.index("modal"), 0]
