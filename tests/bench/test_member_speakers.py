"""The crawl reader of speakers written as a force's members lists each with the one force its article names."""
from __future__ import annotations

from bench.member_speakers import member_speakers

TEXT = ("Boy shot in Traer\n\nThe Tama County Sheriff's Office said a boy was shot Saturday.\n\n"
        "Deputies say the family was preparing to go hunting.\n\nTwo officers said they heard a shot.")


def test_members_in_the_plural_are_listed_with_the_force_their_article_names():
    assert [row[:3] for row in member_speakers("269677", TEXT)] == [("deputies", "Tama County Sheriff's Office", "269677")]
