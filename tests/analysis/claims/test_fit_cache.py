"""The fit's cache is reused only when the unit code that built it is the running code."""
from __future__ import annotations

import hashlib
import os
import pickle

from viewer.analysis.claims.fit_cache import KEPT_KEYS, UNIT_CODE, cached, imported_modules, unit_code_key


def test_a_cache_built_by_the_same_unit_code_is_reused(tmp_path):
    cached(tmp_path, "units", lambda: ["first"])
    assert cached(tmp_path, "units", lambda: ["rebuilt"]) == ["first"]


def test_a_cache_built_by_other_unit_code_is_rebuilt_not_reused(tmp_path):
    cached(tmp_path, "units", lambda: ["old features"], key="older unit code")
    assert cached(tmp_path, "units", lambda: ["current features"]) == ["current features"]
    assert cached(tmp_path, "units", lambda: ["again"]) == ["current features"]


def test_two_unit_codes_on_one_folder_each_keep_their_cache(tmp_path):
    cached(tmp_path, "units", lambda: ["main's features"], key="main's unit code")
    cached(tmp_path, "units", lambda: ["a branch's features"], key="a branch's unit code")
    assert cached(tmp_path, "units", lambda: ["rebuilt"], key="main's unit code") == ["main's features"]
    assert cached(tmp_path, "units", lambda: ["rebuilt"], key="a branch's unit code") == ["a branch's features"]


def test_only_the_most_recently_used_caches_of_a_name_are_kept(tmp_path):
    for k in range(KEPT_KEYS + 2):
        cached(tmp_path, "units", lambda: [k], key=f"code {k}")
        key_digest = hashlib.sha256(f"code {k}".encode()).hexdigest()[:16]
        os.utime(tmp_path / f"units.{key_digest}.pickle", (k, k))  # used in this order, whatever the clock's grain
    cached(tmp_path, "units", lambda: ["rebuilt"], key="code 0")  # gone: rebuilt, and now the newest
    assert len(list(tmp_path.glob("units.*.pickle"))) == KEPT_KEYS
    assert cached(tmp_path, "units", lambda: ["rebuilt again"], key=f"code {KEPT_KEYS + 1}") == [KEPT_KEYS + 1]
    assert cached(tmp_path, "units", lambda: ["rebuilt again"], key="code 1") == ["rebuilt again"]
    assert cached(tmp_path, "other", lambda: ["other name"], key="code 0") == ["other name"]


def test_a_cache_from_before_caches_were_keyed_is_rebuilt(tmp_path):
    (tmp_path / "msrp_train.pickle").write_bytes(pickle.dumps((["rows"], {"s": "features"}, {})))
    assert cached(tmp_path, "msrp_train", lambda: "current") == "current"


def test_the_units_code_reaches_the_feature_modules_and_the_parser():
    reached = imported_modules(UNIT_CODE)
    assert {"viewer.analysis.claims.features", "viewer.analysis.claims.vocabulary", "viewer.analysis.nlp",
            "viewer.analysis.claims.quantities"} <= reached
    assert "viewer.analysis.claims.verifier" not in reached  # a refit does not invalidate the cache


def test_the_key_changes_with_imported_code_and_its_data_files_only(tmp_path, monkeypatch):
    package = tmp_path / "demo_units"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "units.py").write_text("from demo_units.words import WORDS\nfrom demo_units import figures\n")
    (package / "words.py").write_text("from pathlib import Path\nWORDS = Path(__file__).with_name('words.json').read_text()\n")
    (package / "figures.py").write_text("SMALL = 10\n")
    (package / "words.json").write_text('["said"]')
    (package / "linking.py").write_text("THRESHOLD = 0.7\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    key = lambda: unit_code_key(("demo_units.units",), package="demo_units")  # noqa: E731
    assert imported_modules(("demo_units.units",), "demo_units") == {
        "demo_units", "demo_units.units", "demo_units.words", "demo_units.figures"}
    first = key()
    (package / "linking.py").write_text("THRESHOLD = 0.9\n")
    assert key() == first
    (package / "figures.py").write_text("SMALL = 100\n")
    second = key()
    assert second != first
    (package / "words.json").write_text('["said", "told"]')
    assert key() != second


def test_the_key_ignores_docstrings_and_comments_but_not_strings_the_code_uses(tmp_path, monkeypatch):
    package = tmp_path / "demo_docs"
    package.mkdir()
    (package / "__init__.py").write_text("")
    units = package / "units.py"
    units.write_text('"""Units."""\ndef said(word):\n    """A cue."""\n    return word == "said"\n')
    monkeypatch.syspath_prepend(str(tmp_path))
    key = lambda: unit_code_key(("demo_docs.units",), package="demo_docs")  # noqa: E731
    first = key()
    units.write_text('"""Claim units, explained better."""\ndef said(word):  # the cue\n'
                     '    """The reporting cue, and why."""\n    return word == "said"\n')
    assert key() == first
    units.write_text('"""Units."""\ndef said(word):\n    """A cue."""\n    return word == "told"\n')
    assert key() != first
