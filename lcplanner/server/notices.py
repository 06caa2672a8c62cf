"""Others' changes appear without a restart: PostgreSQL's LISTEN/NOTIFY for one server plan.

Every write to a plan on a server is announced on the plan's channel when it commits
(:meth:`ServerPlan.announce`).  :class:`Notices` keeps a connection of its own listening there,
in a thread, and hands each notice from another window to the document in the GUI thread (a
queued signal), which takes the rows as seen and tells its views to read again
(:meth:`PlanDocument.take_notice`).  When the connection drops, it says so and tries again
every few seconds; when it is back, the document reads everything again, as notices may have
been missed in between.
"""

from __future__ import annotations

import json
import logging
import threading
from typing import Any

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)

RETRY_SECONDS = 2.0  # between attempts to reach the server again


class Notices(QObject):
    """Listens on a server plan's channel; ``arrived`` in the GUI thread for each notice."""

    arrived = Signal(str, list, list)  # kind, ids, rows [[table, id, version], ...]
    lost = Signal(str)  # the connection dropped: why (one line)
    back = Signal()  # listening again after a loss

    def __init__(self, store: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._stop = threading.Event()
        self._listening = threading.Event()
        self._thread: threading.Thread | None = None
        self._doc: Any = None  # the document followed: listening ends when it is closed

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="lcplanner-notices",
                                            daemon=True)
            self._thread.start()

    def wait_listening(self, timeout: float = 10.0) -> bool:
        """Whether the channel is being listened to (tests wait for it before writing)."""
        return self._listening.wait(timeout)

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def follow(self, doc: Any) -> None:
        """Hand each notice to ``doc`` (in the thread this object lives in: the GUI's)."""
        self._doc = doc
        self.arrived.connect(doc.take_notice)
        self.back.connect(doc.reread)  # notices may have been missed while the link was down
        self.start()

    # --- the listening thread --------------------------------------------------------------------

    def _connect(self) -> Any:
        import psycopg

        url = self.store.engine.url.set(drivername="postgresql")
        conninfo = url.render_as_string(hide_password=False)
        conn = psycopg.connect(conninfo, autocommit=True, connect_timeout=5)
        conn.execute(f'LISTEN "{self.store.channel}"')
        return conn

    def _done(self) -> bool:
        return self._stop.is_set() or (self._doc is not None and self._doc.closed)

    def _run(self) -> None:
        was_lost = False
        while not self._done():
            try:
                with self._connect() as conn:
                    self._listening.set()
                    if was_lost:
                        was_lost = False
                        self.back.emit()
                    while not self._done():
                        for notice in conn.notifies(timeout=0.5):
                            self._deliver(notice.payload)
                        conn.execute("SELECT 1")  # a dropped server shows here, not silently
            except Exception as exc:  # noqa: BLE001 - any failure of the link: say it, retry
                self._listening.clear()
                if self._done():
                    return
                if not was_lost:
                    was_lost = True
                    log.warning("notices from the server stopped: %s", exc)
                    self.lost.emit(str(exc).strip().splitlines()[0] if str(exc).strip() else
                                   type(exc).__name__)
                self._stop.wait(RETRY_SECONDS)

    def _deliver(self, payload: str) -> None:
        try:
            notice = json.loads(payload)
            if notice.get("by") == self.store.token:
                return  # this window's own write
            rows = [[str(t), int(i), int(v)] for t, i, v in notice.get("rows", [])]
            ids = [int(i) for i in notice.get("ids", [])]
            kind = str(notice.get("kind", "all"))
        except (ValueError, TypeError, AttributeError):
            log.warning("a notice that is not LC Planner's: %.80s", payload)
            return
        self.arrived.emit(kind, ids, rows)
