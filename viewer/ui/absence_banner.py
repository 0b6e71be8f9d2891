"""The banner a pane shows when none of its passages is linked to the selected claim.

Linking misses paraphrases, so the banner never says the source is silent: it says nothing
was linked and, when the analysis stored vectors, names the passages nearest in meaning
(`analysis.closest_passages`), best first, with a way to step through them, see each in the text
and link it in one gesture: the best is the right passage in about six cases of ten, one of the
best three in about eight.

Whole, the banner took 177 of a 420-px pane at 1280×800 with three articles open (window40's walk), on nearly every
claim picked. It opens folded: at most FOLDED_LINES lines saying that nothing was linked and the closest passage's
opening words, cut with "…"; the whole text is in its tooltip, and the fold button or a click on the words shows it.
"""
from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QRect, Qt, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QBoxLayout, QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from viewer.analysis.claim_sources import SourceJudgement
from viewer.analysis.closest_passages import ClosestPassage
from viewer.provenance.plain_text import quoted
from viewer.provenance.wording import claim_label
from viewer.ui.fold_button import FoldButton

FOLDED_LINES = 3
FOLDED_TIP = "Show the whole explanation"
UNFOLDED_TIP = "Fold the explanation to its first lines"


class AbsenceBanner(QFrame):
    """"No passage linked to claim [N]", and the closest passages with Next, Show and Link buttons."""

    show_requested = Signal()
    link_requested = Signal()
    next_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("absent-banner")
        self.setStyleSheet("#absent-banner { background: #fff3cd; border: 1px solid #e0c060; }"
                           " QLabel { color: #5c4400; }")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.installEventFilter(self)  # a click on the folded words unfolds them
        self.folded = True
        self.kept = 0  # how much of the folded summary is never cut
        self.whole = ""  # the banner's whole text (rich), shown unfolded
        self.summary = ""  # what it says folded, before it is cut to FOLDED_LINES
        self.fold_button = FoldButton(self.fold, FOLDED_TIP, UNFOLDED_TIP)
        self.show_button = QPushButton()
        self.show_button.setToolTip("Scroll to the closest passage and outline it (it is not linked)")
        self.show_button.clicked.connect(self.show_requested)
        self.link_button = QPushButton()
        self.link_button.clicked.connect(self.link_requested)
        self.next_button = QPushButton()
        self.next_button.clicked.connect(self.next_requested)
        # each button's whole label and the short one a narrow pane shows on one row (the tooltip says the rest)
        self.labels = {self.next_button: ("Next closest", "Next"), self.show_button: ("Show in the text", "Show"),
                       self.link_button: ("", "")}
        self.show_button.setText(self.labels[self.show_button][0])
        self._padding = self.show_button.sizeHint().width() - self.show_button.fontMetrics().horizontalAdvance(
            self.show_button.text())  # the frame and margins of a push button around its label
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.fold_button)
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.next_button)
        self.buttons.addWidget(self.show_button)
        self.buttons.addWidget(self.link_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.label)
        layout.addLayout(self.buttons)
        self.passages: list[ClosestPassage] = []
        self.shown = 0  # which of the passages the banner names
        self.claim_id: int | None = None
        self.judged: SourceJudgement | None = None  # the researcher's word that this source does not carry the claim
        self.unread = ""  # why the analysis never read this source (`say_unread`)
        self.fold(True)
        self.hide()

    @property
    def passage(self) -> ClosestPassage | None:
        """The passage the banner names now, which Show and Link act on."""
        return self.passages[self.shown] if self.passages else None

    def say(self, claim_id: int, passages: list[ClosestPassage], judged: SourceJudgement | None = None) -> None:
        """What the analysis knows about this source and the claim, never more; or, where the researcher judged
        that the source does not carry it (``judged``), that, which every relink keeps true."""
        self.claim_id, self.passages, self.shown, self.judged = claim_id, list(passages), 0, judged
        self._render()

    def say_unread(self, reason: str, claim_id: int | None) -> None:
        """A source the analysis refuses (too long): why, and that no claim can be linked in it, rather than
        "nothing linked", which would say it was read, or "not analysed yet", which Analyse never changes."""
        self.claim_id, self.passages, self.shown, self.unread, self.judged = claim_id, [], 0, reason, None
        self._render()

    def next_passage(self) -> None:
        """Name the next closest passage, back to the best after the last."""
        if self.passages:
            self.shown = (self.shown + 1) % len(self.passages)
            self._render()

    def _render(self) -> None:
        passage, claim_id = self.passage, self.claim_id
        if self.unread:
            linked = f"No passage of this source is linked to claim {claim_label(claim_id)}: it" if claim_id is not None else "This document"
            lines = [html.escape(f"{linked} is {self.unread}.")]
        elif self.judged is not None:
            day = self.judged.made[:10]
            lines = [f"<b>This source does not carry claim {claim_label(claim_id)}</b>: corrected by you on {day}. No passage of it "
                     "joins the claim, whatever a new analysis finds (Edit → Undo takes it back in this session)."]
        else:
            lines = [f"No passage of this source was linked to claim {claim_label(claim_id)}: the analysis found none that "
                     "states it, which does not mean the source is silent."]
        if passage is not None:
            rank = f" {self.shown + 1} of {len(self.passages)}" if len(self.passages) > 1 else ""
            words = html.escape(quoted(passage.excerpt()))
            lines.append(f"Closest passage{rank}, not linked ({passage.closeness()}): {words}")
            if self.judged is not None:
                self.labels[self.link_button] = (f"This passage carries claim {claim_label(claim_id)}", f"Carries {claim_label(claim_id)}")
                self.link_button.setToolTip("You were wrong about this source: this passage states the claim, so link"
                                            " it and take back “does not carry” (Edit → Undo undoes it)")
            else:
                self.labels[self.link_button] = (f"Link to claim {claim_label(claim_id)}", f"Link {claim_label(claim_id)}")
                self.link_button.setToolTip(f"This passage states claim {claim_label(claim_id)}: record the link"
                                            " (Edit → Undo takes it back)")
            following = (self.shown + 1) % len(self.passages) + 1
            self.next_button.setToolTip(f"Name the closest passage {following} of {len(self.passages)} instead")
        self.whole = "<br>".join(lines)
        self.summary = self._summary()
        self.label.setToolTip(self.text())
        self.label.setAccessibleDescription(self.text())  # a screen reader hears the whole, folded or not
        self._show_text()
        self.show_button.setVisible(passage is not None)
        self.link_button.setVisible(passage is not None)
        self.next_button.setVisible(len(self.passages) > 1)
        self._stack_buttons()  # the link button's label grows with the claim's number

    def _summary(self) -> str:
        """The banner's gist for its folded lines: nothing linked (or not carried), then the closest passage's words;
        ``kept``: how much of it is never cut (the judgement of the passage, up to its words)."""
        passage, claim = self.passage, claim_label(self.claim_id) if self.claim_id is not None else ""
        self.kept = 0
        if self.unread or passage is None:
            return self.text()
        said = (f"Not carried, by your correction: claim {claim}" if self.judged is not None
                else f"No passage linked to claim {claim} (it may be worded otherwise)")
        rank = f" {self.shown + 1} of {len(self.passages)}" if len(self.passages) > 1 else ""
        judged = f"{said}. Closest{rank} ({passage.closeness()}):"
        self.kept = len(judged)
        return f"{judged} {quoted(' '.join(passage.text.split()))}"

    def fold(self, folded: bool) -> None:
        """A few lines (the whole in the tooltip), or the whole explanation."""
        self.folded = folded
        self.fold_button.show_folded(folded)
        self.label.setCursor(Qt.CursorShape.PointingHandCursor if folded else Qt.CursorShape.ArrowCursor)
        self._show_text()

    def _show_text(self) -> None:
        if not self.folded:
            self.label.setTextFormat(Qt.TextFormat.RichText)
            self.label.setText(self.whole)
            return
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setText(self._cut(self.summary))

    def _cut(self, text: str) -> str:
        """The text cut with "…" at a word so that it wraps to FOLDED_LINES lines at the label's width, or to the
        lines its first ``kept`` letters need: cut there, "Closest (somewhat similar; may be an…" read as if the
        banner could not say what the passage may be (window45's walk, 1280 px, three articles)."""
        metrics = self.label.fontMetrics()
        width = max(self.label.width(), 60)

        def height(shown: str) -> int:
            return metrics.boundingRect(QRect(0, 0, width, 100000), Qt.TextFlag.TextWordWrap, shown).height()

        most = max(FOLDED_LINES * metrics.lineSpacing(), height(text[:self.kept] + " …") if self.kept else 0)

        def fits(shown: str) -> bool:
            return height(shown) <= most

        if fits(text):
            return text
        low, high = self.kept, len(text)  # the longest cut that fits
        while low < high:
            middle = (low + high + 1) // 2
            if fits(text[:middle].rstrip() + "…"):
                low = middle
            else:
                high = middle - 1
        cut = text[:low]
        space = cut.rfind(" ")
        cut = cut[:max(space, self.kept)] if space > len(cut) // 2 else cut
        return (cut if len(cut) <= self.kept else cut.rstrip(" ,;:")) + "…"

    def eventFilter(self, watched, event) -> bool:
        if watched is self.label and self.folded and event.type() == QEvent.Type.MouseButtonPress:
            self.fold(False)
            return True
        return False

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._stack_buttons()
        if self.folded:
            self._show_text()

    def _stack_buttons(self) -> None:
        """The buttons side by side with their whole labels while those fit, then with their short ones ("Next",
        "Show", "Link [3]"), and one above the other only where even those would be cut: squeezed into a 250 px pane
        they read "Show in the tex" and "ink to claim [3", and stacked they took 85 of a laptop pane's 440 px, leaving
        seven lines of the article the researcher had to read."""
        shown = [b for b in (self.next_button, self.show_button, self.link_button) if not b.isHidden()]
        margins = self.layout().contentsMargins()
        room = self.width() - margins.left() - margins.right() - self.fold_button.sizeHint().width() - self.buttons.spacing()
        spacing = self.buttons.spacing() * max(len(shown) - 1, 0)
        whole = sum(max(self._width(b, 0), b.minimumSizeHint().width()) for b in shown) + spacing
        short = sum(self._width(b, 1) for b in shown) + spacing
        which = 0 if whole <= room or short > room else 1
        for button, labels in self.labels.items():
            if button.text() != labels[which]:
                button.setText(labels[which])
            button.setAccessibleName(labels[0])
            # a push button asks for 80 px whatever its label: a short label is let down to its own width
            least = self._width(button, 1) if which else 0
            if button.minimumWidth() != least:
                button.setMinimumWidth(least)
        direction = QBoxLayout.Direction.LeftToRight if which or whole <= room else QBoxLayout.Direction.TopToBottom
        if self.buttons.direction() != direction:
            self.buttons.setDirection(direction)

    def _width(self, button: QPushButton, which: int) -> int:
        """What the button needs to show its whole (0) or short (1) label uncut."""
        return button.fontMetrics().horizontalAdvance(self.labels[button][which]) + self._padding

    def text(self) -> str:
        """The banner's whole text, folded or not, as plain text (what a screen reader and the tests read)."""
        plain = QTextDocument()
        plain.setHtml(self.whole)
        return plain.toPlainText()
