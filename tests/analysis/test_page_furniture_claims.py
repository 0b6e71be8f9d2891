"""A media player's or a paywall's words on two saved pages are no claim the pages share: on fresh36's walk,
"Your browser does not support the audio element." was claim c62 of two reports of one shooting."""
from __future__ import annotations

from viewer.analysis import store
from viewer.corpus.store import Corpus

from tests.conftest import _analysed_reports

FURNITURE = ("Your browser does not support the audio element.",
             "You've now read the maximum number of stories available without a subscription.")
PAGES = {
    "a.txt": "Man killed family, investigators say\n\nInvestigators said Monday that a man shot his wife and three"
             " children in their home before killing himself.\n\nListen to the press conference:\n\n"
             f"{FURNITURE[0]}\n\nThe police chief said officers had been called to the home a month earlier.\n\n{FURNITURE[1]}\n",
    "b.txt": "Police: man shot family, then himself\n\nA man shot his wife and three children in their home before"
             " killing himself, investigators said Monday.\n\n"
             f"{FURNITURE[0]}\n\nOfficers had been called to the home a month earlier, the chief said.\n\n{FURNITURE[1]}\n",
}


def test_player_and_paywall_lines_two_pages_share_are_no_claim(tmp_path_factory):
    with Corpus(_analysed_reports(tmp_path_factory, "furniture", PAGES), create=False) as corpus:
        claims = store.claims(corpus)
        assert any(len(c.documents()) == 2 for c in claims), "the pages' own shared report is still linked"
        for document in (1, 2):
            text = corpus.document(document).text
            spans = [(text.index(line), text.index(line) + len(line)) for line in FURNITURE]
            held = [(m.start, m.end) for c in claims for m in c.mentions if m.document == document]
            assert not [h for h in held for s in spans if h[0] < s[1] and s[0] < h[1]], text
