"""Linking claims across made-up article pairs and the two April sample reports."""
from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from viewer.analysis.claims.features import UnitFeatures
from viewer.analysis.claims.index import RareKeys, shared_key_pairs
from viewer.analysis.claims.linking import ClaimUnit, claim_units, label, link_claims
from viewer.analysis.discrepancies import find_discrepancies
from viewer.analysis.model import Mention
from viewer.corpus.spans import Span

from tests.conftest import SCORER, load_scorer

FIXTURES = Path(__file__).parent / "fixtures"
DEV_GOLD = SCORER.with_name("dev_gold.json")
CASES = json.loads((FIXTURES / "pairs.json").read_text(encoding="utf-8"))
SAMPLE = Path(__file__).resolve().parents[3] / "viewer" / "resources" / "sample"


def _link(parsed, a: str, b: str):
    texts = {1: a, 2: b}
    units = claim_units(parsed(a, document_id=1)) + claim_units(parsed(b, document_id=2))
    return units, texts, link_claims(units, texts)


def _matches(claims, expected: list[list[str]]) -> tuple[int, int]:
    """(expected links found, links made that no expected pair accounts for)."""
    made = [[m.text for m in c.mentions] for c in claims]
    hits = sum(any(any(left in m for m in ms) and any(right in m for m in ms) for ms in made) for left, right in expected)
    stray = sum(not any(any(left in m for m in ms) and any(right in m for m in ms) for left, right in expected) for ms in made)
    return hits, stray


@pytest.fixture(scope="module")
def cases(nlp):
    from viewer.analysis.segment import parse

    out = []
    for case in CASES:
        texts = {1: case["a"], 2: case["b"]}
        units = claim_units(parse(1, case["a"], [])) + claim_units(parse(2, case["b"], []))
        out.append((case, texts, link_claims(units, texts), units))
    return out


# The hand-made pairs are a small gold set: each names the links two reports share (or none).
# Floors a little under what the fitted linker reaches on it (14 of 16 expected links, 1 stray
# link, when the synonym tables were retired: it misses "about 120 more have done the same" and a
# reaction next to its event, and links two things one subject did); the failing cases are listed.
MIN_RECALL, MAX_STRAY = 0.85, 2


def test_the_made_up_pairs_link_what_they_share_and_little_else(cases):
    found = [(case["name"], *_matches(claims, case["linked"])) for case, _texts, claims, _units in cases]
    expected = sum(len(case["linked"]) for case, _t, _c, _u in cases)
    hits, stray = sum(f[1] for f in found), sum(f[2] for f in found)
    wrong = [name for (name, h, s), (case, _t, _c, _u) in zip(found, cases) if h < len(case["linked"]) or s]
    assert hits / expected >= MIN_RECALL and stray <= MAX_STRAY, (hits, expected, stray, wrong)


@pytest.mark.parametrize("recorded", [True, False], ids=["as the units recorded them", "each mention parsed alone"])
@pytest.mark.parametrize("case", [c for c in CASES if c["linked"]], ids=lambda c: c["name"])
def test_discrepancy_explanations(cases, case, recorded):
    """The same explanations whether the sources are compared by what their units recorded of
    the article's parse (what the pipeline does) or by parsing each mention again on its own."""
    claims, units = next((c, u) for k, _t, c, u in cases if k is case)
    linked = [c for c in claims if _matches([c], case["linked"][:1])[0]]
    if not linked:
        pytest.skip("the linker does not link this pair (counted by the test above)")
    found = [[d.kind, d.explanation] for d in find_discrepancies(linked[0], {}, units if recorded else ())]
    assert found == case["discrepancies"]


def _sample_texts(*prefixes: str) -> dict[int, str]:
    files = sorted(p for p in SAMPLE.iterdir() if p.name[:3] in prefixes)
    return {i: p.read_bytes().decode("utf-8").replace("\r\n", "\n") for i, p in enumerate(files)}


@pytest.fixture(scope="module")
def april(nlp):
    from viewer.analysis.segment import parse

    texts = _sample_texts("000", "001")
    units = [u for d, t in texts.items() for u in claim_units(parse(d, t, []))]
    return units, texts, link_claims(units, texts)


def test_april_reports_link_the_surrender_from_both_sentences_of_each(april):
    _units, _texts, claims = april
    surrender = next(c for c in claims if "1,026" in " ".join(m.text for m in c.mentions))
    assert [m.document for m in surrender.mentions] == [0, 0, 1, 1]
    assert all("surrender" in m.text for m in surrender.mentions)


def test_april_reports_discrepancies(april):
    _units, _texts, claims = april
    explained = {d.explanation for c in claims for d in find_discrepancies(c, {})}
    assert "named '36th Naval Brigade' vs '36th Marine Brigade'" in explained


def test_no_unrelated_april_sentences_are_linked(april):
    _units, _texts, claims = april
    for claim in claims:
        stems = [{w[:6] for w in m.text.lower().split()} - {"the", "a", "of", "in", "and", "to"} for m in claim.mentions]
        assert all(stems[0] & s for s in stems[1:])


def test_april_reports_keep_their_precision_and_recall_on_the_dev_gold(april, tmp_path):
    """The shared scorer's dev gold for the two April reports. Floors a little under what the
    fitted linker reaches (precision 1.00, F1 0.92 since the shared-terms sign counts WordNet
    synonyms, `synonyms`: it misses the two Ukrainian reactions; 0.83 before, missing the wounded counts too)."""
    units, texts, claims = april
    names = sorted(p.name for p in SAMPLE.iterdir() if p.name[:3] in ("000", "001"))
    export = {
        "documents": [{"id": i, "source": {"path": names[i]}, "text": texts[i]} for i in texts],
        "claims": [{"mentions": [{"document": m.document, "start": m.start, "end": m.end} for m in c.mentions]} for c in claims],
    }
    (tmp_path / "export.json").write_text(json.dumps(export), encoding="utf-8")
    links = load_scorer(DEV_GOLD).score(str(tmp_path / "export.json"))["links"]
    assert links["p"] >= 0.95 and links["f1"] >= 0.78, links


def test_same_input_same_claims_whatever_the_unit_order(april):
    units, texts, claims = april
    shuffled = list(units)
    random.Random(7).shuffle(shuffled)
    assert link_claims(shuffled, texts) == claims


def test_texts_are_read_in_reading_order_whatever_order_the_claims_come_in(april):
    """A large corpus keeps a few hundred texts at hand (`pipeline.DocumentTexts`): mentions cut
    claim by claim, in no order, fetched a text again for each of its claims."""
    units, texts, claims = april
    reads = []

    class Counted(dict):
        def __getitem__(self, document):
            reads.append(document)
            return super().__getitem__(document)

    assert link_claims(units, Counted(texts)) == claims
    assert len(claims) >= 2 and len(set(reads)) == 2
    assert reads == sorted(reads)


def test_researcher_corrections_override_scores(april):
    units, texts, claims = april
    officers = next(c for c in claims if any("162 officers" in m.text for m in c.mentions))
    split = link_claims(units, texts, cannot_link=[tuple(officers.mentions)])
    assert all(c.mentions != officers.mentions for c in split)
    unrelated = [u for u in units if "Kramatorsk" in texts[u.document][u.span.start:u.span.end]][0]
    other = [u for u in units if "Estonia" in texts[u.document][u.span.start:u.span.end]][0]
    pair = tuple(Mention(u.document, u.span.start, u.span.end, texts[u.document][u.span.start:u.span.end]) for u in (unrelated, other))
    joined = link_claims(units, texts, must_link=[pair])
    assert any(set(pair) <= set(c.mentions) for c in joined)


_PULLED = "Rescue teams pulled {} people alive from the rubble in Antakya on Tuesday, the disaster agency said."
_SAID = "The governor said rescuers had pulled {} people alive from the rubble in Antakya."


@pytest.mark.parametrize(("first", "second", "one_claim"), [
    ("14", "40", False),  # a count revised the next day: a thread of updates, not one claim
    ("14", "more than 10", True),  # the hedge allows 14
    ("8", "more than 10", False),  # a count below the hedge's least
    ("48", "nearly 50", True),
    ("53", "nearly 50", False),  # "nearly" allows less than its figure, never more
    ("15", "fewer than 20", True),
    ("25", "fewer than 20", False),
    ("about 30", "31", True),
])
def test_two_counts_of_one_thing_are_one_claim_only_if_their_wordings_allow_one_value(parsed, first, second, one_claim):
    _units, _texts, claims = _link(parsed, _PULLED.format(first), _SAID.format(second))
    assert bool(claims) == one_claim


_SENTENCED = "A Detroit man was sentenced on Tuesday to {} years in prison for the Easter shooting death of a 3-year-old girl."
_SERVES = "The Detroit man will serve {} years in prison for the Easter shooting that killed a 3-year-old girl, a judge ruled."
_HEARD = "Witnesses said {} shots were fired at the crowd outside the Club Envy in Caruthersville early Sunday."
_FIRED = "Police said {} shots were fired into the crowd outside Club Envy in Caruthersville on Sunday morning."


@pytest.mark.parametrize(("first", "second", "one_claim"), [
    (_SENTENCED.format("20 to 42"), _SERVES.format("20-42"), True),
    (_SENTENCED.format("20 to 42"), _SERVES.format("between 20 and 42"), True),
    (_SENTENCED.format("20 to 42"), _SERVES.format("nine to 20"), False),  # two men's terms: the ranges meet at 20 only
    (_HEARD.format("20 to 30"), _FIRED.format("25"), True),  # a count the range allows
    (_HEARD.format("20 to 30"), _FIRED.format("20-25"), True),  # an estimate revised, each end within a quarter
    (_HEARD.format("20 to 30"), _FIRED.format("50 to 60"), False),
])
def test_ranges_are_compared_as_figures_end_for_end(parsed, first, second, one_claim):
    _units, _texts, claims = _link(parsed, first, second)
    assert bool(claims) == one_claim


_ARRESTED = "Police in Caruthersville have arrested {} people in the past {} hours over the shooting outside Club Envy."
_DETAINED = "Caruthersville police said {} people were arrested in the past {} hours after the shooting at Club Envy."


@pytest.mark.parametrize(("first", "second", "one_claim"), [
    (_SENTENCED.format("20"), _SERVES.format("20"), True),
    (_SENTENCED.format("20"), _SERVES.format("9"), False),  # two men's terms
    (_ARRESTED.format("three", "24"), _DETAINED.format("three", "48"), True),  # a length of time that sets the scene
])
def test_a_single_term_is_compared_as_a_figure_and_a_setting_is_not(parsed, first, second, one_claim):
    _units, _texts, claims = _link(parsed, first, second)
    assert bool(claims) == one_claim


_STRUCK = "A magnitude 3.0 earthquake struck one mile north of the Millbrook reservoir in {}, the survey said."
_RECORDED = "The survey recorded a magnitude 3.0 earthquake one mile north of the Millbrook reservoir in {}."


@pytest.mark.parametrize(("first", "second", "one_claim"), [
    ("June 2012", "June 2012", True),
    ("June 2012", "December 2012", False),  # two quakes at one place, months apart
    ("June 2012", "June 2011", False),
    ("June 2012", "the early morning", True),  # one side undated: the dates say nothing
])
def test_two_units_dated_apart_are_never_one_claim(parsed, first, second, one_claim):
    _units, _texts, claims = _link(parsed, _STRUCK.format(first), _RECORDED.format(second))
    assert bool(claims) == one_claim


_MEASURED = "The survey said the earthquake that shook Millbrook on Sunday had a magnitude of {}."
_PUT = "The survey put the magnitude of the Millbrook earthquake at {} on Sunday."
_PUT_STRENGTH = "The survey put the strength of the Millbrook earthquake at magnitude-{} on Sunday."


@pytest.mark.parametrize(("first", "second", "one_claim"), [
    (_MEASURED.format("4.4"), _MEASURED.format("4.2"), True),  # a magnitude reviewed by a few tenths
    (_MEASURED.format("5.4"), _MEASURED.format("5.9"), False),  # within a quarter, but another quake's
    (_PUT.format("6.1"), _PUT_STRENGTH.format("5.4"), False),
    (_PUT.format("6.1"), _PUT_STRENGTH.format("6.1"), True),
])
def test_a_measure_read_to_tenths_is_revised_by_a_few_tenths_not_a_quarter(parsed, first, second, one_claim):
    _units, _texts, claims = _link(parsed, first, second)
    assert bool(claims) == one_claim


def _synthetic_unit(document: int, words: list[str]) -> ClaimUnit:
    return ClaimUnit(document, Span(0, 1), UnitFeatures(terms=sorted(set(words))))


def test_candidates_come_from_the_index_not_all_pairs():
    rng = random.Random(3)
    vocabulary = [f"w{i}" for i in range(4000)]
    units = [_synthetic_unit(k // 10, rng.sample(vocabulary, 8)) for k in range(300)]
    units.append(_synthetic_unit(99, units[5].features.terms))
    keys = RareKeys.of(u.features for u in units)
    rare = [keys.of_unit(u.features) for u in units]
    pairs = {(i, j) for i, j in shared_key_pairs(rare, rare) if units[i].document != units[j].document}
    assert (5, 300) in pairs
    assert len(pairs) < len(units) ** 2 / 50


@pytest.mark.parametrize("mentions, expected", [
    (["“In the last day, 959 soldiers surrendered,” the ministry said.", "959 soldiers  have\nsurrendered."],
     "959 soldiers have surrendered."),
    (["and that 151 wounded were treated", "More than 100 were injured."], "More than 100 were injured."),
    (["“The talks are not progressing.”", "“Negotiations are not continuing,” he said."], "The talks are not progressing."),
    (["“In the last day, 694 combatants have become prisoners.", "After reports that soldiers surrendered, about 700 more have done the same."],
     "In the last day, 694 combatants have become prisoners."),
    (["The mayor’s office said " + "very " * 30 + "many people left.", "“" + "x " * 60 + "”"],
     "The mayor’s office said " + ("very " * 13).strip() + "…"),
    (["A" * 120, "“" + "b" * 130], "A" * 90 + "…"),
    # a dateline says where the report was filed, not the claim; HuffPost files with a horizontal bar (BASIL)
    (["WASHINGTON ― House Minority Leader Nancy Pelosi was re-elected to her post."],
     "House Minority Leader Nancy Pelosi was re-elected to her post."),
    (["KYIV, March 3 (Reuters) - The mayor said 20 people left."], "The mayor said 20 people left."),
    (["NATO said 20 people left.", "UN officials said 20 people left."], "NATO said 20 people left."),
    # a clause cut from mid-sentence (its "that" dropped) opens as a statement does; a word's own capitals stay
    (["elements of the brigade had managed to link up with other forces"],
     "Elements of the brigade had managed to link up with other forces"),
    (["iPhone sales fell by 20 percent"], "iPhone sales fell by 20 percent"),
    (["“the talks are not progressing,” he said"], "The talks are not progressing, he said"),
])
def test_labels_are_the_plainest_mention_cut_at_a_word(mentions, expected):
    assert label(mentions) == expected


def test_a_block_finds_the_units_sharing_a_rare_key_as_the_whole_corpus_does():
    """Each block carries its own units' rarest keys, read against the whole corpus's counts, however
    many blocks a unit's article sits in."""
    import numpy as np

    from viewer.analysis.claims.blocks import candidate_blocks
    from viewer.analysis.claims.candidates import articles
    from viewer.analysis.claims.verifier import PieceWeights, TermWeights, fitted

    rng = random.Random(5)
    vocabulary = [f"w{i}" for i in range(300)]
    vectors = np.random.default_rng(5).standard_normal((400, 8)).astype(np.float32)
    units = [ClaimUnit(k // 10, Span(k, k + 1), UnitFeatures(terms=sorted(rng.sample(vocabulary, 8))), vectors[k]) for k in range(400)]
    keys = RareKeys.of(u.features for u in units)
    found = articles(units, vectors)
    pairs = [(x, y) for x in range(len(found)) for y in range(x + 1, min(x + 4, len(found)))]
    weights = (TermWeights([u.features for u in units]), PieceWeights([u.pieces for u in units]))
    blocks = list(candidate_blocks(pairs, found, units, vectors, keys, weights, set(), fitted(), size=5))
    assert len(blocks) == -(-len(pairs) // 5)
    for block in blocks:
        assert len(block.rare_keys) == len(block.unit_ids)
        assert list(block.rare_keys) == [keys.of_unit(units[int(u)].features) for u in block.unit_ids]
    assert sum(len(k) for b in blocks for k in b.rare_keys) > 0


def test_every_merge_verdict_on_the_held_out_reports_is_the_one_the_means_give(nlp, monkeypatch):
    """The verdicts read without working out means are those numpy's means give, on real reports
    (the fourteen held-out ones): each check is made both ways here; merges and refusals occur."""
    import numpy as np

    from viewer.analysis.claims import average_link
    from viewer.analysis.segment import parse

    texts = {i: p.read_text(encoding="utf-8") for i, p in enumerate(sorted(FIXTURES.glob("heldout*/*.txt")))}
    units = [u for d, t in texts.items() for u in claim_units(parse(d, t, []))]
    verdicts = []
    clear = average_link._clear_verdict

    def both(rows, read, left_documents, right_documents, threshold):
        table = list(rows)
        quick = clear(table, read, left_documents, right_documents, threshold)
        verdicts.append((quick, average_link._verdict_of_means(np.array(table), left_documents, right_documents, threshold)))
        return quick

    monkeypatch.setattr(average_link, "_clear_verdict", both)
    link_claims(units, texts)
    decided = [(quick, exact) for quick, exact in verdicts if quick is not None]
    assert all(quick == exact for quick, exact in decided)
    assert {exact for _quick, exact in decided} == {True, False}


def test_scores_at_the_threshold_are_left_to_the_means_as_numpy_rounds_them():
    """Three scores each exactly at this threshold average, summed and divided in floating point,
    to just under it: a shortcut reading "every score reaches the threshold" would merge."""
    from viewer.analysis.claims.average_link import may_merge

    threshold = 0.41154375953683064
    assert not may_merge([0], [1, 2, 3], lambda x, y: threshold, [0, 1, 2, 3], threshold)
    assert may_merge([0], [1, 2, 3], lambda x, y: 0.42, [0, 1, 2, 3], threshold)


def test_a_check_read_member_by_member_gives_the_verdict_of_every_score():
    """Where no score is forced or forbidden, a merge check stops at the first member that fails:
    over random groups (scores on, just off and far from the threshold; members sharing documents)
    it gives the verdict that reading every score gives, and both verdicts occur."""
    from viewer.analysis.claims.average_link import may_merge

    rng = random.Random(11)
    threshold = 0.7
    verdicts = set()
    for _ in range(3000):
        left, right = list(range(rng.randint(1, 4))), list(range(10, 10 + rng.randint(1, 4)))
        documents = {u: rng.randint(0, 5) for u in left + right}
        documents[right[0]] = documents[left[0]] + 1  # the pair that brought the groups together
        scores = {(x, y): rng.choice([0.0, threshold, 0.69, 0.71, 0.9, rng.random()]) for x in left for y in right}
        whole = may_merge(left, right, lambda x, y: scores[x, y], documents, threshold)
        assert may_merge(left, right, lambda x, y: scores[x, y], documents, threshold, certainties=False) == whole
        verdicts.add(whole)
    assert verdicts == {True, False}


def test_a_refused_merge_is_weighed_again_once_a_group_has_grown():
    """Units 0..3 in four documents: {0, 1} cannot take 2 alone (1 scores 0.35 against it), but
    once 2 and 3 are one group, {0, 1} and {2, 3} verify on average, and merge."""
    from viewer.analysis.claims.average_link import average_link
    from viewer.analysis.claims.linking import _ranked

    scores = {(0, 1): 0.9, (0, 2): 0.8, (2, 3): 0.75, (0, 3): 0.7, (1, 3): 0.7, (1, 2): 0.35}
    ranked = _ranked({4 * i + j: p for (i, j), p in scores.items()}, [0, 1, 2, 3], 0.5)
    assert list(ranked) == [(0, 1), (0, 2), (2, 3), (0, 3), (1, 3)]
    assert average_link(ranked, lambda x, y: scores[min(x, y), max(x, y)], [0, 1, 2, 3], 0.5) == [[0, 1, 2, 3]]


def test_verified_pairs_are_ranked_as_the_sorted_triples_were():
    """Most probable first, ties by unit then unit, pairs inside one document left out (`linking._ranked`, over keys
    that name a pair of 40 units as one int, `PairScores.key`)."""
    from viewer.analysis.claims.linking import _ranked

    draw = random.Random(7)
    known = {(i, j): draw.choice([0.55, 0.6, 0.75, draw.random()]) for i in range(40) for j in range(i + 1, 40) if draw.random() < 0.5}
    documents = [k // 3 for k in range(40)]
    triples = sorted(((p, i, j) for (i, j), p in known.items() if p >= 0.55 and documents[i] != documents[j]),
                     key=lambda x: (-x[0], x[1], x[2]))
    assert list(_ranked({40 * i + j: p for (i, j), p in known.items()}, documents, 0.55)) == [(i, j) for _p, i, j in triples]


def test_a_claim_is_labelled_by_its_wording_not_the_wire_header(parsed):
    """Two leads filed with datelines link; the label (and every mention) reads as the claim."""
    a = ("WASHINGTON — Representative Jane Doe resigned from Congress on Friday after twelve years in the House.\n\n"
         "A special election will fill her seat in the spring.\n")
    b = ("DALLAS (AP) — Representative Jane Doe resigned from Congress on Friday, ending twelve years in the House.\n\n"
         "Her seat stays empty until a special election in the spring.\n")
    texts = {1: a, 2: b}
    claims = link_claims(claim_units(parsed(a, document_id=1)) + claim_units(parsed(b, document_id=2)), texts)
    resigned = next(c for c in claims if "resigned" in c.label)
    assert resigned.label.startswith("Representative Jane Doe resigned from Congress on Friday")
    assert all(texts[m.document][m.start:m.end] == m.text and m.text.startswith("Representative") for m in resigned.mentions)


# The chief says the suspect was armed (d1); the police did not say whether he was (d2): d2's wording lies nearest the
# others in meaning, so without its report's span it names the claim.
_ARMED = "The suspect was armed when officers stopped him on Route 9, Police Chief Dana Morrow said.\n\nThe man was taken to the county jail on Monday night.\n"
_NOT_SAID = "Police did not say whether the suspect was armed when officers stopped him on Route 9.\n\nThe man was taken to the county jail on Monday night.\n"


def test_a_claim_is_not_named_by_a_report_not_made(parsed):
    """A researcher reads the label as what the claim states: the wording of a report not made ("Police did not say
    whether…") names the claim only when it has no other mention."""
    texts = {1: _ARMED, 2: _NOT_SAID}
    units = claim_units(parsed(_ARMED, document_id=1)) + claim_units(parsed(_NOT_SAID, document_id=2))
    unsaid = {2: [Span(_NOT_SAID.index("did not say"), _NOT_SAID.index("."))]}

    def armed(claims) -> str:
        (found,) = [c for c in claims if "armed" in c.label]
        assert sorted(m.document for m in found.mentions) == [1, 2]
        return found.label

    assert armed(link_claims(units, texts)).startswith("Police did not say whether")
    assert armed(link_claims(units, texts, unsaid=unsaid)).startswith("The suspect was armed when officers stopped him")


def test_a_claim_all_of_whose_mentions_are_reports_not_made_is_named_as_before():
    mentions = ["Police did not say whether the suspect was armed.", "The sheriff declined to say whether the suspect was armed."]
    assert label(mentions, None, (), [True, True]) == label(mentions) == mentions[0]
    assert label(mentions, None, (), [True, False]) == mentions[1]


_FIRST_COUNT = "Rescue crews evacuated 120 residents of Pine Hill from their flooded homes on Monday as the river rose."
_CORRECTED_COUNT = ("The number of Pine Hill residents evacuated from flooded homes on Monday was 95, not 120 as first reported, "
                    "the county said.")


def test_a_figure_one_report_corrects_links_it_to_a_report_still_giving_it_as_a_revised_figure(parsed):
    """"95, not 120 as first reported" states 95: its "not" corrects a figure and denies nothing, and against
    a report still giving 120 the two wordings are a revised figure, the corrected value the one stated."""
    units, texts, claims = _link(parsed, _FIRST_COUNT, _CORRECTED_COUNT)
    (claim,) = claims
    (number,) = [d for d in find_discrepancies(claim, {}, units) if d.kind == "number"]
    assert number.explanation == "residents: '120' vs '95, not 120' (revised)"
    assert [(m.document, m.text) for m in number.mentions] == [(1, "120"), (2, "95")]


def test_a_check_that_glances_at_unread_pairs_gives_the_verdict_of_every_score():
    """Pairs of two stories' articles that no one verified are glanced at as UNREAD (`PairScores.glance`) and worked
    out only where the means could reach the threshold with them; the larger group is read first. Over random groups
    of 1 to 12 members, with such pairs scoring 0 or VETOED, the verdict is the one reading every score gives; both
    verdicts occur, and so do merges and refusals after unread pairs were worked out."""
    from viewer.analysis.claims.average_link import UNREAD, may_merge
    from viewer.analysis.claims.verifier import VETOED

    rng = random.Random(5)
    threshold = 0.7
    verdicts, after_working_out = set(), set()
    for _ in range(4000):
        left, right = list(range(rng.randint(1, 12))), list(range(100, 100 + rng.randint(1, 12)))
        documents = {u: rng.randint(0, 8) for u in left + right}
        documents[right[0]] = documents[left[0]] + 1
        low, high = rng.choice([0.03, 0.1, 0.5]), rng.choice([[threshold, 0.69, 0.71, 0.9, 0.95, 0.99], [0.9, 0.99]])
        scores = {(x, y): rng.choice([0.0, 0.0, VETOED]) if rng.random() < low else
                  rng.choice([*high, rng.random()]) for x in left for y in right}
        apart = {(x, y) for (x, y), p in scores.items() if p in (0.0, VETOED) and documents[x] != documents[y]}
        worked_out = []

        def score(x, y):
            worked_out.append((x, y))
            return scores[x, y]

        whole = may_merge(left, right, lambda x, y: scores[x, y], documents, threshold, certainties=False)
        glance = lambda x, y: UNREAD if (x, y) in apart else scores[x, y]  # noqa: E731
        assert may_merge(left, right, score, documents, threshold, False, glance) == whole
        assert set(worked_out) <= apart
        verdicts.add(whole)
        if worked_out:
            after_working_out.add(whole)
    assert verdicts == after_working_out == {True, False}


def test_a_large_group_refusing_a_small_one_is_read_only_to_its_first_member_that_fails():
    """A claim of 1,000 units from 1,000 articles checked against one unit that verifies with two of them: the
    check reads the large group a member at a time and stops at the first that fails, not every score."""
    from viewer.analysis.claims.average_link import may_merge

    documents = list(range(1001))
    scores = {0: 0.9, 1: 0.9}
    read = []

    def glance(x, y):
        read.append((x, y))
        return scores.get(y, 0.0)

    assert not may_merge([1000], list(range(1000)), glance, documents, 0.7, False, glance)
    assert not may_merge(list(range(1000)), [1000], lambda x, y: glance(y, x), documents, 0.7, False)
    assert len(read) == 6  # units 0, 1, 2 against unit 1000, in each check


def test_glanced_scores_are_the_scores_or_unread_where_the_score_is_below_any_threshold(nlp, monkeypatch):
    """On real reports (the fourteen held-out ones): `PairScores.glance` gives the pair's score, or UNREAD for a
    pair of two stories' articles not verified, whose score is 0 or VETOED; and the claims linked are the ones
    linking reading every score makes."""
    from viewer.analysis.claims import linking
    from viewer.analysis.claims.average_link import UNREAD
    from viewer.analysis.claims.verifier import VETOED
    from viewer.analysis.segment import parse

    texts = {i: p.read_text(encoding="utf-8") for i, p in enumerate(sorted(FIXTURES.glob("heldout*/*.txt")))}
    units = [u for d, t in texts.items() for u in claim_units(parse(d, t, []))]
    seen = {}
    real = linking.average_link

    def kept(ranked, score, *args, **kwargs):
        seen["scores"] = score
        return real(ranked, score, *args, **kwargs)

    monkeypatch.setattr(linking, "average_link", kept)
    glanced = link_claims(units, texts)
    scores, unread = seen["scores"], 0
    for i in range(0, len(scores.units), 3):
        for j in range(i + 1, len(scores.units), 2):
            glance = scores.glance(i, j)
            unread += glance == UNREAD
            assert scores(i, j) in (0.0, VETOED) if glance == UNREAD else scores(i, j) == glance
    assert unread > 100
    monkeypatch.setattr(linking.PairScores, "glance", linking.PairScores.__call__)
    assert link_claims(units, texts) == glanced


def test_a_member_whose_mean_refuses_the_merge_gives_the_verdict_numpy_s_means_give():
    """`_clear_verdict` refuses at a member whose scores, negative ones raised to 0, average below the threshold by
    more than rounding: over random tables whose means fall on, just by and far from the threshold (VETOED
    scores, members sharing documents), every verdict it gives is numpy's, and it refuses where a member's best
    score reaches the threshold."""
    import math

    import numpy as np

    from viewer.analysis.claims.average_link import _clear_verdict, _verdict_of_means
    from viewer.analysis.claims.verifier import VETOED

    rng = random.Random(17)
    threshold = 0.7
    near = [threshold, math.nextafter(threshold, 0), math.nextafter(threshold, 1), 2 * threshold - 0.9, 0.9]
    given, refused_over_best = 0, 0
    for _ in range(5000):
        left_documents = [rng.randint(0, 6) for _ in range(rng.randint(1, 8))]
        right_documents = [rng.randint(0, 6) for _ in range(rng.randint(1, 8))]
        table = [[rng.choice([*near, *near, 0.0, VETOED, rng.random()]) for _ in right_documents] for _ in left_documents]
        quick = _clear_verdict(table, [], left_documents, right_documents, threshold)
        if quick is None:
            continue
        given += 1
        assert quick == _verdict_of_means(np.array(table), left_documents, right_documents, threshold)
        refused_over_best += quick is False and all(
            max((p for p, o in zip(row, right_documents) if o != d), default=1.0) >= threshold and
            all(p >= threshold for p, o in zip(row, right_documents) if o == d) for d, row in zip(left_documents, table))
    assert given > 2000 and refused_over_best > 100
