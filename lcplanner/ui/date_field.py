"""A date field a facilitator can type into: "01.09.2026", "1.9.2026" or "01092026" in Turkish, the
locale's own order elsewhere, empty for no date, a calendar on Alt+Down or the button.

Qt's QDateEdit edits a date section by section: typing "01.09.2026" into an empty one gave
"—1092026", Tab stayed in the field and its calendar opened at January 1900.  This field is a line
edit that reads the whole text when the person leaves it (Enter or Tab); a text that is not a date
stays on screen, marked, with a hint under it, and nothing is saved until it is fixed (Escape puts
the saved date back).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QGridLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from . import fmt

MIN_YEAR, MAX_YEAR = 1900, 2200  # as the store's validation
display_format = fmt.date_format


def _plain(text: str) -> str:
    """Without direction marks and other format characters (Arabic dates carry them)."""
    return "".join(ch for ch in text if unicodedata.category(ch) != "Cf")


def date_order(locale: QLocale) -> str:
    """'dMy', 'Mdy' or 'yMd': the order of day, month and year in the locale's short date."""
    fmt = _plain(locale.dateFormat(QLocale.FormatType.ShortFormat))
    found = {c: fmt.find(c) for c in "dMy"}
    if min(found.values()) < 0:
        return "dMy"
    return "".join(sorted("dMy", key=found.__getitem__))


def format_date(value: dt.date | None, locale: QLocale | None = None) -> str:
    return "" if value is None else fmt.date(value, locale)


def parse_date(text: str, locale: QLocale | None = None) -> dt.date | None:
    """The date a person typed, in the locale's order; None for an empty text.

    Raises ValueError for anything else (the field then says how to write a date).
    """
    text = _plain(text).strip()
    if not text:
        return None
    order = date_order(locale or QLocale())
    if re.fullmatch(r"\d{4}-\d{1,2}-\d{1,2}", text):  # ISO, whatever the locale
        order, parts = "yMd", text.split("-")
    else:
        parts = [p for p in re.split(r"[.\-/\s,]+", text) if p]
        if len(parts) == 1 and parts[0].isdigit() and len(parts[0]) in (6, 8):
            digits, year_len = parts[0], len(parts[0]) - 4
            sizes = {"d": 2, "M": 2, "y": year_len}
            parts, start = [], 0
            for key in order:
                parts.append(digits[start:start + sizes[key]])
                start += sizes[key]
    if len(parts) != 3 or not all(p.isdigit() for p in parts):
        raise ValueError(text)
    values = {key: int(part) for key, part in zip(order, parts)}
    year = values["y"]
    if len(parts[order.index("y")]) <= 2:
        year += 2000
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise ValueError(text)
    return dt.date(year, values["M"], values["d"])  # ValueError for 31.02.


class DateField(QWidget):
    """A typed date with a calendar and a clear button; ``dateCommitted`` when it changes."""

    dateCommitted = Signal(object)  # dt.date | None  # noqa: N815

    def __init__(self, name: str, parent: QWidget | None = None, objectName: str = "") -> None:  # noqa: N803
        super().__init__(parent)
        self.setObjectName(objectName)
        self.name = name
        self._committed: dt.date | None = None
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(2)
        self.edit = QLineEdit(objectName="dateText")
        self.edit.setAccessibleName(name)
        self.edit.setClearButtonEnabled(False)
        self.edit.editingFinished.connect(self._finished)
        self.edit.installEventFilter(self)
        self.pick = QToolButton(objectName="pickDate")
        self.pick.setText("▾")
        self.pick.clicked.connect(self.show_calendar)
        self.clear_button = QToolButton(objectName="clearDate")
        self.clear_button.setText("×")
        self.clear_button.clicked.connect(self.clear)
        self.hint = QLabel(objectName="dateHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #b00020;")
        self.hint.hide()
        layout.addWidget(self.edit, 0, 0)
        layout.addWidget(self.pick, 0, 1)
        layout.addWidget(self.clear_button, 0, 2)
        layout.addWidget(self.hint, 1, 0, 1, 3)
        self.setFocusProxy(self.edit)
        self._popup: QWidget | None = None
        self.retranslate()

    def retranslate(self) -> None:
        example = format_date(dt.date.today())
        self.edit.setPlaceholderText(self.tr("e.g. %1").replace("%1", example))
        self.pick.setToolTip(self.tr("Choose from a calendar (Alt+Down)"))
        self.pick.setAccessibleName(self.tr("Calendar for %1").replace("%1", self.name))
        self.clear_button.setToolTip(self.tr("Clear the date"))
        self.clear_button.setAccessibleName(self.tr("Clear %1").replace("%1", self.name))

    # --- value -----------------------------------------------------------------------------------

    def date(self) -> dt.date | None:
        """The saved value (what the field shows once it is valid)."""
        return self._committed

    def set_date(self, value: dt.date | None) -> None:
        self._committed = value
        self.edit.setText(format_date(value))
        self._show_problem(False)

    def set_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)
        self.pick.setEnabled(not read_only)
        self.clear_button.setEnabled(not read_only)

    def clear(self) -> None:
        self.set_date(None)
        self.dateCommitted.emit(None)

    def _finished(self) -> None:
        if self.edit.isReadOnly():
            return
        try:
            value = parse_date(self.edit.text())
        except ValueError:
            self._show_problem(True)
            return
        self._show_problem(False)
        self.edit.setText(format_date(value))
        if value != self._committed:
            self._committed = value
            self.dateCommitted.emit(value)

    def _show_problem(self, on: bool) -> None:
        if on:
            self.hint.setText(self.tr("Not a date. Type it like %1, or leave it empty; Escape "
                                      "puts the saved date back.").replace(
                                          "%1", format_date(dt.date.today())))
        self.hint.setVisible(on)
        self.edit.setProperty("invalid", on)
        self.edit.setStyleSheet("border: 2px solid #b00020;" if on else "")

    # --- keys and calendar -----------------------------------------------------------------------

    def eventFilter(self, obj, event) -> bool:  # type: ignore[no-untyped-def]  # noqa: N802
        if obj is self.edit and isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress:
            alt_down = event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
            if (alt_down or event.key() == Qt.Key.Key_F4) and not self.edit.isReadOnly():
                self.show_calendar()
                return True
            if event.key() == Qt.Key.Key_Escape and self.edit.text() != format_date(self._committed):
                self.set_date(self._committed)
                return True
        return super().eventFilter(obj, event)

    def show_calendar(self) -> None:
        """A calendar under the field, at the typed (or saved) date, else today."""
        try:
            shown = parse_date(self.edit.text()) or self._committed
        except ValueError:
            shown = self._committed
        shown = shown or dt.date.today()
        popup = QWidget(self, Qt.WindowType.Popup)
        popup.setObjectName("datePopup")
        calendar = QCalendarWidget(popup, objectName="calendar")
        calendar.setLocale(QLocale())
        calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))
        calendar.setGridVisible(True)
        QVBoxLayout(popup).addWidget(calendar)
        popup.layout().setContentsMargins(0, 0, 0, 0)

        def chosen(day: QDate) -> None:
            popup.close()
            self.edit.setText(format_date(dt.date(day.year(), day.month(), day.day())))
            self._finished()
            self.edit.setFocus()

        calendar.activated.connect(chosen)
        calendar.clicked.connect(chosen)
        popup.move(self.edit.mapToGlobal(self.edit.rect().bottomLeft()))
        popup.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._popup = popup
        popup.show()
        calendar.setFocus()
