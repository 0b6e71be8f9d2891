"""bench/figure_misreads.py: each form of a number the reader may misread, counted where written and where misread."""
import pytest


@pytest.fixture
def misreads(bench_script):
    return bench_script("figure_misreads")


def _row(lines: list[str], form: str) -> tuple[int, int]:
    line = next(line for line in lines if f": {form} " in line)
    words = line.split()
    return int(words[words.index("written") + 1]), int(words[words.index("misread") + 1])


@pytest.mark.parametrize("text, form, counts", [
    ("The FDA approved a COVID-19 pill and an AK-47 was found.", "number on a name", (2, 2)),  # measured, not mended
    ("Twenty-five people were hurt.", "spelled tens and ones", (1, 0)),
    ("Nearly two dozen shots and a half-dozen officers.", "dozens of a count", (2, 0)),
    ("Claims rose by 37,000 to 412,000.", "change before a level", (1, 0)),
    ("It won two-thirds of the vote.", "fraction", (1, 0)),
    ("Flight 370 and the No. 2 official.", "No. n", (1, 1)),  # the reader finds it; the identifiers drop it later
])
def test_each_form_is_counted_where_written_and_where_misread(misreads, text, form, counts):
    assert _row(misreads.form_counts([text], "made-up", show=0), form) == counts


def test_the_relation_lines_of_two_readings_are_compared(misreads, tmp_path):
    key = "allsidesZ\ta.txt\t0\t10\tb.txt\t0\t10"
    old, new = tmp_path / "old.tsv", tmp_path / "new.tsv"
    old.write_text(f"{key}\tW\tsame\t-\t19\t19\n", encoding="utf-8")
    new.write_text(f"{key}\tW\t-\t-\t-\t-\n", encoding="utf-8")
    lines = misreads.compare(old, new, None)
    assert lines[0].split() == ["same/-", "->", "-/-,", "not", "made", "W", "1"]
