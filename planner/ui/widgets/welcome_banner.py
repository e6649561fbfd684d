"""The welcome on an empty plan: what the app is for, with the demo and an import one click away."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from planner.ui.theme import INK_SOFT


class WelcomeBanner(QFrame):
    """Shown above the views while the plan is empty; the rep can also put it away."""

    demo_requested = Signal()
    import_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomeBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Welcome"))
        title = QLabel(self.tr("Welcome to Nurture Planner"), self)
        title.setObjectName("welcomeTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        title.setFont(font)
        body = QLabel(
            self.tr(
                "Your plan is empty. Look around in the demo plan first — it is kept apart from "
                "yours — or bring in your contacts and accounts from a LinkedIn export, a CSV "
                "file or vCards. Or start from scratch: add your first account under Accounts."
            ),
            self,
        )
        body.setObjectName("welcomeText")
        body.setWordWrap(True)
        body.setStyleSheet(f"color: {INK_SOFT};")
        self.demo_button = QPushButton(self.tr("Open the &demo plan"), self)
        self.demo_button.setObjectName("welcomeDemoButton")
        self.import_button = QPushButton(self.tr("&Import contacts or accounts…"), self)
        self.import_button.setObjectName("welcomeImportButton")
        self.close_button = QPushButton(self.tr("Start from scratch"), self)
        self.close_button.setObjectName("welcomeCloseButton")
        self.close_button.setFlat(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.demo_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 12, 18, 12)
        layout.addWidget(title)
        layout.addWidget(body)
        layout.addLayout(buttons)
        self.demo_button.clicked.connect(self.demo_requested)
        self.import_button.clicked.connect(self.import_requested)
        self.close_button.clicked.connect(self.hide)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
