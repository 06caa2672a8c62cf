"""Fit a table's columns to its width by showing the most useful ones only (presentation mode).

Why: the action table's nine columns at presentation type are twice as wide as the table gets on
a 1024-pixel projector, and a room cannot follow a table that scrolls sideways.  When the view's
type is enlarged (presentation mode scales the window's font by 1.5) one column (the title)
stretches over what is left, the others are shown in the order of their use while they fit, and
the rest are hidden (the editor beside the table shows every field).  At the normal size every
column is shown again at its own width.  Following the font, rather than a flag handed down from
the window, keeps every table right whichever page was made first.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QHeaderView, QTableView


class ColumnFitter(QObject):
    """Keeps ``view``'s columns fitted while ``fitting``; refits when the view is resized."""

    def __init__(self, view: QTableView, order: Sequence[int], stretch: int,
                 measure: bool = False) -> None:
        super().__init__(view)
        self.view = view
        self.order = tuple(order)  # columns by use, most useful first
        self.stretch = stretch  # the column that takes the rest of the width
        self.widths: list[int] = []  # each column's own width (set by the page from samples)
        self.stretch_min = 0  # the least width left for the stretching column
        # measure: a short table (an action's budget lines) sized to its contents, measured
        # again when they change; otherwise the page gives widths from sample texts.
        self.measure = measure
        self.fitting = False
        view.viewport().installEventFilter(self)
        view.installEventFilter(self)  # its font: presentation mode
        if measure:
            model = view.model()
            for signal in (model.modelReset, model.rowsInserted, model.dataChanged):
                signal.connect(self._refit)

    def set_widths(self, widths: Sequence[int], stretch_min: int) -> None:
        self.widths = list(widths)
        self.stretch_min = stretch_min
        self.apply()

    def large_type(self) -> bool:
        """True when the view's type is at least 1.25 times the application's (presentation)."""
        base, own = QApplication.font(), self.view.font()
        if base.pointSizeF() > 0 and own.pointSizeF() > 0:
            return own.pointSizeF() >= base.pointSizeF() * 1.25
        return own.pixelSize() >= base.pixelSize() * 1.25

    def shown(self) -> list[int]:
        header = self.view.horizontalHeader()
        return [c for c in range(header.count()) if not header.isSectionHidden(c)]

    def _refit(self, *_args: object) -> None:
        if self.fitting:
            self.apply()

    def _measured(self) -> list[int]:
        header = self.view.horizontalHeader()
        model, metrics = self.view.model(), header.fontMetrics()
        return [max(self.view.sizeHintForColumn(c), metrics.horizontalAdvance(
            str(model.headerData(c, Qt.Orientation.Horizontal) or "")) + 24)
            for c in range(header.count())]

    def apply(self) -> None:
        self.fitting = self.large_type()
        header = self.view.horizontalHeader()
        header.setFont(self.view.font())  # the header follows presentation type with the rows
        if self.measure:
            if not self.fitting:
                for column in range(header.count()):
                    header.setSectionHidden(column, False)
                    header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
                header.setStretchLastSection(True)
                self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
                return
            self.widths = self._measured()
            self.stretch_min = self.view.fontMetrics().horizontalAdvance("M" * 6)
        if not self.widths:
            return
        if not self.fitting:
            for column, width in enumerate(self.widths):
                header.setSectionHidden(column, False)
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(column, width)
            header.setStretchLastSection(True)
            self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
            return
        room = self.view.viewport().width() - self.stretch_min
        keep = {self.stretch}
        for column in self.order:
            if column == self.stretch:
                continue
            if self.widths[column] > room:
                break  # the next most useful does not fit: none after it is shown either
            keep.add(column)
            room -= self.widths[column]
        header.setStretchLastSection(False)
        for column, width in enumerate(self.widths):
            header.setSectionHidden(column, column not in keep)
            if column == self.stretch:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            else:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
                header.resizeSection(column, width)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (watched is self.view and event.type() == QEvent.Type.FontChange) or \
                (self.fitting and event.type() == QEvent.Type.Resize):
            self.apply()
        return False
