"""The merge of a group's copy, before anything is written: its changes and the conflicts to decide.

Conflicts come first (a field both sides changed, a row edited on one side and deleted on the
other, and in a two-way merge every difference).  Each shows the plan's value and the copy's and
the decision, "keep the plan's" until the person says otherwise: select one or more rows (Ctrl+A
for all) and press Keep Ours (Ctrl+1), Take Theirs (Ctrl+2) or Edit (F2, a text field only: type
the value both should have).  The Changes tab lists what the merge brings in, grouped by area, and
the notes say which codes were renumbered and which new rows were the same on both sides.  The
person confirms with Merge; Cancel leaves the plan untouched.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import PlanError
from ..core.merge import Conflict, Edited
from .compare_view import CompareTree, words

if TYPE_CHECKING:
    from ..core.groups import Prepared

EDITABLE = str  # only text fields are typed anew; other values are kept or taken


class MergeDialog(QDialog):
    """Changes and conflicts of one prepared merge; :meth:`decisions` after Merge."""

    def __init__(self, parent: QWidget, prepared: Prepared) -> None:
        super().__init__(parent)
        from ..core.diff import REFERENCES

        self.setObjectName("mergeDialog")
        self.prepared = prepared
        self.conflicts: list[Conflict] = list(prepared.result.conflicts)
        self.choices: dict[tuple[str, str, str], Any] = {}
        self._references = REFERENCES
        self._words = words()
        self.changes = prepared.changes()
        self.setWindowTitle(self.tr("Merge %1").replace("%1", prepared.copy.name))

        base = QLabel(self.tr("The copy's base snapshot is gone: every difference is a decision.")
                      if prepared.two_way else
                      self.tr("Merged against the snapshot “%1”, the state the copy started from.")
                      .replace("%1", prepared.base.name if prepared.base else ""))
        base.setWordWrap(True)
        summary = QLabel(self.tr("%n change(s) from the copy.", None, len(self.changes)))
        summary.setObjectName("mergeSummary")
        to_decide = QLabel(self.tr("%n conflict(s) to decide.", None, len(self.conflicts)))
        to_decide.setObjectName("mergeConflictCount")
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._conflict_page(),
                         self.tr("&Conflicts (%1)").replace("%1", str(len(self.conflicts))))
        self.tree = CompareTree(self)
        self.tree.show_diffs(self.changes)
        self.tabs.addTab(self.tree, self.tr("Ch&anges (%1)").replace("%1", str(len(self.changes))))
        notes = self._notes()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                   QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.merge_button.setText(self.tr("&Merge"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(base)
        counts = QHBoxLayout()
        counts.addWidget(summary)
        counts.addWidget(to_decide)
        counts.addStretch(1)
        layout.addLayout(counts)
        layout.addWidget(self.tabs, 1)
        if notes:
            note = QLabel("\n".join(notes))
            note.setObjectName("mergeNotes")
            note.setWordWrap(True)
            layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(1000, 620)
        if not self.conflicts:
            self.tabs.setCurrentIndex(1)
        self.tabs.currentWidget().setFocus()

    # --- conflicts ---------------------------------------------------------------------------------

    def _conflict_page(self) -> QWidget:
        page = QWidget(self)
        self.table = QTableWidget(len(self.conflicts), 5, page)
        self.table.setObjectName("conflictTable")
        self.table.setAccessibleName(self.tr("Conflicts"))
        self.table.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Field"),
                                              self.tr("In the plan"), self.tr("In the copy"),
                                              self.tr("Decision")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in range(5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        w = self._words
        for row, conflict in enumerate(self.conflicts):
            field = conflict.field[:-3] if conflict.field in self._references else conflict.field
            cells = [f"{w.kind(conflict.table)}: {self._label(conflict.table, conflict.uuid)}",
                     w.field_name(conflict.table, field) if field else self._reason(conflict),
                     self._shown(conflict, conflict.ours), self._shown(conflict, conflict.theirs),
                     ""]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
            self._show_choice(row)
        for column, width in enumerate((300, 130, 200, 200)):
            self.table.setColumnWidth(column, width)
        self.keep_button = QPushButton(self.tr("Keep &Ours"), page)
        self.take_button = QPushButton(self.tr("Take &Theirs"), page)
        self.edit_button = QPushButton(self.tr("Ed&it…"), page)
        for button, name, slot, keys in (
                (self.keep_button, "keepOurs", lambda: self.choose("ours"), "Ctrl+1"),
                (self.take_button, "takeTheirs", lambda: self.choose("theirs"), "Ctrl+2"),
                (self.edit_button, "editValue", self.edit, "F2")):
            button.setObjectName(name)
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            shortcut = QShortcut(QKeySequence(keys), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        row_of_buttons = QHBoxLayout()
        for button in (self.keep_button, self.take_button, self.edit_button):
            row_of_buttons.addWidget(button)
        row_of_buttons.addStretch(1)
        layout = QVBoxLayout(page)
        if not self.conflicts:
            layout.addWidget(QLabel(self.tr("No conflicts: the plan and the copy changed "
                                            "different things.")))
        layout.addWidget(self.table, 1)
        layout.addLayout(row_of_buttons)
        if self.conflicts:
            self.table.selectRow(0)
        self._update_buttons()
        return page

    def _label(self, table: str, uuid: str) -> str:
        return self.prepared.label(table, uuid)

    def _shown(self, conflict: Conflict, value: Any) -> str:
        if isinstance(value, dict):  # a whole row: present on that side
            return self.tr("(kept)")
        if value is None and not conflict.field:
            return self.tr("(deleted)") if conflict.reason.startswith("deleted") else \
                self.tr("(not there)")
        target = self.prepared.reference(conflict.field, value)
        return target if target is not None else self._words.value(conflict.field, value)

    def _reason(self, conflict: Conflict) -> str:
        return {"deleted_by_us": self.tr("deleted in the plan, edited in the copy"),
                "deleted_by_them": self.tr("edited in the plan, deleted in the copy"),
                "parent_gone": self.tr("what it belongs to was deleted"),
                "only_ours": self.tr("only in the plan"),
                "only_theirs": self.tr("only in the copy")}.get(conflict.reason, "")

    def _show_choice(self, row: int) -> None:
        conflict = self.conflicts[row]
        choice = self.choices.get(conflict.key, "ours")
        if isinstance(choice, Edited):
            text = self.tr("Edited: %1").replace("%1", str(choice.value))
        elif choice == "theirs":
            text = self.tr("Take the copy's")
        else:
            text = self.tr("Keep the plan's")
        self.table.item(row, 4).setText(text)

    def _rows(self) -> list[int]:
        return sorted({i.row() for i in self.table.selectionModel().selectedRows()})

    def _update_buttons(self) -> None:
        rows = self._rows()
        settable = [r for r in rows if self.conflicts[r].reason != "parent_gone"]
        self.keep_button.setEnabled(bool(settable))
        self.take_button.setEnabled(bool(settable))
        self.edit_button.setEnabled(len(rows) == 1 and self._editable(self.conflicts[rows[0]]))

    def _editable(self, conflict: Conflict) -> bool:
        return (conflict.reason == "both" and conflict.field not in self._references
                and isinstance(conflict.ours, EDITABLE) and isinstance(conflict.theirs, EDITABLE))

    def choose(self, side: str) -> None:
        """Keep ours or take theirs for every selected conflict."""
        for row in self._rows():
            conflict = self.conflicts[row]
            if conflict.reason != "parent_gone":
                self.choices[conflict.key] = side
                self._show_choice(row)

    def edit(self, value: str | None = None) -> None:
        """Type the value both sides should have (one text field)."""
        from .versions import ask_text

        rows = self._rows()
        if len(rows) != 1 or not self._editable(self.conflicts[rows[0]]):
            return
        conflict = self.conflicts[rows[0]]
        if value is None:
            current = self.choices.get(conflict.key)
            start = current.value if isinstance(current, Edited) else conflict.ours
            value = ask_text(self, self.tr("Edit the value"),
                             self.tr("The value the plan keeps:"), start)
            if value is None:
                return
        try:
            cleaned = _clean(conflict, value)
        except PlanError as exc:
            QMessageBox.warning(self, self.tr("Edit the value"), exc.message())
            return
        self.choices[conflict.key] = Edited(cleaned)
        self._show_choice(rows[0])

    def _notes(self) -> list[str]:
        w = self._words
        notes = [self.tr("Renumbered: %1 is now %2 (the plan already had %1).")
                 .replace("%2", new).replace("%1", old)
                 for _table, old, new in self.prepared.result.renumbered]
        notes += [self.tr("The same %1 in both, kept once: %2.").replace(
            "%2", self._label(table, ours)).replace("%1", w.kind(table))
            for table, _theirs, ours in self.prepared.result.same]
        return notes[:12] + ([self.tr("… and %n more.", None, len(notes) - 12)]
                             if len(notes) > 12 else [])

    # --- answers ------------------------------------------------------------------------------------

    def nothing_to_do(self) -> bool:
        return not self.changes and not self.conflicts

    def decisions(self) -> dict[tuple[str, str, str], Any]:
        return dict(self.choices)


def _clean(conflict: Conflict, value: str) -> str:
    """A typed value through the store's own cleaning of that field (control characters, length,
    empty where a value is needed)."""
    from ..core import validate

    kinds = {"action": "action", "objective": "objective", "organisation": "organisation",
             "indicator": "indicator", "plan": "plan", "workshop": "workshop",
             "stakeholder": "stakeholder", "initiative": "initiative", "idea": "idea",
             "voter_group": "group"}
    kind = kinds.get(conflict.table)
    if kind is None:
        return validate.clean_line(value)
    return validate.clean(kind, {conflict.field: value})[conflict.field]
