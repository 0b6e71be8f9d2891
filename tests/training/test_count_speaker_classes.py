"""The counter of speakers that may resolve to the wrong body puts each in its class by how it is written and what
the reader resolved it to, and lists what a change of the reader renamed, took away or added."""
from __future__ import annotations

from training.count_speaker_classes import attributions, changes, speaker_class

TEXT = ("Boy shot in Troy\n\n"
        "Millbrook County deputies said a boy was shot Saturday. Investigators with the Kent Police Department said "
        "the gun was loaded.\n\n"
        "The coroner said the boy died. The newspaper reported that the family was away.\n\n"
        "The mayor called the shooting a tragedy.")


def test_each_speaker_is_put_in_its_class():
    found = {row["speaker"]: speaker_class(row) for row in attributions("1", TEXT)}
    assert found == {
        "Millbrook County deputies": "members with a place",
        "Investigators with the Kent Police Department": "members with a force",
        "The coroner": "the + one noun, no name",
        "The newspaper": "outlet word",
        "The mayor": "call",
    }


def test_a_name_changed_a_row_gone_and_a_row_added_are_told_apart():
    row = {"report": "1", "at": 5, "cue": "said", "content": "a boy was shot", "name": ""}
    base = [row, dict(row, at=9, cue="called", content="911")]
    new = [dict(row, name="Kent Police"), dict(row, at=20, content="the gun was loaded")]
    renamed, gone, added = changes(base, new)
    assert [(a["name"], b["name"]) for a, b in renamed] == [("", "Kent Police")]
    assert [r["content"] for r in gone] == ["911"] and [r["content"] for r in added] == ["the gun was loaded"]
