"""Moving the cue model's operating point keeps every fitted weight and says where it moved from."""
from __future__ import annotations

import json
import shutil

from training.fit_cues import THRESHOLD, keep_weights
from viewer.resources import resources_dir

SHIPPED = resources_dir() / "attribution" / "cues.json"


def test_the_shipped_model_runs_at_the_scripts_threshold():
    assert json.loads(SHIPPED.read_text(encoding="utf-8"))["threshold"] == THRESHOLD


def test_keep_weights_moves_only_the_threshold(tmp_path):
    path = tmp_path / "cues.json"
    shutil.copy(SHIPPED, path)
    before = json.loads(path.read_text(encoding="utf-8"))
    keep_weights(path, 0.6)
    after = json.loads(path.read_text(encoding="utf-8"))
    assert after["threshold"] == 0.6
    assert after["weights"] == before["weights"] and after["part_weights"] == before["part_weights"]
    assert after["provenance"]["threshold_set"]["from"] == before["threshold"]
    assert after["provenance"]["threshold_set"]["to"] == 0.6
