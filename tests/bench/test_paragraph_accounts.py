"""bench/paragraph_accounts.py reads, on a crawl report, how the paragraph before a bare paragraph-opening sentence
ends and the cues of that sentence; bench/unread_sources.py counts the sentences naming a source whose speaker the
analysis did not read."""
from __future__ import annotations

REPORT = {"title": "Two shot on Elm Street",
          "text": "Two men were shot on Elm Street on Monday night, police said.\n\n"
                  "They were taken to a hospital in critical condition.\n\n"
                  '"It was terrifying," a neighbour said.\n\n'
                  "The street was closed for hours."}


def test_a_report_is_read_as_paragraphs_of_sentences_title_first(bench_script):
    crawl = bench_script("paragraph_accounts")
    paragraphs = crawl.paragraphs(REPORT)
    assert [len(p) for p in paragraphs] == [1, 1, 1, 1, 1]
    assert paragraphs[1] == ["Two men were shot on Elm Street on Monday night, police said."]


def test_the_paragraph_before_ends_on_a_source_someones_words_or_neither(bench_script):
    crawl = bench_script("paragraph_accounts")
    paragraphs = crawl.paragraphs(REPORT)
    assert crawl.before(paragraphs, 0) == "no paragraph before"
    assert crawl.before(paragraphs, 1) == "bare"
    assert crawl.before(paragraphs, 2) == "source"
    assert crawl.before(paragraphs, 4) == "quoted"


def test_the_cues_of_a_bare_sentence_after_a_source(bench_script):
    crawl = bench_script("paragraph_accounts")
    told = "Two men were shot on Elm Street on Monday night, police said."
    assert crawl.cues("They were taken to a hospital.", ["They were taken to a hospital."], told, "police") \
        == "pronoun, same source"
    assert crawl.cues("Later the gunman shot again.", ["x"], told, "the coroner") == "sequence, word shared"
    paragraph = ["The street was closed for hours.", "Neighbours gathered, the mayor said."]
    assert crawl.cues(paragraph[0], paragraph, told, "the coroner") == "sourced in paragraph"


def test_sentences_naming_a_source_are_counted_by_whether_a_speaker_was_read(bench_script, kept_set):
    out = kept_set({"a.txt": "Two men were shot on Elm Street on Monday, police said. Both were taken to a hospital.",
                    "b.txt": "Two men were shot on Elm Street on Monday. Both men were taken to a hospital."})
    assert bench_script("unread_sources").told_sentences(str(out / "tiny")) == [
        (True, "Two men were shot on Elm Street on Monday, police said.")]
