"""The drag payload of touch-points: their ids under the planner's own MIME type."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QMimeData

MIME_TYPE = "application/x-nurture-planner-touchpoints"


def encode_ids(ids: list[int]) -> QMimeData:
    """The drag payload: touch-point ids as comma-separated ASCII under our own MIME type."""
    mime = QMimeData()
    mime.setData(MIME_TYPE, QByteArray(",".join(str(i) for i in ids).encode("ascii")))
    return mime


def decode_ids(mime: QMimeData) -> list[int]:
    """The touch-point ids of a drag payload; none when it is not ours."""
    if not mime.hasFormat(MIME_TYPE):
        return []
    raw = bytes(mime.data(MIME_TYPE).data()).decode("ascii", errors="replace")
    return [int(part) for part in raw.split(",") if part.strip().isdigit()]
