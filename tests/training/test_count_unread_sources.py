"""The counter of sentences naming a source in the outlet's words puts each in one class by what the reader made of
its article: a speaker named, no name (by how the speaker is written), or no attribution."""
from __future__ import annotations

from training.count_unread_sources import classes

TEXT = ("Boy shot in Troy\n\n"
        "The Tama County Sheriff's Office said a boy was shot Saturday.\n\n"
        "Two officers said they heard a shot.\n\n"
        "Investigators say the gun was kept in a closet.\n\n"
        "Neighbors said the family had moved in last year.")


def test_each_sentence_naming_a_source_is_counted_once_by_what_its_speaker_was_read_as():
    found = dict((sentence, label) for label, sentence in classes(TEXT))
    assert found == {
        "The Tama County Sheriff's Office said a boy was shot Saturday.": "named",
        "Two officers said they heard a shot.": "no name, members, qualified",
        "Investigators say the gun was kept in a closet.": "named",  # the one force its article names
        "Neighbors said the family had moved in last year.": "no name, unnamed",
    }
