"""bench/speaker_links.py: the links of one speaker's two reports, on a made-up kept export of two reports and a
judged row; what a mention says once its speaker and cue are left out."""
from __future__ import annotations

import json

_A = "Mayor Jane Doe said the parade should not have been approved. A man was shot on Sunday."
_B = "Mayor Jane Doe said there was no link between the shooting and the parade."


def _attribution(doc: str, text: str) -> dict:
    """An indirect report of the mayor's whose content runs from after "said " to the sentence's full stop."""
    cue = text.index("said")
    end = text.index(".")
    return {"id": f"a{doc}", "document": doc, "speaker": "s1", "kind": "indirect", "speaker_name": "Jane Doe",
            "speaker_text": {"start": 0, "end": cue - 1, "text": text[:cue - 1]},
            "cue": {"start": cue, "end": cue + 4, "text": "said"},
            "content": {"start": cue + 5, "end": end, "text": text[cue + 5:end]}}


def _export(tmp_path, set_document) -> tuple[int, int]:
    """Write both reports into gvaT and a kept export linking their first sentences; the sentences' ends."""
    set_document("1_a.txt", _A)
    set_document("1_b.txt", _B)
    ends = (_A.index(".") + 1, _B.index(".") + 1)
    export = {"documents": [{"id": "d1", "source": {"path": "/x/1_a.txt"}, "text": _A},
                            {"id": "d2", "source": {"path": "/x/1_b.txt"}, "text": _B}],
              "attributions": [_attribution("d1", _A), _attribution("d2", _B)],
              "claims": [{"id": "c1", "mentions": [{"document": "d1", "start": 0, "end": ends[0]},
                                                   {"document": "d2", "start": 0, "end": ends[1]}]}]}
    base = tmp_path / "base"
    base.mkdir()
    (base / "gvaT.json").write_text(json.dumps(export), encoding="utf-8")
    return ends


def test_a_link_of_one_speakers_two_statements_is_counted_with_its_verdict(bench_script, tmp_path, judged_file,
                                                                            set_document):
    speaker = bench_script("speaker_links")
    ends = _export(tmp_path, set_document)
    judged = judged_file([["gvaT", "1_a.txt", 0, ends[0], "1_b.txt", 0, ends[1], "W",
                           "another claim of the same speaker"]])
    [row] = speaker.voiced_links(tmp_path, tmp_path / "base", [judged])
    assert row[:4] == ("gvaT", "W", "another claim of the same speaker", "indirect/indirect")
    assert row[4] == 0.5  # of "parade" and "approve" the other says "parade"; the mayor and "said" are left out
    assert row[7:] == ("the parade should not have been approved.",
                       "there was no link between the shooting and the parade.", False)


def test_share_is_of_the_smaller_side_and_empty_sides_part_nothing(bench_script):
    speaker = bench_script("speaker_links")
    assert speaker.share({"parade", "approve"}, {"parade", "link", "shooting"}) == 0.5
    assert speaker.share(set(), {"parade"}) == 1.0
    table = speaker.table([("gvaT", "W", "", "indirect/indirect", 0.25, "", "", "", ""),
                           ("gvaT", "R", "", "indirect/indirect", 1.0, "", "", "", ""),
                           ("gvaT", "P", "", "marks", 0.0, "", "", "", "")])
    assert table == ["kinds:", "  indirect/indirect: R 1 P 0 W 1 unjudged 0", "  marks: R 0 P 1 W 0 unjudged 0",
                     "share (one voice):", "  >= 0.20: R 0 P 0 W 1 unjudged 0", "  >= 0.67: R 1 P 0 W 0 unjudged 0",
                     "share (marks):", "  >= 0.00: R 0 P 1 W 0 unjudged 0"]


def test_cells_count_the_links_of_one_voice_under_both_bars(bench_script):
    speaker = bench_script("speaker_links")
    found = [("gvaT", "W", "", "indirect/indirect", 0.25, "", "", "", "", True, 0.7, 0.45),
             ("gvaT", "R", "", "indirect/indirect", 0.25, "", "", "", "", False, 0.7, 0.55),
             ("gvaT", "W", "", "marks", 0.0, "", "", "", "", False, 0.5, 0.4),
             ("gvaT", "W", "", "direct/direct", 0.0, "", "", "", "", False, 0.5, 0.3),
             ("gvaT", "R", "", "direct/direct", 0.2, "", "", "", "", False, 0.7, 0.6)]
    cells = speaker.cells(found)
    assert cells[1] == "  share < 0.34, cosine < 0.50: R 0 P 0 W 2 unjudged 0"
    assert cells[2] == "  share < 0.34, cosine < 0.60: R 1 P 0 W 2 unjudged 0"
    assert cells[-2] == "twin retold elsewhere, not two quotations: R 0 P 0 W 1 unjudged 0"
    assert cells[-1] == "two quotations sharing no term said (session 65): R 0 P 0 W 1 unjudged 0"


def test_a_sentence_the_other_report_retells_elsewhere_is_twinned(bench_script):
    speaker = bench_script("speaker_links")
    second = "Mayor Jane Doe said the parade should not have been approved."
    b = f"{_B} {second}"
    later = _attribution("d2", second)
    for part in ("speaker_text", "cue", "content"):
        later[part] = {**later[part], "start": later[part]["start"] + len(_B) + 1,
                       "end": later[part]["end"] + len(_B) + 1}
    export = {"attributions": [_attribution("d1", _A), _attribution("d2", _B), later]}
    da, db = {"id": "d1", "text": _A}, {"id": "d2", "text": b}
    va, vb, vlater = export["attributions"]
    assert speaker.twinned(export, (da, ("1_a.txt", 0, _A.index(".") + 1), va),
                           (db, ("1_b.txt", 0, _B.index(".") + 1), vb))
    assert not speaker.twinned(export, (da, ("1_a.txt", 0, _A.index(".") + 1), va),
                               (db, ("1_b.txt", len(_B) + 1, len(b)), vlater))


def test_bars_chosen_on_half_the_sets_are_counted_on_the_other_half(bench_script):
    speaker = bench_script("speaker_links")
    row = ("", "W", "", "indirect/indirect", 0.1, "", "", "", "", False, 0.5, 0.3)
    found = [("gvaA", *row[1:]), ("gvaB", *row[1:]), ("gvaB", "R", *row[2:])]
    assert speaker.held_out(found) == [
        "fold 0: bars (0.2, 0.4), chosen on W 1 right 0, held out W 1 right 1",
        "fold 1: bars (0.2, 0.4), chosen on W 1 right 1, held out W 1 right 0"]
