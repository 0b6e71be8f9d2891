"""Wire copy: one sentence run word for word by many reports is one claim, however many."""
from __future__ import annotations

import random

import pytest

from viewer.analysis.claims.linking import claim_units, link_claims
from viewer.analysis.claims.verbatim import verbatim_groups, wording
from viewer.analysis.model import Mention

SHARED = "The Riverside city council voted 7-2 on Tuesday to approve a $40 million stadium on the old rail yard."
SUBJECTS = ("Mayor Ellen Park", "Councilman Tom Reyes", "Residents", "The developer, Harbor Group,", "Opponents",
            "Local business owners", "The teachers union", "A neighborhood association", "Fans of the team",
            "The county treasurer", "Environmental groups", "Two council members", "The team's owner",
            "Construction unions", "A transit advocate", "The chamber of commerce")
DOINGS = ("praised the decision", "criticised the cost", "asked for a public vote", "warned about traffic",
          "welcomed the jobs", "questioned the tax breaks", "promised to sue", "called it a turning point",
          "said the site floods", "asked about parking")
ENDINGS = ("Construction could begin next spring.", "The team now plays in a 1960s arena.", "A lawsuit was filed last year.",
           "The rail yard has been empty since 1998.", "Traffic studies are due in June.", "The vote drew a crowd of about 200.",
           "Tickets for the first season go on sale in 2026.", "The state must still approve a road change.")


def _article(k: int, shared: str = SHARED) -> str:
    """A short report of the vote: the wire sentence among reactions drawn at random for this report."""
    pick = random.Random(k).choice
    lines = [f"{pick(SUBJECTS)} {pick(DOINGS)} in a statement on Wednesday.", shared]
    lines += [f"{pick(SUBJECTS)} {pick(DOINGS)}." for _ in range(random.Random(-k).randint(1, 3))]
    return " ".join(lines + [pick(ENDINGS)])


@pytest.fixture(scope="module")
def wire(nlp):
    """40 reports carrying the wire sentence, typeset its own way in a few of them: more than each
    report's nearest 30 (`candidates.NEIGHBOURS`), so some pairs of them are never weighed (linked
    by the usual check alone, the sentence was four claims of 14, 10, 10 and 5 reports)."""
    from viewer.analysis.segment import parse

    typeset = {3: SHARED.replace("7-2", "7–2"), 9: SHARED.replace("Tuesday to", "Tuesday  to")}
    texts = {k: _article(k, typeset.get(k, SHARED)) for k in range(1, 41)}
    units = [u for k, text in texts.items() for u in claim_units(parse(k, text, []))]
    return texts, units


def _carrying(claims, words: str):
    return [c for c in claims if any(words in m.text for m in c.mentions)]


def test_a_sentence_run_by_40_reports_is_one_claim_of_all_40(wire):
    texts, units = wire
    found = _carrying(link_claims(units, texts), "stadium on the old rail yard")
    assert [len({m.document for m in c.mentions}) for c in found] == [40]


def test_an_unlinked_copy_stays_out_of_the_wire_claim(wire):
    texts, units = wire
    start = texts[5].index(SHARED)
    first = texts[1].index(SHARED)
    unlinked = (Mention(5, start, start + len(SHARED), SHARED), Mention(1, first, first + len(SHARED), SHARED))
    found = _carrying(link_claims(units, texts, cannot_link=[unlinked]), "stadium on the old rail yard")
    assert not any({1, 5} <= {m.document for m in c.mentions} for c in found)


@pytest.mark.parametrize(("a", "b", "one"), [
    ("He said “we will rebuild” — and left.", 'He said "we will rebuild" - and left.', True),
    ("The  council\nvoted 7–2.", "The council voted 7-2.", True),
    ("The council voted 7-2.", "The council voted 7-3.", False),
    ("The council voted 7-2.", "the council voted 7-2.", False),
])
def test_wordings_differ_only_in_spacing_quotes_and_dashes(a, b, one):
    assert (wording(a) == wording(b)) is one


def test_verbatim_groups_join_only_pairs_of_one_wording_and_never_a_forbidden_pair():
    said = {0: "x", 1: "x", 2: "x", 3: "y", 4: "x"}.__getitem__
    assert verbatim_groups([(0, 1), (1, 2), (2, 3)], said) == [[0, 1, 2]]
    assert sorted(verbatim_groups([(0, 1), (2, 4), (1, 2)], said, forbidden={(0, 4)})) == [[0, 1], [2, 4]]


FLOOD = (
    ("Floodwaters forced 300 families from their homes in Marlow on Sunday, officials said.",
     "Rescue crews pulled 12 people from flooded cars on the Marlow bypass.",
     "The river crested at nine metres on Sunday evening."),
    ("Officials said 300 families were forced from their homes in Marlow by floodwaters on Sunday.",
     "Twelve people were pulled from flooded cars on the Marlow bypass by rescue crews.",
     "The river peaked at nine metres late on Sunday."),
    ("Some 300 families in Marlow had to leave their homes on Sunday as floodwaters rose, officials said.",
     "Rescue crews lifted 12 people out of cars stuck in floodwater on the Marlow bypass.",
     "By Sunday evening the river had crested at nine metres."),
    ("Floodwaters that forced 300 families from their homes in Marlow on Sunday also trapped 12 people in cars on the bypass.",
     "The river crested at nine metres."),
)


def test_linking_with_every_text_empty_gives_the_claims_linking_with_the_texts_gives(nlp):
    """The fitting scripts link with every text read as empty (`fit_verifier.NoTexts`): there no
    wording is one wording, or every verified pair of a story would share "" and the pairs would
    chain: the last report's sentence, close to both the evacuation and the rescue, joined those two
    claims into one."""
    from viewer.analysis.claims.fit_verifier import NoTexts
    from viewer.analysis.segment import parse

    texts = {k: " ".join(report) for k, report in enumerate(FLOOD)}
    units = [u for k, text in texts.items() for u in claim_units(parse(k, text, []))]
    spans = [[(m.document, m.start, m.end) for m in c.mentions] for c in link_claims(units, texts)]
    assert len(spans) == 3  # the evacuation, the rescue and the river, each a claim of its own
    assert [[(m.document, m.start, m.end) for m in c.mentions] for c in link_claims(units, NoTexts({}))] == spans


def test_no_wording_is_no_wording_shared():
    assert verbatim_groups([(0, 1), (1, 2), (2, 3)], lambda k: "") == []
    assert verbatim_groups([(0, 1), (1, 2)], lambda k: "the same words" if k < 2 else "") == [[0, 1]]


def test_a_forbidden_pair_keeps_apart_exactly_the_groups_it_joins_whichever_group_is_smaller():
    """Random wire lines with random forbidden pairs: the groups are those of trying every pair of the two groups at
    each merge (what `verbatim_groups` did before it read only the smaller group's forbidden partners)."""
    import random

    def every_pair(pairs, wording_of, forbidden):
        group, members = {}, {}
        for i, j in pairs:
            if not wording_of(i) or wording_of(i) != wording_of(j):
                continue
            a, b = group.get(i, i), group.get(j, j)
            if a == b:
                continue
            left, right = members.get(a, [i]), members.get(b, [j])
            if any((min(x, y), max(x, y)) in forbidden for x in left for y in right):
                continue
            members.pop(b, None)
            members[a] = left + right
            for k in members[a]:
                group[k] = a
        return [sorted(m) for m in members.values()]

    draw = random.Random(11)
    kept_apart = 0
    for _ in range(200):
        units = draw.randint(2, 30)
        lines = [draw.choice("ab") for _ in range(units)]
        pairs = draw.sample([(i, j) for i in range(units) for j in range(i + 1, units)], k=min(40, units * (units - 1) // 2))
        forbidden = {(i, j) for i, j in pairs if draw.random() < 0.05} | {
            (i, j) for i in range(units) for j in range(i + 1, units) if draw.random() < 0.02}
        found = verbatim_groups(pairs, lines.__getitem__, forbidden)
        assert found == every_pair(pairs, lines.__getitem__, forbidden)
        kept_apart += found != verbatim_groups(pairs, lines.__getitem__)
    assert kept_apart > 20
