"""View → Gaps: every gap of the plan in one list; Enter or a double-click goes to the action and
puts the cursor in the field to fill.

The gaps are the ones the overview counts and ``lcplanner check`` reports (core/gaps.py, read here
through the rows' ``missing``); each line uses check's own translated sentence.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core import framework
from ..core.checks import gap_message

if TYPE_CHECKING:
    from .main_window import MainWindow

ActionRole = Qt.ItemDataRole.UserRole
GapRole = Qt.ItemDataRole.UserRole + 1


class GapsDialog(QDialog):
    """The plan's gaps, area by area, in plan order."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.setObjectName("gapsDialog")
        self.setWindowTitle(self.tr("Gaps"))
        layout = QVBoxLayout(self)
        self.intro = QLabel(self.tr("What the plan still lacks. Enter or a double-click goes to "
                                    "the field."))
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.list = QListWidget(objectName="gapList")
        self.list.setAccessibleName(self.tr("Gaps"))
        self.list.itemActivated.connect(self.go)
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 480)
        self.fill()

    def fill(self) -> None:
        self.list.clear()
        doc = self.window_.doc
        if doc is None:
            return
        for action in doc.actions():
            for gap in action.missing:
                area = framework.AREA_BY_CODE.get(action.area)
                text = gap_message(gap, action.code)
                if area is not None:
                    text = f"{action.area}  {text}"
                item = QListWidgetItem(text)
                item.setData(ActionRole, action.id)
                item.setData(GapRole, gap)
                item.setToolTip(action.title)
                self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            self.list.addItem(QCoreApplication.translate("GapsDialog", "No gaps: every action has "
                                                         "a lead, an indicator, a budget and dates."))

    chosen: tuple[int, str] | None = None

    def go(self, item: QListWidgetItem) -> None:
        """Close with the chosen gap; the window then goes there (see :func:`go_to`)."""
        if item.data(ActionRole) is not None:
            self.chosen = (item.data(ActionRole), item.data(GapRole))
            self.accept()


def show_gaps(window: MainWindow) -> None:
    """The dialog, then (once it has closed, so the focus stays there) the chosen gap's field."""
    if window.doc is None:
        return
    dialog = GapsDialog(window)
    try:
        dialog.exec()
        chosen = dialog.chosen
    finally:
        shiboken6.delete(dialog)  # now, not at exit (see file_dialogs)
    if chosen is not None:
        go_to(window, *chosen)


def go_to(window: MainWindow, action_id: int, gap: str) -> None:
    """Show the action in its area and put the cursor in the field that is missing."""
    doc = window.doc
    if doc is None:
        return
    if not window.editor_action.isChecked():
        window.editor_action.trigger()
    window.show_area(doc.action(action_id).area)
    page = window.area_page
    page.search.clear()
    page.select_action(action_id)
    target = _field_of(page.editor, gap)
    page.editor.ensureWidgetVisible(target)
    target.setFocus(Qt.FocusReason.OtherFocusReason)


def _field_of(editor, gap: str) -> QWidget:  # type: ignore[no-untyped-def]
    widgets = {"lead": editor.lead, "indicator": editor.indicators, "budget": editor.budget,
               "dates": editor.start if editor.start.date() is None else editor.end}
    return widgets.get(gap, editor.title)
