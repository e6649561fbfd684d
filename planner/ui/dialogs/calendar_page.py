"""Settings → Calendar server: the address, user and app password, the calendar, connect/disconnect.

Everything that talks to the server runs on the calendar thread (CalendarSync.run); the page
only shows the answer in plain words. The password goes to the keychain through the calendar
code, or (without one) stays in memory for this run; it is never written to the settings.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.interchange.calendar_sync.account import read_account, read_password
from planner.interchange.calendar_sync.discover import ServerCalendar, list_calendars
from planner.interchange.calendar_sync.names import DEFAULT_CALENDAR
from planner.interchange.calendar_sync.sync import Connected, connect, disconnect, status
from planner.storage import Store
from planner.ui.calendar.runner import Outcome
from planner.ui.calendar.service import CalendarSync

CREATE = "\0create"  # the picker's entry for a new "Nurture plan" calendar


class CalendarPage(QWidget):
    """The Calendar server tab of the Settings dialog; its buttons act at once (no Save)."""

    def __init__(self, service: CalendarSync, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        intro = QLabel(
            self.tr(
                "Publish the plan to your own calendar server (Nextcloud, Fastmail, iCloud, "
                "mailbox.org, Synology, Radicale…) so your phone shows it within minutes, and "
                "moves made on the phone come back into the plan. Use an app password. Google "
                "Calendar is not supported (it needs a Google sign-in); export a calendar file "
                "for it instead."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.url = QLineEdit(self)
        self.url.setPlaceholderText(self.tr("https://cloud.example.com/remote.php/dav/"))
        self.url.setAccessibleName(self.tr("Server address"))
        self.user = QLineEdit(self)
        self.user.setAccessibleName(self.tr("User name"))
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("App password"))
        self.password.setPlaceholderText(self.tr("kept in this computer's keychain"))
        self.calendar = QComboBox(self)
        self.calendar.setAccessibleName(self.tr("Calendar"))
        self.find_button = QPushButton(self.tr("&Find calendars"), self)
        picker = QHBoxLayout()
        picker.addWidget(self.calendar, 1)
        picker.addWidget(self.find_button)
        form = QFormLayout()
        form.addRow(self.tr("Server address:"), self.url)
        form.addRow(self.tr("User name:"), self.user)
        form.addRow(self.tr("App password:"), self.password)
        form.addRow(self.tr("Calendar:"), picker)

        self.test_button = QPushButton(self.tr("&Test connection"), self)
        self.connect_button = QPushButton(self.tr("Co&nnect"), self)
        self.disconnect_button = QPushButton(self.tr("&Disconnect…"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.test_button)
        buttons.addStretch(1)
        buttons.addWidget(self.connect_button)
        buttons.addWidget(self.disconnect_button)
        self.state = QLabel(self)
        self.state.setWordWrap(True)
        self.state.setTextFormat(Qt.TextFormat.PlainText)
        hint = QLabel(self.tr("These buttons act at once; Save and Cancel are for the other tabs."))
        hint.setWordWrap(True)
        hint.setEnabled(False)  # drawn in the quieter colour of a hint
        self.result = QLabel(self)
        self.result.setObjectName("calendarResult")
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.state)
        layout.addWidget(self.result)
        layout.addStretch(1)
        layout.addWidget(hint)

        self.busy = False
        self.disconnect_box: QMessageBox | None = None
        self.disconnect_choices: tuple[QPushButton, QPushButton] | None = None
        self.find_button.clicked.connect(self._on_find_button_clicked)
        self.test_button.clicked.connect(self._on_test_button_clicked)
        self.connect_button.clicked.connect(self._on_connect_button_clicked)
        self.disconnect_button.clicked.connect(self._on_disconnect_button_clicked)
        self.url.textChanged.connect(self._on_field_changed)
        self._fill_picker([])
        self.load()

    # What is connected now.

    def load(self) -> None:
        """Show this computer's connection for the plan (fields filled when connected)."""
        account = self.service.account()
        if account is not None:
            self.url.setText(account.url)
            self.user.setText(account.user)
            self._fill_picker([ServerCalendar(account.calendar_url, account.calendar_name)])
            self.state.setText(
                self.tr("Connected to {server} as {user}: calendar “{calendar}”.").format(
                    server=account.server, user=account.user or "—", calendar=account.calendar_name
                )
            )
        else:
            self.state.setText(self.tr("Not connected: the plan stays on this computer."))
        self._update_buttons()

    def _fill_picker(self, calendars: list[ServerCalendar]) -> None:
        self.calendar.clear()
        for found in calendars:
            self.calendar.addItem(found.name or found.url, found.name or found.url)
        if not any(c.name.casefold() == DEFAULT_CALENDAR.casefold() for c in calendars):
            self.calendar.addItem(
                self.tr("Create a “{name}” calendar").format(name=DEFAULT_CALENDAR), CREATE
            )

    def chosen_calendar(self) -> str:
        """The name to connect to ("Nurture plan", created when missing, for the create entry)."""
        value = self.calendar.currentData()
        return DEFAULT_CALENDAR if value in (None, CREATE) else str(value)

    def _update_buttons(self) -> None:
        connected = self.service.account() is not None
        has_url = bool(self.url.text().strip())
        for button in (self.find_button, self.test_button, self.connect_button):
            button.setEnabled(not self.busy and has_url)
        self.disconnect_button.setEnabled(not self.busy and connected)

    def _start(self, words: str) -> None:
        self.busy = True
        self.result.setText(words)
        self._update_buttons()

    def _finish(self, outcome: Outcome) -> bool:
        """Back from the server: True when it went well (else its plain message is shown)."""
        self.busy = False
        self._update_buttons()
        if outcome.error is not None:
            self.result.setText(outcome.message)
            return False
        return True

    def _password(self) -> str | None:
        return self.password.text() or self.service.password

    # Buttons.

    def find_calendars(self, *, test: bool = False) -> None:
        """List the server's calendars in the picker (`test`: say only whether it works)."""
        url, user, password = self.url.text(), self.user.text().strip(), self._password()
        self._start(self.tr("Asking the server…"))

        def job(store: Store) -> list[ServerCalendar]:
            secret = password
            account = read_account(store)
            if secret is None and account is not None and account.user == user:
                secret = read_password(store, account)  # the keychain's, for the same user
            return list_calendars(url, user, secret)

        def then(outcome: Outcome) -> None:
            if not self._finish(outcome):
                return
            found = outcome.value
            assert isinstance(found, list)
            if test:
                self.result.setText(
                    self.tr(
                        "The server answers and accepts the sign-in; it has %Ln calendar(s).",
                        "",
                        len(found),
                    )
                )
                return
            self._fill_picker(found)
            self.result.setText(self.tr("Found %Ln calendar(s); pick one.", "", len(found)))

        self.service.run(job, then)

    def connect_server(self) -> None:
        """Test the server, find or create the calendar, keep the connection; then sync."""
        url, user, password = self.url.text(), self.user.text().strip(), self._password()
        name = self.chosen_calendar()
        self._start(self.tr("Connecting…"))

        def job(store: Store) -> Connected:
            return connect(store, url, user, password, name)

        def then(outcome: Outcome) -> None:
            if not self._finish(outcome):
                return
            result = outcome.value
            assert isinstance(result, Connected)
            if password and not result.password_kept:
                self.service.password = password  # no keychain: kept for this run only
            self.password.clear()
            if result.created:
                words = self.tr("Connected; the calendar “{calendar}” was created.")
            else:
                words = self.tr("Connected to the calendar “{calendar}”.")
            self.result.setText(
                words.format(calendar=result.account.calendar_name)
                + " "
                + self.tr("The plan is being published now.")
            )
            self.load()
            self.service.reload()

        self.service.run(job, then)

    def ask_disconnect(self) -> QMessageBox:
        """Ask whether to remove the published events too; the answer disconnects."""
        published = status(self.service.store).published
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Disconnect the calendar server"))
        box.setText(
            self.tr(
                "Stop publishing the plan to this calendar. Remove the %Ln published event(s) "
                "from your calendar too?",
                "",
                published,
            )
        )
        remove = box.addButton(
            self.tr("&Remove them and disconnect"), QMessageBox.ButtonRole.DestructiveRole
        )
        keep = box.addButton(
            self.tr("&Keep them and disconnect"), QMessageBox.ButtonRole.AcceptRole
        )
        self.disconnect_choices = (remove, keep)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered() -> None:
            clicked = box.clickedButton()
            if clicked is remove:
                self.disconnect_server(remove_events=True)
            elif clicked is keep:
                self.disconnect_server(remove_events=False)

        box.finished.connect(answered)
        self.disconnect_box = box
        box.open()
        return box

    def disconnect_server(self, *, remove_events: bool) -> None:
        password = self.service.password
        self._start(self.tr("Disconnecting…"))

        def job(store: Store) -> int:
            return disconnect(store, remove_events=remove_events, password=password)

        def then(outcome: Outcome) -> None:
            if not self._finish(outcome):
                return
            removed = outcome.value
            assert isinstance(removed, int)
            self.service.password = None
            if remove_events:
                words = self.tr(
                    "Disconnected; %Ln event(s) removed from the calendar.", "", removed
                )
            else:
                words = self.tr("Disconnected; the events stay on the calendar.")
            self.result.setText(words)
            self.load()
            self.service.reload()

        self.service.run(job, then)

    def _on_find_button_clicked(self) -> None:
        self.find_calendars()

    def _on_test_button_clicked(self) -> None:
        self.find_calendars(test=True)

    def _on_connect_button_clicked(self) -> None:
        self.connect_server()

    def _on_disconnect_button_clicked(self) -> None:
        self.ask_disconnect()

    def _on_field_changed(self, _text: str) -> None:
        self._update_buttons()
