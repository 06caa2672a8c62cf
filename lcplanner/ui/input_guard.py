"""Nothing in the plan changes by accident: one application-wide filter for three habits of Qt
widgets that surprised facilitators in a workshop.

- **The mouse wheel.**  A combo box or spin box that the pointer passes over while a person scrolls
  the editor took the wheel and changed (and saved) the lead, the status, a year.  Such widgets no
  longer take focus from the wheel, and a wheel over one without focus scrolls what is around it.
- **Ctrl+Z in a field with nothing to undo.**  A text field keeps Ctrl+Z for its own typing, so
  after a quick add Ctrl+Z put the title back into the field instead of undoing the add.  A field
  with nothing of its own to undo lets Ctrl+Z (and Ctrl+Shift+Z, Ctrl+Y) through to the plan's
  undo.
- **Typing on a closed list.**  A letter or an arrow key on a combo box that was only tabbed
  through picked another entry and saved it.  It now opens the list and searches in it; Enter or a
  click chooses, Escape leaves the value as it was.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

_LIST_KEYS = {Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown,
              Qt.Key.Key_Home, Qt.Key.Key_End}
_UNDO_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)


def _wheel_sensitive(widget: QObject) -> bool:
    return isinstance(widget, (QComboBox, QAbstractSpinBox))


def _scroll_area_of(widget: QWidget) -> QAbstractScrollArea | None:
    """The nearest scroll area around a widget (Qt 6 does not pass a forwarded wheel upward)."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractScrollArea):
        parent = parent.parentWidget()
    return parent


def _field_undo(widget: QObject, redo: bool) -> bool | None:
    """Whether a text field has its own step to undo (redo); None for other widgets."""
    if isinstance(widget, QLineEdit):
        return widget.isRedoAvailable() if redo else widget.isUndoAvailable()
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        doc = widget.document()
        return doc.isRedoAvailable() if redo else doc.isUndoAvailable()
    return None


class InputGuard(QObject):
    """Install once on the application: ``QApplication.instance().installEventFilter(guard)``."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind == QEvent.Type.Polish and _wheel_sensitive(obj):
            widget: QWidget = obj  # type: ignore[assignment]
            if widget.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        elif kind == QEvent.Type.Wheel and _wheel_sensitive(obj) and not obj.hasFocus():  # type: ignore[attr-defined]
            area = _scroll_area_of(obj)  # type: ignore[arg-type]
            if area is not None:  # the panel around it scrolls
                QApplication.sendEvent(area.viewport(), event)
            return True
        elif kind == QEvent.Type.ShortcutOverride:
            return self._shortcut_override(obj, event)  # type: ignore[arg-type]
        elif kind == QEvent.Type.KeyPress and isinstance(obj, QComboBox):
            return self._combo_key(obj, event)  # type: ignore[arg-type]
        return False

    @staticmethod
    def _shortcut_override(obj: QObject, event: QKeyEvent) -> bool:
        ctrl_y = event.key() == Qt.Key.Key_Y and event.modifiers() == Qt.KeyboardModifier.ControlModifier
        for redo, key in enumerate(_UNDO_KEYS):
            if event.matches(key) or (redo and ctrl_y):
                own = _field_undo(obj, bool(redo))
                if own is False:  # nothing of its own: the plan's undo takes the key
                    event.ignore()
                    return True
        return False

    @staticmethod
    def _combo_key(combo: QComboBox, event: QKeyEvent) -> bool:
        if combo.isEditable() or combo.view().isVisible():
            return False
        text = event.text()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        typed = bool(text) and text.isprintable() and not text.isspace() \
            and not mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        if not typed and (event.key() not in _LIST_KEYS or mods & ~Qt.KeyboardModifier.ShiftModifier):
            return False
        combo.showPopup()
        if typed:
            view = combo.view()
            view.setFocus()
            view.keyboardSearch(text)
        return True


def install(app: QApplication) -> InputGuard:
    """Install the guard on ``app`` once (every window shares it)."""
    guard = app.findChild(InputGuard, "lcplannerInputGuard")
    if guard is None:
        guard = InputGuard(app, objectName="lcplannerInputGuard")
        app.installEventFilter(guard)
    return guard
