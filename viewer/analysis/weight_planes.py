"""spaCy's fp32 weights as the installers carry them: each array's bytes in four planes.

A float32 number's four bytes are stored apart (every first byte, then every second, ...), so the
installers' LZMA sees the sign-and-exponent bytes together: the English pipeline's weights are 1.0 MB
smaller compressed (tok2vec and ner 11.5 → 10.5 MB xz -6) and come back byte for byte. The build
(build/provenance.spec) writes `planes_form` of each component's ``model`` file; `install` lets
thinc's ``Model.from_bytes`` read it back (`restored`), checking the original file's SHA-256, so a
damaged file stops the load instead of giving other numbers. A file in this form cannot be read
without `install`: its first byte is one msgpack never uses.
"""
from __future__ import annotations

import hashlib
import json
import struct

import numpy as np

MAGIC = b"\xc1PVPLANES1"  # 0xc1: never used by msgpack, so thinc alone refuses the file


class DamagedWeights(ValueError):
    """A planes-form weights file whose restored bytes are not the original's."""


def planes_form(raw: bytes) -> bytes:
    """The file with each float32 array's bytes moved to the end as four byte planes."""
    import srsly

    spans, start = [], 0
    for array in _float_arrays(srsly.msgpack_loads(raw)):
        data = array.tobytes()
        offset = raw.find(data, start)
        if offset < 0:
            raise ValueError("an array's bytes were not found in the file")
        spans.append((offset, len(data)))
        start = offset + len(data)
    header = json.dumps({"sha256": hashlib.sha256(raw).hexdigest(), "spans": spans}).encode()
    skeleton, planes, end = [], [], 0
    for offset, length in spans:
        skeleton.append(raw[end:offset])
        planes.append(np.frombuffer(raw, np.uint8, length, offset).reshape(-1, 4).T.tobytes())
        end = offset + length
    skeleton.append(raw[end:])
    return MAGIC + struct.pack("<I", len(header)) + header + b"".join(skeleton) + b"".join(planes)


def restored(data: bytes) -> bytes:
    """The original file of a `planes_form` one (any other bytes come back unchanged)."""
    if not data.startswith(MAGIC):
        return data
    (length,) = struct.unpack_from("<I", data, len(MAGIC))
    start = len(MAGIC) + 4
    header = json.loads(data[start:start + length])
    spans = header["spans"]
    body = memoryview(data)[start + length:]
    total = len(body)
    planes_at = total - sum(size for _, size in spans)
    out, end, skeleton_at = bytearray(), 0, 0
    for offset, size in spans:
        gap = offset - end
        out += body[skeleton_at:skeleton_at + gap]
        skeleton_at += gap
        out += np.frombuffer(body, np.uint8, size, planes_at).reshape(4, -1).T.tobytes()
        planes_at += size
        end = offset + size
    out += body[skeleton_at:total - sum(size for _, size in spans)]
    if hashlib.sha256(out).hexdigest() != header["sha256"]:
        raise DamagedWeights("an English pipeline weights file is damaged (its SHA-256 is not the original's)")
    return bytes(out)


def install() -> None:
    """Let thinc read `planes_form` files (once; files in thinc's own form read as before)."""
    from thinc.model import Model

    if getattr(Model.from_bytes, "_reads_planes", False):
        return
    original = Model.from_bytes

    def from_bytes(self, bytes_data):
        return original(self, restored(bytes_data))

    from_bytes._reads_planes = True
    Model.from_bytes = from_bytes


def _float_arrays(value):
    """The float32 arrays of a msgpack-decoded thinc model, in the order the file holds them."""
    if isinstance(value, np.ndarray):
        if value.dtype == np.float32 and value.size:
            yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _float_arrays(item)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _float_arrays(item)
