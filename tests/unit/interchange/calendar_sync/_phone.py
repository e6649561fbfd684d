"""A second client on the same calendar, as the rep's phone would be: the caldav library itself."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, timedelta
from typing import Any

import caldav
from icalendar import Calendar


class Phone:
    """Reads, moves, edits and deletes events on the calendar the plan publishes to."""

    def __init__(self, calendar_url: str, user: str = "rep", password: str = "") -> None:
        self.url, self.user, self.password = calendar_url, user, password

    @contextmanager
    def _calendar(self) -> Iterator[Any]:
        with caldav.DAVClient(
            url=self.url,
            username=self.user or None,
            password=self.password,
            enable_rfc6764=False,
        ) as client:
            yield client.calendar(url=self.url)

    def events(self) -> dict[str, Any]:
        """Every event on the calendar by UID (a UID seen twice fails the test)."""
        found: dict[str, Any] = {}
        with self._calendar() as calendar:
            for obj in calendar.events():
                for event in Calendar.from_ical(obj.data).walk("VEVENT"):
                    uid = str(event["UID"])
                    assert uid not in found, f"{uid} is on the calendar twice"
                    found[uid] = event
        return found

    def move(self, uid: str, start: datetime | date, *, summary: str | None = None) -> None:
        """Move an event (keeping its length) and optionally retitle it, as a phone does."""
        with self._calendar() as calendar:
            obj = calendar.get_event_by_uid(uid)
            parsed = Calendar.from_ical(obj.data)
            for event in parsed.walk("VEVENT"):
                old_start = event["DTSTART"].dt
                old_end = event["DTEND"].dt if "DTEND" in event else old_start
                length = old_end - old_start if old_end != old_start else timedelta(0)
                event.pop("DTSTART")
                event.pop("DTEND", None)
                event.add("DTSTART", start)
                if length:
                    event.add("DTEND", start + length)
                if summary is not None:
                    event.pop("SUMMARY")
                    event.add("SUMMARY", summary)
                event.pop("SEQUENCE", None)
                event.add("SEQUENCE", 99)
            obj.data = parsed.to_ical().decode("utf-8")
            obj.save()

    def delete(self, uid: str) -> None:
        with self._calendar() as calendar:
            calendar.get_event_by_uid(uid).delete()
