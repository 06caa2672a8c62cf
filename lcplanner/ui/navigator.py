"""The navigator's model: Overview, the 6 building blocks, the 3 conditions, Organisations.

Each area shows its number of actions and a warning mark when some action lacks a lead, an
indicator, a budget or dates.  The list of entries is fixed; a change in the plan only changes
the counts, so refreshing emits dataChanged, never a reset (selection and focus stay put).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QAbstractListModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QRectF,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QGuiApplication,
    QKeySequence,
    QPainter,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QAbstractItemView, QApplication, QListView, QMenu, QStyle

from ..core import framework
from . import area_colours

if TYPE_CHECKING:
    from ..core.document import PlanDocument
    from ..core.rows import AreaSummary

OVERVIEW, ORGANISATIONS = "overview", "organisations"
# What the action table drags (defined here: the navigator is on the start-up path and must not
# import the table, its editors and the date field before the first paint).
ACTION_MIME = "application/x-lcplanner-action-ids"
# The workshop's steps, above the areas: who is in the room, what exists, ideas and votes (the
# areas then hold the actions the best ideas became).
WORKSHOP_STEPS: tuple[str, ...] = ("stakeholders", "stocktake", "ideas")
STEP_TITLES = {
    "stakeholders": QT_TRANSLATE_NOOP("NavigatorModel", "1 Stakeholders"),
    "stocktake": QT_TRANSLATE_NOOP("NavigatorModel", "2 Stock-take"),
    "ideas": QT_TRANSLATE_NOOP("NavigatorModel", "3 Ideas and votes"),
}
STEP_TIPS = {
    "stakeholders": QT_TRANSLATE_NOOP("NavigatorModel", "Workshop, step 1: who is in the room and "
                                      "who should be (Ctrl+Shift+1)"),
    "stocktake": QT_TRANSLATE_NOOP("NavigatorModel", "Workshop, step 2: what the city already has, "
                                   "area by area (Ctrl+Shift+2)"),
    "ideas": QT_TRANSLATE_NOOP("NavigatorModel", "Workshop, steps 3 and 4: ideas on the wall, dots "
                               "and the impact-effort board; the best become actions (Ctrl+Shift+3)"),
}
# After the plan: following it over the years (Ctrl+Shift+4 and on).
MONITORING_STEPS: tuple[str, ...] = ("timeline", "monitoring", "dashboard")
MONITORING_TITLES = {
    "timeline": QT_TRANSLATE_NOOP("NavigatorModel", "Timeline"),
    "monitoring": QT_TRANSLATE_NOOP("NavigatorModel", "Monitoring round"),
    "dashboard": QT_TRANSLATE_NOOP("NavigatorModel", "Dashboard"),
}
MONITORING_TIPS = {
    "timeline": QT_TRANSLATE_NOOP("NavigatorModel", "Every action as a bar over the plan's "
                                  "years; drag or Shift+arrows to move (Ctrl+Shift+4)"),
    "monitoring": QT_TRANSLATE_NOOP("NavigatorModel", "Each action's progress for a reporting "
                                    "period, typed in place (Ctrl+Shift+5)"),
    "dashboard": QT_TRANSLATE_NOOP("NavigatorModel", "Per area: actions by status, spending, "
                                   "indicators against targets, who has not reported "
                                   "(Ctrl+Shift+6)"),
}
ENTRIES: tuple[str, ...] = (OVERVIEW, *WORKSHOP_STEPS, *(a.code for a in framework.PLAN_AREAS),
                            ORGANISATIONS, *MONITORING_STEPS)
GO_KEYS = {"timeline": "Ctrl+Shift+4", "monitoring": "Ctrl+Shift+5", "dashboard": "Ctrl+Shift+6"}
KeyRole = Qt.ItemDataRole.UserRole + 1
MARK, CHIP, GAP = 16, 12, 4  # warning mark and colour chip sizes in the decoration (px)
Index = QModelIndex | QPersistentModelIndex


class NavigatorModel(QAbstractListModel):
    """Rows are ENTRIES; KeyRole gives 'overview', an area code or 'organisations'.

    Actions dragged from the action table onto an area are reported by ``actionsDropped``; the
    page moves them (one undo step).
    """

    actionsDropped = Signal(list, str)  # noqa: N815  # action ids, area code

    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._doc: PlanDocument | None = None
        self._summary: dict[str, AreaSummary] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.refresh)

    def set_document(self, doc: PlanDocument | None) -> None:
        if self._doc is not None:
            self._doc.changed.disconnect(self._on_changed)
        self._doc = doc
        if doc is not None:
            doc.changed.connect(self._on_changed)
        self.refresh()

    def _on_changed(self, kind: str, _ids: list) -> None:  # type: ignore[type-arg]
        if kind in ("action", "objective", "budget", "indicator", "all"):
            # Coalesced: a burst of edits (typing in the editor, an undo macro) counts once,
            # after the edit itself has been painted.
            self._timer.start()

    def refresh(self) -> None:
        self._timer.stop()
        self._summary = {s.area: s for s in self._doc.summary()} if self._doc else {}
        if self.rowCount():
            self.dataChanged.emit(self.index(0), self.index(self.rowCount() - 1))

    # --- drops of actions onto an area -----------------------------------------------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and ENTRIES[index.row()] in framework.PLAN_AREA_CODES \
                and self._doc is not None and not self._doc.read_only:
            flags |= Qt.ItemFlag.ItemIsDropEnabled
        return flags

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [ACTION_MIME]

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def canDropMimeData(self, data: QMimeData, action, row: int, column: int,  # type: ignore[no-untyped-def]  # noqa: N802
                        parent: Index) -> bool:
        return data.hasFormat(ACTION_MIME) and bool(self.flags(parent) & Qt.ItemFlag.ItemIsDropEnabled)

    def dropMimeData(self, data: QMimeData, action, row: int, column: int,  # type: ignore[no-untyped-def]  # noqa: N802
                     parent: Index) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        ids = [int(x) for x in bytes(data.data(ACTION_MIME).data()).decode("ascii").split(",")
               if x.isdigit()]
        if ids:
            self.actionsDropped.emit(ids, ENTRIES[parent.row()])
        return True  # the table keeps its rows (it drags in InternalMove mode): the move reloads

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(ENTRIES)

    def key(self, row: int) -> str:
        return ENTRIES[row]

    @staticmethod
    def keys() -> tuple[str, ...]:
        return ENTRIES

    def title(self, key: str) -> str:
        """A short name for menus ('BB1 Education system')."""
        if key in STEP_TITLES:
            return QCoreApplication.translate("NavigatorModel", STEP_TITLES[key])
        if key in MONITORING_TITLES:
            return QCoreApplication.translate("NavigatorModel", MONITORING_TITLES[key])
        if key == OVERVIEW:
            return self.tr("Overview")
        if key == ORGANISATIONS:
            return self.tr("Organisations")
        return self.tr("%1 %2").replace("%1", key).replace(
            "%2", framework.tr_label(framework.AREA_BY_CODE[key].short))

    def row_of(self, key: str) -> int:
        return ENTRIES.index(key)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if not index.isValid() or not 0 <= index.row() < len(ENTRIES):
            return None
        key = ENTRIES[index.row()]
        if role == KeyRole:
            return key
        if key == OVERVIEW:
            return self.tr("Overview") if role in (Qt.ItemDataRole.DisplayRole,
                                                   Qt.ItemDataRole.AccessibleTextRole) else None
        if key == ORGANISATIONS:
            return self.tr("Organisations") if role in (Qt.ItemDataRole.DisplayRole,
                                                        Qt.ItemDataRole.AccessibleTextRole) else None
        for titles, tips in ((STEP_TITLES, STEP_TIPS), (MONITORING_TITLES, MONITORING_TIPS)):
            if key in titles:
                if role == Qt.ItemDataRole.DisplayRole:
                    return QCoreApplication.translate("NavigatorModel", titles[key])
                if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
                    return QCoreApplication.translate("NavigatorModel", tips[key])
                return None
        area = framework.AREA_BY_CODE[key]
        summary = self._summary.get(key)
        count = summary.actions if summary else 0
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("%1  %2 (%3)").replace("%1", key).replace(
                "%2", framework.tr_label(area.short)).replace("%3", str(count))
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            text = self.tr("%1: %2, %n action(s)", None, count).replace("%1", key).replace(
                "%2", framework.tr_label(area.name))
            if summary and summary.incomplete:
                text = self.tr("%1 (some actions lack a lead, an indicator, a budget or dates)"
                               ).replace("%1", text)
            return text
        if role == Qt.ItemDataRole.DecorationRole:
            return self._decoration(key, bool(summary and summary.incomplete))
        return None

    def _decoration(self, code: str, warn: bool) -> QPixmap:
        """The area's colour chip, with the warning mark beside it when actions lack something.

        A QPixmap, not a QIcon: the delegate then gives it its own width (a QIcon would be shrunk
        into the view's 16x16 icon size).  Every area row gets the same width, the warning's place
        left empty when there is none, so all names start at the same place.  The chip sits next
        to the name; the warning on the outer side (mirrored for right-to-left languages).
        """
        app = QGuiApplication.instance()
        ratio = app.devicePixelRatio() if isinstance(app, QGuiApplication) else 1.0
        rtl = QGuiApplication.isRightToLeft()
        cache_key = (code, warn, rtl, ratio)
        if not hasattr(self, "_chips"):
            self._chips: dict[tuple[str, bool, bool, float], QPixmap] = {}
        if cache_key in self._chips:
            return self._chips[cache_key]
        width = MARK + GAP + CHIP
        pixmap = QPixmap(round(width * ratio), round(MARK * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        chip_x = 0 if rtl else MARK + GAP
        mark_x = CHIP + GAP if rtl else 0
        top = (MARK - CHIP) / 2
        painter.setPen(QPen(area_colours.border(code), 1))
        painter.setBrush(area_colours.colour(code))
        painter.drawRoundedRect(QRectF(chip_x + 0.5, top + 0.5, CHIP - 1, CHIP - 1), 2.5, 2.5)
        if warn:
            icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            icon.paint(painter, QRect(mark_x, 0, MARK, MARK))
        painter.end()
        self._chips[cache_key] = pixmap
        return pixmap


def accept_action_drops(view: QListView) -> None:
    """Let the navigator take actions dropped on an area (never a drop between its rows)."""
    view.setAcceptDrops(True)
    view.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
    view.setDropIndicatorShown(True)
    view.setDragDropOverwriteMode(True)


def go_shortcut(key: str) -> str:
    """The Go menu's key of an entry: Ctrl+0 the overview, Ctrl+1..9 the areas (as before the
    workshop rows came), Ctrl+Shift+1..3 the workshop's steps, Ctrl+Shift+4..6 monitoring's;
    "" for the rest."""
    if key == OVERVIEW:
        return "Ctrl+0"
    if key in GO_KEYS:
        return GO_KEYS[key]
    if key in WORKSHOP_STEPS:
        return f"Ctrl+Shift+{WORKSHOP_STEPS.index(key) + 1}"
    areas = [a.code for a in framework.PLAN_AREAS]
    return f"Ctrl+{areas.index(key) + 1}" if key in areas and areas.index(key) < 9 else ""


def fill_go_menu(menu: QMenu, view: QListView) -> None:
    """One Go-menu entry per navigator row, with its key (:func:`go_shortcut`)."""
    model = view.model()
    assert isinstance(model, NavigatorModel)
    group = QActionGroup(menu)
    for row, key in enumerate(model.keys()):
        action = QAction(model.title(key), menu)
        action.setShortcut(QKeySequence(go_shortcut(key)))
        action.triggered.connect(lambda _c=False, r=row: view.setCurrentIndex(model.index(r)))
        group.addAction(action)
        menu.addAction(action)
