"""Fixtures shared by the analysis tests: the spaCy pipeline once per session, and parsing."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def nlp():
    from viewer.analysis.nlp import english

    return english()


@pytest.fixture
def parsed(nlp):
    """``parsed(text)`` parses made-up article text the way the pipeline does (no boilerplate)."""
    from viewer.analysis.segment import parse

    def _parse(text: str, boilerplate=(), document_id: int = 1):
        return parse(document_id, text, list(boilerplate))

    return _parse


@pytest.fixture
def sentence_unit(nlp):
    """``sentence_unit(text)``: the claim-unit features of a made-up sentence read whole, as the linker stores them."""
    from viewer.analysis.claims.units import unit_features
    from viewer.corpus.spans import Span

    return lambda text: unit_features(nlp(text), Span(0, len(text)))


@pytest.fixture
def apart_both_ways(sentence_unit):
    """``apart_both_ways(veto, one, other)``: the veto on two made-up sentences' units in one order and the other, as a
    pair: a veto reads no order."""
    def _both_ways(veto, one: str, other: str) -> tuple[bool, bool]:
        return veto(sentence_unit(one), sentence_unit(other)), veto(sentence_unit(other), sentence_unit(one))

    return _both_ways


@pytest.fixture
def joined(parsed):
    """``joined(first, second, word)``: whether linking two made-up reports (documents 1 and 2) makes a claim holding
    both, one of its mentions with ``word`` in it: the pair a veto is there to keep apart."""
    from viewer.analysis.claims.linking import claim_units, link_claims

    def _joined(first: str, second: str, word: str) -> bool:
        units = claim_units(parsed(first, document_id=1)) + claim_units(parsed(second, document_id=2))
        return any({m.document for m in c.mentions} == {1, 2} and any(word in m.text for m in c.mentions)
                   for c in link_claims(units, {1: first, 2: second}))

    return _joined


@pytest.fixture
def kept_apart_by(joined, monkeypatch):
    """``kept_apart_by(veto, first, second, word)``: whether two made-up reports are not linked on ``word``, and are
    once the verifier's ``veto`` (a name in `claims.verifier`) is switched off: that the veto is what parts them."""
    from viewer.analysis.claims import verifier

    def _kept_apart(veto: str, first: str, second: str, word: str) -> bool:
        apart = not joined(first, second, word)
        monkeypatch.setattr(verifier, veto, lambda a, b: False)
        return apart and joined(first, second, word)

    return _kept_apart


@pytest.fixture
def analysed_articles(memory_corpus, tmp_path):
    """``analysed_articles(articles)``: made-up articles (file name -> text) imported and analysed by the real pipeline,
    as their texts by document, units, attributed spans, attribution sources, and a maker of a mention of given words
    in a document: what a test of the discrepancy stage on hand-made claims reads."""
    from viewer.analysis import store
    from viewer.analysis.model import Mention
    from viewer.analysis.pipeline import analyse
    from viewer.corpus.importing import import_paths

    def _analysed(articles: dict[str, str]):
        for name, text in articles.items():
            (tmp_path / name).write_text(text, encoding="utf-8")
        import_paths(memory_corpus, sorted(tmp_path.glob("*.txt")))
        analyse(memory_corpus)
        texts = {d: memory_corpus.document(d).text for d in range(1, len(articles) + 1)}

        def mention(document: int, words: str) -> Mention:
            start = texts[document].index(words)
            return Mention(document, start, start + len(words), words)

        return (texts, store.claim_units(memory_corpus), store.attributed_spans(memory_corpus),
                store.attribution_sources(memory_corpus), mention)

    return _analysed
