"""The verbless-headline count: a line's lost verb is counted and read back, a line with its verb is not."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from verbless_headlines import counted, distinct_lines  # noqa: E402


def test_lines_are_counted_once_after_their_label():
    lines = [("a", "Police: Man Shot on Main Street", "\n"), ("b", "Man Shot on Main Street", "\n"),
             ("c", "Too short", "\n")]
    assert [line for line, _ in distinct_lines(lines)] == ["Man Shot on Main Street"]


def test_a_lost_verb_is_counted_and_read_back():
    counts, shown = counted([("Jan. 6 Panel Subpoenas Jeffrey Clark, Former Justice Dept. Official",
                              "\nThe panel wants Jeffrey Clark, a former Justice Dept. official."),
                             ("Taliban unveil new Afghan government", "\n")])
    assert counts["title-cased"] == 1 and counts["other"] == 1
    assert counts["title-cased, no finite verb"] == 1 and counts["other, no finite verb"] == 0
    assert shown == ["VBZ\tsubpoenas\tJan. 6 Panel Subpoenas Jeffrey Clark, Former Justice Dept. Official"]
