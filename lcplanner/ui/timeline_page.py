"""The Timeline page: the painted timeline (timeline.py) with its zoom, its colours, a line that
says what the selected bar is, and the way out to the PDF.

Presentation mode's larger font reaches the view through the page's font, so the rows grow with
it and a projector at 1280x800 shows readable bars.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.vocab import Status
from . import fmt
from .timeline import TimelineView

if TYPE_CHECKING:
    from .commander import Commander

ZOOM_NAMES = {
    "month": QT_TRANSLATE_NOOP("TimelinePage", "Months"),
    "quarter": QT_TRANSLATE_NOOP("TimelinePage", "Quarters"),
    "year": QT_TRANSLATE_NOOP("TimelinePage", "Years"),
}


class TimelinePage(QWidget):
    """``activated(action_id)``: open the action in its area (Enter, double click)."""

    activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.commander: Commander | None = None
        self.view = TimelineView()
        self.view.setAccessibleName(self.tr("Timeline of the actions"))
        self.zoom_box = QComboBox(objectName="zoomBox")
        for code, name in ZOOM_NAMES.items():
            self.zoom_box.addItem(QCoreApplication.translate("TimelinePage", name), code)
        self.zoom_box.setCurrentIndex(self.zoom_box.findData(self.view.zoom))
        zoom_label = QLabel(self.tr("&Zoom:"))
        zoom_label.setBuddy(self.zoom_box)
        self.colour_box = QComboBox(objectName="colourBox")
        for code, name in (("area", self.tr("Area")), ("status", self.tr("Status"))):
            self.colour_box.addItem(name, code)
        colour_label = QLabel(self.tr("&Colour by:"))
        colour_label.setBuddy(self.colour_box)
        self.print_button = QPushButton(self.tr("Print to &PDF…"), objectName="timelinePdf")
        self.print_button.setToolTip(self.tr("The timeline on landscape pages, for the council"))
        self.print_button.clicked.connect(self.print_pdf)
        bar = QHBoxLayout()
        for widget in (zoom_label, self.zoom_box, colour_label, self.colour_box):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.print_button)
        self.info = QLabel(objectName="timelineInfo")
        self.info.setWordWrap(True)
        hint = QLabel(self.tr("Drag a bar to move it, its ends to stretch it. Keys: arrows "
                              "select; Shift+Left/Right moves; Ctrl+Shift moves the end, "
                              "Alt+Shift the start; + and - zoom; Enter opens the action."),
                      wordWrap=True, objectName="hint")
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<h2>Timeline</h2>")))
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.info)
        layout.addWidget(hint)
        self.zoom_box.currentIndexChanged.connect(
            lambda _i: self.view.set_zoom(self.zoom_box.currentData()))
        self.view.zoomChanged.connect(
            lambda zoom: self.zoom_box.setCurrentIndex(self.zoom_box.findData(zoom)))
        self.colour_box.currentIndexChanged.connect(
            lambda _i: self.view.set_colour_by(self.colour_box.currentData()))
        self.view.selectionChanged.connect(self._show_selected)
        self.view.activated.connect(self.activated)

    def set_commander(self, commander: Commander | None) -> None:
        if self.commander is not None:
            self.commander.doc.changed.disconnect(self._on_changed)
        self.commander = commander
        if commander is not None:
            commander.doc.changed.connect(self._on_changed)
        self.view.set_commander(commander)
        self._show_selected(self.view.selected_id())

    def _on_changed(self, kind: str, _ids: list) -> None:  # type: ignore[type-arg]
        if kind in ("action", "all"):
            self._show_selected(self.view.selected_id())

    def _show_selected(self, action_id: int) -> None:
        """One line about the selected action: code, title, dates, status."""
        if not action_id or self.commander is None:
            self.info.setText(self.tr("Select an action with the arrow keys or the mouse."))
            return
        row = self.commander.doc.action(action_id)
        dates = self.tr("%1 to %2").replace("%1", fmt.date(row.start_date) or "?").replace(
            "%2", fmt.date(row.end_date) or "?")
        self.info.setText(self.tr("%1 %2: %3, %4, %5").replace("%1", row.code)
                          .replace("%2", row.title).replace("%3", dates)
                          .replace("%4", Status.label_of(row.status))
                          .replace("%5", fmt.percent(row.percent)))

    def print_pdf(self) -> None:
        """The timeline as a PDF beside the plan (a name asked for), in the plan's language."""
        if self.commander is None:
            return
        from ..core.errors import PlanError
        from ..printing.timeline_pdf import write_timeline_pdf
        from .file_dialogs import ask_path
        from .waiting import busy

        doc = self.commander.doc
        plan = Path(doc.path)
        name = self.tr("%1 timeline").replace("%1", plan.stem)
        target = ask_path(self, self.tr("Print the Timeline"), str(plan.with_name(name + ".pdf")),
                          self.tr("PDF documents (*.pdf)"), save=True, suffix="pdf")
        if target is None:
            return
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            with busy():
                done = write_timeline_pdf(doc, target, colour_by=self.view.colour_by)
        except PlanError as exc:
            QMessageBox.critical(self, self.tr("The timeline could not be printed"),
                                 exc.message())
            return
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(self.tr("Wrote %n page(s) to %1.", None, done.pages)
                                           .replace("%1", str(target.absolute())), 10000)

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().showEvent(event)
        if self.view.selected < 0:
            self.view.select_row(self.view._step(-1, 1))
        self.view.setFocus()
