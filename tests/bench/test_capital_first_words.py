"""bench/capital_first_words.py: title-cased headlines whose first word is in capitals, read in main's casing and in
the casing session 77 measured and refused."""

BODY = "\n\nThe head of the WHO said on Thursday that the ferry crew had not been vaccinated.\n"


def test_the_measured_casing_keeps_a_first_word_the_body_writes_in_capitals(bench_script):
    capitals = bench_script("capital_first_words")
    assert capitals.kept_first("WHO Head Says Ferry Crew Was Not Vaccinated", BODY) == \
        "WHO head says ferry crew was not vaccinated"
    assert capitals.kept_first("NRA Head Says Ferry Crew Was Not Vaccinated", BODY) == \
        "Nra head says ferry crew was not vaccinated"
    assert capitals.differs("WHO Head Says Ferry Crew Was Not Vaccinated", BODY)
    assert not capitals.differs("Ferry Crew Was Not Vaccinated, WHO Head Says", BODY)
    assert not capitals.differs("WHO head says ferry crew was not vaccinated", BODY)  # not title-cased: never recased


def test_the_listing_reads_each_set_but_the_blind_draws_and_counts_distinct_lines(bench_script, tmp_path):
    capitals = bench_script("capital_first_words")
    for name in ("made", "roundupZ"):
        docs = tmp_path / "sets" / name / "docs"
        docs.mkdir(parents=True)
        (docs / "1_a.txt").write_text("WHO Head Says Ferry Crew Was Not Vaccinated" + BODY, encoding="utf-8")
        (docs / "1_b.txt").write_text("Ferry sinks off Crete, killing 12 passengers" + BODY, encoding="utf-8")
    lines = capitals.first_lines(tmp_path)
    assert {source for source, _line, _body in lines} == {"made"}
    assert capitals.compared(lines, show_all=True)[-1] == "2 distinct lines, 1 cased apart, 0 with other units"
