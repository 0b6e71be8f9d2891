"""bench/source_named_lines.py and bench/named_source_crawl.py read where a bare sentence's own article names the
source another report gives it to, and which lines the reading of `sourcing._sources_named_before` takes away."""
from __future__ import annotations

from viewer.analysis.model import Mention
from viewer.corpus.spans import Span

FACT = "Three were found inside the home."
NAMED = "Officers searched the home on Elm Street, according to Sgt. Ryan Cole."
TEXT = (f"{NAMED} The street was closed for hours. Neighbours gathered.\n\n"
        f"{FACT} The coroner came at noon, Ms Bell said.\n")


def _mention(text: str, words: str) -> Mention:
    return Mention(1, text.index(words), text.index(words) + len(words), words)


def _span(text: str, words: str) -> Span:
    return Span(text.index(words), text.index(words) + len(words))


def test_sort_of_tells_a_police_force_from_a_source_by_name(bench_script):
    lines = bench_script("source_named_lines")
    assert lines.sort_of("Chicago Police Department") == "force"
    assert lines.sort_of("Ryan Cole") == "named"
    assert lines.sort_of("") == ""


def test_named_where_gives_the_nearest_sentence_naming_one_source_with_the_partners(bench_script):
    lines = bench_script("source_named_lines")
    sources = [(_span(TEXT, NAMED), "Ryan Cole"), (_span(TEXT, "The coroner came at noon"), "Bell")]
    assert lines.named_where(_mention(TEXT, FACT), "Sgt. Ryan Cole", TEXT, sources) == ("b3", 1)
    assert lines.named_where(_mention(TEXT, FACT), "Bell", TEXT, sources) == ("a1", 1)
    assert lines.named_where(_mention(TEXT, FACT), "police", TEXT, sources) == ("-", 0)


def test_taken_reads_the_source_named_in_the_outlets_words_on_the_facts_matter(bench_script):
    lines = bench_script("source_named_lines")
    sources = [(_span(TEXT, NAMED), "Ryan Cole")]
    assert lines.taken(_mention(TEXT, FACT), "Ryan Cole", TEXT, sources)
    assert not lines.taken(_mention(TEXT, FACT), "coroner", TEXT, sources)
    other = TEXT.replace("searched the home", "closed the road")  # no word shared with the fact
    moved = [(_span(other, other.split(" The")[0]), "Ryan Cole")]
    assert not lines.taken(_mention(other, FACT), "Ryan Cole", other, moved)


def test_crawl_pairs_read_where_the_bare_report_names_the_attributed_source(bench_script):
    crawl = bench_script("named_source_crawl")
    assert crawl.named_by("Three were found inside, the sheriff said.").strip() == "the sheriff"
    assert crawl.named_by("According to Elm County police, three were found.").strip() == "Elm County police"
    before = ["The street was closed.", "Deputies searched the home, Sheriff Bob Gualtieri said."]
    assert crawl.where_named(FACT, before, "the sheriff") == "further back, outlet's words, a word shared"
    assert crawl.where_named(FACT, ['"It was awful," the sheriff said.'], "the sheriff") \
        == "just before, words quoted, no word shared"
    assert crawl.where_named(FACT, before, "the coroner") == "none"
    assert crawl.where_named(FACT, ["Police believe three were killed inside the home."], "Elm County police") \
        == "just before, subject, a word shared"


def test_crawl_pairs_read_where_the_bare_report_names_the_source_after_it(bench_script):
    crawl = bench_script("named_source_crawl")
    after = ["Deputies searched the home, Sheriff Bob Gualtieri said.", "The street was closed."]
    assert crawl.where_named(FACT, after, "the sheriff", after=True) == "just after, outlet's words, a word shared"
    assert crawl.where_named(FACT, after[::-1], "the sheriff", after=True) == "further on, outlet's words, a word shared"


def test_crawl_pairs_read_where_the_nearest_source_named_before_stands_whoever_it_is(bench_script):
    crawl = bench_script("named_source_crawl")
    before = ["The street was closed.", "Deputies searched the home, the coroner said."]
    assert crawl.where_any(FACT, before) == "further back, outlet's words, a word shared"
    quoted = ['"It was awful," the sheriff said.'] + before
    assert crawl.where_any(FACT, quoted) == "just before, words quoted, no word shared"
    assert crawl.where_any(FACT, ["The road was closed, police said."]) == "just before, outlet's words, no word shared"
    assert crawl.where_any(FACT, ["The street was closed."]) == "none"


def test_the_crawl_count_reads_a_source_restating_the_bare_sentence_next_as_its_account_told_ahead(bench_script):
    crawl = bench_script("named_source_crawl")
    text = ("Shooting on Elm Street\n\nThree were found inside the home.\n\n"
            "Sgt. Ryan Cole said the three victims were found inside the home. The street was closed.\n")
    assert crawl.told_ahead("Three were found inside the home.", text, "Sgt. Ryan Cole") == "told ahead, restated"
    assert crawl.told_ahead("Three were found inside the home.", text, "the coroner") == \
        "another source ahead, restated"
    assert crawl.told_ahead("The street was closed.", text, "Sgt. Ryan Cole") == "none"
    assert crawl.told_ahead("Shooting on Elm Street", text, "Sgt. Ryan Cole") == "headline"
