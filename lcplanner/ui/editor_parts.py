"""Parts of the action editor: partners, budget lines, indicators (the date field: date_field.py).

Each part edits through the Commander (one undo step per change) and is refilled by the editor
from the document's rows; none keeps state of its own beyond what is on screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.rows import ActionRow
from ..core.vocab import FundingSource, IndicatorKind, Role
from . import fmt
from .detail_tables import BudgetModel, ChoiceDelegate, IdRole, IndicatorModel
from .column_fit import ColumnFitter
from .wrap_row import WrapRow

if TYPE_CHECKING:
    from .commander import Commander

def _narrow(combo: QComboBox) -> None:
    """A combo that may shrink below its longest entry (the list still shows it whole), so the
    editor fits a 300-pixel pane at 1024x768."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(6)


def _table(view: QAbstractItemView, name: str) -> None:
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setMinimumHeight(110)
    view.setTabKeyNavigation(False)  # Tab goes on to the next field, as in the rest of the form
    if isinstance(view, QTableView):
        view.verticalHeader().hide()
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)


class PartnersBox(QWidget):
    """The partners of an action with their roles; add by choosing or typing a name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.commander: Commander | None = None
        self.row: ActionRow | None = None
        self._name_items: tuple[tuple[int, str], ...] = ()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("partners")
        self.table.setHorizontalHeaderLabels([self.tr("Organisation"), self.tr("Role")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        _table(self.table, self.tr("Partners"))
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table)
        self.name = QComboBox(objectName="partnerName")
        self.name.setEditable(True)
        self.name.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.name.setAccessibleName(self.tr("Partner organisation"))
        self.name.lineEdit().setPlaceholderText(self.tr("Choose or type a new organisation"))
        self.name.lineEdit().returnPressed.connect(self._add)
        self.role = QComboBox(objectName="partnerRole")
        self.role.setAccessibleName(self.tr("Partner role"))
        _narrow(self.role)
        for role in Role:
            self.role.addItem(role.label, role.value)
        self.add_button = QPushButton(self.tr("Add partner"), objectName="addPartner")
        self.add_button.clicked.connect(self._add)
        self.remove_button = QPushButton(self.tr("Remove"), objectName="removePartner")
        self.remove_button.clicked.connect(self._remove)
        layout.addWidget(self.name)  # a row of its own: long Turkish names need the width
        self.controls = WrapRow()  # stacks in a narrow pane (presentation type at 1024 px)
        for widget in (self.role, self.add_button, self.remove_button):
            self.controls.addWidget(widget, 1 if widget is self.role else 0)
        layout.addWidget(self.controls)

    def set_commander(self, commander: Commander | None) -> None:
        self.commander = commander
        self._name_items = ()

    def set_action(self, row: ActionRow | None) -> None:
        self.row = row
        self.table.setRowCount(0)
        if row is None or self.commander is None:
            return
        orgs = tuple((org.id, org.name) for org in self.commander.doc.organisations())
        if orgs != self._name_items:  # refill only when the register changed
            self._name_items = orgs
            self.name.clear()
            for org_id, name in orgs:
                self.name.addItem(name, org_id)
        self.name.setCurrentIndex(-1)
        self.name.setEditText("")
        self.table.setRowCount(len(row.partners))
        for i, partner in enumerate(row.partners):
            item = QTableWidgetItem(partner.name)
            item.setData(Qt.ItemDataRole.UserRole, partner.organisation_id)
            self.table.setItem(i, 0, item)
            combo = QComboBox()
            _narrow(combo)
            combo.setAccessibleName(self.tr("Role of %1").replace("%1", partner.name))
            for role in Role:
                combo.addItem(role.label, role.value)
            combo.setCurrentIndex(combo.findData(partner.role))
            combo.activated.connect(lambda _i: self._commit_roles())
            self.table.setCellWidget(i, 1, combo)
        read_only = self.commander.doc.read_only
        for widget in (self.name, self.role, self.add_button, self.remove_button):
            widget.setEnabled(not read_only)

    def current(self) -> list[tuple[int, str]]:
        pairs = []
        for i in range(self.table.rowCount()):
            combo = self.table.cellWidget(i, 1)
            pairs.append((self.table.item(i, 0).data(Qt.ItemDataRole.UserRole),
                          combo.currentData() if isinstance(combo, QComboBox) else "partner"))
        return pairs

    def _commit_roles(self) -> None:
        if self.commander is not None and self.row is not None:
            self.commander.set_partners(self.row.id, self.current())

    def _add(self) -> None:
        name = self.name.currentText().strip()
        if self.commander is None or self.row is None or not name:
            return
        with self.commander.macro(self.tr("Add partner")):
            org_id = self.commander.organisation_for(name)
            if org_id is not None:
                self.commander.set_partners(self.row.id,
                                            [*self.current(), (org_id, self.role.currentData())])

    def _remove(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        if self.commander is None or self.row is None or not rows:
            return
        keep = [p for i, p in enumerate(self.current()) if i not in rows]
        self.commander.set_partners(self.row.id, keep)


class _TableBox(QWidget):
    """A table of an action's detail rows with Add and Remove buttons."""

    # The columns shown in a narrow pane (presentation mode), most useful first; the first
    # named ``fit_stretch`` takes the rest of the width.
    fit_order: tuple[str, ...] = ()
    fit_stretch = ""

    def __init__(self, model: BudgetModel | IndicatorModel, name: str, add_text: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.row: ActionRow | None = None
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.view = QTableView()
        self.view.setModel(model)
        _table(self.view, name)
        keys = [key for key, _title in model.columns]
        self.fitter = ColumnFitter(self.view, [keys.index(k) for k in self.fit_order],
                                   keys.index(self.fit_stretch), measure=True)
        self.layout_.addWidget(self.view)
        self.controls = WrapRow()  # stacks in a narrow pane (presentation type at 1024 px)
        self.add_button = QPushButton(add_text)
        self.add_button.clicked.connect(self._add)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self._remove)
        self.controls.addWidget(self.add_button)
        self.controls.addWidget(self.remove_button)
        self.layout_.addWidget(self.controls)

    @property
    def commander(self) -> Commander | None:
        return self.model.commander

    def set_commander(self, commander: Commander | None) -> None:
        self.model.set_owner(commander, None)

    def set_action(self, row: ActionRow | None) -> None:
        self.row = row
        if self.model.owner_id != (row.id if row else None) or row is None:
            self.model.set_owner(self.commander, row.id if row else None)
        read_only = self.commander is None or self.commander.doc.read_only
        self.add_button.setEnabled(row is not None and not read_only)
        self.remove_button.setEnabled(row is not None and not read_only)

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedIndexes()})
        return [self.model.index(r, 0).data(IdRole) for r in rows]

    def _add(self) -> None:
        raise NotImplementedError

    def _remove(self) -> None:
        raise NotImplementedError

    def _edit_new(self, new_id: int | None, column: int) -> None:
        """Put the cursor in the new row's first useful cell."""
        for r in range(self.model.rowCount()):
            if self.model.index(r, 0).data(IdRole) == new_id:
                index = self.model.index(r, column)
                self.view.setCurrentIndex(index)
                self.view.edit(index)


class BudgetBox(_TableBox):
    fit_order = ("year", "amount", "source", "spent", "confirmed")
    fit_stretch = "amount"

    def __init__(self, parent: QWidget | None = None) -> None:
        model = BudgetModel()
        super().__init__(model, self.tr("Budget lines"), self.tr("Add budget line"), parent)
        model.setParent(self)
        self.view.setObjectName("budgetTable")
        self.add_button.setObjectName("addBudgetLine")
        self.view.setItemDelegateForColumn(2, ChoiceDelegate(FundingSource, self.view))
        self.total = QLabel(objectName="budgetTotal")
        # A line of its own under the table: beside the buttons it made the editor wider than its
        # pane at 1024x768 (Turkish button texts and a ₺ total do not fit 300 pixels together).
        self.layout_.insertWidget(self.layout_.indexOf(self.view) + 1, self.total)
        model.modelReset.connect(self._update_total)
        model.dataChanged.connect(self._update_total)

    def _update_total(self) -> None:
        if self.row is None or self.commander is None:
            self.total.clear()
            return
        total = sum((self.model.row_at(r).amount for r in range(self.model.rowCount())), start=0)
        self.total.setText(self.tr("Total: %1").replace(
            "%1", fmt.money(total, self.commander.doc.plan().currency)))  # type: ignore[arg-type]

    def _add(self) -> None:
        if self.commander is None or self.row is None:
            return
        plan = self.commander.doc.plan()
        used = {self.model.row_at(r).year for r in range(self.model.rowCount())}
        year = next((y for y in plan.years if y not in used), plan.period_start)
        new_id = self.commander.add_budget_line(self.row.id, year, 0,
                                                source=FundingSource.MUNICIPAL.value)
        self._edit_new(new_id, 1)

    def _remove(self) -> None:
        if self.commander is None:
            return
        for line_id in self.selected_ids():
            self.commander.delete_budget_line(line_id)


class IndicatorBox(_TableBox):
    fit_order = ("name", "target", "actual", "unit", "baseline", "target_year", "kind",
                 "baseline_year", "source")
    fit_stretch = "name"

    def __init__(self, parent: QWidget | None = None) -> None:
        model = IndicatorModel()
        super().__init__(model, self.tr("Indicators"), self.tr("Add indicator"), parent)
        model.setParent(self)
        self.view.setObjectName("indicatorTable")
        self.add_button.setObjectName("addIndicator")
        self.view.setItemDelegateForColumn(1, ChoiceDelegate(IndicatorKind, self.view))
        self.new_name = QLineEdit(objectName="newIndicator")
        self.new_name.setPlaceholderText(self.tr("New indicator, e.g. number of participants"))
        self.new_name.setAccessibleName(self.tr("New indicator name"))
        self.new_name.returnPressed.connect(self._add)
        self.controls.insertWidget(0, self.new_name, 1)
        self.measure_button = QPushButton(self.tr("Measurements…"), objectName="measurements")
        self.measure_button.setToolTip(self.tr("The selected indicator's values over time, "
                                               "with a chart"))
        self.measure_button.clicked.connect(self.show_measurements)
        self.controls.addWidget(self.measure_button)

    def set_action(self, row: ActionRow | None) -> None:
        super().set_action(row)
        self.measure_button.setEnabled(row is not None)

    def show_measurements(self) -> None:
        """The measurements of the current indicator (the first when none is selected)."""
        if self.commander is None or not self.model.rowCount():
            return
        from .measurements_dialog import MeasurementsDialog

        current = self.view.currentIndex()
        row = current.row() if current.isValid() else 0
        dialog = MeasurementsDialog(self.commander, self.model.index(row, 0).data(IdRole), self)
        dialog.exec()

    def _add(self) -> None:
        if self.commander is None or self.row is None:
            return
        name = self.new_name.text().strip() or self.tr("New indicator")
        new_id = self.commander.add_indicator(name, action_id=self.row.id,
                                              kind=IndicatorKind.COUNT.value)
        if new_id is not None:
            self.new_name.clear()
            self._edit_new(new_id, 3)

    def _remove(self) -> None:
        if self.commander is None:
            return
        for indicator_id in self.selected_ids():
            self.commander.delete_indicator(indicator_id)
