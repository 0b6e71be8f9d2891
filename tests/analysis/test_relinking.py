"""Claims keep their ids through relinking, and with them their notes, tags and colours: through
importing more sources and re-analysing, and through a hand link that gives a claim an earlier
mention (which orphaned a note keyed by the first mention). Documents are imported in orders
where renumbering claims by first mention, as linking used to, would move the ids."""
from __future__ import annotations

import shutil
from pathlib import Path

from viewer.analysis import store
from viewer.analysis.corrections import Link, Unlink
from viewer.analysis.pipeline import analyse
from viewer.corpus import notes
from viewer.corpus.importing import import_paths
from viewer.corpus.store import Corpus

REPO = Path(__file__).resolve().parents[2]
SAMPLE = sorted((REPO / "viewer" / "resources" / "sample").glob("*.txt"))
OLD_CORPUS = REPO / "tests" / "data" / "schema-3-claim-notes.corpus"


def claim_with(corpus: Corpus, document: int, start: int) -> store.StoredClaim:
    (found,) = [c for c in store.claims(corpus) if any((m.document, m.start) == (document, start) for m in c.mentions)]
    return found


def spans(claim: store.StoredClaim) -> set[tuple[int, int, int]]:
    return {(m.document, m.start, m.end) for m in claim.mentions}


def annotate(corpus: Corpus, claim_id: int) -> None:
    notes.set_note(corpus, "claim", notes.claim_key(claim_id), "Ask the ministry for its statement.")
    notes.set_tags(corpus, "claim", notes.claim_key(claim_id), ["disputed"])


def annotated(corpus: Corpus, claim_id: int) -> bool:
    key = notes.claim_key(claim_id)
    return notes.note(corpus, "claim", key) is not None and notes.tags(corpus, "claim", key) == ["disputed"]


def test_notes_tags_and_a_hand_link_stay_on_their_claims_through_import_more_and_reanalysis(tmp_path):
    with Corpus(tmp_path / "c.corpus") as corpus:
        import_paths(corpus, [SAMPLE[0], SAMPLE[3]])  # d1, d2
        analyse(corpus)
        store.record_correction(corpus, Link((1, 783, 888), (2, 1731, 1965)))  # Vereshchuk, by hand
        store.record_correction(corpus, Link((1, 890, 955), (2, 819, 972)))  # shelling, by hand
        analyse(corpus)
        told, linked = claim_with(corpus, 1, 783), claim_with(corpus, 1, 890)
        annotate(corpus, told.id)
        annotate(corpus, linked.id)
        before = {c.id: spans(c) for c in store.claims(corpus)}

        import_paths(corpus, [SAMPLE[1], SAMPLE[2], SAMPLE[4]])  # d3 repeats d1's surrender claim
        analyse(corpus)
        assert claim_with(corpus, 1, 783).id == told.id and annotated(corpus, told.id)
        assert spans(claim_with(corpus, 1, 890)) >= before[linked.id]
        assert claim_with(corpus, 1, 890).id == linked.id and annotated(corpus, linked.id)
        new = [c.id for c in store.claims(corpus) if c.id not in before]
        assert new and min(new) > max(before)  # the surrender claim sorts first now, yet takes a new id

        ids = {c.id: spans(c) for c in store.claims(corpus)}
        analyse(corpus, redo=True)
        assert {c.id: spans(c) for c in store.claims(corpus)} == ids


def test_a_hand_link_that_adds_an_earlier_mention_keeps_the_claim_and_its_note(sample_corpus):
    store.record_correction(sample_corpus, Link((3, 650, 735), (5, 0, 203)))  # "959", by hand
    analyse(sample_corpus)
    claim = claim_with(sample_corpus, 3, 650)
    annotate(sample_corpus, claim.id)
    store.record_correction(sample_corpus, Link((2, 587, 821), (3, 650, 735)))
    analyse(sample_corpus)
    linked = claim_with(sample_corpus, 3, 650)
    assert linked.id == claim.id and annotated(sample_corpus, claim.id)
    assert (linked.mentions[0].document, linked.mentions[0].start) == (2, 587)  # what the old key was made of
    analyse(sample_corpus, redo=True)
    assert claim_with(sample_corpus, 2, 587).id == claim.id


def test_a_claim_unlinked_and_linked_again_comes_back_with_its_note(sample_corpus):
    claim = claim_with(sample_corpus, 1, 356)  # "162 were officers and 47 were women", in d1 and d2
    annotate(sample_corpus, claim.id)
    a, b = ((m.document, m.start, m.end) for m in claim.mentions)
    store.record_correction(sample_corpus, Unlink(a, b))
    analyse(sample_corpus)
    assert claim.id not in store.claim_ids(sample_corpus)
    store.record_correction(sample_corpus, Link(a, b))
    analyse(sample_corpus)
    assert claim_with(sample_corpus, 1, 356).id == claim.id and annotated(sample_corpus, claim.id)


def test_an_old_corpus_keeps_its_claim_notes_when_a_new_analysis_links_differently(tmp_path):
    """A corpus analysed by an older linker: its claims' notes survive the re-analysis, and a claim
    the new linker no longer makes comes back with its id and note when linked by hand."""
    old = tmp_path / "old.corpus"
    shutil.copy(OLD_CORPUS, old)
    with Corpus(old) as corpus:
        noted = claim_with(corpus, 1, 0)
        assert notes.note(corpus, "claim", notes.claim_key(noted.id)).startswith("Ask **AFP**")
        wounded = claim_with(corpus, 1, 419)
        import_paths(corpus, SAMPLE[2:])
        analyse(corpus)
        assert notes.tags(corpus, "claim", notes.claim_key(noted.id)) == ["disputed", "follow-up"]
        a, b = ((m.document, m.start, m.end) for m in wounded.mentions)
        store.record_correction(corpus, Link(a, b))
        analyse(corpus)
        assert claim_with(corpus, 1, 419).id == wounded.id
        assert notes.note(corpus, "claim", notes.claim_key(wounded.id)) == "Both outlets give the same figure."
