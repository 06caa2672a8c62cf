"""File → Snapshots: the plan's named states, newest first, and what can be done with one.

Take a snapshot (Ctrl+T here, or the button), rename (F2), delete (Delete, after a question),
look at one read-only in its own window (Enter), restore it as a new plan file, compare it with
the plan now, or compare two selected.  A read-only plan lists and compares but does not take,
rename or delete.  The work itself is in :mod:`.versions`; this is the list and its keys.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

if TYPE_CHECKING:
    from ..core.snapshots import SnapshotInfo
    from .main_window import MainWindow


class SnapshotsDialog(QDialog):
    """The list of snapshots with its buttons; reloads after every change."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.setObjectName("snapshotsDialog")
        self.setWindowTitle(self.tr("Snapshots"))
        self.infos: list[SnapshotInfo] = []
        intro = QLabel(self.tr("A snapshot keeps the whole plan as it is at one moment, inside "
                               "the plan file: a version the council approved, a workshop's "
                               "draft. The plan itself is not changed by taking or deleting one."))
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("snapshotList")
        self.table.setAccessibleName(self.tr("Snapshots"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Taken"), self.tr("Kind"), self.tr("Actions")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.view())
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        for n, (name, text, slot) in enumerate((
                ("take", self.tr("&Take Snapshot…"), self.take),
                ("view", self.tr("&Open Read-Only"), self.view),
                ("compareNow", self.tr("Compare with &Now"), self.compare_now),
                ("compareTwo", self.tr("Compare T&wo"), self.compare_two),
                ("rename", self.tr("&Rename…"), self.rename),
                ("restore", self.tr("Restore as a &Plan File…"), self.restore),
                ("delete", self.tr("&Delete"), self.delete))):
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            self.buttons[name] = button
            grid.addWidget(button, n // 4, n % 4)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Close"))
        close.rejected.connect(self.reject)
        self.table.installEventFilter(self)  # Enter views (a shortcut would take other Enters)
        for keys, slot in ((QKeySequence.StandardKey.Delete, self.delete), ("F2", self.rename),
                           ("Ctrl+T", self.take)):
            shortcut = QShortcut(QKeySequence(keys), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(grid)
        layout.addWidget(close)
        self.resize(820, 460)
        self.reload()
        self.table.setFocus()

    def eventFilter(self, watched, event) -> bool:  # type: ignore[no-untyped-def]  # noqa: N802
        if (watched is self.table and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier):
            self.view()
            return True
        return super().eventFilter(watched, event)

    # --- the list --------------------------------------------------------------------------------

    def role_text(self, role: str) -> str:
        return {"named": self.tr("Named"), "group": self.tr("Base of a group copy"),
                "base": self.tr("Base of this copy"),
                "merge": self.tr("Before a merge")}.get(role, role)

    def reload(self, select: str | None = None) -> None:
        doc = self.window_.doc
        self.infos = list(reversed(doc.snapshots())) if doc is not None else []
        locale = QLocale()
        self.table.setRowCount(len(self.infos))
        for row, info in enumerate(self.infos):
            local = info.taken_at.replace(tzinfo=dt.timezone.utc).astimezone()
            cells = [info.name, locale.toString(local.replace(tzinfo=None),
                                                QLocale.FormatType.ShortFormat),
                     self.role_text(info.role), locale.toString(info.actions)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        target = next((r for r, i in enumerate(self.infos) if i.uuid == select), 0)
        if self.infos:
            self.table.selectRow(target)
        self._update_buttons()

    def selected(self) -> list[SnapshotInfo]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.infos[r] for r in rows if r < len(self.infos)]

    def _update_buttons(self) -> None:
        doc = self.window_.doc
        writable = doc is not None and not doc.read_only
        count = len(self.selected())
        self.buttons["take"].setEnabled(writable)
        for name in ("view", "compareNow", "restore"):
            self.buttons[name].setEnabled(count == 1)
        self.buttons["rename"].setEnabled(writable and count == 1)
        self.buttons["delete"].setEnabled(writable and count >= 1)
        self.buttons["compareTwo"].setEnabled(count == 2)

    # --- what the buttons do (the flows are in versions.py) ---------------------------------------

    def _one(self) -> Any:
        chosen = self.selected()
        return chosen[0] if len(chosen) == 1 else None

    def take(self) -> None:
        from . import versions

        if self.buttons["take"].isEnabled():
            info = versions.take_snapshot(self.window_, self)
            if info is not None:
                self.reload(info.uuid)

    def view(self) -> None:
        from . import versions

        if (info := self._one()) is not None:
            versions.view_snapshot(self.window_, info, self)

    def compare_now(self) -> None:
        from . import versions

        if (info := self._one()) is not None:
            versions.compare_with_now(self.window_, info, self)

    def compare_two(self) -> None:
        from . import versions

        chosen = self.selected()
        if len(chosen) == 2:
            older, newer = sorted(chosen, key=lambda i: (i.taken_at, i.id))
            versions.compare_snapshots(self.window_, older, newer, self)

    def rename(self) -> None:
        from . import versions

        if self.buttons["rename"].isEnabled() and (info := self._one()) is not None:
            if versions.rename_snapshot(self.window_, info, self):
                self.reload(info.uuid)

    def restore(self) -> None:
        from . import versions

        if (info := self._one()) is not None:
            versions.restore_snapshot(self.window_, info, self)

    def delete_question(self, n: int) -> str:
        return self.tr("Delete %n snapshot(s)? The plan itself is not changed.", None, n)

    def delete(self) -> None:
        from . import versions

        chosen = self.selected()
        if self.buttons["delete"].isEnabled() and chosen:
            if versions.delete_snapshots(self.window_, chosen, self):
                self.reload()
