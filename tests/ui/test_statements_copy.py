"""Ctrl+C and the right-click menu in the attribution panel copy who said what as a researcher cites it.

window39's walk: copy there was Qt's default, the statement cell alone (cut at 400 characters), with no speaker,
article or date."""
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from viewer.analysis import store
from viewer.ui.statements_copy import COPY


def _expanded(qtbot, w, speaker_name: str):
    panel = w.attribution_panel
    row = panel.model.speaker_row(speaker_name)
    speaker = panel.model.index(row, 0)
    panel.view.expand(speaker)
    panel.view.setFocus()
    qtbot.waitUntil(panel.view.hasFocus)
    return panel, speaker


def _relayed(corpus):
    """A statement the article has from an agency, and its speaker as the corpus resolved them."""
    speakers = {s.id: s for s in store.speakers(corpus, None, None)}
    statement = next(a for a in store.attributions(corpus) if a.via and a.speaker_id in speakers)
    return statement, speakers[statement.speaker_id]


def test_ctrl_c_on_a_relayed_statement_copies_speaker_cue_words_article_date_and_relays(qtbot, sample_corpus,
                                                                                         shown_window):
    statement, speaker = _relayed(sample_corpus)
    w = shown_window(sample_corpus)
    panel, speaker_index = _expanded(qtbot, w, speaker.name)
    row = next(r for r in range(panel.model.rowCount(speaker_index))
               if panel.model.statement(panel.model.index(r, 0, speaker_index)).id == statement.id)
    panel.view.setCurrentIndex(panel.model.index(row, 0, speaker_index))
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(panel.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    copied = QGuiApplication.clipboard().text()
    document = sample_corpus.document(statement.document_id)
    words = " ".join(statement.content.text_of(document.text).split())
    cue = " ".join(statement.cue.text_of(document.text).split())
    first, source, relays = copied.split("\n")
    assert first.startswith(speaker.name) and f", {cue}: “{words}" in first, first
    assert source.startswith(f"  in “{' '.join(document.title.split())}") and f"(d{document.id}), " in source, source
    assert relays == "  relayed: " + " ← ".join([*relays[len("  relayed: "):].split(" ← ")[:1],
                                                 *(f"{r.name} ({r.cue})" for r in statement.via), speaker.name])
    assert "Copied 1 statement of 1 speaker in 1 source" in w.statusBar().currentMessage()


def test_a_selected_speaker_copies_every_statement_listed_under_them_and_the_menu_offers_it_first(
        qtbot, sample_corpus, shown_window):
    statement, speaker = _relayed(sample_corpus)
    w = shown_window(sample_corpus)
    panel, speaker_index = _expanded(qtbot, w, speaker.name)
    panel.view.selectionModel().clearSelection()
    panel.view.setCurrentIndex(speaker_index)
    menu = panel.context_menu(panel.view.visualRect(speaker_index).center())
    assert menu.actions()[0].text() == COPY
    menu.actions()[0].trigger()
    menu.close()
    paragraphs = QGuiApplication.clipboard().text().split("\n\n")
    listed = panel.model.statements_of(panel.model.speaker(speaker_index))
    assert len(paragraphs) == len(listed) >= 1
    assert all(p.startswith(speaker.name) and "\n  in “" in p for p in paragraphs)
