"""bench/discrepancy_signs.py reads, around a "stated as fact" line's fact, where its own article names a source,
and keys the hand verdicts by both spans in either order."""
from __future__ import annotations

from viewer.analysis.model import Mention

FACT = "Three were found inside the home."
TEXT = ("The street was quiet. Four people were found dead, according to a police report. The report said the doors "
        f"were locked. {FACT} \"It was awful,\" a neighbour said.\n\nThree bodies were found in the home, police said.")


def test_signs_read_the_sources_named_about_the_fact(bench_script):
    signs = bench_script("discrepancy_signs")
    start = TEXT.index(FACT)
    read = signs.signs(Mention(1, start, start + len(FACT), FACT), TEXT)
    assert read["opens_para"] == 0
    assert read["before_in_para"] == "SS-"  # nearest first: the report's two sentences, then the outlet's
    assert read["para_before"] == "."
    assert read["next"] == "Q"  # someone's quoted words
    assert read["restated_after"] == 0.67  # two of "found", "inside", "home": the sourced sentence below
    assert read["restated_before"] == 0.33  # "found", in the report's sentence


def test_verdicts_are_keyed_by_both_spans_in_either_order(bench_script, tmp_path):
    signs = bench_script("discrepancy_signs")
    judged = tmp_path / "judged.tsv"
    judged.write_text("set\tkind\tfile_a\tstart_a\tend_a\tfile_b\tstart_b\tend_b\tverdict\tclass\n"
                      "gvaX\tattribution\ta.txt\t0\t9\tb.txt\t5\t20\tW\tcarried account\n", encoding="utf-8")
    read = signs.verdicts([str(judged)])
    assert read[("gvaX", "attribution", ("b.txt", 5, 20), ("a.txt", 0, 9))] == ("W", "carried account")
    assert ("gvaX", "number", ("a.txt", 0, 9), ("b.txt", 5, 20)) not in read


def _span(text: str, words: str):
    from viewer.corpus.spans import Span
    return Span(text.index(words), text.index(words) + len(words))


def test_told_within_reads_the_nearest_account_before_the_fact_and_whose_it_is(bench_script):
    signs = bench_script("discrepancy_signs")
    fact = "The victim was taken to a hospital."
    told = f"Police said a man fired shots at a car.\n\nHe fled on foot.\n\n{fact}"
    between = f"Police said a man fired shots at a car.\n\nA neighbour said he fled on foot.\n\n{fact}"
    partner = "The victim was taken to a hospital, police said."
    texts = {1: told, 2: partner, 3: between}
    sources = {1: [(_span(told, "a man fired shots at a car"), "Police")],
               2: [(_span(partner, "The victim was taken to a hospital"), "police")],
               3: [(_span(between, "a man fired shots at a car"), "Police"),
                   (_span(between, "he fled on foot"), "A neighbour")]}
    other = Mention(2, 0, len(fact) - 1, fact[:-1])
    at = told.index(fact)
    assert signs.told_within(Mention(1, at, at + len(fact), fact), other, texts, sources) == "=2/2"
    at = between.index(fact)
    assert signs.told_within(Mention(3, at, at + len(fact), fact), other, texts, sources) == "S1/1"
    assert signs.told_within(Mention(2, 0, len(fact) - 1, fact[:-1]), other, texts, sources) == "-"
