"""bench/asking_headlines.py: the headline units the asking reading takes away, listed from made-up sets."""

BODY = "\n\nA passenger ferry sank off the northern coast of Crete on Tuesday, the coast guard said.\n"


def test_only_a_headline_that_asks_loses_its_unit(bench_script):
    asking = bench_script("asking_headlines")
    assert asking.taken("Harbour master: What the new ferry line is doing to Heraklion", BODY)
    assert not asking.taken("Ferry sinks off Crete, killing 12 passengers", BODY)
    assert not asking.taken("How a ferry sank off Crete in calm water", BODY)


def test_the_listing_reads_each_set_but_the_blind_draws_and_counts_distinct_headlines(bench_script, tmp_path):
    asking = bench_script("asking_headlines")
    for name, line in [("made", "What Crete's ferry ban tells us about island tourism"),
                       ("roundupZ", "What the harbour master is doing in Heraklion")]:
        docs = tmp_path / "sets" / name / "docs"
        docs.mkdir(parents=True)
        (docs / "1_a.txt").write_text(line + BODY, encoding="utf-8")
        (docs / "1_b.txt").write_text("Ferry sinks off Crete, killing 12 passengers" + BODY, encoding="utf-8")
    lines = asking.listed(asking.first_lines(tmp_path))
    assert lines == ["  made: What Crete's ferry ban tells us about island tourism",
                     "1 of 2 distinct headlines lose a unit"]
