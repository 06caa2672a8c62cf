"""A row of widgets that stacks them one under another when it is too narrow for the row.

Why: a row of buttons beside a combo box in a box layout is as wide as all of them together, so
at presentation type on a 1024-pixel projector the action editor scrolled sideways.  This row asks
only for its widest widget; given less than the whole row needs, it puts them one per line and
tells the parent layout how tall it then is (height for width).  It places its widgets itself:
Qt asks a widget that has a layout of its own for the layout's height for width, never the
widget's.  (A Python QLayout subclass keeping QLayoutItems was tried first: PySide invalidated the
items' wrappers inside the editor's form and the layout crashed.)
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtWidgets import QSizePolicy, QWidget

SPACING = 6


class WrapRow(QWidget):
    """Widgets side by side when they fit (the stretching ones take what is left), else one per
    line at the row's full width; mirrored in a right-to-left language."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._widgets: list[tuple[QWidget, int]] = []  # each widget and its stretch
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._stacked = False

    def addWidget(self, widget: QWidget, stretch: int = 0) -> None:  # noqa: N802
        self.insertWidget(len(self._widgets), widget, stretch)

    def insertWidget(self, index: int, widget: QWidget, stretch: int = 0) -> None:  # noqa: N802
        widget.setParent(self)
        widget.installEventFilter(self)  # shown, hidden or a new size hint: place them again
        self._widgets.insert(index, (widget, stretch))
        self._changed()

    def stacked(self) -> bool:
        """True when the widgets are one under another (the row did not fit)."""
        return self._stacked

    # --- sizes -----------------------------------------------------------------------------------

    def _shown(self) -> list[tuple[QWidget, int]]:
        return [(w, s) for w, s in self._widgets if not w.isHidden()]

    def _row_width(self) -> int:
        shown = self._shown()
        return sum(w.sizeHint().width() for w, _s in shown) + SPACING * max(len(shown) - 1, 0)

    def _row_height(self) -> int:
        return max((w.sizeHint().height() for w, _s in self._shown()), default=0)

    def _column_height(self) -> int:
        shown = self._shown()
        return sum(w.sizeHint().height() for w, _s in shown) + SPACING * max(len(shown) - 1, 0)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(self._row_width(), self._row_height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        width = max((w.minimumSizeHint().width() for w, _s in self._shown()), default=0)
        return QSize(width, self._row_height())

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._row_height() if width >= self._row_width() else self._column_height()

    # --- placing ---------------------------------------------------------------------------------

    def _changed(self) -> None:
        self.updateGeometry()
        self._place()

    def _place(self) -> None:
        shown = self._shown()
        width = self.width()
        self._stacked = width < self._row_width()
        boxes: list[QRect] = []
        if self._stacked:
            y = 0
            for widget, _stretch in shown:
                height = widget.sizeHint().height()
                boxes.append(QRect(0, y, width, height))
                y += height + SPACING
        else:
            widths = [w.sizeHint().width() for w, _s in shown]
            spare = width - self._row_width()
            stretches = sum(s for _w, s in shown)
            if stretches:
                widths = [w + spare * s // stretches for w, (_x, s) in zip(widths, shown)]
            x, height = 0, self._row_height()
            for w in widths:
                boxes.append(QRect(x, 0, w, height))
                x += w + SPACING
        mirror = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        for (widget, _stretch), box in zip(shown, boxes):
            if mirror:
                box.moveLeft(width - box.x() - box.width())
            widget.setGeometry(box)

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        was = self._stacked
        self._place()
        if was != self._stacked:
            self.updateGeometry()  # the parent asks heightForWidth again
        super().resizeEvent(event)

    def eventFilter(self, watched, event) -> bool:  # type: ignore[no-untyped-def]  # noqa: N802
        if event.type() in (QEvent.Type.Show, QEvent.Type.Hide, QEvent.Type.LayoutRequest):
            self._changed()
        return False

    def changeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        if event.type() in (QEvent.Type.LayoutDirectionChange, QEvent.Type.FontChange):
            self._changed()
        super().changeEvent(event)
