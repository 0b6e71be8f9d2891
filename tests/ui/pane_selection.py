"""Selecting words in a comparison pane as a researcher's drag does, for tests of what the selection offers."""
from __future__ import annotations

from PySide6.QtGui import QTextCursor


def select_words(pane, words: str) -> tuple[int, int, int]:
    """Select the first occurrence of `words` in the pane; return (document id, start, end) in the article's text."""
    start = pane.text.index(words)
    cursor = QTextCursor(pane.text_view.document())
    cursor.setPosition(pane.text_view.positions(start))
    cursor.setPosition(pane.text_view.positions(start + len(words)), QTextCursor.MoveMode.KeepAnchor)
    pane.text_view.setTextCursor(cursor)
    return pane.document_id, start, start + len(words)


def menu_on_words(pane, words: str):
    """The context menu a right click on the selected `words` opens."""
    select_words(pane, words)
    view = pane.text_view
    return view.context_menu(view.cursorRect(view.textCursor()).center())
