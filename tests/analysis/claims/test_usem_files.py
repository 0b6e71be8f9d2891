"""The installed app's copy of the multilingual model (usem_files.bundled_form): what it keeps, how
it is read back in the package's own layout, and a damaged or undigested copy. Its vectors against
the full model's are checked on the real weights in tests/build/test_packaging_spec.py, where the
spec builds the copy once."""
from __future__ import annotations

import hashlib
import io
import lzma
import sys

import numpy as np
import pytest

from viewer.analysis.claims import model_files, usem_files


def test_pieces_of_ascii_and_cyrillic_letters_are_kept_and_others_not():
    for piece in ("\u2581the", "\u2581Київ", "ї", "\u2581«", "—", "151", "\u2581%", "\u0663", "€"):
        assert usem_files.kept_piece(piece), piece
    for piece in ("\u2581café", "東京", "\u2581Łódź", "ß", "\u0301"):
        assert not usem_files.kept_piece(piece), piece


def _tiny_package(pieces: int, width: int = 4) -> bytes:
    """An npz in the package's layout: 17 uint8 blocks, per-block scales, dense arrays and scalars."""
    rows = -(-pieces // 17)
    rng = np.random.default_rng(0)
    arrays = {f"q{b + 1}": rng.integers(0, 64, (rows, width), dtype=np.uint8) for b in range(17)}
    arrays.update(scale=rng.random(17, dtype=np.float32), lo=rng.random(17, dtype=np.float32),
                  bits=np.array([6], dtype=np.int8), d0=rng.random((width, 3), dtype=np.float32),
                  eps=np.array(1e-6, dtype=np.float64))
    buffer = io.BytesIO()
    np.savez_compressed(buffer, **arrays)
    return buffer.getvalue()


def test_the_trimmed_form_reads_back_as_the_package_layout_with_the_kept_rows_in_place():
    pieces = ["<unk>", "<s>", "</s>", *[f"\u2581w{i}" for i in range(30)], "東", "\u2581Київ", "é", *["x"] * 10]
    package = _tiny_package(len(pieces))
    form = usem_files.bundled_form(package, pieces)
    trimmed = model_files.parse_safetensors(lzma.decompress(form))
    kept = [i for i, piece in enumerate(pieces) if usem_files.kept_piece(piece)]
    assert trimmed["ids"].tolist() == kept and len(kept) == len(pieces) - 2
    with np.load(io.BytesIO(package)) as full, np.load(io.BytesIO(usem_files._package_npz(trimmed))) as back:
        assert set(back.files) == set(full.files)
        for name in full.files:
            if name.startswith("q"):
                block = int(name[1:]) - 1
                rows = [i // 17 for i in kept if i % 17 == block]
                assert np.array_equal(back[name][rows], full[name][rows]) and back[name].shape == full[name].shape
            else:
                assert back[name].dtype == full[name].dtype and back[name].shape == full[name].shape, name
                assert np.array_equal(back[name], full[name]), name
        assert float(back["eps"]) == 1e-6


def test_a_dropped_piece_is_read_as_unknown():
    class Tokenizer:
        def encode(self, text, **options):
            return [1, 5, 7, 2] if isinstance(text, str) else [[1, 5, 7, 2]]

    kept = usem_files._KeptPieces(Tokenizer(), np.array([0, 1, 2, 5]))
    assert kept.encode("x", out_type=int) == [1, 5, 0, 2]
    assert kept.encode(["x"]) == [[1, 5, 0, 2]]


def _installed_app(tmp_path, monkeypatch, weights: bytes, digest: str | None) -> None:
    folder = tmp_path / usem_files.BUNDLED_DIR
    folder.mkdir()
    (folder / usem_files.BUNDLED_WEIGHTS).write_bytes(weights)
    (folder / "sp.model").write_bytes(b"")
    if digest is not None:
        (folder / usem_files.BUNDLED_DIGEST).write_text(f"{digest}  {usem_files.BUNDLED_WEIGHTS}\n")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)


def test_an_installed_app_reads_the_trimmed_form_and_refuses_it_undigested_or_damaged(tmp_path, monkeypatch):
    weights = lzma.compress(b"trimmed weights")
    _installed_app(tmp_path, monkeypatch, weights, None)
    with pytest.raises(usem_files.UsemUnavailable, match=f"{usem_files.BUNDLED_DIGEST} is missing.*{usem_files.PACKAGE}"):
        usem_files.locate()
    (tmp_path / usem_files.BUNDLED_DIR / usem_files.BUNDLED_DIGEST).write_text(
        f"{hashlib.sha256(weights).hexdigest()}  {usem_files.BUNDLED_WEIGHTS}\n")
    files = usem_files.locate()
    assert files.weights.name == usem_files.BUNDLED_WEIGHTS and files.sp_sha256 == usem_files.SP_SHA256
    (tmp_path / usem_files.BUNDLED_DIR / usem_files.BUNDLED_WEIGHTS).write_bytes(weights[:-1])
    with pytest.raises(usem_files.UsemUnavailable, match=f"damaged.*{usem_files.PACKAGE}"):
        usem_files.checked()


def test_the_model_files_are_hashed_once_in_a_process_and_again_once_rewritten(tmp_path, monkeypatch):
    """The first relink of Cyrillic text checks the files before writing and loads the encoder after: one
    reading of each file, not two (30 MB each time); a file rewritten since is read again."""
    weights, sp_model = tmp_path / "weights.npz", tmp_path / "sp.model"
    weights.write_bytes(b"weights")
    sp_model.write_bytes(b"vocabulary")
    files = usem_files.UsemFiles(weights, sp_model, hashlib.sha256(b"weights").hexdigest(), hashlib.sha256(b"vocabulary").hexdigest())
    monkeypatch.setattr(usem_files, "locate", lambda: files)
    read = []
    hashed = usem_files._sha256
    monkeypatch.setattr(usem_files, "_sha256", lambda path: read.append(path.name) or hashed(path))
    usem_files._matches.cache_clear()
    assert usem_files.checked() == files
    with pytest.raises(usem_files.UsemUnavailable, match="cannot be read"):
        usem_files.encoder()  # checked again on the way in, then the made-up files fail to load
    assert sorted(read) == ["sp.model", "weights.npz"]
    weights.write_bytes(b"weights, rewritten")
    with pytest.raises(usem_files.UsemUnavailable, match="damaged"):
        usem_files.checked()
    assert sorted(read) == ["sp.model", "weights.npz", "weights.npz"]
