"""The row that stacks its widgets when narrow (presentation type at 1024 px: issue 11, item 6)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QPushButton, QVBoxLayout, QWidget

from lcplanner.ui.wrap_row import WrapRow


def _row(qtbot, width: int, direction=Qt.LayoutDirection.LeftToRight):  # type: ignore[no-untyped-def]
    host = QWidget()
    host.setLayoutDirection(direction)
    layout = QVBoxLayout(host)
    row = WrapRow()
    combo, add, remove = QComboBox(), QPushButton("Add a partner"), QPushButton("Remove")
    combo.addItem("Implementing partner")
    row.addWidget(combo, 1)
    row.addWidget(add)
    row.addWidget(remove)
    layout.addWidget(row)
    layout.addStretch(1)
    qtbot.addWidget(host)
    host.resize(width, 300)
    host.show()
    qtbot.waitExposed(host)
    return host, row, (combo, add, remove)


def test_a_wide_row_keeps_its_widgets_side_by_side(qtbot):
    host, row, (combo, add, remove) = _row(qtbot, 800)
    assert not row.stacked()
    assert combo.y() == add.y() == remove.y()
    assert combo.x() < add.x() < remove.x()
    assert combo.width() > add.width()  # the stretching widget takes what is left


def test_a_narrow_row_stacks_and_asks_only_for_its_widest_widget(qtbot):
    host, row, (combo, add, remove) = _row(qtbot, 800)
    assert row.minimumSizeHint().width() < row.sizeHint().width()
    host.resize(max(w.sizeHint().width() for w in (combo, add, remove)) + 30, 300)
    qtbot.waitUntil(row.stacked)
    qtbot.waitUntil(lambda: combo.y() < add.y() < remove.y())
    assert remove.geometry().bottom() <= row.height()  # the parent gave it the taller height
    assert host.minimumSizeHint().width() < row.sizeHint().width()
    host.resize(800, 300)
    qtbot.waitUntil(lambda: not row.stacked())


def test_right_to_left_mirrors_the_row(qtbot):
    host, row, (combo, add, remove) = _row(qtbot, 800, Qt.LayoutDirection.RightToLeft)
    assert combo.x() > add.x() > remove.x()
