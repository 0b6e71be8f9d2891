"""Write files so that a failed export never leaves a truncated file at the target."""
from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO


class ExportError(Exception):
    """An export that could not be written, with a message fit for the researcher."""


@contextmanager
def atomic_path(target: str | Path) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; it replaces the target only if the block succeeds."""
    target = Path(target)
    directory = target.parent if str(target.parent) else Path(".")
    if not directory.is_dir():
        raise ExportError(f"{target}: the folder {directory} does not exist")
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=directory)
    except OSError as exc:
        raise ExportError(f"{target}: cannot write in {directory} ({exc.strerror})") from exc
    os.close(handle)
    temporary_path = Path(temporary)
    os.chmod(temporary_path, 0o666 & ~_umask())  # mkstemp's 0600 would make the export private
    try:
        yield temporary_path
        os.replace(temporary_path, target)
    except OSError as exc:
        raise ExportError(f"{target}: {exc.strerror or exc} (nothing was written)") from exc
    finally:
        temporary_path.unlink(missing_ok=True)


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def write_text(target: str | Path | None, write: Callable[[IO[str]], None]) -> None:
    """Write through ``write`` to ``target`` atomically, or to standard output for None or '-'."""
    if target in (None, "-"):
        write(sys.stdout)
        return
    with atomic_path(target) as temporary:
        with open(temporary, "w", encoding="utf-8", newline="\n") as out:
            write(out)
