"""Errors of the plan store, each with a message a person can read in their own language.

An error keeps its English source text (marked with ``QT_TRANSLATE_NOOP``) and its arguments, and
translates only in :meth:`PlanError.message`, so the text follows the UI language installed at the
time it is shown, not at the time it was raised.  Placeholders are Qt's ``%1``, ``%2``.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "PlanError"
_MAX_ARG = 300  # characters of one argument shown in a message; the log keeps the rest


def _one_line(value: str) -> str:
    """The first line of a detail, shortened: a message stays one line on stderr or in a dialog."""
    lines = [line.strip() for line in value.splitlines() if line.strip()]
    text = lines[0] if lines else value.strip()
    if len(lines) > 1 or len(text) > _MAX_ARG:
        text = text[:_MAX_ARG].rstrip() + " …"
    return text


class PlanError(Exception):
    """Base of every error the store raises on purpose (never a bug)."""

    default_text: str = QT_TRANSLATE_NOOP("PlanError", "The plan could not be processed.")

    def __init__(self, text: str | None = None, *args: object, field: str | None = None) -> None:
        self.text = text or self.default_text
        # Full values for the log; one line each on screen (SQLite reports span many lines).
        self.details = tuple(str(a) for a in args)
        self.args_ = tuple(_one_line(a) for a in self.details)
        # Dates are written the UI language's way when shown (ISO in the log).
        self._dates = {i: a for i, a in enumerate(args) if isinstance(a, dt.date)}
        self.field = field
        super().__init__(self.english())

    def _fill(self, text: str, args: tuple[str, ...] | None = None) -> str:
        for i, value in reversed(list(enumerate(self.args_ if args is None else args, start=1))):
            text = text.replace(f"%{i}", value)
        return text

    def english(self) -> str:
        """The message in the source language (for logs)."""
        return self._fill(self.text)

    def shown_args(self) -> tuple[str, ...]:
        """The arguments as the UI language writes them (dates its own way); subclasses add theirs."""
        if not getattr(self, "_dates", None):
            return self.args_
        from PySide6.QtCore import QDate, QLocale

        from .text import date_format

        locale = QLocale()
        shown = list(self.args_)
        for i, day in self._dates.items():
            shown[i] = locale.toString(QDate(day.year, day.month, day.day), date_format(locale))
        return tuple(shown)

    def message(self) -> str:
        """The message in the installed UI language."""
        return self._fill(QCoreApplication.translate(CONTEXT, self.text), self.shown_args())


# --- opening files -------------------------------------------------------------------------------

class PlanFileError(PlanError):
    """A file could not be opened as a plan; the file was left untouched."""

    rescuable = False  # whether `lcplanner rescue` may carry its good rows into a new plan


class FileMissing(PlanFileError):
    default_text = QT_TRANSLATE_NOOP("PlanError", "The file %1 does not exist.")


class IsADirectory(PlanFileError):
    default_text = QT_TRANSLATE_NOOP("PlanError", "%1 is a folder, not a plan file.")


class EmptyFile(PlanFileError):
    default_text = QT_TRANSLATE_NOOP("PlanError", "The file %1 is empty: it is not a plan file.")


class NotAPlanFile(PlanFileError):
    default_text = QT_TRANSLATE_NOOP(
        "PlanError", "The file %1 is not an LC Planner plan file (it is not a database).")


class SpreadsheetNotPlan(NotAPlanFile):
    default_text = QT_TRANSLATE_NOOP(
        "PlanError",
        "The file %1 is a spreadsheet or another zipped document, not an LC Planner plan file.")


class ForeignDatabase(PlanFileError):
    default_text = QT_TRANSLATE_NOOP(
        "PlanError", "The file %1 is a database of another program, not an LC Planner plan.")


class CorruptPlan(PlanFileError):
    rescuable = True  # the window and `lcplanner rescue` offer to carry the good rows over
    default_text = QT_TRANSLATE_NOOP(
        "PlanError",
        "The plan file %1 is damaged or incomplete (%2). Open a backup copy or the latest saved copy.")


class NewerPlan(PlanFileError):
    default_text = QT_TRANSLATE_NOOP(
        "PlanError",
        "The plan file %1 was made by a newer LC Planner (schema version %2; this version reads up "
        "to %3). Update LC Planner to open it.")


class PlanReadOnly(PlanFileError):
    default_text = QT_TRANSLATE_NOOP(
        "PlanError",
        "The plan file %1 is read-only (or its folder is). Open it read-only, or save a copy "
        "somewhere you can write.")


class NeedsUpgrade(PlanFileError):
    default_text = QT_TRANSLATE_NOOP(
        "PlanError",
        "The plan file %1 was made by an older LC Planner and cannot be read without upgrading it. "
        "Open it for editing once (a backup copy is kept).")


class UnreadableFile(PlanFileError):
    default_text = QT_TRANSLATE_NOOP("PlanError", "The file %1 cannot be read: %2")


class PlanLocked(PlanFileError):
    """Another program or window is editing the file; ``holder`` says who."""

    default_text = QT_TRANSLATE_NOOP(
        "PlanError",
        "The plan file %1 is already open for editing by %2 since %3. You can open it read-only.")

    def __init__(self, path: object, holder: str, since: str) -> None:
        super().__init__(None, path, holder, since)
        self.holder = holder
        self.since = since

    def shown_args(self) -> tuple[str, ...]:
        """The time the holder started, written the way the UI language writes a time."""
        from PySide6.QtCore import QDateTime, QLocale, Qt

        moment = QDateTime.fromString(self.since, Qt.DateFormat.ISODate)
        if not moment.isValid():
            return self.args_
        shown = QLocale().toString(moment.toLocalTime(), QLocale.FormatType.ShortFormat)
        return (*self.args_[:2], shown)


class MigrationFailed(PlanFileError):
    default_text = QT_TRANSLATE_NOOP(
        "PlanError",
        "The plan file %1 could not be upgraded to this version (%2). It was not changed; a backup "
        "is at %3.")


class FileExists(PlanFileError):
    default_text = QT_TRANSLATE_NOOP("PlanError", "The file %1 already exists.")


class NotRegularFile(PlanFileError):
    default_text = QT_TRANSLATE_NOOP(
        "PlanError", "%1 is not a regular file (it is a device, pipe or socket), so it is not a plan file.")


class UntrustedPlan(PlanFileError):
    """The schema is not one LC Planner wrote: triggers, views, changed tables or columns."""

    rescuable = True
    default_text = QT_TRANSLATE_NOOP(
        "PlanError",
        "The plan file %1 was changed by another program (%2), so it was not opened. You can rescue "
        "its data into a new, clean plan.")


class PlanBusy(PlanFileError):
    default_text = QT_TRANSLATE_NOOP(
        "PlanError",
        "The plan file %1 is busy: another program is writing to it. Try again in a moment, or close "
        "the other program.")


class NeedsRecovery(PlanFileError):
    default_text = QT_TRANSLATE_NOOP(
        "PlanError",
        "The plan file %1 was left in the middle of a save and must be repaired before it can be "
        "read, but it is read-only here. Copy it, with the file %2 beside it, to a folder where you "
        "can write, and open the copy.")


class LockInTheWay(PlanFileError):
    default_text = QT_TRANSLATE_NOOP(
        "PlanError",
        "The plan file %1 cannot be opened for editing: %2 is in the way of its lock file. Remove or "
        "rename it, or open the plan read-only.")


class StaleLockKept(PlanFileError):
    default_text = QT_TRANSLATE_NOOP(
        "PlanError",
        "The plan file %1 has a lock left behind by %2, whose LC Planner is no longer running, but "
        "this account may not remove it. Delete the file %3, or open the plan read-only.")


class TargetInUse(PlanFileError):
    default_text = QT_TRANSLATE_NOOP(
        "PlanError",
        "%1 is a plan open for editing by %2; it cannot be replaced. Choose another name.")


class SameAsOpenPlan(PlanFileError):
    default_text = QT_TRANSLATE_NOOP(
        "PlanError", "%1 is the plan itself; a copy cannot replace it. Choose another name.")


class RescueFailed(PlanFileError):
    default_text = QT_TRANSLATE_NOOP("PlanError", "No data could be rescued from %1: %2")


# --- editing -------------------------------------------------------------------------------------

class ReadOnlyDocument(PlanError):
    default_text = QT_TRANSLATE_NOOP("PlanError", "This plan is open read-only; changes are not allowed.")


class ViewerOnly(ReadOnlyDocument):
    """A server plan the person may read but not change (their role is viewer)."""

    default_text = QT_TRANSLATE_NOOP(
        "PlanError", "You may view this plan but not change it: ask its owner to make you an "
        "editor.")


class ClosedDocument(PlanError):
    default_text = QT_TRANSLATE_NOOP("PlanError", "The plan is closed.")


class NotFound(PlanError):
    default_text = QT_TRANSLATE_NOOP("PlanError", "The item no longer exists in this plan.")


class ValidationError(PlanError):
    """A command was refused; ``field`` names the offending field for editors to highlight."""

    default_text = QT_TRANSLATE_NOOP("PlanError", "The value is not valid.")
