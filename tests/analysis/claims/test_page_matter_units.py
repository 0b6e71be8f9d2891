"""Claim units of a made-up station page once import has marked its page matter (session 49): a later video blurb, a
carousel printed twice and an update log give no claims, and an embedded post stays its poster's statement."""
from viewer.analysis.attribution.posts import embedded_posts
from viewer.analysis.claims.units import found_units
from viewer.analysis.segment import Unparsed, parse_many
from viewer.corpus.boilerplate import find_boilerplate

BLURB = ("Crash Closes Main Street A truck overturned on Main Street on Tuesday, police say. "
         "(Published Tuesday, May 3, 2016)")
CAROUSEL = "\n\n".join(f"{b}\n\n{b}" for b in ["A school board voted to close two schools next year.",
                                               "The city council approved a new budget on Monday.",
                                               "A new library branch opened downtown on Saturday."])
POST = "Two men shot outside the bakery on Elm Street. Both are in stable condition."
OWN_BLURB = "Two men were shot outside a bakery. Jane Roe reports. (Published Saturday, May 7, 2016)"
TEXT = (f"Two shot outside bakery\n\n{OWN_BLURB}\n\n{CAROUSEL}\n\nTwo men were wounded in a shooting outside a bakery on Friday "
        "night, police said.\n\nOfficers found both men on the sidewalk and took them to a hospital.\n\n"
        f"{POST} — Chief Ann Smith (@ChiefAnnSmith) May 6, 2016\n\n{BLURB}\n\n"
        "8:30 a.m.: This article was updated with the location of the shooting.\n")


def _parsed():
    marks = [span for span, _kind in find_boilerplate(TEXT)]
    return next(iter(parse_many([Unparsed(1, TEXT, marks)])))


def test_page_matter_gives_no_claim_units_and_the_report_keeps_its_own():
    wordings = [TEXT[u.span.start:u.span.end] for u in found_units(_parsed())]
    assert any(w.startswith("Two men were wounded in a shooting") for w in wordings)
    assert any(w.startswith("Officers found both men") for w in wordings)
    assert "Two men were shot outside a bakery." in wordings  # the page's own video tells the story short
    for page_words in ("A truck overturned", "school board", "city council", "library branch", "was updated"):
        assert not any(page_words in w for w in wordings), page_words


def test_an_embedded_post_is_its_posters_statement_with_its_credit_marked():
    parsed = _parsed()
    posts = embedded_posts(parsed)
    assert [(TEXT[p.content.start:p.content.end], p.speaker_name) for p in posts] == [(POST, "Ann Smith")]
    wordings = [TEXT[u.span.start:u.span.end] for u in found_units(parsed)]
    assert any(w.startswith("Two men shot outside the bakery") for w in wordings)
    assert not any("@ChiefAnnSmith" in w for w in wordings)
