"""thinc, without collecting every submodule (replaces the contributed hook-thinc).

thinc.backends._custom_kernels reads its CUDA sources when imported, even on CPU, so those two
files are data; everything else follows from the import scan.
"""
from pathlib import Path
import importlib.util

_BACKENDS = Path(importlib.util.find_spec("thinc").origin).parent / "backends"

datas = [(str(_BACKENDS / name), "thinc/backends") for name in ("_custom_kernels.cu", "_murmur3.cu")]
# Imported from thinc's compiled modules (the import scan cannot see those imports).
hiddenimports = ["thinc.backends.linalg", "thinc.extra", "thinc.extra.search"]
