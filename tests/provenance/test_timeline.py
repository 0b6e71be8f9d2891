"""A claim's sources in time order with the first reporter marked, and its thread of updates,
on the sample and on made-up reports (no Qt)."""
from pathlib import Path

from viewer.analysis import store
from viewer.provenance.timeline import time_key, timeline


def claim_with(corpus, *words: str) -> int:
    """The claim whose mentions say all these words (ids are the corpus's business, not the test's)."""
    for claim in store.claims(corpus):
        if all(any(w in m.text for m in claim.mentions) for w in words):
            return claim.id
    raise AssertionError(f"no claim says {words}")


def figures_of(entry) -> set[str]:
    return {f.text for f in entry.figures}


def test_the_surrender_count_lists_its_sources_in_date_order_and_marks_the_first(sample_corpus):
    t = timeline(sample_corpus, claim_with(sample_corpus, "1,026"))
    assert [time_key(s.dating, s.document_id) for s in t.sources] == sorted(time_key(s.dating, s.document_id) for s in t.sources)
    dated = [s for s in t.sources if s.dating.date_from != "import"]
    assert dated and dated[0].first and dated[0].dating.placed == "2022-04-13"
    assert t.first is dated[0]
    undated = [s for s in t.sources if s.dating.date_from == "import"]
    assert undated and not any(s.first for s in undated)
    assert t.sources[-len(undated):] == tuple(undated)  # placed by import time, after every dated source
    first = t.first
    assert {"more than 1,000", "as many as 1,026"} <= {f.text for f in first.figures}
    assert first.hedges and "Russia's Defense Ministry" in first.said().speakers
    bnr = next(s for s in t.sources if s.outlet == "BNR")
    assert ["Russia's Defense Ministry", "AFP", "BNR"] in bnr.chains()
    assert {c.kind for c in bnr.changes} >= {"relay-changed"}


def test_the_surrender_counts_thread_runs_from_april_into_may(sample_corpus):
    t = timeline(sample_corpus, claim_with(sample_corpus, "1,026"))
    assert [e.placed for e in t.thread] == sorted(e.placed for e in t.thread)
    figures = [figures_of(e) for e in t.thread]
    assert figures[0] >= {"more than 1,000", "as many as 1,026"} and t.thread[0].current
    assert {"959"} in figures and {"694"} in figures
    may = [e for e in t.thread if e.placed.startswith("2022-05")]
    assert {frozenset(figures_of(e)) for e in may} == {frozenset({"959"}), frozenset({"694"})}
    assert [figures_of(e) for e in may] == [{"959"}, {"694"}]  # one report's reading order on one day
    assert all(c.kind == "figure-lowered" for e in may for c in e.changes if c.kind.startswith("figure"))
    assert t.measures == ("soldiers",)
    # the thread is the same seen from any of its claims, and holds none of the other counts
    for entry in t.thread:
        assert [e.claim_id for e in timeline(sample_corpus, entry.claim_id).thread] == [e.claim_id for e in t.thread]
    wounded = timeline(sample_corpus, claim_with(sample_corpus, "151"))
    assert [e.claim_id for e in wounded.thread] == [wounded.claim.id]


def test_a_rescue_count_is_threaded_with_its_update_and_not_with_another_citys(rescue_corpus):
    fourteen = claim_with(rescue_corpus, "14 people")
    forty = claim_with(rescue_corpus, "40 people")
    elsewhere = claim_with(rescue_corpus, "300 people")
    t = timeline(rescue_corpus, fourteen)
    assert [e.claim_id for e in t.thread] == [fourteen, forty]
    assert [c.kind for c in t.thread[1].changes] == ["figure-raised", "speaker-changed"]
    assert [e.claim_id for e in timeline(rescue_corpus, elsewhere).thread] == [elsewhere]


def test_reports_of_the_same_day_are_both_first(rescue_corpus):
    t = timeline(rescue_corpus, claim_with(rescue_corpus, "14 people"))
    assert [s.first for s in t.sources] == [True, True]
    later = timeline(rescue_corpus, claim_with(rescue_corpus, "40 people"))
    assert [(s.dating.placed, s.first) for s in later.sources] == [("2023-02-09", True), ("2023-02-10", False)]


def test_no_dated_source_means_no_first_reporter(tmp_path):
    import json

    from viewer.analysis.pipeline import analyse
    from viewer.corpus.importing import import_paths
    from viewer.corpus.store import Corpus

    undated = tmp_path / "undated.jsonl"
    records = [json.loads(line) for line in (Path(__file__).parent / "fixtures" / "rescue_counts.jsonl").read_text(encoding="utf-8").splitlines()]
    undated.write_text("".join(json.dumps({k: v for k, v in r.items() if k != "published"}) + "\n" for r in records[:4]))
    with Corpus(tmp_path / "undated.corpus") as corpus:
        import_paths(corpus, [undated])
        analyse(corpus)
        t = timeline(corpus, claim_with(corpus, "14 people"))
        assert t.first is None and all(s.dating.date_from == "import" for s in t.sources)
        assert all("undated" in s.dating.flags for s in t.sources)
