"""The planner's own wording, marked for translation without making the lower layers depend on Qt.

The engine, the storage and the importers speak English: their error messages, the reasons of
a week plan and the enum labels are plain `str` everywhere (the CLI prints them, the iCal
export and the stored notes keep them). The GUI shows them in the user's language. To let it,
the wording is written as

    QT_TRANSLATE_NOOP("Errors", "{value!r} is not a date").format(value=raw)

`QT_TRANSLATE_NOOP` is the name Qt's `lupdate` looks for: it copies the literal text into the
translation catalogue under its context. Here it returns a `Template`, a `str` that remembers
its context; formatting a Template gives a `Text`, the English sentence as a `str` that also
remembers its template and values. planner.ui.i18n.text() makes the sentence again from the
translated template, with each value translated in turn when it is itself a Template or Text.
"""

from __future__ import annotations

from collections.abc import Iterable

LABEL_CONTEXT = "Label"
"""The translation context of every enum label (account kinds, channels, statuses…).

lupdate reads the context as a literal, so the marks spell it out; a test checks they agree.
"""


class Template(str):
    """A marked English text; `context` is its translation context (None: not translated)."""

    context: str | None

    def __new__(cls, context: str | None, text: str) -> Template:
        template = super().__new__(cls, text)
        template.context = context
        return template

    def format(self, *args: object, **values: object) -> Text:
        """The English text filled in, keeping template and values to translate it later."""
        return Text(self, args, values)

    def __getnewargs__(self) -> tuple[str | None, str]:  # type: ignore[override]
        return self.context, str(self)


class Text(str):
    """An English sentence made from a Template and values, able to be made again translated."""

    template: Template
    args: tuple[object, ...]
    values: dict[str, object]

    def __new__(
        cls, template: Template, args: tuple[object, ...], values: dict[str, object]
    ) -> Text:
        text = super().__new__(cls, str.format(template, *args, **values))
        text.template = template
        text.args = args
        text.values = values
        return text

    def __getnewargs__(self) -> tuple[Template, tuple[object, ...], dict[str, object]]:  # type: ignore[override]
        return self.template, self.args, self.values


def QT_TRANSLATE_NOOP(context: str, text: str) -> Template:
    """`text` as a Template of `context`; lupdate records it for the translators."""
    return Template(context, text)


def joined(separator: str, parts: Iterable[str]) -> Text:
    """The parts joined by a separator (punctuation, not wording), each translatable on its own."""
    items = tuple(parts)
    return Template(None, separator.join(f"{{{i}}}" for i in range(len(items)))).format(*items)
