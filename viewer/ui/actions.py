"""Menu and toolbar actions declared as data: id, title, shortcut, handler, when it is enabled."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from operator import attrgetter
from typing import Any

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

Shortcut = str | QKeySequence.StandardKey | None


def has_corpus(w: Any) -> bool:
    return w.corpus is not None


def idle(w: Any) -> bool:
    return w.corpus is not None and w.task is None


def has_comparison(w: Any) -> bool:
    return bool(w.comparison.document_ids)


def has_shared_claims(w: Any) -> bool:
    return bool(w.comparison.state.claims)


def two_passages_selected(w: Any) -> bool:
    return w.task is None and len(w.comparison.selected_passages()) == 2


def claim_selected(w: Any) -> bool:
    return w.task is None and w.comparison.selected_claim is not None


@dataclass(frozen=True)
class ActionSpec:
    id: str
    title: str
    menu: str
    handler: str  # a method of the window, or of one of its parts ("corrections.link_selected_passages")
    shortcut: Shortcut = None
    enabled_when: Callable[[Any], bool] | None = None
    checkable: bool = False
    toolbar: bool = False
    tip: str = ""


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("file.new", "&New corpus…", "&File", "new_corpus", QKeySequence.StandardKey.New),
    ActionSpec("file.open", "&Open corpus…", "&File", "open_corpus_dialog", QKeySequence.StandardKey.Open, toolbar=True),
    ActionSpec("file.import_files", "&Import files…", "&File", "import_files_dialog", "Ctrl+I", idle, toolbar=True,
               tip="Import .txt, .md, .html, .pdf, .json/.jsonl/.csv files (or drop them on the window)"),
    ActionSpec("file.import_folder", "Import &folder…", "&File", "import_folder_dialog", "Ctrl+Shift+I", idle),
    ActionSpec("file.analyse", "&Analyse", "&File", "analyse", "Ctrl+R", idle, toolbar=True,
               tip="Find claims, speakers and attributions in documents not analysed yet"),
    ActionSpec("file.export", "&Export…", "&File", "export_dialog", "Ctrl+E", has_corpus, toolbar=True,
               tip="Export the open comparison (or the corpus) as PDF, JSON, CSV, Markdown or HTML"),
    ActionSpec("file.quit", "&Quit", "&File", "close", "Ctrl+Q"),  # StandardKey.Quit is empty on Windows
    ActionSpec("edit.link_passages", "&Link selected passages", "&Edit", "corrections.link_selected_passages", "Ctrl+L",
               two_passages_selected, tip="Select a passage in one article and one in another: they state the same claim"),
    ActionSpec("edit.unlink_claim", "&Unlink the current article from the claim", "&Edit", "corrections.unlink_current_article",
               "Ctrl+Shift+L", claim_selected, tip="The selected claim is not what the current article says"),
    ActionSpec("edit.edit_attribution", "&Edit attribution…", "&Edit", "corrections.edit_current_attribution", "F2", idle,
               tip="Change the kind, speaker or role of the statement selected in the attribution panel"),
    ActionSpec("view.attributions", "Show &attributions in the text", "&View", "set_show_attributions", "Ctrl+T",
               has_comparison, checkable=True, toolbar=True, tip="Emphasise speakers, cue verbs and statements"),
    ActionSpec("view.next_claim", "&Next claim", "&View", "next_claim", "F3", has_shared_claims, toolbar=True),
    ActionSpec("view.previous_claim", "&Previous claim", "&View", "previous_claim", "Shift+F3", has_shared_claims, toolbar=True),
    ActionSpec("view.next_claim_alt", "Next claim", "", "next_claim", "Ctrl+Down", has_shared_claims),
    ActionSpec("view.previous_claim_alt", "Previous claim", "", "previous_claim", "Ctrl+Up", has_shared_claims),
    ActionSpec("view.close_article", "&Close current article", "&View", "close_current_article", "Ctrl+W", has_comparison),
    ActionSpec("view.find", "&Find documents", "&View", "focus.search", QKeySequence.StandardKey.Find),
    ActionSpec("view.go_documents", "Go to &documents", "&View", "focus.documents", "Ctrl+1"),
    ActionSpec("view.go_articles", "Go to the &articles", "&View", "focus.articles", "Ctrl+2", has_comparison),
    ActionSpec("view.go_attributions", "Go to a&ttributions", "&View", "focus.attributions", "Ctrl+3"),
    ActionSpec("view.go_claims", "Go to cla&ims", "&View", "focus.claims", "Ctrl+4"),
    ActionSpec("view.go_notes", "Go to n&otes", "&View", "focus.notes", "Ctrl+5"),
    ActionSpec("view.reset_layout", "&Reset layout", "&View", "reset_layout", "Ctrl+Shift+0"),
    ActionSpec("help.about", "&About Provenance Viewer", "&Help", "show_about", QKeySequence.StandardKey.HelpContents),
)


def install(window: QMainWindow, specs: tuple[ActionSpec, ...] = ACTIONS) -> dict[str, QAction]:
    """Create the QActions, their menus (in declaration order) and the toolbar; handlers are named from the window."""
    actions: dict[str, QAction] = {}
    menus: dict[str, QMenu] = {}
    toolbar = QToolBar("Main", window)
    toolbar.setObjectName("main-toolbar")
    window.addToolBar(toolbar)
    for spec in specs:
        action = QAction(spec.title, window)
        action.setObjectName(spec.id)
        if spec.shortcut is not None:
            action.setShortcut(QKeySequence(spec.shortcut))
        action.setCheckable(spec.checkable)
        if spec.tip:
            action.setToolTip(spec.tip)
            action.setStatusTip(spec.tip)
        handler = attrgetter(spec.handler)(window)
        if spec.checkable:
            action.toggled.connect(handler)
        else:
            action.triggered.connect(lambda _checked=False, handler=handler: handler())
        window.addAction(action)
        if spec.menu:
            if spec.menu not in menus:
                menus[spec.menu] = window.menuBar().addMenu(spec.menu)
            menus[spec.menu].addAction(action)
        if spec.toolbar:
            toolbar.addAction(action)
        actions[spec.id] = action
    window.menus = menus
    window.toolbar = toolbar
    return actions


def refresh(window: Any, actions: dict[str, QAction], specs: tuple[ActionSpec, ...] = ACTIONS) -> None:
    """Re-evaluate every enabled-when after a change of corpus, comparison or running task."""
    for spec in specs:
        if spec.enabled_when is not None:
            actions[spec.id].setEnabled(bool(spec.enabled_when(window)))
