"""Which files an import reads, and why a path given to it cannot be read, in words.

Folders are walked without following symbolic links to folders, so a link back up the tree
cannot make the walk endless. A named path that is a broken or looping link says so, rather
than "no such file".
"""
from __future__ import annotations

import errno
import os
import re
import stat
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from viewer.corpus.formats import READERS, SUPPORTED_SUFFIXES


@dataclass
class Collected:
    files: list[Path] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)


def collect(paths: Sequence[str | Path]) -> Collected:
    """The supported files named or found under the named folders, and what was left out."""
    found = Collected()
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            found.failed.append((said_path(path), missing(path)))
        elif path.is_dir():
            files, unsupported, closed = _walk(path)
            found.failed += closed
            if not files and not closed:
                read_here = ", ".join(SUPPORTED_SUFFIXES)
                found.failed.append((said_path(path), f"no supported files in this folder ({read_here})"))
            if unsupported:
                kinds, count = ", ".join(sorted(unsupported)), sum(unsupported.values())
                found.skipped.append((said_path(path), f"{count} file{'s' if count != 1 else ''} of a kind not read"
                                                       f" here ({kinds}; {', '.join(SUPPORTED_SUFFIXES)} are)"))
            found.files += files
        else:
            found.files.append(path)
    return found


def missing(path: Path) -> str:
    """Why ``path``, which does not resolve to a file, cannot be read."""
    if not path.is_symlink():
        return "no such file or folder"
    try:
        path.stat()
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "a symbolic link that loops back on itself (it leads to no file)"
    return f"a symbolic link to {os.readlink(path)}, which does not exist"


def not_a_file(mode: int) -> str:
    """Why a path that is no regular file (a named pipe, a socket, a device) is not read."""
    kind = "a named pipe" if stat.S_ISFIFO(mode) else "a socket" if stat.S_ISSOCK(mode) else "a device"
    return f"{kind}, not a file: save what it holds to a file and import that"


def unreadable(path: Path, exc: OSError) -> str:
    """Why reading ``path`` failed."""
    if exc.errno in (errno.ELOOP, errno.ENOENT):
        return missing(path)
    if exc.errno == errno.EACCES:
        return "cannot read the file (permission denied)"
    return f"cannot read the file ({exc.strerror or exc})"


def said_path(path: Path | str) -> str:
    """``path`` as text the corpus and the report can hold: a name whose bytes are not UTF-8 (a file copied from an
    old Windows or Latin-1 disk) comes back from the file system with lone surrogates, which SQLite refused, failing
    the whole batch; such bytes are shown as "\ufffd"."""
    text = str(path)
    return os.fsencode(text).decode("utf-8", errors="replace") if _SURROGATE.search(text) else text


NAME_NOT_UTF8 = ("its name is not UTF-8 text (shown with \ufffd): it was imported, but Re-read cannot find the file"
                 " by that name; rename the file to re-read it")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _walk(folder: Path) -> tuple[list[Path], Counter[str], list[tuple[str, str]]]:
    """Supported files under `folder`, sorted; hidden files and browsers' "page_files" folders left out; and each
    folder that could not be opened, with why: the walk passed over one in silence (macOS refuses a program the
    Desktop or Documents until allowed), so an import said nothing of the files it never saw."""
    found: list[Path] = []
    unsupported: Counter[str] = Counter()
    closed: list[tuple[str, str]] = []
    for root, dirs, names in os.walk(folder, onerror=lambda exc: closed.append(_closed(exc))):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and not _is_page_assets(d, names))
        for name in sorted(names):
            if name.startswith("."):
                continue
            suffix = Path(name).suffix.lower()
            if suffix in READERS:
                found.append(Path(root) / name)
            else:
                unsupported[suffix or "no extension"] += 1
    return found, unsupported, closed


def _closed(exc: OSError) -> tuple[str, str]:
    why = "permission denied" if exc.errno in (errno.EACCES, errno.EPERM) else exc.strerror or str(exc)
    return said_path(exc.filename), f"cannot open this folder ({why}): no file in it was imported"


def _is_page_assets(directory: str, names: list[str]) -> bool:
    stem = directory.removesuffix("_files")
    return stem != directory and (f"{stem}.html" in names or f"{stem}.htm" in names)
