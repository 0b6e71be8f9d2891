"""The others' count: a count of others read by the outcomes around it, and "the other N" by whether one follows."""
from training.count_other_counts import read


def test_counts_of_others_and_the_rest_of_a_group_are_read_apart():
    assert read("One man was killed and four others were wounded.") == [
        "others, only another outcome before (the whole of its outcome)"]
    assert read("The other two victims were taken to a hospital.") == ["the other N, no outcome after (the rest of a group)"]
    assert read("Five people died including the gunman.") == ["gunman: including"]
