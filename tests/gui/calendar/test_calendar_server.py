"""The calendar server in the window, against a real Radicale: connect, publish, follow, settle."""

from __future__ import annotations

import http.server
import shutil
import socket
import ssl
import subprocess
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer

from planner.domain.model import Channel, Company, Status, TouchPoint
from planner.domain.timing import FixedClock
from planner.interchange.calendar_sync import connection
from planner.interchange.calendar_sync.account import (
    CalendarAccount,
    read_account,
    write_account,
)
from planner.interchange.calendar_sync.sync import connect
from planner.interchange.ical_export import event_uid
from planner.storage import Store
from planner.ui.calendar.service import CalendarState, CalendarSync
from planner.ui.calendar.status_widget import status_text
from planner.ui.controller import Controller
from planner.ui.main_window import MainWindow
from planner.ui.window_state import save_window_state
from tests.conftest import TODAY
from tests.unit.interchange.calendar_sync._phone import Phone
from tests.unit.interchange.calendar_sync.conftest import PASSWORD_VARIABLE, Server, radicale

WAIT_MS = 60_000


@pytest.fixture(autouse=True)
def _no_keychain(monkeypatch: pytest.MonkeyPatch) -> None:
    """No OS keychain (keyring's 'fail' backend), as on a headless machine."""
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    monkeypatch.delenv(PASSWORD_VARIABLE, raising=False)


@pytest.fixture
def servers(tmp_path: Path) -> Iterator[Callable[..., Server]]:
    started: list[Server] = []

    def start(password: str = "") -> Server:
        folder = tmp_path / f"radicale-{len(started)}"
        folder.mkdir()
        server = radicale(folder, password=password)
        server.start()
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()


@pytest.fixture
def plan(tmp_path: Path, clock: FixedClock) -> Iterator[Store]:
    """A plan file with one account and three timed touch-points this week."""
    store = Store.open(tmp_path / "plan.db", clock)
    with store.transaction():
        company = store.companies.add(Company(name="Fabrikam"))
        assert company.id is not None
        for n in range(3):
            store.touchpoints.add(
                TouchPoint(
                    company_id=company.id,
                    day=TODAY + timedelta(days=n + 1),
                    time=time(10, 0),
                    tz="UTC",
                    channel=Channel.CALL,
                    title=f"Call {n + 1}",
                )
            )
    yield store
    store.close()


def _window(qtbot, store: Store, clock: FixedClock) -> MainWindow:
    assert store.path is not None
    window = MainWindow(Controller(store, clock), store.path)
    qtbot.addWidget(window)
    window.show()
    return window


def _close(window: MainWindow) -> None:
    window.close()  # ends the calendar thread


def _settled(service: CalendarSync) -> bool:
    return not service.busy and not service.state.syncing


def _sync(qtbot, service: CalendarSync) -> None:
    """Sync now and wait until it and any sync it starts are over."""
    before = service.syncs
    service.sync_now()
    qtbot.waitUntil(lambda: service.syncs > before and _settled(service), timeout=WAIT_MS)


def _connect_through_page(qtbot, window: MainWindow, server: Server, password: str = "") -> None:
    dialog = window.open_settings()
    page = dialog.calendar_page
    assert page is not None
    page.url.setText(server.url)
    page.user.setText("rep")
    page.password.setText(password)
    qtbot.mouseClick(page.find_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.busy, timeout=WAIT_MS)
    assert "Found 0 calendars" in page.result.text() or "Found 0 calendar" in page.result.text()
    assert page.chosen_calendar() == "Nurture plan"  # the "Create …" entry
    qtbot.mouseClick(page.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.busy, timeout=WAIT_MS)
    assert "Connected" in page.result.text(), page.result.text()
    assert "was created" in page.result.text()
    assert page.password.text() == ""
    assert page.disconnect_button.isEnabled()
    dialog.close()


def _ids(store: Store) -> list[int]:
    return sorted(tp.id for tp in store.touchpoints.all() if tp.id is not None)


def _day_shows(window: MainWindow, day: date, touchpoint_id: int) -> bool:
    column = window.week_view.column_for(day)
    assert column is not None
    return column.cards.model().row_of(touchpoint_id) is not None


def test_connect_publish_follow_a_move_on_the_phone_and_undo_it(
    qtbot, plan: Store, clock: FixedClock, servers: Callable[..., Server]
) -> None:
    server = servers()
    window = _window(qtbot, plan, clock)
    service = window.calendar.service
    button = window.calendar.status_button
    assert not button.isVisible()  # nothing connected: nothing said
    _connect_through_page(qtbot, window, server)
    qtbot.waitUntil(lambda: service.syncs >= 1 and _settled(service), timeout=WAIT_MS)
    assert service.state.last_sync is not None
    assert service.state.waiting == 0
    assert button.isVisible()
    assert button.text() == "Calendar up to date · just now"
    account = read_account(plan)
    assert account is not None
    phone = Phone(account.calendar_url)
    assert len(phone.events()) == 3

    first = _ids(plan)[0]
    uid = event_uid(first, plan.database_id)
    moved_to = TODAY + timedelta(days=4)
    assert _day_shows(window, TODAY + timedelta(days=1), first)
    phone.move(
        uid,
        clock.moment.replace(year=moved_to.year, month=moved_to.month, day=moved_to.day, hour=15),
    )
    _sync(qtbot, service)
    assert plan.touchpoints.get(first).day == moved_to
    assert plan.touchpoints.get(first).time == time(15, 0)
    stack = window.controller.undo_stack
    assert stack.undoText() == "Moved on your calendar"
    qtbot.waitUntil(lambda: _day_shows(window, moved_to, first), timeout=WAIT_MS)

    window.activateWindow()
    window.undo_action.trigger()  # Ctrl+Z
    assert plan.touchpoints.get(first).day == TODAY + timedelta(days=1)
    assert _day_shows(window, TODAY + timedelta(days=1), first)
    # The revert is queued and the next sync (started by the change) publishes it.
    assert service.state.waiting == 1
    qtbot.waitUntil(lambda: service.state.waiting == 0 and _settled(service), timeout=WAIT_MS)
    start = phone.events()[uid]["DTSTART"].dt
    assert (start.date(), start.hour) == (TODAY + timedelta(days=1), 10)
    _close(window)


def test_offline_the_status_bar_says_what_waits_and_the_gui_keeps_turning(
    qtbot,
    plan: Store,
    clock: FixedClock,
    servers: Callable[..., Server],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    server = servers()
    connect(plan, server.url, "rep")
    window = _window(qtbot, plan, clock)
    service = window.calendar.service
    qtbot.waitUntil(lambda: service.syncs >= 1 and _settled(service), timeout=WAIT_MS)
    assert service.state.waiting == 0
    server.stop()
    # In its place a server that takes the connection and never answers: the sync hangs.
    monkeypatch.setattr(connection, "TIMEOUT_SECONDS", 600)
    silent = socket.socket()
    silent.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    silent.bind(("127.0.0.1", server.port))
    silent.listen(8)
    try:
        first, second = _ids(plan)[:2]
        window.controller.move_touchpoint(first, TODAY + timedelta(days=5))
        window.controller.move_touchpoint(second, TODAY + timedelta(days=5))
        assert service.state.waiting == 2
        service.sync_now()
        assert service.state.syncing
        assert window.calendar.status_button.text() == "Syncing with your calendar…"
        # While the request hangs on its thread, the GUI thread keeps handling events.
        turned: list[bool] = []
        QTimer.singleShot(0, lambda: turned.append(service.state.syncing))
        qtbot.waitUntil(lambda: bool(turned), timeout=WAIT_MS)
        assert turned == [True]
        window.controller.move_touchpoint(_ids(plan)[2], TODAY + timedelta(days=5))
        assert service.state.waiting == 3
    finally:
        silent.close()  # the hanging connection is reset: the server is gone
    qtbot.waitUntil(lambda: _settled(service) and service.state.offline, timeout=WAIT_MS)
    assert window.calendar.status_button.text() == "Offline — 3 changes waiting"
    # The server comes back: the next sync publishes everything that waited.
    server.start()
    _sync(qtbot, service)
    assert service.state.waiting == 0
    assert not service.state.offline
    account = read_account(plan)
    assert account is not None
    days = {e["DTSTART"].dt.date() for e in Phone(account.calendar_url).events().values()}
    assert days == {TODAY + timedelta(days=5)}
    _close(window)


def test_a_wrong_password_gets_a_plain_message(
    qtbot, plan: Store, clock: FixedClock, servers: Callable[..., Server]
) -> None:
    server = servers(password="right horse")
    window = _window(qtbot, plan, clock)
    dialog = window.open_settings()
    page = dialog.calendar_page
    assert page is not None
    page.url.setText(server.url)
    page.user.setText("rep")
    page.password.setText("wrong horse")
    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.busy, timeout=WAIT_MS)
    assert page.result.text() == (
        f"The calendar server at http://127.0.0.1:{server.port} refused the user name or password."
    )
    page.url.setText("http://calendar.example.com/")
    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.busy, timeout=WAIT_MS)
    assert "without encryption" in page.result.text()
    assert read_account(plan) is None
    dialog.close()
    _close(window)


def test_the_password_is_asked_once_per_start_and_never_written(
    qtbot,
    plan: Store,
    clock: FixedClock,
    servers: Callable[..., Server],
    tmp_path: Path,
) -> None:
    secret = "correct horse battery"
    server = servers(password=secret)
    window = _window(qtbot, plan, clock)
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    _connect_through_page(qtbot, window, server, password=secret)
    service = window.calendar.service
    qtbot.waitUntil(lambda: service.syncs >= 1 and _settled(service), timeout=WAIT_MS)
    assert service.state.last_sync is not None
    assert not service.state.error
    save_window_state(window, settings)
    settings.sync()
    _close(window)

    # The next start: no keychain, so the password is asked for (once), then the sync runs.
    again = _window(qtbot, plan, clock)
    service = again.calendar.service
    qtbot.waitUntil(lambda: again.calendar.password_dialog is not None, timeout=WAIT_MS)
    dialog = again.calendar.password_dialog
    assert dialog is not None
    dialog.password.setText(secret)
    dialog.accept()
    qtbot.waitUntil(
        lambda: _settled(service) and service.state.last_sync is not None, timeout=WAIT_MS
    )
    assert not service.state.error
    _close(again)

    # Nowhere on disk: not the window's settings, not this machine's settings, not the plan.
    folders = [tmp_path, *(Path(p) for p in _user_folders())]
    for folder in folders:
        for path in folder.rglob("*"):
            if path.is_file() and "radicale" not in str(path):
                assert secret.encode() not in path.read_bytes(), path


def _user_folders() -> list[str]:
    import os

    return [os.environ[n] for n in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME")]


def _connected(qtbot, plan: Store, clock: FixedClock, server: Server) -> tuple[MainWindow, Phone]:
    result = connect(plan, server.url, "rep")
    window = _window(qtbot, plan, clock)
    service = window.calendar.service
    qtbot.waitUntil(lambda: service.syncs >= 1 and _settled(service), timeout=WAIT_MS)
    return window, Phone(result.account.calendar_url)


def test_the_words_follow_the_state_and_the_time() -> None:
    synced = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
    state = CalendarState(connected=True, last_sync=synced)
    assert status_text(state, synced + timedelta(seconds=20)) == "Calendar up to date · just now"
    assert status_text(state, synced + timedelta(minutes=2)) == "Calendar up to date · 2 min ago"
    assert status_text(state, synced + timedelta(hours=3)) == "Calendar up to date · 3 h ago"
    assert status_text(state, synced + timedelta(days=1)) == "Calendar up to date · 1 day ago"
    assert status_text(CalendarState(connected=False), synced) == ""
    offline = CalendarState(connected=True, offline=True, waiting=1, conflicts=2)
    assert status_text(offline, synced) == "Offline — 1 change waiting · 2 conflicts"
    assert status_text(CalendarState(connected=True, syncing=True), synced) == (
        "Syncing with your calendar…"
    )


def test_a_conflict_is_listed_and_the_calendars_version_taken_in_one_undoable_click(
    qtbot, plan: Store, clock: FixedClock, servers: Callable[..., Server]
) -> None:
    window, phone = _connected(qtbot, plan, clock, servers())
    service = window.calendar.service
    first = _ids(plan)[0]
    uid = event_uid(first, plan.database_id)
    # Both sides change the same touch-point before the next sync: the plan wins.
    there = datetime.combine(TODAY + timedelta(days=3), time(16, 0), tzinfo=UTC)
    phone.move(uid, there)
    here = TODAY + timedelta(days=2)
    window.controller.move_touchpoint(first, here)
    _sync(qtbot, service)
    assert plan.touchpoints.get(first).day == here
    assert service.state.conflicts == 1
    assert "1 conflict" in window.calendar.status_button.text()

    qtbot.mouseClick(window.calendar.status_button, Qt.MouseButton.LeftButton)
    panel = window.calendar.panel
    assert panel is not None
    assert panel.conflicts.count() == 1
    assert panel.conflicts.item(0).text().startswith("Call 1: kept on ")
    assert panel.take_button.isEnabled()
    qtbot.mouseClick(panel.take_button, Qt.MouseButton.LeftButton)
    taken = plan.touchpoints.get(first)
    assert (taken.day, taken.time) == (there.date(), time(16, 0))
    assert window.controller.undo_stack.undoText() == "Take the calendar's version"
    assert panel.conflicts.item(0).text() == "No conflicts."
    assert not panel.take_button.isEnabled()
    assert service.state.conflicts == 0
    window.undo_action.trigger()
    assert plan.touchpoints.get(first).day == here
    panel.close()
    _close(window)


def test_an_event_deleted_on_the_phone_is_cancelled_with_a_note_undoably(
    qtbot, plan: Store, clock: FixedClock, servers: Callable[..., Server]
) -> None:
    window, phone = _connected(qtbot, plan, clock, servers())
    service = window.calendar.service
    gone = _ids(plan)[1]
    phone.delete(event_uid(gone, plan.database_id))
    _sync(qtbot, service)
    cancelled = plan.touchpoints.get(gone)
    assert cancelled.status is Status.CANCELLED
    assert "Deleted on your calendar" in cancelled.notes
    assert window.controller.undo_stack.undoText() == "Deleted on your calendar"
    window.undo_action.trigger()
    assert plan.touchpoints.get(gone).status is Status.PLANNED
    qtbot.waitUntil(lambda: service.state.waiting == 0 and _settled(service), timeout=WAIT_MS)
    assert event_uid(gone, plan.database_id) in phone.events()  # published again
    _close(window)


def test_disconnect_asks_and_can_remove_the_published_events(
    qtbot, plan: Store, clock: FixedClock, servers: Callable[..., Server]
) -> None:
    window, phone = _connected(qtbot, plan, clock, servers())
    assert len(phone.events()) == 3
    dialog = window.open_settings()
    page = dialog.calendar_page
    assert page is not None
    assert page.state.text().startswith("Connected to http://127.0.0.1:")
    qtbot.mouseClick(page.disconnect_button, Qt.MouseButton.LeftButton)
    box = page.disconnect_box
    assert box is not None
    assert "Remove the 3 published events" in box.text()
    assert page.disconnect_choices is not None
    remove, _keep = page.disconnect_choices
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.busy, timeout=WAIT_MS)
    assert page.result.text() == "Disconnected; 3 events removed from the calendar."
    assert phone.events() == {}
    assert read_account(plan) is None
    assert page.state.text().startswith("Not connected")
    assert not window.calendar.status_button.isVisible()
    dialog.close()
    _close(window)


def test_a_sync_that_pulls_nothing_does_not_reload_the_window(
    qtbot, plan: Store, clock: FixedClock, servers: Callable[..., Server]
) -> None:
    window, _phone = _connected(qtbot, plan, clock, servers())
    service = window.calendar.service
    window.external_changes.check()
    revision = window.controller.revision
    _sync(qtbot, service)  # writes its time into the plan file, through its own connection
    assert window.external_changes.check() is False
    assert window.controller.revision == revision
    _close(window)


def test_one_sync_at_a_time_and_a_request_meanwhile_runs_once_afterwards(
    qtbot, plan: Store, clock: FixedClock, servers: Callable[..., Server]
) -> None:
    window, _phone = _connected(qtbot, plan, clock, servers())
    service = window.calendar.service
    before = service.syncs
    for _ in range(3):
        service.sync_now()
    assert service.syncs == before + 1  # the others wait for it
    qtbot.waitUntil(lambda: service.syncs == before + 2 and _settled(service), timeout=WAIT_MS)
    assert service.syncs == before + 2
    _close(window)


def test_a_certificate_that_does_not_verify_is_said_so_not_offline(
    qtbot, plan: Store, clock: FixedClock, tmp_path: Path
) -> None:
    if shutil.which("openssl") is None:
        pytest.skip("openssl makes the test certificate")
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    request = ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1"]
    subject = ["-subj", "/CN=localhost", "-keyout", str(key), "-out", str(cert)]
    subprocess.run([*request, *subject], check=True, capture_output=True)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), http.server.BaseHTTPRequestHandler)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"https://localhost:{server.server_address[1]}/"
        write_account(plan, CalendarAccount(url, "rep", url + "rep/plan/", "Nurture plan"))
        window = _window(qtbot, plan, clock)
        service = window.calendar.service
        _sync(qtbot, service)
        assert not service.state.offline
        assert "certificate" in window.calendar.status_button.full_text
        _close(window)
    finally:
        server.shutdown()
        server.server_close()
