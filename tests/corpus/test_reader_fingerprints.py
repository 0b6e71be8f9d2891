"""A file reader changed without its version bumped fails here, naming the module: otherwise the documents it reads
differently would never be marked for a re-read."""
from __future__ import annotations

import copy
import json

from viewer.corpus import reader_fingerprints as fingerprints
from viewer.corpus.text_reader import TEXT_READERS


def test_every_reader_is_recorded_as_its_code_stands():
    found = fingerprints.stale(fingerprints.current(), fingerprints.recorded())
    assert not found, "\n".join(s.message for s in found)


def test_each_reader_covers_the_code_that_decides_its_text_and_no_other_reader():
    modules = {reader: fingerprints.reader_modules(reader) for reader in TEXT_READERS}
    assert "viewer/corpus/formats/pdf_prose.py" in modules["pdf"]  # a helper the reader imports counts
    assert "viewer/corpus/encoding.py" in modules["html"] and "viewer/corpus/encoding.py" not in modules["pdf"]
    assert all("viewer/corpus/formats/__init__.py" in paths for paths in modules.values())  # which reader reads what
    for reader, paths in modules.items():  # the registry imports every reader: not followed
        assert [p for p in paths if p.startswith("viewer/corpus/formats/") and p.endswith(f"/{reader}.py")]
        others = {f"viewer/corpus/formats/{other}.py" for other in TEXT_READERS if other != reader}
        assert not others & set(paths), reader
        assert not [p for p in paths if "/ui/" in p or "/analysis/" in p]


def test_a_reader_changed_without_a_bump_fails_naming_its_module(monkeypatch):
    now = fingerprints.current()
    before = copy.deepcopy(now)
    before["pdf"]["modules"]["viewer/corpus/formats/pdf.py"] = "0" * 64  # as the code was before an edit

    [found] = fingerprints.stale(now, before)

    assert found.reader == "pdf" and found.needs_bump
    assert found.message.startswith("viewer/corpus/formats/pdf.py changed: bump its reader version")
    assert "re-record" in found.message and "--same-text pdf" in found.message

    version = TEXT_READERS["pdf"][0]
    monkeypatch.setitem(TEXT_READERS, "pdf", (str(int(version) + 1), TEXT_READERS["pdf"][1]))  # bumped: re-record
    [bumped] = fingerprints.stale(fingerprints.current(), before)
    assert not bumped.needs_bump and f"version {version} → {int(version) + 1}" in bumped.message


def test_re_recording_refuses_a_forgotten_bump_unless_told_the_text_is_the_same(tmp_path):
    record = tmp_path / "text_readers.json"
    assert fingerprints.record(set(), record) == []
    written = json.loads(record.read_text(encoding="utf-8"))
    assert written["readers"] == fingerprints.current()
    written["readers"]["text"]["modules"]["viewer/corpus/formats/text.py"] = "0" * 64
    record.write_text(json.dumps(written), encoding="utf-8")

    [refused] = fingerprints.record(set(), record)

    assert refused.reader == "text" and "viewer/corpus/formats/text.py changed" in refused.message
    assert json.loads(record.read_text(encoding="utf-8")) == written  # nothing written
    assert fingerprints.record({"text"}, record) == []  # the researcher-facing text is the same: recorded as is
    assert fingerprints.stale(fingerprints.current(), fingerprints.recorded(record)) == []


def test_a_comment_or_windows_line_endings_are_not_a_change(tmp_path, monkeypatch):
    source = tmp_path / "viewer" / "corpus" / "formats" / "text.py"
    source.parent.mkdir(parents=True)
    source.write_text("x = 1\n\ndef read():\n    return x\n", encoding="utf-8")
    monkeypatch.setattr(fingerprints, "ROOT", tmp_path)
    plain = fingerprints.fingerprint("viewer/corpus/formats/text.py")
    source.write_bytes(b"x = 1\r\n# why x is one\r\n\r\ndef read():\r\n    return x  \r\n")
    assert fingerprints.fingerprint("viewer/corpus/formats/text.py") == plain
    source.write_text("x = 2\n\ndef read():\n    return x\n", encoding="utf-8")
    assert fingerprints.fingerprint("viewer/corpus/formats/text.py") != plain


def test_the_command_checks():
    assert fingerprints.main(["--check"]) == 0
