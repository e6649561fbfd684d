"""Where an export may write: a typed path checked in plain words, and which files it may replace.

Every dialog and command that writes a file the rep named goes through here, so a half-typed
path ("/", "~", a folder, a missing folder) gets a hint instead of an exception, and an export
never replaces a device, a special file or a file that is not an earlier export of this plan
without asking first.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

from planner.domain.errors import ValidationError
from planner.domain.text import QT_TRANSLATE_NOOP, Template

ICS_SUFFIX = ".ics"
# The calendar's own UID carries the plan's database id; it is written before any event.
_CALENDAR_UID = "UID:nurture-planner-{database_id}"
_HEAD_BYTES = 64 * 1024


@dataclass(frozen=True, slots=True)
class Target:
    """A typed path as the export would use it: the file, or why it cannot be used yet.

    `path` is None while the text names no usable file; `problem` then says why in plain
    words. `note` is a hint that does not block (".ics was added").
    """

    path: Path | None
    problem: str | None = None
    note: str | None = None


def _problem(template: Template, **values: object) -> Target:
    return Target(None, template.format(**values))


def parse_target(text: str, suffix: str = ICS_SUFFIX) -> Target:
    """The file a typed, pasted or half-typed path names, or a plain reason it names none.

    Never raises: an empty text, "/", "~", a folder, a folder that does not exist, a file that
    cannot be written or a device each get their own sentence.
    """
    cleaned = text.strip()
    if not cleaned:
        return _problem(QT_TRANSLATE_NOOP("Errors", "Choose a file to export to."))
    if "\0" in cleaned:
        return _problem(
            QT_TRANSLATE_NOOP(
                "Errors", "The file name contains a character that file names cannot have."
            )
        )
    try:
        path = Path(cleaned).expanduser()
    except RuntimeError:  # "~someone" whose home folder is unknown
        return _problem(
            QT_TRANSLATE_NOOP("Errors", "The folder {folder} does not exist."),
            folder=cleaned.split("/")[0],
        )
    ends_like_folder = cleaned.endswith(("/", os.sep)) or path.name in ("", ".", "..")
    try:
        is_folder = path.is_dir()
    except OSError:
        is_folder = False
    if ends_like_folder or is_folder:
        return _problem(
            QT_TRANSLATE_NOOP(
                "Errors", "{path} is a folder; add a file name, for example {example}."
            ),
            path=path,
            example=path / f"nurture-plan{suffix}",
        )
    note = None
    if not path.suffix and not os.path.lexists(path):
        path = path.with_name(path.name + suffix)
        note = QT_TRANSLATE_NOOP("Errors", "Saves as {name}.").format(name=path.name)
    elif path.suffix.lower() != suffix:
        note = QT_TRANSLATE_NOOP(
            "Errors", "Calendar apps expect a name that ends in {suffix}."
        ).format(suffix=suffix)
    problem = writable_problem(path)
    if problem is not None:
        return Target(None, problem)
    return Target(path, None, note)


def writable_problem(path: Path) -> str | None:
    """Why `path` cannot be written by an export (plain words), or None when it can."""
    folder = path.parent
    try:
        folder_ok = folder.is_dir()
    except OSError:
        folder_ok = False
    if not folder_ok:
        if folder.exists():
            return QT_TRANSLATE_NOOP("Errors", "{folder} is a file, not a folder.").format(
                folder=folder
            )
        return QT_TRANSLATE_NOOP("Errors", "The folder {folder} does not exist.").format(
            folder=folder
        )
    try:
        info = path.lstat()
    except FileNotFoundError:
        info = None
    except OSError:
        return QT_TRANSLATE_NOOP("Errors", "{path} cannot be reached.").format(path=path)
    if info is not None:
        if stat.S_ISDIR(info.st_mode):
            return QT_TRANSLATE_NOOP("Errors", "{path} is a folder, not a file.").format(path=path)
        if not stat.S_ISREG(info.st_mode) and not stat.S_ISLNK(info.st_mode):
            return QT_TRANSLATE_NOOP(
                "Errors", "{path} is a device or special file; an export never replaces one."
            ).format(path=path)
        if stat.S_ISLNK(info.st_mode):
            try:
                real = path.stat()
            except OSError:
                real = None
            if real is not None and not stat.S_ISREG(real.st_mode):
                return QT_TRANSLATE_NOOP(
                    "Errors", "{path} is a device or special file; an export never replaces one."
                ).format(path=path)
        if not os.access(path, os.W_OK, follow_symlinks=False) and stat.S_ISREG(info.st_mode):
            return QT_TRANSLATE_NOOP(
                "Errors", "{path} is read-only; change its permissions or choose another file."
            ).format(path=path)
    if not os.access(folder, os.W_OK | os.X_OK):
        return QT_TRANSLATE_NOOP(
            "Errors", "The folder {folder} is not writable; choose another folder."
        ).format(folder=folder)
    return None


def check_target(path: Path) -> None:
    """Raise ValidationError with a plain message when an export cannot write `path`."""
    problem = writable_problem(Path(path))
    if problem is not None:
        raise ValidationError(problem)


def is_earlier_export(path: Path, database_id: str) -> bool:
    """True when `path` is a calendar file this plan exported (its calendar UID says so)."""
    try:
        info = Path(path).lstat()
        if not stat.S_ISREG(info.st_mode):
            return False
        with open(path, "rb") as fh:
            head = fh.read(_HEAD_BYTES)
    except OSError:
        return False
    marker = _CALENDAR_UID.format(database_id=database_id).encode("utf-8")
    # Folded lines (RFC 5545) may split the marker; unfold before looking.
    unfolded = head.replace(b"\r\n ", b"").replace(b"\n ", b"")
    return unfolded.startswith(b"BEGIN:VCALENDAR") and marker in unfolded


def needs_confirmation(path: Path, database_id: str) -> bool:
    """True when writing `path` would replace a file that is not an earlier export of this plan."""
    try:
        Path(path).lstat()
    except OSError:  # nothing there to replace; writing it says what is wrong, if anything
        return False
    return not is_earlier_export(path, database_id)


def replace_refused(path: Path) -> ValidationError:
    """The error for a file an export will not replace without the rep's say-so."""
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{path} exists and is not a calendar exported from this plan; it was not replaced.",
        ).format(path=path)
    )
