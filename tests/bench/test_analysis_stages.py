"""The stage bench counts each stage's thread CPU and passes every value through unchanged."""
from __future__ import annotations


def test_a_timed_function_returns_its_value_and_counts_its_stage(bench_script):
    stages = bench_script("analysis_stages")
    stages.SPENT.clear()
    assert stages.timed(lambda x: sum(range(x)), "steps")(200_000) == sum(range(200_000))
    assert stages.SPENT["steps"] > 0 and set(stages.SPENT) == {"steps"}


def test_a_timed_parse_gives_every_document_in_order(bench_script):
    stages = bench_script("analysis_stages")
    stages.SPENT.clear()
    assert list(stages.timed_parse(lambda n: iter(range(n)))(5)) == [0, 1, 2, 3, 4]
    assert set(stages.SPENT) == {"parse"}


def test_a_part_inside_a_stage_is_counted_apart_from_the_stages(bench_script):
    stages = bench_script("analysis_stages")
    stages.SPENT.clear()
    stages.PARTS.clear()
    assert stages.timed(lambda x: sum(range(x)), "judge parse", stages.PARTS)(200_000) == sum(range(200_000))
    assert stages.PARTS["judge parse"] > 0 and not stages.SPENT
