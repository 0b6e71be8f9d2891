"""Attribution on small made-up articles, one per construction, plus hostile inputs."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from viewer.analysis.attribution.statements import find_attributions
from viewer.corpus.spans import Span

FIXTURES = Path(__file__).parent / "fixtures"
CASES = [pytest.param(case, id=case["name"], marks=[pytest.mark.xfail(reason=case["known_failure"], strict=True)]
                      if "known_failure" in case else [])
         for path in sorted(FIXTURES.glob("*.json")) for case in json.loads(path.read_text(encoding="utf-8"))]


@pytest.mark.parametrize("case", CASES)
def test_attributions(case, parsed):
    text = case["text"]
    found = find_attributions(parsed(text))
    assert [(a.content.text_of(text), [p.text_of(text) for p in a.parts]) for a in found] == \
        [(e["content"], e.get("parts", [])) for e in case["expect"]]
    for got, want in zip(found, case["expect"]):
        assert got.kind == want["kind"]
        if "speaker" in want:
            assert text[got.speaker.start:got.speaker.end] == want["speaker"]
        if "cue" in want:
            assert text[got.cue.start:got.cue.end] == want["cue"]
        assert got.negation == want.get("negation"), "negation"  # a report made unless the case says otherwise
        for field in ("speaker_name", "speaker_role", "speaker_kind"):
            if field in want:
                assert getattr(got, field) == want[field], field
        if "via" in want:
            assert [[r.name, r.cue] for r in got.via] == want["via"]


def test_sorted_without_duplicates_and_spans_in_text(parsed, sample_texts):
    for text in sample_texts:
        found = find_attributions(parsed(text))
        starts = [a.content.start for a in found]
        assert starts == sorted(starts) and len(set(starts)) == len(starts)
        for a in found:
            assert 0 <= a.content.start < a.content.end <= len(text)


def test_nothing_inside_boilerplate(parsed):
    text = "The mayor said that the school would reopen.\n\n(Also read: Minister says prices will fall)"
    boilerplate = [Span(text.index("(Also"), len(text))]
    found = find_attributions(parsed(text, boilerplate))
    assert [text[a.content.start:a.content.end] for a in found] == ["the school would reopen"]


def test_deterministic(parsed, sample_texts):
    first = [find_attributions(parsed(t)) for t in sample_texts]
    second = [find_attributions(parsed(t)) for t in sample_texts]
    assert first == second


@pytest.fixture(scope="module")
def sample_texts():
    sample = Path(__file__).resolve().parents[3] / "viewer" / "resources" / "sample"
    return [p.read_text(encoding="utf-8").replace("\r\n", "\n") for p in sorted(sample.glob("*.txt"))]


def test_a_frame_around_the_same_speakers_report_is_no_relay(parsed):
    """"…he warned, '…,' Mayor Karl Brenner told the station": Brenner does not relay his own words."""
    text = 'After the union criticised him, he warned, "We will not give in to threats," ' \
           "Mayor Karl Brenner told the local radio station."
    found = find_attributions(parsed(text))
    warned = next(a for a in found if text[a.cue.start:a.cue.end] == "warned")
    assert warned.speaker_name == "Karl Brenner"
    assert warned.via == []


def test_an_embedded_post_whose_credit_is_page_junk_is_still_its_posters(parsed):
    """The page-junk rule marks a credit after a picture link; the post's words stay prose and its poster speaks."""
    from viewer.corpus.boilerplate import find_boilerplate

    text = ("Fire crews stayed overnight.\n\nCrews are still on scene at the warehouse fire. "
            "pic.twitter.com/Ab12Cd — Riverton Fire Dept (@RivertonFire) June 3, 2015\n\nThe cause is not known.")
    junk = [span for span, _ in find_boilerplate(text)]
    assert any(text[s.start:s.end].startswith("pic.twitter.com") for s in junk)
    (post,) = find_attributions(parsed(text, junk))
    assert (post.content.text_of(text), post.speaker_name, post.kind) == \
        ("Crews are still on scene at the warehouse fire.", "Riverton Fire Dept", "direct")


def test_the_paragraph_after_a_post_keeps_its_own_report(parsed):
    """A credit's short date is followed at once by the next paragraph, whose report is the page's, not the credit's."""
    text = ("Crews are on scene. pic.twitter.com/Ab12Cd — Ann Lee (@annlee) May 9, 2016\n\n"
            "A man opened fire at the shop, police said.")
    found = find_attributions(parsed(text))
    assert [(a.content.text_of(text), a.kind) for a in found] == \
        [("Crews are on scene.", "direct"), ("A man opened fire at the shop", "indirect")]


def test_a_report_inside_a_colons_paragraph_stays_beside_it(parsed):
    """The paragraph a lead-in hands on may cite someone itself; that report stays, as one inside a quotation does."""
    text = ("Principal Tamar Campbell-Sauer wrote:\n\nOur student died today. "
            "According to Hilliard Police, the circumstances are still being investigated.")
    found = {a.content.text_of(text): a.speaker_name for a in find_attributions(parsed(text))}
    assert found["Our student died today. According to Hilliard Police, the circumstances are still being investigated."] \
        == "Tamar Campbell-Sauer"
    assert found["the circumstances are still being investigated"] == "Hilliard Police"


@pytest.mark.parametrize("text, source, content", [
    ("According to the Clay County sheriff's office, Vance, who is still considered to be armed, was last seen driving "
     "a truck.", "the Clay County sheriff's office", "Vance, who is still considered to be armed, was last seen driving a truck"),
    ("According to the preliminary investigation, Freeman, Davis, Webb and four other people were gathered outside the "
     "house.", "the preliminary investigation", "Freeman, Davis, Webb and four other people were gathered outside the house"),
    ("According to investigators, Garza and 21-year-old Ezri Lopez got into an argument that escalated to a fistfight.",
     "investigators", "Garza and 21-year-old Ezri Lopez got into an argument that escalated to a fistfight"),
    ("According to Lt. John Doe, a police spokesman, the man fled on foot.",
     "Lt. John Doe, a police spokesman", "the man fled on foot"),
])
def test_an_opening_sourcing_phrase_ends_where_its_clause_begins(parsed, text, source, content):
    """The parser may run "According to X," on over the clause's subject; the subject is never the source."""
    found = {a.content.text_of(text): text[a.speaker.start:a.speaker.end] for a in find_attributions(parsed(text))}
    assert found[content] == source


def test_a_quotation_in_windows_1252_marks_read_as_latin_1_is_a_quotation(parsed):
    """A made-up file whose marks are C1 control characters (text once decoded as Latin-1, saved as UTF-8): imported,
    its quotation is read with its speaker, as the same text with its marks is."""
    from viewer.corpus.encoding import decode

    text = decode("Shooting on Elm Street\n\n\x93I heard three shots,\x94 said Ann Greer, a neighbour.\n".encode("utf-8"))
    found = find_attributions(parsed(text))
    assert [(a.kind, a.content.text_of(text), a.speaker_name) for a in found] == \
        [("direct", "I heard three shots", "Ann Greer")]
