"""The pipeline on the sample corpus: repeatable, incremental, and respectful of corrections."""
import json
import shutil

import pytest

from viewer.analysis import store
from viewer.analysis.corrections import DeleteAttribution, Link, MergeSpeakers, Unlink
from viewer.analysis.pipeline import analyse, pending_documents, relink
from viewer.analysis.workers import InProcess
from viewer.corpus.importing import import_paths
from viewer.corpus.store import Corpus
from viewer.export.interchange import corpus_to_dict
from viewer.jobs import Cancelled, TaskState

from tests.conftest import ODD, ODD_FAILURES, SAMPLE_DIR


def analysis_of(corpus: Corpus) -> dict:
    data = corpus_to_dict(corpus)
    for a in data["attributions"]:
        a.pop("id")
    return {key: data[key] for key in ("claims", "speakers", "attributions")}


def speaker_named(corpus: Corpus, fragment: str) -> store.StoredSpeaker:
    matches = [s for s in store.speakers(corpus) if fragment in s.name or any(fragment in a for a in s.aliases)]
    assert len(matches) == 1, [s.name for s in matches]
    return matches[0]


def test_analysing_twice_gives_the_same_result(sample_corpus):
    before = analysis_of(sample_corpus)
    report = analyse(sample_corpus, redo=True)
    assert report.analysed == 5
    assert analysis_of(sample_corpus) == before


def test_the_sample_corpus_links_claims_across_outlets(sample_corpus):
    claims = store.claims(sample_corpus)
    assert claims, "no claim was linked across the sample articles"
    for claim in claims:
        assert linked(claim)
        for mention in claim.mentions:
            text = sample_corpus.document(mention.document).text
            assert text[mention.start:mention.end] == mention.text
            assert not any(span.overlaps(mention_span(mention)) for span in sample_corpus.boilerplate(mention.document))


def linked(claim) -> bool:
    """A claim joins two articles, or one article's words and their rendering in another language."""
    return len(claim.documents()) >= 2 or bool(claim.renderings_in(claim.documents()[0]))


def mention_span(mention):
    from viewer.corpus.spans import Span

    return Span(mention.start, mention.end)


def test_new_documents_are_analysed_alone_and_linked_to_the_rest(tmp_path):
    corpus = Corpus(tmp_path / "grow.corpus")
    first = tmp_path / "first"
    first.mkdir()
    for name in sorted(p.name for p in SAMPLE_DIR.glob("*.txt"))[:1]:
        shutil.copy(SAMPLE_DIR / name, first / name)
    import_paths(corpus, [first])
    assert analyse(corpus).analysed == 1
    assert store.claims(corpus) == []
    import_paths(corpus, [SAMPLE_DIR])
    report = analyse(corpus)
    assert report.analysed == 4
    assert any(1 in claim.documents() for claim in store.claims(corpus))
    corpus.close()


def test_a_cancelled_analysis_keeps_finished_documents_and_resumes(tmp_path):
    corpus = Corpus(tmp_path / "cancel.corpus")
    import_paths(corpus, [SAMPLE_DIR])
    analysed = []
    state = TaskState(lambda done, total, stage: stage.startswith("analysed") and (
        analysed.append(stage) or len(analysed) == 2 and state.cancel()))
    with pytest.raises(Cancelled, match="stopped after 2 of 5 document"):
        analyse(corpus, state)
    assert corpus.db.execute("SELECT count(*) FROM analysed_documents").fetchone()[0] == 2
    assert analyse(corpus).analysed == 3
    corpus.close()


def test_after_a_cancel_the_progress_says_the_analysis_is_stopping_while_it_keeps_what_it_read(tmp_path):
    """The documents read before a cancel are embedded to be kept, seconds in which the bar kept counting "3 of 5
    documents ready for the linking" as if the cancel had not been heard."""
    corpus = Corpus(tmp_path / "stopping.corpus")
    import_paths(corpus, [SAMPLE_DIR])
    said = []

    def progress(done, total, text):
        said.append(text)
        if text.startswith("analysed document") and "2 of 5 done" in text:
            state.cancel()

    state = TaskState(progress)
    with pytest.raises(Cancelled, match="stopped after 2 of 5 document"):
        analyse(corpus, state)
    after = said[next(i for i, text in enumerate(said) if "2 of 5 done" in text) + 1:]
    assert after == ["stopping: keeping the 2 documents read so far (1 of 2 ready)",
                     "stopping: keeping the 2 documents read so far (2 of 2 ready)"]
    corpus.close()


def test_a_cancel_while_the_models_load_stops_before_any_document_is_read(tmp_path):
    """Loading spaCy and the sentence model takes seconds in which the window showed only "Analysing…", and a cancel
    then was heard only once the first partition (32 documents, 15-20 s) was parsed: the load is now said, and a
    cancel heard during it stops there."""
    corpus = Corpus(tmp_path / "loading.corpus")
    import_paths(corpus, [SAMPLE_DIR])
    told = []

    def progress(done, total, text):
        told.append(text)
        if text.startswith("loading"):
            state.cancel()

    state = TaskState(progress)
    with pytest.raises(Cancelled, match="stopped while the models loaded; none of the 5 document"):
        analyse(corpus, state)
    assert told[-1] == "loading the language and sentence models"
    assert corpus.db.execute("SELECT count(*) FROM analysed_documents").fetchone()[0] == 0
    assert analyse(corpus).analysed == 5
    corpus.close()


def test_each_partition_is_announced_as_it_is_taken_up(tmp_path, monkeypatch):
    """A partition's documents are told only once all of them are parsed: on two cores the window showed
    "analysing documents (0/111)" for 13 s and "analysed document 31" for the next 19 s, a count that
    reads as frozen. Each partition now says which documents are being read when it is taken up."""
    from viewer.analysis import documents

    monkeypatch.setattr(documents, "PARTITION", 2)
    corpus = Corpus(tmp_path / "told.corpus")
    import_paths(corpus, [SAMPLE_DIR])
    heard = []
    analyse(corpus, TaskState(lambda done, total, text: heard.append((done, text))))
    reading = [(done, text) for done, text in heard if text.startswith("reading")]
    assert reading == [(0, "reading documents 1–2 of 5"), (2, "reading documents 3–4 of 5"), (4, "reading document 5 of 5")]
    told = [text for _done, text in heard]
    first, second = told.index("reading documents 1–2 of 5"), told.index("reading documents 3–4 of 5")
    assert sum(t.startswith("analysed document") for t in told[first:second]) == 2, "announced before it was taken up"
    corpus.close()


def test_the_first_documents_are_told_before_the_partition_is_read_whole(tmp_path, monkeypatch):
    """One spaCy batch per partition told nothing until its last document was parsed: the window read
    "reading documents 1-15 of 15 (0%)" for the whole read. Now the first document is told while later ones are
    still unread, and before any document is read no share is given (a count of 0, not "0 of 6")."""
    from viewer.analysis import segment

    corpus = Corpus(tmp_path / "early.corpus")
    import_paths(corpus, [SAMPLE_DIR])
    read_before, events = [], []
    prepare = segment._prepare

    def counted_prepare(document):
        read_before.append(document.id)
        return prepare(document)

    monkeypatch.setattr(segment, "_prepare", counted_prepare)
    analyse(corpus, TaskState(lambda done, total, text: events.append((done, total, text, len(read_before)))))
    first_told = next(e for e in events if e[2].startswith("analysed document"))
    assert first_told[3] < corpus.document_count(), f"the first document was told after all were read: {events}"
    before = events[:events.index(first_told)]
    assert before and all(total == 0 for _done, total, _text, _read in before), before
    corpus.close()


def test_a_speaker_merge_survives_reanalysis(sample_corpus):
    peskov = speaker_named(sample_corpus, "Peskov")
    podolyak = speaker_named(sample_corpus, "Podolyak")
    store.record_correction(sample_corpus, MergeSpeakers(peskov.name, podolyak.name))
    analyse(sample_corpus, redo=True)
    merged = speaker_named(sample_corpus, "Peskov")
    assert merged.id == speaker_named(sample_corpus, "Podolyak").id


def test_an_unlink_survives_reanalysis_and_a_link_can_be_restored(sample_corpus):
    claim = store.claims(sample_corpus)[0]
    a, b = claim.mentions[0], next(m for m in claim.mentions if m.document != claim.mentions[0].document)
    pair = (a.document, a.start, a.end), (b.document, b.start, b.end)
    store.record_correction(sample_corpus, Unlink(*pair))
    analyse(sample_corpus, redo=True)

    def linked() -> bool:
        for c in store.claims(sample_corpus):
            spans = {(m.document, m.start, m.end) for m in c.mentions}
            if (a.document, a.start, a.end) in spans and (b.document, b.start, b.end) in spans:
                return True
        return False

    assert not linked()
    store.record_correction(sample_corpus, Link(*pair))
    relink(sample_corpus)
    assert linked()


def test_a_deleted_attribution_stays_deleted(sample_corpus):
    victim = store.attributions(sample_corpus)[0]
    store.record_correction(sample_corpus, DeleteAttribution(victim.document_id, (victim.content.start, victim.content.end)))
    analyse(sample_corpus, redo=True)
    remaining = {(a.document_id, a.content) for a in store.attributions(sample_corpus)}
    assert (victim.document_id, victim.content) not in remaining


def test_the_export_is_stable_apart_from_timestamps(sample_corpus):
    first = json.dumps(corpus_to_dict(sample_corpus), ensure_ascii=False)
    analyse(sample_corpus, redo=True)
    second = json.dumps(corpus_to_dict(sample_corpus), ensure_ascii=False)
    assert first == second


def test_an_english_article_misdetected_as_another_language_is_still_analysed(memory_corpus):
    from viewer.corpus.store import now

    text = (
        "The mayor of Dunmore, Anna Kowalska, said on Monday that the bridge would stay closed "
        "until engineers had inspected it. “Nobody crosses it before we know it is safe,” she told reporters."
    )
    with memory_corpus.transaction() as db:
        db.execute(
            "INSERT INTO documents (text, language, sha256, source_path, imported_at) VALUES (?, 'it', ?, ?, ?)",
            (text, "b" * 64, "misdetected.txt", now()),
        )
    analyse(memory_corpus)
    speakers = {a.speaker_name for a in store.attributions(memory_corpus)}
    assert "Anna Kowalska" in speakers


@pytest.fixture
def no_model(monkeypatch, tmp_path):
    """The embedding model's files are gone (as after a broken install)."""
    from viewer.analysis.claims import encoder, model_files

    gone = model_files.ModelFiles(tmp_path / "gone.safetensors", tmp_path / "gone.json", model_files.UPSTREAM_SHA256)
    monkeypatch.setattr(model_files, "locate", lambda: gone)
    monkeypatch.setattr(encoder, "locate", lambda: gone)
    monkeypatch.setattr(encoder, "_shared", None)


def test_a_missing_model_stops_the_analysis_before_it_changes_anything(sample_corpus, no_model, tmp_path):
    from viewer.analysis.claims.model_files import PACKAGE, ModelUnavailable

    before = analysis_of(sample_corpus)
    extra = tmp_path / "extra.txt"
    extra.write_text("Rescue teams pulled 57 people alive from the rubble of the collapsed building on Tuesday.\n", encoding="utf-8")
    import_paths(sample_corpus, [extra])
    with pytest.raises(ModelUnavailable, match=PACKAGE):
        analyse(sample_corpus)
    assert analysis_of(sample_corpus) == before
    assert len(pending_documents(sample_corpus)) == 1  # the new document waits for a working model


class _CancelAfterFirstBlock(InProcess):
    """Runs the linker's blocks here and asks for a cancel as the first one comes back."""

    def __init__(self, state: TaskState) -> None:
        self.state = state

    def map(self, function, items):
        for result in map(function, items):
            self.state.cancel()
            yield result


def test_a_cancelled_relink_rolls_back_whole_and_the_next_one_applies_the_correction(sample_corpus):
    claim = next(c for c in store.claims(sample_corpus) if len({m.document for m in c.mentions}) > 1)
    a, b = claim.mentions[0], next(m for m in claim.mentions if m.document != claim.mentions[0].document)
    pair = (a.document, a.start, a.end), (b.document, b.start, b.end)
    store.record_correction(sample_corpus, Unlink(*pair))
    before = json.dumps(corpus_to_dict(sample_corpus), ensure_ascii=False)
    state = TaskState()

    with pytest.raises(Cancelled, match="keep their previous links"):
        relink(sample_corpus, workers=_CancelAfterFirstBlock(state), state=state)

    assert json.dumps(corpus_to_dict(sample_corpus), ensure_ascii=False) == before
    relink(sample_corpus)
    assert json.dumps(corpus_to_dict(sample_corpus), ensure_ascii=False) != before


def test_relinking_multiplies_on_one_blas_thread(sample_corpus, monkeypatch):
    """Linking's cosines and scores must not depend on how many cores split their products (the
    vectors already do not): every product of a relink runs on one BLAS thread, then the setting
    is given back."""
    from threadpoolctl import threadpool_info

    from viewer.analysis import pipeline

    def blas_threads() -> list[int]:
        return [pool["num_threads"] for pool in threadpool_info() if pool["user_api"] == "blas"]

    seen, link = [], pipeline.link_claims

    def link_counting_threads(*args, **kwargs):
        seen.append(blas_threads())
        return link(*args, **kwargs)

    monkeypatch.setattr(pipeline, "link_claims", link_counting_threads)
    before = blas_threads()
    relink(sample_corpus)
    assert seen and seen[0] and set(seen[0]) == {1}
    assert blas_threads() == before


def test_relinking_pauses_the_garbage_collector_and_gives_it_back(sample_corpus, monkeypatch):
    """The collector's full passes walked every list of the claim units' features again, and came
    more often as the corpus grew; a relink makes next to no cyclic garbage, so the collector is
    paused while it runs, and running again after it, also after a cancel."""
    import gc

    from viewer.analysis import pipeline

    collecting, link = [], pipeline.link_claims

    def link_seeing_the_collector(*args, **kwargs):
        collecting.append(gc.isenabled())
        return link(*args, **kwargs)

    monkeypatch.setattr(pipeline, "link_claims", link_seeing_the_collector)
    assert gc.isenabled()
    relink(sample_corpus)
    assert collecting == [False] and gc.isenabled()

    state = TaskState()
    with pytest.raises(Cancelled):
        relink(sample_corpus, workers=_CancelAfterFirstBlock(state), state=state)
    assert gc.isenabled()


@pytest.mark.parametrize("failure", ODD_FAILURES)
def test_a_document_a_step_raises_on_is_named_left_pending_and_retried_while_the_rest_is_linked(tmp_path, request, failure):
    """A step on the document alone, or its partition's parse or embedding as a batch: the same report."""
    failing = request.getfixturevalue(failure)

    folder = tmp_path / "articles"
    shutil.copytree(SAMPLE_DIR, folder)
    (folder / "odd.txt").write_text(f"Harbour reopens\n\nThe {ODD} harbour reopened on Monday, its director said.\n",
                                    encoding="utf-8")
    corpus = Corpus(tmp_path / "odd.corpus")
    import_paths(corpus, [folder])
    odd = next(d.id for d in corpus.documents(with_text=True) if ODD in d.text)
    heard = []
    report = analyse(corpus, TaskState(lambda done, total, text: heard.append(text)))
    assert report.analysed == 5 and [u.document for u in report.unanalysed] == [odd]
    [unanalysed] = report.unanalysed
    assert "odd.txt" in unanalysed.name and str(unanalysed.failure) == ODD_FAILURES[failure]
    assert f"d{odd} " in report.summary() and "Could not analyse 1 document " in report.summary()
    assert any(t.startswith(f"analysed document {odd};") for t in heard) and heard[-1] == "done", "progress lost count at the odd document"
    assert pending_documents(corpus) == [odd]
    assert not store.attributions(corpus, document_id=odd)
    claims = store.claims(corpus)
    assert claims and all(linked(c) and odd not in c.documents() for c in claims)
    assert corpus.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert not list(corpus.db.execute("PRAGMA foreign_key_check"))

    failing.undo()
    again = analyse(corpus)
    assert again.analysed == 1 and not again.unanalysed and "Could not" not in again.summary()
    assert pending_documents(corpus) == []
    corpus.close()


def test_a_document_too_long_to_analyse_is_refused_before_parsing_never_retried_and_the_rest_is_linked(tmp_path, monkeypatch):
    """spaCy fails whole on a text past its max_length (E088); the run named it in spaCy's words, left it pending
    and promised to try again, every run. It is now refused by its length, named with what to do, and not parsed."""
    from viewer.analysis import documents
    from viewer.corpus.length_limit import ANALYSIS_READS

    from tests.conftest import write_too_long

    folder = tmp_path / "articles"
    shutil.copytree(SAMPLE_DIR, folder)
    write_too_long(folder)
    corpus = Corpus(tmp_path / "long.corpus")
    import_paths(corpus, [folder])
    [(long, characters)] = store.too_long(corpus)
    assert characters == len(corpus.document(long).text) > ANALYSIS_READS
    parsed = []
    parse_many = documents.parse_many

    def watched(unparsed, **options):
        unparsed = list(unparsed)
        parsed.extend(d.id for d in unparsed)
        return parse_many(unparsed, **options)

    monkeypatch.setattr(documents, "parse_many", watched)
    report = analyse(corpus)
    assert long not in parsed and len(set(parsed)) == 5
    assert report.analysed == 5 and not report.unanalysed
    [refused] = report.too_long
    assert refused.document == long and "archive.txt" in refused.name and "Ferry archive" in refused.name
    said = report.summary()
    assert "Too long to analyse, 1 document " in said and "Could not analyse" not in said
    assert (f"d{long} “Ferry archive” (archive.txt): too long to analyse: {characters:,} characters, more than the"
            f" analysis reads ({ANALYSIS_READS:,}); split it into parts and import those") in said
    assert "E088" not in said and "tries them again" not in said
    assert pending_documents(corpus) == [] and long not in pending_documents(corpus, redo=True)
    assert store.unanalysed_count(corpus) == 0 and store.unanalysed_among(corpus, [long]) == []
    claims = store.claims(corpus)
    assert claims and all(long not in c.documents() for c in claims)
    assert not store.attributions(corpus, document_id=long)
    parsed.clear()
    again = analyse(corpus, redo=True)
    assert long not in parsed and again.analysed == 5 and [r.document for r in again.too_long] == [long]
    corpus.close()


def test_only_a_document_past_the_limit_is_too_long(tmp_path):
    from viewer.corpus.length_limit import ANALYSIS_READS

    for name, n in (("at.txt", ANALYSIS_READS), ("past.txt", ANALYSIS_READS + 1)):
        (tmp_path / name).write_text(f"Ferry news {name[0]}" * (n // 12) + "z" * (n % 12), encoding="utf-8")
    with Corpus(tmp_path / "edge.corpus") as corpus:
        import_paths(corpus, [tmp_path / "at.txt", tmp_path / "past.txt"])
        lengths = {len(d.text): d.id for d in corpus.documents(with_text=True)}
        assert sorted(lengths) == [ANALYSIS_READS, ANALYSIS_READS + 1], "the import changed the made-up texts"
        at, past = lengths[ANALYSIS_READS], lengths[ANALYSIS_READS + 1]
        assert store.too_long(corpus) == [(past, ANALYSIS_READS + 1)] and store.too_long(corpus, [at]) == []
        assert store.unanalysed_among(corpus, [at, past]) == [at] and store.unanalysed_count(corpus) == 1
        assert pending_documents(corpus) == [at] and pending_documents(corpus, redo=True) == [at]


def test_relinking_gives_linking_each_dated_documents_year_and_month(sample_corpus, monkeypatch):
    """The recap check spares a follow-up's dated retelling of news from the month the lead's report
    came out (`verifier.recalled`): relinking hands linking the year and month each document's
    timeline dates it to, and leaves out the documents it cannot date to a month."""
    from viewer.analysis import pipeline
    from viewer.corpus.publication import as_published

    seen, link = [], pipeline.link_claims

    def link_keeping_dates(*args, **kwargs):
        seen.append(kwargs.get("published"))
        return link(*args, **kwargs)

    monkeypatch.setattr(pipeline, "link_claims", link_keeping_dates)
    relink(sample_corpus)
    dates = as_published(sample_corpus, sample_corpus.document_ids())
    expected = {d: (int(p.date[:4]), int(p.date[5:7])) for d, p in dates.items() if p.date and len(p.date) >= 7}
    assert expected and seen == [expected]


def test_a_claim_is_named_by_a_report_made_not_by_one_not_made(unsaid_reports_file):
    """`UNSAID_REPORTS`: the chief says the suspect was armed (d1), the police did not say (d2), the sheriff declined to
    say (d3); the claim, read in every output by its label, is named by the chief's words."""
    with Corpus(unsaid_reports_file, create=False) as corpus:
        (armed,) = [c.label for c in store.claims(corpus) if "armed" in c.label]
    assert armed.startswith("The suspect was armed when officers stopped him on Route 9"), armed
