"""same_exports says a run's exports are unchanged apart from where and when the corpus was made, and shows what moved."""
from __future__ import annotations

import copy
import json


def _export(folder, name: str, claim_end: int, made: str) -> dict:
    export = {
        "corpus": {"path": f"/tmp/{made}/set.corpus", "created": made},
        "documents": [{"id": "d1", "title": "Two hurt in crash", "source": {"path": "/data/a.txt", "imported_at": made}}],
        "claims": [{"id": "c1", "mentions": [{"document": "d1", "start": 0, "end": claim_end}]}],
        "speakers": [{"id": "s1", "name": "Sgt. Ann Lee"}],
        "attributions": [],
    }
    folder.mkdir(exist_ok=True)
    (folder / f"{name}.json").write_text(json.dumps(export), encoding="utf-8")
    return export


def test_exports_made_apart_are_identical_and_a_moved_mention_is_shown(bench_script, tmp_path, capsys):
    same = bench_script("same_exports")
    old = _export(tmp_path / "old", "gvaJ", 40, "2026-12-06T15:41:20")
    _export(tmp_path / "new", "gvaJ", 40, "2026-12-06T16:02:11")
    _export(tmp_path / "old", "gvaC", 40, "x")
    _export(tmp_path / "new", "gvaC", 52, "x")
    same.main([str(tmp_path / "old"), str(tmp_path / "new"), "--sets", "gvaJ,gvaC"])
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "gvaJ: identical (1 → 1 claims)"
    assert out[1] == "gvaC: differs in claims (1 → 1 claims)"
    assert out[2].startswith("  - claims ") and '"end": 40' in out[2]
    assert out[3].startswith("  + claims ") and '"end": 52' in out[3]
    renamed = copy.deepcopy(old)
    renamed["speakers"][0]["name"] = "Ann Lee"
    assert set(same.differences(old, renamed)) == {"speakers"}
