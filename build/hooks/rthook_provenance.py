"""Runtime hook: runs inside the frozen app before `viewer` is imported.

- Headless commands (--selftest, --screenshot, and anything that is not the window) get Qt's
  offscreen platform, so the bundle checks itself on a machine without a display.
- The app works offline by design: an audit hook refuses any network connection or name lookup
  to a non-local address, so no bundled library (spaCy, trafilatura, ...) can reach out.
- `provenance FILE.corpus` (a double-clicked corpus) becomes `provenance open FILE.corpus`.
"""
import os
import sys

# A double-clicked .corpus file arrives as `provenance FILE.corpus` (Windows, Linux) or, on macOS,
# through PyInstaller's argv emulation; the command line wants `provenance open FILE.corpus`.
if len(sys.argv) == 2 and sys.argv[1].lower().endswith(".corpus") and not sys.argv[1].startswith("-"):
    sys.argv.insert(1, "open")

_HEADLESS_FLAGS = ("--selftest", "--screenshot", "--version", "-h", "--help")
_COMMANDS_WITHOUT_WINDOW = ("import", "list", "search", "analyse", "analyze", "export")


def _wants_no_window(argv):
    args = argv[1:]
    if any(flag in args for flag in _HEADLESS_FLAGS):
        return True
    return bool(args) and args[0] in _COMMANDS_WITHOUT_WINDOW


if _wants_no_window(sys.argv):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Bundled PySide6 has only the plugins listed in provenance.spec; don't let a system-wide
# QT_PLUGIN_PATH from another Qt installation load incompatible plugins into the bundle.
os.environ.pop("QT_PLUGIN_PATH", None)

_LOCAL_HOSTS = {"localhost", "127.0.0.1", "::1", "", None}


def _refuse_network(event, args):
    if event == "socket.connect":
        address = args[1]
        host = address[0] if isinstance(address, tuple) else None
        if isinstance(address, tuple) and host not in _LOCAL_HOSTS:
            raise ConnectionRefusedError(f"Provenance Viewer works offline: refused a connection to {host}")
    elif event == "socket.getaddrinfo":
        host = args[0]
        if isinstance(host, bytes):
            host = host.decode("ascii", "replace")
        if host not in _LOCAL_HOSTS:
            raise OSError(f"Provenance Viewer works offline: refused to look up {host}")


sys.addaudithook(_refuse_network)
