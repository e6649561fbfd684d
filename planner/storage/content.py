"""The content library and the send log, rows ↔ ContentItem and ContentSend values."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from planner.domain.errors import NotFoundError, ValidationError
from planner.domain.model import (
    CompanyKind,
    ContactLevel,
    ContentItem,
    ContentKind,
    ContentSend,
    ContentSummary,
    SearchHit,
)
from planner.domain.text import QT_TRANSLATE_NOOP
from planner.storage.db import Database
from planner.storage.rows import d2s, enum_list, like_pattern, list_of, s2d, strings

_COLUMNS = (
    "id",
    "title",
    "kind",
    "link",
    "topics",
    "segment_kinds",
    "segment_levels",
    "segment_industries",
    "notes",
)
_SELECT = f"SELECT {', '.join('i.' + c for c in _COLUMNS)} FROM content_items i"

_NO_ITEM = QT_TRANSLATE_NOOP("Errors", "There is no content item with id {id}.")


def _to_row(item: ContentItem) -> dict[str, Any]:
    return {
        "title": item.title.strip(),
        "kind": str(item.kind),
        "link": item.link,
        "topics": enum_list(item.topics),
        "segment_kinds": enum_list(item.segment_kinds),
        "segment_levels": enum_list(item.segment_levels),
        "segment_industries": enum_list(item.segment_industries),
        "notes": item.notes,
    }


def _from_row(row: Any) -> ContentItem:
    r = dict(zip(_COLUMNS, row[: len(_COLUMNS)], strict=True))
    return ContentItem(
        id=r["id"],
        title=r["title"],
        kind=ContentKind(r["kind"]),
        link=r["link"],
        topics=strings(r["topics"]),
        segment_kinds=list_of(r["segment_kinds"], CompanyKind),
        segment_levels=list_of(r["segment_levels"], ContactLevel),
        segment_industries=strings(r["segment_industries"]),
        notes=r["notes"],
    )


def _send(row: Any) -> ContentSend:
    sent_on = s2d(row[3])
    assert sent_on is not None
    return ContentSend(
        id=row[0], content_id=row[1], contact_id=row[2], sent_on=sent_on, touchpoint_id=row[4]
    )


_SEND_COLUMNS = "s.id, s.content_id, s.contact_id, s.sent_on, s.touchpoint_id"


class ContentRepository:
    """Reads and writes content items and the log of what was sent to whom."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def add(self, item: ContentItem) -> ContentItem:
        """Store a new item (a title is required); one with an id keeps it (undo puts it back)."""
        if not item.title.strip():
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A content item needs a title."))
        row = _to_row(item)
        if item.id is not None:
            row["id"] = item.id
        cursor = self._db.execute(
            f"INSERT INTO content_items ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
            list(row.values()),
        )
        return item.replace(id=int(cursor.lastrowid or 0), title=row["title"])

    def update(self, item: ContentItem) -> ContentItem:
        """Save an item's fields; ValidationError without a title, NotFoundError when it is gone."""
        if item.id is None:
            raise ValueError("update needs an item with an id")
        if not item.title.strip():
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A content item needs a title."))
        row = _to_row(item)
        cursor = self._db.execute(
            f"UPDATE content_items SET {', '.join(f'{k} = ?' for k in row)} WHERE id = ?",
            [*row.values(), item.id],
        )
        if cursor.rowcount == 0:
            raise NotFoundError(_NO_ITEM.format(id=item.id))
        return item.replace(title=row["title"])

    def get(self, item_id: int) -> ContentItem:
        """The item with this id; NotFoundError when there is none."""
        row = self._db.execute(f"{_SELECT} WHERE i.id = ?", [item_id]).fetchone()
        if row is None:
            raise NotFoundError(_NO_ITEM.format(id=item_id))
        return _from_row(row)

    def all(self) -> list[ContentItem]:
        return [_from_row(r) for r in self._db.execute(f"{_SELECT} ORDER BY i.title").fetchall()]

    def summaries(self) -> list[ContentSummary]:
        """Every item with how many times it was sent, by title regardless of case."""
        sql = (
            f"SELECT {', '.join('i.' + c for c in _COLUMNS)}, "
            "(SELECT count(*) FROM content_sends s WHERE s.content_id = i.id) "
            "FROM content_items i ORDER BY i.title COLLATE NOCASE"
        )
        return [
            ContentSummary(_from_row(r), r[len(_COLUMNS)]) for r in self._db.execute(sql).fetchall()
        ]

    def search(self, text: str, limit: int = 20) -> list[SearchHit]:
        """Items whose title or topics hold `text` (wildcards literal), by title."""
        pattern = like_pattern(text)
        rows = self._db.execute(
            f"{_SELECT} WHERE i.title LIKE ? ESCAPE '\\' OR i.topics LIKE ? ESCAPE '\\' "
            "ORDER BY i.title LIMIT ?",
            [pattern, pattern, limit],
        ).fetchall()
        return [SearchHit("content", r[0], r[1], ContentKind(r[2]).label) for r in rows]

    def delete(self, item_id: int) -> None:
        """Delete the item and its sends; touch-points that offered it stay, without the item."""
        cursor = self._db.execute("DELETE FROM content_items WHERE id = ?", [item_id])
        if cursor.rowcount == 0:
            raise NotFoundError(_NO_ITEM.format(id=item_id))

    def record_send(self, send: ContentSend) -> ContentSend:
        """Log that a contact got an item (the send log the planner avoids repeats by)."""
        params = [send.content_id, send.contact_id, d2s(send.sent_on), send.touchpoint_id]
        if send.id is not None:
            cursor = self._db.execute(
                "INSERT INTO content_sends (id, content_id, contact_id, sent_on, touchpoint_id) "
                "VALUES (?, ?, ?, ?, ?)",
                [send.id, *params],
            )
        else:
            cursor = self._db.execute(
                "INSERT INTO content_sends (content_id, contact_id, sent_on, touchpoint_id) "
                "VALUES (?, ?, ?, ?)",
                params,
            )
        return ContentSend(
            send.content_id,
            send.contact_id,
            send.sent_on,
            send.touchpoint_id,
            int(cursor.lastrowid or 0),
        )

    def restore_send(self, send: ContentSend) -> None:
        """Put a send back exactly as it was, whether it was deleted or only lost its link."""
        if send.id is None:
            raise ValueError("restore_send needs a send with an id")
        self._db.execute(
            "INSERT INTO content_sends (id, content_id, contact_id, sent_on, touchpoint_id) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
            "content_id = excluded.content_id, contact_id = excluded.contact_id, "
            "sent_on = excluded.sent_on, touchpoint_id = excluded.touchpoint_id",
            [send.id, send.content_id, send.contact_id, d2s(send.sent_on), send.touchpoint_id],
        )

    def record_sends(self, sends: Iterable[ContentSend]) -> int:
        """Insert many new sends at once (demo data); returns how many."""
        rows = [[x.content_id, x.contact_id, d2s(x.sent_on), x.touchpoint_id] for x in sends]
        with self._db.atomic():
            self._db.conn.executemany(
                "INSERT INTO content_sends (content_id, contact_id, sent_on, touchpoint_id) "
                "VALUES (?, ?, ?, ?)",
                rows,
            )
        return len(rows)

    def log_done_content_touches(self, first: date, last: date) -> int:
        """A send for each done content touch-point with a person from `first` to `last`.

        In agenda order (day, time, id), as recording them one by one would; returns how many.
        """
        with self._db.atomic():
            cursor = self._db.execute(
                "INSERT INTO content_sends (content_id, contact_id, sent_on, touchpoint_id) "
                "SELECT t.content_id, t.contact_id, t.day, t.id FROM touchpoints t "
                "WHERE t.day BETWEEN ? AND ? AND t.status = 'done' AND t.channel = 'content' "
                "AND t.content_id IS NOT NULL AND t.contact_id IS NOT NULL "
                "ORDER BY t.day, t.time IS NOT NULL, t.time, t.id",
                [d2s(first), d2s(last)],
            )
        return int(cursor.rowcount)

    def delete_send(self, send_id: int) -> None:
        self._db.execute("DELETE FROM content_sends WHERE id = ?", [send_id])

    def sends_for_item(self, item_id: int) -> list[ContentSend]:
        """Who got the item, newest first."""
        rows = self._db.execute(
            f"SELECT {_SEND_COLUMNS} FROM content_sends s WHERE s.content_id = ? "
            "ORDER BY s.sent_on DESC, s.id DESC",
            [item_id],
        ).fetchall()
        return [_send(r) for r in rows]

    def sends_for_contact(self, contact_id: int) -> list[ContentSend]:
        """What the contact got, newest first."""
        rows = self._db.execute(
            f"SELECT {_SEND_COLUMNS} FROM content_sends s WHERE s.contact_id = ? "
            "ORDER BY s.sent_on DESC, s.id DESC",
            [contact_id],
        ).fetchall()
        return [_send(r) for r in rows]

    def sends_for_company(self, company_id: int) -> list[ContentSend]:
        """What the account's current people got, newest first."""
        rows = self._db.execute(
            f"SELECT {_SEND_COLUMNS} FROM content_sends s "
            "JOIN contacts c ON c.id = s.contact_id WHERE c.company_id = ? "
            "ORDER BY s.sent_on DESC, s.id DESC",
            [company_id],
        ).fetchall()
        return [_send(r) for r in rows]

    def sends_for_touchpoint(self, touchpoint_id: int) -> list[ContentSend]:
        """The sends recorded by completing this touch-point."""
        rows = self._db.execute(
            f"SELECT {_SEND_COLUMNS} FROM content_sends s WHERE s.touchpoint_id = ?",
            [touchpoint_id],
        ).fetchall()
        return [_send(r) for r in rows]

    def all_sends(self) -> list[ContentSend]:
        rows = self._db.execute(f"SELECT {_SEND_COLUMNS} FROM content_sends s").fetchall()
        return [_send(r) for r in rows]
