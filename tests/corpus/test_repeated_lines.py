"""A caption printed again is found by an index of the lines before it, with the answers the line-by-line comparison
gave (kept here as the reference), on made-up pages full of near-repeats, short lines and wordless lines."""
from __future__ import annotations

import random

import pytest

from viewer.corpus import boilerplate
from viewer.corpus.boilerplate import Page

WORDS = "the mayor said bridge would reopen on Monday crews storm harbour ferry İstanbul Ōsaka".split()
ENDINGS = ("", "", ".", "!", ":", ",", '."', "”", ")")


def _compared_line_by_line(page: Page) -> None:
    """The rule as it was written first: every earlier line's words found again for each line."""
    earlier: list[int] = []
    openings: set[str] = set()
    half = sum(line.words for line in page.lines) / 2
    for i, line in enumerate(page.lines):
        repeated = _repeats_an_earlier(page, line, earlier, openings) if i not in page.taken and line.words >= 6 else 0
        rest = len(line.text[repeated:].split()) > len(line.text[:repeated].split())
        if repeated and line.words > half and rest:
            page.mark(line.start, line.start + repeated, "caption")
        elif repeated:
            page.mark_lines(i, i, "caption")
        if not repeated or line.words > half and rest:
            earlier.append(i)
            openings.add(line.text[:24])


def _repeats_an_earlier(page, line, earlier, openings) -> int:
    starts = [len(page.lines[k].text) for k in earlier
              if page.lines[k].words >= 6 and line.text.startswith(page.lines[k].text)]
    if line.text[:24] in openings and starts:
        return max(starts)
    if line.text.rstrip("\"'”’)").endswith((".", "!", "?", ":", ",")):
        return 0
    words = boilerplate._WORD.findall(line.text.lower())
    grams = {" ".join(words[k:k + 5]) for k in range(len(words) - 4)}
    before = " " + " ".join(" ".join(boilerplate._WORD.findall(page.lines[k].text.lower())) for k in earlier) + " "
    return len(line.text) if grams and sum(f" {gram} " in before for gram in grams) / len(grams) >= 0.6 else 0


def _page_text(seed: int) -> str:
    rng = random.Random(seed)
    lines: list[str] = []
    for _ in range(rng.randint(5, 80)):
        kind = rng.random()
        if kind < 0.15:
            lines.append(rng.choice(["***", "—", "| |", "12"]))  # no words, or a number alone
        elif kind < 0.45 and lines:
            earlier = rng.choice(lines)  # an earlier line again, cut, lengthened or its ending changed
            cut = earlier[:rng.randint(0, len(earlier))] if rng.random() < 0.3 else earlier
            lines.append(cut + rng.choice(["", " " + " ".join(rng.choices(WORDS, k=rng.randint(1, 8)))])
                         + rng.choice(ENDINGS))
        else:
            lines.append(" ".join(rng.choices(WORDS, k=rng.randint(1, 16))).capitalize() + rng.choice(ENDINGS))
    return "\n".join(lines)


@pytest.mark.parametrize("seed", range(60))
def test_the_index_marks_what_the_line_by_line_comparison_marked(seed):
    text = _page_text(seed)
    taken = set(random.Random(seed).sample(range(len(Page(text).lines)), k=2)) if len(Page(text).lines) > 2 else set()
    indexed, reference = Page(text), Page(text)
    indexed.taken |= taken
    reference.taken |= taken
    boilerplate._repeats(indexed)
    _compared_line_by_line(reference)
    assert indexed.marks == reference.marks and indexed.taken == reference.taken


def test_the_pages_made_up_here_hold_repeats_of_both_kinds():
    """The comparison above means something only if the pages hold captions the rule marks."""
    marked = 0
    for seed in range(60):
        page = Page(_page_text(seed))
        boilerplate._repeats(page)
        marked += len(page.marks)
    assert marked > 30


def test_an_article_glued_to_its_headline_keeps_its_body_and_loses_only_the_repeated_headline():
    headline = "The Latest: Tribune says newspapers hit by computer virus"
    body = ("LOS ANGELES (AP) — Tribune Publishing says a computer virus disrupted production of the Chicago Tribune "
            "and its other newspapers. Spokeswoman Hillary Manning says the paper has been working to fix the issues.")
    text = f"{headline}\n\n{headline} {body}"
    marks = boilerplate.find_boilerplate(text)
    assert [text[span.start:span.end] for span, _ in marks] == [headline]


def test_a_caption_printed_again_with_its_credit_is_still_marked_whole():
    caption = "Police examine the scene of an alleged drive-by shooting in southeastern Dallas"
    text = (f"{caption}\n\nThe girl was riding in her father's car when someone started shooting from a passing "
            f"vehicle near the intersection at about 9:30 p.m. The bullet went through the driver side door.\n\n"
            f"{caption} (Photo: WFAA)\n\nThe girl was taken to an area hospital and is expected to survive.")
    marks = boilerplate.find_boilerplate(text)
    assert f"{caption} (Photo: WFAA)" in [text[span.start:span.end] for span, _ in marks]
