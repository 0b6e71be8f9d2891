import pytest

from viewer.corpus.boilerplate import find_boilerplate
from viewer.corpus.metadata import header_fields, headline, text_metadata

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


def test_blank_text_has_no_headline():
    assert headline("  \n\n ", []) is None
