"""Snapshots, compare and breakout groups in the window: the File menu's entries and their flows.

File → Snapshots… (Ctrl+Shift+H) lists the plan's named states (:mod:`.snapshots_dialog`);
File → Compare with a Plan File… shows what differs from another file of this plan;
File → Copy for a Group… writes a copy that remembers its base; File → Merge a Group's Copy…
reads one back, shows its changes and conflicts for decisions (:mod:`.merge_dialog`) and applies
them as one undo step, after a snapshot of the plan as it was.  A snapshot is looked at in its own
read-only window, from a temporary file that goes when the window closes.

Every refusal of the store (a damaged copy, another plan's, a locked target) is its own one-line
message; nothing is written before the person confirms.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime, QLocale
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from ..core.errors import PlanError
from .file_dialogs import ask_path
from .undo import DocCommand, run
from .waiting import busy, in_background

if TYPE_CHECKING:
    from ..core.commands.base import Snapshot
    from ..core.document import PlanDocument
    from ..core.groups import Prepared
    from ..core.snapshots import SnapshotInfo
    from .main_window import MainWindow

CONTEXT = "Versions"
PLAN_FILTER = "*.lcplan"


SNAPSHOTS_MENU = QT_TRANSLATE_NOOP("Versions", "&Snapshots…")
COMPARE_FILE = QT_TRANSLATE_NOOP("Versions", "Compare &with a Plan File…")
GROUP_COPY = QT_TRANSLATE_NOOP("Versions", "Copy for a &Group…")
MERGE_COPY = QT_TRANSLATE_NOOP("Versions", "&Merge a Group's Copy…")
LC_PLANNER_PLANS = QT_TRANSLATE_NOOP("Versions", "LC Planner plans (%1)")
OK_BUTTON = QT_TRANSLATE_NOOP("Versions", "&OK")
CANCEL_BUTTON = QT_TRANSLATE_NOOP("Versions", "Cancel")
SAVE_A_COPY_AS = QT_TRANSLATE_NOOP("Versions", "Save a copy as")
COPY_NAME = QT_TRANSLATE_NOOP("Versions", "%1 (copy)")
CANNOT_SAVE_THE_COPY = QT_TRANSLATE_NOOP("Versions", "Cannot save the copy")
SAVED_A_COPY_AS = QT_TRANSLATE_NOOP("Versions", "Saved a copy as %1")
TAKE_A_SNAPSHOT = QT_TRANSLATE_NOOP("Versions", "Take a snapshot")
NAME_OF_THE_SNAPSHOT = QT_TRANSLATE_NOOP("Versions", "Name of the snapshot:")
SNAPSHOT_OF = QT_TRANSLATE_NOOP("Versions", "Snapshot of %1")
CANNOT_TAKE_THE_SNAPSHOT = QT_TRANSLATE_NOOP("Versions", "Cannot take the snapshot")
SNAPSHOT_TAKEN = QT_TRANSLATE_NOOP("Versions", "Snapshot “%1” taken.")
RENAME_THE_SNAPSHOT = QT_TRANSLATE_NOOP("Versions", "Rename the snapshot")
CANNOT_RENAME_THE_SNAPSHOT = QT_TRANSLATE_NOOP("Versions", "Cannot rename the snapshot")
DELETE_THE_SNAPSHOT_THE = QT_TRANSLATE_NOOP(
    "Versions", "Delete the snapshot “%1”? The plan itself is not changed.")
DELETE_SNAPSHOTS = QT_TRANSLATE_NOOP("Versions", "Delete snapshots")
CANNOT_DELETE_THE_SNAPSHOT = QT_TRANSLATE_NOOP("Versions", "Cannot delete the snapshot")
RESTORE_THE_SNAPSHOT_AS = QT_TRANSLATE_NOOP("Versions", "Restore the snapshot as a new plan file")
CANNOT_RESTORE_THE_SNAPSHOT = QT_TRANSLATE_NOOP("Versions", "Cannot restore the snapshot")
SNAPSHOT_RESTORED = QT_TRANSLATE_NOOP("Versions", "Snapshot restored")
THE_SNAPSHOT_IS_NOW = QT_TRANSLATE_NOOP(
    "Versions", "The snapshot is now the plan file %1. Open it in place of this plan?")
CANNOT_SHOW_THE_SNAPSHOT = QT_TRANSLATE_NOOP("Versions", "Cannot show the snapshot")
CANNOT_COMPARE = QT_TRANSLATE_NOOP("Versions", "Cannot compare")
THE_PLAN_NOW = QT_TRANSLATE_NOOP("Versions", "the plan now")
COMPARE_FILE_TITLE = QT_TRANSLATE_NOOP("Versions", "Compare with a plan file")
GROUP_COPY_NAME = QT_TRANSLATE_NOOP("Versions", "%1 – group")
GROUP_COPY_TITLE = QT_TRANSLATE_NOOP("Versions", "Copy for a group")
CANNOT_WRITE_THE_COPY = QT_TRANSLATE_NOOP("Versions", "Cannot write the copy")
GROUP_COPY_SAVED = QT_TRANSLATE_NOOP(
    "Versions", "Copy for a group saved as %1; this moment is kept as the snapshot “%2”.")
MERGE_TITLE = QT_TRANSLATE_NOOP("Versions", "Merge a group's copy")
CANNOT_MERGE_THE_COPY = QT_TRANSLATE_NOOP("Versions", "Cannot merge the copy")
NOTHING_TO_MERGE_THE = QT_TRANSLATE_NOOP(
    "Versions", "Nothing to merge: the plan already holds everything of %1.")
READING_SNAPSHOT = QT_TRANSLATE_NOOP("Versions", "Reading the snapshot “%1”…")
COMPARING = QT_TRANSLATE_NOOP("Versions", "Comparing…")
READING_COPY = QT_TRANSLATE_NOOP("Versions", "Reading %1, the plan and their common base…")
MERGE_STEP = QT_TRANSLATE_NOOP("Versions", "Merge %1")
MERGED_THE_PLAN_AS = QT_TRANSLATE_NOOP(
    "Versions", "Merged %1. The plan as it was before is kept as the snapshot “%2”.")


def tr(text: str) -> str:
    """One of the texts above in the UI's language."""
    return QCoreApplication.translate(CONTEXT, text)


def make_actions(window: MainWindow) -> list[QAction]:
    """The menu entries (made again with the window's other actions when the language changes)."""
    return [
        window._action(tr(SNAPSHOTS_MENU), lambda: show_snapshots(window), "Ctrl+Shift+H",
                       "snapshots"),
        window._action(tr(COMPARE_FILE), lambda: compare_file(window), None,
                       "compareFile"),
        window._action(tr(GROUP_COPY), lambda: group_copy(window), None, "groupCopy"),
        window._action(tr(MERGE_COPY), lambda: merge_copy(window), None,
                       "mergeCopy"),
    ]


def _plans() -> str:
    return tr(LC_PLANNER_PLANS).replace("%1", PLAN_FILTER)


def _fail(parent: QWidget, title: str, exc: PlanError | OSError) -> None:
    QMessageBox.critical(parent, title, exc.message() if isinstance(exc, PlanError)
                         else (exc.strerror or str(exc)))


def ask_text(parent: QWidget, title: str, label: str, text: str) -> str | None:
    """One line of text, or None when cancelled (a dialog the tests can answer)."""
    dialog = QInputDialog(parent)
    dialog.setObjectName("askText")
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setTextValue(text)
    dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
    dialog.setOkButtonText(tr(OK_BUTTON))
    dialog.setCancelButtonText(tr(CANCEL_BUTTON))
    try:
        if dialog.exec() != QInputDialog.DialogCode.Accepted:
            return None
        return dialog.textValue()
    finally:
        shiboken6.delete(dialog)


def save_copy(window: MainWindow) -> None:
    """File → Save a Copy As: the plan as it is, under another name (SQLite's backup API)."""
    if window.doc is None:
        return
    path = ask_path(window, tr(SAVE_A_COPY_AS), str(window.doc.path.with_name(
        tr(COPY_NAME).replace("%1", window.doc.path.stem) + ".lcplan")),
        _plans(), save=True,
        suffix="lcplan")
    if path is None:
        return
    try:
        target = window.doc.save_copy(path)
    except (PlanError, OSError) as exc:
        QMessageBox.critical(window, tr(CANNOT_SAVE_THE_COPY),
                             exc.message() if isinstance(exc, PlanError) else str(exc))
        return
    window.statusBar().showMessage(tr(SAVED_A_COPY_AS).replace("%1", str(target)),
                                   8000)


# --- snapshots ------------------------------------------------------------------------------------

def show_snapshots(window: MainWindow) -> None:
    from .snapshots_dialog import SnapshotsDialog

    if window.doc is None:
        return
    dialog = SnapshotsDialog(window)
    try:
        dialog.exec()
    finally:
        shiboken6.delete(dialog)


def take_snapshot(window: MainWindow, parent: QWidget) -> SnapshotInfo | None:
    doc = window.doc
    if doc is None:
        return None
    when = QLocale().toString(QDateTime.currentDateTime(), QLocale.FormatType.ShortFormat)
    name = ask_text(parent, tr(TAKE_A_SNAPSHOT), tr(NAME_OF_THE_SNAPSHOT),
                    tr(SNAPSHOT_OF).replace("%1", when))
    if name is None:
        return None
    try:
        with busy():
            info = doc.take_snapshot(name)
    except PlanError as exc:
        _fail(parent, tr(CANNOT_TAKE_THE_SNAPSHOT), exc)
        return None
    window.statusBar().showMessage(tr(SNAPSHOT_TAKEN).replace("%1", info.name), 8000)
    return info


def rename_snapshot(window: MainWindow, info: SnapshotInfo, parent: QWidget) -> bool:
    name = ask_text(parent, tr(RENAME_THE_SNAPSHOT), tr(NAME_OF_THE_SNAPSHOT), info.name)
    if name is None or window.doc is None:
        return False
    try:
        window.doc.rename_snapshot(info.id, name)
    except PlanError as exc:
        _fail(parent, tr(CANNOT_RENAME_THE_SNAPSHOT), exc)
        return False
    return True


def delete_snapshots(window: MainWindow, infos: list[SnapshotInfo], parent: QWidget) -> bool:
    if window.doc is None:
        return False
    question = tr(DELETE_THE_SNAPSHOT_THE).replace("%1", infos[0].name) if len(infos) == 1 \
        else parent.delete_question(len(infos))  # type: ignore[attr-defined]
    answer = QMessageBox.question(parent, tr(DELETE_SNAPSHOTS), question,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        for info in infos:
            window.doc.delete_snapshot(info.id)
    except PlanError as exc:
        _fail(parent, tr(CANNOT_DELETE_THE_SNAPSHOT), exc)
    return True


def restore_snapshot(window: MainWindow, info: SnapshotInfo, parent: QWidget) -> Path | None:
    doc = window.doc
    if doc is None:
        return None
    suggestion = doc.path.with_name(f"{doc.path.stem} – {_safe(info.name)}.lcplan")
    path = ask_path(parent, tr(RESTORE_THE_SNAPSHOT_AS), str(suggestion),
                    _plans(), save=True, suffix="lcplan")
    if path is None:
        return None
    try:
        target = in_background(parent, tr(READING_SNAPSHOT).replace("%1", info.name),
                               lambda: doc.restore_snapshot(info, path, overwrite=path.exists()))
    except PlanError as exc:
        _fail(parent, tr(CANNOT_RESTORE_THE_SNAPSHOT), exc)
        return None
    answer = QMessageBox.question(
        parent, tr(SNAPSHOT_RESTORED),
        tr(THE_SNAPSHOT_IS_NOW)
        .replace("%1", str(target)))
    if answer == QMessageBox.StandardButton.Yes:
        if parent is not window and isinstance(parent, QDialog):
            parent.reject()  # the list belongs to the plan being closed
        window.open_path(target)
    return target


def _safe(name: str) -> str:
    return "".join(c for c in name if c not in '<>:"/\\|?*').strip()[:60] or "snapshot"


def view_snapshot(window: MainWindow, info: SnapshotInfo, parent: QWidget) -> Any:
    """The snapshot in its own read-only window (from a temporary file it removes on close)."""
    from ..core.document import PlanDocument
    from .snapshot_viewer import SnapshotViewer

    doc = window.doc
    if doc is None:
        return None
    folder = Path(tempfile.mkdtemp(prefix="lcplanner-snapshot-"))
    try:
        target = folder / f"{_safe(info.name)}.lcplan"
        path = in_background(parent, tr(READING_SNAPSHOT).replace("%1", info.name),
                             lambda: doc.restore_snapshot(info, target))
        with busy():
            view = PlanDocument.open(path, read_only=True)
    except PlanError as exc:
        shutil.rmtree(folder, ignore_errors=True)
        _fail(parent, tr(CANNOT_SHOW_THE_SNAPSHOT), exc)
        return None
    viewer = SnapshotViewer(info.name, folder)
    viewer.set_document(view)
    viewer.show()
    window.viewers = [v for v in getattr(window, "viewers", []) if shiboken6.isValid(v)] + [viewer]
    return viewer


def compare_with_now(window: MainWindow, info: SnapshotInfo, parent: QWidget) -> None:
    from ..core.diff import compare, read_state

    doc = window.doc
    if doc is None:
        return
    try:
        diffs = in_background(parent, tr(COMPARING),
                              lambda: compare(doc.snapshot_state(info), read_state(doc)))
    except PlanError as exc:
        _fail(parent, tr(CANNOT_COMPARE), exc)
        return
    _show(parent, diffs, info.name, tr(THE_PLAN_NOW))


def compare_snapshots(window: MainWindow, older: SnapshotInfo, newer: SnapshotInfo,
                      parent: QWidget) -> None:
    from ..core.diff import compare

    doc = window.doc
    if doc is None:
        return
    try:
        diffs = in_background(parent, tr(COMPARING), lambda: compare(
            doc.snapshot_state(older), doc.snapshot_state(newer)))
    except PlanError as exc:
        _fail(parent, tr(CANNOT_COMPARE), exc)
        return
    _show(parent, diffs, older.name, newer.name)


def compare_file(window: MainWindow) -> None:
    """The plan now against another plan file (last month's version, a group's copy)."""
    from ..core.diff import compare, read_state
    from ..core.document import PlanDocument

    doc = window.doc
    if doc is None:
        return
    path = ask_path(window, tr(COMPARE_FILE_TITLE), str(doc.path.parent), _plans(),
                    save=False)
    if path is None:
        return
    def work() -> Any:
        other = PlanDocument.open(path, read_only=True)
        try:
            theirs = read_state(other)
        finally:
            other.close()
        return compare(read_state(doc), theirs)

    try:
        diffs = in_background(window, tr(COMPARING), work)
    except PlanError as exc:
        _fail(window, tr(CANNOT_COMPARE), exc)
        return
    _show(window, diffs, tr(THE_PLAN_NOW), path.name)


def _show(parent: QWidget, diffs: Any, before: str, after: str) -> None:
    from .compare_view import show_compare

    show_compare(parent, diffs, before, after)


# --- breakout groups ---------------------------------------------------------------------------

def group_copy(window: MainWindow) -> Path | None:
    from ..core.groups import group_copy as write

    doc = window.doc
    if doc is None:
        return None
    suggestion = doc.path.with_name(tr(GROUP_COPY_NAME).replace("%1", doc.path.stem) + ".lcplan")
    path = ask_path(window, tr(GROUP_COPY_TITLE), str(suggestion), _plans(), save=True,
                    suffix="lcplan")
    if path is None:
        return None
    try:
        with busy():
            info = write(doc, path, overwrite=path.exists())
    except PlanError as exc:
        _fail(window, tr(CANNOT_WRITE_THE_COPY), exc)
        return None
    window.statusBar().showMessage(
        tr(GROUP_COPY_SAVED)
        .replace("%2", info.name).replace("%1", str(path)), 10000)
    return path


class MergeCommand(DocCommand):
    """A merge as one undo step: the plan's rows and properties before and after."""

    def __init__(self, doc: PlanDocument, text: str, prepared: Prepared) -> None:
        super().__init__(doc, text)
        self.prepared = prepared
        self.before: Snapshot | None = None
        self.after: Snapshot | None = None
        self.snapshot: SnapshotInfo | None = None

    def apply(self) -> None:
        if self.after is not None:
            self.doc.put_state(self.after)
            return
        from ..core.groups import apply

        self.before = self.doc.take_state(with_plan=True)
        self.snapshot = apply(self.doc, self.prepared)
        self.after = self.doc.take_state(with_plan=True)

    def revert(self) -> None:
        assert self.before is not None
        self.doc.put_state(self.before)


def merge_copy(window: MainWindow, path: Path | None = None) -> bool:
    """Read a group's copy, let the person decide, merge as one undo step."""
    from ..core.groups import prepare
    from .merge_dialog import MergeDialog

    doc = window.doc
    if doc is None:
        return False
    if doc.read_only:
        from ..core.errors import ReadOnlyDocument

        _fail(window, tr(CANNOT_MERGE_THE_COPY), ReadOnlyDocument())
        return False
    if path is None:
        path = ask_path(window, tr(MERGE_TITLE), str(doc.path.parent), _plans(),
                        save=False)
        if path is None:
            return False
    try:
        prepared = in_background(window, tr(READING_COPY).replace("%1", path.name),
                                 lambda: prepare(doc, path))
    except PlanError as exc:
        _fail(window, tr(CANNOT_MERGE_THE_COPY), exc)
        return False
    dialog = MergeDialog(window, prepared)
    try:
        if dialog.nothing_to_do():
            QMessageBox.information(window, tr(MERGE_TITLE),
                                    tr(NOTHING_TO_MERGE_THE).replace("%1", path.name))
            return False
        if dialog.exec() != MergeDialog.DialogCode.Accepted:
            return False
        decisions = dialog.decisions()
    finally:
        shiboken6.delete(dialog)
    command = MergeCommand(doc, tr(MERGE_STEP).replace("%1", path.name), prepared)
    try:
        with busy():
            prepared.settle(decisions)
            run(window.undo_stack, command)
    except PlanError as exc:
        _fail(window, tr(CANNOT_MERGE_THE_COPY), exc)
        return False
    assert command.snapshot is not None
    window.statusBar().showMessage(
        tr(MERGED_THE_PLAN_AS)
        .replace("%2", command.snapshot.name).replace("%1", path.name), 10000)
    return True
