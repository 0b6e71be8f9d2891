"""bench/rarity_gate.py: a name's rarity read from the counted table, counted on some sources only, and the signs a
refit of the story gate would add, on made-up report pairs."""
from __future__ import annotations

TABLE = {"sources": ["gva", "basil", "wcep", "allsides"], "reports": [100, 10, 10, 10],
         "carried": {"biden": [0, 5, 2, 10], "president": [10, 10, 10, 10], "police": [90, 1, 1, 1]}}


def test_a_name_every_report_carries_is_not_rare_and_one_no_report_carries_is(bench_script):
    gate = bench_script("rarity_gate")
    of = gate.rarity(gate.shares_of(TABLE, {"gva", "basil", "wcep", "allsides"}))
    assert of("president") < 0.15 and of("kabul") == 1.0
    assert of("biden") < of("police") < of("kabul")  # each source weighs alike: the crawl alone makes no name common


def test_rarity_counted_without_a_source_does_not_read_it(bench_script):
    gate = bench_script("rarity_gate")
    with_politics = gate.rarity(gate.shares_of(TABLE, {"gva", "basil", "allsides"}))
    shootings_only = gate.rarity(gate.shares_of(TABLE, {"gva"}))
    assert with_politics("biden") < 0.4 and shootings_only("biden") == 1.0


def test_the_added_signs_read_the_shared_names(bench_script):
    gate = bench_script("rarity_gate")
    of = gate.rarity(gate.shares_of(TABLE, {"gva", "basil", "wcep", "allsides"}))
    row = {"a": {"biden", "president"}, "b": {"biden", "president", "kabul", "taliban"}, "rare": {"kabul"}}
    assert gate.added_signs(row, of, "larger") == [0.5, 0.0]
    share, = gate.added_signs(row, of, "share")
    mean, = gate.added_signs(row, of, "mean")
    assert share == mean  # two shared names over the smaller report's two
    assert gate.added_signs({**row, "a": {"kabul"}}, of, "sum") == [0.2]


def test_a_step_model_that_only_opens_the_gate_parts_no_pair_the_gate_passes(bench_script):
    gate = bench_script("rarity_gate")
    of = gate.rarity(gate.shares_of(TABLE, {"gva", "basil", "wcep", "allsides"}))

    def row(same: bool, shipped: float, shared: int, k: int) -> dict:
        names = {f"n{k}_{i}" for i in range(shared)}
        return {"same": same, "shipped": shipped, "signs": [1.0, 0.5, 0.5, 0.3, 0.1, 0.0], "rare": names,
                "a": names | {"biden"}, "b": names | {"president", "kabul", "taliban"}}
    fit = [row(k % 2 == 0, 0.5, 3 if k % 2 == 0 else 0, k) for k in range(40)]
    test = [row(True, 0.99, 0, 100), row(True, 0.5, 3, 101), row(False, 0.5, 0, 102)]
    found = gate.compared(fit, test, of, "larger", step=True)
    assert found["opening"][0] >= found["shipped"][0.97][0] == 1
    assert found["opening"][1] == 0
