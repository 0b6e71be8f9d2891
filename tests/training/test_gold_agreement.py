"""training/gold_agreement.py: two made-up annotations (offsets only, no article text) whose one-claim pairs,
maybes, matched mentions and claims are counted by hand below."""
from __future__ import annotations

import pytest

from training.gold_agreement import Annotation, Mention, kappa, main, matches, pair_scores, read_annotation, shared_maybes

CLAIMS = "topic\tclaim\tfile\tstart\tend\n"
MAYBE = "file_a\tstart_a\tend_a\tfile_b\tstart_b\tend_b\n"
# First: claim 1-a in three articles, 1-b in two; a topic-2 row that --topic 1 leaves out.
FIRST = (CLAIMS + "1\t1-a\t1_1ecb.txt\t0\t20\n1\t1-a\t1_2ecb.txt\t0\t30\n1\t1-a\t1_3ecb.txt\t10\t40\n"
         "1\t1-b\t1_1ecb.txt\t30\t60\n1\t1-b\t1_2ecb.txt\t40\t70\n2\t2-a\t2_1ecb.txt\t0\t9\n2\t2-a\t2_2ecb.txt\t0\t9\n")
# Second: a clause of 1-a's first mention and most of its second (one claim), 1-b's two spans put in two claims, a
# span the first never marked, and 1-b's two spans called "maybe".
SECOND = (CLAIMS + "1\tx\t1_1ecb.txt\t0\t10\n1\tx\t1_2ecb.txt\t5\t30\n1\ty\t1_1ecb.txt\t30\t60\n"
          "1\tz\t1_2ecb.txt\t40\t70\n1\tz\t1_3ecb.txt\t100\t120\n")
SECOND_MAYBE = MAYBE + "1_1ecb.txt\t30\t60\t1_2ecb.txt\t40\t70\n"


@pytest.fixture
def folders(tmp_path):
    first, second = tmp_path / "first", tmp_path / "second"
    for folder, claims, maybe in ((first, FIRST, MAYBE), (second, SECOND, SECOND_MAYBE)):
        folder.mkdir()
        (folder / "ecb_dev_claims.tsv").write_text(claims, encoding="utf-8")
        (folder / "ecb_dev_maybe.tsv").write_text(maybe, encoding="utf-8")
    return first, second


@pytest.mark.parametrize("a, b, same", [
    ((0, 20), (0, 10), True),     # a clause inside its sentence
    ((0, 10), (5, 30), True),     # half of the shorter shared
    ((0, 10), (8, 30), False),    # two characters of ten
    ((0, 10), (10, 20), False),   # touching, end exclusive
])
def test_mentions_match_when_half_the_shorter_span_overlaps(a, b, same):
    assert matches(Mention("1_1ecb.txt", *a, "p"), Mention("1_1ecb.txt", *b, "q")) is same
    assert not matches(Mention("1_1ecb.txt", *a, "p"), Mention("1_2ecb.txt", *a, "p"))


def test_pairs_are_scored_with_either_annotators_maybes_set_aside(folders):
    first, second = (read_annotation(f, topic=1) for f in folders)
    s = pair_scores(first, second)
    # first: 1-a's three pairs (1-b's pair is the second's maybe); second: x's pair and z's
    assert (s["first_pairs"], s["second_pairs"]) == (3, 2)
    assert (s["recalled"], s["confirmed"]) == (1, 1)
    assert (s["precision"], round(s["recall"], 3), round(s["f1"], 3)) == (0.5, 0.333, 0.4)


def test_kappa_counts_the_pairs_of_mentions_both_marked(folders):
    first, second = (read_annotation(f, topic=1) for f in folders)
    k = kappa(first, second)
    # matched: 1-a's first two and 1-b's two; cross-article pairs 1-a/1-a (both one claim), 1-a/1-b twice (neither);
    # 1-b/1-b is a maybe
    assert k["pairs"] == 3
    assert k["table"][(True, True)] == 1 and k["table"][(False, False)] == 2
    assert k["kappa"] == pytest.approx(1.0)


def test_the_report_names_the_claims_both_and_one_only_found(folders, capsys):
    main([str(folders[0]), str(folders[1]), "--topic", "1"])
    out = capsys.readouterr().out
    assert "first: 2 claims, 5 mentions (4 also marked by the other), 0 maybe pairs" in out
    assert "precision 0.500 recall 0.333 F1 0.400" in out
    assert "  1-a = x\n" in out
    assert "claims of the first only: 1\n  1-b\n" in out
    assert "claims of the second only: 2\n  y\n  z" in out
    assert "maybe pairs both marked: 0 of the first's, 0 of the second's" in out
    assert "2-a" not in out


def test_kappa_is_not_printed_when_one_annotator_labels_one_way_only(tmp_path):
    for name in ("first", "second"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "ecb_dev_claims.tsv").write_text(CLAIMS + "1\tc\t1_1ecb.txt\t0\t9\n1\tc\t1_2ecb.txt\t0\t9\n",
                                                            encoding="utf-8")
        (tmp_path / name / "ecb_dev_maybe.tsv").write_text(MAYBE, encoding="utf-8")
    first, second = read_annotation(tmp_path / "first"), read_annotation(tmp_path / "second")
    assert kappa(first, second)["kappa"] is None
    assert pair_scores(first, second)["f1"] == 1.0


def test_a_maybe_is_shared_when_its_spans_match_either_way_round():
    def span(file, start, end):
        return Mention(file, start, end, "")

    first = Annotation([], [(span("1_1ecb.txt", 0, 20), span("1_2ecb.txt", 0, 20))])
    second = Annotation([], [(span("1_2ecb.txt", 5, 20), span("1_1ecb.txt", 0, 15)), (span("1_3ecb.txt", 0, 9),
                                                                                   span("1_1ecb.txt", 0, 20))])
    assert (shared_maybes(first, second), shared_maybes(second, first)) == (1, 1)
