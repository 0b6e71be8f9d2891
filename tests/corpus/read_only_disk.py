"""A folder as on a read-only disk or share, for tests that run as root (root ignores permissions).

Nothing may be written there, and deleting a file that is not there fails too: a read-only file system
answers EROFS before ENOENT, which is how `unlink(missing_ok=True)` still raises on one.
"""
from __future__ import annotations

import errno
import pathlib


def read_only_file_system(monkeypatch, folder: pathlib.Path) -> None:
    """``folder`` refuses every write for the rest of the test."""
    from viewer.corpus import connection

    writable = connection.writable
    monkeypatch.setattr(connection, "writable", lambda path: path.parent != folder and writable(path))
    unlink = pathlib.Path.unlink

    def refuse(self, missing_ok=False):
        if self.parent == folder:
            raise OSError(errno.EROFS, "Read-only file system", str(self))
        unlink(self, missing_ok=missing_ok)

    monkeypatch.setattr(pathlib.Path, "unlink", refuse)
