"""What a person does at the keyboard, shared by the window tests: keys go to whatever has the
focus at that moment, and a page is tried on a fresh plan with the window's own Commander."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from lcplanner.core.document import PlanDocument


def type_text(qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    """One key at a time, each to the widget that has the focus then (an editor a key opened
    gets the next ones).  ASCII only: QTest types Latin-1."""
    for char in text:
        qtbot.keyClicks(QApplication.focusWidget(), char)


def open_page(qtbot, window, tmp_path, page_class: type[QWidget]) -> QWidget:  # type: ignore[no-untyped-def]
    """A workshop page alone on screen, on a new plan opened in ``window`` (its undo, its
    Commander), active so that keys reach it."""
    path = tmp_path / "p.lcplan"
    PlanDocument.create(path, "Bolu").close()
    assert window.open_path(path)
    window.hide()  # the page alone has the keyboard
    page = page_class()
    qtbot.addWidget(page)
    page.set_commander(window.commander)  # type: ignore[attr-defined]
    page.resize(1280, 800)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    return page


def commit_cell(qtbot, table) -> None:  # type: ignore[no-untyped-def]
    """Enter in the cell editor a key or F2 opened; Qt commits on its next turn of the loop."""
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not table)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() == table.State.NoState)


def settle(qtbot, top: QWidget) -> None:  # type: ignore[no-untyped-def]
    """Offscreen, a completer's popup keeps the active window after it hides and gives the
    focus back a moment later: let that happen, then make ``top`` active again."""
    qtbot.wait(100)
    top.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is top)
    qtbot.wait(50)


def content(rows):  # type: ignore[no-untyped-def]
    """Rows without their versions (schema 7): an undo puts the words back, and the version
    counts one change more, so a state after undo and redo compares by content."""
    import dataclasses

    return [dataclasses.replace(r, row_version=0) for r in rows]
