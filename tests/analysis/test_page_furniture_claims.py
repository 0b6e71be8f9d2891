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


# Two made-up station pages about different shootings, each opening with its video blurb: the reporter's credit and
# the blurb's stamp are the words they share, as "News4's Pat Collins reports." joined GVA incidents on gva500.
CREDIT = ("News9's Dana Holt reports.", "(Published Friday, March 4, 2016)")
STATION_PAGES = {
    "bakery.txt": "Three wounded outside Eastport bakery\n\nThree men were wounded outside a bakery in Eastport on"
                  f" Friday. {CREDIT[0]} {CREDIT[1]}\n\nThe men were taken to Mercy Hospital with injuries that were"
                  " not life-threatening, police said.\n\nDetectives said the gunman fled in a gray sedan.\n",
    "garage.txt": "Teen shot in Westfield garage\n\nA 16-year-old boy was shot in a parking garage in Westfield on"
                  f" Friday. {CREDIT[0]} {CREDIT[1]}\n\nThe boy was listed in critical condition at County General,"
                  " officers said.\n\nNo arrests have been made in the garage shooting, officers said.\n",
}


def test_a_video_blurbs_credit_two_station_pages_share_is_no_claim_and_no_speaker(tmp_path_factory):
    with Corpus(_analysed_reports(tmp_path_factory, "credits", STATION_PAGES), create=False) as corpus:
        claims = store.claims(corpus)
        for document in (1, 2):
            text = corpus.document(document).text
            spans = [(text.index(words), text.index(words) + len(words)) for words in CREDIT]
            held = [(m.start, m.end) for c in claims for m in c.mentions if m.document == document]
            assert not [h for h in held for s in spans if h[0] < s[1] and s[0] < h[1]], text
        assert not [c for c in claims if len(c.documents()) == 2]
        assert not [a for a in store.attributions(corpus) if "Holt" in (a.speaker_name or "")]
