"""Help → About: the planner's name, version, licence and where its data lives."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from planner import APP_NAME, __version__
from planner.paths import data_dir
from planner.ui.i18n import translate
from planner.ui.theme import app_icon


def _text(text: str) -> str:
    """A translated sentence of the About text, escaped for the rich-text label."""
    return html.escape(text, quote=False)


def about_html(db_path: Path | None) -> str:
    """The dialog's text: version, the open plan file and the per-user data folder."""
    if db_path is not None:
        plan = html.escape(str(db_path))
    else:
        plan = _text(translate("AboutDialog", "in memory (not saved)"))
    version = translate("AboutDialog", "Version {version}").format(version=__version__)
    summary = translate(
        "AboutDialog", "Plan touch-points with dream clients and existing accounts, offline."
    )
    plan_title = translate("AboutDialog", "This plan:")
    folder_title = translate("AboutDialog", "Data folder (backups, demo plan):")
    licence = translate("AboutDialog", "Licence: GNU General Public License, version 3 or later.")
    return (
        f"<h2>{html.escape(APP_NAME)}</h2>"
        f"<p>{_text(version)}</p>"
        f"<p>{_text(summary)}</p>"
        f"<p><b>{_text(plan_title)}</b><br>{plan}</p>"
        f"<p><b>{_text(folder_title)}</b><br>"
        f"{html.escape(str(data_dir()))}</p>"
        f"<p>{_text(licence)}</p>"
    )


class AboutDialog(QDialog):
    """The planner's icon beside its version, the open plan file and the data folder."""

    def __init__(self, db_path: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About {name}").format(name=APP_NAME))
        icon = QLabel(self)
        icon.setPixmap(app_icon().pixmap(64, 64))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        icon.setAccessibleName(self.tr("Application icon"))
        self.text = QLabel(about_html(db_path), self)
        self.text.setObjectName("aboutText")
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.text.setMinimumWidth(420)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.setSpacing(16)
        row.addWidget(icon)
        row.addWidget(self.text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(buttons)
