"""Help → About: name, icon, version, and the licences of everything the installers bundle.

The Qt notice is required by the LGPLv3 (Qt and PySide6 are LGPL): it says where the licence
texts are, where to get the Qt source, and how to replace the Qt libraries of an installed copy.
"""
from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QIcon, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from viewer import __version__
from viewer.analysis.pipeline import ANALYSER_VERSION
from viewer.corpus.dating import READER_VERSION
from viewer.corpus.text_reader import versions_said
from viewer.corpus.migrations import LATEST
from viewer.licences import QT_NOTICE, components, installed_version
from viewer.resources import resources_dir

APP_NAME = "Provenance Viewer"


def app_icon() -> QIcon:
    """The application icon, from viewer/resources/icons (several sizes, so small ones stay crisp)."""
    icons = resources_dir() / "icons"
    icon = QIcon()
    for name in ("provenance-16.png", "provenance-32.png", "provenance-48.png", "provenance.png"):
        if (icons / name).exists():
            icon.addFile(str(icons / name))
    return icon


def method_versions() -> str:
    """What a researcher cites beside a finding: another analysis or date reader may link or date otherwise."""
    return (f"Analysis version {ANALYSER_VERSION}, date reader {READER_VERSION}, text readers ({versions_said()}),"
            f" corpus schema {LATEST}:"
            " cite them with findings; a corpus analysed by another version is analysed again when next analysed.")


def licences_html() -> str:
    """The components table and the Qt notice, as the dialog shows them."""
    rows = []
    for component in components():
        version = installed_version(component) or ""
        if component.name == "Qt 6":
            version = qVersion()
        note = f"<br><small>{escape(component.note)}</small>" if component.note else ""
        rows.append(
            f"<tr><td>{escape(component.name)}{note}</td><td>{escape(version)}</td>"
            f"<td>{escape(component.licence)}</td><td><small>{escape(component.url)}</small></td></tr>"
        )
    return (
        "<table cellspacing='0' cellpadding='3'>"
        "<tr><th align='left'>Component</th><th align='left'>Version</th><th align='left'>Licence</th>"
        "<th align='left'>Home</th></tr>" + "".join(rows) + "</table>"
        f"<h4>Qt and PySide6 (LGPLv3)</h4><pre>{escape(QT_NOTICE)}</pre>"
    )


class AboutDialog(QDialog):
    """Who made the app and what it is built from; opened from Help → About."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"About {APP_NAME}")
        self.setWindowIcon(app_icon())
        self.resize(760, 560)

        picture = QLabel()
        picture.setPixmap(QPixmap(str(resources_dir() / "icons" / "provenance.png")).scaled(
            72, 72, Qt.KeepAspectRatio, Qt.SmoothTransformation))
        title = QLabel(
            f"<h2>{APP_NAME}</h2><p>Version {escape(__version__)}</p>"
            f"<p><small>{escape(method_versions())}</small></p>"
            "<p>Compare news reports of the same events: who claimed what, where, and how the reports "
            "differ. Works offline; it never opens a network connection.</p>"
            "<p>Provenance Viewer is free software under the MIT licence.</p>"
        )
        title.setObjectName("aboutTitle")
        title.setWordWrap(True)
        title.setTextInteractionFlags(Qt.TextSelectableByMouse)
        header = QHBoxLayout()
        header.addWidget(picture, 0, Qt.AlignTop)
        header.addWidget(title, 1)

        self.licences = QTextBrowser()
        self.licences.setOpenLinks(False)  # nothing in here reaches the network
        self.licences.setHtml(licences_html())

        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        folder = QPushButton("Licence texts…")
        folder.setToolTip(str(resources_dir() / "licences"))
        folder.clicked.connect(self._on_licence_texts_requested)
        about_qt = QPushButton("About Qt…")
        about_qt.clicked.connect(lambda: QMessageBox.aboutQt(self, "About Qt"))
        buttons.addButton(folder, QDialogButtonBox.ActionRole)
        buttons.addButton(about_qt, QDialogButtonBox.ActionRole)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.licences, 1)
        layout.addWidget(buttons)

    def _on_licence_texts_requested(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(resources_dir() / "licences")))
