"""The fits' and benches' readings of a set (`fit_verifier.ecb_set`) are the import's: a page line the import marks is
no unit there either, and offsets stay the file's."""
from __future__ import annotations

import json

import pytest

from viewer.analysis.claims.fit_verifier import ecb_set
from viewer.analysis.claims.imported_texts import NotAsFiled, imported

STAMP = "(Published Wednesday, June 8, 2016)"
WIRE = "Copyright 2016 The Associated Press. All rights reserved. This material may not be published, broadcast, " \
       "rewritten or redistributed."
REPORTS = [
    f"Two men were shot outside a bar in Millbrook late Tuesday.\n\n{STAMP}\n\nPolice said both men survived.\n",
    f"Two men were wounded in a shooting outside a Millbrook bar on Tuesday night.\n\n{WIRE}\n",
]


@pytest.fixture
def a_set(tmp_path):
    docs = tmp_path / "sets" / "bar" / "docs"
    docs.mkdir(parents=True)
    (docs / "a.txt").write_bytes(b"\xef\xbb\xbf" + REPORTS[0].encode())  # a byte-order mark the import drops
    (docs / "b.txt").write_text(REPORTS[1], encoding="utf-8")
    documents = {name: {"event": "bar", "topic": 1, "sentences": []} for name in ("a.txt", "b.txt")}
    (tmp_path / "sets" / "bar" / "events.json").write_text(json.dumps({"documents": documents}), encoding="utf-8")
    return tmp_path


def _marked(document) -> list[str]:
    return [document.text[s.start:s.end] for s in document.boilerplate]


def test_page_lines_come_marked_at_the_files_own_offsets(a_set):
    a, b = imported([a_set / "sets/bar/docs/a.txt", a_set / "sets/bar/docs/b.txt"])
    assert a.text.startswith("\ufeff") and _marked(a) == [STAMP]
    assert any("may not be published" in text for text in _marked(b))


def test_a_copy_reads_as_the_document_it_copies(a_set):
    copy = a_set / "copy.txt"
    copy.write_text(REPORTS[1], encoding="utf-8")
    first, second = imported([a_set / "sets/bar/docs/b.txt", copy])
    assert (second.id, second.text, second.boilerplate) == (1, first.text, first.boilerplate)


def test_a_c1_control_character_reads_as_its_windows_1252_mark_at_its_own_offset(a_set):
    bulleted = a_set / "bulleted.txt"
    bulleted.write_text("Police said both men survived.\n\n\x95 Read more articles by the reporter\n", encoding="utf-8")
    (document,) = imported([bulleted])
    assert document.text == "Police said both men survived.\n\n• Read more articles by the reporter\n"


def test_other_text_than_the_file_is_refused(a_set, monkeypatch):
    from viewer.analysis.claims import imported_texts

    monkeypatch.setattr(imported_texts.Path, "read_text", lambda self, encoding=None: "something else")
    with pytest.raises(NotAsFiled):
        imported([a_set / "sets/bar/docs/b.txt"])


def test_a_set_read_for_the_fit_makes_no_unit_of_a_page_line(a_set):
    found = ecb_set(a_set, "bar")
    texts = [(a_set / "sets/bar/docs" / name).read_text(encoding="utf-8") for name in found["names"]]
    said = [texts[u.document][u.span.start:u.span.end] for u in found["units"]]
    assert any("Two men were shot" in s for s in said) and any("survived" in s for s in said)
    assert not any("Published" in s or "redistributed" in s or "Associated Press" in s for s in said)
