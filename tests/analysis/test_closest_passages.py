"""The closest passages of a document to a claim it was not linked to: real vectors, real texts."""
from __future__ import annotations

import numpy as np
import pytest

from viewer.analysis import store
from viewer.analysis.claims.encoder import shared_encoder
from viewer.analysis.claims.features import ClaimUnit, UnitFeatures
from viewer.analysis.closest_passages import FLOOR, ClosestIndex, best_similarity, closest_passages, ranked
from viewer.analysis.documents import DocumentAnalysis
from viewer.analysis.model import Claim, Mention
from viewer.corpus.importing import import_paths
from viewer.corpus.spans import Span

# Made-up reports: the council's budget vote, told twice in other words, and a story about something else.
ARTICLES = {
    "a.txt": "The city council approved a budget of 4 million euros on Monday. The mayor was absent.",
    "b.txt": "Councillors voted through a four-million-euro spending plan at Monday's session. "
             "It rained all day in the harbour district.",
    "c.txt": "A cat was rescued from a tall oak tree by firefighters. Neighbours cheered when it came down.",
    "d.txt": "On Monday the municipal council passed the 4 million euro budget. Shops stayed open late.",
}


def _sentences(text: str) -> list[Span]:
    spans, start = [], 0
    for piece in text.split(". "):
        end = start + len(piece) + (0 if piece.endswith(".") else 1)
        spans.append(Span(start, min(end, len(text))))
        start = end + 1
    return spans


@pytest.fixture
def budget_corpus(memory_corpus, tmp_path):
    """Four made-up articles, each sentence a unit with its real sentence vector; claim [1] links a and d."""
    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    import_paths(memory_corpus, sorted(tmp_path.glob("*.txt")))
    ids = {name: d for d in memory_corpus.document_ids()
           for name in ARTICLES if memory_corpus.document(d, with_text=False).source_path.endswith(name)}
    results = []
    for name, document_id in ids.items():
        text = ARTICLES[name]
        spans = _sentences(text)
        vectors = shared_encoder().encode([text[s.start:s.end] for s in spans])
        results.append(DocumentAnalysis(document_id, [], [ClaimUnit(document_id, s, UnitFeatures(), v)
                                                          for s, v in zip(spans, vectors)]))
    store.write_documents(memory_corpus, results, "test")
    first = {name: _sentences(ARTICLES[name])[0] for name in ("a.txt", "d.txt")}
    store.write_claims(memory_corpus, {1: Claim("budget approved", [
        Mention(ids[name], s.start, s.end, ARTICLES[name][s.start:s.end]) for name, s in first.items()])})
    return memory_corpus, ids


def test_the_paraphrase_in_an_unlinked_report_is_the_closest_passage(budget_corpus):
    corpus, ids = budget_corpus
    claim = store.claim(corpus, 1)
    found = closest_passages(corpus, claim, ids["b.txt"])
    assert found, "the paraphrase of the vote reaches the floor"
    best = found[0]
    assert best.text.startswith("Councillors voted through")
    assert best.text == corpus.document(ids["b.txt"]).text[best.start:best.end]
    assert best.similarity >= FLOOR
    assert all(p.similarity <= best.similarity for p in found)
    assert "rained" not in " ".join(p.text for p in found[:1])


def test_a_report_about_something_else_offers_no_passage(budget_corpus):
    corpus, ids = budget_corpus
    assert closest_passages(corpus, store.claim(corpus, 1), ids["c.txt"]) == []


def test_a_report_carrying_the_claim_needs_no_hint(budget_corpus):
    corpus, ids = budget_corpus
    assert closest_passages(corpus, store.claim(corpus, 1), ids["a.txt"]) == []


def test_units_stored_without_vectors_give_no_passage_and_no_error(budget_corpus):
    corpus, ids = budget_corpus
    with corpus.transaction() as db:
        db.execute("UPDATE claim_units SET embedding = NULL WHERE document_id = ?", (ids["b.txt"],))
    assert closest_passages(corpus, store.claim(corpus, 1), ids["b.txt"]) == []
    with corpus.transaction() as db:
        db.execute("UPDATE claim_units SET embedding = NULL")
        db.execute("UPDATE claim_units SET embedding = x'00' WHERE document_id = ?", (ids["b.txt"],))
    assert closest_passages(corpus, store.claim(corpus, 1), ids["b.txt"]) == []


def test_a_document_never_analysed_gives_no_passage(budget_corpus, tmp_path):
    corpus, ids = budget_corpus
    (tmp_path / "e.txt").write_text("The council approved the budget on Monday, reports said.", encoding="utf-8")
    import_paths(corpus, [tmp_path / "e.txt"])
    new = max(corpus.document_ids())
    assert closest_passages(corpus, store.claim(corpus, 1), new) == []


def test_ranking_keeps_the_best_above_the_floor_in_reading_order_on_ties():
    similarity = np.array([0.2, 0.9, 0.6, 0.9, 0.56], dtype=np.float32)
    assert ranked(similarity, floor=0.55, count=3) == [1, 3, 2]
    assert ranked(similarity, floor=0.95) == []
    assert best_similarity(np.zeros((0, 0)), np.ones((2, 3))).tolist() == [0.0, 0.0]


def _ranked_by_sorting_every_unit(similarity, floor, count):
    """The ranking as it was first written: every unit sorted in Python, then cut at the floor."""
    order = sorted(range(len(similarity)), key=lambda i: (-float(similarity[i]), i))
    return [i for i in order[:count] if similarity[i] >= floor]


def test_ranking_gives_what_sorting_every_unit_gave():
    """Ties, values on the floor itself and columns with nothing, one or many above it."""
    rng = np.random.default_rng(21)
    for trial in range(2000):
        size = int(rng.integers(0, 40))
        similarity = rng.choice(np.array([0.3, 0.549, 0.55, 0.56, 0.7, 0.9], dtype=np.float32), size) \
            if trial % 2 else rng.uniform(-0.2, 1.0, size).astype(np.float32)
        floor, count = (FLOOR, 3) if trial % 3 else (float(rng.uniform(0, 1)), int(rng.integers(1, 6)))
        assert ranked(similarity, floor, count) == _ranked_by_sorting_every_unit(similarity, floor, count)


class _CountedReads(np.ndarray):
    """A similarity column that counts the units read one at a time in Python."""

    reads = 0

    def __getitem__(self, key):
        if isinstance(key, (int, np.integer)):
            _CountedReads.reads += 1
        return super().__getitem__(key)


def test_ranking_a_long_column_reads_only_the_units_above_the_floor():
    """A report's matrix ranks every unit of every column for every claim (46 of 75 s of a 200-article
    report under a profile, most of it reading units far below the floor one by one)."""
    similarity = np.full(5000, 0.2, dtype=np.float32)
    similarity[[10, 4000]] = [0.6, 0.8]
    column = similarity.view(_CountedReads)
    _CountedReads.reads = 0
    assert ranked(column) == [4000, 10]
    assert _CountedReads.reads <= 20


def test_on_the_sample_a_missed_report_of_the_surrender_points_at_its_own_surrender_sentence(sample_corpus):
    """The sample's d3 tells of the Mariupol surrender the April claims carry, in other words."""
    surrender = next(c for c in store.claims(sample_corpus) if "1,000 Ukrainian" in c.label)
    silent = [d for d in sample_corpus.document_ids() if not surrender.mentions_in(d)]
    assert silent
    found = {d: closest_passages(sample_corpus, surrender, d) for d in silent}
    assert any(found.values())
    for d, passages in found.items():
        text = sample_corpus.document(d).text
        for p in passages:
            assert text[p.start:p.end] == p.text and p.similarity >= FLOOR
    assert all("surrender" in p[0].text.lower() for p in found.values() if p)


def test_a_damaged_vector_of_another_length_is_left_out(budget_corpus):
    corpus, ids = budget_corpus
    with corpus.transaction() as db:
        db.execute("UPDATE claim_units SET embedding = x'003c003c' WHERE document_id = ? AND start > 0", (ids["b.txt"],))
    found = closest_passages(corpus, store.claim(corpus, 1), ids["b.txt"])
    assert [p.text[:11] for p in found] == ["Councillors"]


def test_every_pair_of_a_report_matrix_gets_the_same_passage_as_one_by_one(budget_corpus):
    corpus, ids = budget_corpus
    claim = store.claim(corpus, 1)
    index = ClosestIndex(corpus)
    each = {(claim.id, d): found[0] for d in sorted(ids.values()) if (found := index.passages(claim, d, count=1))}
    assert set(each) == {(1, ids["b.txt"])}
    assert each[(1, ids["b.txt"])] == closest_passages(corpus, claim, ids["b.txt"])[0]


def test_a_closest_passage_that_updates_the_claims_count_says_it_may_be_an_update(sample_corpus):
    """d5's May count of 959 was offered for the April claim of "more than 1,000" as merely "very similar", inviting
    a link of two counts that cannot both hold; the claim's thread already held it as a possible update."""
    from viewer.analysis.closest_passages import UPDATE_WORDS

    claim = store.claim(sample_corpus, 1)
    thread = {(m.document, m.start, m.end) for m in store.thread_spans(sample_corpus, 1)}
    offered = closest_passages(sample_corpus, claim, 5)
    updating = [p for p in offered if (p.document, p.start, p.end) in thread]
    assert updating and "959" in updating[0].text
    assert all(p.update and p.closeness().endswith(UPDATE_WORDS) for p in updating)
    others = [p for p in offered if p not in updating]
    assert all(not p.update and "update" not in p.closeness() for p in others)
