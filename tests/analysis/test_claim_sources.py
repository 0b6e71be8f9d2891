"""A whole article judged not to carry a claim stays out of it through every relink, a source imported later,
re-analysis and a new analyser; "this passage carries it" takes that back; a claim the analysis no longer makes
leaves the correction kept and said not to apply, never pinned on another claim.

The articles are made up: three reports of one fire, the second restating the count of homes lower down in
words the linker first leaves out (its two passages do not verify against each other), and a fourth,
imported later, worded like that second passage: through it an unlink of passage pairs let the article back in.
"""
from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from viewer.analysis import claim_sources, documents, operations, pipeline, store
from viewer.analysis.corrections import Carries, NotCarried, Unlink, Withdraw, overlay
from viewer.analysis.model import Mention
from viewer.corpus.importing import import_paths
from viewer.corpus.store import Corpus
from viewer.jobs import TaskState

from tests.conftest import FIRE_LATER

HOMES, EVACUATED = "A wildfire destroyed 40 homes", "About 300 residents"  # d1's wording of two claims
LOWER_DOWN = "Forty houses in Riverton burned down"  # d2's second passage on the homes


@pytest.fixture
def fire(fire_reports):
    return fire_reports


def claim_of(corpus: Corpus, document: int, words: str) -> store.StoredClaim | None:
    """The claim with a mention of ``document`` holding these words, if any."""
    found = [c for c in store.claims(corpus) if any(m.document == document and words in m.text for m in c.mentions)]
    assert len(found) <= 1
    return found[0] if found else None


def in_claim(corpus: Corpus, claim_id: int, document: int) -> bool:
    return any(c.id == claim_id and c.mentions_in(document) for c in store.claims(corpus))


def correct(corpus: Corpus, *steps) -> None:
    operations.correction_job(steps)(corpus, TaskState())


def import_later(corpus: Corpus, tmp_path: Path) -> None:
    (tmp_path / "d.txt").write_text(FIRE_LATER, encoding="utf-8")
    import_paths(corpus, [tmp_path / "d.txt"])
    pipeline.analyse(corpus)


def test_the_made_up_reports_link_as_the_tests_expect(fire):
    homes = claim_of(fire, 1, HOMES)
    assert homes is not None and homes.documents() == [1, 2, 3]
    assert not any(LOWER_DOWN in m.text for m in homes.mentions)  # the linker leaves d2's second passage out


def test_an_unlink_of_passage_pairs_let_the_article_back_in_through_a_later_source(fire, tmp_path):
    """The failure the whole-article correction answers: unlinked pair by pair, d2 is back in the claim through
    a passage no unlinked pair names: at once, as another claim joins d2 to d1 and d3 (`average_link.supported`),
    and through its other passage once a source worded like that passage is imported."""
    homes = claim_of(fire, 1, HOMES)
    pairs = [Unlink((a.document, a.start, a.end), (b.document, b.start, b.end))  # what the window used to record
             for a in homes.mentions_in(2) for b in homes.mentions if b.document != 2]
    correct(fire, *pairs)
    assert in_claim(fire, homes.id, 2)
    import_later(fire, tmp_path)
    assert in_claim(fire, homes.id, 2) and any(LOWER_DOWN in m.text for m in store.claim(fire, homes.id).mentions)


def test_an_article_judged_not_to_carry_a_claim_stays_out_of_it_through_import_reanalysis_and_a_new_analyser(
        fire, tmp_path, monkeypatch):
    homes = claim_of(fire, 1, HOMES)
    correct(fire, operations.not_carried(homes, 2))
    assert not in_claim(fire, homes.id, 2) and store.claim(fire, homes.id).documents() == [1, 3]
    import_later(fire, tmp_path)
    assert not in_claim(fire, homes.id, 2)
    assert claim_of(fire, 1, HOMES).id == homes.id  # the claim keeps its id, and its other sources
    pipeline.analyse(fire, redo=True)
    assert not in_claim(fire, homes.id, 2)
    # a new analyser that cuts every unit a character shorter: the passages the correction named no longer
    # are units, yet it still names the claim and keeps the whole article out of it
    cut = documents.found_units
    monkeypatch.setattr(documents, "found_units", lambda parsed: [
        dataclasses.replace(u, span=dataclasses.replace(u.span, end=u.span.end - 1)) for u in cut(parsed)])
    monkeypatch.setattr(pipeline, "ANALYSER_VERSION", "next")
    assert pipeline.analyse(fire).analysed == 4
    now = claim_of(fire, 1, HOMES[:-1])
    assert now.id == homes.id and not now.mentions_in(2) and now.mentions[0].end == homes.mentions[0].end - 1
    (judged,) = claim_sources.judgements(fire)
    assert judged.applies and judged.claim == homes.id and not judged.carried
    assert claim_sources.not_carried(fire, [2, 3]) == {(2, homes.id): judged}


def test_the_other_claims_of_the_article_are_left_as_they_were(fire):
    evacuated = claim_of(fire, 1, EVACUATED)
    correct(fire, operations.not_carried(claim_of(fire, 1, HOMES), 2))
    assert claim_of(fire, 1, EVACUATED) == evacuated


def test_this_passage_carries_the_claim_takes_the_article_back_in(fire):
    homes = claim_of(fire, 1, HOMES)
    correct(fire, operations.not_carried(homes, 2))
    text = fire.document(2).text
    start = text.index(LOWER_DOWN)
    passage = (2, start, text.index(".", start) + 1)
    correct(fire, operations.carries(store.claim(fire, homes.id), passage))
    assert any(m.document == 2 and m.start <= start < m.end for m in store.claim(fire, homes.id).mentions)
    (judged,) = claim_sources.judgements(fire)  # the later word replaced the earlier
    assert judged.carried and judged.applies and claim_sources.not_carried(fire) == {}
    pipeline.analyse(fire, redo=True)
    assert in_claim(fire, homes.id, 2)


def test_a_claim_the_analysis_no_longer_makes_keeps_the_correction_as_not_applying(fire, monkeypatch):
    """A new analyser no longer reads d1's and d3's sentences on the evacuation as claims: the claim is gone.
    The correction is kept, said not to apply, and named on no other claim; when the claim comes back, so
    does the correction."""
    evacuated = claim_of(fire, 1, EVACUATED)
    assert evacuated.documents() == [1, 2, 3]
    correct(fire, operations.not_carried(evacuated, 2))
    assert store.claim(fire, evacuated.id).documents() == [1, 3]
    found = documents.found_units
    monkeypatch.setattr(documents, "found_units",
                        lambda parsed: [u for u in found(parsed) if "300" not in parsed.text[u.span.start:u.span.end]])
    monkeypatch.setattr(pipeline, "ANALYSER_VERSION", "next")
    pipeline.analyse(fire)
    assert evacuated.id not in store.claim_ids(fire)
    (judged,) = claim_sources.judgements(fire)
    assert judged.claim is None and not judged.applies and claim_sources.not_carried(fire) == {}
    assert "not applying" in judged.describe() and "300" in judged.describe()
    assert isinstance(store.corrections(fire)[-1], NotCarried)  # kept
    monkeypatch.setattr(documents, "found_units", found)
    monkeypatch.setattr(pipeline, "ANALYSER_VERSION", "again")
    pipeline.analyse(fire)
    (judged,) = claim_sources.judgements(fire)
    assert judged.claim == evacuated.id and not in_claim(fire, evacuated.id, 2)


def test_a_claim_whose_passages_split_is_matched_only_where_half_of_them_are(fire):
    """Unlinking d1 from d3 inside the claim leaves no claim holding half of the passages the correction named
    (d1's and d3's), so it applies to none rather than to whichever claim holds one of them."""
    evacuated = claim_of(fire, 1, EVACUATED)
    correct(fire, operations.not_carried(evacuated, 2))
    d1, d3 = (m for m in store.claim(fire, evacuated.id).mentions)
    correct(fire, Unlink((d1.document, d1.start, d1.end), (d3.document, d3.start, d3.end)))
    (judged,) = claim_sources.judgements(fire)
    assert judged.claim is None


def test_undo_withdraws_the_record_and_the_article_comes_back(fire):
    homes = claim_of(fire, 1, HOMES)
    said = operations.not_carried(homes, 2)
    correct(fire, said)
    correct(fire, Withdraw(said, None))
    assert in_claim(fire, homes.id, 2) and store.corrections(fire) == []


def test_later_words_on_one_article_and_claim_replace_earlier_ones():
    d1, d3 = (1, 0, 40), (3, 5, 60)
    out, back = NotCarried(7, "40 homes", (d1, d3), document=2), Carries(7, "40 homes", (d1, d3), passage=(2, 10, 50))
    fixes = overlay([out, back])
    assert fixes.not_carried == {} and fixes.carried == {(2, 7): back} and len(fixes.must_link) == 2
    fixes = overlay([back, out])
    assert fixes.not_carried == {(2, 7): out} and fixes.carried == {} and fixes.must_link == []
    assert fixes.kept_apart() == [(2, [Mention(1, 0, 40, ""), Mention(3, 5, 60, "")])]
