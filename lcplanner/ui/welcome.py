"""The welcome page (no plan open) and the New plan dialog.

First start, or after closing a plan: make a new plan, open one, open a fresh copy of the demo,
or pick a recent file.  Every button has a mnemonic so the page works from the keyboard alone.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from .choices import PLAN_LANGUAGES


class WelcomePage(QWidget):
    newRequested = Signal()  # noqa: N815
    openRequested = Signal()  # noqa: N815
    demoRequested = Signal()  # noqa: N815
    recentActivated = Signal(str)  # noqa: N815

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        column = QVBoxLayout()
        outer.addLayout(column, 3)
        outer.addStretch(1)
        column.addStretch(1)
        title = QLabel(self.tr("<h1>LC Planner</h1><p>Öğrenen Şehir Planlayıcı</p>"))
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(title)
        intro = QLabel(self.tr("Build your learning city's action plan, building block by building "
                               "block. Every change is saved at once."))
        intro.setWordWrap(True)
        intro.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(intro)
        self.new_button = QPushButton(self.tr("&New plan…"), objectName="newPlan")
        self.open_button = QPushButton(self.tr("&Open plan…"), objectName="openPlan")
        self.demo_button = QPushButton(self.tr("Open the &demo plan"), objectName="openDemo")
        for button, signal in ((self.new_button, self.newRequested),
                               (self.open_button, self.openRequested),
                               (self.demo_button, self.demoRequested)):
            button.setMinimumHeight(44)
            button.clicked.connect(signal.emit)
            column.addWidget(button)
        self.recent_label = QLabel(self.tr("&Recent plans:"))
        column.addWidget(self.recent_label)
        self.recent = QListWidget(objectName="recent")
        self.recent.setAccessibleName(self.tr("Recent plans"))
        self.recent.itemActivated.connect(
            lambda item: self.recentActivated.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.recent_label.setBuddy(self.recent)
        column.addWidget(self.recent)
        column.addStretch(2)

    def set_recent(self, paths: list[str]) -> None:
        self.recent.clear()
        for path in paths:
            item = QListWidgetItem(f"{Path(path).stem}   —   {path}")
            item.setData(Qt.ItemDataRole.UserRole, path)
            item.setToolTip(path)
            self.recent.addItem(item)
        self.recent_label.setVisible(bool(paths))
        self.recent.setVisible(bool(paths))


class NewPlanDialog(QDialog):
    """City, title, period and language of a new plan; OK only once a city is given."""

    def __init__(self, parent: QWidget | None = None, language: str = "tr") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New plan"))
        form = QFormLayout(self)
        self.city = QLineEdit(objectName="city")
        self.title = QLineEdit(objectName="title")
        self.title.setPlaceholderText(self.tr("Learning City Action Plan"))
        year = dt.date.today().year
        self.start = QSpinBox(objectName="start", minimum=1900, maximum=2200, value=year)
        self.end = QSpinBox(objectName="end", minimum=year, maximum=2200, value=year + 2)
        self.start.valueChanged.connect(lambda v: self.end.setMinimum(v))
        self.start.setAccessibleName(self.tr("First year"))
        self.end.setAccessibleName(self.tr("Last year"))
        self.language = QComboBox(objectName="language")
        for code, name in PLAN_LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        period = QHBoxLayout()
        period.addWidget(self.start)
        period.addWidget(QLabel("–"))
        period.addWidget(self.end)
        form.addRow(self.tr("&City:"), self.city)
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Period:"), period)
        period_label = form.labelForField(period)
        if isinstance(period_label, QLabel):
            period_label.setBuddy(self.start)  # Alt+P reaches the first year; no literal "&"
        form.addRow(self.tr("Plan la&nguage:"), self.language)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.city.textChanged.connect(self._validate)
        self._validate()

    def _validate(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            bool(self.city.text().strip()))

    def values(self) -> dict[str, object]:
        city = self.city.text().strip()
        title = self.title.text().strip() or self.tr("%1 Learning City Action Plan").replace("%1", city)
        return {"city": city, "title": title, "period_start": self.start.value(),
                "period_end": self.end.value(), "language": self.language.currentData()}
