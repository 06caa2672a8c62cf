"""The Workshop section of the window (issue 11): its steps in the navigator above the areas,
their keys, the pages wired to the plan's undo, the timer dock, a language switch."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QDockWidget

from lcplanner.core.document import PlanDocument
from lcplanner.ui.idea_wall import IdeaWallPage
from lcplanner.ui.navigator import ENTRIES, KeyRole, WORKSHOP_STEPS
from lcplanner.ui.stakeholders_page import StakeholdersPage
from lcplanner.ui.stocktake_page import StocktakePage


def _open(qtbot, window, tmp_path):
    path = tmp_path / "w.lcplan"
    PlanDocument.create(path, "Bolu").close()
    assert window.open_path(path)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return path


def _key(sequence: str) -> None:
    QTest.keySequence(QApplication.focusWidget(), QKeySequence(sequence))


def test_steps_sit_above_the_areas_and_keys_reach_them(qtbot, window, tmp_path):
    _open(qtbot, window, tmp_path)
    assert list(ENTRIES[1:4]) == list(WORKSHOP_STEPS)
    for sequence, kind in (("Ctrl+Shift+1", StakeholdersPage), ("Ctrl+Shift+2", StocktakePage),
                           ("Ctrl+Shift+3", IdeaWallPage)):
        _key(sequence)
        assert isinstance(window.pages.currentWidget(), kind), sequence
    _key("Ctrl+1")  # the areas keep their keys
    assert window.navigator.currentIndex().data(KeyRole) == "BB1"
    assert window.pages.currentWidget() is window.area_page
    titles = [a.text() for a in window.go_menu.actions()]
    assert titles[1:4] == ["1 Stakeholders", "2 Stock-take", "3 Ideas and votes"]


def test_a_card_from_the_wall_is_undone_by_the_window(qtbot, window, tmp_path):
    _open(qtbot, window, tmp_path)
    _key("Ctrl+Shift+3")
    wall = window.pages.currentWidget()
    assert isinstance(wall, IdeaWallPage) and wall.commander is window.commander
    assert window.commander.add_idea("BB2", "Reading cafe")
    assert [i.text for i in window.doc.ideas()] == ["Reading cafe"]
    window.undo_action.trigger()
    assert window.doc.ideas() == []
    window.close_plan()  # the pages let go of the closed plan
    assert wall.commander is None


def test_the_timer_dock_and_a_language_switch(qtbot, window, tmp_path):
    _open(qtbot, window, tmp_path)
    _key("Ctrl+Shift+3")
    _key("Ctrl+Shift+T")
    dock = window.findChild(QDockWidget, "timerDock")
    assert dock is not None and dock.isVisible() and window.timer_action.isChecked()
    window.set_language("tr")
    assert window.timer_action.isChecked()
    assert isinstance(window.pages.currentWidget(), IdeaWallPage)  # made again, in Turkish
    assert window.navigator.currentIndex().data(KeyRole) == "ideas"
    window.timer_action.trigger()
    assert not dock.isVisible()
    window.set_language("en")
    assert window.go_menu.actions()[3].text() == "3 Ideas and votes"
    assert window.navigator.currentIndex().data(Qt.ItemDataRole.DisplayRole) == "3 Ideas and votes"


def test_the_overview_shows_ratings_and_where_to_start(qtbot, window, tmp_path):
    _open(qtbot, window, tmp_path)
    c = window.commander
    overview = window.overview
    window.show_area("overview")
    assert overview.start_here.isHidden()  # nothing rated yet: nothing to say
    assert c.set_rating("BB3", "", level=0) and c.set_rating("FC2", "FC2.1", level=1)
    assert c.set_rating("BB1", "", level=3) and c.set_rating("B1", "", level=2)
    overview.refresh()
    text = overview.start_here.text()
    assert not overview.start_here.isHidden()
    assert "BB3" in text and "FC2" in text and "BB1" not in text
    assert text.index("BB3") < text.index("FC2")  # the lowest first
    assert "Stock-take: Advanced" in overview.buttons["BB1"].text()
    assert "Stock-take" not in overview.buttons["BB2"].text()
    assert any("Stock-take: Established" in label.text() for _b, label in overview.roof.labels)
    overview.start_here.linkActivated.emit("FC2")  # what a click on the link sends
    page = window.pages.currentWidget()
    assert isinstance(page, StocktakePage)
    assert window.navigator.currentIndex().data(KeyRole) == "stocktake"
    assert page.strip.currentItem().data(Qt.ItemDataRole.UserRole + 2) == "FC2"


def test_presentation_type_fits_1024_pixels_on_every_page(qtbot, window, demo_file):
    """Issue 11, item 6: no page makes the window wider than an old projector in presentation
    mode (the stack is as wide as its widest page, so each page is shown and measured)."""
    assert window.open_path(demo_file)
    window.resize(1024, 768)
    window.presentation_action.trigger()
    assert window.presentation_action.isChecked()
    for key in ENTRIES:
        window.show_area(key)
        if key == "BB2":
            window.area_page.select_row(0)  # the editor full of an action
        QApplication.processEvents()
        assert window.minimumSizeHint().width() <= 1024, key
        assert window.width() <= 1024, key
        # nothing on the page scrolls sideways (walked, not listed: a new view is checked too)
        page = window.pages.currentWidget()

        def sideways(p=page) -> list[str]:  # type: ignore[no-untyped-def]
            return [v.objectName() or type(v).__name__ for v in p.findChildren(QAbstractScrollArea)
                    if v.isVisibleTo(window) and v.horizontalScrollBar().isVisibleTo(window)
                    and not v.property("scrollsThroughTime")]  # the timeline's axis: by design

        try:
            qtbot.waitUntil(lambda: not sideways())
        except Exception:
            raise AssertionError((key, sideways())) from None
    strip = window.workshop.page("stocktake").strip
    window.show_area("stocktake")
    QApplication.processEvents()
    last = strip.visualRect(strip.model().index(strip.count() - 1, 0))
    assert strip.viewport().rect().contains(last)  # the chips wrap; the last one is in view
    grid = window.workshop.page("stakeholders").grid
    assert grid.width() >= grid.fontMetrics().horizontalAdvance("M") * 20
