import pytest

from viewer.corpus.boilerplate import find_boilerplate
from viewer.corpus.metadata import dateline_length, dateline_place, header_fields, headline, text_metadata

SAMPLE_METADATA = {
    "000_714b6fe37702d227.txt": {
        "outlet": "BNR", "title": "Russia's Defense Ministry said today that more than 1,000 Ukrainian servicemen…"},
    "001_19b88c1551e802fc.txt": {
        "published": "2022-04-13",
        "title": "Russia said on Wednesday more than 1,000 Ukrainian soldiers have surrendered in…"},
    "002_fa0ffd6030053c64.txt": {
        "outlet": "Latin Times",
        "title": "After initial reports came out that there were soldiers from Ukraine over in…"},
    "003_480df51dc9d93a84.txt": {
        "title": "While Mariupol is about to fall into the hands of the Russians, kyiv is trying…"},
    "004_f23ed1886adc987c.txt": {
        "outlet": "EFE and AFP",
        "title": "The Russian Defense Ministry announced on Wednesday that since Monday, 959…"},
}


@pytest.mark.parametrize("name", sorted(SAMPLE_METADATA))
def test_sample_metadata(sample_texts, name):
    text = sample_texts[name]
    assert text_metadata(text, find_boilerplate(text)) == SAMPLE_METADATA[name]


@pytest.mark.parametrize("notice, outlet", [
    ("(© 2016 WWL)", "WWL"),
    ("© 2024 Latin Times (US). All rights reserved.", "Latin Times (US)"),
    # the notice's "by" and the dash that sets the owner off are no part of its name
    ("Copyright 2019 by KXYZ Harbour7 - All rights reserved.", "KXYZ Harbour7"),
    ("Copyright © 2018 by Valley Wire, Inc. -- Republication without consent is prohibited.", "Valley Wire, Inc"),
    ("(Copyright 2015 by WXYZ-TV and River News Service. All Rights Reserved.)", "WXYZ-TV and River News Service"),
    ("©2020 by 9News Example – All rights reserved.", "9News Example"),
    ("© 2021 Byron Courier. All rights reserved.", "Byron Courier"),
    # nor a year span, a second mark, a footnote star, the year after the owner, or the owner's brackets
    ("Copyright © 2004 - present harbourecho.com", "harbourecho"),
    ("Copyright 2012* Valley Wire. All rights reserved.", "Valley Wire"),
    ("(Copyright (c) 2016 Lakeside Television. All Rights Reserved. This material may not be published.)", "Lakeside Television"),
    ("© Copyright 2013 The Example Times, LLC. Click here for reprint permission.", "The Example Times, LLC"),
    ("Copyright 2014 (KXYZ Broadcasting Corporation). All Rights Reserved.", "KXYZ Broadcasting Corporation"),
    ("Copyright 2015 KXYZ (Harbour Media Corp.) All rights reserved.", "KXYZ"),
    # the station is the outlet, not the company that owns it, nor the place after a semicolon
    ("Copyright 2016 KXYZ (Harbour Media Corporation). All rights reserved.", "KXYZ"),
    ("©2016 Valley Local Media, a division of Valley Radio Inc. All Rights Reserved.", "Valley Local Media"),
    ("Copyright 2015 WXYZ; Harbourtown, AL. All rights reserved.", "WXYZ"),
    ("(Source: Valley Media Wire © Example Sun-Times 2013. All Rights Reserved.)", "Example Sun-Times"),
    ("Copyright WXYZ 2017. All rights reserved.", "WXYZ"),
    ("Copyright 2016. WXYZ. All rights reserved.", "WXYZ"),
    ("Copyright 2014\n\n. All rights reserved.", None),
])
def test_the_copyright_owner_is_the_outlet_without_the_notice_s_furniture(notice, outlet):
    text = f"Police said the road was closed on Monday.\n\n{notice}\n"
    assert text_metadata(text, find_boilerplate(text)).get("outlet") == outlet


def test_header_lines_at_the_top():
    text = "Title: Mariupol talks\nSource: Example Wire\nDate: 2022-04-20\n\nThe talks resumed on Monday."
    assert [(key, value) for _span, key, value in header_fields(text)] == [
        ("title", "Mariupol talks"), ("outlet", "Example Wire"), ("published", "2022-04-20")]
    assert header_fields("The date 2022-04-13 was chosen.") == []


def test_headline_first_line_when_it_looks_like_one():
    text = "Kyiv offers talks in Mariupol\n\nUkraine offered Russia on Wednesday a special session of talks."
    assert headline(text, []) == "Kyiv offers talks in Mariupol"


def test_headline_from_short_single_sentence_is_kept_whole():
    assert headline("Russia tests a missile. Finland debates NATO membership.", []) == "Russia tests a missile."


@pytest.mark.parametrize("tag", ["en", "2016", "lakesideherald.com", "https://lakesideherald.com/",
                                 "deputies-seek-driver-in-elm-street-shooting"])
def test_a_one_word_line_over_the_headline_is_a_page_tag_not_the_title(tag):
    text = f"{tag}\n\nDeputies seek driver in Elm Street shooting\n\nA man was shot on Elm Street on Friday night."
    assert headline(text, []) == "Deputies seek driver in Elm Street shooting"


def test_a_headline_cut_after_its_first_word_is_read_whole():
    text = "Mpls.\n\nrapper behind party where 4 were shot speaks out\n\nA Minneapolis rap musician said Monday he is sorry."
    assert headline(text, []) == "Mpls. rapper behind party where 4 were shot speaks out"


def test_a_text_of_one_word_keeps_it_as_its_title():
    assert headline("Statement", []) == "Statement"


def test_blank_text_has_no_headline():
    assert headline("  \n\n ", []) is None


# Made-up ledes in the shapes agencies and papers file them: where the report was filed is not
# its title, and a full stop after an abbreviation or an initial does not end the sentence.
@pytest.mark.parametrize("text, title", [
    ("WEST PALM BEACH, Fla. (AP) — The governor said on Sunday that the bridge would reopen next week. More.",
     "The governor said on Sunday that the bridge would reopen next week."),
    ("WEST PALM BEACH, Fla.\n\nThe governor said on Sunday that the bridge would reopen next week.",
     "The governor said on Sunday that the bridge would reopen next week."),
    ("KYIV, Ukraine (AP) — Shelling cut power to the eastern districts overnight, officials said. Repairs began.",
     "Shelling cut power to the eastern districts overnight, officials said."),
    ("MOSCOW, April 13 (Reuters) - The ministry said talks would continue. Nothing else was said.",
     "The ministry said talks would continue."),
    ("LAGOS — Flooding displaced thousands of families this week. Aid groups appealed for help.",
     "Flooding displaced thousands of families this week."),
    ("Report: U.S. officials expect the truce to hold through the weekend, a diplomat said. Others doubt it.",
     "Report: U.S. officials expect the truce to hold through the weekend, a diplomat…"),
    ("The U.N. said the convoy reached the city. Aid workers unloaded food.", "The U.N. said the convoy reached the city."),
    ("Maj. Gen. Ivan Petrov said 40 vehicles had crossed. Others disputed it.", "Maj. Gen. Ivan Petrov said 40 vehicles had crossed."),
    ("Author J. K. Mensah won the prize. The jury praised her.", "Author J. K. Mensah won the prize."),
    ("Protesters marched in St. Louis. Police watched.", "Protesters marched in St. Louis."),
])
def test_datelines_and_abbreviations_never_make_the_title(text, title):
    assert headline(text, []) == title


# Made-up pages that open with a line only dating them, in the shapes found on 20 of 1,012 public
# articles (ECB+ dev and train, gun-violence reports, BASIL): the headline under it is the title.
@pytest.mark.parametrize("first", [
    "Updated: November 11, 2021 20:09 IST", "Friday, June 7, 2019", "Sunday, March 17, 2019 | 5:00 PM",
    "Posted: Nov 27, 2015 8:20 AM ET Last Updated: Nov 27, 2015 8:10 PM ET", "12 January 2020 @ 09:29 pm",
    "September 18th, 2017, 05:31 GMT",
])
def test_a_line_only_dating_the_page_is_not_the_title(first):
    text = f"{first}\n\nHarbour reopens after the storm\n\nThe port authority said the harbour reopened on Monday."
    assert headline(text, []) == "Harbour reopens after the storm"
    assert text_metadata(text, [])["title"] == "Harbour reopens after the storm"


@pytest.mark.parametrize("first", [
    "Harbour reopens after the storm Posted: Tuesday, March 5, 2024 8:18 PM EST Updated: Friday, March 8, 2024",
    "Harbour reopens after the storm - Published: Sunday, 6/28/2015 - Updated: 3 months ago",
])
def test_a_stamp_run_into_a_pasted_headline_is_not_part_of_the_title(first):
    text = f"{first}\n\nThe port authority said the harbour reopened on Monday."
    assert headline(text, []) == "Harbour reopens after the storm"



@pytest.mark.parametrize("first", ["June 7, 2019: Mayor opens the new bridge", "Storm of March 17, 2019 remembered"])
def test_a_headline_holding_a_date_stays_the_title(first):
    assert headline(f"{first}\n\nThe mayor said the bridge cost less than planned.", []) == first


def test_a_headline_line_is_kept_after_a_dateline_line():
    text = "NAIROBI, Kenya\nDrought pushes grain prices up\n\nPrices rose again on Monday, traders said."
    assert headline(text, []) == "Drought pushes grain prices up"


# Dateline shapes as agencies and papers file them (read on 1,192 public articles: BASIL, ECB+,
# gun-violence reports), and openings that only look like one.
@pytest.mark.parametrize("paragraph, claim", [
    ("WASHINGTON — Representative Blake Farenthold resigned on Friday.", "Representative Blake Farenthold resigned on Friday."),
    ("KYIV, March 3 (Reuters) - Ukraine said its forces had retaken the town.", "Ukraine said its forces had retaken the town."),
    ("KANSAS CITY, Mo. — Leaders of the group accused activists of racism.", "Leaders of the group accused activists of racism."),
    ("HOUSTON (CBSDFW/AP) – Police say several people were injured.", "Police say several people were injured."),
    ("NEW ORLEANS -- Another suspect has been arrested.", "Another suspect has been arrested."),
    ("WASHINGTON –- The White House released the emails.", "The White House released the emails."),
    ("WASHINGTON ― The House passed the bill.", "The House passed the bill."),  # HuffPost's horizontal bar
    ("Denver (AP) – Colorado's top law officer will defend the law.", "Colorado's top law officer will defend the law."),
    ("Mariupol, April 13 (Reuters) - The plant was shelled again.", "The plant was shelled again."),
    ("MOSCOW, April 13. /TASS/. The ministry said talks would go on.", "The ministry said talks would go on."),
    ("Rep. Blake Farenthold (R-Texas) — who faced allegations — resigned.", "Rep. Blake Farenthold (R-Texas) — who faced allegations — resigned."),
    ("President Obama — who spoke on Friday — signed the bill.", "President Obama — who spoke on Friday — signed the bill."),
    ("US - China talks resumed in Geneva.", "US - China talks resumed in Geneva."),
    ("The U.N. said the convoy reached the city.", "The U.N. said the convoy reached the city."),
    ("LONDON (Reuters) - ", "LONDON (Reuters) - "),
])
def test_a_dateline_is_measured_only_where_a_paragraph_opens_with_one(paragraph, claim):
    assert paragraph[dateline_length(paragraph):] == claim


@pytest.mark.parametrize("text, place", [
    ("Man charged\n\nDEARBORN HEIGHTS, Mich. (WXYZ) - The man accused of murder appeared in court.", "Dearborn Heights"),
    ("Police report\n\nSAN ANTONIO - New police documents show a man was the stepfather.", "San Antonio"),
    ("Talks\n\nKyiv (AFP) - The talks went on.", "Kyiv"),
    ("Shooting\n\nTwo people were hurt, police said.\n\nThe shooter fled.", None),
    ("", None),
])
def test_the_place_a_dateline_names(text, place):
    assert dateline_place(text) == place
