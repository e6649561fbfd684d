"""Publishing the plan to the rep's own calendar server (CalDAV), both ways, offline first.

The API for the app and the command line (all of it Qt-free and blocking: call it from a
worker thread, never the GUI thread; each call opens its own connection to the server):

- `account.connect(store, url, user, password, calendar_name)` tests the server, finds or
  creates the calendar and keeps the connection in this machine's settings for the plan
  (never in the plan file) and the password in the OS keychain.
- `sync.sync(store)` pushes the outbox and pulls the calendar's changes; returns a
  `SyncReport`. Raises `CalendarUnreachableError` (changes stay queued) or `CalendarRefusedError`.
- `sync.status(store)` says what is connected and waiting, without any network access.
- `sync.take_calendar_version(store, conflict_id)` settles a conflict the calendar's way.
- `account.disconnect(store, remove_events=...)` forgets the connection (and the password).
"""
