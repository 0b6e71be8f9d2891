"""The correction job the window and the CLI both run: each kind kept where it belongs, relinked only when needed."""
from __future__ import annotations

import pytest

from viewer.analysis import pipeline, store
from viewer.analysis.corrections import MergeSpeakers, Restore, SetDate, SetOutlet
from viewer.analysis.operations import correction_job, not_carried
from viewer.corpus import publication
from viewer.jobs import DOCUMENTS, SPEAKERS, Cancelled, TaskState


@pytest.fixture
def relinks(monkeypatch):
    counted = []
    real = pipeline.relink
    monkeypatch.setattr(pipeline, "relink",
                        lambda corpus, fixes=None, state=None: counted.append(1) or real(corpus, fixes, state=state))
    return counted


def test_a_documents_date_is_kept_by_the_corpus_with_its_original_and_nothing_is_relinked(sample_corpus, relinks):
    before = sample_corpus.document(1).published
    changes = correction_job([SetDate(1, "13 April 2022")])(sample_corpus, TaskState())
    assert changes.touched == {DOCUMENTS} and relinks == []
    assert sample_corpus.document(1).published == "2022-04-13"
    assert publication.corrections_of(sample_corpus, 1)["published"].original == before
    assert changes.summary.startswith("d1: date set to “2022-04-13”")
    assert store.corrections(sample_corpus) == []  # not beside the analysis

    changes = correction_job([Restore(1, "published")])(sample_corpus, TaskState())
    assert sample_corpus.document(1).published == before and "date restored to" in changes.summary


def test_a_batch_is_recorded_together_and_relinked_once(sample_corpus, relinks):
    names = sorted(s.name for s in store.speakers(sample_corpus))[:2]
    changes = correction_job([MergeSpeakers(*names), SetOutlet(2, "Hindustan Times")], "two fixes")(
        sample_corpus, TaskState())
    assert relinks == [1] and changes.summary == "two fixes"
    assert changes.touched == {DOCUMENTS, SPEAKERS}
    assert sample_corpus.document(2).outlet == "Hindustan Times"
    assert store.corrections(sample_corpus) == [MergeSpeakers(*names)]


def test_a_refused_correction_in_a_batch_keeps_none_of_it(sample_corpus, relinks):
    names = sorted(s.name for s in store.speakers(sample_corpus))[:2]
    with pytest.raises(ValueError, match="is not a date"):
        correction_job([MergeSpeakers(*names), SetDate(1, "soon")])(sample_corpus, TaskState())
    assert store.corrections(sample_corpus) == [] and relinks == []


def test_a_cancel_while_relinking_keeps_the_correction_and_the_previous_speakers(sample_corpus):
    names = sorted(s.name for s in store.speakers(sample_corpus))[:2]
    speakers_before = len(store.speakers(sample_corpus))
    state = TaskState(lambda _done, _total, text: "relinking" in text and state.cancel())

    with pytest.raises(Cancelled, match="recorded merge-speakers; relinking stopped"):
        correction_job([MergeSpeakers(*names)])(sample_corpus, state)

    assert len(store.corrections(sample_corpus)) == 1
    assert len(store.speakers(sample_corpus)) == speakers_before
    pipeline.relink(sample_corpus)
    assert len(store.speakers(sample_corpus)) == speakers_before - 1


def test_taking_an_article_out_of_a_claim_says_which_source_the_relink_let_in(sample_corpus):
    """Without the article the claim may take in a passage of another source (on BASIL, "d8 does not carry claim
    [14]" let d9's "Critics also note…" into Inslee's words): the job says so, so the researcher checks the claim.
    Here the researcher saw claim 1 in d1 alone besides d3; the relink keeps d2 in it, which they never saw there."""
    from viewer.analysis.corrections import NotCarried, passage_of

    claim = store.claim(sample_corpus, 1)
    assert set(claim.documents()) == {1, 2}
    seen = NotCarried(claim.id, claim.label, tuple(passage_of(m) for m in claim.mentions_in(1)), document=3)
    said = correction_job([seen])(sample_corpus, TaskState()).summary
    assert said.endswith("; claim [1] now also holds d2, which the relink joined to it without d3: check it"), said
    usual = NotCarried(claim.id, claim.label, tuple(passage_of(m) for m in claim.mentions), document=3)
    said = correction_job([usual])(sample_corpus, TaskState()).summary
    assert "now also holds" not in said and set(store.claim(sample_corpus, 1).documents()) == {1, 2}, said


def test_taking_the_only_other_source_out_of_a_claim_says_the_claim_is_gone(sample_corpus):
    claim = store.claim(sample_corpus, 2)
    assert claim.documents() == [1, 2]
    said = correction_job([not_carried(claim, 2)])(sample_corpus, TaskState()).summary
    assert 2 not in store.claim_ids(sample_corpus)
    assert said.endswith("; claim [2] is gone: d1 was its only other source"), said


def test_analysing_a_corpus_without_documents_says_to_import_first(memory_corpus):
    """A new corpus's Analyse said "analysed 0 new documents; corpus now has 0 linked claims, 0 attributions, 0
    speakers", as if the analysis had found nothing."""
    from viewer.analysis.operations import analyse_job

    changes = analyse_job()(memory_corpus, TaskState())
    assert changes.summary.startswith("nothing to analyse: the corpus holds no documents yet; import some first")
    assert changes.touched == frozenset()


def test_a_hand_link_of_a_few_words_says_it_took_their_whole_sentences(sample_corpus):
    """A claim is linked by whole sentences: selecting "comments by Representative Todd Akin" linked a 40-word
    sentence on BASIL without a word; the status line now quotes what was linked."""
    from viewer.analysis.operations import link_passages

    def words(document_id: int, phrase: str) -> tuple[int, int, int]:
        start = sample_corpus.document(document_id).text.index(phrase)
        return document_id, start, start + len(phrase)

    a = words(1, "link the annexed Crimea")
    b = words(2, "has called on Ukrainian servicemen")
    said = correction_job(link_passages(a, b), "Linked")(sample_corpus, TaskState()).summary
    assert "the link takes the whole sentence: d1 “Russia is believed to be trying to link the annexed Crimea" in said
    assert "; d2 “" in said


def test_a_hand_link_of_two_passages_in_no_claim_says_they_make_a_new_one(sample_corpus):
    """What became of the claims is said for every link: here neither passage stood in a claim before."""
    from viewer.analysis.model import Mention
    from viewer.analysis.operations import link_passages

    def words(document_id: int, phrase: str) -> tuple[int, int, int]:
        start = sample_corpus.document(document_id).text.index(phrase)
        return document_id, start, start + len(phrase)

    a = words(3, "the fate of this new batch of surrendering soldiers remains unknown")
    b = words(4, "Ukraine thus offered Russia on Wednesday")
    assert not any(store.claims_at(sample_corpus, [Mention(*p, "") for p in (a, b)]).values())
    changes = correction_job(link_passages(a, b), "Linked")(sample_corpus, TaskState())
    assert changes.summary.startswith(f"Linked: passages of d3 and d4 make a new claim [{changes.select_claim}]"), \
        changes.summary


DENIED = ("Clerk says store was left open\n\nThe clerk did not lock the cash box on Friday night, police said. "
          "A man took $400 from the register before midnight. Officers are asking for the public's help.\n")
STATED = ("Cash stolen from Main Street store\n\nThe clerk locked the cash box on Friday night before she left, "
          "police said. A man later took $400 from the register. Police have not named a suspect.\n")


def test_a_hand_link_and_its_unlink_load_no_parser(tmp_path, monkeypatch):
    """A relink reads what each unit kept at analysis (its words, its times' events, its denials' acts and its word
    forms): loading spaCy's pipeline was about 1.6 s of a researcher's first hand link in a session. The two reports
    deny and state one act, so the relink reads a polarity line's act."""
    from tests.conftest import analysed_corpus
    from viewer.analysis import nlp, polarity
    from viewer.analysis.corrections import Unlink
    from viewer.analysis.operations import link_passages

    corpus = analysed_corpus(tmp_path / "reports", {"a.txt": DENIED, "b.txt": STATED})
    first, second = corpus.document_ids()

    def words(document_id: int, phrase: str) -> tuple[int, int, int]:
        start = corpus.document(document_id).text.index(phrase)
        return document_id, start, start + len(phrase)

    def no_pipeline():
        raise AssertionError("a hand link loaded spaCy's pipeline")

    read = []
    affirmed = polarity._act_affirmed
    monkeypatch.setattr(polarity, "_act_affirmed", lambda *args: read.append(args) or affirmed(*args))
    monkeypatch.setattr(nlp, "_pipeline", None)
    monkeypatch.setattr(nlp, "_load", no_pipeline)
    a, b = words(first, "did not lock the cash box"), words(second, "locked the cash box")
    try:
        assert correction_job(link_passages(a, b), "Linked")(corpus, TaskState()).summary.startswith("Linked")
        assert correction_job([Unlink(a, b)], "Unlinked")(corpus, TaskState()).summary.startswith("Unlinked")
    finally:
        corpus.close()
    assert read and read[0][0] == ("lock",), "the relink read the act the clerk's denial denies"
    assert not nlp.loaded()
