"""bench/unreached_questions.py: first lines that ask and that the asking-headline reading does not reach."""

BODY = "\n\nA passenger ferry sank off the northern coast of Crete on Tuesday, the coast guard said.\n"


def test_a_sentence_case_question_line_is_listed_with_its_prose_unit(bench_script):
    unreached = bench_script("unreached_questions")
    lines = [("made", "Will the new ferry line keep islanders connected?", BODY),
             ("made", "Ferry Sinks Off Crete: Will the Line Reopen?", BODY),
             ("made", "Ferry sinks off Crete, killing 12", BODY)]
    out = unreached.prose_questions(lines)
    assert out[-1] == "1 sentence-case question lines"
    assert "units ['Will the new ferry line keep islanders connected?']" in out[0]
    assert out[0].endswith("asks as a headline: True")


def test_a_wh_adverb_headline_is_listed_with_its_label_and_its_verb(bench_script):
    unreached = bench_script("unreached_questions")
    out = unreached.adverb_headlines([("made", "100 Days: How the Ferry Line Has Fared So Far", BODY),
                                      ("made", "Ferry sinks off Crete, killing 12", BODY)])
    assert out[-1] == "1 headlines opening with a wh-adverb"
    assert out[0].startswith("  made: unit ") and ", label True, verb fare" in out[0]
