"""bench/miss_pairs_kept.py reads each noted miss against a kept export: linked, reports sharing other claims, or none."""
from __future__ import annotations

# Three reports: a.txt and b.txt share one claim over a.txt 0-40 and b.txt 10-50; c.txt shares nothing.
EXPORT = {
    "documents": [{"id": f"d{k}", "source": {"path": f"/sets/gvaT/docs/{name}"}} for k, name in enumerate(["a.txt", "b.txt", "c.txt"])],
    "claims": [{"mentions": [{"document": "d0", "start": 0, "end": 40}, {"document": "d1", "start": 10, "end": 50}]}],
}


def _row(file_b: str, start_a: int, end_a: int, start_b: int, end_b: int) -> dict:
    return {"file_a": "a.txt", "start_a": str(start_a), "end_a": str(end_a), "file_b": file_b, "start_b": str(start_b),
            "end_b": str(end_b)}


def test_each_noted_miss_is_read_against_the_claims_its_two_reports_share(bench_script):
    kept = bench_script("miss_pairs_kept")
    claims = kept.claims_by_file(EXPORT)
    assert kept.outcome(claims, _row("b.txt", 5, 20, 30, 45)) == "linked"
    assert kept.outcome(claims, _row("b.txt", 60, 90, 70, 80)) == "reports share other claims"
    assert kept.outcome(claims, _row("c.txt", 5, 20, 30, 45)) == "reports share no claim"


def test_blind_draws_misses_are_left_out(bench_script):
    kept = bench_script("miss_pairs_kept")
    names = [p.name for p in kept.default_misses()]
    assert names and not any(kept.BLIND in n for n in names)
