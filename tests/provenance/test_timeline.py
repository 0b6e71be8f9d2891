"""A claim's sources in time order with the first reporter marked, and its thread of updates,
on the sample and on made-up reports (no Qt)."""
from pathlib import Path

from viewer.analysis import store
from viewer.provenance.rows import thread_row
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
    assert bnr in undated and bnr.changes == ()  # no place in time: nothing "changed since" the dated reports


def lead(entry) -> str:
    return next(f.text for f in entry.figures if f.thing)


def test_the_surrender_counts_thread_runs_from_april_into_may(sample_corpus):
    t = timeline(sample_corpus, claim_with(sample_corpus, "1,026"))
    assert [e.order() for e in t.thread] == sorted(e.order() for e in t.thread)
    assert t.thread[0].current and {"more than 1,000", "as many as 1,026"} <= figures_of(t.thread[0])
    may = [e for e in t.thread if e.placed.startswith("2022-05")]
    assert [lead(e) for e in may] == ["959", "694"]  # one report's two updates, in its reading order
    assert [c.kind for e in may for c in e.changes] == ["figure-lowered", "figure-lowered"]
    assert "in the last 24 hours" in may[1].passage.text.lower() and may[1].claim_id is None  # no other source carries it
    assert all(e.placed.startswith("2022-0") or e.dating.date_from == "import" for e in t.thread)
    # the thread is the same seen from any of its claims, and holds none of the other counts
    for entry in t.thread:
        if entry.claim_id is not None:
            seen = timeline(sample_corpus, entry.claim_id).thread
            assert [(e.name, e.passage.start) for e in seen] == [(e.name, e.passage.start) for e in t.thread]
    wounded_or_officers = timeline(sample_corpus, claim_with(sample_corpus, "162"))
    assert wounded_or_officers.thread == ()


def test_a_rescue_count_is_threaded_with_its_update_and_not_with_another_citys(rescue_corpus):
    fourteen = claim_with(rescue_corpus, "14 people")
    forty = claim_with(rescue_corpus, "40 people")
    elsewhere = claim_with(rescue_corpus, "300 people")
    t = timeline(rescue_corpus, fourteen)
    assert [e.claim_id for e in t.thread] == [fourteen, forty]
    assert [c.kind for c in t.thread[1].changes] == ["figure-raised", "speaker-changed"]
    what_changed = thread_row(t.thread[1])[-1]  # what the window, the reports and the PDF show: words, not keys
    assert what_changed.startswith("figure raised: ") and "; speaker changed: " in what_changed
    assert timeline(rescue_corpus, elsewhere).thread == ()


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


def test_a_long_thread_keeps_the_updates_nearest_the_claim_and_reads_only_those(sample_corpus, monkeypatch):
    from viewer.provenance import timeline as timelines

    claim = claim_with(sample_corpus, "1,026")
    whole = timeline(sample_corpus, claim).thread
    assert len(whole) > 3
    read = []
    units_of = store.units_of
    monkeypatch.setattr(timelines.store, "units_of", lambda corpus, ids: read.append(list(ids)) or units_of(corpus, ids))
    monkeypatch.setattr(timelines, "THREAD_LIMIT", 3)
    short = timeline(sample_corpus, claim).thread
    at = next(i for i, e in enumerate(whole) if e.current)
    start = max(0, min(at - 1, len(whole) - 3))
    assert [(e.claim_id, e.document_id, e.passage.start) for e in short] == \
        [(e.claim_id, e.document_id, e.passage.start) for e in whole[start:start + 3]]
    assert [e.figures for e in short] == [e.figures for e in whole[start:start + 3]]
    assert set(read[-1]) == {e.document_id for e in short if not e.current}  # the thread's last read: the kept updates only


def test_a_timeline_reads_its_sources_documents_in_one_statement(sample_corpus):
    """An export draws every claim's timeline, so its sources' rows come in one read, not one each."""
    claim = claim_with(sample_corpus, "1,026")
    seen: list[str] = []
    sample_corpus.db.conn.set_trace_callback(seen.append)
    try:
        sources = timeline(sample_corpus, claim).sources
    finally:
        sample_corpus.db.conn.set_trace_callback(None)
    assert len(sources) >= 2 and all(s.title for s in sources)
    assert sum(" FROM documents WHERE id" in sql for sql in seen) == 1


def traced(corpus, read):
    seen: list[str] = []
    corpus.db.conn.set_trace_callback(seen.append)
    try:
        return read(), len(seen)
    finally:
        corpus.db.conn.set_trace_callback(None)


def test_every_claims_timeline_and_relays_read_together_as_each_alone_and_in_as_many_statements_as_one(sample_and_wire):
    """An export draws every claim's timeline and relay graph: read together, each is what it is read
    alone, and the whole costs the statements of one claim with a thread, not some per claim."""
    from viewer.provenance.relays import claim_graph, claim_graphs
    from viewer.provenance.timeline import timelines

    corpus = sample_and_wire
    claims = store.claims(corpus)
    threaded = claim_with(corpus, "959")
    assert len(claims) >= 3 and timeline(corpus, threaded).thread
    together, statements = traced(corpus, lambda: (timelines(corpus, claims), claim_graphs(corpus, [c.id for c in claims])))
    assert together[0] == {c.id: timeline(corpus, c.id) for c in claims}
    assert together[1] == {c.id: claim_graph(corpus, [c.id]) for c in claims}
    _, one = traced(corpus, lambda: (timeline(corpus, threaded), claim_graph(corpus, [threaded])))
    assert statements <= one


def test_a_quotation_that_goes_on_after_its_cue_keeps_its_speaker(tmp_path):
    """"“A,” the mayor said. “B.”": B is the mayor's as much as where another outlet cues it
    itself; the timeline says so, and reports no attribution dropped or added between them."""
    import json

    from viewer.analysis.pipeline import analyse
    from viewer.corpus.importing import import_paths
    from viewer.corpus.store import Corpus

    words = "The repairs took longer than we hoped because the river rose twice in the winter"
    reports = tmp_path / "bridge.jsonl"
    reports.write_text("".join(json.dumps(r) + "\n" for r in [
        {"title": "Bridge to reopen", "outlet": "Valley Post", "published": "2024-03-04",
         "text": f"“The bridge will reopen in May,” Mayor Ana Ruiz said on Monday. “{words}.”\n\n"
                 "Traffic has been sent through the next town since October."},
        {"title": "Mayor explains bridge delay", "outlet": "Coast Herald", "published": "2024-03-05",
         "text": f"“{words},” Mayor Ana Ruiz said.\n\nThe council will meet on Thursday to set a date for the works."},
    ]), encoding="utf-8")
    with Corpus(tmp_path / "bridge.corpus") as corpus:
        import_paths(corpus, [reports])
        analyse(corpus)
        t = timeline(corpus, claim_with(corpus, "river rose twice"))
        assert len(t.sources) == 2
        assert all("Ana Ruiz" in s.said().speakers for s in t.sources)
        assert not [c for s in t.sources for c in s.changes if c.kind.startswith("attribution")]


def test_a_rendering_is_a_line_of_its_own_named_by_its_language_not_more_of_the_wording(sample_corpus):
    """The tweet's Russian words render the English words of d2: the wording cell gives the English, then the
    rendering on its own line, and `provenance show` the same; before, the two were joined by "…" as one passage."""
    from viewer.provenance.plain_text import timeline_text
    from viewer.provenance.rows import source_row

    t = timeline(sample_corpus, claim_with(sample_corpus, "Let's not lose"))
    (source,) = [s for s in t.sources if s.document_id == 2]
    lines = source_row(source)[2].splitlines()
    assert lines[0] == "“Let's not lose. The army known what it's doing”"
    assert len(lines) == 2 and lines[1].startswith("Russian rendering: “Давайте и мы не терять.")
    assert "…" not in lines[0]
    shown = timeline_text(t, 200)
    assert "Russian rendering: “Давайте и мы не терять." in shown and "doing” … “Давайте" not in shown


def test_a_report_written_in_russian_is_a_source_whose_statements_were_not_read_and_changes_nothing(sample_corpus, tmp_path):
    """The English parse reads no statement of a Russian report: it is not "stated as fact", and the timeline
    says nothing dropped or added there (the next English source is compared with the one before the report).
    The report is made up, in words of its own, about the sample's April surrender."""
    import json

    from viewer.analysis.pipeline import analyse
    from viewer.corpus.importing import import_paths
    from viewer.provenance.rows import source_row

    from tests.analysis.claims.test_foreign_documents import SURRENDER

    path = tmp_path / "report.jsonl"
    path.write_text(json.dumps({"text": SURRENDER, "title": "Сдались в плен", "published": "2022-04-13", "language": "ru"},
                               ensure_ascii=False) + "\n", encoding="utf-8")
    import_paths(sample_corpus, [path])
    analyse(sample_corpus)
    t = timeline(sample_corpus, claim_with(sample_corpus, "162 офицера"))
    (report,) = [s for s in t.sources if s.document_id == 6]
    assert report.unread == "Russian" and report.changes == ()
    assert source_row(report)[4] == "Igor Konashenkov, named; not read (Russian)"  # d2's speaker, whom its words name
    before = t.sources[t.sources.index(report) - 1]
    assert before.said().speakers  # d2 gives it to Konashenkov: read as the report's, it was "attribution dropped"


def test_a_russian_report_is_given_the_one_speaker_of_the_claim_its_words_name_and_never_a_guess():
    """Made-up sources: the English one quotes two people; a Russian report naming one of them is theirs, one naming
    both, or no one, is nobody's (its words were never parsed for who says what)."""
    from viewer.analysis.model import Mention
    from viewer.corpus.spans import Span
    from viewer.provenance.timeline import Source, Statement, _named

    def said(speaker_id, name):
        return Statement(speaker_id, name, "direct", (), Span(0, 5))

    def report(text):
        return Source(2, "Отчёт", None, None, (Mention(2, 0, len(text), text),), (), ())

    english = Source(1, "Talks", None, None, (Mention(1, 0, 5, "Talks"),), (),
                     (said(7, "Igor Konashenkov"), said(8, "Dmitry Peskov")))
    people = {7: ("Igor Konashenkov",), 8: ("Dmitry Peskov", "Dmitri Peskov")}
    assert _named(report("Переговоры не продвигаются, заявил Дмитрий Песков."), [english], people) == (8, "Dmitry Peskov")
    assert _named(report("Песков и Конашенков сказали, что переговоры не продвигаются."), [english], people) is None
    assert _named(report("В Кремле сказали, что переговоры не продвигаются."), [english], people) is None
