"""The media nouns: what news says a known platform carries or holds, read from the parse of the lines naming one."""
from training.count_media_nouns import media_nouns, platform_lines
from viewer.analysis.nlp import english


def test_the_nouns_a_platform_modifies_or_hangs_on_are_counted():
    texts = ["The sheriff said in a post on the office's Facebook page that the road was shut.\nNo platform here.",
             "In a Twitter post, the mayor thanked the crews. A video on YouTube showed the crash.",
             "The sheriff said in a post on the office's Facebook page that the road was shut."]
    lines = platform_lines(texts)
    assert len(lines) == 2  # each line once, only those naming a platform
    counts = media_nouns(english().pipe(lines))
    assert counts["post"] == 2 and counts["page"] == 1 and counts["video"] == 1
    assert "road" not in counts and "crew" not in counts
