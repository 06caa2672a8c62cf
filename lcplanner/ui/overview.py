"""The overview page: the plan drawn as the framework's temple, and the plan's properties.

Roof: the 3 benefits (outcomes, not places to plan).  Columns: the 6 building blocks.  Steps: the 3
fundamental conditions.  Each column and step is a button showing its objectives, actions, budget
and gaps; activating it opens that area.  The properties form edits the plan through the Commander.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPolygonF
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core import framework
from ..core.rows import AreaSummary
from . import fmt
from .action_editor import PlainTextField
from .choices import CURRENCIES, PLAN_LANGUAGES

if TYPE_CHECKING:
    from .commander import Commander

ROOF = QColor("#d9e4f1")


class Roof(QWidget):
    """A pediment with the three benefits written under it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumHeight(110)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(60, 44, 60, 8)
        self.labels = []
        for benefit in framework.BENEFITS:
            label = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
            label.setObjectName(f"benefit{benefit.code}")
            layout.addWidget(label, 1)
            self.labels.append((benefit, label))
        self.retranslate()

    def retranslate(self) -> None:
        for benefit, label in self.labels:
            label.setText(framework.tr_label(benefit.name))
        self.setToolTip(self.tr("The benefits of a learning city: outcomes that objectives aim at"))

    def paintEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        w, h = self.width(), self.height()
        painter.setBrush(ROOF)
        painter.setPen(QColor("#7d8fa6"))
        painter.drawPolygon(QPolygonF([QPointF(4, h - 2), QPointF(w / 2, 2), QPointF(w - 4, h - 2)]))
        painter.end()


class AreaButton(QToolButton):
    """One column or step of the temple."""

    def __init__(self, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code = code
        self.setObjectName(f"area{code}")
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAutoRaise(False)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def show_summary(self, summary: AreaSummary | None, currency: str) -> None:
        area = framework.AREA_BY_CODE[self.code]
        lines = [self.code, framework.tr_label(area.short)]
        if summary is not None:
            lines.append(self.tr("%n objective(s)", None, summary.objectives))
            lines.append(self.tr("%n action(s)", None, summary.actions))
            lines.append(fmt.money(summary.budget_total, currency))
            gaps = summary.missing_lead + summary.missing_indicator + summary.missing_budget \
                + summary.missing_dates
            if gaps:
                lines.append(self.tr("⚠ %n gap(s)", None, gaps))
        self.setText("\n".join(lines))
        self.setToolTip(framework.tr_label(area.name))
        self.setAccessibleName(" ".join(lines).replace("\n", " "))


class OverviewPage(QScrollArea):
    areaActivated = Signal(str)  # noqa: N815

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.commander: Commander | None = None
        body = QWidget()
        self.setWidget(body)
        outer = QVBoxLayout(body)
        self.heading = QLabel(objectName="planHeading", wordWrap=True)
        outer.addWidget(self.heading)
        self.roof = Roof()
        outer.addWidget(self.roof)
        columns = QHBoxLayout()
        self.buttons: dict[str, AreaButton] = {}
        for area in framework.BUILDING_BLOCKS:
            button = AreaButton(area.code)
            button.setMinimumHeight(150)
            button.clicked.connect(lambda _c=False, code=area.code: self.areaActivated.emit(code))
            columns.addWidget(button)
            self.buttons[area.code] = button
        outer.addLayout(columns)
        for depth, area in enumerate(framework.CONDITIONS):
            row = QHBoxLayout()
            row.setContentsMargins(24 - depth * 12, 0, 24 - depth * 12, 0)
            button = AreaButton(area.code)
            button.setMinimumHeight(44)
            button.clicked.connect(lambda _c=False, code=area.code: self.areaActivated.emit(code))
            row.addWidget(button)
            outer.addLayout(row)
            self.buttons[area.code] = button
        outer.addWidget(self._properties())
        outer.addStretch(1)

    def _properties(self) -> QGroupBox:
        box = QGroupBox(self.tr("Plan properties"))
        form = QFormLayout(box)
        self.error = QLabel(objectName="error", wordWrap=True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        form.addRow(self.error)
        self.city = QLineEdit(objectName="city")
        self.country = QLineEdit(objectName="country")
        self.title = QLineEdit(objectName="planTitle")
        self.vision = PlainTextField(objectName="vision")
        self.vision.setMaximumHeight(80)
        self.start = QSpinBox(objectName="periodStart", minimum=1900, maximum=2200)
        self.end = QSpinBox(objectName="periodEnd", minimum=1900, maximum=2200)
        self.currency = QComboBox(objectName="currency")
        self.currency.setEditable(True)
        self.currency.addItems(CURRENCIES)
        self.language = QComboBox(objectName="planLanguage")
        for code, name in PLAN_LANGUAGES:
            self.language.addItem(name, code)
        for key, widget in (("city", self.city), ("country", self.country), ("title", self.title)):
            widget.editingFinished.connect(lambda k=key, w=widget: self._commit(**{k: w.text()}))
        self.vision.editingFinished.connect(lambda: self._commit(vision=self.vision.toPlainText()))
        self.start.editingFinished.connect(lambda: self._commit(period_start=self.start.value()))
        self.end.editingFinished.connect(lambda: self._commit(period_end=self.end.value()))
        self.currency.lineEdit().editingFinished.connect(
            lambda: self._commit(currency=self.currency.currentText()))
        self.currency.activated.connect(lambda _i: self._commit(currency=self.currency.currentText()))
        self.language.activated.connect(lambda _i: self._commit(language=self.language.currentData()))
        period = QHBoxLayout()
        period.addWidget(self.start)
        period.addWidget(QLabel("–"))
        period.addWidget(self.end)
        period.addStretch(1)
        self.start.setAccessibleName(self.tr("First year"))
        self.end.setAccessibleName(self.tr("Last year"))
        for label, widget in ((self.tr("&City:"), self.city), (self.tr("C&ountry:"), self.country),
                              (self.tr("&Title:"), self.title), (self.tr("V&ision:"), self.vision),
                              (self.tr("&Period:"), period), (self.tr("C&urrency:"), self.currency),
                              (self.tr("Plan la&nguage:"), self.language)):
            form.addRow(label, widget)
            buddy = form.labelForField(widget)
            if isinstance(widget, QWidget):
                widget.setAccessibleName(label.replace("&", "").rstrip(":"))
            if isinstance(buddy, QLabel):  # without a buddy the "&" would show, not underline
                buddy.setBuddy(widget if isinstance(widget, QWidget) else self.start)
        return box

    def set_commander(self, commander: Commander | None) -> None:
        if self.commander is not None:
            self.commander.doc.changed.disconnect(self._on_changed)
        self.commander = commander
        if commander is not None:
            commander.doc.changed.connect(self._on_changed)
        self.refresh()

    def _on_changed(self, kind: str, _ids: list) -> None:  # type: ignore[type-arg]
        if self.isVisible() or kind in ("plan", "all"):
            self.refresh()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        doc = self.commander.doc if self.commander else None
        if doc is None:
            return
        plan = doc.plan()
        summary = {s.area: s for s in doc.summary()}
        heading = self.tr("<h1>%1</h1><p>%2, %3 · %4–%5</p>") if plan.country.strip() else \
            self.tr("<h1>%1</h1><p>%2 · %4–%5</p>")  # no country: no dangling comma
        self.heading.setText(heading
                             .replace("%1", plan.title.replace("<", "&lt;"))
                             .replace("%2", plan.city.replace("<", "&lt;"))
                             .replace("%3", plan.country.replace("<", "&lt;"))
                             .replace("%4", str(plan.period_start)).replace("%5", str(plan.period_end)))
        for code, button in self.buttons.items():
            button.show_summary(summary.get(code), plan.currency)
        widgets = (self.city, self.country, self.title, self.vision, self.start, self.end,
                   self.currency, self.language)
        blockers = [QSignalBlocker(w) for w in widgets]
        self.city.setText(plan.city)
        self.country.setText(plan.country)
        self.title.setText(plan.title)
        if self.vision.toPlainText() != plan.vision:
            self.vision.setPlainText(plan.vision)
        self.start.setValue(plan.period_start)
        self.end.setValue(plan.period_end)
        self.currency.setCurrentText(plan.currency)
        index = self.language.findData(plan.language)
        if index < 0:
            self.language.addItem(plan.language, plan.language)
            index = self.language.count() - 1
        self.language.setCurrentIndex(index)
        del blockers
        for widget in widgets:
            if isinstance(widget, (QLineEdit, PlainTextField)):
                widget.setReadOnly(doc.read_only)
            else:
                widget.setEnabled(not doc.read_only)

    def _commit(self, **fields) -> None:  # type: ignore[no-untyped-def]
        if self.commander is None:
            return
        self.error.hide()
        if not self.commander.update_plan(**fields):
            self.error.setText(self.commander.last_error)
            self.error.show()
            self.refresh()
