"""langid's model, decoded once per installation instead of once per process.

langid ships its model as a bzip2-compressed pickle inside its module. bzip2 decodes it (30 MB)
in 6-7 s of CPU, paid in every process by the first passage or document that function words do
not decide (nearly every analysis of real articles reaches one): a tenth of analysing 60 BASIL
articles. The decoded arrays are kept in the data folder as a compressed .npz, read in a tenth of
a second, named by a hash of the model string so another langid version never reads them. They
are the same numbers in the same types, so every classification is the same.
"""
from __future__ import annotations

import array
import base64
import bz2
import hashlib
import os
import pickle
import tempfile
import zipfile
from pathlib import Path

import numpy as np

_FIELDS = ("nb_ptc", "nb_pc", "nb_classes", "tk_nextmove", "output_states", "output_lengths", "output_features")


def identifier(folder: Path):
    """langid's identifier (probabilities normalised), from the decoded copy in ``folder`` when
    there is a sound one, else decoded from langid's own model string and copied there."""
    from langid.langid import LanguageIdentifier, model

    path = folder / f"langid-{hashlib.sha256(model).hexdigest()[:16]}.npz"
    parts = _read(path)
    if parts is None:
        parts = pickle.loads(bz2.decompress(base64.b64decode(model)))  # what langid's from_modelstring does
        _write(path, parts)
    nb_ptc, nb_pc, nb_classes, tk_nextmove, tk_output = parts
    # from here as langid's from_modelstring builds it
    nb_numfeats = int(len(nb_ptc) / len(nb_pc))
    nb_pc = np.array(nb_pc)
    nb_ptc = np.array(nb_ptc).reshape(nb_numfeats, len(nb_pc))
    return LanguageIdentifier(nb_ptc, nb_pc, nb_numfeats, nb_classes, tk_nextmove, tk_output, norm_probs=True)


def _read(path: Path) -> tuple | None:
    """The model's five parts, of the types langid's pickle holds, or None when there is no
    readable copy (missing, cut short, damaged: the archive's checksums say so)."""
    try:
        with open(path, "rb") as file, np.load(file, allow_pickle=False) as stored:
            data = {name: stored[name] for name in _FIELDS}
    except (OSError, ValueError, KeyError, EOFError, AttributeError, TypeError, zipfile.BadZipFile):
        return None
    values = iter(data["output_features"].tolist())
    tk_output = {state: tuple(next(values) for _ in range(length))
                 for state, length in zip(data["output_states"].tolist(), data["output_lengths"].tolist())}
    return (array.array("f", data["nb_ptc"].tobytes()), array.array("f", data["nb_pc"].tobytes()),
            data["nb_classes"].tolist(), array.array("H", data["tk_nextmove"].tobytes()), tk_output)


def _write(path: Path, parts: tuple) -> None:
    """Keep a decoded copy, written whole or not at all (two processes may write it at once); a
    folder that cannot be written to only means decoding again next time."""
    nb_ptc, nb_pc, nb_classes, tk_nextmove, tk_output = parts
    if (nb_ptc.typecode, nb_pc.typecode, tk_nextmove.typecode) != ("f", "f", "H"):
        return  # another layout than the one `_read` rebuilds: decode every time
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".part")
        try:
            with os.fdopen(handle, "wb") as out:
                np.savez_compressed(
                    out, nb_ptc=np.frombuffer(nb_ptc, dtype=np.float32), nb_pc=np.frombuffer(nb_pc, dtype=np.float32),
                    nb_classes=np.array(nb_classes), tk_nextmove=np.frombuffer(tk_nextmove, dtype=np.uint16),
                    output_states=np.array(list(tk_output), dtype=np.int64),
                    output_lengths=np.array([len(v) for v in tk_output.values()], dtype=np.int64),
                    output_features=np.array([f for v in tk_output.values() for f in v], dtype=np.int64))
            os.replace(temporary, path)
        finally:
            if os.path.exists(temporary):
                os.unlink(temporary)
    except OSError:
        pass
