"""Telling a full disk apart from other write failures, so the message says "the disk is full".

The operating system reports a full disk as ENOSPC, but SQLite and Qt's PDF writer pass it on
as "disk I/O error" or as a file that is simply short. When a write failed and the folder has
next to no free space left, the disk being full is the reason worth telling.
"""
from __future__ import annotations

import errno
import shutil
from pathlib import Path

DISK_FULL = "the disk is full"
_NEARLY_NOTHING = 1024 * 1024


def size_said(size: int) -> str:
    """Bytes as a researcher reads them: a file refused as too large, what a kept removal holds in the corpus file."""
    if size < 1024:
        return f"{size} byte{'s' if size != 1 else ''}"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size / (1024 * 1024):.1f} MB"


def is_full(folder: str | Path) -> bool:
    """Next to no free space left where ``folder`` lives (unknown counts as not full)."""
    try:
        return shutil.disk_usage(folder).free < _NEARLY_NOTHING
    except OSError:
        return False


def out_of_space(exc: BaseException, folder: str | Path) -> bool:
    """``exc`` happened because the disk holding ``folder`` is full."""
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return True
    message = str(exc)
    if "database or disk is full" in message:
        return True
    return ("disk I/O error" in message or isinstance(exc, OSError)) and is_full(folder)
