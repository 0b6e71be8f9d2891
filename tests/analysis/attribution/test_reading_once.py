"""What the attribution steps read once per document or unit gives what reading it afresh gives."""
from __future__ import annotations

from pathlib import Path

import pytest

from viewer.analysis.attribution.cues import QUOTE_MARKS, cue_model, features, is_candidate
from viewer.analysis.attribution.quotes import find_quotes
from viewer.analysis.attribution.reported_speech import units, unquoted
from viewer.analysis.nlp import text_of

SAMPLE = Path(__file__).resolve().parents[3] / "viewer" / "resources" / "sample"
HELDOUT = Path(__file__).parent / "fixtures" / "heldout"


@pytest.fixture(scope="module")
def documents(nlp):
    paths = sorted(SAMPLE.glob("*.txt")) + sorted(HELDOUT.glob("*.txt"))
    assert len(paths) > 5
    return list(nlp.pipe(p.read_text(encoding="utf-8") for p in paths))


def test_a_verbs_sentence_quotes_are_its_sentences_tokens_quote_marks(documents):
    """The cue feature "sentence-quotes", read from each sentence's text once per document, is
    what the verb's own sentence (``Token.sent``) says token by token, for every candidate verb."""
    known = cue_model().known
    verbs = [t for doc in documents for t in doc if is_candidate(t)]
    assert len(verbs) > 300
    quoted = 0
    for verb in verbs:
        expected = any(mark in t.text for t in verb.sent for mark in QUOTE_MARKS)
        assert ("sentence-quotes" in features(verb, known)) == expected, verb.sent.text
        quoted += expected
    assert 0 < quoted < len(verbs)  # both answers occur


def test_tokens_outside_quotations_are_those_no_quotation_holds(documents):
    """Only the quotations reaching a unit are tested: the tokens kept are those no quotation of
    the whole document holds."""
    checked = inside = 0
    for doc in documents:
        quoted = [q.content for q in find_quotes(text_of(doc)) if q.closed]
        for unit in units(doc):
            tokens = list(doc.char_span(unit.start, unit.end, alignment_mode="expand"))
            expected = [t for t in tokens if not any(q.start <= t.idx < q.end for q in quoted)]
            assert unquoted(tokens, quoted) == expected
            checked += 1
            inside += len(tokens) - len(expected)
    assert checked > 100 and inside > 50
