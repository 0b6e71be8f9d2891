"""Reading hand-judged claim-unit pairs into the linker's units and pair signs, on made-up articles."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from viewer.analysis.claims.fit_verifier import fit_pair_model
from viewer.analysis.claims.judged_pairs import judged_rows, judged_units, read_judged
from viewer.analysis.claims.verifier import PAIR_FEATURES

ARTICLES = {
    "docs/a.txt": "The mayor opened the new bridge over the river on Monday. Traffic was light in the morning.",
    "docs/b.txt": "On Monday the mayor opened a new bridge across the river. Shops nearby stayed closed.",
}
HEADER = "label\thalf\tevent\tdoc_a\tstart_a\tend_a\tdoc_b\tstart_b\tend_b\ttext_a\ttext_b\n"


def _span(name: str, sentence: str) -> tuple[int, int]:
    start = ARTICLES[name].index(sentence)
    return start, start + len(sentence)


def _row(label: int, half: str, a: tuple[str, str], b: tuple[str, str]) -> str:
    (doc_a, text_a), (doc_b, text_b) = a, b
    return "\t".join(map(str, [label, half, "bridge", doc_a, *_span(doc_a, text_a), doc_b, *_span(doc_b, text_b),
                               text_a, text_b])) + "\n"


@pytest.fixture
def judged_file(tmp_path: Path) -> Path:
    for name, text in ARTICLES.items():
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    opened = ("docs/a.txt", "The mayor opened the new bridge over the river on Monday.")
    opened_b = ("docs/b.txt", "On Monday the mayor opened a new bridge across the river.")
    traffic = ("docs/a.txt", "Traffic was light in the morning.")
    shops = ("docs/b.txt", "Shops nearby stayed closed.")
    stale = ("docs/a.txt", "The mayor opened")  # a span no unit is cut at
    rows = [_row(1, "fit", opened, opened_b), _row(0, "fit", traffic, shops), _row(0, "check", traffic, opened_b),
            _row(1, "fit", stale, opened_b)]
    path = tmp_path / "pairs_judged.tsv"
    path.write_text(HEADER + "".join(rows), encoding="utf-8")
    return path


def test_a_half_is_read_alone(judged_file):
    assert [p.label for p in read_judged(judged_file, half="fit")] == [1, 0, 1]
    assert [p.half for p in read_judged(judged_file)] == ["fit", "fit", "check", "fit"]


def test_pairs_become_the_units_the_linker_cuts_and_a_stale_span_is_named_and_left_out(judged_file, capsys):
    judged = judged_units(read_judged(judged_file, half="fit"), judged_file.parent)
    assert "1 judged pair(s)" in capsys.readouterr().err
    x, y = judged_rows(judged)
    assert y.tolist() == [1, 0] and x.shape == (2, len(PAIR_FEATURES))
    cosine = PAIR_FEATURES.index("cosine")
    assert x[0, cosine] > x[1, cosine]  # the one claim told twice reads closer than two different facts


def test_judged_pairs_weigh_as_much_as_msrp_and_are_named_in_the_record(judged_file):
    x, y = judged_rows(judged_units(read_judged(judged_file, half="fit"), judged_file.parent))
    rng = np.random.default_rng(0)
    msrp = (np.column_stack([np.ones(40), rng.uniform(size=(40, len(PAIR_FEATURES) - 1))]), np.r_[np.ones(20), np.zeros(20)])
    weights, note = fit_pair_model(msrp, None, [(x, y)], [judged_file])
    assert weights.shape == (len(PAIR_FEATURES),)
    assert "MSRP train (40 pairs)" in note and "pairs_judged.tsv (2 pairs, 1 same claim)" in note
