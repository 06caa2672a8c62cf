"""The window's Workshop section: the steps' pages (stakeholders, stock-take, the idea wall) and
monitoring's (the timeline, the monitoring round, the dashboard), made when first shown, and the countdown timer for timed
rounds.

Kept out of main_window.py, which only wires: the window asks this section for the page of a
step and hands it the document's Commander; the timer is a dock a View-menu action shows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QWidget

if TYPE_CHECKING:
    from .commander import Commander
    from .main_window import MainWindow


class WorkshopSection:
    """The pages of the workshop's steps and the timer of one window."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.pages: dict[str, QWidget] = {}
        self.timer_dock: QDockWidget | None = None

    def drop_pages(self) -> None:
        """Forget the pages (a language switch): they are made again when next shown."""
        for page in self.pages.values():
            page.set_commander(None)  # type: ignore[attr-defined]
            self.window.pages.removeWidget(page)
            page.deleteLater()
        self.pages.clear()
        if self.timer_dock is not None:
            self.timer_dock.setWindowTitle(self.window.timer_action.text().replace("&", ""))

    def page(self, key: str) -> QWidget:
        """The page of a step ('stakeholders', 'stocktake', 'ideas', 'timeline', 'monitoring',
        'dashboard'), made at its
        first use."""
        if key not in self.pages:
            if key == "stakeholders":
                from .stakeholders_page import StakeholdersPage

                page: QWidget = StakeholdersPage()
            elif key == "stocktake":
                from .stocktake_page import StocktakePage

                page = StocktakePage()
            elif key == "monitoring":
                from .monitoring_page import MonitoringPage

                page = MonitoringPage()
            elif key == "timeline":
                from .timeline_page import TimelinePage

                page = TimelinePage()
                page.activated.connect(self.open_action)
            elif key == "dashboard":
                from .dashboard import DashboardPage

                page = DashboardPage()
                page.roundRequested.connect(self.open_round)
            else:
                from .idea_wall import IdeaWallPage

                page = IdeaWallPage()
            self.window.pages.addWidget(page)
            page.set_commander(self.window.commander)  # type: ignore[attr-defined]
            self.pages[key] = page
        return self.pages[key]

    def open_action(self, action_id: int) -> None:
        """The action in its area, selected in the table (from the timeline)."""
        doc = self.window.doc
        if doc is not None:
            self.window.show_area(doc.action(action_id).area)
            self.window.area_page.select_action(action_id)

    def open_round(self, period: str) -> None:
        """The monitoring round of ``period`` (from the dashboard's list of who has not reported)."""
        self.window.show_area("monitoring")
        if period:
            self.page("monitoring").set_period(period)  # type: ignore[attr-defined]

    def show_stocktake(self, area: str) -> None:
        """The stock-take of one area (a link of the overview's "start here" line)."""
        self.window.show_area("stocktake")
        self.page("stocktake").set_area(area)  # type: ignore[attr-defined]

    def set_commander(self, commander: Commander | None) -> None:
        for page in self.pages.values():
            page.set_commander(commander)  # type: ignore[attr-defined]

    def show_timer(self, on: bool) -> None:
        """The countdown timer as a dock beside the pages (Ctrl+Shift+T)."""
        if self.timer_dock is None:
            if not on:
                return
            from .workshop_timer import WorkshopTimer

            self.timer_dock = QDockWidget(self.window)
            self.timer_dock.setObjectName("timerDock")
            self.timer_dock.setWidget(WorkshopTimer())
            self.timer_dock.visibilityChanged.connect(
                lambda shown: self.window.timer_action.setChecked(shown))
            self.timer_dock.setWindowTitle(self.window.timer_action.text().replace("&", ""))
            self.window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.timer_dock)
        self.timer_dock.setVisible(on)
        if on:
            self.timer_dock.widget().setFocus()
