"""bench/judged_sample.py: the export the sample gold scores once the judge has taken units out of their claims."""
import pytest


@pytest.fixture
def sample(bench_script):
    return bench_script("judged_sample")


def test_a_unit_taken_out_leaves_its_claim_and_a_rendering_the_judge_never_read_stays(sample):
    """Claim 0 holds units 1, 2 and 3 and a rendering (no unit); the judge keeps the link 1-2 and parts unit 3."""
    mentions = [{"document": f"d{n}", "start": 0, "end": 5} for n in (1, 2, 3, 2)]
    export = {"documents": [], "claims": [{"id": "c0", "mentions": mentions, "units": [1, 2, 3, None]}]}
    rows = [{"claim": 0, "units": [1, 2]}, {"claim": 0, "units": [1, 3]}, {"claim": 0, "units": [2, 3]}]
    judged = sample.judged_export(export, rows, [True, False, False])
    assert judged["claims"] == [{"id": "c0", "mentions": [mentions[0], mentions[1], mentions[3]]}]
