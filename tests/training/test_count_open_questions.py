"""The open questions' count: a frame of not knowing, where it opens its sentence or follows another clause."""
from training.count_open_questions import frames


def test_frames_are_read_with_their_word_and_place():
    text = ("It wasn't immediately clear why. There is no word yet on whether charges will be filed. "
            "Two men were shot, and it is unclear who fired. It is clear what happened.")
    assert [(word, where) for word, where, _sentence in frames(text)] == [
        ("not immediately clear", "opens"), ("no word", "opens"), ("unclear", "after a clause")]
