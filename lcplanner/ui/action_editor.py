"""The action editor: a panel beside the actions table with every field of one action.

A field commits when the person leaves it (editingFinished, focus out, a toggle): one undo step
through the Commander, committed to the file at once.  A refusal (end before start, an empty
title...) is shown in red under the field and the field returns to the stored value.  The panel
reloads from the document whenever the document reports a change to this action.
"""

from __future__ import annotations

import html

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..core import framework
from ..core.errors import NotFound
from ..core.rows import ActionRow
from ..core.vocab import MunicipalRole, Status
from . import fmt
from .date_field import DateField
from .editor_parts import BudgetBox, IndicatorBox, PartnersBox
from .milestone_box import MilestoneBox
from .wrap_row import WrapRow

if TYPE_CHECKING:
    from .commander import Commander


class PlainTextField(QPlainTextEdit):
    """A QPlainTextEdit that says when the person is done with it (focus out)."""

    editingFinished = Signal()  # noqa: N815 - Qt naming

    def focusOutEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().focusOutEvent(event)
        self.editingFinished.emit()

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        # Tab moves on (as in a form) instead of typing a tab character.
        if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            event.ignore()
            return
        super().keyPressEvent(event)


def _checklist(name: str) -> QListWidget:
    widget = QListWidget()
    widget.setAccessibleName(name)
    widget.setMaximumHeight(130)
    widget.setWordWrap(True)
    widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return widget


class ActionEditor(QScrollArea):
    """Shows and edits one action (or says that none is selected)."""

    areaChosen = Signal(int, str)  # noqa: N815  # action id, the area to move it to (the page moves)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.commander: Commander | None = None
        self.action_id: int | None = None
        self._row: ActionRow | None = None
        self._lead_items: tuple[tuple[int, str], ...] = ()
        self._build()
        self.setEnabled(False)

    # --- construction ----------------------------------------------------------------------------

    def _build(self) -> None:
        body = QWidget()
        self.setWidget(body)
        outer = QVBoxLayout(body)
        self.heading = QLabel()
        self.heading.setObjectName("editorHeading")
        self.heading.setWordWrap(True)
        outer.addWidget(self.heading)
        # Where the action came from: the idea wall's cards it was made of (issue 11).
        self.origin = QLabel(objectName="origin")
        self.origin.setWordWrap(True)
        self.origin.hide()
        outer.addWidget(self.origin)
        # A refused value's message, placed under its field (see _place_error), not at the top.
        self.error = QLabel(body)
        self.error.setObjectName("error")
        self.error.setStyleSheet("color: #b00020; background: palette(base); "
                                 "border: 1px solid #b00020; padding: 2px;")
        self.error.setWordWrap(True)
        self.error.hide()
        self._error_field = ""
        self.setMinimumWidth(260)  # 1024 px in presentation type: navigator, table, editor
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # labels above: a narrow panel
        outer.addLayout(form)

        self.title = QLineEdit(objectName="title")
        self.title.editingFinished.connect(lambda: self._commit(title=self.title.text()))
        form.addRow(self.tr("&Title:"), self.title)
        self.objective = QComboBox(objectName="objective")
        self.objective.activated.connect(
            lambda _i: self._commit(objective_id=self.objective.currentData()))
        form.addRow(self.tr("&Objective:"), self.objective)
        self.area = QComboBox(objectName="area")  # choosing another area moves the action there
        for info in framework.PLAN_AREAS:
            self.area.addItem(self.tr("%1 %2").replace("%1", info.code)
                              .replace("%2", framework.tr_label(info.short)), info.code)
        self.area.setToolTip(self.tr("Choose another building block or condition to move the "
                                     "action there (Ctrl+Shift+M in the table)"))
        self.area.activated.connect(self._choose_area)
        form.addRow(self.tr("Building block or condition:"), self.area)
        self.description = PlainTextField(objectName="description")
        self.description.setMaximumHeight(90)
        self.description.editingFinished.connect(
            lambda: self._commit(description=self.description.toPlainText()))
        form.addRow(self.tr("Des&cription:"), self.description)
        self.target_groups = QLineEdit(objectName="targetGroups")
        self.target_groups.editingFinished.connect(
            lambda: self._commit(target_groups=self.target_groups.text()))
        form.addRow(self.tr("Target group&s:"), self.target_groups)

        self.lead = QComboBox(objectName="lead")
        self.lead.setEditable(True)
        self.lead.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.lead.lineEdit().setPlaceholderText(self.tr("Choose or type a new organisation"))
        self.lead.lineEdit().editingFinished.connect(self._commit_lead)
        self.lead.activated.connect(lambda _i: self._commit_lead())
        form.addRow(self.tr("Le&ad:"), self.lead)
        self.partners = PartnersBox()
        form.addRow(self.tr("&Partners:"), self.partners)
        # The municipality's own part (Cork's plan: full accountability, co-ordinating, influencing).
        self.municipal_role = QComboBox(objectName="municipalRole")
        self.municipal_role.addItem(self.tr("(not set)"), "")
        for role in MunicipalRole:
            self.municipal_role.addItem(role.label, role.value)
        self.municipal_role.setToolTip(self.tr(
            "What the municipality itself does in this action: answers for it in full, "
            "co-ordinates the partners, or influences others who deliver it"))
        self.municipal_role.activated.connect(
            lambda _i: self._commit(municipal_role=self.municipal_role.currentData()))
        # "w": the one letter free beside this editor's others in every shipped language.
        form.addRow(self.tr("Municipality's o&wn role:"), self.municipal_role)

        dates = WrapRow()  # one under another in a narrow pane (presentation type)
        self.start = DateField(self.tr("Start date"), objectName="start")
        self.end = DateField(self.tr("End date"), objectName="end")
        self.start.dateCommitted.connect(lambda d: self._commit(start_date=d))
        self.end.dateCommitted.connect(lambda d: self._commit(end_date=d))
        dates.addWidget(self.start)
        dates.addWidget(QLabel("–"))
        dates.addWidget(self.end)
        dates_label = QLabel(self.tr("&Dates:"))
        dates_label.setBuddy(self.start.edit)
        form.addRow(dates_label, dates)

        state = WrapRow()
        self.status = QComboBox(objectName="status")
        for status in Status:
            self.status.addItem(status.label, status.value)
        self.status.activated.connect(lambda _i: self._commit(status=self.status.currentData()))
        self.priority = QSpinBox(objectName="priority", minimum=1, maximum=5)
        self.priority.setToolTip(self.tr("1 = highest priority, 5 = lowest"))
        self.priority.editingFinished.connect(lambda: self._commit(priority=self.priority.value()))
        self.percent = QSpinBox(objectName="percent", minimum=0, maximum=100)
        fmt.percent_affixes(self.percent)  # "%30" in Turkish, "30%" elsewhere: as in the table
        self.percent.editingFinished.connect(lambda: self._commit(percent=self.percent.value()))
        for label, widget in ((self.tr("Status"), self.status), (self.tr("Priority"), self.priority),
                              (self.tr("Complete"), self.percent)):
            widget.setAccessibleName(label)
            state.addWidget(widget)
        state_label = QLabel(self.tr("Status, priorit&y, complete:"))
        state_label.setBuddy(self.status)
        form.addRow(state_label, state)

        self.key_features = _checklist(self.tr("Key features"))
        self.key_features.itemChanged.connect(lambda _item: self._commit_checklists())
        form.addRow(self.tr("&Key features:"), self.key_features)
        self.guidelines = _checklist(self.tr("Guideline areas"))
        for area in framework.GUIDELINE_AREAS:
            item = QListWidgetItem(framework.tr_label(area.name))
            item.setData(Qt.ItemDataRole.UserRole, area.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.guidelines.addItem(item)
        self.guidelines.itemChanged.connect(lambda _item: self._commit_checklists())
        form.addRow(self.tr("G&uideline areas:"), self.guidelines)

        self.milestones = MilestoneBox()
        form.addRow(self.tr("&Milestones:"), self.milestones)
        self.budget = BudgetBox()
        form.addRow(self.tr("&Budget:"), self.budget)
        self.indicators = IndicatorBox()
        form.addRow(self.tr("&Indicators:"), self.indicators)
        self.notes = PlainTextField(objectName="notes")
        self.notes.setMaximumHeight(80)
        self.notes.editingFinished.connect(lambda: self._commit(notes=self.notes.toPlainText()))
        form.addRow(self.tr("&Notes:"), self.notes)
        self.risks = PlainTextField(objectName="risks")
        self.risks.setMaximumHeight(60)
        self.risks.editingFinished.connect(lambda: self._commit(risks=self.risks.toPlainText()))
        form.addRow(self.tr("&Risks:"), self.risks)
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label and isinstance(label.widget(), QLabel):
                label.widget().setWordWrap(True)  # a narrow pane in presentation type
            if label and field and field.widget() and isinstance(label.widget(), QLabel) \
                    and label.widget().buddy() is None:
                label.widget().setBuddy(field.widget())
                if not field.widget().accessibleName():
                    field.widget().setAccessibleName(label.widget().text().replace("&", "").rstrip(":"))
        outer.addStretch(1)

    # --- feeding ---------------------------------------------------------------------------------

    def set_commander(self, commander: Commander | None) -> None:
        if self.commander is not None:
            self.commander.doc.changed.disconnect(self._on_changed)
            self.commander.failed.disconnect(self._show_error)
        self.commander = commander
        self._lead_items = ()
        if commander is not None:
            commander.doc.changed.connect(self._on_changed)
            commander.failed.connect(self._show_error)
        self.partners.set_commander(commander)
        self.budget.set_commander(commander)
        self.milestones.set_commander(commander)
        self.indicators.set_commander(commander)
        self.set_action(None)

    def first_field(self) -> QWidget:
        """Where F6 lands in the editor: its first field (the title)."""
        return self.title

    def set_action(self, action_id: int | None) -> None:
        self.action_id = action_id
        self.error.hide()
        self.reload()

    def _on_changed(self, kind: str, ids: list) -> None:  # type: ignore[type-arg]
        if self.action_id is None:
            return
        if kind in ("all", "organisation", "objective") or (kind == "action" and self.action_id in ids) \
                or kind in ("budget", "indicator", "milestone"):
            self.reload()

    def reload(self) -> None:
        doc = self.commander.doc if self.commander else None
        row = None
        if doc is not None and self.action_id is not None:
            try:
                row = doc.action(self.action_id)
            except NotFound:
                self.action_id = None
        self._row = row
        self.setEnabled(row is not None)
        if row is None:
            self.heading.setText(self.tr("<i>Select an action to edit it here.</i>"))
            for box in (self.partners, self.milestones, self.budget, self.indicators):
                box.set_action(None)
            return
        assert doc is not None
        self.heading.setText(self.tr("<b>%1</b> %2").replace("%1", row.code)
                             .replace("%2", row.title.replace("<", "&lt;")))
        self._show_origin(doc, row.id)
        read_only = doc.read_only
        with _Blocked(self):
            self.title.setText(row.title)
            self.description.setPlainText(row.description)
            self.target_groups.setText(row.target_groups)
            for line in (self.title, self.target_groups):
                if not line.hasFocus():  # a narrow pane shows a long text's beginning
                    line.setCursorPosition(0)
            self.notes.setPlainText(row.notes)
            self.risks.setPlainText(row.risks)
            self.objective.clear()
            self.objective.addItem(self.tr("(no objective)"), None)
            for objective in doc.objectives(row.area):
                self.objective.addItem("  ".join((objective.code, objective.statement)),
                                       objective.id)
            self.objective.setCurrentIndex(max(0, self.objective.findData(row.objective_id)))
            self.area.setCurrentIndex(max(0, self.area.findData(row.area)))
            orgs = tuple((org.id, org.name) for org in doc.organisations())
            if orgs != self._lead_items:  # refill only when the register changed
                self._lead_items = orgs
                self.lead.clear()
                self.lead.addItem("", None)
                for org_id, name in orgs:
                    self.lead.addItem(name, org_id)
            self.lead.setCurrentIndex(max(0, self.lead.findData(row.lead_id)))
            self.start.set_date(row.start_date)
            self.end.set_date(row.end_date)
            self.status.setCurrentIndex(max(0, self.status.findData(row.status)))
            self.municipal_role.setCurrentIndex(
                max(0, self.municipal_role.findData(row.municipal_role)))
            self.priority.setValue(row.priority)
            self.percent.setValue(row.percent)
            self.key_features.clear()
            for feature in framework.key_features_of(row.area):
                item = QListWidgetItem(f"{feature.code}  {framework.tr_label(feature.text)}")
                item.setData(Qt.ItemDataRole.UserRole, feature.code)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if feature.code in row.key_features
                                   else Qt.CheckState.Unchecked)
                self.key_features.addItem(item)
            for i in range(self.guidelines.count()):
                item = self.guidelines.item(i)
                item.setCheckState(Qt.CheckState.Checked
                                   if item.data(Qt.ItemDataRole.UserRole) in row.guideline_areas
                                   else Qt.CheckState.Unchecked)
        for widget in (self.title, self.target_groups):
            widget.setReadOnly(read_only)
        for widget in (self.description, self.notes, self.risks):
            widget.setReadOnly(read_only)
        for widget in (self.objective, self.area, self.lead, self.municipal_role, self.status,
                       self.priority, self.percent, self.key_features, self.guidelines):
            widget.setEnabled(not read_only)  # a read-only plan: look, do not touch
        self.start.set_read_only(read_only)
        self.end.set_read_only(read_only)
        for box in (self.partners, self.milestones, self.budget, self.indicators):
            box.set_action(row)

    # --- committing ------------------------------------------------------------------------------

    def _commit(self, **fields) -> bool:  # type: ignore[no-untyped-def]
        if self.commander is None or self.action_id is None or self._row is None:
            return False
        self.error.hide()
        ok = self.commander.update_action(self.action_id, **fields)
        if not ok:
            self.reload()  # back to the stored values; the message stays visible
            self._place_error(self._error_field or next(iter(fields), ""))
        return ok

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().resizeEvent(event)
        if self.error.isVisible():  # keep the message under its field and within the panel
            self._place_error(self._error_field)

    def _field_widget(self, field: str) -> QWidget:
        """The widget that edits a command's field (the heading when none does)."""
        widgets = {"title": self.title, "code": self.heading, "objective_id": self.objective,
                   "lead_id": self.lead, "start_date": self.start, "end_date": self.end,
                   "status": self.status, "priority": self.priority, "percent": self.percent,
                   "partners": self.partners, "key_features": self.key_features,
                   "guideline_areas": self.guidelines}
        widget = widgets.get(field) or getattr(self, field, None)
        return widget if isinstance(widget, QWidget) else self.heading

    def _place_error(self, field: str) -> None:
        """Show the message right under the field it is about, and scroll both into view."""
        target = self._field_widget(field)
        body = self.widget()
        below = target.mapTo(body, target.rect().bottomLeft()).y()
        left = self.heading.x()  # the whole width of the form: a long message is not cut
        width = max(120, min(body.width(), self.viewport().width()) - 2 * left)
        self.error.setFixedWidth(width)
        self.error.setFixedHeight(self.error.heightForWidth(width))  # wrapped, never cut
        self.error.move(left, below + 2)
        self.error.raise_()
        self.error.show()
        self.ensureWidgetVisible(target)
        self.ensureWidgetVisible(self.error)

    def _commit_lead(self) -> None:
        if self.commander is None or self.action_id is None or self._row is None:
            return
        self.error.hide()
        if not self.commander.set_lead(self.action_id, self.lead.currentText()):
            self.reload()
            self._place_error(self._error_field or "lead_id")

    def _show_origin(self, doc: Any, action_id: int) -> None:
        """"From the idea “Toy library” (7 dots)": the cards this action was made of."""
        cards = doc.ideas_of(action_id=action_id)
        lines = [self.tr("From the idea “%1” (%n dot(s))", None, card.dots)
                 .replace("%1", html.escape(card.text.split("\n")[0][:120])) for card in cards]
        self.origin.setText("<br>".join(lines))
        self.origin.setVisible(bool(lines))

    def _choose_area(self, _index: int) -> None:
        area = self.area.currentData()
        if self.action_id is not None and self._row is not None and area != self._row.area:
            self.areaChosen.emit(self.action_id, area)

    def _commit_checklists(self) -> None:
        def checked(widget: QListWidget) -> list[str]:
            return [widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(widget.count())
                    if widget.item(i).checkState() == Qt.CheckState.Checked]

        self._commit(key_features=checked(self.key_features),
                     guideline_areas=checked(self.guidelines))

    def _show_error(self, message: str, field: str) -> None:
        if self.isVisible() or self._row is not None:
            self.error.setText(message)
            self._error_field = field
            self._place_error(field)


class _Blocked:
    """Block the editor's field signals while it fills them from the document."""

    def __init__(self, editor: ActionEditor) -> None:
        widgets = (editor.title, editor.description, editor.target_groups, editor.notes,
                   editor.risks, editor.objective, editor.area, editor.lead, editor.municipal_role,
                   editor.start, editor.end, editor.status, editor.priority, editor.percent,
                   editor.key_features, editor.guidelines)
        self._blockers = [QSignalBlocker(w) for w in widgets]

    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> None:
        for blocker in self._blockers:
            blocker.unblock()
