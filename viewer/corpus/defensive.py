"""SQLite's defensive mode, which Python 3.11's sqlite3 module cannot switch on by itself.

Defensive mode (``SQLITE_DBCONFIG_DEFENSIVE``) stops SQL from corrupting the file on purpose:
no writes to ``sqlite_master`` through ``writable_schema``, to FTS5 shadow tables or to
``sqlite_dbpage``, no ``journal_mode=OFF``. Python 3.12 reaches it with
``Connection.setconfig``; on 3.11 we call ``sqlite3_db_config`` through ctypes on the
connection's own ``sqlite3*`` handle, which CPython keeps as the first field after the object
header of its connection struct. The call is only made when the library found is the very one
the sqlite3 module runs (same version string) and the handle names the same database file,
and the setting is read back; anything else leaves defensive mode off and says so.
"""
from __future__ import annotations

import ctypes
import sqlite3
import sys

SQLITE_DBCONFIG_DEFENSIVE = 1010


def enable(conn: sqlite3.Connection) -> bool:
    """Switch defensive mode on for ``conn``; False when this Python cannot reach the setting."""
    if hasattr(conn, "setconfig"):  # Python 3.12+
        conn.setconfig(sqlite3.SQLITE_DBCONFIG_DEFENSIVE, True)
        return bool(conn.getconfig(sqlite3.SQLITE_DBCONFIG_DEFENSIVE))
    library = _library()
    handle = _handle(conn, library) if library is not None else None
    if handle is None:
        return False
    result = ctypes.c_int(-1)
    library.sqlite3_db_config(handle, SQLITE_DBCONFIG_DEFENSIVE, ctypes.c_int(1), ctypes.byref(result))
    return result.value == 1


def _library() -> ctypes.CDLL | None:
    """The SQLite library the sqlite3 module itself runs, or None."""
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return None
    import _sqlite3

    # dlsym on the extension module resolves through its own dependencies (Linux, macOS); on
    # Windows loading "sqlite3" by name returns the DLL the module has already loaded. No other
    # copy is tried: calling one library's functions on another's connection is undefined.
    for name in (_sqlite3.__file__, "sqlite3"):
        try:
            library = ctypes.CDLL(name)
            version = library.sqlite3_libversion
            config = library.sqlite3_db_config
            filename = library.sqlite3_db_filename
        except (OSError, AttributeError):
            continue
        version.restype = ctypes.c_char_p
        if version().decode() != sqlite3.sqlite_version:
            continue
        config.restype = ctypes.c_int
        config.argtypes = [ctypes.c_void_p, ctypes.c_int]  # variadic after these two
        filename.restype = ctypes.c_char_p
        filename.argtypes = [ctypes.c_void_p, ctypes.c_char_p]
        return library
    return None


def _handle(conn: sqlite3.Connection, library: ctypes.CDLL) -> int | None:
    """The connection's ``sqlite3*``, checked against the file the connection says it has open."""
    handle = ctypes.c_void_p.from_address(id(conn) + object.__basicsize__).value
    if not handle:
        return None
    expected = conn.execute("PRAGMA database_list").fetchone()[2] or ""
    named = library.sqlite3_db_filename(handle, b"main")
    return handle if (named or b"").decode(errors="replace") == expected else None
