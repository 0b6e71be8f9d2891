"""bench/wcep.py groups a WCEP sample's articles by the event summary they were cited for."""
from __future__ import annotations

import json
import subprocess
from pathlib import Path

LONG = " ".join(["word"] * 100)


def _snapshot(folder: Path, splits: dict[str, list[tuple[str, str]]]) -> Path:
    """A bare git repository holding made-up (article, summary) lines in the sample's layout."""
    work = folder / "work"
    sample = work / "data" / "test_dataset"
    sample.mkdir(parents=True)
    for split, lines in splits.items():
        (sample / f"{split}.source").write_text("\n".join(a for a, _ in lines) + "\n", encoding="utf-8")
        (sample / f"{split}.target").write_text("\n".join(s for _, s in lines) + "\n", encoding="utf-8")
    git = ["git", "-C", str(work), "-c", "user.name=t", "-c", "user.email=t@example.org"]
    subprocess.run(["git", "init", "-q", str(work)], check=True)
    subprocess.run([*git, "add", "."], check=True)
    subprocess.run([*git, "commit", "-qm", "sample"], check=True)
    return work / ".git"


def _lines(events: int) -> list[tuple[str, str]]:
    return [(f"Headline {e}-{n}  [SEP]  Story {e} told the {n} way. {LONG}", f"Summary of event {e}.")
            for e in range(events) for n in range(2)]


def test_articles_cited_for_one_summary_form_one_event_and_short_or_lone_ones_are_left_out(tmp_path, bench_script):
    train = [
        ("Storm  hits coast  [SEP]  A storm hit the coast. " + LONG, "A storm hits the coast."),
        ("Coast battered  [SEP]  Winds battered the coast.  " + LONG, "A storm hits the coast."),
        ("Coast battered  [SEP]  Winds battered the coast.  " + LONG, "A storm hits the coast."),
        ("Mayor quits  [SEP]  The mayor quit. " + LONG, "The mayor resigns."),
        ("Mayor gone  [SEP]  The mayor left office on Monday.", "The mayor resigns."),
        ("Lone story  [SEP]  Nothing else cites this. " + LONG, "A lone event."),
    ]
    val = [("Storm aftermath  [SEP]  Crews cleared roads after the storm. " + LONG, "A storm hits the coast.")]
    out = tmp_path / "set"
    bench_script("wcep").prepare(_snapshot(tmp_path, {"train": train, "val": val}), out, events=1)

    index = json.loads((out / "events.json").read_text(encoding="utf-8"))
    assert len(index["events"]) == 1
    documents = index["documents"]
    assert sorted(d["uri"] for d in documents.values()) == ["train:1", "train:2", "val:1"]
    assert {d["main_event"] for d in documents.values()} == {"A storm hits the coast."}
    first = (out / "docs" / f"{index['events'][0]}_1.txt").read_text(encoding="utf-8")
    assert first == f"Storm hits coast\n\nA storm hit the coast. {LONG}\n"


def test_the_draw_is_fixed_by_the_seed_and_a_fresh_draw_skips_earlier_events(tmp_path, bench_script, repeated_draws):
    events = repeated_draws(bench_script("wcep"), _snapshot(tmp_path, {"train": _lines(6), "val": []}))
    assert events["one"] == events["two"]
    assert len(set(events["one"] + events["fresh"])) == 6
