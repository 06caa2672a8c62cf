"""A wait cursor while the window works for a second (opening a big plan, the demo, a rescue),
and reading work of a few seconds on a worker thread while the window stays drawn."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QEventLoop, QObject, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

T = TypeVar("T")


@contextmanager
def busy() -> Iterator[None]:
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


class _Worker(QObject):
    done = Signal()

    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        self.work = work
        self.value: Any = None
        self.error: BaseException | None = None

    @Slot()
    def run(self) -> None:
        try:
            self.value = self.work()
        except BaseException as exc:  # handed to the GUI thread, raised there
            self.error = exc
        finally:
            self.done.emit()


def in_background(parent: QWidget, label: str, work: Callable[[], T]) -> T:
    """Run ``work`` on a worker thread while the window paints and shows ``label`` (after half
    a second) under a moving bar; return its value or raise its error here.

    For reading work of a few seconds (merging a big group copy reads three whole plans): the
    window stays drawn and says what it is doing; its input waits, as under a modal dialog.
    ``work`` must not touch widgets.
    """
    worker = _Worker(work)
    thread = QThread()
    worker.moveToThread(thread)
    loop = QEventLoop()
    worker.done.connect(loop.quit, Qt.ConnectionType.QueuedConnection)
    thread.started.connect(worker.run)
    dialog = QProgressDialog(label, "", 0, 0, parent)
    dialog.setObjectName("backgroundProgress")
    dialog.setCancelButton(None)  # the reading cannot stop halfway; it is never long
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(10**9)  # its own timer waits for a value a moving bar lacks
    dialog.reset()
    show = QTimer()
    show.setSingleShot(True)
    show.timeout.connect(dialog.show)
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        show.start(500)
        thread.start()
        loop.exec()  # ends at done, even when done came first (it is queued to this loop)
    finally:
        show.stop()
        thread.quit()
        thread.wait()
        QApplication.restoreOverrideCursor()
        dialog.close()
        shiboken6.delete(dialog)
    if worker.error is not None:
        raise worker.error
    return worker.value
