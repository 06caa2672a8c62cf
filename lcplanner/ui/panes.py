"""F6 and Shift+F6: from pane to pane (navigator, the page's table, the action editor) by keyboard,
as in other desktop programs, so a facilitator never needs the mouse to reach the editor."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def panes_of(window) -> list[QWidget]:  # type: ignore[no-untyped-def]
    """The panes of the page on show, in reading order; hidden ones are skipped."""
    page = window.pages.currentWidget()
    panes = [window.navigator]
    if page is getattr(window, "area_page", None) and page is not None:
        panes.append(page.table)
        if page.editor.isVisible():
            panes.append(page.editor.first_field())
    elif page is getattr(window, "organisations_page", None) and page is not None:
        panes.append(page.table)
    elif page is not None and page is not window.navigator:
        panes.append(page)
    return [p for p in panes if p is not None and p.isVisible() and p.isEnabled()]


def cycle(window, step: int) -> None:  # type: ignore[no-untyped-def]
    """Move the focus to the next (step 1) or previous (-1) pane."""
    panes = panes_of(window)
    if not panes:
        return
    focus = window.focusWidget()
    current = next((i for i, pane in enumerate(panes)
                    if focus is not None and (focus is pane or pane.isAncestorOf(focus))), -1)
    target = panes[(current + step) % len(panes)]
    target.setFocus()
    if not target.hasFocus():  # a page without a focusable widget of its own
        target.focusNextChild()
