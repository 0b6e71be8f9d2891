"""The fitting script's cache of parsed and embedded data, keyed by the code that built it.

Parsing and embedding the fit's data sets takes long, so ``fit_verifier`` keeps them under
DATA/cache. A cache built by older unit code holds features the running code no longer computes,
and weights fitted on it are neither reproducible nor what the linker sees at run time. So each
cached value is stored with a key: a digest of the code of every viewer module the unit code
imports (followed through its imports), the data files those modules read beside themselves, and
the spaCy and pipeline versions. A cache under another key is rebuilt, never reused. The code is
read as its syntax tree without docstrings, so mending a comment or a docstring costs no rebuild.
Each key has its own file, so sessions running different unit code on one DATA folder each keep
theirs instead of rebuilding over one another; the least recently used beyond `KEPT_KEYS` go.
"""
from __future__ import annotations

import ast
import hashlib
import importlib.metadata
import importlib.util
import os
import pickle
import re
import sys
from pathlib import Path
from typing import Callable, TypeVar

from viewer.analysis.nlp import PIPELINE_PACKAGES

# What builds the cached values: claim units and their features, parsing, embedding.
UNIT_CODE = ("viewer.analysis.claims.units", "viewer.analysis.segment", "viewer.analysis.claims.encoder")
_SIBLING = re.compile(r"""with_name\(\s*["']([^"']+)["']\s*\)""")
KEPT_KEYS = 4  # caches of one name under other keys kept beside the one in use
T = TypeVar("T")


def cached(folder: Path, name: str, load: Callable[[], T], key: str | None = None) -> T:
    """``load()``'s value, read from ``folder/name.KEY.pickle`` when it was built under the same key."""
    key = key if key is not None else unit_code_key()
    path = folder / f"{name}.{hashlib.sha256(key.encode()).hexdigest()[:16]}.pickle"
    if path.exists():
        stored = pickle.loads(path.read_bytes())
        if isinstance(stored, dict) and stored.get("unit_code") == key:
            os.utime(path)  # used: the last to go
            return stored["value"]
    print(f"{path.name}: no cache built by this unit code; building it", file=sys.stderr)
    value = load()
    folder.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial")
    partial.write_bytes(pickle.dumps({"unit_code": key, "value": value}))
    partial.replace(path)
    _forget_least_used(folder, name)
    return value


def _forget_least_used(folder: Path, name: str) -> None:
    """Delete the caches of ``name`` beyond the `KEPT_KEYS` most recently used."""
    kept = sorted(folder.glob(f"{name}.*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
    for stale in kept[KEPT_KEYS:]:
        stale.unlink(missing_ok=True)


def unit_code_key(roots: tuple[str, ...] = UNIT_CODE, package: str = "viewer") -> str:
    """Digest of the code, data files and pipeline versions that decide the cached units' features."""
    digest = hashlib.sha256()
    for module in sorted(imported_modules(roots, package)):
        source = Path(importlib.util.find_spec(module).origin)
        digest.update(module.encode() + b"\0" + _code_of(source.read_text(encoding="utf-8")).encode())
        for sibling in sorted(set(_SIBLING.findall(source.read_text(encoding="utf-8")))):
            digest.update(sibling.encode() + b"\0" + source.with_name(sibling).read_bytes())
    for package in ("spacy", *PIPELINE_PACKAGES):
        digest.update(f"{package}={_version(package)}".encode())
    return digest.hexdigest()


def _code_of(source: str) -> str:
    """The module's syntax tree with every docstring removed: what runs, not how it is explained."""
    tree = ast.parse(source)
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and _is_docstring(body[0]):
            node.body = body[1:] or [ast.Pass()]
    return ast.dump(tree)


def _is_docstring(statement: ast.stmt) -> bool:
    return (isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Constant)
            and isinstance(statement.value.value, str))


def imported_modules(roots: tuple[str, ...], package: str = "viewer") -> set[str]:
    """The modules of ``package`` that ``roots`` reach through their imports, roots included."""
    seen: set[str] = set()
    pending = list(roots)
    while pending:
        module = pending.pop()
        if module in seen:
            continue
        seen.add(module)
        tree = ast.parse(Path(importlib.util.find_spec(module).origin).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                pending += [a.name for a in node.names if _is_module_of(package, a.name)]
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                names = [node.module, *(f"{node.module}.{a.name}" for a in node.names)]
                pending += [n for n in names if _is_module_of(package, n)]
    return seen


def _is_module_of(package: str, name: str) -> bool:
    if name.split(".")[0] != package:
        return False
    try:
        return importlib.util.find_spec(name) is not None
    except ModuleNotFoundError:  # a name imported from a module, not a module
        return False


def _version(package: str) -> str:
    try:
        return importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        return "absent"
