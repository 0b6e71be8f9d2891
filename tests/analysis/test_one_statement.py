"""A discrepancy is typed only inside one statement: made-up articles whose two mentions of a linked claim state
the same thing (a figure, a fact dropped of its source) and others whose shared words are about another subject or
sit only in an aside of the fact, which state two things."""
from __future__ import annotations

import pytest

from viewer.analysis.discrepancies import annotate_discrepancies, find_discrepancies
from viewer.analysis.model import Claim, Mention
from viewer.corpus.spans import Span

_SAID = "A boy was shot near the campus on Friday, police said."


def _lines(fact_sentence: str, said: str = _SAID) -> list[tuple[str, list[int]]]:
    """The discrepancies between an article stating ``fact_sentence`` and one giving ``said`` to the police."""
    texts = {1: f"Shooting near campus\n\n{fact_sentence}\n\nThe college said classes would go on.\n",
             2: f"Shooting near campus\n\n{said}\n\nThe college said classes would go on.\n"}
    mentions = [Mention(1, texts[1].index(fact_sentence), texts[1].index(fact_sentence) + len(fact_sentence),
                        fact_sentence), Mention(2, texts[2].index(said), texts[2].index(said) + len(said), said)]
    claim = Claim("x", mentions)
    annotate_discrepancies([claim], [], {2: [Span(mentions[1].start, mentions[1].end)]}, texts)
    return [(d.kind, [m.document for m in d.mentions]) for d in claim.discrepancies]


@pytest.mark.parametrize("fact, expected", [
    # the fact's main clause states what the police are given: a source dropped
    ("A boy was shot near the campus on Friday.", [("attribution", [1, 2])]),
    # a participle after its noun states what befell it, the claim itself
    ("A jogger found a boy shot near the campus on Friday.", [("attribution", [1, 2])]),
    # the shooting only in a clause of time: the fact states the search, another statement
    ("Officers were searching for two teens after a boy was shot near the campus on Friday.", []),
    # the shooting only in a relative clause of the attack the warrant follows
    ("Jones was sought on a warrant over the attack that left a boy shot near the campus on Friday.", []),
])
def test_an_attribution_line_needs_the_facts_main_clause_in_the_attributed_mention(fact, expected):
    assert _lines(fact) == expected


def _figures(a: str, b: str) -> list[str]:
    claim = Claim("x", [Mention(1, 0, len(a), a), Mention(2, 0, len(b), b)])
    return [d.explanation for d in find_discrepancies(claim, {}) if d.kind == "number"]


def test_a_true_figure_conflict_is_typed_with_both_wordings():
    assert _figures("Twelve people were injured in the bank blast.", "Forty people were injured in the bank blast.") \
        == ["people: 'twelve' vs 'forty' (incompatible)"]


@pytest.mark.parametrize("a, b", [
    ("Three officers were injured in the bank blast.", "Five bank workers were injured in the bank blast."),
    ("Twelve people were injured in the bank blast.", "Twelve people were injured in the bank blast."),
])
def test_figures_of_two_subjects_or_worded_alike_give_no_line(a, b):
    assert _figures(a, b) == []


_ARTICLES = {
    "a.txt": "Boy shot near Riverton campus\n\nA 16-year-old boy was shot near the Riverton College campus on Friday night"
             " and taken to Mercy Hospital in critical condition.\n\nThe college said classes would resume on Monday.\n",
    "b.txt": "Teen wounded in Riverton shooting\n\nA 16-year-old boy was shot outside the Riverton College campus late on"
             " Friday and was taken to Mercy Hospital in critical condition, police said.\n\nStudents held a vigil on"
             " Saturday evening.\n",
}


def test_what_a_facts_main_clause_states_is_read_from_its_unit_without_parsing_it_again(memory_corpus, tmp_path,
                                                                                           monkeypatch):
    """The one-statement check reads the fact's main clause from what its unit recorded in its article's parse: the
    discrepancy stage finds the dropped source and parses no mention again, at analysis nor at a relink."""
    from tests.analysis.test_discrepancies import CountingPipeline, _discrepancies_of
    from viewer.analysis import discrepancies
    from viewer.analysis.pipeline import analyse, relink
    from viewer.corpus.importing import import_paths

    for name, text in _ARTICLES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    import_paths(memory_corpus, sorted(tmp_path.glob("*.txt")))
    counting = CountingPipeline()
    monkeypatch.setattr(discrepancies, "english", lambda: counting)
    analyse(memory_corpus)
    found = _discrepancies_of(memory_corpus)
    relink(memory_corpus)
    assert [kind for _claim, lines in found for kind, _words in lines] == ["attribution"]
    assert counting.batches == []
    assert _discrepancies_of(memory_corpus) == found


def test_a_source_giving_the_claim_twice_is_compared_by_its_closest_wording():
    """An outlet stating two things of one linked claim, the second what the other outlet leaves to its source, drops
    that source in the second: the line sets that wording against the attributed one, not the outlet's first."""
    first = "The county paid a tax rate of 12 percent on the sale last year."
    second = "Mayor Lee paid an income tax rate of roughly 30 percent over those years."
    said = "Mayor Lee said his income tax rate was 30 percent over those years."
    texts = {1: f"Tax returns out\n\n{first}\n\n{second}\n", 2: f"Tax returns out\n\n{said}\n"}
    mentions = [Mention(1, texts[1].index(first), texts[1].index(first) + len(first), first),
                Mention(1, texts[1].index(second), texts[1].index(second) + len(second), second),
                Mention(2, texts[2].index(said), texts[2].index(said) + len(said), said)]
    claim = Claim("x", mentions)
    annotate_discrepancies([claim], [], {2: [Span(mentions[2].start, mentions[2].end)]}, texts)
    assert [(d.kind, [m.text for m in d.mentions]) for d in claim.discrepancies] == [("attribution", [second, said])]
