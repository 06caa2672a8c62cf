"""The overview page: the plan drawn as the framework's temple, and the plan's properties.

Roof: the 3 benefits (outcomes, not places to plan).  Columns: the 6 building blocks.  Steps: the 3
fundamental conditions.  Each column and step is a button showing its objectives, actions, budget
and gaps; activating it opens that area.  The properties form (:mod:`plan_properties`) edits the
plan through the Commander.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core import framework
from ..core.rows import AreaSummary
from . import area_colours, fmt
from .area_strip import level_label, nearest_level, start_text
from .plan_properties import PlanProperties

if TYPE_CHECKING:
    from .commander import Commander

TILE_RADIUS, TILE_PADDING = 6.0, 6  # the temple's tiles: corner radius, space inside (px)
TEXT_INSET_X, TEXT_INSET_Y = 5, 8  # a button's text from its edges: clear of the 3 px focus ring


def _paint_tile(widget: QWidget, code: str, ring: float = 0.0, pressed: bool = False) -> None:
    """Paint a temple part in its area's colour: a rounded tile with a darker edge.

    ``ring`` > 0 draws a ring of that width in the text colour (hover, keyboard focus): it stands
    out from the fill as much as the text does, whatever the area's colour.  Painted here rather
    than by a style sheet: a widget with a style sheet stops following the window's font, and
    presentation mode must enlarge the temple with everything else.
    """
    fill, text = area_colours.colour(code), area_colours.text_colour(code)
    if pressed:
        fill = area_colours.mix(fill, text, 0.85)
    painter = QPainter(widget)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    rect = QRectF(widget.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
    painter.setPen(QPen(area_colours.border(code), 1))
    painter.setBrush(fill)
    painter.drawRoundedRect(rect, TILE_RADIUS, TILE_RADIUS)
    if ring > 0:
        painter.setPen(QPen(text, ring))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        inset = ring / 2 + 0.5
        painter.drawRoundedRect(rect.adjusted(inset, inset, -inset, -inset), TILE_RADIUS - 1,
                                TILE_RADIUS - 1)
    painter.end()


def _text_in(widget: QWidget, code: str) -> None:
    """Give a widget's text the colour that contrasts with its area's fill."""
    palette = widget.palette()
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        palette.setColor(role, area_colours.text_colour(code))
    widget.setPalette(palette)


class BenefitLabel(QLabel):
    """A benefit's name on its colour, in the roof's band."""

    def __init__(self, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.code = code
        self.setObjectName(f"benefit{code}")
        self.setMargin(TILE_PADDING)
        _text_in(self, code)

    def paintEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        _paint_tile(self, self.code)
        super().paintEvent(event)


class Roof(QWidget):
    """The pediment, and under it the architrave with the three benefits in their colours.

    The benefits sit in a straight band rather than inside the triangle: long names (Turkish,
    Arabic, presentation type) wrap there without running over the roof's slopes.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout = QHBoxLayout(self)
        layout.setSpacing(6)
        self.labels = []
        for benefit in framework.BENEFITS:
            label = BenefitLabel(benefit.code)
            layout.addWidget(label, 1)
            self.labels.append((benefit, label))
        self._fit_pediment()
        self.retranslate()

    def retranslate(self) -> None:
        self.show_levels(getattr(self, "_levels", {}))
        self.setToolTip(self.tr("The benefits of a learning city: outcomes that objectives aim at"))

    def show_levels(self, levels: dict[str, float]) -> None:
        """The benefits' names, each with its stock-take rating once it has one."""
        self._levels = levels
        for benefit, label in self.labels:
            lines = [benefit.code, framework.tr_label(benefit.name)]
            if benefit.code in levels:
                lines.append(self.tr("Stock-take: %1").replace(
                    "%1", level_label(nearest_level(levels[benefit.code]))))
            label.setText("\n".join(lines))
            label.setAccessibleName(" ".join(lines))

    def _pediment_height(self) -> int:
        return max(32, round(self.fontMetrics().height() * 3))

    def _fit_pediment(self) -> None:
        """Room above the band for the triangle, in proportion to the type (presentation mode)."""
        layout = self.layout()
        if layout is not None:
            layout.setContentsMargins(0, self._pediment_height() + 4, 0, 0)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.FontChange:
            self._fit_pediment()
        super().changeEvent(event)

    def paintEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        w, h = self.width(), self._pediment_height()
        painter.setBrush(area_colours.light("B2"))
        painter.setPen(QPen(area_colours.border("B2"), 1.5))
        painter.drawPolygon(QPolygonF([QPointF(1, h), QPointF(w / 2, 1), QPointF(w - 1, h)]))
        painter.end()


class AreaButton(QToolButton):
    """One column or step of the temple, in its area's colour."""

    def __init__(self, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code = code
        self.setObjectName(f"area{code}")
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAutoRaise(False)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)  # repaint the hover ring
        _text_in(self, code)

    # Sizes for wrapped text: a column may be as narrow as its longest word (the money), so six
    # columns fit a projector's width in presentation type instead of scrolling sideways.

    def _text_rect(self, rect: QRect) -> QRect:
        """Where the text goes: clear of the focus ring (3 px) at the sides, more air above."""
        return rect.adjusted(TEXT_INSET_X, TEXT_INSET_Y, -TEXT_INSET_X, -TEXT_INSET_Y)

    def _text_height(self, width: int) -> int:
        flags = int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        inner = QRect(0, 0, max(1, width - 2 * TEXT_INSET_X), 100_000)
        return self.fontMetrics().boundingRect(inner, flags, self.text()).height() + 2 * TEXT_INSET_Y

    def _fit_width(self, text_width: int) -> int:
        return text_width + 2 * TEXT_INSET_X

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        fm = self.fontMetrics()
        # Qt wraps at spaces and line breaks only: a no-break space (an Arabic or French amount's,
        # "٤٬٨٥٠ ₺") keeps its two sides together, so str.split() would measure too narrow.
        words = re.split(r"[ \n]+", self.text())
        width = self._fit_width(max((fm.horizontalAdvance(w) for w in words), default=0))
        return QSize(width, self._text_height(width))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        fm = self.fontMetrics()
        width = self._fit_width(max((fm.horizontalAdvance(t) for t in self.text().split("\n")),
                                    default=0))
        return QSize(width, self._text_height(width))

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        return max(self.minimumHeight(), self._text_height(width))

    def paintEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        ring = 3.0 if self.hasFocus() else 2.0 if self.underMouse() else 0.0
        _paint_tile(self, self.code, ring, self.isDown())
        painter = QPainter(self)
        painter.setPen(area_colours.text_colour(self.code))
        painter.drawText(self._text_rect(self.rect()),
                         int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), self.text())
        painter.end()

    def show_summary(self, summary: AreaSummary | None, currency: str,
                     level: float | None = None) -> None:
        area = framework.AREA_BY_CODE[self.code]
        lines = [self.code, framework.tr_label(area.short)]
        if summary is not None:
            lines.append(self.tr("%n objective(s)", None, summary.objectives))
            lines.append(self.tr("%n action(s)", None, summary.actions))
            lines.append(fmt.money(summary.budget_total, currency, places=0))
            gaps = summary.missing_lead + summary.missing_indicator + summary.missing_budget \
                + summary.missing_dates
            if gaps:
                lines.append(self.tr("⚠ %n gap(s)", None, gaps))
        if level is not None:  # the stock-take's rating of the area
            lines.append(self.tr("Stock-take: %1").replace("%1", level_label(nearest_level(level))))
        self.setText("\n".join(lines))
        tip = framework.tr_label(area.name)
        if summary is not None:
            tip = self.tr("%1\nBudget: %2").replace("%1", tip).replace(
                "%2", fmt.money(summary.budget_total, currency))
        self.setToolTip(tip)
        self.setAccessibleName(" ".join(lines).replace("\n", " "))


class OverviewPage(QScrollArea):
    areaActivated = Signal(str)  # noqa: N815
    stocktakeActivated = Signal(str)  # noqa: N815  # an area of the "start here" line

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.commander: Commander | None = None
        body = QWidget()
        self.setWidget(body)
        outer = QVBoxLayout(body)
        self.heading = QLabel(objectName="planHeading", wordWrap=True)
        outer.addWidget(self.heading)
        # The stock-take's areas rated low, as links to them (shown once something is rated).
        self.start_here = QLabel(objectName="startHere", wordWrap=True)
        self.start_here.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.start_here.linkActivated.connect(self.stocktakeActivated)
        outer.addWidget(self.start_here)
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
        self.properties = PlanProperties()
        outer.addWidget(self.properties)
        outer.addStretch(1)
        # The form's fields under their old names (tests and other pages reach them here).
        form = self.properties
        self.error, self.city, self.country, self.title, self.vision = (
            form.error, form.city, form.country, form.plan_title, form.vision)
        self.start, self.end, self.currency, self.language = (
            form.start, form.end, form.currency, form.language)

    def set_commander(self, commander: Commander | None) -> None:
        if self.commander is not None:
            self.commander.doc.changed.disconnect(self._on_changed)
        self.commander = commander
        self.properties.set_commander(commander)
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
        levels = doc.area_levels()
        for code, button in self.buttons.items():
            button.show_summary(summary.get(code), plan.currency, levels.get(code))
        self.start_here.setText(start_text(levels) if levels else "")
        self.start_here.setVisible(bool(levels))
        self.roof.show_levels(levels)
        self.properties.refresh(doc)
