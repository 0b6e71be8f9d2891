"""bench/general_links.py: the readings that would part links on political news, read on made-up sentences, and their
count on a made-up judged row, articles and an export that links two speakers' statements."""
from __future__ import annotations

import json

from tests.conftest import features_of


def test_two_provisions_of_one_bill_share_the_verb_and_not_its_object(bench_script):
    general = bench_script("general_links")
    found = general.readings(features_of("The bill raises the minimum wage for restaurant workers."),
                             features_of("The bill raises the tax credit for working families."))
    assert "same verb, other objects" in found
    assert "no shared verb" not in found


def test_one_provision_told_twice_is_parted_by_no_reading(bench_script):
    general = bench_script("general_links")
    assert general.readings(features_of("The bill raises the minimum wage for restaurant workers."),
                            features_of("The bill raises the minimum wage paid to restaurant workers.")) == []


def test_two_senators_statements_are_counted_as_two_speakers_on_a_political_set(bench_script, tmp_path, judged_file,
                                                                                set_document):
    general = bench_script("general_links")
    a = set_document("1_fox.txt", "Senator Mary Jones said the bill would hurt small businesses.", "basilC")
    b = set_document("1_nyt.txt", "Senator Tom Smith said the bill would help working families.", "basilC")
    judged = judged_file([["basilC", "1_fox.txt", 0, len(a), "1_nyt.txt", 0, len(b), "W", "another person"]])
    base = tmp_path / "base"
    base.mkdir()

    def said(document: str, speaker: str, name: str, text: str) -> dict:
        cue = text.index(" said") + 1
        return {"document": document, "speaker": speaker, "speaker_name": name, "kind": "indirect",
                "speaker_text": {"start": 0, "end": cue - 1}, "cue": {"start": cue, "end": cue + 4},
                "content": {"start": cue + 5, "end": len(text)}}

    (base / "basilC.json").write_text(json.dumps({
        "documents": [{"id": "d1", "source": {"path": "/x/1_fox.txt"}}, {"id": "d2", "source": {"path": "/x/1_nyt.txt"}}],
        "speakers": [{"id": "s1", "kind": "person"}, {"id": "s2", "kind": "person"}],
        "attributions": [said("d1", "s1", "Mary Jones", a), said("d2", "s2", "Tom Smith", b)],
        "claims": [{"mentions": [{"document": "d1", "start": 0, "end": len(a)},
                                 {"document": "d2", "start": 0, "end": len(b)}]}]}), encoding="utf-8")
    lines = general.judged_counts(tmp_path, [judged], base, show=None)
    assert "  another person: 1" in lines
    assert "two speakers, person/person: political/world R 0 P 0 W 1 | GVA and the rest R 0 P 0 W 0" in lines
    assert "two speakers, their words not retold: political/world R 0 P 0 W 1 | GVA and the rest R 0 P 0 W 0" in lines
