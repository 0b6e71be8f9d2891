import pytest

from viewer.corpus.boilerplate import KINDS, find_boilerplate, page_lines

SAMPLE_JUNK = {
    "000_714b6fe37702d227.txt": [("credit", "/BNR")],
    "001_19b88c1551e802fc.txt": [
        ("metadata", "date 2022-04-13"),
        ("credit", "pic.twitter.com/jZtgtWFWkJ — Arestovych (@arestovych) April 13, 2022"),
    ],
    "002_fa0ffd6030053c64.txt": [
        ("caption", "Natalia Georgiyevna, 70, uses a torch as she stands in the makeshift shelter of a kindergarten's"
                    " basement, where she has been living with other six people for more than two months, in"
                    " Lysychansk, eastern Ukraine Getty Images | YASUYOSHI CHIBA/AFP"),
        ("copyright", "© 2024 Latin Times. All rights reserved. Do not reproduce without permission."),
    ],
    "003_480df51dc9d93a84.txt": [
        ("more-news", "World\n\nWar in Ukraine: Russia tests a new generation missile, Finland begins to debate a"
                      " candidacy for NATO\n\nElections\n\nPresidential 2022: Volodymyr Zelensky asks Marine Le Pen"
                      " to admit \"that she was wrong\" about Vladimir Poutine"),
        ("navigation", "• World\n\n  • War in Ukraine\n\n  • Video\n\n  • Russia\n\n  • Mariupol"),
    ],
    "004_f23ed1886adc987c.txt": [
        ("see-also", "(Also read: Ukraine blames Russia for the ‘pause’ in the peace negotiations)"),
        ("see-also", "(You may be interested in: Mariúpol falls into Russian hands after Ukraine abandoned the fight"
                     " in Azovstal)"),
        ("caption", "Ukrainian soldiers who left Azovstal."),
        ("see-also", "(Also: The Ukrainian army considers its mission accomplished in Mariupol)"),
        ("see-also", "(Keep reading: Ukraine pressures the EU to sanction all Russian exports)"),
        ("caption", "We note a complete lack of desire on the part of the Ukrainian negotiators to continue this process"),
        ("credit", "EFE and AFP"),
        ("more-news", "More news\n\nFinland and Sweden, in NATO: what does it mean for the war?\n\nZelensky: proposes"
                      " meeting with Putin and says that Ukraine wants peace\n\nUkraine: more than six million refugees"
                      " from the war, according to the UN"),
    ],
}

REAL_SENTENCES = [
    "Natalia Georgiyevna, 70, uses a torch as she stands in the makeshift shelter of a kindergarten's basement, "
    "where she has been living with other six people for more than two months, in Lysychansk, eastern Ukraine\n",
    "Russia accuses Ukraine of not wanting to negotiate",
    "The Russians are “10 times more numerous than” the Ukrainian soldiers",
    "“The talks are in fact not progressing. And we see a complete lack of desire",
    "Армия знает, что делает.",
    "Russia said on Wednesday more than 1,000 Ukrainian soldiers have surrendered",
    "The last round of face-to-face talks between the delegates from both countries took place in Istanbul on March 29.",
    "The humanitarian corridor from Mariupol, the first since Saturday, has not worked",
    "Also, there were allegedly commanders still holed up in the Azovstal steelworks plant.",
    "To save our guys, (the battalion) Azov, soldiers, civilians, children, the living and the wounded.",
    "Everyone, ”wrote Mikhaïlo Podolyak",
]


@pytest.mark.parametrize("name", sorted(SAMPLE_JUNK))
def test_sample_junk_is_marked_exactly(sample_texts, name):
    text = sample_texts[name]
    assert [(kind, span.text_of(text)) for span, kind in find_boilerplate(text)] == SAMPLE_JUNK[name]


def test_real_article_sentences_are_never_marked(sample_texts):
    for text in sample_texts.values():
        marks = [span for span, _kind in find_boilerplate(text)]
        for sentence in REAL_SENTENCES:
            start = text.find(sentence)
            if start < 0:
                continue
            end = start + len(sentence)
            assert not any(span.start < end and start < span.end for span in marks), sentence


def test_every_sample_is_checked_for_real_sentences(sample_texts):
    joined = "\n".join(sample_texts.values())
    assert all(sentence in joined for sentence in REAL_SENTENCES)


@pytest.mark.parametrize("text, expected", [
    ("The talks resumed on Monday, officials said. (Also read: Talks resume in Istanbul) The next round is set.",
     [("see-also", "(Also read: Talks resume in Istanbul)")]),
    ("Kyiv said the corridor was closed.\n\nRead also: Corridor closed again\n\nThe mayor disagreed with that view.",
     [("see-also", "Read also: Corridor closed again")]),
    ("Kyiv said the corridor was closed.\n\nShare on Facebook\n\nFollow us on Telegram\n\nThe mayor disagreed.",
     [("share", "Share on Facebook"), ("share", "Follow us on Telegram")]),
    ("Kyiv said the corridor was closed.\n\nHome | World | Europe | Ukraine\n\nThe mayor disagreed.",
     [("navigation", "Home | World | Europe | Ukraine")]),
    ("Kyiv said the corridor was closed, Reuters reported.\n\nCopyright 2022 Reuters. All rights reserved.",
     [("copyright", "Copyright 2022 Reuters. All rights reserved.")]),
    ("Shares of the steelmaker fell by a third on Monday, traders said.\n\nThe talks are continuing.\n\nThey said so.",
     []),
    ("- В Мариуполе подразделения 36 обмп в результате рискованного манёвра прорвались к полку «Азов».", []),
])
def test_made_up_cases(text, expected):
    assert [(kind, span.text_of(text)) for span, kind in find_boilerplate(text)] == expected


BODY = "A wildfire destroyed 40 homes in Riverton on Tuesday, the county fire chief said."


@pytest.mark.parametrize("text, expected", [
    # a site's menu as a page printed to PDF keeps it: one item a line, no bullets, no bars, above the headline
    (f"Home\n\nLocal News\n\nWeather\n\nScience & Tech\n\nWildfire destroys homes in Riverton\n\n{BODY}",
     [("navigation", "Home\n\nLocal News\n\nWeather\n\nScience & Tech")]),
    # a pasted headline, byline, outlet and place are not a menu, nor are three short lines
    (f"Fire destroys homes\n\nJohn Smith\n\nThe Courier\n\nRiverton\n\n{BODY}", []),
    (f"Riverton\n\nBy Dana Holt\n\nThe Courier\n\nTuesday\n\n{BODY}", []),
    (f"Home\n\nWeather\n\nVideo\n\n{BODY}", []),
    # short lines with figures or sentence marks state something; a list inside the article is not at its top
    (f"Riverton fire\n\n40 homes\n\n300 evacuated\n\nHalf contained.\n\n{BODY}", []),
    (f"{BODY}\n\nHomes lost\n\nFarms lost\n\nBarns lost\n\nRoads closed\n\n{BODY}", []),
    # nothing longer follows: no page under it to tell a menu from a list
    ("Home\n\nLocal News\n\nWeather\n\nSports", []),
])
def test_a_menu_opening_a_printed_page_is_navigation_and_nothing_else_is(text, expected):
    assert [(kind, span.text_of(text)) for span, kind in find_boilerplate(text) if kind == "navigation"] == expected


def test_kinds_are_the_documented_ones(sample_texts):
    kinds = {kind for text in sample_texts.values() for _span, kind in find_boilerplate(text)}
    assert kinds <= set(KINDS) and len(kinds) == 7


SIGNED_OFF = (
    "Two men were shot outside a bar on Elm Street late Saturday, police said.\n\n"
    "\u201cOur hearts go out to the families,\u201d the mayor wrote on Twitter.\n\n"
    "@mayorjones\n\n"
    "Anyone with information is asked to call police at 412-555-0134.\n\n"
    "Call Crime Stoppers at 412-555-8477 if you have any information on the shooting.\n\n"
    "Her brother is a reporter for a radio station in Ohio, the family said.\n\n"
    "Dana Whitfield is a Tribune-Review staff writer. Reach her at 724-555-0190 or dwhitfield@example.com.\n\n"
    "Contact reporter Sam Ortiz at sortiz@example.com. Follow him on Twitter @samortiz.\n\n"
    "Follow Lee Park on Twitter @leepark.\n\n"
    "kjones@example.com | Twitter: @kjones\n"
)


def test_a_reporters_sign_off_is_page_furniture_and_an_appeal_for_information_is_prose():
    """A byline's contact details at an article's end would otherwise become claims joining one outlet's reports of
    different events; the police's appeal, a quoted handle and prose about a reporter stay article text."""
    marked = [SIGNED_OFF[span.start:span.end] for span, kind in find_boilerplate(SIGNED_OFF) if kind == "page"]
    assert marked == [
        "Dana Whitfield is a Tribune-Review staff writer. Reach her at 724-555-0190 or dwhitfield@example.com.",
        "Contact reporter Sam Ortiz at sortiz@example.com. Follow him on Twitter @samortiz.",
        "Follow Lee Park on Twitter @leepark.",
        "kjones@example.com | Twitter: @kjones",
    ]


CREDITED = "The senator resigned on Friday, his office said."


@pytest.mark.parametrize("caption", [
    "Representative Blake Farenthold, Republican of Texas, in December at the Capitol.CreditJoshua Roberts/Reuters",
    "Senator Ted Cruz at a rally in Houston on Monday. Credit Sam Hodgson for The New York Times",
    "A woman was killed and three others were injured in a shooting along I-270 (Credit: KMOV)",
    "Police investigate a shooting in Auburn, Wash., Oct. 7, 2016. (Credit: KING)",
    "Studio 74 in Fort Worth. Credit: Robert Cadwallader, Star-Telegram",
    "Photo credit: Stacie Scott/Deseret News",
])
def test_a_caption_ending_in_its_photo_credit_is_marked_whole(caption):
    """A saved page keeps a photo's caption as a paragraph with its credit at the end; read as prose, its
    sentence ("three others were injured…") would become a claim of the article."""
    text = f"{CREDITED}\n\n{caption}\n\nThe seat stays empty until a special election, officials said.\n"
    assert [(kind, span.text_of(text)) for span, kind in find_boilerplate(text)] == [("caption", caption)]


@pytest.mark.parametrize("line", [
    "The bank's chief executive left last year. Credit Suisse declined to comment on Friday.",
    "The mayor gave the volunteers the credit: they found the boy within an hour.",
    "He applied for a loan at the Aventa Credit Union branch on Main Street, police said.",
])
def test_prose_naming_credit_is_not_a_caption(line):
    text = f"{CREDITED}\n\n{line}\n\nThe seat stays empty until a special election, officials said.\n"
    assert find_boilerplate(text) == []


@pytest.mark.parametrize("slide", [
    "Image 3 of 11 A man was arrested Friday after more than a month on the run, police said.",
    "Property crime incidents: 405 Violent crime incidents: 45 Image 22 of 44 22. Converse Crime incidents: 2,438",
])
def test_a_slideshow_line_is_a_caption(slide):
    """A saved gallery keeps each slide as a paragraph behind its counter; read as prose, its caption
    ("a man was arrested Friday") would become a claim of the article."""
    text = f"{CREDITED}\n\n{slide}\n\nThe seat stays empty until a special election, officials said.\n"
    assert [(kind, span.text_of(text)) for span, kind in find_boilerplate(text)] == [("caption", slide)]


@pytest.mark.parametrize("line", [
    "Image 12 of 3 was the one the jury saw, the prosecutor said.",
    "The image of 3 men running from the store was shown on the news, police said.",
])
def test_prose_with_a_picture_is_not_a_slide(line):
    text = f"{CREDITED}\n\n{line}\n\nThe seat stays empty until a special election, officials said.\n"
    assert find_boilerplate(text) == []


# Lines of a media player, a paywall or a comment widget as the GVA crawl keeps them (training/count_page_lines.py
# lists them), each beside a line of prose that shares its words and stays the article's
PLAYER_AND_PAYWALL = [
    ("Your browser does not support the audio element.", "Listen to the press conference below, police said."),
    ("Sorry, your browser doesn't support Flash , needs a Flash update , or has Flash disabled. You need Flash to watch"
     " this video.", "The video shows repeated muzzle flashes, police said."),
    ("You need the latest version of the Adobe Flash Player to view the video related to this article. Download Now.",
     "A video of the shooting was posted online on Monday."),
    ("Skip Ad Ad Loading... x Embed x Share Six bodies have been found at two locations in Chesapeake.",
     "Six bodies have been found at two locations in Chesapeake, police said."),
    ("EMBED >More News Videos A witness to the shooting shares his account",
     "A witness to the shooting shared his account with reporters."),
    ("You've now read the maximum number of stories available without a subscription.",
     "He had read every story about the shooting, his mother said."),
    ("To continue reading this story, you will need to be a digital subscriber to HoustonChronicle.com.",
     "The Houston Chronicle first reported the arrest."),
    ("Please enable JavaScript to view the comments powered by Disqus.", "Police asked residents to call with tips."),
    ("Advertisement - Continue Reading Below", "The advertisement ran in the local paper for a week."),
]


@pytest.mark.parametrize("furniture, prose", PLAYER_AND_PAYWALL)
def test_a_media_player_or_paywall_line_is_page_furniture_and_prose_of_its_words_is_not(furniture, prose):
    """"Your browser does not support the audio element." became a claim two saved pages shared."""
    text = f"Shooting leaves one dead\n\n{furniture}\n\n{prose}\n"
    marked = [text[span.start:span.end] for span, kind in find_boilerplate(text) if kind == "page"]
    assert marked == [furniture]


# A station's video blurb as a crawl keeps it: the blurb's report, the reporter's credit and the stamp on one line
# (shapes read off the GVA crawl by training/count_page_lines.py --show; names and places made up here).
BLURB = ("Three men were wounded in a shooting outside a bakery in Eastport on Friday. News9's Dana Holt reports."
         " (Published Friday, March 4, 2016)")


def _page_marks(text: str) -> list[str]:
    return [text[span.start:span.end] for span, kind in find_boilerplate(text) if kind == "page"]


def test_a_video_blurbs_credit_and_stamp_are_furniture_and_its_report_is_not():
    text = f"Shooting at Eastport bakery\n\n{BLURB}\n\nPolice said the men were taken to Mercy Hospital.\n"
    assert _page_marks(text) == ["News9's Dana Holt reports.", "(Published Friday, March 4, 2016)"]


@pytest.mark.parametrize("credit", [
    "Dana Holt reports.",
    "NBC 9's Dana Holt has the story.",
    "Dana Holt reports from Eastport for the News9 News at 11 p.m. on Friday, March 4, 2016.",
    "Dana Holt has more on the investigation.",
])
def test_a_reporters_credit_closing_a_blurb_is_furniture(credit):
    text = f"Title\n\nThree men were wounded in a shooting on Friday. {credit}\n"
    assert _page_marks(text) == [credit]


@pytest.mark.parametrize("prose", [
    "The Eastport Gazette reports that three men were wounded.",
    "NBC 9's Dana Holt reports on the three men wounded outside a bakery on Friday.",
    "Three men were wounded, Dana Holt reported.",
    "The report (Published Friday, March 4, 2016) said three men were wounded.",
])
def test_prose_naming_a_reporter_or_a_publication_day_is_not_furniture(prose):
    assert _page_marks(f"Title\n\n{prose}\n\nPolice said the men were taken to Mercy Hospital.\n") == []


def test_a_caption_keeps_its_sentence_and_loses_its_button_and_credit():
    caption = "Three men were wounded outside a bakery, police said. View Full Caption Flickr/someone"
    text = f"Title\n\n{caption}\n\nEASTPORT — Three men were wounded on Friday, police said.\n"
    assert _page_marks(text) == ["View Full Caption Flickr/someone"]


def test_a_video_playlist_is_furniture_and_a_clock_time_is_not():
    playlist = ["1:21 Mayor opens new bridge Pause", "0:48 Council debates road repairs", "2:05 Who is the new coach?"]
    times = ["12:52 p. m. EDT May 2, 2013", "14:25 Sun Sep 15 2013"]
    text = "Title\n\n" + "\n\n".join(playlist + times) + "\n\nThree men were wounded on Friday, police said.\n"
    assert _page_marks(text) == playlist


def test_a_page_template_naming_the_page_is_furniture_even_in_one_paragraph():
    template = ["Bakery shooting wounds three was posted in Top Story of The Eastport Times - https://eastport.example"
                " on March 04, 2016 and was last updated on March 04, 2016.",
                "This news story is related to Print/1234-Bakery-shooting-wounds-three/ - breaking news, latest ne.",
                "Permanent link to the news story \"Bakery shooting wounds three\" is"
                " https://eastport.example/print/1234-Bakery-shooting-wounds-three."]
    text = "Bakery shooting wounds three\n\nThree men were wounded on Friday, police said. " + " ".join(template) + "\n"
    assert _page_marks(text) == template


# Other stories' headlines a crawl keeps over the article, as rawstory.com's pages in the GVA crawl (made up here).
RELATED = ["Ohio senator says voters should carry their bibles: 'There is only one book'",
           "Deputy who mistook a stapler for a taser now sells insurance downtown",
           "Marketing chief claims women cannot lead companies because of 'moods'"]
ARTICLE = ("A nine-month-old girl was shot and badly wounded on Sunday by her father, who told Eastport police his"
           " pistol went off while he was cleaning it.\n\n" + " ".join(
               ["Officers found the baby girl with a gunshot wound in the family's apartment on Sunday afternoon,"
                " a spokeswoman for the Eastport police said, and the girl was rushed to Mercy Hospital."] * 6))


def test_other_stories_headlines_over_an_article_are_page_furniture():
    text = "Baby shot by father who was cleaning his pistol\n\n" + "\n\n".join(RELATED) + "\n\n" + ARTICLE + "\n"
    marked = [text[span.start:span.end] for span, kind in find_boilerplate(text) if kind == "page"]
    assert marked == ["\n\n".join(RELATED)]


def test_a_storys_own_highlights_over_it_are_kept():
    highlights = ["Father told Eastport police his pistol went off while cleaning it",
                  "Baby girl rushed to Mercy Hospital with a gunshot wound",
                  "Police spokeswoman says officers found the girl in the apartment"]
    text = "Baby shot by father who was cleaning his pistol\n\n" + "\n\n".join(highlights) + "\n\n" + ARTICLE + "\n"
    assert [kind for _span, kind in find_boilerplate(text)] == []


@pytest.mark.parametrize("furniture", [
    "KTLA's Dana Holt and the Associated Press contributed to this report.",
    "This is a developing story. Check back with News9.com for updates.",
    "This material may not be published, broadcast, rewritten or redistributed.",
])
def test_a_station_sign_off_in_a_paragraph_is_furniture(furniture):
    text = f"Title\n\nThree men were wounded outside a bakery on Friday, police said. {furniture}\n"
    assert _page_marks(text) == [furniture]


def test_a_clause_before_check_back_is_kept():
    text = "Title\n\nThe shooting is still under investigation, check back with News9.com for updates.\n"
    assert _page_marks(text) == ["check back with News9.com for updates."]


def test_a_corpus_marked_again_gets_the_page_marks_import_gives():
    """A corpus imported before these entries gets them when reopened (`page_marks`): credits, stamps and
    related headlines alike."""
    text = ("Baby shot by father who was cleaning his pistol\n\n" + "\n\n".join(RELATED) + "\n\n" + ARTICLE
            + f"\n\n{BLURB}\n\n© 2016 News9. All rights reserved.\n")
    marks = find_boilerplate(text)
    other = [span for span, kind in marks if kind != "page"]
    assert other, "the copyright line is another kind's"
    assert page_lines(text, other) == [span for span, kind in marks if kind == "page"]
    assert len(page_lines(text, other)) == 3
