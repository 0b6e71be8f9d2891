"""Qt's own log lines, minus the ones that say nothing to a researcher.

The offscreen platform (screenshots, headless runs) warns "This plugin does not support
propagateSizeHints()" for every window it shows: true of the plugin, and of no use to anyone
reading the terminal. Every other message still goes where Qt would have sent it.
"""
from __future__ import annotations

import sys

from PySide6.QtCore import QMessageLogContext, QtMsgType, qFormatLogMessage, qInstallMessageHandler

HARMLESS = ("This plugin does not support propagateSizeHints()",)

_previous = None
_installed = False


def _handle(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    if message in HARMLESS:
        return
    if _previous is not None:
        _previous(mode, context, message)
    else:
        sys.stderr.write(qFormatLogMessage(mode, context, message) + "\n")


def quieten_harmless_messages() -> None:
    """Install the filter once, before the application shows its first window."""
    global _previous, _installed
    if not _installed:
        _previous = qInstallMessageHandler(_handle)
        _installed = True
