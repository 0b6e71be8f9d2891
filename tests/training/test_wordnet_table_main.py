"""One run for every first-sense WordNet table: read one part of speech, keep one lexicographer file, write the table."""
import json
import sys

from training.count_person_nouns import wordnet_table_main

DATA = "\n".join([
    "  1 This software and database is being provided",
    "01009240 32 v 02 say 0 state 0 000 01 + 08 00 | express in words",
    "02000002 31 v 01 decide 0 000 01 + 08 00 | reach a decision",
])
INDEX = "\n".join(["  1 This software and database is being provided", "say v 1 0 1 1 01009240",
                   "state v 1 0 1 1 01009240", "decide v 1 0 1 1 02000002"])


def test_the_table_holds_the_words_whose_first_sense_is_in_the_file_and_says_where_it_came_from(tmp_path, monkeypatch):
    (tmp_path / "index.verb").write_text(INDEX, encoding="latin-1")
    (tmp_path / "data.verb").write_text(DATA, encoding="latin-1")
    out = tmp_path / "verbs.json"
    monkeypatch.setattr(sys, "argv", ["count_speech_verbs.py", str(tmp_path), "--out", str(out)])
    wordnet_table_main(None, "verb", 32, "unused.json", "first sense in verb.communication")
    table = json.loads(out.read_text(encoding="utf-8"))
    assert table["verbs"] == ["say", "state"]
    assert table["provenance"]["rule"] == "first sense in verb.communication"
    assert table["provenance"]["command"] == f"python training/count_speech_verbs.py {tmp_path}"
