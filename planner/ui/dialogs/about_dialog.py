"""Help → About: the planner's name, version, licence and where its data lives."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from planner import APP_NAME, __version__
from planner.paths import data_dir
from planner.ui.theme import app_icon


def _tr(text: str) -> str:
    return QCoreApplication.translate("AboutDialog", text)


def about_html(db_path: Path | None) -> str:
    """The dialog's text: version, the open plan file and the per-user data folder."""
    plan = html.escape(str(db_path)) if db_path is not None else _tr("in memory (not saved)")
    return (
        f"<h2>{html.escape(APP_NAME)}</h2>"
        f"<p>{_tr('Version')} {html.escape(__version__)}</p>"
        f"<p>{_tr('Plan touch-points with dream clients and existing accounts, offline.')}</p>"
        f"<p><b>{_tr('This plan:')}</b><br>{plan}</p>"
        f"<p><b>{_tr('Data folder (backups, demo plan):')}</b><br>"
        f"{html.escape(str(data_dir()))}</p>"
        f"<p>{_tr('Licence: GNU General Public License, version 3 or later.')}</p>"
    )


class AboutDialog(QDialog):
    """The planner's icon beside its version, the open plan file and the data folder."""

    def __init__(self, db_path: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About %1").replace("%1", APP_NAME))
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
