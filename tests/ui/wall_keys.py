"""What a facilitator does on the idea wall with keys and clicks, shared by the wall's tests and
the whole-workshop test."""

from __future__ import annotations

from PySide6.QtCore import Qt

from lcplanner.ui.idea_wall import IdeaWallPage

ALT = Qt.KeyboardModifier.AltModifier


def type_cards(qtbot, page: IdeaWallPage, area_steps: int, texts: list[str]) -> None:
    """Alt+Down in the idea field picks the next area; each text, then Enter."""
    page.capture.setFocus()
    for _ in range(area_steps):
        qtbot.keyClick(page.capture, Qt.Key.Key_Down, ALT)
    for text in texts:
        qtbot.keyClicks(page.capture, text)
        qtbot.keyClick(page.capture, Qt.Key.Key_Return)


def click_card(qtbot, page: IdeaWallPage, ident: int, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    index = page.model.index(page.model.row_of(ident))
    page.view.scrollTo(index)
    rect = page.view.visualRect(index)
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())
    page.view.setFocus()


def card_id(doc, text: str) -> int:
    return next(c.id for c in doc.ideas() if c.text.startswith(text))


def add_group(qtbot, page: IdeaWallPage, name: str, budget: int) -> None:
    page.budget.setFocus()
    page.budget.selectAll()
    qtbot.keyClicks(page.budget, str(budget))
    page.new_group.setFocus()
    qtbot.keyClicks(page.new_group, name)
    qtbot.keyClick(page.new_group, Qt.Key.Key_Return)
