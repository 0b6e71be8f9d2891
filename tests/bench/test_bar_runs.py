"""bench/bar_runs.py: two kept runs read per source, the links a higher bar parts and the report pairs it keeps."""

TEXTS = {"a.txt": "Police shot a man. He died.", "b.txt": "A man was shot by police. He was killed.",
         "c.txt": "A school closed for the storm."}


def _export(claims: list[list[tuple[str, int, int]]]) -> dict:
    ids = {name: f"d{k}" for k, name in enumerate(TEXTS)}
    return {"documents": [{"id": ids[n], "source": {"path": f"/x/{n}"}, "text": t} for n, t in TEXTS.items()],
            "claims": [{"mentions": [{"document": ids[n], "start": s, "end": e} for n, s, e in claim]}
                       for claim in claims]}


SHOT = [("a.txt", 0, 18), ("b.txt", 0, 25)]
DIED = [("a.txt", 19, 27), ("b.txt", 26, 40)]
EVENTS = {"documents": {"a.txt": {"event": "e1"}, "b.txt": {"event": "e1"}, "c.txt": {"event": "e2"}}}


def test_sets_are_read_by_their_source(bench_script):
    runs = bench_script("bar_runs")
    assert [runs.source_of(n) for n in ("gvaZ15", "basilC", "wcepD", "allsidesA", "dev", "gvcdev", "newswcl50dev")] == [
        "GVA", "BASIL", "WCEP", "AllSides", "ECB+ dev", "GVC dev", "other"]


def test_a_report_pair_stays_found_while_one_of_its_links_is_parted(bench_script):
    runs = bench_script("bar_runs")
    before, after = _export([SHOT, DIED, [("b.txt", 0, 25), ("c.txt", 0, 30)]]), _export([SHOT])
    assert runs.pair_counts(before, EVENTS) == {"pairs_found": 1, "same_event": 1, "links": 3, "across": 1}
    assert runs.pair_counts(after, EVENTS) == {"pairs_found": 1, "same_event": 1, "links": 1, "across": 0}
    verdicts = {("a.txt", 19, 27, "b.txt", 26, 40): "P", ("b.txt", 0, 25, "c.txt", 0, 30): "W"}
    assert runs.moved(before, after, verdicts) == {"out P": 1, "out W": 1}
    assert runs.moved(after, before, verdicts) == {"in P": 1, "in W": 1}
