"""Menu and toolbar actions declared as data: id, title, shortcut, what it does, when it is enabled.

What an action does and when it is enabled are callables of the window, which holds the parts
they reach (``w.opening``, ``w.jobs``, ``w.corrections``, ``w.comparison``, ``w.focus``, …);
nothing is looked up by name. A checkable action's callable also receives whether it is on.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from viewer.analysis import store

Shortcut = str | QKeySequence.StandardKey | None
Window = Any  # the main window; typed loosely so this module never imports it back


def has_corpus(w: Window) -> bool:
    return w.corpus is not None


def idle(w: Window) -> bool:
    return w.corpus is not None and w.runner.idle


def exportable(w: Window) -> bool:
    """Idle, with documents to export: on an empty corpus every report format refused after the save dialog."""
    return idle(w) and w.corpus.document_count() > 0


def export_tip(w: Window) -> str | None:
    """What stands in the way of a useful export, said before the save dialog rather than after the file is written."""
    if w.corpus is None:
        return None
    if w.corpus.document_count() == 0:
        return "Nothing to export yet: import articles first (File → Import files…, or drop them on the window)"
    if not store.is_analysed(w.corpus):
        return ("Export… — the corpus has not been analysed yet, so a report would hold the articles without claims,"
                " speakers or attributions: Analyse (Ctrl+R) first")
    if waiting := store.unanalysed_count(w.corpus):
        return (f"Export… — {waiting} article{'s were' if waiting > 1 else ' was'} imported after the last analysis:"
                " a report holds no claim of them until you Analyse (Ctrl+R)")
    return None


def has_comparison(w: Window) -> bool:
    return bool(w.comparison.document_ids)


def has_shared_claims(w: Window) -> bool:
    return bool(w.comparison.state.claims)


def two_passages_selected(w: Window) -> bool:
    """A correction runs behind other work, so only the selection matters."""
    return w.corpus is not None and len(w.comparison.selected_passages()) == 2


def passage_selected(w: Window) -> bool:
    return w.corpus is not None and w.comparison.current_passage() is not None


def note_passage(w: Window) -> None:
    """Code the passage selected in the current article: the notes dock opens on it."""
    passage = w.comparison.current_passage()
    if passage is not None:
        w.note_targets.passage_picked(*passage)
        w.focus.to_dock("notes")


def claim_selected(w: Window) -> bool:
    return w.corpus is not None and w.comparison.selected_claim is not None


def read_only(w: Window) -> bool:
    return w.corpus is not None and w.corpus.read_only


READ_ONLY_TIP = "Not possible here: the corpus is read-only (its file or folder cannot be written)"


def find_documents(w: Window) -> None:
    """Straight into the corpus search box, showing the browser if it was closed."""
    w.focus.to_dock("documents")
    w.browser.focus_search()


@dataclass(frozen=True)
class ActionSpec:
    id: str
    title: str
    menu: str
    run: Callable[..., object]  # run(window), or run(window, on) for a checkable action
    shortcut: Shortcut = None
    enabled_when: Callable[[Window], bool] | None = None
    checkable: bool = False
    toolbar: bool = False
    tip: str = ""
    writes: bool = False  # changes the corpus: disabled, and says why, while the corpus is read-only
    tip_now: Callable[[Window], str | None] | None = None  # a tip for the corpus as it is now, else ``tip``


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("file.new", "&New corpus…", "&File", lambda w: w.opening.new_corpus(), QKeySequence.StandardKey.New),
    ActionSpec("file.open", "&Open corpus…", "&File", lambda w: w.opening.open_dialog(), QKeySequence.StandardKey.Open,
               toolbar=True),
    ActionSpec("file.import_files", "&Import files…", "&File", lambda w: w.jobs.import_files_dialog(), "Ctrl+I", idle,
               toolbar=True, writes=True,
               tip="Import .txt, .md, .html, .pdf, .json/.jsonl/.csv files (or drop them on the window)"),
    ActionSpec("file.import_folder", "Import &folder…", "&File", lambda w: w.jobs.import_folder_dialog(), "Ctrl+Shift+I",
               idle, writes=True),
    ActionSpec("file.analyse", "&Analyse", "&File", lambda w: w.jobs.analyse(), "Ctrl+R", idle, toolbar=True,
               writes=True, tip="Find claims, speakers and attributions in documents not analysed yet"),
    ActionSpec("file.export", "&Export…", "&File", lambda w: w.jobs.export_dialog(), "Ctrl+E", exportable,
               toolbar=True, tip="Export the open comparison (or the corpus) as PDF, JSON, CSV, Markdown or HTML",
               tip_now=export_tip),
    ActionSpec("file.researcher", "Your &name in reports…", "&File", lambda w: w.jobs.ask_researcher(), "Ctrl+Shift+E",
               tip="The name printed on report covers and signing the PDF's comments"),
    ActionSpec("file.reread_marked", "Re-read all &marked documents…", "&File", lambda w: w.jobs.reread_marked(),
               "Ctrl+Shift+R", idle, writes=True,
               tip="Read every document an older version of its reader read (marked ↻) again from its original file;"
                   " asked first, saying how many; files gone or changed are named at the end; Edit → Undo takes it"
                   " back"),
    ActionSpec("file.forget_removed", "&Forget removed documents…", "&File", lambda w: w.jobs.forget_removed(),
               "Ctrl+Shift+Del", idle, writes=True,
               tip="Delete the documents removed from this corpus for good: the corpus keeps them so Edit → Undo can"
                   " bring them back; asked first, listing them"),
    ActionSpec("file.quit", "&Quit", "&File", lambda w: w.close(), "Ctrl+Q"),  # StandardKey.Quit is empty on Windows
    ActionSpec("edit.undo", "&Undo", "&Edit", lambda w: w.corrections.undo(),
               QKeySequence.StandardKey.Undo, lambda w: w.corpus is not None and w.corrections.has_last, writes=True,
               tip="Take back the last link, unlink, “does not carry”, “carries”, merge, split, title, outlet or date,"
                   " removal of documents or re-read made in this window"),
    ActionSpec("edit.link_passages", "&Link selected passages", "&Edit", lambda w: w.corrections.link_selected_passages(),
               "Ctrl+L", two_passages_selected, writes=True,
               tip="Select a passage in one article and one in another: they state the same claim. Claims are linked by"
                   " whole sentences, so each passage links the sentence it stands in; the status bar says which"),
    ActionSpec("edit.note_passage", "&Note or tag the selected passage", "&Edit", note_passage, "Ctrl+Shift+N",
               passage_selected, writes=True,
               tip="Write a note or tags on the words selected in an article (code a passage); the notes dock opens on it"),
    ActionSpec("edit.unlink_claim", "The current article does &not carry the claim", "&Edit",
               lambda w: w.corrections.unlink_current_article(), "Ctrl+Shift+L", claim_selected, writes=True,
               tip="The selected claim is not what the current article says: none of its passages joins it, now or after"
                   " re-analysis"),
    ActionSpec("edit.edit_attribution", "&Edit attribution…", "&Edit", lambda w: w.corrections.edit_current_attribution(),
               "F2", has_corpus, writes=True,
               tip="Change the kind, speaker or role of the statement selected in the attribution panel"),
    ActionSpec("edit.document_details", "Correct &title, outlet or date…", "&Edit",
               lambda w: w.timeline_panel.edit_current_document(), "Ctrl+Shift+D", has_comparison, writes=True,
               tip="Set the current article's title, outlet or date; the original is kept and can be restored"),
    ActionSpec("edit.set_outlet", "Set the &outlet of the selected documents…", "&Edit",
               lambda w: w.browser.set_outlet(w.browser.selected_documents()), "Ctrl+Shift+O", has_corpus, writes=True,
               tip="Give the documents selected in the list one outlet (files that name none); each keeps its original"),
    ActionSpec("edit.outlets_from_names", "Outlets from &file names…", "&Edit", lambda w: w.browser.outlets_from_names(),
               "Ctrl+Alt+O", has_corpus, writes=True,
               tip="Read the outlet (and a missing date) from the names of the selected documents' files, or of every"
                   " listed one: “nyt-2017-02-14.txt”; each keeps its original"),
    ActionSpec("edit.remove_documents", "&Remove from corpus…", "&Edit",
               lambda w: w.jobs.remove_documents(w.browser.selected_documents()), QKeySequence.StandardKey.Delete,
               idle, writes=True,
               tip="Remove the documents selected in the list (a wrong file, a copy) and what the corpus holds on them;"
                   " asked first; the files on disk are not touched"),
    ActionSpec("edit.removed_documents", "Removed &documents…", "&Edit", lambda w: w.jobs.show_removed(),
               "Ctrl+Shift+U", has_corpus,
               tip="The documents removed from this corpus that it keeps: bring back or forget the ones you choose"),
    ActionSpec("view.attributions", "Show &attributions in the text", "&View",
               lambda w, on: w.comparison.set_show_attributions(on), "Ctrl+T", has_comparison, checkable=True,
               toolbar=True, tip="Emphasise speakers, cue verbs and statements"),
    ActionSpec("view.next_claim", "&Next claim", "&View", lambda w: w.comparison.step_claim(1), "F3", has_shared_claims,
               toolbar=True),
    ActionSpec("view.previous_claim", "&Previous claim", "&View", lambda w: w.comparison.step_claim(-1), "Shift+F3",
               has_shared_claims, toolbar=True),
    ActionSpec("view.next_claim_alt", "Next claim", "", lambda w: w.comparison.step_claim(1), "Ctrl+Down",
               has_shared_claims),
    ActionSpec("view.previous_claim_alt", "Previous claim", "", lambda w: w.comparison.step_claim(-1), "Ctrl+Up",
               has_shared_claims),
    ActionSpec("view.close_article", "&Close current article", "&View", lambda w: w.comparison.close_current(), "Ctrl+W",
               has_comparison),
    ActionSpec("view.find", "&Find documents", "&View", find_documents, QKeySequence.StandardKey.Find),
    ActionSpec("view.go_documents", "Go to &documents", "&View", lambda w: w.focus.to_dock("documents"), "Ctrl+1"),
    ActionSpec("view.go_articles", "Go to the &articles", "&View", lambda w: w.focus.to(w.comparison), "Ctrl+2",
               has_comparison),
    ActionSpec("view.go_attributions", "Go to a&ttributions", "&View", lambda w: w.focus.to_dock("attributions"), "Ctrl+3"),
    ActionSpec("view.go_claims", "Go to cla&ims", "&View", lambda w: w.focus.to_dock("claims"), "Ctrl+4"),
    ActionSpec("view.go_notes", "Go to n&otes", "&View", lambda w: w.focus.to_dock("notes"), "Ctrl+5"),
    ActionSpec("view.go_timeline", "Go to the ti&meline", "&View", lambda w: w.focus.to_dock("timeline"), "Ctrl+6"),
    ActionSpec("view.reset_layout", "&Reset layout", "&View", lambda w: w.reset_layout(), "Ctrl+Shift+0"),
    ActionSpec("help.about", "&About Provenance Viewer", "&Help", lambda w: w.show_about(),
               QKeySequence.StandardKey.HelpContents),
)


@dataclass(frozen=True)
class Installed:
    actions: dict[str, QAction]
    menus: dict[str, QMenu]
    toolbar: QToolBar


def install(window: QMainWindow, specs: tuple[ActionSpec, ...] = ACTIONS) -> Installed:
    """Create the QActions, their menus (in declaration order) and the toolbar."""
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
        if spec.checkable:
            action.toggled.connect(lambda on, run=spec.run: run(window, on))
        else:
            action.triggered.connect(lambda _checked=False, run=spec.run: run(window))
        window.addAction(action)
        if spec.menu:
            if spec.menu not in menus:
                menus[spec.menu] = window.menuBar().addMenu(spec.menu)
            menus[spec.menu].addAction(action)
        if spec.toolbar:
            toolbar.addAction(action)
        actions[spec.id] = action
    return Installed(actions, menus, toolbar)


def refresh(window: Window, actions: dict[str, QAction], specs: tuple[ActionSpec, ...] = ACTIONS) -> None:
    """Re-evaluate every enabled-when after a change of corpus, comparison or running task; an action
    that writes is off on a read-only corpus, and its tooltip says so (a greyed button alone does not)."""
    locked = read_only(window)
    for spec in specs:
        if spec.enabled_when is not None:
            actions[spec.id].setEnabled(bool(spec.enabled_when(window)) and not (spec.writes and locked))
        if spec.writes or spec.tip_now is not None:
            tip = READ_ONLY_TIP if spec.writes and locked else (spec.tip_now and spec.tip_now(window)) or spec.tip
            actions[spec.id].setToolTip(tip or spec.title.replace("&", "").rstrip("…"))
            actions[spec.id].setStatusTip(tip)
