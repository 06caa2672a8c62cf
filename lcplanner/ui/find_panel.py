"""Edit → Find (Ctrl+F): search the whole plan and jump to what was found.

A panel docked under the pages, so the room sees the plan and the results together: type, and
actions, objectives, organisations and indicators of every area are listed (actions in plan
order); Down goes to the list, Enter jumps to the item (the action in its table and editor, the
objective in its area, the organisation in the register), Escape closes the panel and gives the
focus back.  Filters narrow the actions: status, lead, "has gaps".  When nothing matches as typed
the panel says it shows matches without accents ("isikli" finds "ışıklı").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.find import KINDS, Filters, Found, Hit
from ..core.vocab import Status
from .navigator import ORGANISATIONS

if TYPE_CHECKING:
    from .main_window import MainWindow

HitRole = Qt.ItemDataRole.UserRole
GROUPS = {
    "action": QT_TRANSLATE_NOOP("FindPanel", "Actions (%1)"),
    "objective": QT_TRANSLATE_NOOP("FindPanel", "Objectives (%1)"),
    "organisation": QT_TRANSLATE_NOOP("FindPanel", "Organisations (%1)"),
    "indicator": QT_TRANSLATE_NOOP("FindPanel", "Indicators (%1)"),
}
LIMIT = 200  # hits listed per kind; the group's title gives the full count


class _Query(QLineEdit):
    """The search text: Down moves to the results, Escape closes the panel."""

    def __init__(self, panel: FindPanel) -> None:
        super().__init__(objectName="findText")
        self._panel = panel

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Down and self._panel.results.topLevelItemCount():
            self._panel.focus_results()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._panel.jump_to_first()
            return
        super().keyPressEvent(event)


class FindPanel(QDockWidget):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.setObjectName("findDock")
        self.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self._return_to: QWidget | None = None
        body = QWidget()
        layout = QVBoxLayout(body)
        row = QHBoxLayout()
        self.query = _Query(self)
        self.query.setClearButtonEnabled(True)
        self.query.textChanged.connect(self.refresh)
        self.status = QComboBox(objectName="findStatus")
        self.status.currentIndexChanged.connect(self.refresh)
        self.lead = QComboBox(objectName="findLead")
        self.lead.currentIndexChanged.connect(self.refresh)
        self.gaps = QCheckBox(objectName="findGaps")
        self.gaps.toggled.connect(self.refresh)
        row.addWidget(self.query, 3)
        row.addWidget(self.status, 1)
        row.addWidget(self.lead, 1)
        row.addWidget(self.gaps)
        layout.addLayout(row)
        self.summary = QLabel(objectName="findSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.results = QTreeWidget(objectName="findResults")
        self.results.setHeaderHidden(True)
        self.results.setRootIsDecorated(False)
        self.results.setUniformRowHeights(True)
        self.results.itemActivated.connect(lambda item, _c: self.jump(item))
        layout.addWidget(self.results, 1)
        self.setWidget(body)
        self._doc = None  # the document whose changes refresh the results
        self._later = QTimer(self, singleShot=True, interval=150)
        self._later.timeout.connect(self.refresh)
        self.retranslate()
        self.hide()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Find in the whole plan"))
        self.query.setPlaceholderText(self.tr(
            "Actions, objectives, organisations, indicators: type a word"))
        self.query.setAccessibleName(self.tr("Find in the whole plan"))
        self.status.setAccessibleName(self.tr("Status filter"))
        self.lead.setAccessibleName(self.tr("Lead filter"))
        self.gaps.setText(self.tr("Only actions with gaps"))
        self.results.setAccessibleName(self.tr("Results"))
        self._fill_filters()
        self.refresh()

    # --- showing ---------------------------------------------------------------------------------

    def open(self) -> None:
        """Ctrl+F: show the panel with the query selected, remembering where the focus was."""
        focus = self.window_.focusWidget()
        if focus is not None and not self.isAncestorOf(focus):
            self._return_to = focus
        self._fill_filters()
        self.show()
        self.raise_()
        self.query.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.query.selectAll()
        self.refresh()

    def close_panel(self) -> None:
        self.hide()
        target = self._return_to
        if target is not None and target.isVisible():
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            self.close_panel()
            return
        super().keyPressEvent(event)

    def _fill_filters(self) -> None:
        """Status and lead choices (the lead list follows the register when the panel opens)."""
        doc = self.window_.doc
        status, lead = self.status.currentData(), self.lead.currentData()
        for combo in (self.status, self.lead):
            combo.blockSignals(True)
            combo.clear()
        self.status.addItem(self.tr("Any status"), None)
        for item in Status:
            self.status.addItem(item.label, item.value)
        self.lead.addItem(self.tr("Any lead"), None)
        for org in doc.organisations() if doc is not None else ():
            self.lead.addItem(org.name, org.id)
        self.status.setCurrentIndex(max(0, self.status.findData(status)))
        self.lead.setCurrentIndex(max(0, self.lead.findData(lead)))
        for combo in (self.status, self.lead):
            combo.blockSignals(False)

    def filters(self) -> Filters:
        return Filters(status=self.status.currentData(), lead_id=self.lead.currentData(),
                       gaps_only=self.gaps.isChecked())

    # --- searching -------------------------------------------------------------------------------

    def refresh(self, *_args: object) -> None:
        doc = self.window_.doc
        if doc is not self._doc:  # another plan: follow its edits (results never go stale)
            if self._doc is not None and not self._doc.closed:
                self._doc.changed.disconnect(self._on_changed)
            self._doc = doc
            if doc is not None:
                doc.changed.connect(self._on_changed)
        self.results.clear()
        if doc is None or doc.closed or not self.isVisible():
            self.summary.clear()
            return
        found = doc.find(self.query.text(), self.filters(), LIMIT)
        self._show(found)

    def _on_changed(self, *_args: object) -> None:
        if self.isVisible():
            self._later.start()

    def _show(self, found: Found) -> None:
        if not self.query.text().strip() and not self.filters().active:
            self.summary.setText(self.tr("Type a word to search every area of the plan."))
            return
        if not found.total:
            self.summary.setText(self.tr("Nothing found."))
            return
        text = self.tr("%n found in the whole plan.", None, found.total)
        if found.accent_blind:
            text = self.tr("Nothing matches as typed; %n found when accents are ignored.", None,
                           found.total)
        self.summary.setText(text)
        groups: dict[str, QTreeWidgetItem] = {}
        for kind in KINDS:
            if found.counts.get(kind):
                group = QTreeWidgetItem([QCoreApplication.translate("FindPanel", GROUPS[kind])
                                         .replace("%1", str(found.counts[kind]))])
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                self.results.addTopLevelItem(group)
                groups[kind] = group
        for hit in found.hits:
            item = QTreeWidgetItem([self._line(hit)])
            item.setData(0, HitRole, hit)
            item.setToolTip(0, hit.text)
            groups[hit.kind].addChild(item)
        self.results.expandAll()

    def _line(self, hit: Hit) -> str:
        if hit.kind == "organisation":
            return hit.text
        if hit.kind == "indicator":
            return self.tr("%1 (%2)").replace("%1", hit.text).replace("%2", hit.code or "—")
        return self.tr("%1  %2").replace("%1", hit.code).replace("%2", hit.text)

    def focus_results(self) -> None:
        first = self._first_hit()
        if first is not None:
            self.results.setCurrentItem(first)
        self.results.setFocus(Qt.FocusReason.OtherFocusReason)

    def _first_hit(self) -> QTreeWidgetItem | None:
        for i in range(self.results.topLevelItemCount()):
            group = self.results.topLevelItem(i)
            if group.childCount():
                return group.child(0)
        return None

    def jump_to_first(self) -> None:
        first = self._first_hit()
        if first is not None:
            self.jump(first)

    def jump(self, item: QTreeWidgetItem) -> None:
        hit = item.data(0, HitRole)
        if isinstance(hit, Hit):
            go_to_hit(self.window_, hit)


def go_to_hit(window: MainWindow, hit: Hit) -> None:
    """Show a found item where it is edited and put the focus there."""
    if window.doc is None:
        return
    if hit.kind == "organisation":
        window.show_area(ORGANISATIONS)
        window.organisations_page.select_organisation(hit.id)
        return
    if hit.area is None:
        return
    window.show_area(hit.area)
    page = window.area_page
    if hit.kind == "objective" or hit.action_id is None:
        page.select_objective(hit.objective_id or hit.id)
        page.objectives.setFocus(Qt.FocusReason.OtherFocusReason)
        return
    if page.current_id() != hit.action_id:
        page.search.clear()  # the area's own filter must not hide what was found
    page.select_action(hit.action_id)
    if hit.kind == "indicator":
        if not window.editor_action.isChecked():
            window.editor_action.trigger()
        page.editor.ensureWidgetVisible(page.editor.indicators)
        page.editor.indicators.setFocus(Qt.FocusReason.OtherFocusReason)
    else:
        page.table.setFocus(Qt.FocusReason.OtherFocusReason)


def open_find(window: MainWindow) -> FindPanel:
    """The window's find panel, made at its first use (start-up does not pay for it), shown."""
    panel = window.findChild(FindPanel, "findDock")
    if panel is None:
        panel = FindPanel(window)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, panel)
    panel.open()
    return panel
