"""Which files an import reads, and why a path given to it cannot be read, in words.

Folders are walked without following symbolic links to folders, so a link back up the tree
cannot make the walk endless, and with a list of folders still to open rather than recursion, so a tree of any
depth is walked (os.walk recursed, and a folder nested 1,100 deep ended the import in a RecursionError). A named
path that is a broken or looping link says so, rather than "no such file".
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
from viewer.jobs import Check, unchecked


@dataclass
class Collected:
    files: list[Path] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    not_files: dict[str, str] = field(default_factory=dict)  # a failed entry that is no file: "folder" or "path"


def collect(paths: Sequence[str | Path], check: Check = unchecked) -> Collected:
    """The supported files named or found under the named folders, and what was left out; ``check`` is heard in each
    folder (a home folder chosen by mistake holds hundreds of thousands)."""
    found = Collected()
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            found.failed.append((said_path(path), missing(path)))
            found.not_files[said_path(path)] = "path"
        elif path.is_dir():
            files, unsupported, unopened = _walk(path, check)
            folders = unopened + ([] if files or unopened else [(said_path(path), _nothing_to_read(unsupported))])
            found.failed += folders
            found.not_files |= {where: "folder" for where, _reason in folders}
            if unsupported:
                kinds, count = ", ".join(sorted(unsupported)), sum(unsupported.values())
                found.skipped.append((said_path(path), f"{count} file{'s' if count != 1 else ''} of a kind not read"
                                                       f" here ({kinds}; {', '.join(SUPPORTED_SUFFIXES)} are)"))
            found.files += files
        else:
            found.files.append(path)
    return found


def _nothing_to_read(unsupported: Counter[str]) -> str:
    if not unsupported:
        return "an empty folder: it holds no files, nor do its subfolders"
    return f"no supported files in this folder ({', '.join(SUPPORTED_SUFFIXES)})"


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


GONE = "moved or deleted after the import found it: nothing of it was read"


def unreadable(path: Path, exc: OSError) -> str:
    """Why reading ``path``, which the import found (named, or in a folder), failed."""
    if exc.errno == errno.ENOENT and not path.is_symlink():
        return GONE  # "no such file or folder" read as though the researcher had mistyped a name they never typed
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


def _walk(folder: Path, check: Check) -> tuple[list[Path], Counter[str], list[tuple[str, str]]]:
    """Supported files under `folder`, sorted, each folder's files before its subfolders' (as os.walk gives them);
    hidden files and browsers' "page_files" folders left out; and each folder that could not be opened, with why:
    the walk passed over one in silence (macOS refuses a program the Desktop or Documents until allowed), so an
    import said nothing of the files it never saw."""
    found: list[Path] = []
    unsupported: Counter[str] = Counter()
    closed: list[tuple[str, str]] = []
    waiting = [folder]
    while waiting:
        check()
        root = waiting.pop()
        try:
            dirs, names = _entries(root)
        except OSError as exc:
            closed.append(_closed(exc))
            continue
        for name in names:
            if name.startswith("."):
                continue
            suffix = Path(name).suffix.lower()
            if suffix in READERS:
                found.append(root / name)
            else:
                unsupported[suffix or "no extension"] += 1
        opened = [d for d in dirs if not d.name.startswith(".") and not _is_page_assets(d.name, names)]
        waiting += [root / d.name for d in reversed(opened) if not d.is_symlink()]  # the first popped first
    return found, unsupported, closed


def _entries(folder: Path) -> tuple[list[os.DirEntry], list[str]]:
    """A folder's subfolders (links to folders among them, as os.walk lists them) and the names of its other
    entries, both sorted."""
    dirs, names = [], []
    with os.scandir(folder) as entries:
        for entry in entries:
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                dirs.append(entry)
            else:
                names.append(entry.name)
    return sorted(dirs, key=lambda d: d.name), sorted(names)


def _closed(exc: OSError) -> tuple[str, str]:
    why = "permission denied" if exc.errno in (errno.EACCES, errno.EPERM) else exc.strerror or str(exc)
    return said_path(exc.filename), f"cannot open this folder ({why}): no file in it was imported"


def _is_page_assets(directory: str, names: list[str]) -> bool:
    stem = directory.removesuffix("_files")
    return stem != directory and (f"{stem}.html" in names or f"{stem}.htm" in names)
