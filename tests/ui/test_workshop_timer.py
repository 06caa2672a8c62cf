"""The workshop countdown (issue 11, item 6): real key presses on the widget, and a fake clock so
nothing sleeps: the time left comes from the clock, never from counting ticks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QFontInfo, QPalette, QWheelEvent
from PySide6.QtWidgets import QApplication, QScrollArea

from lcplanner.ui import input_guard
from lcplanner.ui.workshop_timer import MIN_TEXT_PX, MINUTE_MS, WorkshopTimer


class FakeClock:
    """Milliseconds on a monotonic clock that only moves when a test says so."""

    def __init__(self) -> None:
        self.now = 1_000_000

    def __call__(self) -> int:
        return self.now

    def advance(self, ms: int) -> None:
        self.now += ms


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def timer(qtbot, clock):
    from lcplanner.ui.language import apply_language

    apply_language("en")  # English words and digits, whatever an earlier test chose
    widget = WorkshopTimer(clock=clock)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.setFocus()
    return widget


def test_defaults_to_ten_minutes_and_shows_them(timer):
    assert timer.minutes.value() == 10
    assert timer.remaining_ms() == 10 * MINUTE_MS
    assert timer.display.text() == "10:00"
    assert not timer.running and not timer.flashing


def test_space_starts_and_the_clock_not_the_ticks_counts(qtbot, timer, clock):
    qtbot.keyClick(timer, Qt.Key.Key_Space)
    assert timer.running
    clock.advance(61_500)  # a busy GUI: no tick ran in between, the time is still right
    assert timer.remaining_ms() == 10 * MINUTE_MS - 61_500
    timer.refresh()
    assert timer.display.text() == "08:59"  # seconds round up: 8:58.5 left shows 08:59


def test_pause_keeps_the_time_left(qtbot, timer, clock):
    qtbot.keyClick(timer, Qt.Key.Key_Space)
    clock.advance(90_000)
    qtbot.keyClick(timer, Qt.Key.Key_Space)
    assert not timer.running
    left = timer.remaining_ms()
    assert left == 10 * MINUTE_MS - 90_000
    clock.advance(5 * MINUTE_MS)  # a long pause takes nothing away
    assert timer.remaining_ms() == left
    assert timer.state.text() == "Paused" and timer.start_button.text() == "Resume"
    qtbot.keyClick(timer, Qt.Key.Key_Space)
    clock.advance(30_000)
    assert timer.remaining_ms() == left - 30_000


@pytest.mark.parametrize("more, less", [(Qt.Key.Key_Plus, Qt.Key.Key_Minus),
                                        (Qt.Key.Key_Up, Qt.Key.Key_Down)])
def test_a_minute_more_or_less_by_key(qtbot, timer, clock, more, less):
    qtbot.keyClick(timer, more)
    assert timer.remaining_ms() == 11 * MINUTE_MS
    qtbot.keyClick(timer, less)
    qtbot.keyClick(timer, less)
    assert timer.remaining_ms() == 9 * MINUTE_MS
    qtbot.keyClick(timer, Qt.Key.Key_Space)  # while running too
    clock.advance(10_000)
    qtbot.keyClick(timer, more)
    assert timer.remaining_ms() == 10 * MINUTE_MS - 10_000
    assert timer.display.text() == "09:50"


def test_never_below_zero(qtbot, timer, clock):
    timer.set_minutes(2)
    for _ in range(5):
        qtbot.keyClick(timer, Qt.Key.Key_Minus)
    assert timer.remaining_ms() == 0 and timer.display.text() == "00:00"
    timer.reset()
    timer.start()
    clock.advance(30_000)
    with qtbot.waitSignal(timer.finished, timeout=1000):
        timer.add_minutes(-3)  # less than nothing left: it ends, at zero
    assert timer.remaining_ms() == 0 and not timer.running


@pytest.mark.parametrize("reset_key", [Qt.Key.Key_R, Qt.Key.Key_Backspace])
def test_reset_goes_back_to_the_rounds_length(qtbot, timer, clock, reset_key):
    timer.set_minutes(5)
    qtbot.keyClick(timer, Qt.Key.Key_Space)
    clock.advance(70_000)
    qtbot.keyClick(timer, Qt.Key.Key_Plus)
    qtbot.keyClick(timer, reset_key)
    assert not timer.running
    assert timer.remaining_ms() == 5 * MINUTE_MS and timer.display.text() == "05:00"
    assert timer.start_button.text() == "Start" and timer.state.text() == ""


def test_the_buttons_do_what_the_keys_do(qtbot, timer, clock):
    qtbot.mouseClick(timer.more_button, Qt.MouseButton.LeftButton)
    assert timer.remaining_ms() == 11 * MINUTE_MS
    qtbot.mouseClick(timer.less_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(timer.start_button, Qt.MouseButton.LeftButton)
    assert timer.running
    clock.advance(1000)
    qtbot.mouseClick(timer.start_button, Qt.MouseButton.LeftButton)
    assert not timer.running and timer.remaining_ms() == 10 * MINUTE_MS - 1000
    qtbot.mouseClick(timer.reset_button, Qt.MouseButton.LeftButton)
    assert timer.remaining_ms() == 10 * MINUTE_MS


def test_finished_once_at_zero_with_a_visible_flash(qtbot, timer, clock):
    timer.set_minutes(1)
    seen: list[int] = []
    timer.finished.connect(lambda: seen.append(1))
    normal = timer.display.palette().color(QPalette.ColorRole.Window)
    qtbot.keyClick(timer, Qt.Key.Key_Space)
    clock.advance(59_000)
    timer.refresh()
    assert seen == [] and timer.display.text() == "00:01" and not timer.flashing
    # The tick is set for the next change of the shown second, not a fixed beat ...
    assert timer._tick.isActive() and timer._tick.interval() <= 1_001
    clock.advance(1_000)
    with qtbot.waitSignal(timer.finished, timeout=1000):
        timer.refresh()  # ... and that is what it runs (called here so the test does not wait)
    assert seen == [1]
    assert timer.flashing and not timer.running and timer.display.text() == "00:00"
    assert timer.state.text() == "Time is up"  # not told by colour alone
    clock.advance(60_000)
    timer.refresh()
    timer.refresh()
    assert seen == [1]  # once
    timer.flash.setCurrentTime(timer.flash.duration())  # after the pulses it stays highlighted
    assert timer.glow == pytest.approx(1.0)
    flashed = timer.display.palette().color(QPalette.ColorRole.Window)
    assert flashed != normal
    qtbot.keyClick(timer, Qt.Key.Key_R)
    assert not timer.flashing and timer.glow == 0.0
    assert timer.display.palette().color(QPalette.ColorRole.Window) == normal


def test_the_flash_pulses_gently(qtbot, timer):
    """A few slow pulses (no more than three flashes a second), ending highlighted."""
    anim = timer.flash
    values = []
    for step in range(101):
        anim.setCurrentTime(anim.duration() * step // 100)
        values.append(anim.currentValue())
    peaks = sum(1 for a, b, c in zip(values, values[1:], values[2:]) if b > a and b >= c)
    assert 2 <= peaks <= 4
    assert peaks / (anim.duration() / 1000) < 3
    assert values[-1] == pytest.approx(1.0)


def test_start_after_the_end_begins_a_new_round(qtbot, timer, clock):
    timer.set_minutes(1)
    timer.start()
    clock.advance(MINUTE_MS)
    timer.refresh()
    assert timer.flashing
    qtbot.keyClick(timer, Qt.Key.Key_Space)
    assert timer.running and not timer.flashing and timer.remaining_ms() == MINUTE_MS


def test_a_window_shortcut_does_not_take_our_keys(qtbot, timer):
    """Space, +, -, R are the timer's while it has focus, even if the window uses them."""
    from PySide6.QtGui import QAction, QKeySequence

    fired: list[int] = []
    action = QAction(timer)
    action.setShortcut(QKeySequence(Qt.Key.Key_R))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(lambda: fired.append(1))
    timer.addAction(action)
    timer.add_minutes(2)
    qtbot.keyClick(timer, Qt.Key.Key_R)
    assert fired == [] and timer.remaining_ms() == 10 * MINUTE_MS


def test_type_is_big_enough_for_a_projector(timer):
    assert QFontInfo(timer.display.font()).pixelSize() >= 4 * MIN_TEXT_PX
    for widget in (timer.start_button, timer.reset_button, timer.minutes, timer.state):
        assert QFontInfo(widget.font()).pixelSize() >= MIN_TEXT_PX
    bigger = timer.font()
    bigger.setPixelSize(30)
    timer.setFont(bigger)  # presentation mode: the timer follows the window's type
    assert QFontInfo(timer.start_button.font()).pixelSize() == 30
    assert QFontInfo(timer.display.font()).pixelSize() == 120


def test_everything_has_a_name_for_a_screen_reader(timer):
    for widget in (timer, timer.display, timer.start_button, timer.less_button,
                   timer.more_button, timer.reset_button, timer.minutes):
        assert widget.accessibleName(), widget.objectName()
    assert timer.minutes_label.buddy() is timer.minutes


def test_the_round_length_box_changes_the_time_left(qtbot, timer):
    timer.minutes.setFocus()
    qtbot.keyClick(timer.minutes, Qt.Key.Key_Up)
    assert timer.minutes.value() == 11 and timer.remaining_ms() == 11 * MINUTE_MS
    timer.set_minutes(3)
    assert timer.minutes.value() == 3 and timer.display.text() == "03:00"


def _wheel(widget) -> None:
    pos = QPointF(widget.rect().center())
    event = QWheelEvent(pos, QPointF(widget.mapToGlobal(QPoint(int(pos.x()), int(pos.y())))),
                        QPoint(0, 0), QPoint(0, 120), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def test_the_wheel_over_the_minutes_changes_nothing_unless_focused(qtbot, clock):
    """As in the app: the input guard is installed (main_window.build does the same)."""
    input_guard.install(QApplication.instance())
    area = QScrollArea()
    timer = WorkshopTimer(clock=clock)
    area.setWidget(timer)
    qtbot.addWidget(area)
    area.show()
    qtbot.waitExposed(area)
    timer.start_button.setFocus()
    assert not timer.minutes.hasFocus()
    _wheel(timer.minutes)
    assert timer.minutes.value() == 10 and timer.remaining_ms() == 10 * MINUTE_MS
    timer.minutes.setFocus()
    qtbot.waitUntil(timer.minutes.hasFocus)
    _wheel(timer.minutes)
    assert timer.minutes.value() == 11  # clicked first: the wheel is the person's choice


def test_the_default_clock_is_monotonic_and_real(qtbot):
    widget = WorkshopTimer(minutes=1)
    qtbot.addWidget(widget)
    widget.start()
    qtbot.wait(30)
    assert 0 < MINUTE_MS - widget.remaining_ms() < 5000
    widget.pause()
