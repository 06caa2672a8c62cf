"""Reading work off the GUI thread: the window keeps its event loop (timers fire, it paints), a
progress label shows after half a second, the value comes back and an error is raised here."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog

from lcplanner.core.errors import PlanError
from lcplanner.ui.waiting import in_background


def test_the_window_keeps_running_while_work_reads(qtbot, window) -> None:
    ticks: list[float] = []
    labels: list[str] = []
    timer = QTimer(window)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start(50)

    def look() -> None:
        shown = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, QProgressDialog) and w.isVisible()]
        labels.extend(d.labelText() for d in shown)

    QTimer.singleShot(800, look)
    main = threading.get_ident()
    where: list[int] = []

    def work() -> int:
        where.append(threading.get_ident())
        time.sleep(1.2)
        return 42

    assert in_background(window, "Reading the copy…", work) == 42
    timer.stop()
    assert where and where[0] != main  # it ran on another thread
    assert len(ticks) >= 10  # ~24 ticks of 50 ms in 1.2 s: the GUI thread was free
    assert labels == ["Reading the copy…"]
    assert not [w for w in QApplication.topLevelWidgets()
                if isinstance(w, QProgressDialog) and w.isVisible()]


def test_an_error_of_the_work_is_raised_here(window) -> None:
    def work() -> None:
        raise PlanError(None)

    with pytest.raises(PlanError):
        in_background(window, "Reading…", work)
    assert QApplication.overrideCursor() is None
