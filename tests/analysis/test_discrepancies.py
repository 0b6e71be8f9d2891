"""Discrepancies between the mentions of one claim, built directly from mentions."""
from __future__ import annotations

import pytest

from viewer.analysis.discrepancies import find_discrepancies
from viewer.analysis.model import Claim, Mention
from viewer.corpus.spans import Span


def _claim(*texts: str) -> tuple[Claim, dict[int, str]]:
    docs = {i + 1: t for i, t in enumerate(texts)}
    return Claim("x", [Mention(d, 0, len(t), t) for d, t in docs.items()]), docs


@pytest.mark.parametrize("a, b, expected", [
    ("The strike killed 12 people in Kharkiv.", "The strike killed 40 people in Kharkiv.",
     [("number", "people: '12' vs '40' (incompatible)")]),
    ("More than 100 were injured.", "A total of 151 wounded were given medical treatment.",
     [("number", "wounded: 'more than 100' vs '151'")]),
    ("1,026 servicemen from the 36th Naval Brigade surrendered.", "1,026 troops from the 36th Marine Brigade surrendered.",
     [("name", "named '36th Naval Brigade' vs '36th Marine Brigade'")]),
    ("The Russian Defense Ministry reported 40 strikes.", "The Ukrainian Defense Ministry reported 40 strikes.", []),
    ("Mayor Vadim Boychenko ordered an evacuation.", "Mayor Vadym Boichenko ordered an evacuation.", []),
    ("The corridor did not work on Friday.", "The corridor has not worked since Friday.", []),
    ("There was no such information about the surrender.", "The brigade surrendered on Wednesday.",
     [("polarity", "negated: 'no such information about' vs asserted: 'The brigade surrendered on Wednesday.'")]),
])
def test_explanations(a, b, expected):
    claim, texts = _claim(a, b)
    assert [(d.kind, d.explanation) for d in find_discrepancies(claim, texts, {})] == expected


@pytest.mark.parametrize("text", [
    "Thousands of people fled the city, officials said.",
    "There was no such information about the surrender of 1,026 servicemen.",
    "The 36th Naval Brigade surrendered in Mariupol.",
])
def test_equal_wordings_never_conflict(text):
    claim, texts = _claim(text, "  " + text.replace(" ", "  ", 1) + " ")
    assert [d for d in find_discrepancies(claim, texts, {}) if d.kind != "attribution"] == []


def test_attribution_from_the_attribution_spans():
    claim, texts = _claim("Most of the 200 residents were evacuated by bus.", "Most of the 200 residents were evacuated by bus.")
    found = find_discrepancies(claim, texts, {2: [Span(0, 30)]})
    assert [(d.kind, [m.document for m in d.mentions]) for d in found] == [("attribution", [1, 2])]
    assert find_discrepancies(claim, texts, {1: [Span(0, 30)], 2: [Span(5, 40)]}) == []


def test_number_discrepancy_mentions_point_at_the_figures():
    claim, texts = _claim("The strike killed 12 people.", "Officials said the strike killed 40 people.")
    (number,) = [d for d in find_discrepancies(claim, texts, {}) if d.kind == "number"]
    assert [(m.document, m.text, texts[m.document][m.start:m.end]) for m in number.mentions] == [(1, "12", "12"), (2, "40", "40")]


def test_more_mentions_than_the_parse_cache_holds_are_each_parsed_once_in_batches(monkeypatch):
    from viewer.analysis import discrepancies
    from viewer.analysis.nlp import english

    pairs = [(f"The strike killed {n} people in Kharkiv.", f"The strike killed {n + 7} people in Kharkiv.") for n in range(12, 24)]
    texts = {2 * k + d: t for k, pair in enumerate(pairs) for d, t in enumerate(pair)}
    claims = [Claim("x", [Mention(2 * k + d, 0, len(t), t) for d, t in enumerate(pair)]) for k, pair in enumerate(pairs)]
    expected = [[(d.kind, d.explanation) for d in find_discrepancies(c, texts, {})] for c in claims]
    parsed = []

    class Counting:
        pipe_names = english().pipe_names

        def pipe(self, wanted, **options):
            wanted = list(wanted)
            parsed.extend(w for w in wanted if isinstance(w, str))  # Docs passed back are being completed
            return english().pipe(wanted, **options)

        def __call__(self, text):
            parsed.append(text)
            return english()(text)

    monkeypatch.setattr(discrepancies, "english", Counting)
    monkeypatch.setattr(discrepancies, "_PARSED_LIMIT", 5)  # the mentions of two claims at a time
    monkeypatch.setattr(discrepancies, "_PARSED", {})
    discrepancies._figures_in.cache_clear()
    discrepancies.annotate_discrepancies(claims, texts, {})
    assert sorted(parsed) == sorted(t for pair in pairs for t in pair)
    assert [[(d.kind, d.explanation) for d in c.discrepancies] for c in claims] == expected


def test_a_mention_without_a_figure_is_parsed_for_the_same_entities_as_by_the_whole_pipeline():
    """The names-only re-parse keeps the parser (its sentence boundaries bound the recogniser's
    entities) and drops what only figures read: on the sample's sentences, single and run
    together across a boundary, its entities and sentences are the whole pipeline's."""
    from tests.conftest import SAMPLE_DIR
    from viewer.analysis import discrepancies
    from viewer.analysis.nlp import english

    nlp = english()
    articles = [path.read_text(encoding="utf-8") for path in sorted(SAMPLE_DIR.glob("*.txt"))]
    sentences = [s.text.strip() for doc in nlp.pipe(articles) for s in doc.sents if s.text.strip()]
    texts = sentences + [a + " " + b for a, b in zip(sentences, sentences[1:])]
    named = [t for t in texts if not discrepancies.figures(t)]
    assert len(named) > 100

    def read(docs):
        return [([(e.start_char, e.end_char, e.label_) for e in doc.ents], [s.start_char for s in doc.sents]) for doc in docs]

    fast = read(doc for _text, doc in discrepancies._parse(named))
    assert sum(len(ents) for ents, _starts in fast) > 100
    assert fast == read(nlp.pipe(named))


def _sample_sentences(folders=None) -> list[str]:
    """Sentences of real articles (the sample's unless ``folders`` are given), single and run
    together across a boundary."""
    from tests.conftest import SAMPLE_DIR
    from viewer.analysis.nlp import english

    paths = sorted(p for folder in (folders or [SAMPLE_DIR]) for p in folder.glob("*.txt"))
    articles = [path.read_text(encoding="utf-8") for path in paths]
    sentences = [s.text.strip() for doc in english().pipe(articles) for s in doc.sents if s.text.strip()]
    return sentences + [a + " " + b for a, b in zip(sentences, sentences[1:])]


def test_a_figure_mention_completed_after_the_names_only_parse_is_read_as_the_whole_pipeline_reads_it(monkeypatch):
    """Tags, lemmas and dependencies added to the names-only parse afterwards (what counting a
    figure reads) are the whole pipeline's, on the sample's sentences with figures."""
    from viewer.analysis import discrepancies
    from viewer.analysis.nlp import english

    counted = [t for t in _sample_sentences() if discrepancies._units(t)]
    assert len(counted) > 50
    monkeypatch.setattr(discrepancies, "_PARSED", dict(discrepancies._parse(counted)))
    discrepancies._complete(counted)

    def read(docs):
        return [([(t.tag_, t.pos_, t.lemma_, t.dep_, t.head.i, str(t.morph)) for t in doc],
                 [(e.start_char, e.end_char, e.label_) for e in doc.ents], [s.start_char for s in doc.sents]) for doc in docs]

    assert read(discrepancies._PARSED[t] for t in counted) == read(english().pipe(counted))


def test_figures_are_counted_only_where_both_sources_state_one_in_a_shared_unit(monkeypatch):
    """Skipping the pairs whose figures share no unit changes no discrepancy (checked against
    comparing every pair, on claims made of the sample's sentences with figures, two mentions
    from one source), and it spares those mentions the tagger and lemmatizer."""
    from viewer.analysis import discrepancies

    import re
    from pathlib import Path

    from tests.conftest import SAMPLE_DIR

    held_out = sorted((Path(__file__).parent / "claims" / "fixtures").glob("heldout*"))
    counted = [t for t in _sample_sentences([SAMPLE_DIR, *held_out]) if discrepancies._units(t)]
    shares = [t for t in counted if discrepancies._units(t) == {"%"}]
    plain = [t for t in counted if discrepancies._units(t) == {""}]
    assert len(shares) > 10

    def one(document, *texts):
        return [Mention(document, 0, len(t), t) for t in texts]

    def other_figure(text):
        return re.sub(r"\d+", lambda n: str(int(n.group()) + 7), text, count=1)

    claims = [Claim("x", one(1, a, b) + one(2, other_figure(a))) for a, b in zip(counted[::5], counted[1::5])]
    claims += [Claim("x", one(1, a) + one(2, b)) for a, b in zip(shares, plain)]
    claims += [Claim("x", one(1, a, b) + one(2, other_figure(b))) for a, b in zip(plain[20:], shares)]

    def numbers():
        monkeypatch.setattr(discrepancies, "_PARSED", {})
        discrepancies._figures_in.cache_clear()
        discrepancies.annotate_discrepancies(claims, {}, {})
        return [[d for d in c.discrepancies if d.kind == "number"] for c in claims]

    found = numbers()
    completed = {t for t, doc in discrepancies._PARSED.items() if doc.has_annotation("TAG")}
    assert sum(map(len, found)) > 5 and completed < {m.text for c in claims for m in c.mentions}
    monkeypatch.setattr(discrepancies, "_figures_may_differ", lambda left, right: True)
    assert numbers() == found


def test_a_figure_compared_with_none_in_its_unit_is_never_tagged(monkeypatch):
    from viewer.analysis import discrepancies

    monkeypatch.setattr(discrepancies, "_PARSED", {})
    killed, turnout, other = "The strike killed 12 people.", "Turnout rose to 40 percent.", "The strike killed 40 people."
    for a, b in [(killed, turnout), (killed, other)]:
        claim, texts = _claim(a, b)
        discrepancies.annotate_discrepancies([claim], texts, {})
    assert {t: discrepancies._PARSED[t].has_annotation("TAG") for t in (killed, turnout, other)} == {killed: True, turnout: False, other: True}
