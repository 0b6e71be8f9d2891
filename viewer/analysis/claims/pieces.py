"""A claim unit's word pieces as stored: the encoder's last-layer vector of each piece, cut to 64
dimensions and to one byte a number.

Two reports of one claim often share its words in other orders and forms ("troops pulled out",
"the withdrawal of troops"), which one sentence vector blurs; matching each word piece of one
unit to its closest piece in the other (`verifier.PieceWeights`) sees them. The vectors come
from the forward pass that already makes the sentence vector, so keeping them costs no second
pass, only bytes: 384 float32 numbers a piece would be 1.5 kB, the projection kept here (the 64
main directions of the pieces of MSRP train's sentences, fitted by ``fit_pieces``) and int8 make
it 64 bytes, and cost the sign nothing measurable on hand claim gold. The projection is a data
file beside this module whose metadata says where it came from; a missing or damaged one stops
the analysis like a missing model does, before anything is written.
"""
from __future__ import annotations

import json
import struct
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from viewer.analysis.claims.model_files import ModelUnavailable, parse_safetensors

PROJECTION_FILE = Path(__file__).with_name("pieces_projection.safetensors")
PIECE_DIMENSION = 64
_WIDTH = 384  # the encoder's hidden size
_LEVELS = 127


@dataclass(frozen=True)
class Projection:
    """Row vectors to PIECE_DIMENSION numbers: (x - mean) @ components, as a product and a bias."""

    components: np.ndarray  # (_WIDTH, PIECE_DIMENSION) float32
    bias: np.ndarray  # -mean @ components, float32


def read_projection(path: Path = PROJECTION_FILE) -> Projection:
    """The shipped projection, checked for its shapes and for finite numbers."""
    problem = f"the word-piece projection {path} "
    if not path.is_file():
        raise ModelUnavailable(_reinstall(problem + "is missing"))
    try:
        tensors = parse_safetensors(path.read_bytes())
        mean, components = tensors["mean"], tensors["components"]
    except (KeyError, ValueError, struct.error, json.JSONDecodeError, UnicodeDecodeError) as error:
        raise ModelUnavailable(_reinstall(problem + f"cannot be read ({error!r})")) from error
    if mean.shape != (_WIDTH,) or components.shape != (_WIDTH, PIECE_DIMENSION) or not (np.isfinite(mean).all() and np.isfinite(components).all()):
        raise ModelUnavailable(_reinstall(problem + "is damaged (its arrays have the wrong shapes or numbers)"))
    components = np.ascontiguousarray(components, dtype=np.float32)
    return Projection(components, -(mean.astype(np.float32) @ components))


def _reinstall(reason: str) -> str:
    return f"Claim linking cannot run: {reason}. Reinstall the application (or check out the file again). The corpus was not changed."


def quantised(projected: np.ndarray) -> np.ndarray:
    """Projected rows (along the last axis) as int8, each scaled so its largest number is 127."""
    scale = np.abs(projected).max(axis=-1, keepdims=True)
    np.maximum(scale, np.float32(1e-12), out=scale)
    return np.rint(projected * (_LEVELS / scale)).astype(np.int8)


@dataclass(frozen=True)
class WordPieces:
    """A unit's word pieces as stored: ``count`` uint16 vocabulary ids, then ``count`` rows of
    PIECE_DIMENSION int8 numbers (each row's direction is what counts: it is scaled to fill the
    bytes). Kept as the bytes and read through views, so a corpus's units hold no second copy."""

    data: bytes

    @property
    def count(self) -> int:
        return len(self.data) // (2 + PIECE_DIMENSION)

    @property
    def ids(self) -> np.ndarray:
        return np.frombuffer(self.data, dtype="<u2", count=self.count)

    @property
    def rows(self) -> np.ndarray:
        n = self.count
        return np.frombuffer(self.data, dtype=np.int8, count=n * PIECE_DIMENSION, offset=2 * n).reshape(n, PIECE_DIMENSION)

    @classmethod
    def of(cls, ids: np.ndarray, rows: np.ndarray) -> WordPieces:
        """The pieces' ids and their `quantised` rows."""
        return cls(np.asarray(ids, dtype="<u2").tobytes() + np.ascontiguousarray(rows, dtype=np.int8).tobytes())

    @classmethod
    def stored(cls, data: bytes | None) -> WordPieces | None:
        """Pieces read back from the store; None for a unit stored without them or cut short."""
        if not data or len(data) % (2 + PIECE_DIMENSION):
            return None
        return cls(bytes(data))


@dataclass(frozen=True)
class AlignedPieces:
    """One unit's word pieces as the alignment reads them: unit rows, and each piece's share of
    the unit's weight."""

    rows: np.ndarray  # (pieces, PIECE_DIMENSION) float32
    shares: np.ndarray  # (pieces,) float64, summing to 1
