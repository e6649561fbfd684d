"""Marks the planner's own wording for translation without making the lower layers depend on Qt.

`QT_TRANSLATE_NOOP(context, text)` returns `text` unchanged; its only job is to be found by
Qt's `lupdate`, which looks for calls of that name in the source and writes each marked text
into the translation files. The GUI then shows the text through
`QCoreApplication.translate(context, text)` (see planner.ui.i18n), while the CLI, the iCal
export and the stored data keep the English original.
"""

from __future__ import annotations

LABEL_CONTEXT = "Label"
"""The translation context of every enum label (account kinds, channels, statuses…).

lupdate reads the context as a literal, so the marks spell it out; a test checks they agree.
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Return `text`; lupdate records it under `context` for the translators."""
    del context
    return text
