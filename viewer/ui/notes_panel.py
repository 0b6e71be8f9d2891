"""Notes and tags on the current document, claim or statement, and a search across all notes."""
from __future__ import annotations

import html

from markdown_it import MarkdownIt
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPainter, QTextDocumentFragment
from PySide6.QtWidgets import (
    QCheckBox, QLabel, QLineEdit, QListWidget, QListWidgetItem, QMessageBox, QPlainTextEdit, QPushButton,
    QSplitter, QTextBrowser, QVBoxLayout, QWidget,
)

from viewer.corpus import notes
from viewer.corpus.store import Corpus, CorpusError
from viewer.export.note_text import note_html
from viewer.identifiers import describe_target
from viewer.provenance.wording import claim_label
from viewer.ui.flow_layout import FlowLayout
from viewer.ui.tag_list import TagListPanel

# Raw HTML off: a note pasted from a web page cannot inject markup (or remote images) into the viewer.
_MARKDOWN = MarkdownIt("commonmark", {"html": False})
SAVE_PATIENCE_S = 2.0  # saving runs on the window's thread: wait this long for another writer, then say so


_PARAGRAPH = {"paragraph_open", "inline", "paragraph_close"}
# two lines of a 270-px dock, where three were cut to two and a half (the tag list's tooltip says what a pick does)
SEARCH_HINT = "Type above to find notes and tags in the whole corpus"


def render_markdown(body: str) -> str:
    """The note as safe HTML for the preview and the panels, as the reports render it: an image is a link naming it,
    not a picture the preview could not load (a broken-image mark)."""
    return note_html(body)


def renders_differently(body: str) -> bool:
    """Whether the note has Markdown that reads otherwise once rendered (emphasis, a list, a heading, an escape):
    only then is a preview worth its room; a plain note's preview repeated it word for word."""
    for token in _MARKDOWN.parse(body):
        if token.type not in _PARAGRAPH:
            return True
        if token.type == "inline":
            parts = [c.content if c.type == "text" else "\n" if c.type == "softbreak" else None for c in token.children]
            if None in parts or "".join(parts) != token.content:
                return True
    return False


class NoteHitsView(QListWidget):
    """The notes and tags found; empty, it says what fills it (an empty, unlabelled box until a search)."""

    def __init__(self) -> None:
        super().__init__()
        self.placeholder = SEARCH_HINT

    def say_when_empty(self, line: str) -> None:
        self.placeholder = line
        self.viewport().update()

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self.count():
            return
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().placeholderText().color())
        margin = self.fontMetrics().averageCharWidth()
        painter.drawText(self.viewport().rect().adjusted(margin, margin // 2, -margin, 0),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap, self.placeholder)
        painter.end()


class NotesPanel(QWidget):
    """Edit the Markdown note and tags of one target; find notes anywhere in the corpus."""

    target_requested = Signal(str, str)  # kind, key: a search hit the researcher wants to see

    def __init__(self, corpus: Corpus | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.corpus = corpus
        self.target: tuple[str, str] | None = None
        self.target_description = ""
        self._loaded = notes.Written()  # the target's note and tags as read: edits are measured against it
        self.target_label = QLabel("Select a document, claim or statement to annotate it.")
        self.target_label.setWordWrap(True)
        self.editor = QPlainTextEdit(placeholderText="Note (Markdown)…")
        # Tab goes on to the tags, as everywhere in the window: typed into the note, it held a keyboard user there and
        # wrote tab characters into the current article's note (indent a Markdown list with spaces)
        self.editor.setTabChangesFocus(True)
        self.editor.textChanged.connect(self._on_editor_text_did_change)
        self.preview = QTextBrowser()
        self.preview.setOpenLinks(False)
        self.preview_label = QLabel("Preview, Markdown rendered:")  # one line: two took a line of the preview
        # wrapped: on one line it held the dock at 308 px once a note's Markdown showed, and at 1280 px the third
        # compared article went behind a sideways scroll bar (window40's walk)
        self.preview_label.setWordWrap(True)
        self.rendered = QWidget()  # the label and the preview, shown only for a note whose Markdown reads otherwise
        rendered_layout = QVBoxLayout(self.rendered)
        rendered_layout.setContentsMargins(0, 0, 0, 0)
        rendered_layout.addWidget(self.preview_label)
        rendered_layout.addWidget(self.preview)
        self.rendered.setVisible(False)
        self.tag_boxes = {tag: QCheckBox(tag) for tag in notes.SUGGESTED_TAGS}
        self.free_tags = QLineEdit(placeholderText="other tags, comma-separated")
        self.save_button = QPushButton("Save note and tags")
        self.save_button.clicked.connect(self.save)
        self.search_box = QLineEdit(placeholderText="Search notes and tags…")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.textChanged.connect(self._on_search_text_did_change)
        self.hits = NoteHitsView()
        self.hits.setAccessibleName("Notes and tags found")
        self.hits.setWordWrap(True)
        self.hits.setAlternatingRowColors(True)
        self.hits.itemActivated.connect(self._on_hit_activated)
        self.hits.itemClicked.connect(self._on_hit_activated)
        self.tag_list = TagListPanel()
        self.tag_list.tag_chosen.connect(self.show_tagged)
        self.tag_list.rename_button.pressed.connect(self.keep_unsaved)  # typed tags are stored before a rename reads them
        self.tag_list.tags_did_change.connect(self._on_tags_did_change)

        self.tags_row = tags_row = FlowLayout(spacing=6)  # wraps in a narrow dock, which can then give way (`pane_room`)
        for box in self.tag_boxes.values():
            tags_row.addWidget(box)
        # The tag boxes' second line and the target's third in a 220-px dock come out of the rendered note and the
        # search hits (each 2 lines at least, was 4): the dock's height, and so the window's, stays what it was
        for view in (self.preview, self.hits):
            view.setMinimumHeight(2 * view.fontMetrics().lineSpacing() + 2 * view.frameWidth() + 8)
        edit = QWidget()
        edit_layout = QVBoxLayout(edit)
        edit_layout.setContentsMargins(0, 0, 0, 0)
        edit_layout.addWidget(self.target_label)
        edit_layout.addWidget(self.editor)
        edit_layout.addLayout(tags_row)
        edit_layout.addWidget(self.free_tags)  # a line of its own: beside the boxes a dock left it a few letters
        edit_layout.addWidget(self.save_button)
        find = QWidget()
        find_layout = QVBoxLayout(find)
        find_layout.setContentsMargins(0, 0, 0, 0)
        find_layout.addWidget(self.search_box)
        find_layout.addWidget(self.hits)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(edit)
        split.addWidget(self.rendered)
        split.addWidget(self.tag_list)
        split.addWidget(find)
        # the note takes what the dock can give: its editor showed four lines at 1280×800 beside an empty tag box
        for part, stretch in ((edit, 3), (self.rendered, 2), (self.tag_list, 0), (find, 1)):
            split.setStretchFactor(split.indexOf(part), stretch)
            split.setCollapsible(split.indexOf(part), False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(split)
        self._set_enabled(False)

    def focus_target(self) -> QWidget:
        return self.editor

    def tab_chain(self) -> list[QWidget]:
        return [self.editor, *self.tag_boxes.values(), self.free_tags, self.save_button, self.tag_list.list,
                self.tag_list.rename_button,
                self.search_box, self.hits]

    def set_corpus(self, corpus: Corpus | None) -> None:
        self.keep_unsaved()  # the file goes: a failure is shown, and the panel lets go of the target anyway
        self.target = None
        self.corpus = corpus
        self.tag_list.set_corpus(corpus)
        self.hits.clear()
        self.hits.say_when_empty(SEARCH_HINT)
        self.set_target(None, None, "")

    def _set_enabled(self, on: bool) -> None:
        for widget in (self.editor, self.free_tags, self.save_button, *self.tag_boxes.values()):
            widget.setEnabled(on)

    def set_target(self, kind: str | None, key: str | None, description: str) -> bool:
        """Show the note and tags of a document ("d3"), claim or statement ("3:120-180").

        What was typed on the target shown before is saved to it first: the panel follows every
        click in the articles, and a memo thrown away by a click is lost work. When that save
        fails (another writer, another window's change), the panel stays where it is and says so."""
        if not self.keep_unsaved():
            return False
        self.target = (kind, key) if kind and key and self.corpus else None
        self._set_enabled(self.target is not None and not self.corpus.read_only)
        self.save_button.setToolTip("The corpus is read-only: notes cannot be saved in it"
                                    if self.corpus is not None and self.corpus.read_only else "")
        if self.target is None:
            self._loaded = notes.Written()
            self.editor.setPlainText("")
            self.preview.clear()
            return True
        self.target_description = description
        self.target_label.setText(f"<b>{html.escape(kind.capitalize())}</b>: {html.escape(description)}")
        self._fit_target()
        self._loaded = notes.written(self.corpus, kind, key)
        self.editor.setPlainText(self._loaded.body)
        self._show_tags(self._loaded.tags)
        return True

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_target()

    def _fit_target(self) -> None:
        """What the note is written on, as tall as its wrapped lines: the splitter asks the label no height for its
        width, and a claim's third line was cut in a narrow dock."""
        # tabbed away, the dock is "visible" off-screen at its narrowest, and its lines would set the group's height
        # (a window asked for 800 px high grew to 821)
        shown = not self.target_label.visibleRegion().isEmpty()
        self.target_label.setMinimumHeight(self.target_label.heightForWidth(self.target_label.width()) if shown else 0)

    def _show_tags(self, current: tuple[str, ...]) -> None:
        for tag, box in self.tag_boxes.items():
            box.setChecked(tag in current)
        self.free_tags.setText(", ".join(t for t in current if t not in self.tag_boxes))

    def _chosen_tags(self) -> list[str]:
        chosen = [tag for tag, box in self.tag_boxes.items() if box.isChecked()]
        return chosen + [t for t in self.free_tags.text().split(",") if t.strip()]

    def has_unsaved(self) -> bool:
        """Whether the editor or the tags differ from what the corpus holds for the target."""
        if self.target is None or not self.save_button.isEnabled():
            return False
        typed = {" ".join(t.lower().split()) for t in self._chosen_tags()}
        return self.editor.toPlainText() != self._loaded.body or typed != set(self._loaded.tags)

    def keep_unsaved(self) -> bool:
        """Save what was typed and not saved yet; False when it could not be (the reason is shown)."""
        return not self.has_unsaved() or self.save()

    def save(self) -> bool:
        if self.target is None:
            return True
        kind, key = self.target
        try:
            with self.corpus.waiting_at_most(SAVE_PATIENCE_S):
                self._loaded = notes.save(self.corpus, kind, key, self.editor.toPlainText(), self._chosen_tags(), self._loaded)
        except notes.NoteConflict as exc:
            self._loaded = exc.stored  # told once: a second Save replaces the stored words with these
            self._fail("Note not saved", self._conflict_message(exc.stored))
            return False
        except (CorpusError, notes.BadTag) as exc:
            self._fail("Note not saved", str(exc))
            return False
        self._show_tags(self._loaded.tags)  # as stored: "Time Line" typed beside "timeline" reads "time line"
        self.tag_list.reload()
        if self.search_box.text().strip():
            self._on_search_text_did_change(self.search_box.text())
        else:
            self.show_tagged(self.tag_list.chosen())
        return True

    def _conflict_message(self, stored: notes.Written) -> str:
        theirs = [f"tags: {', '.join(stored.tags)}"] if stored.tags else []
        theirs += [f"note: “{stored.body.strip()}”"] if stored.body.strip() else ["no note"]
        return (f"The note and tags on this {self.target[0]} ({self.target_description}) were changed in another"
                f" window or program after they were opened here, so yours were not saved over them.\n\nStored now — {'; '.join(theirs)}.\n\n"
                "What you typed is still in the panel: Save again to replace the stored note and tags with it.")

    def _fail(self, title: str, message: str) -> None:
        self.failure_box = QMessageBox(QMessageBox.Icon.Warning, title, message, parent=self)
        self.failure_box.open()

    def _on_editor_text_did_change(self) -> None:
        body = self.editor.toPlainText()
        self.preview.setHtml(render_markdown(body))
        self.rendered.setVisible(renders_differently(body))

    def refresh_tags(self) -> None:
        """A note or tag changed somewhere: the tag list's counts follow."""
        self.tag_list.reload()

    def reread(self) -> None:
        """Read the target's note and tags again (another window or program may have written them),
        unless something typed here is not saved yet: that is kept, and a save then says what changed."""
        if self.target is not None and not self.has_unsaved():
            self._loaded = notes.written(self.corpus, *self.target)
            if self.editor.toPlainText() != self._loaded.body:
                self.editor.setPlainText(self._loaded.body)
            self._show_tags(self._loaded.tags)
        self.tag_list.reload()

    def _on_tags_did_change(self) -> None:
        if self.target is not None:  # the target shown may carry the renamed tag
            self._loaded = notes.written(self.corpus, *self.target)
            self._show_tags(self._loaded.tags)
        self.show_tagged(self.tag_list.chosen())

    def show_tagged(self, tag: str | None) -> None:
        """List every document, claim and statement carrying ``tag``."""
        if tag is None or self.corpus is None:
            return
        self.search_box.blockSignals(True)
        self.search_box.clear()  # the list below is the tag's now, not a search's
        self.search_box.blockSignals(False)
        self.hits.say_when_empty(f"Nothing carries the tag “{tag}” now")
        self._show_hits(notes.tagged(self.corpus, tag))

    def _on_search_text_did_change(self, text: str) -> None:
        self.hits.clear()
        if not text.strip() or self.corpus is None:
            self.hits.say_when_empty(SEARCH_HINT)
            return
        self.hits.say_when_empty(f"No note or tag holds “{text.strip()}”")
        self._show_hits(notes.notes_matching(self.corpus, text))

    def _show_hits(self, hits: list[notes.NoteHit]) -> None:
        self.hits.clear()
        for hit in hits:
            lines = [describe_target(self.corpus, hit.kind, hit.key, claim_label)]
            if hit.tags:
                lines.append("Tags: " + ", ".join(hit.tags))
            if hit.body.strip():
                rendered = render_markdown(hit.body)
                lines.append(" ".join(QTextDocumentFragment.fromHtml(rendered).toPlainText().split()))
            item = QListWidgetItem("\n".join(lines))
            item.setToolTip(rendered if hit.body.strip() else "")
            item.setData(Qt.ItemDataRole.UserRole, (hit.kind, hit.key))
            self.hits.addItem(item)

    def _on_hit_activated(self, item: QListWidgetItem) -> None:
        kind, key = item.data(Qt.ItemDataRole.UserRole)
        self.target_requested.emit(kind, key)
