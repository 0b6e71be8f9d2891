"""bench/newswcl50.py splits NewsWCL50's events into two sets of whole events, each article in paragraphs."""
from __future__ import annotations

import json
from pathlib import Path


def _conll(path: Path, events: int) -> Path:
    """Made-up articles in the converter's columns, two outlets an event; "\\n" is a line break of the article."""
    lines = []
    for event in range(events):
        for outlet in ("L", "RR"):
            key = f"{event}/-/{event}_{outlet}"
            sentences = [f"Vote number {event} passes \\n", "Lawmakers approved it on Tuesday .", "Critics said no . \\n",
                         "The bill goes to the Senate ."]
            lines.append(f"#begin document {key}; part 000")
            for n, sentence in enumerate(sentences):
                lines += [f"{key}\t{n}\t{i}\t{token}\t-\t" for i, token in enumerate(sentence.split())] + [""]
            lines.append("#end document")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _index(out: Path, name: str) -> dict:
    return json.loads((out / name / "events.json").read_text(encoding="utf-8"))


def test_the_two_sets_hold_whole_events_and_never_the_same_one(tmp_path, bench_script):
    bench_script("newswcl50").prepare(_conll(tmp_path / "wcl.conll", 10), tmp_path / "out")

    dev, held = _index(tmp_path / "out", "newswcl50dev"), _index(tmp_path / "out", "newswcl50heldout")
    assert len(dev["events"]) == len(held["events"]) == 5
    assert sorted(dev["events"] + held["events"], key=int) == [str(n) for n in range(10)]
    assert {d["event"] for d in dev["documents"].values()} == set(dev["events"])
    assert len(dev["documents"]) == 10
    assert all(d["sentences"] == [] for d in dev["documents"].values())


def test_an_article_starts_a_paragraph_at_each_line_break(tmp_path, bench_script):
    bench_script("newswcl50").prepare(_conll(tmp_path / "wcl.conll", 10), tmp_path / "out")

    dev = _index(tmp_path / "out", "newswcl50dev")
    name = sorted(dev["documents"])[0]
    event = dev["documents"][name]["event"]
    assert dev["documents"][f"{event}_RR.txt"]["outlet"] == "RR"
    text = (tmp_path / "out" / "newswcl50dev" / "docs" / f"{event}_L.txt").read_text(encoding="utf-8")
    assert text == (f"Vote number {event} passes\n\nLawmakers approved it on Tuesday. Critics said no.\n\n"
                    "The bill goes to the Senate.\n")
