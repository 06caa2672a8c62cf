"""The organisations register: who takes part, what each leads and where each is a partner.

Names, sectors and contacts are edited in the table (one undo step per cell).  Two duplicates
("Milli Eğitim" and "İl Milli Eğitim Müdürlüğü") are merged in one undoable step that moves their
leads and partner links to the one that stays.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStyle,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..core.rows import OrganisationRow
from ..core.vocab import Sector
from .column_fit import ColumnFitter
from .detail_tables import ChoiceDelegate, RowsTableModel

if TYPE_CHECKING:
    from .commander import Commander

Index = QModelIndex | QPersistentModelIndex
IdRole = Qt.ItemDataRole.UserRole + 1
DISPLAY, EDIT = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole


class OrganisationModel(RowsTableModel):
    columns = (
        ("name", QT_TRANSLATE_NOOP("OrganisationTable", "Organisation")),
        ("sector", QT_TRANSLATE_NOOP("OrganisationTable", "Sector")),
        ("contact_person", QT_TRANSLATE_NOOP("OrganisationTable", "Contact person")),
        ("email", QT_TRANSLATE_NOOP("OrganisationTable", "E-mail")),
        ("phone", QT_TRANSLATE_NOOP("OrganisationTable", "Phone")),
        ("leads", QT_TRANSLATE_NOOP("OrganisationTable", "Leads")),
        ("partners_in", QT_TRANSLATE_NOOP("OrganisationTable", "Partner in")),
    )
    context = "OrganisationTable"
    editable_keys = ("name", "sector", "contact_person", "email", "phone")

    def set_commander(self, commander: Commander | None) -> None:
        if self.commander is not None:
            self.commander.doc.changed.disconnect(self._on_changed)
        self.commander = commander
        if commander is not None:
            commander.doc.changed.connect(self._on_changed)
        self.reload()

    def _on_changed(self, kind: str, _ids: list) -> None:  # type: ignore[type-arg]
        if kind in ("organisation", "action", "all"):
            if self.watching():
                self.reload()
            else:
                self.stale = True  # reloaded when the page is shown, not on every edit

    stale = False

    def watching(self) -> bool:
        """Whether someone looks at the register now (the page sets this)."""
        return True

    def reload(self) -> None:
        self.stale = False
        super().reload()

    def _load(self) -> list[OrganisationRow]:
        return self.commander.doc.organisations() if self.commander else []

    def data(self, index: Index, role: int = DISPLAY):  # type: ignore[no-untyped-def]
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        org = self._rows[index.row()]
        key = self.key(index.column())
        if role == IdRole:
            return org.id
        if role == DISPLAY:
            if key == "sector":
                return Sector.label_of(org.sector) if org.sector else self.tr("(choose)")
            return str(getattr(org, key))
        if not org.sector and key in ("name", "sector"):  # typed in as a lead or partner:
            if role == Qt.ItemDataRole.DecorationRole and key == "name":  # flagged until completed
                return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("No sector yet: choose one (double-click the Sector cell).")
        if role == EDIT:
            return getattr(org, key)
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("leads", "partners_in"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def editable(self, index: Index) -> bool:
        return super().editable(index) and self.key(index.column()) in self.editable_keys

    def setData(self, index: Index, value: Any, role: int = EDIT) -> bool:  # noqa: N802
        if not index.isValid() or role != EDIT or self.commander is None:
            return False
        org = self._rows[index.row()]
        return self.commander.update_organisation(org.id, **{self.key(index.column()): value})


class OrganisationsPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.commander: Commander | None = None
        self.model = OrganisationModel(self)
        self.model.watching = self.isVisible  # type: ignore[method-assign]
        left = QWidget()
        column = QVBoxLayout(left)
        column.addWidget(QLabel(self.tr("<h2>Organisations</h2>")))
        self.error = QLabel(objectName="error", wordWrap=True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        column.addWidget(self.error)
        self.table = QTableView(objectName="organisationTable")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Organisations"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setItemDelegateForColumn(1, ChoiceDelegate(Sector, self.table))
        keys = [key for key, _title in self.model.columns]
        # on a projector: the name and what fits of the rest (contacts last), never sideways
        self.fitter = ColumnFitter(self.table, [keys.index(k) for k in (
            "name", "sector", "leads", "partners_in", "contact_person", "phone", "email")],
            keys.index("name"))
        self._size_columns()
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_details())
        column.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.new_name = QLineEdit(objectName="newOrganisation")
        self.new_name.setPlaceholderText(self.tr("New organisation: type its name and press Enter"))
        self.new_name.setAccessibleName(self.tr("New organisation"))
        self.new_name.returnPressed.connect(self._add)
        self.merge_button = QPushButton(self.tr("&Merge…"), objectName="merge")
        self.merge_button.setToolTip(self.tr("Select two organisations that are the same, then merge"))
        self.merge_button.clicked.connect(self.merge_selected)
        self.delete_button = QPushButton(self.tr("&Delete"), objectName="deleteOrganisation")
        self.delete_button.clicked.connect(self._delete)
        row.addWidget(self.new_name, 1)
        row.addWidget(self.merge_button)
        row.addWidget(self.delete_button)
        column.addLayout(row)
        self.details = QTextBrowser(objectName="organisationDetails")
        self.details.setAccessibleName(self.tr("Actions of the organisation"))
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([760, 300])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def _size_columns(self) -> None:
        """Widths from sample texts, at the page's type (again when presentation mode changes
        it); the fitter shows the ones that fit on a projector."""
        fm = self.table.fontMetrics()
        widths = []
        for section, sample in enumerate(("M" * 26, "National government", "M" * 12,
                                          "firstname.lastname@example.org", "+90 386 555 00 00",
                                          "9999", "9999")):
            title = str(self.model.headerData(section, Qt.Orientation.Horizontal))
            widths.append(max(fm.horizontalAdvance(sample), fm.horizontalAdvance(title) + 16) + 14)
        self.fitter.set_widths(widths, fm.horizontalAdvance("M" * 14))
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(fm.height() + 10)

    def changeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        if event.type() == event.Type.FontChange and hasattr(self, "fitter"):
            self._size_columns()
        super().changeEvent(event)

    def set_commander(self, commander: Commander | None) -> None:
        if self.commander is not None:
            self.commander.failed.disconnect(self._failed)
            self.commander.doc.changed.disconnect(self._on_changed)
        self.commander = commander
        if commander is not None:
            commander.failed.connect(self._failed)
            commander.doc.changed.connect(self._on_changed)
        self.model.set_commander(commander)
        read_only = commander is None or commander.doc.read_only
        for widget in (self.new_name, self.merge_button, self.delete_button):
            widget.setEnabled(not read_only)
        self._show_details()

    def _on_changed(self, _kind: str, _ids: list) -> None:  # type: ignore[type-arg]
        if self.isVisible():
            self._show_details()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        if self.model.stale:
            self.model.reload()
            self._show_details()
        super().showEvent(event)

    def _failed(self, message: str, _field: str) -> None:
        if self.isVisible():
            self.error.setText(message)
            self.error.show()

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.index(r, 0).data(IdRole) for r in rows]

    def select_organisation(self, org_id: int) -> None:
        for r in range(self.model.rowCount()):
            if self.model.index(r, 0).data(IdRole) == org_id:
                self.table.selectionModel().setCurrentIndex(  # selectRow fails right to left
                    self.model.index(r, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)

    def _add(self) -> None:
        name = self.new_name.text().strip()
        if self.commander is None or not name:
            return
        self.error.hide()
        new_id = self.commander.add_organisation(name)
        if new_id is not None:
            self.new_name.clear()
            self.select_organisation(new_id)

    def _delete(self) -> None:
        if self.commander is None:
            return
        with self.commander.macro(self.tr("Delete organisation")):
            for org_id in self.selected_ids():
                self.commander.delete_organisation(org_id)

    def merge_selected(self) -> None:
        """Merge the two selected organisations; asks which name stays."""
        ids = self.selected_ids()
        if self.commander is None:
            return
        if len(ids) != 2:
            self.error.setText(self.tr("Select exactly two organisations to merge."))
            self.error.show()
            return
        names = [self.commander.doc.organisation(i).name for i in ids]
        keep, ok = QInputDialog.getItem(self, self.tr("Merge organisations"),
                                        self.tr("Keep which name? The other is merged into it."),
                                        names, 0, False)
        if ok:
            keep_id = ids[names.index(keep)]
            drop_id = ids[1 - names.index(keep)]
            self.error.hide()
            self.commander.merge_organisations(keep_id, drop_id)
            self.select_organisation(keep_id)

    def _show_details(self) -> None:
        index = self.table.currentIndex()
        if self.commander is None or not index.isValid():
            self.details.setHtml(self.tr("<i>Select an organisation to see its actions.</i>"))
            return
        org = self.model.row_at(index.row())
        leads, partners = self.commander.doc.actions_of_organisation(org.id)

        def items(rows: list) -> str:  # type: ignore[type-arg]
            if not rows:
                return self.tr("<p><i>none</i></p>")
            return "<ul>" + "".join(f"<li>{r.code} {_esc(r.title)}</li>" for r in rows) + "</ul>"

        lead_count, partner_count = len(leads), len(partners)
        self.details.setHtml(
            self.tr("<h3>%1</h3>%2%3%4%5")
            .replace("%1", _esc(org.name))
            .replace("%2", self.tr("<p><b>Leads %n action(s):</b></p>", None, lead_count))
            .replace("%3", items(leads))
            .replace("%4", self.tr("<p><b>Partner in %n action(s):</b></p>", None, partner_count))
            .replace("%5", items(partners)))


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
