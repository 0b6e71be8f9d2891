"""Headlines as claim units: an article's opening title lines that state an event link across
outlets; datelines, bylines, stamps and labels above the prose, and heads further down, do not."""
from __future__ import annotations

import pytest

from viewer.analysis.claims.linking import label, link_claims
from viewer.analysis.claims.units import claim_units
from viewer.analysis.title_lines import sentence_cased, title_cased

FERRY_WIRE = (
    "Ferry Sinks Off Crete, Killing 12 Passengers\n\n"
    "HERAKLION, June 3 (Wire) - A passenger ferry sank off the northern coast of Crete on Tuesday, killing at "
    "least 12 people, the Greek coast guard said.\n\n"
    "Rescue boats pulled 230 survivors from the water overnight, officials said. The cause of the sinking was "
    "not yet known.\n"
)
FERRY_LOCAL = (
    "Twelve dead after passenger ferry sinks near Crete\n\n"
    "By Maria Papadaki\n\n"
    "Updated: June 3, 2025 14:20 CET\n\n"
    "At least 12 passengers died when a ferry went down near Crete on Tuesday, Greek coast guard officials said.\n\n"
    "Coast guard vessels rescued 230 people during the night. Investigators have not said what caused the accident.\n"
)


def _units(parsed, text: str, document_id: int = 1):
    return claim_units(parsed(text, document_id=document_id))


def _wordings(parsed, text: str) -> list[str]:
    return [text[u.span.start:u.span.end] for u in _units(parsed, text)]


def test_a_headline_that_states_an_event_is_a_unit_over_its_own_characters(parsed):
    units = _units(parsed, FERRY_WIRE)
    first = units[0]
    assert FERRY_WIRE[first.span.start:first.span.end] == "Ferry Sinks Off Crete, Killing 12 Passengers"
    assert first.features.headline and not any(u.features.headline for u in units[1:])
    # parsed in sentence case: the verb is a term, the place a name, the figure counts passengers
    assert "sink" in first.features.terms and "crete" in first.features.names and "sinks" not in first.features.names
    [figure] = first.features.figures
    assert FERRY_WIRE[figure.start:figure.end] == figure.text == "12"


@pytest.mark.parametrize("line", [
    "By Maria Papadaki",
    "Updated: June 3, 2025 14:20 CET",
    "Published April 11, 2024",
    "Posted by the news desk on March 9, 2023",
    "Live updates",
    "World News",
    "Photo: Reuters/Maria Papadaki",
    "What we know so far:",
    "WEDNESDAY, JULY 29, 2009",
])
def test_lines_above_the_prose_that_state_no_event_are_not_units(parsed, line):
    text = f"{line}\n\nA passenger ferry sank off the northern coast of Crete on Tuesday, the coast guard said.\n"
    assert _wordings(parsed, text) == ["A passenger ferry sank off the northern coast of Crete on Tuesday, the coast guard said."]


def test_only_the_lines_above_the_first_sentence_are_headlines(parsed):
    text = ("A passenger ferry sank off the northern coast of Crete on Tuesday, the coast guard said.\n\n"
            "Rescuers search the water for survivors\n\n"
            "Rescue boats pulled 230 survivors from the water overnight.\n")
    assert "Rescuers search the water for survivors" not in _wordings(parsed, text)


@pytest.mark.parametrize("label", ["Police", "UPDATE", "TBI"])
def test_a_headline_after_a_label_and_a_colon_states_its_event(parsed, label):
    text = (f"{label}: 1 killed, 3 wounded in Millbrook shooting\n\n"
            "One man was killed and three others were wounded in a shooting in Millbrook on Friday, police said.\n")
    units = _units(parsed, text)
    assert units[0].features.headline
    assert text[units[0].span.start:units[0].span.end].endswith("1 killed, 3 wounded in Millbrook shooting")


@pytest.mark.parametrize("line", [
    "1 dead, 3 injured in Millbrook house party shooting",
    "4 dead in shooting at Millbrook motel",
    "Child, 10, among 3 injured in Millbrook road-rage shooting",
])
def test_a_toll_headline_without_a_verb_states_its_event(parsed, line):
    text = f"{line}\n\nOne man was killed and three others were wounded in a shooting in Millbrook on Friday, police said.\n"
    units = _units(parsed, text)
    assert units[0].features.headline and text[units[0].span.start:units[0].span.end] == line


@pytest.mark.parametrize("line", [
    "10 new photos from the Millbrook county fair",
    "5 best trails around Millbrook this autumn",
])
def test_a_count_before_its_noun_is_no_toll(parsed, line):
    text = f"{line}\n\nThe Millbrook county fair opened on Friday with a parade, organisers said.\n"
    assert not any(u.features.headline for u in _units(parsed, text))


def test_headlines_below_a_byline_and_a_stamp_are_still_headlines(parsed):
    text = "By Maria Papadaki\n\nUpdated: June 3, 2025\n\nFerry sinks off Crete, killing 12\n\nRescue boats pulled 230 survivors from the water overnight.\n"
    assert _wordings(parsed, text)[0] == "Ferry sinks off Crete, killing 12"


def test_title_case_keeps_the_capitals_the_body_gives_names():
    body = "The ferry sank near Crete, and the Greek coast guard led by Admiral Nikos Stavrou said NATO ships helped."
    assert title_cased("Ferry Sinks Off Crete As NATO Ships Help")
    assert not title_cased("Ferry sinks off Crete, killing 12")
    assert sentence_cased("FERRY SINKS OFF CRETE AS NATO SHIPS HELP", body) == "Ferry sinks off Crete as NATO ships help"
    assert sentence_cased("Admiral Stavrou Says Ferry Sank", body) == "Admiral Stavrou says ferry sank"


def test_headlines_of_two_outlets_reporting_one_event_link(parsed):
    texts = {1: FERRY_WIRE, 2: FERRY_LOCAL}
    units = _units(parsed, FERRY_WIRE, 1) + _units(parsed, FERRY_LOCAL, 2)
    claims = link_claims(units, texts)
    wire_headline = FERRY_WIRE.index("Ferry Sinks")
    local_headline = FERRY_LOCAL.index("Twelve dead")
    with_headline = [c for c in claims if any(m.document == 1 and m.start == wire_headline for m in c.mentions)]
    assert with_headline, [[m.text for m in c.mentions] for c in claims]
    [claim] = with_headline
    other = [m for m in claim.mentions if m.document == 2]
    assert other and all(m.start in (local_headline, FERRY_LOCAL.index("At least 12")) for m in other)
    for c in claims:
        for m in c.mentions:
            assert texts[m.document][m.start:m.end] == m.text
    assert not claim.label.startswith(("Ferry Sinks", "Twelve dead")), claim.label


def test_a_claim_is_named_by_a_sentence_of_the_prose_before_a_headline():
    mentions = ["Ferry Sinks Off Crete, Killing 12 Passengers", "At least 12 passengers died when a ferry went down near Crete."]
    assert label(mentions, None, [True, False]).startswith("At least 12 passengers")
    assert label(mentions[:1], None, [True]) == mentions[0]


@pytest.mark.parametrize("headline", ["Ellen DeGeneres to host the Oscars", "Ellen DeGeneres To Host The Oscars"])
def test_a_headline_that_drops_the_is_of_is_to_states_an_event_in_either_casing(parsed, headline):
    text = f"{headline}\n\nEllen DeGeneres will host the Oscars for a second time next year, the Academy announced Friday.\n"
    assert _wordings(parsed, text)[0] == headline


@pytest.mark.parametrize("line", ["Tickets to see the show", "Plans to build a new stadium"])
def test_a_common_noun_with_an_infinitive_names_a_thing_and_is_no_unit(parsed, line):
    text = f"{line}\n\nThe city council approved the stadium budget on Monday, officials said.\n"
    assert _wordings(parsed, text) == ["The city council approved the stadium budget on Monday, officials said."]


@pytest.mark.parametrize("headline", ["State Parks Agency Restores Wetland Protection Rules!",
                                      "Harbour Authority Reopens Northern Ferry Terminal!"])
def test_a_title_cased_line_above_the_prose_is_a_headline_though_it_ends_as_a_sentence(parsed, headline):
    text = f"{headline}\n\nThe agency restored the rules on Monday, officials said.\n"
    assert _wordings(parsed, text) == [headline, "The agency restored the rules on Monday, officials said."]



def test_headlines_parsed_together_are_parsed_as_each_alone():
    """One spaCy batch for a document's headlines gives each the tags, arcs and entities of its own call."""
    from viewer.analysis.claims.headlines import headlines_parsed, parsed_headline

    lines = [("Ferry Sinks Off Crete, Killing 12 Passengers", "\n\nA ferry sank off Crete."),
             ("Police: 1 killed, 3 wounded in shooting at Chicago party", "\n\nOne man died."),
             ("Twelve dead after passenger ferry sinks near Crete", "")]

    def read(doc):
        return [(t.text, t.tag_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_) for t in doc]

    assert [read(doc) for doc in headlines_parsed(lines)] == [read(parsed_headline(line, body)) for line, body in lines]
    assert headlines_parsed([]) == []


def test_headlines_of_several_documents_parsed_in_one_batch_give_the_units_each_reads_alone(parsed, monkeypatch):
    """`parse_headlines` parses the lines above every document's prose in one spaCy call, and each document's units
    then are those it reads parsing its own headlines."""
    from viewer.analysis.claims import units

    texts = {1: FERRY_WIRE, 2: FERRY_LOCAL, 3: "By Maria Papadaki\n\nUpdated: June 3, 2025\n\n" + FERRY_WIRE}
    calls = []
    piped = units.headlines_parsed
    monkeypatch.setattr(units, "headlines_parsed", lambda lines: calls.append(len(lines)) or piped(lines))
    alone = {k: [(u.span, u.features.to_json()) for u in units.found_units(parsed(t, document_id=k))] for k, t in texts.items()}
    lines, calls[:] = [n for n in calls if n], []
    batch = [parsed(t, document_id=k) for k, t in texts.items()]
    units.parse_headlines(batch)
    read = {p.id: [(u.span, u.features.to_json()) for u in units.found_units(p)] for p in batch}
    assert read == alone
    assert len(lines) == 3 and [n for n in calls if n] == [sum(lines)]
    assert sum(u[1]["headline"] for found in read.values() for u in found) == 3


@pytest.mark.parametrize("line", [
    "Harbour master: What the new ferry line is doing to Heraklion",
    "What Crete's ferry ban tells us about island tourism",
    "Ferry safety review: Did the coast guard check the lifeboats?",
    "Will the Ferry Line Reopen This Summer?",
])
def test_a_headline_that_only_asks_is_no_unit(parsed, line):
    text = f"{line}\n\nA passenger ferry sank off the northern coast of Crete on Tuesday, the coast guard said.\n"
    assert not any(u.features.headline for u in _units(parsed, text))


@pytest.mark.parametrize("line", [
    "How a ferry sank off Crete in calm water",
    "Who sank the ferry off Crete, killing 12 passengers",
    "Ferry Sinks Off Crete, but Will the Line Reopen?",
    "Ferry Sinks Off Crete: Will the Line Reopen?",
    "WHO Head Says Ferry Crew Was Not Vaccinated",
])
def test_a_headline_that_states_what_it_asks_about_is_a_unit(parsed, line):
    text = f"{line}\n\nA passenger ferry sank off the northern coast of Crete on Tuesday, the coast guard said.\n"
    assert any(u.features.headline for u in _units(parsed, text))
