"""bench/framed_voices.py: what counting a quotation's attribution toward its unit parts, on a made-up kept export of
two reports quoting one person."""
from __future__ import annotations

import json

_A = '"They die fast," said the victim\'s mother Deandra Bradley on Monday.'
_B = '"I\'ve forgiven them," said the victim\'s mother Deandra Bradley on Monday.'


def _quotation(doc: str, text: str) -> dict:
    end = text.index(",")
    cue = text.index("said")
    return {"id": f"a{doc}", "document": doc, "speaker": "s1", "kind": "direct", "speaker_name": "Deandra Bradley",
            "speaker_text": {"start": cue + 5, "end": text.index(" on"), "text": ""},
            "cue": {"start": cue, "end": cue + 4, "text": "said"},
            "content": {"start": 1, "end": end, "text": text[1:end]}, "role": None, "via": [],
            "origin": "analysis"}


def test_two_short_quotations_sharing_no_word_are_parted_only_when_the_attribution_counts(bench_script, tmp_path,
                                                                                        judged_file, set_document):
    voices = bench_script("framed_voices")
    set_document("1_a.txt", _A)
    set_document("1_b.txt", _B)
    export = {"documents": [{"id": "d1", "source": {"path": "/x/1_a.txt"}, "text": _A},
                            {"id": "d2", "source": {"path": "/x/1_b.txt"}, "text": _B}],
              "speakers": [{"id": "s1", "name": "Deandra Bradley", "kind": "person"}],
              "attributions": [_quotation("d1", _A), _quotation("d2", _B)],
              "claims": [{"id": "c1", "mentions": [{"document": "d1", "start": 0, "end": len(_A)},
                                                   {"document": "d2", "start": 0, "end": len(_B)}]}]}
    base = tmp_path / "base"
    base.mkdir()
    (base / "gvaT.json").write_text(json.dumps(export), encoding="utf-8")
    judged = judged_file([["gvaT", "1_a.txt", 0, len(_A), "1_b.txt", 0, len(_B), "W",
                           "another claim of the same speaker"]])
    lines = voices.counts(tmp_path, base, [judged], show=False)
    assert "content two_statements: R 0 P 0 W 0 U 0 - 0" in lines  # the quoted words are under half of each
    assert "framed two_statements: R 0 P 0 W 1 U 0 - 0" in lines
    assert "newly any: R 0 P 0 W 1 U 0 - 0" in lines
