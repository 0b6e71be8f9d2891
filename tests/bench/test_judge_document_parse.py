"""bench/judge_document_parse.py: a linked mention read from its document's parse beside its parse alone."""
import numpy as np

from viewer.analysis.claims import alignment
from viewer.analysis.nlp import english

REPORT = ("Shooting in Dayton leaves one dead\n\n"
          "Police said the man fled the scene on Friday after the shooting. He was arrested two days later.\n")


def test_a_clause_cut_out_of_its_sentence_has_its_own_root_and_the_main_word_the_alone_parse_finds(bench_script):
    script = bench_script("judge_document_parse")
    text = "Police said the man fled the scene on Friday."
    start = text.index("the man")
    cut, before = script.in_document(english()(text), start, len(text))
    alone = next(iter(bench_script("aligned_claims").parsed_alone([text[start:]])))
    assert before == 0
    assert [t.text for t in cut if t.dep_ == "ROOT"] == ["fled"]
    assert [t.lemma_ for t in alignment.content_words(cut)] == [t.lemma_ for t in alignment.content_words(alone)]
    assert [t.text for t in alignment.content_words(cut) if alignment.is_main(t)] == ["fled"]


def test_each_mention_is_read_from_its_reports_parse_and_alone_from_the_same_pieces(bench_script, tmp_path):
    script = bench_script("judge_document_parse")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text(REPORT, encoding="utf-8")
    parses = script.document_parses(tmp_path, ["a.txt"])
    text = parses["a.txt"].text
    mentions = ["He was arrested two days later.", "Police said the man fled the scene on Friday after the shooting."]
    spans = [[text.index(m), text.index(m) + len(m)] for m in mentions]
    rows = [{"reports": ["a.txt", "a.txt"], "spans": spans, "texts": mentions}]
    alone, inside, astray = script.set_reads(rows, parses)
    assert astray == 0
    for m in mentions:
        assert alone[m].lemmas == inside[m].lemmas
        assert np.allclose(alone[m].rows, inside[m].rows)
    assert [w for w, main in zip(inside[mentions[0]].lemmas, inside[mentions[0]].main) if main] == ["arrest"]


def test_a_headline_is_read_from_its_own_parse_as_the_analysis_reads_it(bench_script, tmp_path):
    script = bench_script("judge_document_parse")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text(REPORT, encoding="utf-8")
    parsed = script.document_parses(tmp_path, ["a.txt"])["a.txt"]
    headline = "Shooting in Dayton leaves one dead"
    start = parsed.text.index(headline)
    doc, opening = script.parse_at(parsed, start, start + len(headline))
    assert (doc.text, opening) == (headline, start)
    body = parsed.text.index("He was")
    assert script.parse_at(parsed, body, body + 6) == (parsed.doc, 0)
