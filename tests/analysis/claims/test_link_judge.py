"""The link judge takes a unit none of whose links it believes out of its claim, never the last links joining two
reports nor a unit a researcher's link holds; the shipped judge leaves the April sample reports' claims as they were."""
from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from viewer.analysis.claims import alignment
from viewer.analysis.claims.link_judge import (JUDGE_FILE, SIGNS, LinkJudge, judged_clusters, mention_reads,
                                               read_link_judge)
from viewer.analysis.claims.linking import claim_units, link_claims
from viewer.analysis.claims.model_files import ModelUnavailable
from viewer.analysis.claims.verifier import fitted
from viewer.analysis.model import Mention

SAMPLE = Path(__file__).resolve().parents[3] / "viewer" / "resources" / "sample"
PAIR_ALONE = LinkJudge((-20.0, 40.0), ("pair",), 0.5)  # believes a link whose pair score passes 0.5


_DOCUMENTS = [0, 0, 1, 1, 2, 2]  # units 0, 1 in report 0; 2, 3 in report 1; 4, 5 in report 2
_WEAK_FOUR = {(0, 2): 0.9, (0, 4): 0.2, (2, 4): 0.1}  # claim [0, 2, 4]: unit 4 reads like neither of the others
_ALL_JOINED = {(1, 3): 0.9, (1, 5): 0.9, (3, 5): 0.9}  # claim [1, 3, 5] joins every report pair


def _scores(grouped_scores, known):
    return grouped_scores(_DOCUMENTS, [["shot"]] * len(_DOCUMENTS), known)


def test_a_unit_none_of_whose_links_the_judge_believes_leaves_its_claim(grouped_scores):
    clusters = [[0, 2, 4], [1, 3, 5]]
    assert judged_clusters(clusters, _scores(grouped_scores, _WEAK_FOUR | _ALL_JOINED), {}, PAIR_ALONE) == [[0, 2], [1, 3, 5]]


def test_the_last_links_joining_two_reports_stay(grouped_scores):
    assert judged_clusters([[0, 2, 4]], _scores(grouped_scores, _WEAK_FOUR), {}, PAIR_ALONE) == [[0, 2, 4]]


def test_a_unit_a_researchers_link_holds_is_spared(grouped_scores):
    clusters = [[0, 2, 4], [1, 3, 5]]
    assert judged_clusters(clusters, _scores(grouped_scores, _WEAK_FOUR | _ALL_JOINED), {}, PAIR_ALONE, spared={4}) == clusters


def test_the_shipped_judge_reads_the_thirteen_signs_and_the_alignment_at_its_fitted_bar():
    judge = read_link_judge()
    assert judge.signs == SIGNS and len(judge.weights) == len(SIGNS) + 1 and 0 < judge.bar < 1
    assert fitted().link_judge == judge


@pytest.mark.parametrize("content, problem", [(None, "is missing"), ("{not json", "cannot be read"),
                                              ({"weights": [0.0, 1.0], "signs": ["loudness"], "bar": 0.2}, "is damaged"),
                                              ({"weights": [0.0], "signs": ["pair"], "bar": 0.2}, "is damaged")])
def test_a_missing_or_damaged_judge_file_stops_linking_with_a_clear_message(tmp_path, content, problem):
    path = tmp_path / JUDGE_FILE.name
    if content is not None:
        path.write_text(content if isinstance(content, str) else json.dumps(content), encoding="utf-8")
    with pytest.raises(ModelUnavailable, match=problem):
        read_link_judge(path)


@pytest.fixture(scope="module")
def april(nlp):
    from viewer.analysis.segment import parse

    files = sorted(p for p in SAMPLE.iterdir() if p.name[:3] in ("000", "001"))
    texts = {i: p.read_bytes().decode("utf-8").replace("\r\n", "\n") for i, p in enumerate(files)}
    return [u for d, t in texts.items() for u in claim_units(parse(d, t, []))], texts


def test_the_shipped_judge_leaves_the_april_sample_reports_claims_unchanged(april):
    units, texts = april
    assert link_claims(units, texts) == link_claims(units, texts, model=replace(fitted(), link_judge=None))


def test_a_judge_believing_no_link_keeps_one_link_of_the_two_april_reports_and_a_researchers(april):
    units, texts = april
    doubting = replace(fitted(), link_judge=LinkJudge((-5.0,) + (0.0,) * len(SIGNS), SIGNS, 0.5))
    claims = link_claims(units, texts, model=doubting)
    assert [len(c.mentions) for c in claims] == [2] and {m.document for m in claims[0].mentions} == {0, 1}
    far = [next(u for u in units if word in texts[u.document][u.span.start:u.span.end]) for word in ("Kramatorsk", "Estonia")]
    pair = tuple(Mention(u.document, u.span.start, u.span.end, texts[u.document][u.span.start:u.span.end]) for u in far)
    assert any(set(pair) <= set(c.mentions) for c in link_claims(units, texts, must_link=[pair], model=doubting))


def test_mentions_read_before_are_not_read_again(april, monkeypatch):
    """Relinking with corrections judges the claims twice; the second pass takes the first one's reads."""
    units, texts = april
    mentions = {k: texts[u.document][u.span.start:u.span.end] for k, u in enumerate(units[:6])}
    read, done = alignment.read, []
    monkeypatch.setattr(alignment, "read", lambda words, *rest: done.append(words) or read(words, *rest))
    known: dict = {}
    first = mention_reads(mentions, units, known)
    again = mention_reads(mentions, units, known)
    assert len(done) == len(set(mentions.values()))
    assert all(again[k] is first[k] for k in mentions)


def test_the_judge_reads_the_words_stored_at_analysis_and_a_relink_parses_nothing(april, monkeypatch):
    """Each unit keeps its content words from its document's parse (`alignment.stored_words`), so linking stored
    units, as a relink after a correction does, runs without the parser; a unit stored before they were kept (its
    words None) has none to align."""
    from viewer.analysis import nlp

    units, texts = april
    mentions = {k: texts[u.document][u.span.start:u.span.end] for k, u in enumerate(units)}
    assert all(u.features.aligned is not None for u in units) and any(u.features.aligned for u in units)
    claims = link_claims(units, texts)
    monkeypatch.setattr(nlp, "english", lambda *a, **k: pytest.fail("the relink parsed"))
    assert link_claims(units, texts) == claims
    reads = mention_reads(mentions, units)
    stored = next(k for k, u in enumerate(units) if u.features.aligned and u.pieces is not None)
    assert reads[stored].lemmas and set(reads[stored].lemmas) <= {w[0] for w in alignment.unpacked(units[stored].features.aligned)}
    old = [replace(u, features=replace(u.features, aligned=None)) for u in units]
    assert mention_reads({stored: mentions[stored]}, old)[stored].lemmas == ()
