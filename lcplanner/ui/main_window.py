"""The main window: navigator on the left, the selected page on the right, menus on top.

The window owns at most one open :class:`PlanDocument`; pages and models get it through
``set_document`` and listen to its ``changed`` signal.  Opening a file that the store refuses shows
the store's own translated message; a locked file offers read-only access.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QLabel,
    QListView,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..core import framework
from ..core.document import PlanDocument
from ..core.errors import PlanError, PlanLocked
from .action_table import ActionTableModel, SortRole
from .navigator import KeyRole, NavigatorModel, OVERVIEW


class MainWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.doc: PlanDocument | None = None
        self.navigator_model = NavigatorModel(self)
        self.navigator = QListView()
        self.navigator.setObjectName("navigator")
        self.navigator.setModel(self.navigator_model)
        self.navigator.setAccessibleName(self.tr("Navigator"))
        self.navigator.selectionModel().currentChanged.connect(self._on_navigate)

        self.actions_model = ActionTableModel(self)
        self.actions_proxy = QSortFilterProxyModel(self)
        self.actions_proxy.setSourceModel(self.actions_model)
        self.actions_proxy.setSortRole(SortRole)
        self.table = QTableView()
        self.table.setObjectName("actionTable")
        self.table.setModel(self.actions_proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # plan order until a click
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Actions"))
        self.area_title = QLabel()
        self.area_title.setWordWrap(True)
        self.area_title.setObjectName("areaTitle")
        area_page = QWidget()
        layout = QVBoxLayout(area_page)
        layout.addWidget(self.area_title)
        layout.addWidget(self.table)

        self.overview = QLabel()
        self.overview.setObjectName("overview")
        self.overview.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.overview.setWordWrap(True)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.overview)
        self.pages.addWidget(area_page)

        splitter = QSplitter()
        splitter.addWidget(self.navigator)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([280, 900])
        self.setCentralWidget(splitter)
        self._make_menus()
        self.resize(1200, 760)
        self._update_title()

    # --- menus -----------------------------------------------------------------------------------

    def _make_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.open_action = QAction(self.tr("&Open…"), self)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self._choose_file)
        file_menu.addAction(self.open_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About LC Planner"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("About LC Planner"), self.tr(
            "<h3>LC Planner %1</h3><p>Learning-city action plans for workshops.</p><p>%2</p>"
            "<p>%3</p><p>Licence: GPL-3.0-or-later.</p>").replace("%1", __version__)
            .replace("%2", framework.tr_label(framework.FRAMEWORK_SOURCE))
            .replace("%3", framework.tr_label(framework.KEY_FEATURES_NOTE)))

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open plan"), "",
                                              self.tr("LC Planner plans (*.lcplan)"))
        if path:
            self.open_path(Path(path))

    # --- documents -------------------------------------------------------------------------------

    def open_path(self, path: Path, read_only: bool = False) -> bool:
        """Open a plan file; on refusal show the store's message and keep the current plan."""
        try:
            doc = PlanDocument.open(path, read_only=read_only)
        except PlanLocked as exc:
            answer = QMessageBox.question(
                self, self.tr("Plan in use"),
                self.tr("%1\n\nOpen it read-only?").replace("%1", exc.message()))
            if answer != QMessageBox.StandardButton.Yes:
                return False
            return self.open_path(path, read_only=True)
        except PlanError as exc:
            QMessageBox.critical(self, self.tr("Cannot open plan"), exc.message())
            return False
        self.set_document(doc)
        return True

    def set_document(self, doc: PlanDocument | None) -> None:
        if self.doc is not None:
            self.doc.changed.disconnect(self._on_doc_changed)
            self.doc.close()
        self.doc = doc
        if doc is not None:
            doc.changed.connect(self._on_doc_changed)
        self.navigator_model.set_document(doc)
        self.actions_model.set_document(doc)
        self.navigator.setCurrentIndex(self.navigator_model.index(0))
        self._show_overview()
        self._update_title()

    def _on_doc_changed(self, kind: str, _ids: list) -> None:  # type: ignore[type-arg]
        if kind in ("plan", "all"):
            self._update_title()
        if self.pages.currentWidget() is self.overview:
            self._show_overview()

    def _update_title(self) -> None:
        if self.doc is None:
            self.setWindowTitle(self.tr("LC Planner"))
            return
        plan = self.doc.plan()
        title = self.tr("%1 – LC Planner").replace("%1", plan.title)
        if self.doc.read_only:
            title = self.tr("%1 [read-only]").replace("%1", title)
        self.setWindowTitle(title)
        self.setWindowFilePath(str(self.doc.path))

    # --- pages -----------------------------------------------------------------------------------

    def _on_navigate(self, current, _previous) -> None:  # type: ignore[no-untyped-def]
        key = current.data(KeyRole)
        if key == OVERVIEW or key is None:
            self._show_overview()
        elif key in framework.PLAN_AREA_CODES:
            area = framework.AREA_BY_CODE[key]
            self.area_title.setText(self.tr("<h2>%1 %2</h2>").replace("%1", key)
                                    .replace("%2", framework.tr_label(area.name)))
            self.actions_model.set_area(key)
            self.pages.setCurrentIndex(1)

    def _show_overview(self) -> None:
        self.pages.setCurrentWidget(self.overview)
        if self.doc is None:
            self.overview.setText(self.tr("No plan is open."))
            return
        plan = self.doc.plan()
        lines = [self.tr("<h2>%1</h2><p>%2, %3–%4</p>").replace("%1", plan.title)
                 .replace("%2", plan.city).replace("%3", str(plan.period_start))
                 .replace("%4", str(plan.period_end))]
        for s in self.doc.summary():
            lines.append(self.tr("<p><b>%1</b> %2: %3 objectives, %4 actions</p>")
                         .replace("%1", s.area)
                         .replace("%2", framework.tr_label(framework.AREA_BY_CODE[s.area].name))
                         .replace("%3", str(s.objectives)).replace("%4", str(s.actions)))
        self.overview.setText("".join(lines))

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self.set_document(None)
        super().closeEvent(event)
