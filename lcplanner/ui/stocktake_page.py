"""The workshop's second step: what the city already has, area by area, prompt by prompt.

UNESCO's Guidelines ask a city to take stock before it plans.  For each of the 12 areas the room
rates every key-feature prompt on four steps (not in place, emerging, established, advanced) with
the evidence for it, rates the area as a whole, and lists the initiatives that already exist (who
runs them, whom they reach).  The areas rated low are named at the top as where to start.

Keys: Left/Right in the area strip choose the area; in the prompt table 0–3 rate the current
prompt and Delete makes it "not rated" (F2 on the rating opens the list, typing in the evidence
column edits it); in the initiatives, type a title and Enter to add, F2 or typing edits a cell,
Delete removes.  Every edit is one undo step through the Commander; refusals are said under the
table they came from.  The four level labels are one vocabulary (core.vocab.RATING_LEVELS) shared with
the overview and the export.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QModelIndex,
    QPersistentModelIndex,
    QSignalBlocker,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from .. import i18n
from ..core import framework
from ..core.errors import PlanError
from ..core.resources import resource
from ..core.rows import InitiativeRow, PromptRow
from ..exchange.prompts import read_prompts
from .area_strip import LEVEL_FILLS, AreaStrip, level_label, start_text
from .cell_editing import ActionTableView, CellDelegate
from .detail_tables import RowsTableModel
from .file_dialogs import ask_path

if TYPE_CHECKING:
    from .commander import Commander

CONTEXT = "Stocktake"

Index = QModelIndex | QPersistentModelIndex
IdRole = Qt.ItemDataRole.UserRole + 1
DISPLAY, EDIT = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole


def prompt_text(prompt: PromptRow, plan_language: str = "") -> str:
    """A prompt in the UI's language, else the plan's, else the first the catalogue has."""
    if not prompt.texts:
        return framework.tr_label(prompt.source)
    for lang in (i18n.ui_language(), plan_language):
        base = i18n.base_code(lang) if lang else ""
        for code, text in prompt.texts.items():
            if lang and (code == lang or i18n.base_code(code) == base):
                return text
    return next(iter(prompt.texts.values()))


# --- prompts and ratings -------------------------------------------------------------------------


@dataclass(frozen=True)
class PromptLine:
    """One row of the prompt table: a prompt (or the area as a whole, code '') and its rating."""

    id: str  # the prompt code; '' for the area as a whole
    text: str
    level: int | None
    evidence: str
    listed: bool = True  # False: rated earlier under a code the loaded prompts no longer have


class PromptModel(RowsTableModel):
    columns = (
        ("code", QT_TRANSLATE_NOOP("StocktakeTable", "Code")),
        ("text", QT_TRANSLATE_NOOP("StocktakeTable", "Prompt")),
        ("level", QT_TRANSLATE_NOOP("StocktakeTable", "Rating (keys 0–3)")),
        ("evidence", QT_TRANSLATE_NOOP("StocktakeTable", "Evidence")),
    )
    context = "StocktakeTable"

    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.area = "BB1"
        self.commit: Any = None  # the page's (line, key, value) -> bool

    def _load(self) -> list[PromptLine]:
        if self.commander is None:
            return []
        doc = self.commander.doc
        language = doc.plan().language
        rated = {r.prompt_code: r for r in doc.ratings() if r.area == self.area}
        lines = []
        for prompt in doc.prompts(self.area):
            rating = rated.pop(prompt.code, None)
            lines.append(PromptLine(prompt.code, prompt_text(prompt, language),
                                    rating.level if rating else None,
                                    rating.evidence if rating else ""))
        whole = rated.pop("", None)
        for code, rating in sorted(rated.items()):
            lines.append(PromptLine(code, self.tr("(not in the current prompts)"), rating.level,
                                    rating.evidence, listed=False))
        lines.append(PromptLine("", self.tr("The area as a whole"),
                                whole.level if whole else None, whole.evidence if whole else ""))
        return lines

    def data(self, index: Index, role: int = DISPLAY):  # type: ignore[no-untyped-def]
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        line: PromptLine = self._rows[index.row()]
        key = self.key(index.column())
        if role == IdRole:
            return line.id
        if role == DISPLAY:
            if key == "code":
                return line.id or self.area
            if key == "level":
                return level_label(line.level)
            return getattr(line, key)
        if role == EDIT:
            return (-1 if line.level is None else line.level) if key == "level" else \
                getattr(line, key)
        if role == Qt.ItemDataRole.BackgroundRole and key == "level" and line.level is not None:
            return QColor(LEVEL_FILLS[line.level])
        if role == Qt.ItemDataRole.ForegroundRole:
            if key == "level" and line.level is not None:
                return QColor("#000000")
            if key == "level" or not line.listed:
                return QColor("#6A6A6A")
        if role == Qt.ItemDataRole.FontRole and not line.id:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and key == "level":
            return self.tr("0 not in place, 1 emerging, 2 established, 3 advanced; Delete: "
                           "not rated")
        return None

    def editable(self, index: Index) -> bool:
        return super().editable(index) and self.key(index.column()) in ("level", "evidence")

    def setData(self, index: Index, value: Any, role: int = EDIT) -> bool:  # noqa: N802
        if not index.isValid() or role != EDIT or self.commit is None:
            return False
        line: PromptLine = self._rows[index.row()]
        key = self.key(index.column())
        if key == "level":
            value = None if value is None or int(value) < 0 else int(value)
        return bool(self.commit(line.id, key, value))


class PromptTableView(ActionTableView):
    """0–3 rate the current row, Delete clears its rating; elsewhere a spreadsheet table."""

    def __init__(self, rate: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rate = rate  # (row, level | None) -> None

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        current = self.currentIndex()
        if current.isValid() and mods == Qt.KeyboardModifier.NoModifier \
                and self.state() != self.State.EditingState:
            key = self.model().columns[current.column()][0]  # type: ignore[attr-defined]
            if Qt.Key.Key_0 <= event.key() <= Qt.Key.Key_3 and key != "evidence":
                self._rate(current.row(), event.key() - Qt.Key.Key_0)
                return
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self._rate(current.row(), None)
                return
        super().keyPressEvent(event)


class _ListDelegate(QStyledItemDelegate):
    """A list of (label, value) pairs for one column; stores the value (EditRole)."""

    def __init__(self, choices: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices = choices  # () -> list[(label, value)]

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: Index) -> QWidget:
        combo = QComboBox(parent, objectName="cellChoice")
        for label, value in self._choices():
            combo.addItem(label, value)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(EDIT))))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), EDIT)


# --- initiatives ---------------------------------------------------------------------------------

_INITIATIVE_EDITORS = {"title": "title", "owner": "lead", "reach": "title", "note": "title"}


class InitiativeModel(RowsTableModel):
    columns = (
        ("title", QT_TRANSLATE_NOOP("InitiativeTable", "Initiative")),
        ("owner", QT_TRANSLATE_NOOP("InitiativeTable", "Run by")),
        ("reach", QT_TRANSLATE_NOOP("InitiativeTable", "Reach")),
        ("note", QT_TRANSLATE_NOOP("InitiativeTable", "Note")),
        ("prompt", QT_TRANSLATE_NOOP("InitiativeTable", "Prompt")),
    )
    context = "InitiativeTable"

    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.area = "BB1"
        self.commit: Any = None  # the page's (initiative id, key, value) -> bool

    def _load(self) -> list[InitiativeRow]:
        return self.commander.doc.initiatives(self.area) if self.commander else []

    def data(self, index: Index, role: int = DISPLAY):  # type: ignore[no-untyped-def]
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row: InitiativeRow = self._rows[index.row()]
        key = self.key(index.column())
        if role == IdRole:
            return row.id
        if role in (DISPLAY, EDIT):
            if key == "owner":
                return row.owner_name
            if key == "prompt":
                return row.prompt_code if role == EDIT else (row.prompt_code or "—")
            return getattr(row, key).replace("\n", " ") if role == DISPLAY else getattr(row, key)
        return None

    def setData(self, index: Index, value: Any, role: int = EDIT) -> bool:  # noqa: N802
        if not index.isValid() or role != EDIT or self.commit is None:
            return False
        return bool(self.commit(self._rows[index.row()].id, self.key(index.column()), value))


# --- the page ------------------------------------------------------------------------------------


class StocktakePage(QWidget):
    """Ratings and initiatives of one area at a time (see the module's docstring)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.commander: Commander | None = None
        self.area = "BB1"
        self.prompts = PromptModel(self)
        self.prompts.commit = self._commit_rating
        self.initiatives = InitiativeModel(self)
        self.initiatives.commit = self._commit_initiative
        self._build()
        self.set_area(self.area)

    # --- construction ----------------------------------------------------------------------------

    def _build(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("<h2>Stock-take</h2>")))
        self.start_here = QLabel(objectName="startHere", wordWrap=True)
        self.start_here.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.start_here.linkActivated.connect(self.set_area)
        top.addWidget(self.start_here, 1)
        self.load_button = QPushButton(self.tr("Load &prompts…"), objectName="loadPrompts")
        self.load_button.setToolTip(self.tr(
            "Use a city's own prompts, or the official key features: a CSV or Excel (.xlsx) file "
            "with the columns code, area and one text_ column per language (text_en, text_tr, …)."))
        self.load_button.clicked.connect(self.ask_prompts)
        top.addWidget(self.load_button)

        self.strip = AreaStrip()
        self.strip.currentRowChanged.connect(
            lambda row: self.set_area(framework.AREAS[row].code) if row >= 0 else None)
        self.heading = QLabel(objectName="areaHeading", wordWrap=True)

        self.prompt_table = PromptTableView(self.rate_row)
        self.prompt_table.setObjectName("promptTable")
        self.prompt_table.setModel(self.prompts)
        self.prompt_table.setAccessibleName(self.tr("Prompts and ratings"))
        self._table_setup(self.prompt_table, 1, ("BB6.4_", "", "not in place__", "M" * 22))
        self.prompt_table.setWordWrap(True)
        self.prompt_table.setItemDelegateForColumn(3, CellDelegate(
            lambda _c: "title", list, self.prompt_table))
        self.prompt_table.setItemDelegateForColumn(2, _ListDelegate(
            lambda: [(level_label(None), -1)] + [(level_label(i), i) for i in range(4)],
            self.prompt_table))
        self.prompts.modelReset.connect(self._fit_prompt_rows)
        self.prompts.dataChanged.connect(lambda *_: self._fit_prompt_rows())
        self.prompt_table.selectionModel().currentRowChanged.connect(
            lambda *_: self._update_placeholder())
        self.prompt_hint = QLabel(objectName="promptHint", wordWrap=True, visible=False)

        self.initiative_table = ActionTableView(objectName="initiativeTable")
        self.initiative_table.setModel(self.initiatives)
        self.initiative_table.setAccessibleName(self.tr("Initiatives that exist"))
        self._table_setup(self.initiative_table, 3, ("M" * 18, "M" * 12, "M" * 9, "", "BB6.4__"))
        self.initiative_table.setItemDelegate(CellDelegate(
            lambda c: _INITIATIVE_EDITORS.get(self.initiatives.key(c)), self._organisation_names,
            self.initiative_table))
        self.initiative_table.setItemDelegateForColumn(4, _ListDelegate(
            self._prompt_choices, self.initiative_table))
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.initiative_table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_initiatives)
        self.new_initiative = QLineEdit(objectName="newInitiative")
        self.new_initiative.setAccessibleName(self.tr("New initiative"))
        self.new_initiative.returnPressed.connect(self.add_from_field)
        self.initiative_hint = QLabel(objectName="initiativeHint", wordWrap=True, visible=False)

        splitter = QSplitter(Qt.Orientation.Vertical)
        for widgets in ((self.prompt_table, self.prompt_hint),
                        (QLabel(self.tr("<b>Initiatives that already exist</b>")),
                         self.initiative_table, self.new_initiative, self.initiative_hint)):
            part = QWidget()
            column = QVBoxLayout(part)
            column.setContentsMargins(0, 0, 0, 0)
            for widget in widgets:
                column.addWidget(widget, 1 if isinstance(widget, ActionTableView) else 0)
            splitter.addWidget(part)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.strip)
        layout.addWidget(self.heading)
        layout.addWidget(splitter, 1)
        for first, second in ((self.strip, self.prompt_table),
                              (self.prompt_table, self.initiative_table),
                              (self.initiative_table, self.new_initiative),
                              (self.new_initiative, self.load_button)):
            self.setTabOrder(first, second)

    def _table_setup(self, table: ActionTableView, stretch: int, samples: tuple[str, ...]) -> None:
        """Keys as in the action table; one wide column takes the room the others leave."""
        table.setEditTriggers(table.edit_triggers())
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setTabKeyNavigation(False)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        fm = table.fontMetrics()
        table.verticalHeader().setDefaultSectionSize(fm.height() + 10)
        for section, sample in enumerate(samples):
            title = str(table.model().headerData(section, Qt.Orientation.Horizontal))
            header.resizeSection(section, max(fm.horizontalAdvance(sample),
                                              fm.horizontalAdvance(title)) + 24)

    def _fit_prompt_rows(self) -> None:
        """Long prompts wrap; each row as tall as its text needs, never tighter than the rest."""
        table = self.prompt_table
        table.resizeRowsToContents()
        least = table.verticalHeader().defaultSectionSize()
        for row in range(self.prompts.rowCount()):
            if table.rowHeight(row) < least:
                table.setRowHeight(row, least)

    # --- commander and area ----------------------------------------------------------------------

    def set_commander(self, commander: Commander | None) -> None:
        if self.commander is not None:
            self.commander.doc.changed.disconnect(self._on_changed)
        self.commander = commander
        self.prompts.commander = self.initiatives.commander = commander
        if commander is not None:
            commander.doc.changed.connect(self._on_changed)
        read_only = commander is None or commander.doc.read_only
        self.new_initiative.setEnabled(not read_only)
        self.load_button.setEnabled(not read_only)
        for label in (self.prompt_hint, self.initiative_hint):
            label.hide()
        self.reload()

    def _on_changed(self, kind: str, _ids: list) -> None:  # type: ignore[type-arg]
        if kind in ("stocktake", "organisation", "all"):
            self.reload()

    def set_area(self, code: str) -> None:
        """Show one of the 12 areas (the strip, a "start here" link or the window calls this)."""
        code = framework.AREA_BY_CODE[code].code
        changed = code != self.area
        self.area = self.prompts.area = self.initiatives.area = code
        row = [a.code for a in framework.AREAS].index(code)
        if self.strip.currentRow() != row:
            with QSignalBlocker(self.strip):
                self.strip.setCurrentRow(row)
        area = framework.AREA_BY_CODE[code]
        self.heading.setText(self.tr("<h3>%1 · %2</h3>").replace(
            "%2", html.escape(framework.tr_label(area.name))).replace("%1", code))
        if changed:
            for label in (self.prompt_hint, self.initiative_hint):
                label.hide()
        self.reload()

    def reload(self) -> None:
        self.prompts.reload()
        self.initiatives.reload()
        if self.commander is None:
            self.start_here.clear()
            return
        levels = self.commander.doc.area_levels()
        self.strip.set_levels(levels)
        self.start_here.setText(self.start_text(levels))
        self._update_placeholder()

    def start_text(self, levels: dict[str, float]) -> str:
        return start_text(levels)

    def _organisation_names(self) -> list[str]:
        return [o.name for o in self.commander.doc.organisations()] if self.commander else []

    def _prompt_choices(self) -> list[tuple[str, str]]:
        choices = [(self.tr("The area as a whole"), "")]
        for line in self.prompts._rows:
            if line.id:
                choices.append((self.tr("%1 · %2").replace("%2", line.text)
                                .replace("%1", line.id), line.id))
        return choices

    def current_prompt(self) -> str:
        """The prompt of the current row ('' for the area as a whole): new initiatives go there."""
        index = self.prompt_table.currentIndex()
        return self.prompts.row_at(index.row()).id if index.isValid() else ""

    def _update_placeholder(self) -> None:
        code = self.current_prompt()
        text = self.tr("New initiative for %1: type its title and press Enter").replace(
            "%1", code) if code else self.tr(
            "New initiative for the area as a whole: type its title and press Enter")
        self.new_initiative.setPlaceholderText(text)

    # --- messages --------------------------------------------------------------------------------

    def _done(self, ok: bool, label: QLabel) -> bool:
        if ok:
            label.hide()
        elif self.commander is not None:
            label.setText(self.commander.last_error)
            label.setStyleSheet("color: #b00020;")
            label.show()
        return ok

    # --- ratings ---------------------------------------------------------------------------------

    def rate_row(self, row: int, level: int | None) -> bool:
        """A key 0–3 (or Delete) on a prompt row: its level, one undo step."""
        if self.commander is None or self.commander.doc.read_only \
                or not 0 <= row < self.prompts.rowCount():
            return False
        return self._commit_rating(self.prompts.row_at(row).id, "level", level)

    def _commit_rating(self, prompt_code: str, key: str, value: Any) -> bool:
        if self.commander is None:
            return False
        return self._done(self.commander.set_rating(self.area, prompt_code, **{key: value}),
                          self.prompt_hint)

    # --- initiatives -----------------------------------------------------------------------------

    def add_from_field(self) -> int | None:
        """Enter in the add field: a new initiative under the current prompt, ready for the next."""
        title = self.new_initiative.text().strip()
        if self.commander is None or not title:
            return None
        new_id = self.commander.add_initiative(self.area, title, prompt_code=self.current_prompt())
        if self._done(new_id is not None, self.initiative_hint):
            self.new_initiative.clear()
        return new_id

    def _commit_initiative(self, initiative_id: int, key: str, value: Any) -> bool:
        """A cell: the owner by name (a new name joins the register, in one step with the edit)."""
        commander = self.commander
        if commander is None:
            return False
        if key != "owner":
            field = "prompt_code" if key == "prompt" else key
            return self._done(commander.update_initiative(initiative_id, **{field: value}),
                              self.initiative_hint)
        name = str(value).strip()
        if not name:
            return self._done(commander.update_initiative(initiative_id, owner_id=None),
                              self.initiative_hint)
        if name == commander.doc.initiative(initiative_id).owner_name:
            return True
        with commander.macro(self.tr("Set who runs the initiative")):
            owner = commander.organisation_for(name)
            ok = owner is not None and commander.update_initiative(initiative_id, owner_id=owner)
        return self._done(ok, self.initiative_hint)

    def delete_initiatives(self) -> None:
        if self.commander is None or self.commander.doc.read_only:
            return
        rows = sorted({i.row() for i in self.initiative_table.selectionModel().selectedRows()})
        if not rows and self.initiative_table.currentIndex().isValid():
            rows = [self.initiative_table.currentIndex().row()]
        ids = [self.initiatives.row_at(r).id for r in rows]
        if not ids:
            return
        with self.commander.macro(self.tr("Delete %n initiative(s)", None, len(ids))):
            ok = all([self.commander.delete_initiative(i) for i in ids])
        self._done(ok, self.initiative_hint)
        if self.initiatives.rowCount():
            below = min(rows[0], self.initiatives.rowCount() - 1)
            self.initiative_table.setCurrentIndex(self.initiatives.index(below, 0))

    # --- loading a prompt catalogue --------------------------------------------------------------

    def ask_prompts(self) -> bool:
        """Load prompts…: a file dialog, then :meth:`load_prompts_from`."""
        folder = resource("prompts")
        path = ask_path(self, self.tr("Load prompts"), str(folder if folder.is_dir() else ""),
                        self.tr("Prompt catalogues (*.csv *.xlsx);;All files (*)"), save=False)
        return path is not None and self.load_prompts_from(path)

    def load_prompts_from(self, path: Path) -> bool:
        """Read a catalogue and make it the plan's prompts in one undo step; a file that cannot
        be used is explained in a warning and the plan stays as it was."""
        if self.commander is None:
            return False
        try:
            prompts = read_prompts(path)
        except PlanError as exc:
            QMessageBox.warning(self, self.tr("Load prompts"), exc.message())
            return False
        if not self.commander.replace_prompts(prompts):
            QMessageBox.warning(self, self.tr("Load prompts"), self.commander.last_error)
            return False
        self.prompt_hint.setStyleSheet("")
        self.prompt_hint.setText(self.tr("Loaded %n prompt(s). Undo with Ctrl+Z.", None,
                                         len(prompts)))
        self.prompt_hint.show()
        return True
