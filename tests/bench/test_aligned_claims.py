"""bench/aligned_claims.py: mentions' content words (`alignment`) aligned by their contextual rows, the signs of a pair,
the reads kept between runs and the rows cut for `link_judge.py`."""
import pytest


ARREST = "Police arrested Mark Jones on Friday."
PARAPHRASES = [("Two men were shot and killed Saturday night, police said.",
                "According to police, two men died of gunshot wounds."),
               (ARREST, "Jones was taken into custody by police on Friday.")]
STAGES = [(ARREST, "A warrant was issued for Jones, according to the sheriff's office."),
          (ARREST, "Jones was released on bail on Friday, police said.")]


@pytest.fixture
def aligned(bench_script):
    return bench_script("aligned_claims")


@pytest.fixture
def signs(aligned):
    """Each made-up pair's SIGNS, by sign name, IDF over the pairs' mentions."""
    pairs = PARAPHRASES + STAGES
    texts = list(dict.fromkeys(t for pair in pairs for t in pair))
    reads = dict(zip(texts, aligned.read_texts(texts)))
    idf = aligned.inverse_frequencies(list(reads.values()))
    return [dict(zip(aligned.SIGNS, aligned.pair_signs(reads[a], reads[b], idf))) for a, b in pairs]


def test_a_paraphrase_aligns_its_words_beyond_the_names_closer_than_two_stages_of_one_arrest(signs):
    paraphrases, stages = signs[:2], signs[2:]
    assert min(s["unnamed"] for s in paraphrases) > max(s["unnamed"] for s in stages) + 0.1
    assert paraphrases[0]["main"] > stages[0]["main"] + 0.3
    assert stages[0]["names"] > paraphrases[0]["names"]


def test_a_word_meets_its_own_lemma_fully(aligned):
    a, b = aligned.read_texts(["Jones was arrested.", "Police arrest Jones."])
    best_a, best_b = aligned.best_matches(a, b)
    assert list(a.lemmas) == ["jones", "arrest"] and best_a.tolist() == [1.0, 1.0]
    assert best_b.min() < 1.0  # "police" has no partner


def test_reads_are_kept_and_read_back_without_encoding_again(aligned, tmp_path, monkeypatch):
    cache = tmp_path / "reads.pickle"
    first = aligned.cached_reads([ARREST], cache, projected=True)[ARREST]
    monkeypatch.setattr(aligned, "read_texts", lambda *args: pytest.fail("read again"))
    again = aligned.cached_reads([ARREST], cache, projected=True)[ARREST]
    assert again.lemmas == first.lemmas and (again.rows == first.rows).all()


def test_judge_rows_keep_the_named_signs_and_link_judge_reads_them(aligned, bench_script):
    rows = [{"claim": 0, "units": [1, 2], "reports": ["a", "b"], "x": [0.9, 0.8], "aligned": [0.1, 0.2, 0.3, 0.4, 0.2, 0.6], "y": 0},
            {"claim": 0, "units": [2, 3], "reports": ["a", "b"], "x": [0.9, 0.8], "aligned": [0.1, 0.9, 0.3, 0.4, 0.9, 0.6], "y": 1}]
    cut = aligned.judge_rows({"d": {"rows": rows, "same_event": 1, "events": {"a": 1, "b": 1}}}, ["pair", "unnamed"])["d"]["rows"]
    assert [r["x"] for r in cut] == [[0.9, 0.2], [0.9, 0.9]]
    assert bench_script("link_judge").kept_links(cut, [-5.0, 0.0, 10.0], 0.5) == [False, True]


def test_the_alone_parse_leaves_out_the_entities_and_changes_no_tag_arc_or_lemma(aligned):
    from viewer.analysis.nlp import english

    mentions = ["A 25-year-old man was shot Saturday night in Chicago, police said.",
                "The second victim, a Hispanic woman, died at 2 a.m. at Stroger Hospital."]
    whole, alone = list(english().pipe(mentions)), list(aligned.parsed_alone(mentions))
    assert not any(doc.ents for doc in alone) and all(doc.ents for doc in whole)
    seen = [[(t.tag_, t.pos_, t.dep_, t.head.i, t.lemma_) for t in doc] for doc in whole]
    assert [[(t.tag_, t.pos_, t.dep_, t.head.i, t.lemma_) for t in doc] for doc in alone] == seen
