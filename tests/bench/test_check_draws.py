"""bench/check_draws.py tells a redrawn set that holds the judged articles byte for byte from one that does not."""
from __future__ import annotations

import hashlib
from pathlib import Path

import pytest


def _setup(tmp_path: Path, texts: dict[str, bytes], listed: dict[str, bytes]) -> tuple[Path, Path]:
    """DATA holding ``texts`` (path under DATA: bytes) and a judged folder listing ``listed``'s SHA-256."""
    data, judged = tmp_path / "data", tmp_path / "judged"
    for path, body in texts.items():
        (data / path).parent.mkdir(parents=True, exist_ok=True)
        (data / path).write_bytes(body)
    judged.mkdir()
    rows = "".join(f"{path}\t{hashlib.sha256(body).hexdigest()}\n" for path, body in listed.items())
    (judged / "links99.documents.tsv").write_text("document\tsha256\n" + rows, encoding="utf-8")
    return data, judged


def test_matching_draws_pass_and_undrawn_sets_are_only_reported(tmp_path, bench_script, capsys):
    data, judged = _setup(tmp_path, {"sets/gvaX/docs/1_a.txt": b"one\n"},
                          {"sets/gvaX/docs/1_a.txt": b"one\n", "sets/wcepZ/docs/w.txt": b"w\n"})
    assert bench_script("check_draws").main([str(data), "--judged", str(judged)]) == 0
    out = capsys.readouterr().out
    assert "gvaX: 1 matched, 0 differing, 0 missing" in out
    assert "wcepZ: 0 matched, 0 differing, 1 missing (not drawn)" in out


@pytest.mark.parametrize("drawn", [
    {"sets/gvaX/docs/1_a.txt": b"one \n", "sets/gvaX/docs/1_b.txt": b"two\n"},  # one byte more
    {"sets/gvaX/docs/1_a.txt": b"one\n"},  # a listed article not drawn
])
def test_a_differing_or_missing_article_fails(tmp_path, bench_script, drawn):
    data, judged = _setup(tmp_path, drawn, {"sets/gvaX/docs/1_a.txt": b"one\n", "sets/gvaX/docs/1_b.txt": b"two\n"})
    assert bench_script("check_draws").main([str(data), "--judged", str(judged)]) == 1


def test_two_sums_for_one_path_is_an_error(tmp_path, bench_script):
    data, judged = _setup(tmp_path, {}, {"sets/gvaX/docs/1_a.txt": b"one\n"})
    (judged / "other.documents.tsv").write_text(f"document\tsha256\nsets/gvaX/docs/1_a.txt\t{'0' * 64}\n")
    with pytest.raises(ValueError):
        bench_script("check_draws").main([str(data), "--judged", str(judged)])
