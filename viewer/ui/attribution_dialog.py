"""Edit one attribution: how it is reported, whether it was made, who said it, their role and what kind of speaker they are."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from viewer.analysis.model import ATTRIBUTION_KINDS, SPEAKER_KINDS, UNSAID_WORDS
from viewer.analysis.store import StoredAttribution

KIND_LABELS = {"direct": "Direct quote", "indirect": "Reported speech", "according-to": "“According to …”",
               "belief": "Belief or intention"}
KINDS = tuple((kind, KIND_LABELS[kind]) for kind in ATTRIBUTION_KINDS)
SPEAKER_KIND_LABELS = tuple((kind, kind.capitalize()) for kind in SPEAKER_KINDS)
# "" is a report made; a report not made ("Police did not say whether…") is kept but is no statement of the speaker's
MADE = (("", "Made: the speaker said this"),
        *((negation, f"Not made: the speaker {words} this") for negation, words in UNSAID_WORDS.items()))
FIELD_CHARS = 48  # "Chicago Police Department spokesman" whole (the boxes showed "ago Police spokesman")


class AttributionDialog(QDialog):
    """Only the fields the researcher changed become the correction (an untouched field stays the analysis's)."""

    def __init__(self, a: StoredAttribution, speaker_kind: str, content: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Edit attribution")
        self._before = {"kind": a.kind, "negation": a.negation or "", "speaker_name": a.speaker_name or "",
                        "speaker_role": a.speaker_role or "", "speaker_kind": speaker_kind}
        quoted = QLabel(f"“{content if len(content) < 300 else content[:297] + '…'}”")
        quoted.setWordWrap(True)
        self.kind = _combo(KINDS, a.kind)
        self.negation = _combo(MADE, a.negation or "")
        self.speaker_name = QLineEdit(a.speaker_name or "", placeholderText="who said it")
        self.speaker_role = QLineEdit(a.speaker_role or "", placeholderText="e.g. Mariupol mayor (optional)")
        self.speaker_kind = _combo(SPEAKER_KIND_LABELS, speaker_kind)
        for box in (self.speaker_name, self.speaker_role):
            box.setMinimumWidth(box.fontMetrics().averageCharWidth() * FIELD_CHARS)
            box.setCursorPosition(0)  # a name longer than the box shows its beginning
        form = QFormLayout(self)
        form.addRow(quoted)
        form.addRow("&Reported as:", self.kind)
        form.addRow("Report &made:", self.negation)
        form.addRow("&Speaker:", self.speaker_name)
        form.addRow("R&ole:", self.speaker_role)
        form.addRow("Speaker &is a:", self.speaker_kind)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.speaker_name.setFocus()

    def values(self) -> dict[str, str]:
        return {"kind": self.kind.currentData(), "negation": self.negation.currentData(),
                "speaker_name": self.speaker_name.text().strip(),
                "speaker_role": self.speaker_role.text().strip(), "speaker_kind": self.speaker_kind.currentData()}

    def changes(self) -> dict[str, str | None]:
        """The edited fields, as the `edit-attribution` correction takes them (an emptied role is None, and so is
        the negation of a report now made)."""
        out: dict[str, str | None] = {}
        for name, value in self.values().items():
            if value != self._before[name] and not (name == "speaker_name" and not value):
                out[name] = value or None
        return out


def _combo(choices: tuple[tuple[str, str], ...], current: str) -> QComboBox:
    box = QComboBox()
    for value, label in choices:
        box.addItem(label, value)
    if box.findData(current) < 0:
        box.addItem(current, current)
    box.setCurrentIndex(box.findData(current))
    return box
