"""Relay chains on small made-up articles: which outlet or platform passed a statement's words on, and what only
happened to be named near them (an employer, a venue, another clause, the speaker itself)."""
from __future__ import annotations

import pytest

from viewer.analysis.attribution.statements import find_attributions

CASES = [
    pytest.param("Amid the dispute, the company emailed tips to council members. \"Reports of the past few days are a "
                 "good reminder,\" Twitter's Dana Holt wrote.", "good reminder", [], id="platform owning the speaker"),
    pytest.param("On Twitter, Mayor Dana Holt said she was saddened by the closure.", "saddened",
                 [["Twitter", "said"]], id="platform the words were said on"),
    pytest.param("On Wednesday, Mayor Dana Holt adopted a strikingly different approach, sitting patiently for a series "
                 "of interviews at which she insisted she had done nothing wrong and marveled at what she said on WKRP "
                 "was the \u201cupside-down world\u201d in which a stray Twitter message had become the talk of the town.",
                 None, [], id="platform in another clause"),
    pytest.param("The governor celebrated the vote on Twitter, writing that the plant should be closed.", "plant",
                 [["Twitter", "writing"]], id="platform of the clause a participle tells of"),
    pytest.param("Twitter, which does not comment on individual accounts, has declined to say whether the mayor's "
                 "account was hacked.", "hacked", [], id="platform that speaks"),
    pytest.param("A report in The Harbor Times said the mill would close in May.", "mill",
                 [["Harbor Times", "said"]], id="outlet a report was printed in"),
    pytest.param("According to a report in The Harbor Times, the mill will close in May.", "mill", [],
                 id="outlet that speaks through its report"),
    pytest.param("A report in March said the mill would close in May.", "mill", [], id="report in a month"),
    pytest.param("Dana Holt told The Harbor Times that the mill was closing. \"We saw it coming,\" Holt told the "
                 "newspaper.", "saw it coming", [["Harbor Times", "told"]], id="the newspaper that only relayed before"),
    pytest.param("The senator said on NBC's Meet the Press that the bill would pass.", "bill",
                 [["NBC", "said on"]], id="network of the show said on"),
    pytest.param("Speaking on his weekly television show, Senator Dana Holt said the bill would pass.", "bill", [],
                 id="a show of the speaker's own is a venue"),
]


@pytest.mark.parametrize("sentence, words, via", CASES)
def test_relays(parsed, sentence, words, via):
    _assert_relays(parsed, sentence, words, via)


def _assert_relays(parsed, sentence: str, words: str | None, via: list) -> None:
    """Every attribution holding ``words`` (every one when None) came through ``via``."""
    text = f"Town news\n\n{sentence}\n"
    found = find_attributions(parsed(text))
    assert found, "no attribution found"
    chosen = [a for a in found if words is None or words in a.content.text_of(text)]
    assert chosen, f"no attribution holds {words!r}"
    for attribution in chosen:
        assert [[r.name, r.cue] for r in attribution.via] == via


PLATFORM_PLACES = [
    pytest.param("\"I asked that my pay be withheld,\" Representative Dana Holt said Wednesday on Twitter, where she "
                 "posted a letter to the House clerk.", "letter", [["Twitter", "posted"]], id="platform a relative clause describes"),
    pytest.param("An angry Holt lashed out at the mayor on Twitter, calling him a liar, and threatening to reveal his "
                 "emails.", "reveal", [["Twitter", "threatening"]], id="platform of the clause a joined participle tells of"),
    pytest.param("\"These attacks are garbage,\" Holt said Friday in a statement posted on Facebook.", "garbage",
                 [["Facebook", "said"]], id="platform a statement was posted on"),
    pytest.param("The governor praised the council for its vote, and then wrote on Twitter about the ribbon-cutting.",
                 "council", [], id="platform of another verb joined to the cue"),
]


@pytest.mark.parametrize("sentence, words, via", PLATFORM_PLACES)
def test_platform_places(parsed, sentence, words, via):
    _assert_relays(parsed, sentence, words, via)


OUTLET_KINDS = [
    pytest.param("Dana Holt told the gossip site that the mill was closing.", "mill", [["site", "told"]],
                 id="a website told"),
    pytest.param("Dana Holt told the news station that the mill was closing.", "mill", [["station", "told"]],
                 id="a station told"),
    pytest.param("Dana Holt told the network that the mill was closing.", "mill", [["network", "told"]],
                 id="a network told"),
    pytest.param("Dana Holt told the trade magazine that the mill was closing.", "mill", [["magazine", "told"]],
                 id="a magazine told"),
    pytest.param("Dana Holt told the outlet that the mill was closing.", "mill", [["outlet", "told"]],
                 id="an outlet told"),
    pytest.param("Dana Holt told The Harbor Times that the mill was closing. \"We saw it coming,\" Holt told the "
                 "outlet.", "saw it coming", [["outlet", "told"]], id="the outlet stays as written"),
    pytest.param("\"We saw it coming,\" Dana Holt told our partners at The Harbor Times.", "saw it coming",
                 [["Harbor Times", "told"]], id="our partners at an outlet told"),
    pytest.param("Dana Holt tells our news partners at The Harbor Times that the mill was closing.", "mill",
                 [["Harbor Times", "told"]], id="our news partners at an outlet told"),
    pytest.param("\"We saw it coming,\" Dana Holt told our crews at the mill.", "saw it coming", [],
                 id="our own crews told"),
    pytest.param("\"We saw it coming,\" Dana Holt told her friends at Harbor College.", "saw it coming", [],
                 id="friends at a college told"),
]


@pytest.mark.parametrize("sentence, words, via", OUTLET_KINDS)
def test_outlet_kinds(parsed, sentence, words, via):
    """A hearer written as the kind of outlet it is (``count_publisher_nouns.py``, ``count_hearer_outlets.py``)
    carried the words on."""
    _assert_relays(parsed, sentence, words, via)


VENUES = [
    pytest.param("Senator Dana Holt told the Conservative Political Action Conference that the mill was closing.",
                 "mill", [], id="a named conference told"),
    pytest.param("Holt told the Republican National Convention that taxes would fall.", "taxes", [],
                 id="a named convention told"),
    pytest.param("Senator Dana Holt said on Capitol Hill that the mill would close.", "mill", [],
                 id="said on a named ground"),
    pytest.param("Mayor Dana Holt said at a news conference that the mill was closing.", "mill", [],
                 id="said at a news conference"),
    pytest.param("Senator Dana Holt told a Senate hearing that the mill was closing.", "mill", [],
                 id="told a hearing"),
    pytest.param("Dana Holt told the Harbor Globe that the mill was closing.", "mill", [["Harbor Globe", "told"]],
                 id="an outlet whose name ends in a ground's word"),
    pytest.param("The senator said on CNN that the bill would pass.", "bill", [["CNN", "said on"]],
                 id="a network said on"),
]


@pytest.mark.parametrize("sentence, words, via", VENUES)
def test_venues(parsed, sentence, words, via):
    """Where the words were said, a gathering or a ground, passed nothing on (``count_venue_nouns.py``)."""
    _assert_relays(parsed, sentence, words, via)


@pytest.mark.parametrize("sentence, words, via", [
    pytest.param("Romney told a local Denver TV station that he opposes the bill.", "opposes", [["station", "told"]],
                 id="a station named by its city"),
    pytest.param("Holt told the Post and Courier newspaper that the mill was closing.", "mill",
                 [["Post and Courier", "told"]], id="a newspaper named before its kind"),
    pytest.param("Police told News 4 that the mill was closing.", "mill", [["News 4", "told"]],
                 id="an outlet's name the recogniser missed"),
])
def test_outlet_kind_named_before(parsed, sentence, words, via):
    _assert_relays(parsed, sentence, words, via)
