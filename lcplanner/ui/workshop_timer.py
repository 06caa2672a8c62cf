"""A countdown for timed workshop rounds ("ten minutes to put ideas on the wall"), readable on a
projector from the back of the room.

- **Right when the GUI is busy.**  The time left is computed from a monotonic clock
  (QElapsedTimer) and a deadline, never by counting ticks: a repaint that waited for a long save
  or a busy laptop shows the true time at once.  The tick is only a request to repaint, timed to
  the next change of the displayed second.
- **Gentle at zero.**  No sound (the room is talking): the digits' background pulses three times,
  slowly (well under three flashes a second, WCAG 2.3.1), then stays highlighted and the words
  "Time is up" appear, so the end is not told by colour alone.  ``finished`` is emitted once.
- **Keys when it has focus.**  Space starts or pauses, + / − (or Up / Down) add or take a
  minute, R or Backspace resets.  The keys win over window shortcuts only while the timer has
  focus.
- **Testable without sleeping.**  Pass ``clock``, a callable returning milliseconds, and move it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    Property,
    QElapsedTimer,
    QEasingCurve,
    QEvent,
    QLocale,
    Qt,
    QTimer,
    QVariantAnimation,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontInfo, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from .area_colours import mix, text_on

MINUTE_MS = 60_000
MIN_TEXT_PX = 18  # the smallest type on a projector (issue 11)
DIGITS_SCALE = 4  # the digits are this many times the widget's type
FLASH = QColor("#FFD966")  # a soft amber: noticed, not alarming
PULSES, PULSE_MS = 3, 1200

_KEYS_START = {Qt.Key.Key_Space}
_KEYS_MORE = {Qt.Key.Key_Plus, Qt.Key.Key_Equal, Qt.Key.Key_Up}
_KEYS_LESS = {Qt.Key.Key_Minus, Qt.Key.Key_Underscore, Qt.Key.Key_Down}
_KEYS_RESET = {Qt.Key.Key_R, Qt.Key.Key_Backspace}
_OUR_KEYS = _KEYS_START | _KEYS_MORE | _KEYS_LESS | _KEYS_RESET


class WorkshopTimer(QWidget):
    """A countdown with start/pause, ±1 minute, reset and a round length in minutes.

    ±1 minute changes the round under way; reset goes back to the chosen length.  Starting at
    00:00 starts a new round of the chosen length.
    """

    finished = Signal()
    runningChanged = Signal(bool)  # noqa: N815 - Qt's naming

    def __init__(self, parent: QWidget | None = None, clock: Callable[[], int] | None = None,
                 minutes: int = 10) -> None:
        super().__init__(parent)
        if clock is None:
            elapsed = QElapsedTimer()  # monotonic: wall-clock changes do not move it
            elapsed.start()
            clock = elapsed.elapsed
            self._elapsed = elapsed  # kept alive with the widget
        self._clock = clock
        self._duration_ms = max(1, minutes) * MINUTE_MS
        self._remaining_ms = self._duration_ms  # while not running
        self._deadline: int | None = None  # clock time of zero, while running
        self._flashing = False
        self._in_round = False  # started since the last reset: paused rather than ready
        self._glow = 0.0
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setObjectName("workshopTimer")

        self._tick = QTimer(self, singleShot=True, timerType=Qt.TimerType.PreciseTimer)
        self._tick.timeout.connect(self.refresh)
        self.flash = QVariantAnimation(self, startValue=0.0, endValue=1.0,
                                       duration=PULSES * PULSE_MS)
        for pulse in range(PULSES):  # up, down, ..., and the last one stays up
            self.flash.setKeyValueAt((2 * pulse + 1) / (2 * PULSES), 1.0)
            if pulse < PULSES - 1:
                self.flash.setKeyValueAt((2 * pulse + 2) / (2 * PULSES), 0.2)
        self.flash.setEasingCurve(QEasingCurve.Type.Linear)
        self.flash.valueChanged.connect(self._set_glow)

        self.display = QLabel(objectName="timerDigits", alignment=Qt.AlignmentFlag.AlignCenter)
        self.display.setAutoFillBackground(True)
        self.display.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.state = QLabel(objectName="timerState", alignment=Qt.AlignmentFlag.AlignCenter)
        self.start_button = QPushButton(objectName="timerStart")
        self.less_button = QPushButton(objectName="timerLess")
        self.more_button = QPushButton(objectName="timerMore")
        self.reset_button = QPushButton(objectName="timerReset")
        self.minutes_label = QLabel()
        self.minutes = QSpinBox(objectName="timerMinutes", minimum=1, maximum=180)
        self.minutes.setValue(self._duration_ms // MINUTE_MS)
        self.minutes_label.setBuddy(self.minutes)
        self.start_button.clicked.connect(self.toggle)
        self.less_button.clicked.connect(lambda: self.add_minutes(-1))
        self.more_button.clicked.connect(lambda: self.add_minutes(1))
        self.reset_button.clicked.connect(self.reset)
        self.minutes.valueChanged.connect(self.set_minutes)
        for button in self._buttons():
            button.setAutoDefault(False)  # Enter in a dialog around us is not "start"

        controls = QHBoxLayout()
        for widget in (self.start_button, self.less_button, self.more_button, self.reset_button):
            controls.addWidget(widget)
        controls.addSpacing(12)
        controls.addWidget(self.minutes_label)
        controls.addWidget(self.minutes)
        controls.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.display, 1)
        layout.addWidget(self.state)
        layout.addLayout(controls)
        self._apply_fonts()
        self.retranslate()

    # --- the API -------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._deadline is not None

    def _get_flashing(self) -> bool:
        return self._flashing

    flashing = Property(bool, _get_flashing)  # True from zero until the next start or reset

    @property
    def glow(self) -> float:
        """How far the background is into the flash colour (0 … 1), for tests and styling."""
        return self._glow

    def remaining_ms(self) -> int:
        """Milliseconds left, never below 0 (read from the clock while running)."""
        if self._deadline is None:
            return self._remaining_ms
        return max(0, self._deadline - self._clock())

    def set_minutes(self, minutes: int) -> None:
        """The round's length; when no round is running it also becomes the time left."""
        minutes = max(self.minutes.minimum(), min(self.minutes.maximum(), int(minutes)))
        self._duration_ms = minutes * MINUTE_MS
        if self.minutes.value() != minutes:
            self.minutes.setValue(minutes)  # comes back here through valueChanged
            return
        if not self.running:
            self._remaining_ms = self._duration_ms
            self._in_round = False
            self._stop_flash()
            self.refresh()

    def start(self) -> None:
        if self.running:
            return
        if self._remaining_ms <= 0:
            self._remaining_ms = self._duration_ms  # a new round
        self._stop_flash()
        self._in_round = True
        self._deadline = self._clock() + self._remaining_ms
        self.runningChanged.emit(True)
        self.refresh()

    def pause(self) -> None:
        if not self.running:
            return
        self._remaining_ms = self.remaining_ms()
        self._deadline = None
        self._tick.stop()
        self.runningChanged.emit(False)
        self.refresh()

    def toggle(self) -> None:
        """Start or pause: one button, one key."""
        self.pause() if self.running else self.start()

    def reset(self) -> None:
        """Back to the round's length, stopped, no highlight."""
        was_running = self.running
        self._deadline = None
        self._tick.stop()
        self._remaining_ms = self._duration_ms
        self._in_round = False
        self._stop_flash()
        if was_running:
            self.runningChanged.emit(False)
        self.refresh()

    def add_minutes(self, n: int) -> None:
        """Give the round under way ``n`` more minutes (or fewer); the time left stays ≥ 0."""
        if self.running:
            assert self._deadline is not None
            now = self._clock()
            self._deadline = now + max(0, self._deadline - now + n * MINUTE_MS)
        else:
            self._remaining_ms = max(0, self._remaining_ms + n * MINUTE_MS)
            if self._remaining_ms > 0:
                self._stop_flash()  # time was given back after the end
        self.refresh()

    def refresh(self) -> None:
        """Show the time left; at zero stop and flash.  Runs on the tick, callable any time."""
        left = self.remaining_ms()
        if self.running and left <= 0:
            self._deadline = None
            self._remaining_ms = 0
            self._in_round = False
            self._tick.stop()
            self.runningChanged.emit(False)
            self._start_flash()
            self.finished.emit()
        elif self.running:
            # Wake when the shown second changes (the display rounds up), not on a fixed beat.
            self._tick.start((left % 1000 or 1000) + 1)
        self._show(left)

    # --- showing -------------------------------------------------------------------------------

    def time_text(self, ms: int | None = None) -> str:
        """'09:45' in the UI language's digits; seconds round up, so 00:00 means it is over."""
        ms = self.remaining_ms() if ms is None else ms
        seconds = (max(0, ms) + 999) // 1000
        locale = QLocale()
        pad = locale.zeroDigit()
        minutes_text = locale.toString(seconds // 60).rjust(2, pad)
        seconds_text = locale.toString(seconds % 60).rjust(2, pad)
        return f"{minutes_text}:{seconds_text}"  # a clock's colon: the same in every language

    def _show(self, ms: int) -> None:
        self.display.setText(self.time_text(ms))
        if self._flashing:
            self.state.setText(self.tr("Time is up"))
        elif self._in_round and not self.running:
            self.state.setText(self.tr("Paused"))
        else:
            self.state.setText("")
        self.start_button.setText(self.tr("Pause") if self.running else
                                  self.tr("Resume") if self._in_round else self.tr("Start"))

    def _set_glow(self, value: float) -> None:
        self._glow = float(value)
        palette = self.display.palette()
        base = self.palette().color(QPalette.ColorRole.Window)
        fill = mix(FLASH, base, self._glow)
        palette.setColor(QPalette.ColorRole.Window, fill)
        palette.setColor(QPalette.ColorRole.WindowText, text_on(fill) if self._glow > 0 else
                         self.palette().color(QPalette.ColorRole.WindowText))
        self.display.setPalette(palette)

    def _start_flash(self) -> None:
        self._flashing = True
        self.flash.stop()
        self.flash.start()

    def _stop_flash(self) -> None:
        self._flashing = False
        self.flash.stop()
        self._set_glow(0.0)

    def _apply_fonts(self) -> None:
        """Controls at least MIN_TEXT_PX; digits DIGITS_SCALE times that, following our font."""
        base = QFont(self.font())
        if QFontInfo(base).pixelSize() < MIN_TEXT_PX:
            base.setPixelSize(MIN_TEXT_PX)
        for widget in (self.state, *self._buttons(), self.minutes_label, self.minutes):
            widget.setFont(base)
        digits = QFont(base)
        digits.setPixelSize(QFontInfo(base).pixelSize() * DIGITS_SCALE)
        digits.setBold(True)
        digits.setFeature(QFont.Tag("tnum"), 1)  # same-width digits: the text does not jiggle
        self.display.setFont(digits)
        self.state.setMinimumHeight(QFontInfo(base).pixelSize() + 8)  # no jump when words appear

    def _buttons(self) -> tuple[QPushButton, ...]:
        return (self.start_button, self.less_button, self.more_button, self.reset_button)

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Workshop timer"))
        self.display.setAccessibleName(self.tr("Time left"))
        self.less_button.setText(self.tr("−1 min"))
        self.less_button.setAccessibleName(self.tr("One minute less"))
        self.less_button.setToolTip(self.tr("One minute less (- or Down)"))
        self.more_button.setText(self.tr("+1 min"))
        self.more_button.setAccessibleName(self.tr("One minute more"))
        self.more_button.setToolTip(self.tr("One minute more (+ or Up)"))
        self.reset_button.setText(self.tr("Reset"))
        self.reset_button.setAccessibleName(self.tr("Reset the timer"))
        self.reset_button.setToolTip(self.tr("Back to the round's length (R or Backspace)"))
        self.start_button.setAccessibleName(self.tr("Start or pause"))
        self.start_button.setToolTip(self.tr("Start or pause (Space)"))
        self.minutes_label.setText(self.tr("Round (minutes):"))
        self.minutes.setAccessibleName(self.tr("Round length in minutes"))
        self._show(self.remaining_ms())

    # --- events --------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.FontChange:
            self._apply_fonts()
        elif event.type() == QEvent.Type.PaletteChange:
            self._set_glow(self._glow)
        super().changeEvent(event)

    def event(self, event: QEvent) -> bool:
        # Our keys, while we have focus, are ours rather than a window shortcut's.
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and self._our_key(event):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        key = event.key()
        if not self._our_key(event):
            super().keyPressEvent(event)
        elif key in _KEYS_START:
            self.toggle()
        elif key in _KEYS_MORE:
            self.add_minutes(1)
        elif key in _KEYS_LESS:
            self.add_minutes(-1)
        else:
            self.reset()

    @staticmethod
    def _our_key(event: QKeyEvent) -> bool:
        mods = event.modifiers() & ~(Qt.KeyboardModifier.KeypadModifier
                                     | Qt.KeyboardModifier.ShiftModifier)
        return event.key() in _OUR_KEYS and mods == Qt.KeyboardModifier.NoModifier
