"""bench/gvc.py turns GVC's conll and mention files into sets judged by the incidents' event chains."""
from __future__ import annotations

import json
from pathlib import Path

# Two made-up reports of incident 111 and one of incident 222, in the converter's columns: document key, sentence,
# token, text, chain. Sentence 0 is the publication date, sentence 1 the title; "//n" marks a line break.
REPORTS = {
    "0/111/aaaa1111": ["2016-05-03", "Man shot in Dover", "Police said a man was shot Sunday . //n",
                       "He was taken to a hospital .", "Officers are asking for tips ."],
    "0/111/bbbb2222": ["2016-05-04", "Dover shooting victim named", "The man shot on Sunday was John Roe , 30 ."],
    "0/222/cccc3333": ["2016-06-01", "Girl wounded in Elm Street shooting", "A girl was wounded //n on Elm Street ."],
}
MENTIONS = [
    ("aaaa1111", 1, "111.hitting.1"), ("aaaa1111", 2, "111.hitting.1"), ("aaaa1111", 3, "0"),
    ("bbbb2222", 1, "111.bag_of_events.ALL"), ("bbbb2222", 2, "111.hitting.1"),
    ("cccc3333", 2, "222.injuring.1"),
]


def _split(folder: Path, reports: dict[str, list[str]], mentions: list[tuple[str, int, str]]) -> None:
    folder.mkdir(parents=True)
    lines = []
    for key, sentences in reports.items():
        lines.append(f"#begin document ({key}); part 0")
        for n, sentence in enumerate(sentences):
            lines += [f"{key}\t{n}\t{i}\t{token}\t-" for i, token in enumerate(sentence.split())] + [""]
        lines.append("#end document")
    (folder / "dataset.conll").write_text("\n".join(lines) + "\n", encoding="utf-8")
    records = [{"doc_id": doc, "sent_id": n, "description": chain} for doc, n, chain in mentions]
    (folder / "event_mentions.json").write_text(json.dumps(records), encoding="utf-8")


def _gvc(tmp_path: Path) -> Path:
    gvc = tmp_path / "gvc"
    _split(gvc / "val", REPORTS, MENTIONS)
    _split(gvc / "test", {"0/333/dddd4444": ["2017-01-01", "Shots fired", "Shots were fired ."]},
           [("dddd4444", 1, "333.firing_a_gun.UNK")])
    return gvc


def _set(out: Path, name: str) -> dict:
    return json.loads((out / name / "events.json").read_text(encoding="utf-8"))


def test_a_report_is_its_title_then_its_sentences_without_the_date_or_line_marks(tmp_path, bench_script):
    bench_script("gvc").prepare(_gvc(tmp_path), tmp_path / "out")

    text = (tmp_path / "out" / "gvcdev" / "docs" / "111_aaaa1111.txt").read_text(encoding="utf-8")
    assert text == ("Man shot in Dover\n\nPolice said a man was shot Sunday.\n\nHe was taken to a hospital.\n\n"
                    "Officers are asking for tips.\n")
    girl = (tmp_path / "out" / "gvcdev" / "docs" / "222_cccc3333.txt").read_text(encoding="utf-8")
    assert girl.endswith("A girl was wounded on Elm Street.\n")


def test_a_sentence_is_annotated_by_the_chains_of_its_incident_it_mentions(tmp_path, bench_script):
    bench_script("gvc").prepare(_gvc(tmp_path), tmp_path / "out")

    dev = _set(tmp_path / "out", "gvcdev")
    first = dev["documents"]["111_aaaa1111.txt"]
    assert (first["event"], first["date"]) == ("111", "2016-05-03")
    assert [(s["n"], s["annotated"], s["chains"]) for s in first["sentences"]] == [
        (1, True, ["111.hitting.1"]), (2, True, ["111.hitting.1"]), (3, False, []), (4, False, [])]
    text = (tmp_path / "out" / "gvcdev" / "docs" / "111_aaaa1111.txt").read_text(encoding="utf-8")
    second = first["sentences"][1]
    assert text[second["start"]:second["end"]] == "Police said a man was shot Sunday."
    assert dev["incidents"] == ["111", "222"]
    assert _set(tmp_path / "out", "gvcheldout")["incidents"] == ["333"]


def test_incidents_an_earlier_draw_holds_are_left_out_and_named(tmp_path, bench_script):
    earlier = tmp_path / "gvaX"
    earlier.mkdir()
    (earlier / "events.json").write_text(json.dumps({"incidents": ["222", "999"], "documents": {}}), encoding="utf-8")
    bench_script("gvc").prepare(_gvc(tmp_path), tmp_path / "out", exclude=[earlier])

    dev = _set(tmp_path / "out", "gvcdev")
    assert dev["excluded"] == ["222"]
    assert sorted(dev["documents"]) == ["111_aaaa1111.txt", "111_bbbb2222.txt"]
    assert not (tmp_path / "out" / "gvcdev" / "docs" / "222_cccc3333.txt").exists()
